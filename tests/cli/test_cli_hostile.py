"""The command line shows no traceback for what a hostile server or an odd argument brings:
a body in a charset Python cannot decode with, and a lone surrogate in an argument (what an
argument in invalid UTF-8 becomes)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from openrouter_guardrails.cli import main
from openrouter_guardrails.testing import VirtualClock


class _OddCharsetServer:
    """Answers every GET with ``status`` and a body in ``charset=idna``."""

    def __init__(self, status: int) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = b"\xff\xfe not json"
                self.send_response(status)
                self.send_header("content-type", "text/plain; charset=idna")
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

    def __enter__(self) -> _OddCharsetServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(params=[200, 404, 500])
def odd_server(request: pytest.FixtureRequest) -> Iterator[_OddCharsetServer]:
    """A server answering in an odd charset, on 127.0.0.1."""
    with _OddCharsetServer(request.param) as server:
        yield server


@pytest.mark.parametrize("command", [["get", "g1"], ["list"], ["delete", "g1"]])
def test_an_odd_charset_is_an_error_message_not_a_traceback(
    odd_server: _OddCharsetServer, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``charset=idna`` on any status: exit status 1 and one error line."""
    # The retries of a 500 wait on a virtual clock: no real backoff.
    monkeypatch.setattr("openrouter_guardrails._base_client.SystemClock", VirtualClock)
    result = CliRunner().invoke(
        main,
        ["--api-key", "sk-test", "--base-url", odd_server.url, *command],
        env={"OPENROUTER_API_KEY": None},
    )
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "command", [["get", "\udcff"], ["create", "--name", "a\ud800"], ["delete", "--yes", "g\udc80"]]
)
def test_a_lone_surrogate_argument_is_a_usage_error(command: list[str]) -> None:
    """An argument UTF-8 cannot encode is a usage error (exit status 2) naming it."""
    result = CliRunner().invoke(
        main,
        ["--api-key", "sk-test", "--base-url", "http://127.0.0.1:9/api/v1", *command],
        env={"OPENROUTER_API_KEY": None},
    )
    assert result.exit_code == 2, result.output
    assert "surrogate" in result.output
