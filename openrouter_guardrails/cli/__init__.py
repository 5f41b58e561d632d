"""``openrouter-guardrails``: manage guardrails from a terminal or a script, run a fake of the
API, or check that an implementation keeps the contract."""

from openrouter_guardrails.cli import (  # noqa: F401  (register their commands)
    _conformance,
    _generic,
    _tools,
    _transfer,
)
from openrouter_guardrails.cli._commands import main

__all__ = ["main"]
