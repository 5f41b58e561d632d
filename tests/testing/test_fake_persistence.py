"""The state file: what the fake keeps across restarts, and ``serve`` started and stopped
by SIGTERM/SIGINT in a subprocess."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeServer,
    GuardrailsFake,
    VirtualClock,
    serve,
)

AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
SERVE = (
    "import sys\n"
    "from openrouter_guardrails.testing import serve\n"
    "serve('127.0.0.1', 0, state_file=sys.argv[1])\n"
)
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


def populate(base_url: str) -> str:
    with httpx.Client(base_url=base_url, headers=AUTH, timeout=5.0) as http:
        kept = http.post("/guardrails", json={"name": "kept", "enforce_zdr": True}).json()
        doomed = http.post("/guardrails", json={"name": "doomed"}).json()
        gid = kept["data"]["id"]
        http.patch(f"/guardrails/{gid}", json={"description": "after update"})
        http.post(f"/guardrails/{gid}/assignments/keys", json={"key_hashes": ["k1", "k2"]})
        http.post(f"/guardrails/{gid}/assignments/members", json={"member_user_ids": ["u1"]})
        http.post(
            f"/guardrails/{doomed['data']['id']}/assignments/keys", json={"key_hashes": ["k3"]}
        )
        http.delete(f"/guardrails/{doomed['data']['id']}")
    return str(gid)


def snapshot(base_url: str) -> tuple[Any, ...]:
    with httpx.Client(base_url=base_url, headers=AUTH, timeout=5.0) as http:
        return (
            http.get("/guardrails").json(),
            http.get("/guardrails/assignments/keys").json(),
            http.get("/guardrails/assignments/members").json(),
        )


def test_state_survives_a_server_restart(tmp_path: Path) -> None:
    """Everything the first server was told is there after a restart on the same file."""
    state = tmp_path / "state.sqlite"
    with GuardrailsFake(state_file=state) as fake, FakeServer(fake) as server:
        gid = populate(server.base_url)
        before = snapshot(server.base_url)
    with GuardrailsFake(state_file=state) as fake, FakeServer(fake) as server:
        after = snapshot(server.base_url)
    assert after == before
    guardrails, keys, members = after
    assert [g["name"] for g in guardrails["data"]] == ["kept"]
    assert guardrails["data"][0]["description"] == "after update"
    assert [a["key_hash"] for a in keys["data"]] == ["k1", "k2"]
    assert members["data"][0]["guardrail_id"] == gid


def test_state_is_saved_after_every_change(tmp_path: Path) -> None:
    """A change is in the file as soon as its request is answered (no clean stop needed)."""
    state = tmp_path / "state.sqlite"
    writer = GuardrailsFake(state_file=state, clock=VirtualClock())
    created = writer.add_guardrail(name="one")
    reader = GuardrailsFake(state_file=state, clock=VirtualClock())
    assert reader.guardrails == [created]
    writer.reset()
    assert GuardrailsFake(state_file=state).guardrails == []
    for fake in (writer, reader):
        fake.close()


def test_failed_requests_do_not_touch_the_file(tmp_path: Path) -> None:
    """A rejected request leaves the saved state as it was."""
    state = tmp_path / "state.sqlite"
    with GuardrailsFake(state_file=state) as fake:
        fake.add_guardrail(name="one")
        with pytest.raises(ValueError):
            fake.add_guardrail(name="")
    with GuardrailsFake(state_file=state) as fake:
        assert [g["name"] for g in fake.guardrails] == ["one"]


def test_state_file_of_another_version_is_refused(tmp_path: Path) -> None:
    """A state file written by an incompatible version raises instead of being misread."""
    import sqlite3

    state = tmp_path / "state.sqlite"
    with sqlite3.connect(state) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(ValueError, match="version 99"):
        GuardrailsFake(state_file=state)


def test_serve_in_a_thread_until_stopped() -> None:
    """serve() announces its server and returns when its stop event is set."""
    stop = threading.Event()
    ready: list[FakeServer] = []
    fake = GuardrailsFake(clock=VirtualClock())

    def announce(server: FakeServer) -> None:
        ready.append(server)

    thread = threading.Thread(
        target=serve,
        args=("127.0.0.1", 0),
        kwargs={"fake": fake, "stop": stop, "on_ready": announce},
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not ready and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ready, "serve() did not become ready"
    with httpx.Client(base_url=ready[0].base_url, headers=AUTH, timeout=5.0) as http:
        assert http.get("/guardrails").status_code == 200
    stop.set()
    thread.join(STOP_TIMEOUT)
    assert not thread.is_alive()
    assert not ready[0].running


def test_serve_refuses_fake_and_state_file(tmp_path: Path) -> None:
    """Passing both a fake and a state file is an error (the fake has its own)."""
    with pytest.raises(ValueError, match="not both"):
        serve("127.0.0.1", 0, tmp_path / "s.sqlite", fake=GuardrailsFake())


def start_serve(state: Path) -> tuple[subprocess.Popen[str], str]:
    """``serve`` in a subprocess on a free port of 127.0.0.1; its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(state)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=START_TIMEOUT):
            process.kill()
            process.wait(STOP_TIMEOUT)
            pytest.fail("serve() printed nothing in time")
    line = process.stdout.readline().strip()
    assert "listening on http://127.0.0.1:" in line, line
    return process, line.rsplit(" ", 1)[-1]


def stop_serve(process: subprocess.Popen[str], signum: int) -> int:
    process.send_signal(signum)
    try:
        return process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(STOP_TIMEOUT)
        raise


def close_pipes(process: subprocess.Popen[str]) -> None:
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_subprocess_stops_on_signal_and_keeps_state(tmp_path: Path, signum: int) -> None:
    """serve() in a subprocess stops cleanly on the signal; restarted, it has the state."""
    state = tmp_path / "state.sqlite"
    process, base_url = start_serve(state)
    try:
        gid = populate(base_url)
        before = snapshot(base_url)
    finally:
        code = stop_serve(process, signum)
        close_pipes(process)
    assert code == 0
    with pytest.raises(httpx.TransportError):
        httpx.get(base_url + "/guardrails", headers=AUTH, timeout=2.0)
    process, base_url = start_serve(state)
    try:
        assert snapshot(base_url) == before
        with httpx.Client(base_url=base_url, headers=AUTH, timeout=5.0) as http:
            assert http.get(f"/guardrails/{gid}").status_code == 200
    finally:
        code = stop_serve(process, signal.SIGTERM)
        close_pipes(process)
    assert code == 0
