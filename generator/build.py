"""Generate the low-level package in ``generated/`` from ``openapi/guardrails.yaml``.

openapi-python-client and ruff are pinned (``pyproject.toml``, ``dev`` extra); the post-hooks
run the pinned ruff with ``--isolated`` and explicit options, so no configuration on the
machine or in the project changes the output. Generation happens in a temporary folder and
the result replaces ``generated/`` only when it is complete.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "guardrails.yaml"
OUTPUT = ROOT / "generated"
PACKAGE = "openrouter_guardrails_api"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CONTRACT_NAME = "openapi.json"

#: The tool versions whose output is committed; another version may write other bytes.
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.15.22"}


class GenerateError(Exception):
    """Generation failed; the message says why."""


def check_tool_versions() -> None:
    """Refuse to run with tool versions other than the pinned ones."""
    from importlib.metadata import PackageNotFoundError, version

    wrong = []
    for name, wanted in PINNED.items():
        try:
            found = version(name)
        except PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            wrong.append(f"{name} {found} (wanted {wanted})")
    if wrong:
        raise GenerateError(
            "pinned generator tools not found: "
            + ", ".join(wrong)
            + ". Install them with: pip install -e '.[dev]'"
        )


def _ruff() -> str:
    """The ruff executable of this Python environment (not whatever is first on PATH)."""
    candidate = Path(sys.executable).parent / ("ruff.exe" if os.name == "nt" else "ruff")
    if candidate.exists():
        return str(candidate)
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


#: How the generated code is tidied (the post-hooks of openapi-python-client, and the SDK layer).
RUFF_HOOKS = (
    "ruff check --isolated --no-cache --fix --select F401,I --line-length 100"
    " --target-version py311 .",
    "ruff format --isolated --no-cache --line-length 100 --target-version py311 .",
)
SDK_MODULE = "sdk.py"
NAMES_MODULE = "names.py"
CHECKS_MODULE = "checks.py"
DOCUMENT_MODULE = "document.py"
_DOCUMENT_HEADER = (
    '"""The curated contract itself, as Python data: written by ``python -m generator``\n'
    "from ``openapi/guardrails.yaml``; do not edit. The command line and the testing kit read\n"
    "schemas here (the testing kit's ``jsonschema`` oracle among them); the client uses only\n"
    "what the build step compiled from it (``sdk``, ``checks``).\n"
    '"""\n\nfrom typing import Any\n\nDOCUMENT: dict[str, Any] = '
)


def _config_file(folder: Path) -> Path:
    hooks = list(RUFF_HOOKS)
    text = (
        CONFIG.read_text(encoding="utf-8")
        + "post_hooks:\n"
        + "".join(f"  - '{hook}'\n" for hook in hooks)
    )
    path = folder / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def generate_into(target: Path, spec: Path = SPEC) -> Path:
    """Generate the package into ``target``/``PACKAGE``; return that folder."""
    check_tool_versions()
    target.mkdir(parents=True, exist_ok=True)
    out = target / PACKAGE
    with tempfile.TemporaryDirectory(prefix="og-config-") as cfg_dir:
        cmd = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--config",
            str(_config_file(Path(cfg_dir))),
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(out),
            "--overwrite",
        ]
        # The pinned ruff of this environment comes first on PATH for the post-hooks.
        path = os.pathsep.join([str(Path(_ruff()).parent), os.environ.get("PATH", "")])
        env = {**os.environ, "PATH": path, "NO_COLOR": "1", "PYTHONHASHSEED": "0"}
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    problems = [
        line
        for line in (proc.stdout + proc.stderr).splitlines()
        if "Warning" in line or "Error" in line or "error:" in line
    ]
    if proc.returncode != 0 or problems or not (out / "__init__.py").exists():
        raise GenerateError(
            f"openapi-python-client failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    (out / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    contract = yaml.safe_load(spec.read_text(encoding="utf-8"))
    # The contract travels with the code generated from it (the testing kit validates with it).
    (out / CONTRACT_NAME).write_text(
        json.dumps(contract, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    _write_sdk_layer(out, contract)
    return out


def _write_sdk_layer(out: Path, contract: dict[str, object]) -> None:
    """Write ``sdk.py`` (the operation table, arguments and resource classes) and
    ``names.py`` (the contract's names as constants), and tidy them with the same pinned ruff
    and options as the rest of the package."""
    from generator import sdk

    try:
        text = sdk.render(contract)
        names = sdk.render_names(contract)
    except (KeyError, TypeError, ValueError) as exc:
        raise GenerateError(f"cannot write the SDK layer from the contract: {exc!r}") from None
    (out / SDK_MODULE).write_text(text, encoding="utf-8")
    (out / NAMES_MODULE).write_text(names, encoding="utf-8")
    (out / DOCUMENT_MODULE).write_text(
        _DOCUMENT_HEADER + repr(json.loads(json.dumps(contract, sort_keys=True))) + "\n",
        encoding="utf-8",
    )
    # The checks are written in a process of their own, which imports the models just made
    # (the fast path builds them in the order they take their fields).
    proc = subprocess.run(
        [sys.executable, "-m", "generator.checks", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if proc.returncode != 0:
        raise GenerateError(f"cannot write the checks from the contract:\n{proc.stderr}")
    ruff = _ruff()
    for hook in RUFF_HOOKS:
        args = [*hook.split()[1:-1], SDK_MODULE, NAMES_MODULE, CHECKS_MODULE, DOCUMENT_MODULE]
        proc = subprocess.run([ruff, *args], cwd=out, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise GenerateError(f"ruff failed on the SDK layer:\n{proc.stdout}{proc.stderr}")


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def stale_files(committed: Path, fresh: Path) -> list[str]:
    """Files that differ between two generated trees (added, removed or changed)."""
    a, b = _files(committed), _files(fresh)
    changed = {name for name in a & b if not filecmp.cmp(committed / name, fresh / name, False)}
    return sorted((a ^ b) | changed)


def regenerate(output: Path = OUTPUT, spec: Path = SPEC) -> None:
    """Regenerate ``output`` from ``spec``, replacing the old package only on success."""
    with tempfile.TemporaryDirectory(prefix="og-gen-") as tmp:
        fresh = generate_into(Path(tmp), spec)
        dest = output / PACKAGE
        output.mkdir(parents=True, exist_ok=True)
        staging = output / f".{PACKAGE}.new"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(fresh, staging)
        shutil.rmtree(dest, ignore_errors=True)
        staging.rename(dest)


def check(output: Path = OUTPUT, spec: Path = SPEC) -> list[str]:
    """Regenerate into a temporary folder; return the committed files that are stale."""
    with tempfile.TemporaryDirectory(prefix="og-check-") as tmp:
        fresh = generate_into(Path(tmp), spec)
        return stale_files(output / PACKAGE, fresh)
