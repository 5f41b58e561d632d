"""The API key stays secret: held redacted, absent from the frames of configuration errors,
redacted from errors when a server or proxy echoes it, and never sent in clear through a
proxy or to a host that is not this machine."""

from __future__ import annotations

import http.server
import json
import pickle
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from client_support import API_KEY, BASE_URL, GUARDRAIL, make_client

from openrouter_guardrails import OpenRouter, errors
from openrouter_guardrails._secret import Secret


def _sdk_frames_locals(exc: BaseException) -> list[tuple[str, str, object]]:
    """``(function, name, value)`` of every local of the traceback's frames, the test's own
    frame (which passes the key as a literal) left out."""
    frames = [frame for frame, _ in traceback.walk_tb(exc.__traceback__)][1:]
    assert frames, "the error was raised by the SDK"
    return [
        (frame.f_code.co_name, name, value)
        for frame in frames
        for name, value in frame.f_locals.items()
    ]


def test_the_key_is_held_as_a_secret_that_redacts_itself() -> None:
    """``client._api_key`` is a ``Secret``: its ``repr``/``str`` do not show the key."""
    client = make_client()
    secret = client._api_key
    assert isinstance(secret, Secret)
    assert API_KEY not in repr(secret) and API_KEY not in str(secret)
    assert secret.reveal() == API_KEY
    assert API_KEY not in repr(client)


def test_a_secret_is_not_pickled() -> None:
    """Pickling a ``Secret`` is refused: it would write the key out."""
    with pytest.raises(TypeError):
        pickle.dumps(Secret(API_KEY))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"server_url": "ftp://example.com"},
        {"server_url": "http://evil.localhost"},
        {"server_url": "https://a", "base_url": "https://b"},
        {"timeout": -1},
        {"timeout": 1, "timeout_ms": 1000},
        {"http_referer": "bad\nvalue"},
        {"default_headers": {"X": "\u00e9"}},
        {"max_response_bytes": 0},
        {"retry_config": "sometimes"},
    ],
)
def test_no_frame_of_a_configuration_error_holds_the_key(kwargs: dict[str, Any]) -> None:
    """What ``pytest --showlocals`` or Sentry print of a constructor's error: no local of any
    frame is the key, or shows it in its ``repr``."""
    with pytest.raises(Exception) as info:
        OpenRouter(api_key=API_KEY, **kwargs)
    leaks = [
        (function, name)
        for function, name, value in _sdk_frames_locals(info.value)
        if value == API_KEY or API_KEY in _safe_repr(value)
    ]
    assert leaks == []


def _safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:
        return ""


def _echo(request: httpx.Request) -> str:
    return request.headers["authorization"]


@pytest.mark.parametrize("status", [401, 403, 500, 520, 200])
@pytest.mark.parametrize(
    "body",
    [
        lambda auth: json.dumps({"error": {"code": 401, "message": f"bad header {auth}"}}),
        lambda auth: f"<html>proxy error: you sent {auth}</html>",
        lambda auth: json.dumps({"message": f"you sent {auth}"}),
        lambda auth: json.dumps({"echo": auth.replace("/", "\\/")}),
    ],
    ids=["envelope", "html", "message", "json-escaped"],
)
def test_an_echoed_key_is_redacted_from_errors(status: int, body: Callable[[str], str]) -> None:
    """A server or proxy that echoes the ``Authorization`` header (in its error message, its
    body or a header) gives an error whose message, ``str``, ``body`` and ``headers`` hold
    ``<redacted>`` where the key was."""

    def handler(request: httpx.Request) -> httpx.Response:
        auth = _echo(request)
        return httpx.Response(
            status,
            content=body(auth).encode(),
            headers={"x-echo-authorization": auth, "content-type": "text/plain"},
        )

    client = make_client(
        client=httpx.Client(transport=httpx.MockTransport(handler)), retry_config="none"
    )
    with pytest.raises(errors.APIError) as info:
        client.guardrails.get(id="g1")
    error = info.value
    for text in (str(error), error.message, error.body, repr(error), str(dict(error.headers))):
        assert API_KEY not in text
    assert "<redacted>" in error.body
    assert error.headers["x-echo-authorization"] == "Bearer <redacted>"
    if error.data is not None:  # the parsed envelope is read from the redacted body
        assert API_KEY not in error.data.to_json()
        assert "<redacted>" in error.data.to_json()


def test_an_echoed_key_is_redacted_from_a_connection_error() -> None:
    """A transport error whose text quotes the key (a proxy's refusal) is redacted too."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {request.headers['authorization']}")

    client = make_client(
        client=httpx.Client(transport=httpx.MockTransport(handler)), retry_config="none"
    )
    with pytest.raises(errors.APIConnectionError) as info:
        client.guardrails.get(id="g1")
    assert API_KEY not in str(info.value) and "<redacted>" in str(info.value)


class _LocalServer:
    """An HTTP server on 127.0.0.1 that answers a guardrail and counts what it received."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.paths.append(self.path)
                body = json.dumps({"data": GUARDRAIL}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v1"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> _LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def local_server() -> Iterator[_LocalServer]:
    """A local HTTP server for the duration of a test."""
    with _LocalServer() as server:
        yield server


@pytest.fixture
def proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> str:
    """Proxy variables pointing at a port where nothing listens (a request through them
    would fail), and no ``NO_PROXY``."""
    proxy = "http://127.0.0.1:9"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return proxy


def test_plain_http_is_never_sent_through_a_proxy_from_the_environment(
    local_server: _LocalServer, proxy_in_environment: str
) -> None:
    """With ``HTTP_PROXY`` set, the client the SDK builds still connects to the local server
    itself: the key never goes in clear to the proxy."""
    with OpenRouter(api_key=API_KEY, server_url=local_server.url) as client:
        assert client.guardrails.get(id="g1").data.id == GUARDRAIL["id"]
    assert local_server.paths == ["/api/v1/guardrails/g1"]


def test_your_httpx_client_with_a_proxy_for_plain_http_is_refused(
    local_server: _LocalServer, proxy_in_environment: str
) -> None:
    """An httpx client of yours that would route plain http through a proxy is refused
    with ``InsecureTransportError`` before anything is sent."""
    with (
        httpx.Client() as own,
        OpenRouter(api_key=API_KEY, server_url=local_server.url, client=own) as client,
        pytest.raises(errors.InsecureTransportError, match="proxy"),
    ):
        client.guardrails.get(id="g1")
    assert local_server.paths == []


def test_a_per_call_server_url_follows_the_same_rule() -> None:
    """``server_url=`` on a call is checked like the client's: plain http to a name that
    may resolve elsewhere is refused before sending."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=httpx.Response(200))
        with pytest.raises(errors.InsecureTransportError):
            make_client().guardrails.get(id="g1", server_url="http://evil.localhost/api/v1")
    assert not route.called


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def test_a_200_that_is_not_json_and_echoes_the_key_keeps_it_nowhere() -> None:
    """Error trackers record chained exceptions: none of the chain holds the key (the JSON
    decoder's error, whose ``doc`` is the body, is not kept as the context)."""
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(
            side_effect=lambda request: httpx.Response(
                200, text=f"<html>you sent {request.headers['authorization']}</html>"
            )
        )
        with pytest.raises(errors.ResponseValidationError) as info:
            make_client().guardrails.get(id="g1")
    for exc in _chain(info.value):
        assert API_KEY not in repr(vars(exc)), type(exc)
        assert API_KEY not in str(exc)
    assert info.value.__context__ is None


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("k", "Name or service not known", "Name or service not known"),
        ("k", 'key=k, "k" and k.', 'key=<redacted>, "<redacted>" and <redacted>.'),
        ("abc", "abcdef abc", "abcdef <redacted>"),
        ("sk-or-v1-" + "0" * 16, "x sk-or-v1-" + "0" * 16 + "ff", "x <redacted>ff"),
    ],
)
def test_redaction_never_alters_the_rest_of_a_message(key: str, text: str, expected: str) -> None:
    """A short key is redacted where it stands alone, never out of a word ("known"); a key
    as long as a real one, wherever it shows."""
    assert Secret(key).redact(text) == expected
