"""The request and response models (generated from the contract), re-exported."""

from openrouter_guardrails_api import models as _models
from openrouter_guardrails_api.models import *  # noqa: F403
from openrouter_guardrails_api.types import UNSET, Unset

__all__ = [*_models.__all__, "UNSET", "Unset"]  # noqa: PLE0604
