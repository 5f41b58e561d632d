"""Arguments are checked against the contract before anything is sent: a bad one raises
``InvalidRequestError`` naming it, and no request leaves. What is valid goes out as given."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from client_support import (
    BASE_URL,
    GUARDRAIL,
    MINIMAL_KWARGS,
    make_async_client,
    make_client,
    realistic_response,
)
from compiled_checks import first_problem as _compile
from openrouter_guardrails_api.models import (
    ContentFilterAction,
    ContentFilterBuiltinEntryInput,
    ContentFilterEntry,
    GuardrailInterval,
)

from openrouter_guardrails import InvalidRequestError, OpenRouterError

LIST_OPS = [
    "list",
    "list_key_assignments",
    "list_member_assignments",
    "list_guardrail_key_assignments",
    "list_guardrail_member_assignments",
]
ID_OPS = [name for name, kwargs in MINIMAL_KWARGS.items() if "id" in kwargs]
KEY_OPS = ["bulk_assign_keys", "bulk_unassign_keys"]
MEMBER_OPS = ["bulk_assign_members", "bulk_unassign_members"]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A router that answers every request, so that a test can count what was sent."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        mock.route().mock(side_effect=realistic_response)
        yield mock


def _reject(router: respx.MockRouter, name: str, kwargs: dict[str, Any]) -> InvalidRequestError:
    """Call ``name`` with ``kwargs``; return the ``InvalidRequestError`` and check nothing left."""
    with pytest.raises(InvalidRequestError) as info:
        getattr(make_client().guardrails, name)(**kwargs)
    assert router.calls.call_count == 0
    return info.value


def _bad_cases() -> Iterator[Any]:
    for name in LIST_OPS:
        base = MINIMAL_KWARGS[name]
        yield pytest.param(name, {**base, "limit": 0}, "limit", "at least 1", id=f"{name}-limit0")
        yield pytest.param(
            name, {**base, "limit": 101}, "limit", "at most 100", id=f"{name}-limit101"
        )
        yield pytest.param(
            name, {**base, "offset": -1}, "offset", "at least 0", id=f"{name}-offset-1"
        )
        yield pytest.param(
            name, {**base, "limit": "10"}, "limit", "integer", id=f"{name}-limit-str"
        )
        yield pytest.param(name, {**base, "limit": True}, "limit", "integer", id=f"{name}-bool")
    yield pytest.param("list", {"workspace_id": 5}, "workspace_id", "string", id="workspace-int")
    for name, base in (("create", {}), ("update", {"id": "g1"})):
        yield pytest.param(name, {**base, "name": ""}, "name", "must not be empty", id=f"{name}-")
        yield pytest.param(
            name, {**base, "name": "x" * 201}, "name", "at most 200", id=f"{name}-name-long"
        )
        yield pytest.param(name, {**base, "name": 7}, "name", "string", id=f"{name}-name-int")
        yield pytest.param(
            name,
            {**base, "name": "n", "description": "d" * 1001},
            "description",
            "at most 1000",
            id=f"{name}-description-long",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "allowed_models": []},
            "allowed_models",
            "must not be empty",
            id=f"{name}-allowed-models-empty",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "ignored_providers": ["azure", 3]},
            "ignored_providers[1]",
            "string",
            id=f"{name}-ignored-providers-item",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "limit_usd": "50"},
            "limit_usd",
            "number",
            id=f"{name}-limit-usd-str",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "content_filters": [{"action": "block"}]},
            "content_filters[0].pattern",
            "is required",
            id=f"{name}-filter-without-pattern",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "content_filter_builtins": [{"slug": "email"}]},
            "content_filter_builtins[0].action",
            "is required",
            id=f"{name}-builtin-without-action",
        )
        yield pytest.param(
            name,
            {**base, "name": "n", "enforce_zdr_openai": "yes"},
            "enforce_zdr_openai",
            "boolean",
            id=f"{name}-zdr-str",
        )
    yield pytest.param("create", {"name": None}, "name", "string", id="create-name-None")
    yield pytest.param("update", {"id": "g1", "name": None}, "name", "string", id="update-None")
    yield pytest.param(
        "create", {"name": "n", "workspace_id": None}, "workspace_id", "string", id="ws-None"
    )
    for name, field in [
        *((n, "key_hashes") for n in KEY_OPS),
        *((n, "member_user_ids") for n in MEMBER_OPS),
    ]:
        for value, where, problem, label in (
            ([], field, "must not be empty", "empty"),
            ([""], f"{field}[0]", "must not be empty", "empty-item"),
            ([1], f"{field}[0]", "string", "int-item"),
            (["ok", None], f"{field}[1]", "string", "None-item"),
            ("abc", field, "list", "str"),
            (None, field, "list", "None"),
        ):
            yield pytest.param(
                name, {"id": "g1", field: value}, where, problem, id=f"{name}-{label}"
            )
    for name in ID_OPS:
        base = MINIMAL_KWARGS[name]
        for value, problem, label in (
            ("", "must not be empty", "empty"),
            (".", "must not be '.'", "dot"),
            ("..", "must not be '..'", "dotdot"),
            (5, "string", "int"),
            (None, "string", "None"),
        ):
            yield pytest.param(name, {**base, "id": value}, "id", problem, id=f"{name}-id-{label}")


@pytest.mark.parametrize(("name", "kwargs", "parameter", "problem"), list(_bad_cases()))
def test_bad_argument_fails_before_sending(
    router: respx.MockRouter, name: str, kwargs: dict[str, Any], parameter: str, problem: str
) -> None:
    """A bad argument raises ``InvalidRequestError`` naming it and the operation; nothing goes."""
    error = _reject(router, name, kwargs)
    assert error.parameter == parameter
    assert problem in error.problem
    assert str(error).startswith(f"{name}(): {parameter} ")
    assert isinstance(error, ValueError)
    assert isinstance(error, OpenRouterError)


@pytest.mark.parametrize("name", sorted(MINIMAL_KWARGS))
def test_unknown_keyword_is_rejected(router: respx.MockRouter, name: str) -> None:
    """A keyword the operation does not take is an error naming it, on every operation."""
    error = _reject(router, name, {**MINIMAL_KWARGS[name], "colour": "blue"})
    assert error.parameter == "colour"
    assert "is not an argument of this operation" in str(error)


def test_body_field_of_another_operation_is_rejected(router: respx.MockRouter) -> None:
    """``workspace_id`` belongs to create, not update; ``limit`` not to get."""
    assert _reject(router, "update", {"id": "g1", "workspace_id": "w"}).parameter == "workspace_id"
    assert _reject(router, "get", {"id": "g1", "limit": 5}).parameter == "limit"


@pytest.mark.parametrize(
    ("header", "value"),
    [("http_referer", 1), ("x_open_router_title", b"bytes"), ("x_open_router_categories", ["a"])],
)
@pytest.mark.parametrize("name", ["get", "create", "list"])
def test_non_string_header_is_rejected(
    router: respx.MockRouter, name: str, header: str, value: Any
) -> None:
    """A per-call app header that is not a string fails, naming it."""
    assert _reject(router, name, {**MINIMAL_KWARGS[name], header: value}).parameter == header


def test_non_string_extra_header_is_rejected(router: respx.MockRouter) -> None:
    """An ``extra_headers`` value that is not a string fails, naming the header."""
    error = _reject(router, "get", {"id": "g1", "extra_headers": {"X-Count": 3}})
    assert error.parameter == "extra_headers['X-Count']"


def test_async_operations_validate_before_sending(router: respx.MockRouter) -> None:
    """The async client checks the same rules before any request."""
    client = make_async_client()
    with pytest.raises(InvalidRequestError, match="limit"):
        asyncio.run(client.guardrails.list(limit=0))
    with pytest.raises(InvalidRequestError, match="key_hashes"):
        asyncio.run(client.guardrails.bulk_assign_keys(id="g1", key_hashes=[]))
    with pytest.raises(InvalidRequestError, match="id"):
        asyncio.run(make_client().guardrails.get_async(id=".."))
    assert router.calls.call_count == 0


# ---------------------------------------------------------------- what is sent


def _sent(router: respx.MockRouter) -> httpx.Request:
    assert router.calls.call_count == 1
    return router.calls.last.request


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ("../keys", "/api/v1/guardrails/..%2Fkeys"),
        ("../../keys", "/api/v1/guardrails/..%2F..%2Fkeys"),
        ("a b?c#d", "/api/v1/guardrails/a%20b%3Fc%23d"),
        ("%2e%2e", "/api/v1/guardrails/%252e%252e"),
    ],
)
def test_path_id_is_encoded(router: respx.MockRouter, value: str, path: str) -> None:
    """An id is one path segment: slashes, ``?``, ``#`` and ``%`` are encoded."""
    make_client().guardrails.get(id=value)
    assert _sent(router).url.raw_path == path.encode()


def test_unknown_enum_values_are_sent_as_given(router: respx.MockRouter) -> None:
    """Enum values this SDK does not know are the server's to judge: sent unchanged."""
    make_client().guardrails.create(
        name="n",
        reset_interval="yearly",
        content_filters=[{"pattern": "x", "action": "quarantine"}],
        content_filter_builtins=[
            {"slug": "new-detector", "action": "flag", "scan_scope": "tools_only"}
        ],
    )
    body = json.loads(_sent(router).content)
    assert body["reset_interval"] == "yearly"
    assert body["content_filters"] == [{"pattern": "x", "action": "quarantine"}]
    assert body["content_filter_builtins"] == [
        {"slug": "new-detector", "action": "flag", "scan_scope": "tools_only"}
    ]


def test_update_sends_only_the_fields_given(router: respx.MockRouter) -> None:
    """``update`` sends the fields named in the call and no other."""
    make_client().guardrails.update(id="g1", limit_usd=5)
    assert json.loads(_sent(router).content) == {"limit_usd": 5}


def test_update_with_no_fields_sends_an_empty_object(router: respx.MockRouter) -> None:
    """``update(id=...)`` alone sends ``{}``."""
    make_client().guardrails.update(id="g1")
    assert json.loads(_sent(router).content) == {}


def test_update_sends_null_for_none(router: respx.MockRouter) -> None:
    """``None`` sends JSON ``null`` (remove) for every nullable field."""
    nullable = [
        "allowed_models",
        "allowed_providers",
        "content_filter_builtins",
        "content_filters",
        "description",
        "enforce_zdr_anthropic",
        "ignored_models",
        "ignored_providers",
        "limit_usd",
        "reset_interval",
    ]
    make_client().guardrails.update(id="g1", **dict.fromkeys(nullable))
    assert json.loads(_sent(router).content) == dict.fromkeys(nullable)


def test_create_omits_fields_not_given(router: respx.MockRouter) -> None:
    """``create(name=...)`` sends only the name."""
    make_client().guardrails.create(name="only")
    assert json.loads(_sent(router).content) == {"name": "only"}


def test_models_and_tuples_are_accepted_in_requests(router: respx.MockRouter) -> None:
    """Generated models (and enum members) inside request lists, and tuples, are sent as JSON."""
    make_client().guardrails.create(
        name="n",
        allowed_providers=("openai", "anthropic"),
        content_filters=[
            ContentFilterEntry(pattern="sk-[a-z]+", action=ContentFilterAction.REDACT)
        ],
        content_filter_builtins=[
            ContentFilterBuiltinEntryInput.from_dict({"slug": "email", "action": "block"})
        ],
        reset_interval=GuardrailInterval.WEEKLY,
    )
    body = json.loads(_sent(router).content)
    assert body == {
        "name": "n",
        "allowed_providers": ["openai", "anthropic"],
        "content_filters": [{"pattern": "sk-[a-z]+", "action": "redact"}],
        "content_filter_builtins": [{"slug": "email", "action": "block"}],
        "reset_interval": "weekly",
    }


def test_bulk_lists_accept_tuples(router: respx.MockRouter) -> None:
    """``key_hashes`` may be any sequence of strings; it is sent as a JSON list."""
    make_client().guardrails.bulk_assign_keys(id="g1", key_hashes=("h1", "h2"))
    assert json.loads(_sent(router).content) == {"key_hashes": ["h1", "h2"]}


def test_list_none_values_are_not_sent(router: respx.MockRouter) -> None:
    """``limit=None``, ``offset=None``, ``workspace_id=None`` mean "not given"."""
    router.route().mock(return_value=httpx.Response(200, json={"data": [], "total_count": 0}))
    make_client().guardrails.list(limit=None, offset=None, workspace_id=None)
    assert _sent(router).url.query == b""


def test_boundary_values_are_accepted(router: respx.MockRouter) -> None:
    """``limit`` 1 and 100, ``offset`` 0 and a 200-character name are valid."""
    router.route().mock(return_value=httpx.Response(200, json={"data": [], "total_count": 0}))
    client = make_client()
    client.guardrails.list(limit=1, offset=0)
    client.guardrails.list(limit=100)
    assert router.calls.call_count == 2
    router.route().mock(return_value=httpx.Response(200, json={"data": GUARDRAIL}))
    client.guardrails.create(name="x" * 200, description="d" * 1000)
    assert router.calls.call_count == 3


# ---------------------------------------------------------------- the schema compiler


def test_compiled_checks_of_rarer_schema_shapes() -> None:
    """Schemas without a type, items or keywords check only what they say."""
    assert _compile({}, {})(object(), "v") is None
    assert _compile({"minimum": 1}, {})("text", "v") is None
    assert _compile({"minimum": 1}, {})(0, "v") == ("v", "must be at least 1 (got 0)")
    assert _compile({"minItems": 2}, {})([1], "v") == ("v", "must have at least 2 items")
    assert _compile({"minItems": 1}, {})([object()], "v") is None
    assert _compile({"properties": {"a": {"type": "string"}}}, {})("not a mapping", "v") is None
    assert _compile({"minLength": 3}, {})("ab", "v") == ("v", "must be at least 3 characters")


def test_self_referencing_schema_compiles_and_checks_deeply() -> None:
    """A schema that refers to itself compiles once and checks every level."""
    name = "TestValidationSelfReferencingNode"
    schemas = {
        name: {
            "type": "object",
            "properties": {"next": {"$ref": f"#/components/schemas/{name}"}},
        }
    }
    check = _compile({"$ref": f"#/components/schemas/{name}"}, schemas)
    assert check({"next": {"next": {}}}, "") is None
    assert check({"next": {"next": 5}}, "") == ("next.next", "must be an object, not int")


def test_an_operation_record_without_its_compiled_contract_is_an_error() -> None:
    """An operation record made without a loader of its checks is a programming error, named
    as such, not a silent pass."""
    from openrouter_guardrails._operations import Operation
    from openrouter_guardrails._validation import check_parameters

    record = Operation(
        name="nothing", operation_id="noSuchOperation", method="get", path="/", response_name=""
    )
    with pytest.raises(RuntimeError, match="no compiled contract"):
        check_parameters(record, {})


def test_any_of_reports_the_first_problem(router: respx.MockRouter) -> None:
    """A value that fits no option of an ``anyOf`` reports the first option's problem."""
    error = _reject(router, "update", {"id": "g1", "reset_interval": 5})
    assert error.parameter == "reset_interval"
    assert "must be a string" in error.problem


def test_body_json_cannot_encode_is_an_invalid_request(
    router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checked body is sent as it is; a value in it that JSON has no form for (here let
    past a check that accepts anything) is an ``InvalidRequestError`` naming the body, and
    nothing is sent."""
    from openrouter_guardrails import _base_client

    monkeypatch.setattr(_base_client, "check_body", lambda *args: None)
    error = _reject(router, "create", {"name": {1, 2}})
    assert error.parameter == "body"
    assert "cannot be encoded" in str(error)
    assert "set is not JSON serializable" in str(error)


def test_checked_body_is_sent_as_given(router: respx.MockRouter) -> None:
    """The JSON sent is the body as given and checked (no model in between): every field,
    nested filters included, arrives as the caller wrote it."""
    body = {
        "name": "n",
        "content_filters": [{"pattern": "x+", "action": "block", "label": None}],
        "content_filter_builtins": [{"slug": "email", "action": "redact"}],
        "allowed_models": ["openai/gpt-4o"],
        "limit_usd": 2.5,
    }
    make_client().guardrails.create(**body)
    assert json.loads(router.calls.last.request.content) == body


def test_an_array_longer_than_max_items_is_named_before_sending() -> None:
    """``maxItems`` is compiled into the first-problem checks (a query array or a body list
    with more items than the contract allows is refused with the count)."""
    check = _compile({"type": "array", "items": {"type": "string"}, "maxItems": 2})
    assert check(["a", "b"], "ids") is None
    assert check(["a", "b", "c"], "ids") == ("ids", "must have at most 2 items (got 3)")
    assert check(["a", 1], "ids") == ("ids[1]", "must be a string, not int")


def test_a_string_that_misses_its_pattern_is_named() -> None:
    check = _compile({"type": "string", "pattern": "^[a-z]+$"})
    assert check("abc", "slug") is None
    assert check("ab1", "slug") == ("slug", "must match the pattern ^[a-z]+$")


def test_a_keyword_the_checks_do_not_compile_stops_generation() -> None:
    """A check that silently passes is worse than none: generation stops, naming the
    keyword and where to teach it."""
    from generator.checks import NotCompiled

    with pytest.raises(NotCompiled, match=r"uniqueItems.*generator/checks\.py"):
        _compile({"type": "array", "uniqueItems": True})
