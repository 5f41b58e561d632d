"""``python -m openrouter_guardrails``: the command line."""

from openrouter_guardrails.cli import main

main(prog_name="openrouter-guardrails")
