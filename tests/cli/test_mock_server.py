"""``openrouter-guardrails mock-server`` as a real process on 127.0.0.1: it announces its URL,
serves the SDK, stops cleanly on SIGTERM (exit 0) and Ctrl-C (exit 130, the convention of
every command) and keeps its state in the --state file."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cli_support import check_result
from click.testing import CliRunner

from openrouter_guardrails import OpenRouterGuardrails, testing
from openrouter_guardrails.cli import main
from openrouter_guardrails.errors import UnauthorizedResponseError
from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY

START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0
ANNOUNCED = re.compile(r"listening on (http://127\.0\.0\.1:\d+/api/v1)$")


@dataclass
class MockServer:
    """A running ``mock-server`` process and the lines it printed."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def next_line(self, timeout: float) -> str | None:
        """The next stdout line (``None`` at end of output); fails after ``timeout`` s."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"mock-server printed nothing for {timeout} s; so far: {self.seen}")
        if line is not None:
            self.seen.append(line)
        return line

    def base_url(self) -> str:
        """Wait for the announcement and return the base URL it gives."""
        while True:
            line = self.next_line(START_TIMEOUT)
            if line is None:
                pytest.fail(f"mock-server ended before listening: {self.seen}")
            found = ANNOUNCED.search(line)
            if found:
                return found.group(1)

    def stop(self, signum: int) -> int:
        """Send ``signum``; the exit status, within STOP_TIMEOUT."""
        self.process.send_signal(signum)
        return self.process.wait(STOP_TIMEOUT)

    def rest(self) -> list[str]:
        """Every line printed after the ones already read (the process has ended)."""
        while self.next_line(STOP_TIMEOUT) is not None:
            pass
        return self.seen


def _pump(stream: Iterator[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


@contextmanager
def mock_server(*args: str) -> Iterator[MockServer]:
    """Run `python -m openrouter_guardrails mock-server ARGS`; killed if still running."""
    process = subprocess.Popen(
        [sys.executable, "-m", "openrouter_guardrails", "mock-server", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    running = MockServer(process)
    reader = threading.Thread(target=_pump, args=(process.stdout, running.lines), daemon=True)
    reader.start()
    try:
        yield running
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(STOP_TIMEOUT)
        reader.join(STOP_TIMEOUT)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_mock_server_serves_stops_on_sigterm_and_keeps_state(tmp_path: Path) -> None:
    """A guardrail made through the mock server is there after SIGTERM (exit 0) and restart."""
    state = tmp_path / "state.sqlite"
    args = ("--host", "127.0.0.1", "--port", "0", "--state", str(state))
    with mock_server(*args) as first:
        url = first.base_url()
        with OpenRouterGuardrails(api_key=DEFAULT_MANAGEMENT_KEY, server_url=url) as client:
            made = client.guardrails.create(name="Kept", limit_usd=25, reset_interval="weekly").data
            client.guardrails.bulk_assign_keys(id=made.id, key_hashes=["k1", "k2"])
        assert first.stop(signal.SIGTERM) == 0
        printed = first.rest()
    assert f"state kept in {state}" in printed
    assert printed[-1] == "stopped"
    assert state.exists()

    with mock_server(*args) as second:
        url = second.base_url()
        with OpenRouterGuardrails(api_key=DEFAULT_MANAGEMENT_KEY, server_url=url) as client:
            found = client.guardrails.get(id=made.id).data
            assert (found.name, found.limit_usd, found.reset_interval) == ("Kept", 25, "weekly")
            assert [g.id for g in client.guardrails.list()] == [made.id]
            keys = client.guardrails.list_guardrail_key_assignments(id=made.id)
            assert sorted(a.key_hash for a in keys) == ["k1", "k2"]
        assert second.stop(signal.SIGINT) == 130
        assert second.rest()[-1] == "stopped"


def test_mock_server_custom_management_key(tmp_path: Path) -> None:
    """`--management-key K` makes K the accepted key; the default one is then refused."""
    custom = "sk-or-v1-custom-mock-key"
    with mock_server("--port", "0", "--management-key", custom) as running:
        url = running.base_url()
        assert running.next_line(START_TIMEOUT) == f"management key(s): {custom}"
        with OpenRouterGuardrails(api_key=custom, server_url=url) as client:
            assert client.guardrails.create(name="ok").data.name == "ok"
        with (
            OpenRouterGuardrails(api_key=DEFAULT_MANAGEMENT_KEY, server_url=url) as client,
            pytest.raises(UnauthorizedResponseError),
        ):
            client.guardrails.list().data  # noqa: B018
        assert running.stop(signal.SIGTERM) == 0


def test_mock_server_port_in_use_exits_1_with_a_message() -> None:
    """A port already taken on 127.0.0.1 exits 1 saying it cannot listen (no traceback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with mock_server("--host", "127.0.0.1", "--port", str(port)) as running:
            code = running.process.wait(START_TIMEOUT)
            assert running.process.stderr is not None
            stderr = running.process.stderr.read()
    assert code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in stderr
    assert "Traceback" not in stderr


def _other_version(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (None, "unable to open database file"),
        (lambda path: path.write_text("not a database"), "file is not a database"),
        (_other_version, "version 99"),
    ],
    ids=["missing-directory", "not-sqlite", "other-version"],
)
def test_mock_server_unusable_state_file_is_a_usage_error(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, make: object, needle: str
) -> None:
    """A --state file that cannot be used exits 2 naming it, before serving (no traceback)."""

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("mock-server started serving")

    monkeypatch.setattr(testing, "serve", never)
    state = tmp_path / "state.sqlite" if make is not None else tmp_path / "no" / "state.sqlite"
    if callable(make):
        make(state)
    result = runner.invoke(main, ["mock-server", "--port", "0", "--state", str(state)])
    check_result(result)
    assert result.exit_code == 2, result.output
    assert "--state" in result.stderr
    assert str(state) in result.stderr
    assert needle in result.stderr


def test_a_second_mock_server_on_the_same_state_refuses_to_start(tmp_path: Path) -> None:
    """While one mock-server holds a --state file, a second one exits 2 naming the file (no
    traceback), and the first one goes on serving."""
    state = tmp_path / "state.sqlite"
    with mock_server("--port", "0", "--state", str(state)) as first:
        url = first.base_url()
        with mock_server("--port", "0", "--state", str(state)) as second:
            code = second.process.wait(START_TIMEOUT)
            assert second.process.stderr is not None
            stderr = second.process.stderr.read()
        assert code == 2
        assert f"{state} is in use by another server" in stderr
        assert "Traceback" not in stderr
        with OpenRouterGuardrails(api_key=DEFAULT_MANAGEMENT_KEY, server_url=url) as client:
            assert client.guardrails.create(name="still serving").data.name == "still serving"
        assert first.stop(signal.SIGTERM) == 0


@pytest.mark.parametrize(("given", "kept"), [([], None), (["--request-log", "7"], 7)])
def test_mock_server_request_log_size(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, given: list[str], kept: int | None
) -> None:
    """--request-log N makes the served fake keep its N newest requests; without it, the
    testing kit's default."""
    from openrouter_guardrails.testing._state import DEFAULT_REQUEST_LOG_SIZE

    served: list[testing.GuardrailsFake] = []

    def capture(*args: object, fake: testing.GuardrailsFake, **kwargs: object) -> None:
        served.append(fake)

    monkeypatch.setattr(testing, "serve", capture)
    result = runner.invoke(main, ["mock-server", "--port", "0", *given])
    check_result(result)
    assert result.exit_code == 0, result.output
    (fake,) = served
    assert fake.requests.maxlen == (DEFAULT_REQUEST_LOG_SIZE if kept is None else kept)  # type: ignore[attr-defined]
