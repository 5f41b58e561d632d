"""The command line never takes a value of the wrong type for a valid one: a server that
answers ``{"deleted": false}`` or an assignment with a null ``key_hash`` gets a clear outcome,
not "deleted" nor a traceback."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest
from cli_support import check_result
from click.testing import CliRunner

from openrouter_guardrails._contract import document as contract
from openrouter_guardrails.cli import main

API_KEY = "sk-or-v1-broken-responses-test"
Answer = Callable[[str, str], Any]


def _guardrail() -> dict[str, Any]:
    return copy.deepcopy(contract()["components"]["schemas"]["Guardrail"]["example"])


@pytest.fixture
def serve() -> Iterator[Callable[[Answer], str]]:
    """Start a loopback server answering 200 with ``answer(method, path)`` as JSON; its URL."""
    servers: list[ThreadingHTTPServer] = []

    def start(answer: Answer) -> str:
        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                body = json.dumps(answer(self.command, urlsplit(self.path).path)).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_DELETE = do_POST = do_PATCH = _reply

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/api/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def run(base_url: str, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--base-url", base_url, "--api-key", API_KEY, *args])
    check_result(result, (API_KEY,))
    return result


def test_delete_answered_deleted_false_is_not_reported_deleted(serve: Any) -> None:
    """{"deleted": false}: exit 1, saying the deletion was not confirmed; never "deleted"."""
    url = serve(lambda method, path: {"deleted": False})
    result = run(url, "delete", "g1", "--yes")
    assert result.exit_code == 1
    assert "did not confirm the deletion of g1" in result.stderr
    assert "deleted g1" not in result.stdout


def test_delete_answered_deleted_true_is_reported_deleted(serve: Any) -> None:
    """{"deleted": true}: exit 0 and "deleted ID"."""
    url = serve(lambda method, path: {"deleted": True})
    result = run(url, "delete", "g1", "--yes")
    assert result.exit_code == 0, result.output
    assert result.stdout == "deleted g1\n"


def test_export_leaves_out_an_assignment_whose_key_hash_is_null(serve: Any) -> None:
    """An assignment with a null key_hash: export exits 0, leaves it out and says so."""
    guardrail = _guardrail()
    good = copy.deepcopy(contract()["components"]["schemas"]["KeyAssignment"]["example"])
    bad = {**good, "id": "a2", "key_hash": None}

    def answer(method: str, path: str) -> Any:
        if path.endswith("/assignments/keys"):
            return {"data": [good, bad], "total_count": 2}
        if path.endswith("/assignments/members"):
            return {"data": [], "total_count": 0}
        return {"data": [guardrail], "total_count": 1}

    result = run(serve(answer), "export", "-o", "-")
    assert result.exit_code == 0, result.output
    exported = json.loads(result.stdout)
    assert exported["guardrails"][0]["key_hashes"] == [good["key_hash"]]
    assert "left out" in result.stderr
