"""The errors the client raises (the tree is drawn in ``openrouter_guardrails._exceptions``)."""

from openrouter_guardrails import _exceptions
from openrouter_guardrails._exceptions import *  # noqa: F403  (the public names, one list)

__all__ = _exceptions.__all__
