"""``python -m openrouter_guardrails`` and the ``openrouter-guardrails`` command: the
command line, or, when its extra is not installed, one line saying how to install it."""

from __future__ import annotations

import importlib.util
import sys

#: The distributions the command line needs (the ``cli`` extra) and the modules they give.
CLI_MODULES = {"click": "click"}


def main() -> None:
    """Run the command line (``sys.argv``)."""
    missing = [name for name, module in CLI_MODULES.items() if not importlib.util.find_spec(module)]
    if missing:
        sys.stderr.write(
            f"openrouter-guardrails: the command line needs {', '.join(missing)}, which is not "
            'installed: pip install "openrouter-guardrails[cli]" (from a checkout: '
            'pip install ".[cli]")\n'
        )
        raise SystemExit(2)
    from openrouter_guardrails.cli import main as cli

    cli(prog_name="openrouter-guardrails")


if __name__ == "__main__":
    main()
