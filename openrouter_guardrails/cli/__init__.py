"""``openrouter-guardrails``: manage guardrails from a terminal or a script, run a fake of the
API, or check that an implementation keeps the contract."""

from openrouter_guardrails.cli import _tools, _transfer  # noqa: F401  (register their commands)
from openrouter_guardrails.cli._commands import main

__all__ = ["main"]
