"""The public surface: ``__all__`` of each public module lists exactly its public names, and
``import openrouter_guardrails`` stays light (no endpoint modules, jsonschema or testing kit)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import openrouter_guardrails
from openrouter_guardrails import errors, utils

ROOT = Path(__file__).resolve().parent.parent


def _in_fresh_interpreter(code: str) -> Any:
    """Run ``code`` in a new Python process and return the JSON it prints."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    return json.loads(result.stdout)


PUBLIC_NAMES = """
import json, types
import openrouter_guardrails, openrouter_guardrails.errors, openrouter_guardrails.utils
out = {}
for module in (openrouter_guardrails, openrouter_guardrails.errors, openrouter_guardrails.utils):
    out[module.__name__] = {
        "public": sorted(n for n in vars(module) if not n.startswith("_")),
        "all": sorted(module.__all__),
    }
print(json.dumps(out))
"""


@pytest.mark.parametrize(
    "module",
    ["openrouter_guardrails", "openrouter_guardrails.errors", "openrouter_guardrails.utils"],
)
def test_all_matches_the_public_names(module: str) -> None:
    """__all__ is exactly the module's public names (plus __version__ at the top level)."""
    names = _in_fresh_interpreter(PUBLIC_NAMES)[module]
    expected = set(names["public"]) | (
        {"__version__"} if module == "openrouter_guardrails" else set()
    )
    assert set(names["all"]) == expected


def test_every_exported_name_resolves() -> None:
    """Each name in ``__all__`` is an attribute of its module."""
    for module in (openrouter_guardrails, errors, utils):
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{module.__name__}.{name}"


def test_entry_points_and_aliases() -> None:
    """``OpenRouter`` and ``AsyncOpenRouter`` are the two clients, and the seed's names exist."""
    assert openrouter_guardrails.OpenRouter is openrouter_guardrails.OpenRouterGuardrails
    assert openrouter_guardrails.AsyncOpenRouter is openrouter_guardrails.AsyncOpenRouterGuardrails
    assert utils.RetryConfig is openrouter_guardrails.RetryConfig
    for name in (
        "BadRequestResponseError",
        "UnauthorizedResponseError",
        "ForbiddenResponseError",
        "NotFoundResponseError",
        "InternalServerResponseError",
        "OpenRouterDefaultError",
    ):
        assert issubclass(getattr(errors, name), errors.APIError)


def test_errors_module_exports_every_error_class() -> None:
    """Every exception class of the package is in ``errors.__all__``."""
    from openrouter_guardrails import _exceptions

    classes = {
        name
        for name, value in vars(_exceptions).items()
        if isinstance(value, type) and issubclass(value, Exception)
    }
    assert classes == set(errors.__all__)


def test_version_matches_the_project() -> None:
    """``__version__`` is the version in ``pyproject.toml``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert openrouter_guardrails.__version__ == project["project"]["version"]


def test_models_module_re_exports_the_generated_models() -> None:
    """``openrouter_guardrails.models`` gives the generated models and ``UNSET``."""
    from openrouter_guardrails import models

    assert "Guardrail" in models.__all__
    assert "UNSET" in models.__all__
    assert models.Guardrail.__module__.startswith("openrouter_guardrails_api.models")
    assert not models.UNSET


IMPORTED_MODULES = """
import json, sys
import openrouter_guardrails
print(json.dumps(sorted(sys.modules)))
"""


def test_import_is_light() -> None:
    """import loads no endpoint module, model, SDK layer, attrs, httpcore, jsonschema, YAML,
    testing kit, CLI or test tool: each loads on first use."""
    # click may be loaded: httpx imports it for its own command line.
    modules = _in_fresh_interpreter(IMPORTED_MODULES)
    forbidden_prefixes = (
        "openrouter_guardrails_api.api",
        "openrouter_guardrails_api.models",
        "openrouter_guardrails_api.sdk",
        "openrouter_guardrails_api.client",
        "attr",
        "httpcore",
        "openrouter_guardrails.testing",
        "openrouter_guardrails.cli",
        "jsonschema",
        "yaml",
        "hypothesis",
        "respx",
    )
    heavy = [m for m in modules if m.startswith(forbidden_prefixes)]
    assert heavy == []
    assert "openrouter_guardrails" in modules


LAZY_ENDPOINT = """
import json, sys
import httpx
from openrouter_guardrails import OpenRouter
body = {"data": {"id": "g", "name": "n", "created_at": "t", "workspace_id": "w"}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = OpenRouter(api_key="k", client=httpx.Client(transport=transport))
before = "openrouter_guardrails_api.api.guardrails.get_guardrail" in sys.modules
client.guardrails.get(id="g")
after = "openrouter_guardrails_api.api.guardrails.get_guardrail" in sys.modules
others = [m for m in sys.modules if m.startswith("openrouter_guardrails_api.api.guardrails.")]
print(json.dumps({"before": before, "after": after, "others": sorted(others)}))
"""


def test_endpoint_modules_load_on_first_use() -> None:
    """An operation's generated module is imported when it is first called, and only it."""
    seen = _in_fresh_interpreter(LAZY_ENDPOINT)
    assert seen == {
        "before": False,
        "after": True,
        "others": ["openrouter_guardrails_api.api.guardrails.get_guardrail"],
    }
