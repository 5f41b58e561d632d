"""The state file: what the fake keeps across restarts, row by row, one fake at a time;
``serve`` started and stopped by SIGTERM/SIGINT in a subprocess, and killed with SIGKILL in
the middle of writes."""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeRequest,
    FakeServer,
    GuardrailsFake,
    VirtualClock,
    serve,
)
from openrouter_guardrails.testing._state import StateFileInUseError

AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
AUTH_LOWER = {"authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
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


def test_a_state_file_serves_one_fake_at_a_time(tmp_path: Path) -> None:
    """A second fake on a state file in use is refused, naming the file; once the first is
    closed the file opens again, with every change the first one made."""
    state = tmp_path / "state.sqlite"
    writer = GuardrailsFake(state_file=state, clock=VirtualClock())
    created = writer.add_guardrail(name="one")
    with pytest.raises(StateFileInUseError, match=re.escape(str(state))):
        GuardrailsFake(state_file=state)
    writer.close()
    with GuardrailsFake(state_file=state, clock=VirtualClock()) as reader:
        assert reader.guardrails == [created]
        reader.reset()
    with GuardrailsFake(state_file=state) as fake:
        assert fake.guardrails == []


def _call(fake: GuardrailsFake, method: str, path: str, body: Any = None) -> Any:
    path, _, query = path.partition("?")
    request = FakeRequest(
        method,
        "/api/v1" + path,
        query=query,
        headers=AUTH_LOWER,
        body=b"" if body is None else json.dumps(body).encode(),
    )
    response = fake.handle(request)
    assert response.status < 400, response.body
    return response.json()


@pytest.mark.parametrize("stored", [10, 2_000])
def test_a_write_saves_only_the_rows_it_changed(tmp_path: Path, stored: int) -> None:
    """Saving after a request writes the rows that request changed, as many with 2,000
    guardrails stored as with 10 (the cost of a write does not grow with the state)."""
    with GuardrailsFake(state_file=tmp_path / "state.sqlite", clock=VirtualClock()) as fake:
        for n in range(stored):
            fake.add_guardrail(name=f"g{n}")
        store = fake._store
        assert store is not None
        written: dict[str, int] = {}

        def rows(what: str, method: str, path: str, body: Any = None) -> Any:
            before = store.changes
            answer = _call(fake, method, path, body)
            written[what] = store.changes - before
            return answer

        gid = rows("create", "POST", "/guardrails", {"name": "new"})["data"]["id"]
        rows("get", "GET", f"/guardrails/{gid}")
        rows("list", "GET", "/guardrails?limit=100")
        rows("update", "PATCH", f"/guardrails/{gid}", {"limit_usd": 3})
        rows("assign", "POST", f"/guardrails/{gid}/assignments/keys", {"key_hashes": ["a", "b"]})
        rows("delete", "DELETE", f"/guardrails/{gid}")
    assert written["get"] == written["list"] == 0
    assert written["create"] == written["update"] == 1
    assert written["assign"] <= 3
    assert written["delete"] <= 3


Op = tuple[str, int, int]
OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "create",
                "update",
                "delete",
                "assign_key",
                "unassign_key",
                "assign_member",
                "unassign_member",
                "reset",
            ]
        ),
        st.integers(0, 5),
        st.integers(0, 3),
    ),
    max_size=30,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
@example(  # a key moved to another guardrail, then an update in place
    ops=[
        ("create", 0, 0),
        ("create", 1, 0),
        ("assign_key", 0, 0),
        ("assign_key", 0, 1),
        ("assign_key", 1, 0),
        ("update", 1, 3),
    ]
)
def test_the_file_holds_what_memory_holds_in_the_same_order(ops: list[Op]) -> None:
    """After any sequence of writes, a fake reopened on the file has the same guardrails and
    assignments in the same order (a key moved to another guardrail goes last, as in memory)."""
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "state.sqlite"
        with GuardrailsFake(state_file=state, clock=VirtualClock(), seed=1) as fake:
            for kind, index, other in ops:
                ids = [g["id"] for g in fake.guardrails]
                if kind == "create":
                    _call(fake, "POST", "/guardrails", {"name": f"g{index}"})
                    continue
                if kind == "reset":
                    fake.reset()
                    continue
                if not ids:
                    continue
                gid = ids[index % len(ids)]
                base = f"/guardrails/{gid}"
                if kind == "update":
                    _call(fake, "PATCH", base, {"limit_usd": other})
                elif kind == "delete":
                    _call(fake, "DELETE", base)
                elif kind in ("assign_key", "unassign_key"):
                    path = base + "/assignments/keys" + ("/remove" if "un" in kind else "")
                    _call(fake, "POST", path, {"key_hashes": [f"k{other}"]})
                else:
                    path = base + "/assignments/members" + ("/remove" if "un" in kind else "")
                    _call(fake, "POST", path, {"member_user_ids": [f"u{other}"]})
            expected = (fake.guardrails, fake.key_assignments, fake.member_assignments)
        with GuardrailsFake(state_file=state, clock=VirtualClock()) as reopened:
            found = (reopened.guardrails, reopened.key_assignments, reopened.member_assignments)
    assert found == expected


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


def test_nothing_answered_is_lost_to_kill_9(tmp_path: Path) -> None:
    """Writers create and update while the server is killed with SIGKILL; restarted on the
    same file, it has every create and update that was answered (and nothing more than the
    requests in flight)."""
    state = tmp_path / "state.sqlite"
    writers = 8
    process, base_url = start_serve(state)
    answered: dict[str, float] = {}
    lock = threading.Lock()

    def writer(n: int) -> None:
        with httpx.Client(base_url=base_url, headers=AUTH, timeout=10.0) as http:
            for r in range(100_000):
                try:
                    made = http.post("/guardrails", json={"name": f"w{n}-{r}", "limit_usd": 0})
                    gid = made.json()["data"]["id"]
                    with lock:
                        answered[gid] = 0.0
                    updated = http.patch(f"/guardrails/{gid}", json={"limit_usd": 1})
                    assert updated.status_code == 200
                    with lock:
                        answered[gid] = 1.0
                except httpx.TransportError:
                    return

    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(writers)]
    try:
        for thread in threads:
            thread.start()
        for _ in range(6_000):  # at most 60 s
            with lock:
                if len(answered) >= 300:
                    break
            time.sleep(0.01)
        process.kill()
        process.wait(STOP_TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(STOP_TIMEOUT)
        close_pipes(process)
    for thread in threads:
        thread.join(STOP_TIMEOUT)
    assert not any(thread.is_alive() for thread in threads)
    assert process.returncode == -signal.SIGKILL
    assert len(answered) >= 300

    process, base_url = start_serve(state)
    try:
        stored: dict[str, float] = {}
        with httpx.Client(base_url=base_url, headers=AUTH, timeout=10.0) as http:
            for page in range(1_000):
                data = http.get("/guardrails", params={"limit": 100, "offset": page * 100})
                items = data.json()["data"]
                stored.update({g["id"]: g["limit_usd"] for g in items})
                if len(items) < 100:
                    break
    finally:
        stop_serve(process, signal.SIGTERM)
        close_pipes(process)
    missing = [gid for gid in answered if gid not in stored]
    assert missing == []
    assert all(stored[gid] >= limit for gid, limit in answered.items())
    assert len(set(stored) - set(answered)) <= writers
