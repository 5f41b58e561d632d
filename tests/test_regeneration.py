"""Regenerating after an upstream change is one command and a review: in a copy of the
project, the vendored upstream description is changed the way upstream changes (a new
per-provider zero-data-retention field, a new enum value, a new optional response field, new
optional query parameters (a string, an enum, a date-time), a new request field whose type is
an array of an enum, a new nullable timestamp no prose rule names, a new operation), curated
and regenerated there; then, with no edit to
``openrouter_guardrails/``, the copy's client sends each new field and parameter (typed ones
from plain values), ``enforce_zdr`` fills the new provider, the fake stores and returns them,
the command line offers them and a command for the new operation, mypy sees the new keyword
arguments and method; the new operation, which the fake does not model yet, is answered 501
naming it, and ``contract-test`` against the copy's ``mock-server`` fails on that alone,
naming what to write."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT / "tests" / "data" / "openrouter-openapi-full-2026-08-22.yaml.gz"
COPIED = ("openapi", "generator", "generated", "openrouter_guardrails")
MANAGEMENT_KEY = "sk-or-v1-mgmt-test"


def mutate(spec: dict[str, Any]) -> None:
    """Change an upstream description the way OpenRouter's changes come."""
    schemas = spec["components"]["schemas"]
    nullable_bool = {"type": ["boolean", "null"], "description": "ZDR for Mistral models."}
    for name in ("CreateGuardrailRequest", "UpdateGuardrailRequest", "Guardrail"):
        props = schemas[name]["properties"]
        props["enforce_zdr_mistral"] = dict(nullable_bool)
        props["allowed_data_regions"] = {
            "type": ["array", "null"],
            "items": {"$ref": "#/components/schemas/DataRegion"},
            "description": "Regions where request data may be processed.",
        }
    schemas["DataRegion"] = {"type": "string", "enum": ["global", "europe", "us"]}
    schemas["Guardrail"]["properties"]["priority"] = {
        "type": "integer",
        "description": "Evaluation order among a key's guardrails.",
    }
    # A timestamp no prose rule names: it gets no rule (it is not expected to move).
    schemas["Guardrail"]["properties"]["last_triggered_at"] = {
        "type": "string",
        "nullable": True,
        "description": "ISO 8601 timestamp of when the guardrail last blocked a request",
    }
    interval = schemas["GuardrailInterval"]
    interval["enum"] = [v for v in interval["enum"] if v is not None] + ["yearly", None]
    listing = spec["paths"]["/guardrails"]["get"]
    listing["parameters"].append(
        {
            "in": "query",
            "name": "name",
            "required": False,
            "description": "Only guardrails of this name.",
            "schema": {"type": "string"},
        }
    )
    # A new operation.
    schemas["GuardrailUsage"] = {
        "type": "object",
        "properties": {"spent_usd": {"type": "number", "description": "Spent this period."}},
        "required": ["spent_usd"],
    }
    spec["paths"]["/guardrails/{id}/usage"] = {
        "get": {
            "operationId": "getGuardrailUsage",
            "x-speakeasy-name-override": "getUsage",
            "tags": ["Guardrails"],
            "summary": "Get the usage of a guardrail",
            "parameters": [
                {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The usage",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/GuardrailUsage"}
                        }
                    },
                }
            },
        }
    }
    # Breaking changes: a field removed, a field renamed, a second required field on create.
    for name in ("CreateGuardrailRequest", "UpdateGuardrailRequest", "Guardrail"):
        props = schemas[name]["properties"]
        del props["description"]
        props["blocked_providers"] = props.pop("ignored_providers")
    schemas["CreateGuardrailRequest"]["properties"]["team"] = {
        "type": "string",
        "minLength": 1,
        "description": "The team that owns the guardrail.",
    }
    schemas["CreateGuardrailRequest"]["required"].append("team")
    schemas["Guardrail"]["properties"]["team"] = {
        "type": "string",
        "description": "The team that owns the guardrail.",
    }
    # Typed query parameters: an enum, and a date-time.
    schemas["GuardrailSort"] = {"type": "string", "enum": ["name", "created_at"]}
    listing["parameters"].append(
        {
            "in": "query",
            "name": "sort",
            "required": False,
            "description": "The order of the listing.",
            "schema": {"$ref": "#/components/schemas/GuardrailSort"},
        }
    )
    listing["parameters"].append(
        {
            "in": "query",
            "name": "regions",
            "required": False,
            "description": "Only guardrails of these regions.",
            "schema": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/DataRegion"},
                "maxItems": 3,
            },
        }
    )
    listing["parameters"].append(
        {
            "in": "query",
            "name": "created_after",
            "required": False,
            "description": "Only guardrails created after this moment.",
            "schema": {"type": "string", "format": "date-time"},
        }
    )


HANDWRITTEN = ("openrouter_guardrails", "generator")


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {
        p.relative_to(root): p.read_bytes()
        for name in HANDWRITTEN
        for p in (root / name).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    proc = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert proc.returncode == 0, f"{cmd}:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


CLIENT_SCRIPT = textwrap.dedent(
    """
    import warnings
    from pathlib import Path

    import httpx
    from click.testing import CliRunner

    import openrouter_guardrails
    from openrouter_guardrails import OpenRouter
    from openrouter_guardrails.cli import main
    from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeTransport, GuardrailsFake
    from openrouter_guardrails_api.models import Guardrail

    here = Path.cwd().resolve()
    assert Path(openrouter_guardrails.__file__).resolve().is_relative_to(here)

    fake = GuardrailsFake()
    http = httpx.Client(transport=FakeTransport(fake))
    client = OpenRouter(
        api_key=DEFAULT_MANAGEMENT_KEY,
        server_url="https://fake.test/api/v1",
        client=http,
        strict_responses=True,
    )
    made = client.guardrails.create(
        name="a",
        team="core",
        enforce_zdr_mistral=True,
        allowed_data_regions=["europe", "us"],
        reset_interval="yearly",
    ).data
    sent = fake.requests[-1].json()
    assert sent["enforce_zdr_mistral"] is True, sent
    assert sent["allowed_data_regions"] == ["europe", "us"], sent
    assert sent["reset_interval"] == "yearly", sent
    assert made.enforce_zdr_mistral is True
    assert [str(r) for r in made.allowed_data_regions] == ["europe", "us"]
    assert str(made.reset_interval) == "yearly"
    assert fake.guardrails[0]["allowed_data_regions"] == ["europe", "us"]

    # The breaking changes: the second required field is required everywhere, the removed
    # field is gone, the renamed one is taken under its new name.
    assert sent["team"] == "core" and made.team == "core", sent
    from openrouter_guardrails.errors import InvalidRequestError
    bad_calls = (
        ({"name": "c"}, TypeError, "team"),
        ({"name": "c", "team": "t", "description": "d"}, InvalidRequestError, "description"),
    )
    for bad, error, named in bad_calls:
        try:
            client.guardrails.create(**bad)
        except error as exc:
            assert named in str(exc), exc
        else:
            raise AssertionError(f"create took {bad}")
    assert len(fake.requests) == 1  # neither was sent
    renamed = client.guardrails.create(name="c", team="t", blocked_providers=["x"]).data
    assert fake.requests[-1].json() == {"name": "c", "team": "t", "blocked_providers": ["x"]}
    assert renamed.blocked_providers == ["x"] and not hasattr(renamed, "description")
    client.guardrails.delete(id=renamed.id)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zdr = client.guardrails.create(name="b", team="core", enforce_zdr=True).data
    assert fake.requests[-1].json()["enforce_zdr_mistral"] is True
    assert zdr.enforce_zdr_mistral is True
    assert any("enforce_zdr_mistral" in str(w.message) for w in caught)

    page = client.guardrails.list(name="b")
    assert fake.requests[-1].query["name"] == ["b"]
    assert [g.name for g in page.data] == ["b"]

    # Typed query parameters, given as the plain values people pass, or as their types.
    import datetime
    from openrouter_guardrails_api.models import GuardrailSort

    client.guardrails.list(sort="name", created_after="2026-01-02T03:04:05Z")
    query = fake.requests[-1].query
    assert query["sort"] == ["name"] and query["created_after"] == ["2026-01-02T03:04:05Z"], query
    moment = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    client.guardrails.list(sort=GuardrailSort.CREATED_AT, created_after=moment)
    query = fake.requests[-1].query
    assert query["sort"] == ["created_at"], query
    assert query["created_after"] == ["2026-01-02T03:04:05+00:00"], query
    # An array query parameter: form style, exploded; its maxItems checked before sending.
    from openrouter_guardrails_api.models import DataRegion
    client.guardrails.list(regions=["europe", DataRegion.US])
    assert fake.requests[-1].query["regions"] == ["europe", "us"], fake.requests[-1].query
    sent_before = len(fake.requests)
    try:
        client.guardrails.list(regions=["us"] * 4)
    except InvalidRequestError as exc:
        assert "regions must have at most 3 items (got 4)" in str(exc), exc
    else:
        raise AssertionError("four regions were taken")
    assert len(fake.requests) == sent_before
    from openrouter_guardrails import errors
    for bad in ({"created_after": "yesterday"}, {"sort": "size"}, {"regions": ["mars"]}):
        try:
            client.guardrails.list(**bad)
        except errors.BadRequestResponseError:
            pass
        else:
            raise AssertionError(f"the fake took {bad}")

    updated = client.guardrails.update(id=made.id, allowed_data_regions=["global"]).data
    assert fake.requests[-1].json() == {"allowed_data_regions": ["global"]}
    assert [str(r) for r in updated.allowed_data_regions] == ["global"]

    assert fake.guardrails[0]["last_triggered_at"] is None
    assert made.last_triggered_at is None
    read = Guardrail.from_dict({**fake.guardrails[0], "priority": 3})
    assert read.priority == 3
    assert read.to_dict()["priority"] == 3

    # The new operation: a client method, a command from the contract, and the fake's 501
    # naming it (its rule is to be written).
    from openrouter_guardrails import errors as sdk_errors
    try:
        client.guardrails.get_usage(id=made.id)
    except sdk_errors.APIError as exc:
        assert exc.status_code == 501 and "getGuardrailUsage" in exc.message, exc
    else:
        raise AssertionError("the fake answered an operation it does not model")

    runner = CliRunner()
    usage_help = runner.invoke(main, ["get-usage", "--help"])
    assert usage_help.exit_code == 0 and "getGuardrailUsage" in usage_help.output, usage_help.output
    create_help = runner.invoke(main, ["create", "--help"]).output
    update_help = runner.invoke(main, ["update", "--help"]).output
    for option in ("--enforce-zdr-mistral", "--allowed-data-regions", "--blocked-providers"):
        assert option in create_help, create_help
        assert option in update_help, update_help
    assert "--team" in create_help and "--description" not in create_help, create_help
    no_team = runner.invoke(main, ["--api-key", "k", "create", "--name", "x"])
    assert no_team.exit_code == 2 and "--team is required" in no_team.output, no_team.output
    print("ok")
    """
)

TYPED_SCRIPT = textwrap.dedent(
    """
    import datetime

    from openrouter_guardrails import OpenRouter

    client = OpenRouter(api_key="k")
    client.guardrails.create(
        name="a", team="core", enforce_zdr_mistral=True, allowed_data_regions=["europe"]
    )
    client.guardrails.list(name="a")
    client.guardrails.list(sort="name", created_after=datetime.datetime.now(datetime.UTC))
    client.guardrails.list(created_after="2026-01-02T03:04:05Z")
    client.guardrails.list(regions=["europe", "us"])
    spent: float = client.guardrails.get_usage(id="g1").spent_usd
    """
)
TYPED_WRONG = textwrap.dedent(
    """
    from openrouter_guardrails import OpenRouter

    client = OpenRouter(api_key="k")
    client.guardrails.create(name="a", team="core", enforce_zdr_mistrall=True)
    client.guardrails.create(name="a", team="core", description="gone")
    client.guardrails.create(name="a")
    client.guardrails.list(name=3)
    client.guardrails.list(created_after=3)
    """
)


Regenerated = tuple[Path, dict[str, str], str, dict[Path, bytes]]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Regenerated:
    """A copy of the project, curated from the changed upstream and regenerated."""
    copy = tmp_path_factory.mktemp("project")
    for name in COPIED:
        shutil.copytree(
            ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    spec = yaml.load(gzip.decompress(UPSTREAM.read_bytes()), Loader=yaml.CSafeLoader)
    before = _snapshot(copy)
    mutate(spec)
    upstream = copy / "upstream.json"
    upstream.write_text(json.dumps(spec), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(copy), str(copy / "generated")]),
    }
    # The copy is another source tree: coverage of the project does not follow into it.
    env.pop("COVERAGE_PROCESS_START", None)
    env.pop("COVERAGE_PROCESS_CONFIG", None)
    report = _run(
        [sys.executable, "-m", "generator", "curate", "--upstream", str(upstream)], copy, env
    )
    _run([sys.executable, "-m", "generator"], copy, env)
    return copy, env, report, before


def test_curate_reports_each_upstream_change(regenerated: Regenerated) -> None:
    """The change report names each change, breaking or not, and under each, what a person
    must still write: the handwritten places that pass the removed field, the renamed field's
    likely new name, callers of the new required field, the fake's rule for the new
    operation."""
    _, _, report, _ = regenerated
    lines = report.splitlines()
    for line in (
        "+ field CreateGuardrailRequest.enforce_zdr_mistral [compatible]",
        "+ field UpdateGuardrailRequest.allowed_data_regions [compatible]",
        "+ field Guardrail.priority [compatible]",
        "+ field Guardrail.last_triggered_at [compatible]",
        "+ enum value GuardrailInterval: yearly [compatible]",
        "+ operation GET /guardrails/{id}/usage [compatible]",
        "+ parameter GET /guardrails query name [compatible]",
        "+ parameter GET /guardrails query sort [compatible]",
        "+ parameter GET /guardrails query created_after [compatible]",
        "+ parameter GET /guardrails query regions [compatible]",
        "- field CreateGuardrailRequest.description [BREAKING]",
        "- field Guardrail.ignored_providers [BREAKING]",
        "+ field Guardrail.blocked_providers [compatible]",
        "+ field CreateGuardrailRequest.team [BREAKING]",
    ):
        assert line in lines, report

    def notes_of(head: str) -> list[str]:
        at = lines.index(head) + 1
        return list(itertools.takewhile(lambda line: line.startswith("    "), lines[at:]))

    # The demo passes description=: the report names each place.
    removed = notes_of("- field UpdateGuardrailRequest.description [BREAKING]")
    assert removed and all(
        re.fullmatch(r"    write: openrouter_guardrails/cli/_tools\.py:\d+ passes description=", n)
        for n in removed
    ), removed
    assert notes_of("- field Guardrail.ignored_providers [BREAKING]")[0].startswith(
        "    review: perhaps renamed to Guardrail.blocked_providers (same schema, same type)"
    )
    assert notes_of("+ field CreateGuardrailRequest.team [BREAKING]")[0].startswith(
        "    review: every CreateGuardrailRequest must now hold team: callers pass it"
    )
    assert notes_of("+ operation GET /guardrails/{id}/usage [compatible]")[0].startswith(
        "    write: the fake's rule for getGuardrailUsage"
    )
    assert notes_of("+ field Guardrail.priority [compatible]") == []  # nothing to write
    assert re.search(r"^\d+ change\(s\), 7 breaking$", report, re.M), report
    assert re.search(r"^\d+ thing\(s\) to write or review by hand", report, re.M), report


def test_regenerated_copy_needs_no_handwritten_edit(
    regenerated: Regenerated,
) -> None:
    """Only the contract and generated/ changed; the copy's client, fake and CLI take the new
    fields and parameter."""
    copy, env, _, before = regenerated
    assert _snapshot(copy) == before, "curate or the generator changed handwritten code"
    assert _run([sys.executable, "-c", CLIENT_SCRIPT], copy, env).split() == ["ok"]


def test_contract_test_against_the_regenerated_mock_server_names_only_the_new_operation(
    regenerated: Regenerated,
) -> None:
    """The copy's conformance suite passes against the copy's mock-server on everything the
    fake models (the new fields and parameters included), and fails the run on the one
    thing left to write: the new operation's rule in the fake, named."""
    copy, env, _, _ = regenerated
    server = subprocess.Popen(
        [sys.executable, "-m", "openrouter_guardrails", "mock-server", "--port", "0"],
        cwd=copy,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = None
        for _ in range(20):
            line = server.stdout.readline()
            if "listening on" in line:
                url = line.rsplit(" ", 1)[-1].strip()
                break
        assert url, "mock-server did not announce its URL"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "openrouter_guardrails",
                "contract-test",
                "--base-url",
                url,
                "--api-key",
                MANAGEMENT_KEY,
                # A few sequences prove the copy's differential check runs as well as many.
                "--differential-max-examples",
                "5",
            ],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert proc.returncode == 1, proc.stdout + proc.stderr
        failed = re.findall(r"^FAIL  (\w+)", proc.stdout, re.MULTILINE)
        assert failed == ["contract_modelled"], proc.stdout
        assert "operation getGuardrailUsage is in the contract but not modelled" in proc.stdout
        assert re.search(r"^\d+ passed, 1 failed, \d+ skipped in ", proc.stdout, re.M)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_mypy_sees_the_new_keyword_arguments(
    regenerated: Regenerated,
) -> None:
    """mypy --strict accepts the new arguments, and names a misspelled or mistyped one."""
    copy, env, _, _ = regenerated
    mypy_env = {**env, "MYPYPATH": env["PYTHONPATH"]}
    (copy / "typed_ok.py").write_text(TYPED_SCRIPT, encoding="utf-8")
    (copy / "typed_wrong.py").write_text(TYPED_WRONG, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(copy / ".mypy")]
    _run([*command, "typed_ok.py"], copy, mypy_env)
    proc = subprocess.run(
        [*command, "typed_wrong.py"],
        cwd=copy,
        env=mypy_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert '"enforce_zdr_mistrall"' in proc.stdout
    assert '"description"' in proc.stdout  # the removed field
    assert 'Missing named argument "team"' in proc.stdout  # the new required one
    assert 'Argument "name" to "list"' in proc.stdout
    assert 'Argument "created_after" to "list"' in proc.stdout
