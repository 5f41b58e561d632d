"""The request_constraints check's cases come from the contract: every constraint of every
request schema and query parameter gives a case that breaks it and, where it has one, a case
at its boundary; the first is invalid and the second valid by the contract's own schemas;
a constraint added to the contract is a new case with no other edit."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeTransport, GuardrailsFake
from openrouter_guardrails.testing._contract import Contract
from openrouter_guardrails.testing._harness import NOT_JSON, Run
from openrouter_guardrails.testing._negatives import Case, cases

BASE_URL = "https://openrouter.test/api/v1"
BOUNDED = ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "enum")


def run_on(contract: Contract) -> Run:
    """A run (no request sent by building it) that reads ``contract``."""
    return Run(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        contract=contract,
        non_management_key=None,
        transport=FakeTransport(GuardrailsFake()),
        timeout=5.0,
        allow_insecure_http=False,
        key_hashes=None,
        member_user_ids=None,
        fuzz=False,
        seed=1,
        fuzz_max_examples=1,
        fuzz_max_time=None,
    )


def keywords(
    contract: Contract, schema: Mapping[str, Any], seen: frozenset[str] = frozenset()
) -> Iterator[str]:
    """Every constraint keyword in a schema, through ``$ref``, ``anyOf``, items, properties."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            yield from keywords(contract, contract.schema(name), seen | {name})
        return
    yield from (k for k in (*BOUNDED, "required") if k in schema)
    for option in schema.get("anyOf", []):
        yield from keywords(contract, option, seen)
    if isinstance(schema.get("items"), Mapping):
        yield from keywords(contract, schema["items"], seen)
    for prop in (schema.get("properties") or {}).values():
        yield from keywords(contract, prop, seen)


@pytest.fixture(scope="module")
def all_cases() -> list[Case]:
    """The cases of the shipped contract."""
    run = run_on(Contract.load())
    try:
        return list(cases(run))
    finally:
        run.close()


def test_every_constraint_of_every_operation_has_cases(all_cases: list[Case]) -> None:
    """For each operation, each constraint keyword its query or body states has a breaking
    case, and each bounded one a boundary case too."""
    contract = Contract.load()
    for operation in contract.operations.values():
        stated = {k for s in operation.query_params.values() for k in keywords(contract, s)}
        if operation.body_schema is not None:
            stated |= set(keywords(contract, operation.body_schema))
        mine = [c for c in all_cases if c.operation.operation_id == operation.operation_id]
        for keyword in stated:
            breaking = [c for c in mine if c.breaks and c.constraint.startswith(keyword)]
            assert breaking, f"{operation.operation_id}: no case breaks {keyword}"
            if keyword in BOUNDED:
                bound = [c for c in mine if not c.breaks and c.constraint.startswith(keyword)]
                assert bound, f"{operation.operation_id}: no boundary case of {keyword}"


def test_breaking_cases_are_invalid_and_boundary_cases_valid(all_cases: list[Case]) -> None:
    """By the contract's own schemas, a breaking body is invalid and a boundary body valid."""
    contract = Contract.load()
    bodies = [c for c in all_cases if c.body is not NOT_JSON and not isinstance(c.body, bytes)]
    assert bodies
    for case in bodies:
        assert case.operation.body_schema is not None
        problems = contract.errors(case.operation.body_schema, case.body)
        assert bool(problems) is case.breaks, (case.title, case.body, problems)


def test_a_constraint_added_to_the_contract_is_a_new_case() -> None:
    """A maxItems added to one field of the update request gives its two cases, no edit."""
    document = copy.deepcopy(dict(Contract.load().document))
    update = document["components"]["schemas"]["UpdateGuardrailRequest"]["properties"]
    update["allowed_providers"]["maxItems"] = 2
    run = run_on(Contract(document))
    try:
        found = [c for c in cases(run) if c.constraint == "maxItems 2"]
    finally:
        run.close()
    assert {(c.operation.operation_id, c.where, c.breaks) for c in found} == {
        ("updateGuardrail", "body allowed_providers", True),
        ("updateGuardrail", "body allowed_providers", False),
    }
