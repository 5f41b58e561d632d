"""``python -m generator``: deterministic output, a ``--check`` that names stale files, and
generated code that survives what a real server sends (odd statuses, new enum values)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from enum import StrEnum
from http import HTTPStatus
from pathlib import Path

import httpx
import pytest
import yaml
from openrouter_guardrails_api import Client, models
from openrouter_guardrails_api.api.guardrails import get_guardrail, list_guardrails
from openrouter_guardrails_api.models import (
    ContentFilterBuiltinAction,
    ContentFilterBuiltinSlug,
    CreateGuardrailRequest,
    ErrorResponse,
    Guardrail,
    GuardrailInterval,
)

from generator import build

#: Its subprocesses run other programs or time code: coverage does not follow them.
pytestmark = pytest.mark.usefixtures("unmeasured_subprocesses")

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / build.PACKAGE
EDITED = "models/guardrail.py"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (no bytecode caches), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def edit_one_line(package: Path) -> None:
    """Change one line of one generated file, as a hand edit would."""
    target = package / EDITED
    text = target.read_text(encoding="utf-8")
    assert '""" Name of the guardrail """' in text
    target.write_text(text.replace('""" Name of the guardrail """', '""" edited """'), "utf-8")


@pytest.fixture
def committed_copy(tmp_path: Path) -> Path:
    """A copy of the committed generated/ folder (the real one is never touched)."""
    output = tmp_path / "generated"
    shutil.copytree(COMMITTED, output / build.PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    return output


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation of the package from the committed contract."""
    return build.generate_into(tmp_path_factory.mktemp("fresh"))


def test_generation_is_deterministic(fresh: Path, tmp_path: Path):
    """Two generations from the same contract write the same files, byte for byte."""
    first = tree(fresh)
    second = tree(build.generate_into(tmp_path))
    assert "models/guardrail.py" in first
    assert "api/guardrails/get_guardrail.py" in first
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_generation_ships_the_contract_and_the_typing_marker(fresh: Path):
    """The package carries py.typed and the contract as openapi.json, equal to the YAML."""
    assert (fresh / "py.typed").is_file()
    contract = json.loads((fresh / build.CONTRACT_NAME).read_text(encoding="utf-8"))
    assert contract == yaml.safe_load(build.SPEC.read_text(encoding="utf-8"))


def test_check_passes_on_the_committed_tree():
    """`python -m generator --check` exits 0 on the committed generated/ folder."""
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


def test_check_names_a_hand_edited_file(committed_copy: Path):
    """check() on a copy with one edited line returns exactly that file."""
    assert build.stale_files(committed_copy / build.PACKAGE, COMMITTED) == []
    edit_one_line(committed_copy / build.PACKAGE)
    assert build.check(output=committed_copy) == [EDITED]


def test_stale_files_names_added_removed_and_changed_files(committed_copy: Path):
    """stale_files reports a file added, a file removed and a file changed, sorted."""
    package = committed_copy / build.PACKAGE
    edit_one_line(package)
    (package / "models" / "key_assignment.py").unlink()
    (package / "stray.py").write_text("x = 1\n", encoding="utf-8")
    assert build.stale_files(package, COMMITTED) == [
        "models/guardrail.py",
        "models/key_assignment.py",
        "stray.py",
    ]
    assert build.stale_files(COMMITTED, COMMITTED) == []


def test_check_cli_prints_the_stale_path_and_exits_1(tmp_path: Path):
    """In a copy of the project with one hand edit, `--check` exits 1 and prints that path."""
    for folder in ("generator", "openapi"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copytree(
        COMMITTED,
        tmp_path / "generated" / build.PACKAGE,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    edit_one_line(tmp_path / "generated" / build.PACKAGE)
    before = tree(COMMITTED)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    stale = [line.strip() for line in proc.stdout.splitlines() if line.startswith("  ")]
    assert stale == [f"generated/{build.PACKAGE}/{EDITED}"]
    assert "run: python -m generator" in proc.stdout
    assert tree(COMMITTED) == before


def client_answering(status: int, body: object) -> Client:
    """A generated client whose every request gets ``status`` with ``body`` as JSON."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return Client(
        base_url="https://openrouter.test/api/v1",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


ERROR_BODY = {"error": {"code": 520, "message": "Web server is returning an unknown error"}}


@pytest.mark.parametrize("status", [520, 499, 599])
def test_status_outside_http_status_is_kept_as_an_int(status):
    """A status Python's HTTPStatus does not know (Cloudflare's 520) parses, as a plain int."""
    with client_answering(status, ERROR_BODY) as client:
        response = get_guardrail.sync_detailed("g-1", client=client)
    assert response.status_code == status
    assert type(response.status_code) is int
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error.message == ERROR_BODY["error"]["message"]


def test_status_outside_http_status_is_kept_by_the_async_endpoint():
    """The async endpoint also returns a 520 as the int 520 with the parsed error body."""

    async def call() -> object:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(520, json=ERROR_BODY)

        client = Client(
            base_url="https://openrouter.test/api/v1",
            httpx_args={"transport": httpx.MockTransport(handler)},
        )
        async with client:
            return await list_guardrails.asyncio_detailed(client=client)

    response = asyncio.run(call())
    assert response.status_code == 520
    assert isinstance(response.parsed, ErrorResponse)


def test_known_status_is_an_http_status():
    """A status Python knows stays an HTTPStatus member (only unknown ones become ints)."""
    body = {"error": {"code": 404, "message": "Resource not found"}}
    with client_answering(404, body) as client:
        response = get_guardrail.sync_detailed("g-1", client=client)
    assert response.status_code is HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)


def test_unknown_enum_value_is_kept():
    """GuardrailInterval('hourly') is a value, not an error: unknown, and equal to its string."""
    hourly = GuardrailInterval("hourly")
    assert isinstance(hourly, GuardrailInterval)
    assert hourly == "hourly"
    assert hourly.value == "hourly"
    assert str(hourly) == "hourly"
    assert hourly.is_known is False
    assert GuardrailInterval("monthly") is GuardrailInterval.MONTHLY
    assert GuardrailInterval.MONTHLY.is_known is True


def test_enum_still_rejects_what_is_not_a_string():
    """An open enum keeps unknown strings only; a non-string is still a ValueError."""
    with pytest.raises(ValueError, match="not a valid GuardrailInterval"):
        GuardrailInterval(7)


ENUM_CLASSES = sorted(
    (obj for obj in vars(models).values() if isinstance(obj, type) and issubclass(obj, StrEnum)),
    key=lambda cls: cls.__name__,
)


def test_the_models_have_enums():
    """The generated models include the contract's five string enums."""
    assert [cls.__name__ for cls in ENUM_CLASSES] == [
        "ContentFilterAction",
        "ContentFilterBuiltinAction",
        "ContentFilterBuiltinSlug",
        "GuardrailInterval",
        "PromptInjectionScanScope",
    ]


@pytest.mark.parametrize("enum_class", ENUM_CLASSES, ids=lambda cls: cls.__name__)
def test_every_generated_enum_is_open(enum_class):
    """Every generated enum keeps an unknown value as an unknown member."""
    value = enum_class("a-value-from-a-newer-api")
    assert value == "a-value-from-a-newer-api"
    assert value.is_known is False
    assert all(member.is_known for member in enum_class)


GUARDRAIL = {
    "id": "g-1",
    "name": "Production",
    "created_at": "2025-08-24T10:30:00Z",
    "workspace_id": "w-1",
}


def test_unknown_enum_value_round_trips_in_a_nullable_field():
    """reset_interval 'hourly' is read as an unknown GuardrailInterval and written back."""
    payload = {**GUARDRAIL, "reset_interval": "hourly"}
    guardrail = Guardrail.from_dict(payload)
    assert isinstance(guardrail.reset_interval, GuardrailInterval)
    assert guardrail.reset_interval.is_known is False
    assert guardrail.to_dict() == payload
    assert Guardrail.from_dict({**GUARDRAIL, "reset_interval": None}).reset_interval is None


def test_unknown_enum_values_round_trip_inside_a_list():
    """A builtin filter with an unknown slug and action stays a model, and round-trips."""
    builtins = [
        {"slug": "email", "action": "redact", "label": "[EMAIL]"},
        {"slug": "face-detector", "action": "quarantine", "scan_scope": "system_only"},
    ]
    payload = {**GUARDRAIL, "content_filter_builtins": builtins}
    guardrail = Guardrail.from_dict(payload)
    assert isinstance(guardrail.content_filter_builtins, list)
    known, unknown = guardrail.content_filter_builtins
    assert known.slug is ContentFilterBuiltinSlug.EMAIL
    assert isinstance(unknown.slug, ContentFilterBuiltinSlug)
    assert isinstance(unknown.action, ContentFilterBuiltinAction)
    assert (unknown.slug.is_known, unknown.action.is_known) == (False, False)
    assert guardrail.to_dict() == payload


def test_unknown_enum_value_round_trips_in_a_request():
    """A request model sends an unknown reset_interval as the string it was given."""
    body = {"name": "n", "reset_interval": "fortnightly"}
    assert CreateGuardrailRequest.from_dict(body).to_dict() == body
    request = CreateGuardrailRequest(name="n", reset_interval=GuardrailInterval("fortnightly"))
    assert request.to_dict()["reset_interval"] == "fortnightly"


def test_the_generator_imports_none_of_its_tools_at_import_time() -> None:
    """``python -m generator`` checks the pinned tools before it uses them, so that without
    them it names what to install: importing it must not import openapi-python-client."""
    code = (
        "import sys; sys.modules['openapi_python_client'] = None; "
        "import generator.__main__, generator.curate, generator.review; print('ok')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.stdout.strip() == "ok", proc.stderr
