"""Where the contract leaves an answer open, every allowed answer conforms: the reference fake
can give each one (``GuardrailsFake(choices=...)``), and the conformance suite passes it in
every combination; ``like_openrouter`` keeps the strict comparison with the fake's own
choices."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeTransport,
    GuardrailsFake,
    run_conformance,
)
from openrouter_guardrails.testing._contract import Contract
from openrouter_guardrails.testing._open import OpenPoints, open_points

BASE_URL = "https://openrouter.test/api/v1"
#: The checks whose answers hold open points (the rest never compare a guardrail's body).
CHECKS = (
    "crud_round_trip",
    "update_omit_vs_null",
    "enforce_zdr_rule",
    "responses_match_schema",
    "differential",
)
POINTS = open_points()
COMBINATIONS = [
    dict(zip(POINTS, combo, strict=True)) for combo in itertools.product(*POINTS.values())
]


def _run(fake: GuardrailsFake, **options: Any) -> Any:
    return run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(fake),
        only=CHECKS,
        seed=7,
        differential_max_examples=2,
        differential_shrink_examples=0,
        **options,
    )


def test_the_open_points_come_from_the_compiled_contract() -> None:
    assert POINTS == {
        "absent-or-null": ("as-stored", "absent", "null"),
        "ContentFilterBuiltinEntry.scan_scope": ("kept", "dropped"),
        "Guardrail.enforce_zdr": ("echo", "derived"),
    }


@pytest.mark.parametrize("choices", COMBINATIONS, ids=lambda c: "-".join(c.values()))
def test_every_combination_of_allowed_answers_conforms(choices: dict[str, str]) -> None:
    report = _run(GuardrailsFake(choices=choices, seed=1))
    assert report.ok, report.to_text()


def test_the_fake_gives_each_allowed_answer() -> None:
    """The choices change the answers as they say."""
    body = {
        "name": "g",
        "enforce_zdr": True,
        "enforce_zdr_openai": False,
        "content_filters": [{"pattern": "x", "action": "block"}],
        "content_filter_builtins": [
            {"slug": "email", "action": "redact", "scan_scope": "user_only"},
            {"slug": "regex-prompt-injection", "action": "block", "scan_scope": "user_only"},
        ],
    }

    def created(**choices: str) -> dict[str, Any]:
        fake = GuardrailsFake(choices=choices)
        import httpx

        with httpx.Client(transport=FakeTransport(fake)) as http:
            answer = http.post(
                f"{BASE_URL}/guardrails",
                json=body,
                headers={"authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"},
            )
        data: dict[str, Any] = answer.json()["data"]
        return data

    default = created()
    assert default["enforce_zdr"] is True and "label" not in default["content_filters"][0]
    assert [b.get("scan_scope") for b in default["content_filter_builtins"]] == ["user_only"] * 2
    derived = created(**{"Guardrail.enforce_zdr": "derived"})
    assert derived["enforce_zdr"] is None  # openai False, the others True: they differ
    dropped = created(**{"ContentFilterBuiltinEntry.scan_scope": "dropped"})
    assert [b.get("scan_scope") for b in dropped["content_filter_builtins"]] == [
        None,
        "user_only",
    ]
    assert "scan_scope" not in dropped["content_filter_builtins"][0]
    nulls = created(**{"absent-or-null": "null"})
    assert nulls["content_filters"][0]["label"] is None
    absent = created(**{"absent-or-null": "absent"})
    assert "description" not in absent and "label" not in absent["content_filters"][0]


def test_an_unknown_open_point_or_answer_is_refused() -> None:
    with pytest.raises(ValueError, match="not an open point"):
        GuardrailsFake(choices={"Guardrail.name": "null"})
    with pytest.raises(ValueError, match="is not one of"):
        GuardrailsFake(choices={"Guardrail.enforce_zdr": "random"})


def test_like_openrouter_compares_strictly_and_the_note_names_what_was_chosen() -> None:
    """Against a fake that answers null where the reference leaves a field out, the strict
    comparison finds a difference; the default accepts it and notes the choice."""
    choices = {"absent-or-null": "null", "Guardrail.enforce_zdr": "derived"}
    strict = _run(GuardrailsFake(choices=choices, seed=1), like_openrouter=True)
    assert strict.check("differential").status == "fail", strict.to_text()
    allowing = _run(GuardrailsFake(choices=choices, seed=1))
    note = allowing.check("differential").note or ""
    assert "open points met (each answer allowed): " in note, note
    assert "ContentFilterEntry.label: null" in note, note
    assert "Guardrail.enforce_zdr: " in note, note


def test_settling_sets_aside_only_what_is_open() -> None:
    points = OpenPoints(Contract.load())
    guardrail = {
        "id": "g1",
        "name": "n",
        "description": None,
        "enforce_zdr": None,
        "content_filters": [{"pattern": "p", "action": "block", "label": None}],
        "content_filter_builtins": [
            {"slug": "email", "action": "redact", "scan_scope": "user_only"},
            {"slug": "regex-prompt-injection", "action": "block", "scan_scope": "user_only"},
        ],
    }
    settled = points.settle({"data": guardrail}, "GetGuardrailResponse", record=True)
    assert settled == {
        "data": {
            "id": "g1",
            "name": "n",
            "content_filters": [{"pattern": "p", "action": "block"}],
            "content_filter_builtins": [
                {"slug": "email", "action": "redact"},
                {"slug": "regex-prompt-injection", "action": "block", "scan_scope": "user_only"},
            ],
        }
    }
    assert points.met["ContentFilterEntry.label"] == {"null"}
    assert points.met["ContentFilterBuiltinEntry.scan_scope"] == {"kept"}
    assert points.met["Guardrail.enforce_zdr"] == {"None"}
