"""A client that survives a hostile server: every failure is an error of the SDK's tree (odd
charsets, broken encodings, lone surrogates in arguments), a response's decoded size is
capped while it is read, and a listing stops when the server makes no progress."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from client_support import (
    BASE_URL,
    CASES,
    CASES_BY_NAME,
    GUARDRAIL,
    MINIMAL_KWARGS,
    OPERATION_NAMES,
    make_async_client,
    make_client,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openrouter_guardrails import _constants as C
from openrouter_guardrails import errors

#: Generated hostile bodies per operation: a bounded number in CI; a fuzz run sets more
#: (``HOSTILE_EXAMPLES=2000 pytest tests/test_client_hostile.py -k hostile_responses``).
HOSTILE_EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "40"))
ODD_CHARSETS = ["idna", "punycode", "undefined", "x-no-such-codec", "rot13", "base64", "utf-16"]


def _own_client(handler: Any) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def _call(client: Any, name: str) -> Any:
    result = getattr(client.guardrails, name)(**MINIMAL_KWARGS[name])
    if CASES_BY_NAME[name].paginated:
        list(result)  # walk every page
    return result


# ---------------------------------------------------------------- charsets and decoding


@pytest.mark.parametrize("charset", ODD_CHARSETS)
@pytest.mark.parametrize("status", [200, 404, 500, 520])
def test_an_odd_charset_gives_an_sdk_error_on_any_status(charset: str, status: int) -> None:
    """A body in a charset Python cannot decode with ``errors="replace"`` (``idna``,
    ``punycode``) or does not know raises the status's SDK error, with the body as text."""
    body = b"\xff\xfe not json \xe2\x82"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": f"text/plain; charset={charset}"}
        return httpx.Response(status, content=body, headers=headers)

    client = make_client(client=_own_client(handler), retry_config="none")
    with pytest.raises(errors.APIError) as info:
        client.guardrails.get(id="g1")
    assert info.value.status_code == status
    assert isinstance(info.value.body, str)
    if charset != "utf-16":  # a charset Python decodes: the text is what UTF-16 reads
        assert "not json" in info.value.body


@pytest.mark.parametrize("charset", ODD_CHARSETS)
def test_an_odd_charset_on_a_valid_json_body_is_read(charset: str) -> None:
    """The charset of a JSON body does not matter to the parser: a valid body is read."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": f"application/json; charset={charset}"}
        return httpx.Response(200, content=json.dumps({"data": GUARDRAIL}), headers=headers)

    result = make_client(client=_own_client(handler)).guardrails.get(id="g1")
    assert result.data.id == GUARDRAIL["id"]


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd", "x-unknown"])
def test_a_body_that_does_not_decode_is_an_sdk_error(encoding: str) -> None:
    """A ``content-encoding`` whose bytes do not decode raises an SDK error, not httpx's."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": encoding, "content-type": "application/json"}
        return httpx.Response(200, content=b"\x00\x01 not compressed", headers=headers)

    client = make_client(client=_own_client(handler), retry_config="none")
    with pytest.raises(errors.OpenRouterError):
        client.guardrails.get(id="g1")


# ---------------------------------------------------------------- lone surrogates


@pytest.mark.parametrize(
    ("name", "kwargs", "parameter"),
    [
        ("create", {"name": "a\ud800"}, "name"),
        ("get", {"id": "\udcff"}, "id"),
        ("delete", {"id": "g\ud800"}, "id"),
        ("update", {"id": "g1", "description": "x\udfff"}, "description"),
        ("bulk_assign_keys", {"id": "g1", "key_hashes": ["ok", "\ud800"]}, "key_hashes[1]"),
        ("list", {"workspace_id": "\ud800"}, "workspace_id"),
        ("create", {"name": "n", "allowed_models": ["\ud800"]}, "allowed_models[0]"),
        ("get", {"id": "g1", "extra_query": {"q": "\ud800"}}, "extra_query['q']"),
        ("create", {"name": "n", "extra_body": {"f": ["\udc80"]}}, "extra_body['f'][0]"),
    ],
)
def test_a_lone_surrogate_in_an_argument_is_refused_before_sending(
    name: str, kwargs: dict[str, Any], parameter: str
) -> None:
    """A string UTF-8 cannot encode raises ``InvalidRequestError`` naming where it is, and
    nothing is sent (it was a ``UnicodeEncodeError`` from deep inside httpx)."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(500))
        with pytest.raises(errors.InvalidRequestError) as info:
            getattr(make_client().guardrails, name)(**kwargs)
    assert info.value.parameter == parameter
    assert "surrogate" in str(info.value)
    assert not route.called


def test_a_lone_surrogate_is_refused_by_the_async_client_too() -> None:
    """The async client runs the same check before sending."""

    async def main() -> None:
        async with make_async_client() as client:
            with pytest.raises(errors.InvalidRequestError, match="surrogate"):
                await client.guardrails.get(id="\udcff")

    asyncio.run(main())


# ---------------------------------------------------------------- size cap


class _CountingStream(httpx.SyncByteStream):
    """A body given in chunks, counting how many the client pulled."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


def _gzip_bomb_chunks(mebibytes: int) -> list[bytes]:
    """A gzip stream of ``mebibytes`` MiB of spaces, cut into one chunk per MiB of output."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    megabyte = b" " * (1024 * 1024)
    chunks = [
        compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
        for _ in range(mebibytes)
    ]
    chunks.append(compressor.flush())
    return chunks


@pytest.mark.parametrize("status", [200, 500])
def test_a_gzip_bomb_stops_at_the_cap_without_being_decoded_whole(status: int) -> None:
    """A compressed body that decodes past ``max_response_bytes`` raises
    ``ResponseTooLargeError`` after the chunk that passed the cap: the rest is never read."""
    stream = _CountingStream(_gzip_bomb_chunks(64))

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/json"}
        return httpx.Response(status, stream=stream, headers=headers)

    client = make_client(
        client=_own_client(handler), max_response_bytes=2 * 1024 * 1024, retry_config="none"
    )
    with pytest.raises(errors.ResponseTooLargeError) as info:
        client.guardrails.get(id="g1")
    assert info.value.status_code == status
    assert info.value.limit == 2 * 1024 * 1024
    assert "max_response_bytes" in str(info.value)
    assert stream.pulled <= 4 < len(stream.chunks)


def test_a_body_within_the_cap_is_read() -> None:
    """A gzip body whose decoded size is within the cap is decoded and parsed as usual."""
    payload = gzip.compress(json.dumps({"data": GUARDRAIL}).encode())

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/json"}
        return httpx.Response(200, content=payload, headers=headers)

    client = make_client(client=_own_client(handler), max_response_bytes=64 * 1024)
    assert client.guardrails.get(id="g1").data.id == GUARDRAIL["id"]


def test_the_cap_applies_to_the_async_client() -> None:
    """The async client stops at the same cap."""

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 5000)

    async def main() -> None:
        own = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client = make_async_client(async_client=own, max_response_bytes=4096)
        with pytest.raises(errors.ResponseTooLargeError):
            await client.guardrails.get(id="g1")
        await own.aclose()

    asyncio.run(main())


def test_the_default_cap_is_the_constant() -> None:
    """Without ``max_response_bytes`` the cap is the documented default (32 MiB)."""
    assert make_client().max_response_bytes == C.DEFAULT_MAX_RESPONSE_BYTES == 32 * 1024 * 1024


@pytest.mark.parametrize("value", [0, -1, 1.5, "big", True])
def test_a_bad_cap_is_refused(value: object) -> None:
    """``max_response_bytes`` must be a positive number of bytes."""
    with pytest.raises(ValueError, match="max_response_bytes"):
        make_client(max_response_bytes=value)


# ---------------------------------------------------------------- hostile bodies, generated

_STATUSES = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 429, 499, 500, 503, 520])
_CONTENT_TYPES = st.sampled_from(
    [None, "application/json", "text/html", "application/json; charset=utf-8"]
    + [f"text/plain; charset={c}" for c in ODD_CHARSETS]
    + ["application/json; charset=", 'application/json; charset="unterminated']
)
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


_RETRY_AFTER = st.sampled_from(
    [
        None,
        "0",
        "1e309",
        "-1",
        "nan",
        "inf",
        "garbage",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Mon, 01 Jan 0000 00:00:00 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
    ]
)


@st.composite
def _hostile_bodies(draw: st.DrawFn, name: str) -> bytes:
    """A body for ``name``: its valid answer perturbed, random JSON, or random bytes."""
    kind = draw(st.sampled_from(["perturbed", "json", "bytes", "surrogates", "deep"]))
    if kind == "bytes":
        return draw(st.binary(max_size=64))
    if kind == "json":
        return json.dumps(draw(_JSON)).encode()
    if kind == "surrogates":
        return b'{"data": {"id": "\\ud800", "name": "\\udcff"}, "error": {"message": "\\ud800"}}'
    if kind == "deep":
        return b"[" * 100_000 + b"]" * 100_000
    payload = json.loads(json.dumps(CASES_BY_NAME[name].response))
    target = payload.get("data", payload)
    if isinstance(target, list):
        target = target[0] if target else payload
    keys = sorted(target)
    if keys:
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(["drop", "replace"]))
        if action == "drop":
            del target[key]
        else:
            target[key] = draw(_JSON)
    if "total_count" in payload and draw(st.booleans()):
        payload["total_count"] = draw(_JSON)
    return json.dumps(payload).encode()


@pytest.mark.parametrize("name", OPERATION_NAMES)
@settings(
    max_examples=HOSTILE_EXAMPLES, suppress_health_check=[HealthCheck.too_slow], deadline=None
)
@given(data=st.data())
def test_hostile_responses_raise_only_sdk_errors(name: str, data: st.DataObject) -> None:
    """Whatever status, content type, encoding and body the server sends, a call returns or
    raises an error of the SDK's tree, and a listing ends."""
    status = data.draw(_STATUSES, label="status")
    content_type = data.draw(_CONTENT_TYPES, label="content-type")
    body = data.draw(_hostile_bodies(name), label="body")
    encoding = data.draw(st.sampled_from([None, "gzip", "gzip-broken", "identity"]))
    headers = {"content-type": content_type} if content_type else {}
    if encoding == "gzip":
        body = gzip.compress(body)
        headers["content-encoding"] = "gzip"
    elif encoding == "gzip-broken":
        headers["content-encoding"] = "gzip"
    elif encoding == "identity":
        headers["content-encoding"] = "identity"
    wait = data.draw(_RETRY_AFTER, label="retry-after")
    if wait is not None:
        headers[data.draw(st.sampled_from(["retry-after", "retry-after-ms"]))] = wait
    retries = data.draw(st.sampled_from(["none", "backoff"]), label="retries")
    requests = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        return httpx.Response(status, content=body, headers=headers)

    # The default clock of these clients is virtual: a retry's wait is recorded, not slept.
    client = make_client(client=_own_client(handler), retry_config=retries)
    with contextlib.suppress(errors.OpenRouterError):
        _call(client, name)
    assert requests <= 1 + C.DEFAULT_MAX_RETRIES + (C.LISTING_OVERRUN_ALLOWANCE + 200)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_operation_survives_a_deeply_nested_body(case: Any) -> None:
    """A body nested past the parser's recursion limit is a ``ResponseValidationError``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"[" * 200_000)

    with pytest.raises(errors.ResponseValidationError):
        _call(make_client(client=_own_client(handler)), case.name)


def test_an_answer_about_another_guardrail_is_a_contract_violation() -> None:
    """`get(id="g1")` answered with guardrail g2 (a proxy's answers out of step, a server's
    mix-up): tolerant reads warn and carry the violation; strict reads raise."""
    import warnings as _warnings

    from client_support import BASE_URL, GUARDRAIL, make_client

    other = {**GUARDRAIL, "id": "g2"}
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(return_value=httpx.Response(200, json={"data": other}))
        router.patch("/guardrails/g1").mock(return_value=httpx.Response(200, json={"data": other}))
        with _warnings.catch_warnings(record=True) as caught:
            _warnings.simplefilter("always")
            got = make_client().guardrails.get(id="g1").data
        assert [str(v) for v in got.contract_violations] == ["id is 'g2', not the 'g1' asked for"]
        assert any("not the 'g1' asked for" in str(w.message) for w in caught)
        with pytest.raises(errors.ResponseValidationError, match="not the 'g1' asked for"):
            make_client(strict_responses=True).guardrails.update(id="g1", name="n")
        # The answer about the guardrail asked for passes on the fast path as before.
        router.get("/guardrails/g2").mock(return_value=httpx.Response(200, json={"data": other}))
        with _warnings.catch_warnings():
            _warnings.simplefilter("error")
            assert make_client().guardrails.get(id="g2").data.id == "g2"
