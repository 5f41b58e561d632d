"""What the client needs is all the package requires; the command line's dependencies are in
its extra (``cli``), and without them the command says which extra to install."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in requirements}


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_package_requires_what_the_client_needs_and_nothing_else() -> None:
    extras = PROJECT["optional-dependencies"]
    assert _names(PROJECT["dependencies"]) == {"httpx", "attrs"}
    assert _names(extras["cli"]) == {"click", "pyyaml"}
    assert "openrouter-guardrails" in _names(extras["testing"])  # the kit's commands: cli
    assert any("[cli]" in r for r in extras["testing"])
    assert PROJECT["scripts"]["openrouter-guardrails"] == "openrouter_guardrails.__main__:main"


def test_the_client_works_without_the_command_lines_dependencies() -> None:
    """With click and PyYAML absent, the client imports and calls, and loads no module of
    the command line."""
    proc = _run(
        """
        import sys
        import warnings
        sys.modules["click"] = sys.modules["yaml"] = None  # as if they were not installed
        import httpx
        from openrouter_guardrails import OpenRouter

        warnings.simplefilter("ignore")  # the lean body below leaves fields out
        body = b'{"data": {"id": "g1", "name": "n"}}'
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
        with OpenRouter(api_key="k", client=httpx.Client(transport=transport)) as client:
            print(client.guardrails.get(id="g1").data.id)
        print(sorted(name for name in sys.modules if name.startswith("openrouter_guardrails.cli")))
        """
    )
    assert proc.stdout.split("\n")[:2] == ["g1", "[]"], proc.stdout + proc.stderr


def test_the_command_without_its_extra_names_the_extra_to_install() -> None:
    proc = _run(
        """
        import sys
        sys.modules["click"] = None  # as if it were not installed
        from openrouter_guardrails.__main__ import main
        main()
        """,
        "list",
    )
    assert proc.returncode == 2
    assert proc.stderr == (
        "openrouter-guardrails: the command line needs click, which is not installed: "
        'pip install "openrouter-guardrails[cli]" (from a checkout: pip install ".[cli]")\n'
    )


def test_a_yaml_file_without_pyyaml_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "guardrails.yaml"
    path.write_text("format: openrouter-guardrails-export\nversion: 1\nguardrails: []\n")
    proc = _run(
        """
        import sys
        sys.modules["yaml"] = None  # as if it were not installed
        sys.argv[0] = "openrouter-guardrails"
        from openrouter_guardrails.__main__ import main
        main()
        """,
        "--api-key",
        "k",
        "--base-url",
        "http://127.0.0.1:9/api/v1",
        "plan",
        str(path),
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr, proc.stderr
    assert (
        'YAML needs PyYAML, which is not installed: pip install "openrouter-guardrails[cli]"'
        in (proc.stderr)
    )
