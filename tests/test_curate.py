"""``python -m generator curate``: the vendored upstream spec curates into the committed
contract, the change report says what changed and whether it breaks users, and bad input fails
with a clear message and no file written."""

from __future__ import annotations

import copy
import gzip
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import curate

#: Its subprocesses run other programs or time code: coverage does not follow them.
pytestmark = pytest.mark.usefixtures("unmeasured_subprocesses")

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT / "tests" / "data" / "openrouter-openapi-full-2026-08-22.yaml.gz"
CONTRACT = ROOT / "openapi" / "guardrails.yaml"

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def upstream() -> Spec:
    """The vendored upstream document, parsed once (tests modify deep copies)."""
    return curate.load_spec(UPSTREAM)


@pytest.fixture(scope="module")
def baseline(upstream: Spec) -> Spec:
    """The curated document of the vendored upstream."""
    return curate.curate(copy.deepcopy(upstream))


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "curate", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_curating_the_vendored_upstream_reproduces_the_contract(tmp_path: Path):
    """curate.run on the vendored upstream writes openapi/guardrails.yaml byte for byte."""
    output = tmp_path / "guardrails.yaml"
    changes = curate.run(UPSTREAM, output)
    assert output.read_bytes() == CONTRACT.read_bytes()
    # Against no previous file, everything is new and nothing breaks.
    assert changes
    assert all(c.added and not c.breaking for c in changes)
    assert "+ operation POST /guardrails [compatible]" in map(str, changes)
    assert [p.name for p in tmp_path.iterdir()] == ["guardrails.yaml"]


def test_cli_recurating_over_the_contract_reports_no_change(tmp_path: Path):
    """The CLI over a copy of the contract exits 0, rewrites it unchanged, reports no change."""
    output = tmp_path / "guardrails.yaml"
    shutil.copyfile(CONTRACT, output)
    proc = run_cli("--upstream", UPSTREAM, "--output", output)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        f"wrote {output}",
        "no changes to operations, parameters, fields or enum values",
    ]
    assert output.read_bytes() == CONTRACT.read_bytes()


def test_curate_repeats_itself_and_leaves_its_input_alone(upstream: Spec, baseline: Spec):
    """Curating the same upstream again gives the same document; the upstream is not modified."""
    before = copy.deepcopy(upstream)
    again = curate.curate(upstream)
    assert upstream == before
    assert again == baseline
    assert curate.diff(baseline, again) == []


# --------------------------------------------------------------------------- change report


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def add_optional_request_field(spec: Spec) -> None:
    schemas(spec)["CreateGuardrailRequest"]["properties"]["priority"] = {"type": "integer"}


def add_required_request_field(spec: Spec) -> None:
    schema = schemas(spec)["CreateGuardrailRequest"]
    schema["properties"]["team"] = {"type": "string"}
    schema["required"].append("team")


def add_required_field_to_a_request_entry(spec: Spec) -> None:
    schema = schemas(spec)["ContentFilterEntry"]
    schema["properties"]["flags"] = {"type": "string"}
    schema["required"].append("flags")


def add_required_response_field(spec: Spec) -> None:
    schema = schemas(spec)["Guardrail"]
    schema["properties"]["team"] = {"type": "string"}
    schema["required"].append("team")


def remove_guardrail_field(spec: Spec) -> None:
    del schemas(spec)["Guardrail"]["properties"]["description"]


def add_interval(spec: Spec) -> None:
    schemas(spec)["GuardrailInterval"]["enum"].insert(0, "yearly")


def remove_interval(spec: Spec) -> None:
    schemas(spec)["GuardrailInterval"]["enum"].remove("weekly")


def remove_delete_operation(spec: Spec) -> None:
    del spec["paths"]["/guardrails/{id}"]["delete"]


def add_operation(spec: Spec) -> None:
    usage = copy.deepcopy(spec["paths"]["/guardrails/{id}"]["get"])
    usage["operationId"] = "getGuardrailUsage"
    spec["paths"]["/guardrails/{id}/usage"] = {"get": usage}


def add_query_parameter(required: bool) -> Callable[[Spec], None]:
    def change(spec: Spec) -> None:
        spec["paths"]["/guardrails"]["get"]["parameters"].append(
            {"in": "query", "name": "team", "required": required, "schema": {"type": "string"}}
        )

    return change


def require_request_field(spec: Spec) -> None:
    schemas(spec)["CreateGuardrailRequest"]["required"].append("description")


def unrequire_response_field(spec: Spec) -> None:
    schemas(spec)["Guardrail"]["required"].remove("workspace_id")


def retype_response_field(spec: Spec) -> None:
    schemas(spec)["Guardrail"]["properties"]["limit_usd"] = {"type": "string"}


def remove_query_parameter(spec: Spec) -> None:
    params = spec["paths"]["/guardrails"]["get"]["parameters"]
    params[:] = [p for p in params if p.get("name") != "workspace_id"]


CHANGE_REPORTS: dict[str, tuple[Callable[[Spec], None], list[tuple[str, bool]]]] = {
    "optional request field added": (
        add_optional_request_field,
        [("+ field CreateGuardrailRequest.priority [compatible]", False)],
    ),
    "required request field added": (
        add_required_request_field,
        [("+ field CreateGuardrailRequest.team [BREAKING]", True)],
    ),
    "required field added to an entry a request sends": (
        add_required_field_to_a_request_entry,
        [("+ field ContentFilterEntry.flags [BREAKING]", True)],
    ),
    "required response field added": (
        add_required_response_field,
        [("+ field Guardrail.team [compatible]", False)],
    ),
    "field removed from Guardrail": (
        remove_guardrail_field,
        [("- field Guardrail.description [BREAKING]", True)],
    ),
    "enum value added": (
        add_interval,
        [("+ enum value GuardrailInterval: yearly [compatible]", False)],
    ),
    "enum value removed": (
        remove_interval,
        [("- enum value GuardrailInterval: weekly [BREAKING]", True)],
    ),
    "operation removed": (
        remove_delete_operation,
        [
            ("- field DeleteGuardrailResponse.deleted [BREAKING]", True),
            ("- operation DELETE /guardrails/{id} [BREAKING]", True),
        ],
    ),
    "operation added": (
        add_operation,
        [("+ operation GET /guardrails/{id}/usage [compatible]", False)],
    ),
    "optional query parameter added": (
        add_query_parameter(required=False),
        [("+ parameter GET /guardrails query team [compatible]", False)],
    ),
    "required query parameter added": (
        add_query_parameter(required=True),
        [("+ parameter GET /guardrails query team [BREAKING]", True)],
    ),
    "optional request field made required": (
        require_request_field,
        [("+ required CreateGuardrailRequest.description [BREAKING]", True)],
    ),
    "required response field made optional": (
        unrequire_response_field,
        [("- required Guardrail.workspace_id [BREAKING]", True)],
    ),
    "field type changed": (
        retype_response_field,
        [("~ type Guardrail.limit_usd: number | null -> string [BREAKING]", True)],
    ),
    "query parameter removed": (
        remove_query_parameter,
        [("- parameter GET /guardrails query workspace_id [BREAKING]", True)],
    ),
}


@pytest.mark.parametrize("case", list(CHANGE_REPORTS))
def test_change_report_of_a_derived_upstream(case: str, upstream: Spec, baseline: Spec):
    """Each upstream change is reported as exactly these lines, breaking or compatible."""
    change, expected = CHANGE_REPORTS[case]
    derived = copy.deepcopy(upstream)
    change(derived)
    report = curate.diff(baseline, curate.curate(derived))
    assert [(str(c), c.breaking) for c in report] == expected


def test_run_reports_against_the_previous_file_and_rewrites_it(upstream: Spec, tmp_path: Path):
    """run() on a changed upstream (JSON) reports against the file it replaces, then writes."""
    derived = copy.deepcopy(upstream)
    add_optional_request_field(derived)
    remove_guardrail_field(derived)
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(derived), encoding="utf-8")
    output = tmp_path / "guardrails.yaml"
    shutil.copyfile(CONTRACT, output)
    report = curate.run(source, output)
    assert [str(c).splitlines()[0] for c in report] == [
        "+ field CreateGuardrailRequest.priority [compatible]",
        "- field Guardrail.description [BREAKING]",
    ]
    # What a person must still write: every handwritten place that passes the field.
    assert report[1].notes
    assert all(
        re.fullmatch(r"write: openrouter_guardrails/\S+\.py:\d+ passes description=", note)
        for note in report[1].notes
    ), report[1].notes
    assert output.read_text(encoding="utf-8") == curate.dump(curate.curate(derived))
    assert curate.run(source, output) == []


def test_change_lines_read_as_sign_kind_what_and_verdict():
    """A Change prints as '<+|-> <kind> <what> [BREAKING|compatible]'."""
    assert str(curate.Change("field", "A.b", added=True, breaking=True)) == "+ field A.b [BREAKING]"
    assert (
        str(curate.Change("enum value", "E: x", added=False, breaking=False))
        == "- enum value E: x [compatible]"
    )


def test_cli_prints_the_change_report_and_a_count(upstream: Spec, tmp_path: Path):
    """The CLI prints each change and '<n> change(s), <k> breaking' and exits 0."""
    derived = copy.deepcopy(upstream)
    add_interval(derived)
    remove_guardrail_field(derived)
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(derived), encoding="utf-8")
    output = tmp_path / "guardrails.yaml"
    shutil.copyfile(CONTRACT, output)
    proc = run_cli("--upstream", source, "--output", output)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    notes = [line for line in lines if line.startswith("    ")]
    assert [line for line in lines if not line.startswith("    ")] == [
        f"wrote {output}",
        "+ enum value GuardrailInterval: yearly [compatible]",
        "- field Guardrail.description [BREAKING]",
        "2 change(s), 1 breaking",
        f"{len(notes)} thing(s) to write or review by hand (the write: and review: lines); "
        "then tox -e type names any other use of what changed",
    ]
    assert notes and lines.index(notes[0]) == 3, lines


# --------------------------------------------------------------------------- bad input


def write(name: str, content: bytes) -> Callable[[Path, Spec], Path]:
    def make(folder: Path, upstream: Spec) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


def missing(folder: Path, upstream: Spec) -> Path:
    return folder / "nowhere.yaml"


def a_directory(folder: Path, upstream: Spec) -> Path:
    path = folder / "spec.yaml"
    path.mkdir()
    return path


def without_guardrails(folder: Path, upstream: Spec) -> Path:
    spec = copy.deepcopy(upstream)
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "tags" in op:
                op["tags"] = [t for t in op["tags"] if t != "Guardrails"]
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def with_dangling_ref(folder: Path, upstream: Spec) -> Path:
    spec = copy.deepcopy(upstream)
    del spec["components"]["schemas"]["Guardrail"]
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


SWAGGER = b'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n'

BAD_INPUTS: dict[str, tuple[Callable[[Path, Spec], Path], str]] = {
    "missing file": (missing, "nowhere.yaml: no such file"),
    "unreadable (a directory)": (a_directory, "spec.yaml: cannot read"),
    "unreadable (not gzip)": (write("spec.yaml.gz", b"not gzip at all"), "cannot read"),
    "unreadable (not UTF-8)": (write("spec.yaml", b"openapi: \xff\xfe\n"), "cannot read"),
    "invalid YAML": (write("spec.yaml", b"openapi: [3.1\npaths: {\n"), "spec.yaml: invalid YAML"),
    "invalid JSON": (write("spec.json", b'{"openapi": "3.1.0",'), "spec.json: invalid JSON"),
    "gzipped invalid YAML": (
        write("spec.yaml.gz", gzip.compress(b"a: [1\n")),
        "spec.yaml.gz: invalid YAML",
    ),
    "not a mapping": (write("spec.yaml", b"- openapi\n"), "not an OpenAPI document"),
    "swagger 2.0": (write("spec.yaml", SWAGGER), "not an OpenAPI 3.x document (no 'openapi'"),
    "OpenAPI 2.x version": (
        write("spec.json", b'{"openapi": "2.0", "paths": {}}'),
        "not an OpenAPI 3.x document (openapi: '2.0')",
    ),
    "no paths": (write("spec.yaml", b"openapi: 3.1.0\n"), "no 'paths' mapping"),
    "no Guardrails operations": (without_guardrails, "no Guardrails operations"),
    "dangling $ref": (with_dangling_ref, "dangling $ref '#/components/schemas/Guardrail'"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_cli_rejects_bad_input_with_exit_2_and_keeps_the_existing_output(
    case: str, upstream: Spec, tmp_path: Path
):
    """Bad input: exit 2, one 'error:' line saying why, the existing output left as it was."""
    make, message = BAD_INPUTS[case]
    source = make(tmp_path, upstream)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "guardrails.yaml"
    output.write_text("previous contract\n", encoding="utf-8")
    proc = run_cli("--upstream", source, "--output", output)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("error: ")
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert output.read_text(encoding="utf-8") == "previous contract\n"
    assert [p.name for p in out_dir.iterdir()] == ["guardrails.yaml"]


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_run_rejects_bad_input_and_writes_no_file(case: str, upstream: Spec, tmp_path: Path):
    """Bad input: CurateError saying why, and no output file (nor its folder) is created."""
    make, message = BAD_INPUTS[case]
    source = make(tmp_path, upstream)
    output = tmp_path / "out" / "guardrails.yaml"
    with pytest.raises(curate.CurateError) as raised:
        curate.run(source, output)
    assert message in str(raised.value)
    assert not output.parent.exists()


def test_cli_without_upstream_is_a_usage_error():
    """`curate` without --upstream exits 2 naming the missing argument."""
    proc = run_cli()
    assert proc.returncode == 2
    assert "--upstream" in proc.stderr


def test_curated_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """The written spec has the mode a plain open() gives (not mkstemp's owner-only 0600)."""
    import os
    import stat

    out = tmp_path / "guardrails.yaml"
    curate.run(UPSTREAM, out)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_prose_rule_becomes_an_annotation_while_upstream_still_says_it(
    upstream: Spec, baseline: Spec, tmp_path: Path
) -> None:
    """Each rule of the reviewed list is written on its field while the field's description
    holds the rule's sentence; once upstream says it otherwise, the rule is not applied and
    the change report asks for a review, naming it."""
    schemas = baseline["components"]["schemas"]
    for rule in curate.PROSE_RULES:
        assert schemas[rule.schema]["properties"][rule.field][rule.annotation] == rule.value
    derived = copy.deepcopy(upstream)
    stamp = derived["components"]["schemas"]["Guardrail"]["properties"]["updated_at"]
    stamp["description"] = "When the guardrail last changed, as RFC 3339"
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(derived), encoding="utf-8")
    output = tmp_path / "guardrails.yaml"
    shutil.copyfile(CONTRACT, output)
    report = [str(change) for change in curate.run(source, output)]
    assert (
        "! prose rule Guardrail.updated_at x-timestamp: updated "
        "[REVIEW: its sentence is gone from upstream]"
    ) in report
    written = curate.curate(derived)["components"]["schemas"]["Guardrail"]["properties"]
    assert "x-timestamp" not in written["updated_at"]
    assert written["created_at"]["x-timestamp"] == "created"


def test_a_field_no_rule_names_gets_no_rule(upstream: Spec) -> None:
    """A new timestamp-looking field gets no annotation: no rule is inferred from words."""
    derived = copy.deepcopy(upstream)
    props = derived["components"]["schemas"]["Guardrail"]["properties"]
    props["last_triggered_at"] = {
        "type": ["string", "null"],
        "description": "ISO 8601 timestamp of when the guardrail last triggered",
    }
    written = curate.curate(derived)["components"]["schemas"]["Guardrail"]["properties"]
    assert "x-timestamp" not in written["last_triggered_at"]
