"""The testing package itself: its public names, what importing it costs, the pytest
fixtures, and the contract checker the tests rely on."""

from __future__ import annotations

import inspect
import subprocess
import sys

import httpx

import openrouter_guardrails.testing as testing
from openrouter_guardrails.testing import (
    Contract,
    FakeASGIApp,
    FakeServer,
    FakeTransport,
    GuardrailsFake,
    VirtualClock,
)


def test_all_lists_exactly_the_public_names() -> None:
    """__all__ holds every public name of the package and nothing else."""
    public = {
        name
        for name in dir(testing)
        if not name.startswith("_") and not inspect.ismodule(getattr(testing, name))
    }
    assert set(testing.__all__) == public
    assert testing.__all__ == sorted(testing.__all__, key=lambda n: (not n.isupper(), n))


def test_public_api_has_docstrings() -> None:
    """Every public class, function and public method has a docstring."""
    missing = []
    for name in testing.__all__:
        value = getattr(testing, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            if not inspect.getdoc(value):
                missing.append(name)
            for attr, member in vars(value).items() if inspect.isclass(value) else []:
                if not attr.startswith("_") and callable(member) and not inspect.getdoc(member):
                    missing.append(f"{name}.{attr}")
    assert not missing


def test_implementation_modules_are_private() -> None:
    """Every module of the package but the pytest plugin starts with an underscore."""
    from importlib.resources import files

    names = {
        p.name for p in files("openrouter_guardrails.testing").iterdir() if p.name.endswith(".py")
    }
    assert {n for n in names if not n.startswith("_")} == {"pytest_plugin.py"}


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_the_sdk_does_not_import_jsonschema() -> None:
    """import openrouter_guardrails leaves jsonschema (and the testing kit) unloaded."""
    result = run_python(
        "import sys, openrouter_guardrails\n"
        "print('jsonschema' in sys.modules, 'openrouter_guardrails.testing' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_unknown_attribute_is_an_attribute_error() -> None:
    """The lazy package raises AttributeError for a name it does not have."""
    try:
        _ = testing.NoSuchThing  # type: ignore[attr-defined]
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_plugin_module_imports_nothing_heavy() -> None:
    """Loading the pytest plugin imports neither jsonschema nor the fake until a fixture runs."""
    result = run_python(
        "import sys, openrouter_guardrails.testing.pytest_plugin\n"
        "print('jsonschema' in sys.modules, 'openrouter_guardrails.testing._fake' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_fixtures_share_one_fake(
    guardrails_clock: VirtualClock,
    guardrails_fake: GuardrailsFake,
    guardrails_transport: FakeTransport,
    guardrails_asgi_app: FakeASGIApp,
    guardrails_server: FakeServer,
) -> None:
    """The plugin's transport, ASGI app and server all serve the test's fake on its clock."""
    assert guardrails_fake.clock is guardrails_clock
    assert guardrails_transport.fake is guardrails_fake
    assert guardrails_asgi_app.fake is guardrails_fake
    assert guardrails_server.fake is guardrails_fake
    assert guardrails_server.running and guardrails_server.host == "127.0.0.1"
    guardrails_fake.add_guardrail(name="seen everywhere")
    with httpx.Client(
        base_url=guardrails_server.base_url,
        headers={"Authorization": "Bearer sk-or-v1-mgmt-test"},
        timeout=5.0,
    ) as http:
        assert http.get("/guardrails").json()["total_count"] == 1


def test_fixture_fake_is_fresh(guardrails_fake: GuardrailsFake) -> None:
    """Each test gets an empty fake with no faults and no recorded requests."""
    assert guardrails_fake.guardrails == []
    assert guardrails_fake.requests == []
    assert guardrails_fake.faults.pending == 0


def test_contract_checker_catches_a_bad_body(contract: Contract) -> None:
    """The response check the tests use is not vacuous: a broken body is reported by field."""
    good = {"data": [], "total_count": 0}
    bad = {"data": [{"id": 1}], "total_count": "0"}
    assert contract.response_errors("listGuardrails", 200, good) == []
    problems = contract.response_errors("listGuardrails", 200, bad)
    assert any(p.startswith("total_count") for p in problems)
    assert any(p.startswith("data[0].id") for p in problems)
    assert any("data[0].name" in p for p in problems)


def test_contract_checker_catches_an_undocumented_status(contract: Contract) -> None:
    """A status the operation does not document is reported; 4XX/5XX ranges count."""
    envelope = {"error": {"code": 418, "message": "teapot"}}
    assert contract.response_errors("listGuardrails", 418, envelope) == []
    assert contract.response_errors("listGuardrails", 302, {}) != []


def test_contract_routes(contract: Contract) -> None:
    """Literal paths win over parameters; the method picks the operation."""
    keys = contract.match("GET", "/guardrails/assignments/keys")
    one = contract.match("PATCH", "/guardrails/abc")
    assert keys is not None and keys.operation is not None
    assert keys.operation.operation_id == "listKeyAssignments"
    assert one is not None and one.operation is not None and one.params == {"id": "abc"}
    assert one.operation.sdk_name == "update"
    wrong = contract.match("PUT", "/guardrails/abc")
    assert wrong is not None and wrong.operation is None
    assert contract.match("GET", "/other") is None
    assert contract.base_path == "/api/v1"
