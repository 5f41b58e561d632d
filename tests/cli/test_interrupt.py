"""Ctrl-C: the command line run as a subprocess and sent SIGINT while a request is in flight
(answers held back by the fake's injected latency, on 127.0.0.1). Every wait is bounded."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer, GuardrailsFake

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process group")

#: The most any single wait of these tests lasts (seconds).
WAIT = 20.0
FORMAT = "openrouter-guardrails-export"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """A fresh fake API over HTTP on 127.0.0.1, stopped after the test."""
    with FakeServer(GuardrailsFake(), host="127.0.0.1", port=0) as running:
        yield running
    running.fake.close()


#: ``python -m openrouter_guardrails``, with Ctrl-C acting as it does for a command typed at
#: a shell even when the test run was started with SIGINT ignored (as a shell's background
#: job is, and its children inherit it).
CLI = [
    sys.executable,
    "-c",
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "import runpy; runpy.run_module('openrouter_guardrails', run_name='__main__')",
]


def start(server: FakeServer, *args: str) -> subprocess.Popen[str]:
    """``openrouter-guardrails ARGS`` in a subprocess against ``server``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    return subprocess.Popen(
        [*CLI, "--base-url", server.base_url, *args],
        env={**env, "OPENROUTER_API_KEY": DEFAULT_MANAGEMENT_KEY},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: str, check: Callable[[], bool]) -> None:
    """Poll ``check()`` until it is true, at most :data:`WAIT` seconds."""
    deadline = time.monotonic() + WAIT
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        time.sleep(0.02)


def interrupt(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Send SIGINT, as Ctrl-C does, and collect the exit status and output."""
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"still running after SIGINT\n{out}\n{err}") from None
    return process.returncode, out, err


def test_ctrl_c_during_list_exits_130(server: FakeServer) -> None:
    """Ctrl-C while `list` waits for an answer exits 130 with one line, no traceback."""
    server.fake.faults.add("GET /guardrails", delay=5.0, times=1)
    process = start(server, "list")
    wait_for("the list request", lambda: len(server.fake.requests) >= 1)
    status, _out, err = interrupt(process)
    assert status == 130, err
    assert err.strip() == "interrupted: stopped by Ctrl-C"


def test_ctrl_c_with_json_is_a_json_error(server: FakeServer) -> None:
    """With --json, the interruption is a JSON error on stderr, still exit 130."""
    server.fake.faults.add("GET /guardrails", delay=5.0, times=1)
    process = start(server, "list", "--json")
    wait_for("the list request", lambda: len(server.fake.requests) >= 1)
    status, out, err = interrupt(process)
    assert status == 130, err
    # One JSON line on stderr (no blank line before it), nothing partial on stdout.
    assert err.splitlines()[0].startswith("{") and len(err.splitlines()) == 1, repr(err)
    assert out == ""
    assert json.loads(err)["error"] == {
        "type": "interrupted",
        "message": "stopped by Ctrl-C",
        "exit_code": 130,
    }


def test_ctrl_c_during_apply_stops_after_the_request_in_flight(
    server: FakeServer, tmp_path: Path
) -> None:
    """Ctrl-C while apply's first create is in flight: the create completes and is reported,
    nothing more is sent, exit 130; run again, apply finishes with no duplicate."""
    names = [f"g{i}" for i in range(5)]
    path = tmp_path / "want.json"
    document = {
        "format": FORMAT,
        "version": 1,
        "guardrails": [{"guardrail": {"name": n}, "key_hashes": [n * 32]} for n in names],
    }
    path.write_text(json.dumps(document))
    server.fake.faults.add("POST /guardrails", delay=1.5, times=None)
    process = start(server, "apply", str(path))

    def creates() -> list[object]:
        return [r for r in server.fake.requests if r.route == "POST /guardrails"]

    wait_for("the first create", lambda: len(creates()) >= 1)
    status, out, err = interrupt(process)
    assert status == 130, err
    made = [g["name"] for g in server.fake.guardrails]
    assert made == ["g0"]
    assert len(creates()) == 1
    assert out.splitlines()[0].startswith("created 'g0' (")
    assert len(out.splitlines()) == 1
    assert "stopping after the request in flight" in err
    assert "interrupted: stopped by Ctrl-C with 1 change(s) made and 9 not made" in err

    server.fake.faults.clear()
    again = start(server, "apply", str(path))
    out, err = again.communicate(timeout=WAIT)
    assert again.returncode == 0, err
    assert sorted(g["name"] for g in server.fake.guardrails) == names
    assert len(server.fake.key_assignments) == 5


def test_ctrl_c_during_apply_with_json_reports_what_was_done(
    server: FakeServer, tmp_path: Path
) -> None:
    """With --json, an interrupted apply prints its report (what was done, what remains) on
    stdout, and only JSON lines on stderr, ending with the interruption; exit 130."""
    path = tmp_path / "want.json"
    document = {
        "format": FORMAT,
        "version": 1,
        "guardrails": [{"guardrail": {"name": f"g{i}"}} for i in range(3)],
    }
    path.write_text(json.dumps(document))
    server.fake.faults.add("POST /guardrails", delay=1.5, times=None)
    process = start(server, "apply", str(path), "--json")
    wait_for("the first create", lambda: len(server.fake.guardrails) >= 1)
    status, out, err = interrupt(process)
    assert status == 130, err
    report = json.loads(out)
    assert [(d["action"], d["name"]) for d in report["done"]] == [("create", "g0")]
    assert (report["remaining"], report["interrupted"]) == (2, True)
    lines = [json.loads(line) for line in err.splitlines()]
    assert lines[0] == {"note": "stopping after the request in flight (Ctrl-C again to stop now)"}
    assert lines[-1]["error"]["type"] == "interrupted"
    assert [g["name"] for g in server.fake.guardrails] == ["g0"]


@pytest.fixture
def mock_server() -> Iterator[str]:
    """``openrouter-guardrails mock-server`` in a subprocess on 127.0.0.1 (a free port):
    its base URL; stopped after the test."""
    import select

    process = subprocess.Popen(
        [sys.executable, "-m", "openrouter_guardrails", "mock-server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], WAIT)
        assert ready, "mock-server did not start in time"
        line = process.stdout.readline()
        url = line.rsplit(" ", 1)[-1].strip()
        assert url.startswith("http://127.0.0.1:"), line
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def test_ctrl_c_during_apply_against_mock_server(mock_server: str, tmp_path: Path) -> None:
    """Against a mock-server subprocess: Ctrl-C in the middle of a long apply exits 130,
    every guardrail the server holds was reported as created, and the next apply finishes
    the job with no duplicate."""
    from openrouter_guardrails import OpenRouter

    count = 800
    path = tmp_path / "many.json"
    records = [{"guardrail": {"name": f"g{i:04d}"}} for i in range(count)]
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "guardrails": records}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    command = [*CLI, "--base-url", mock_server]
    env["OPENROUTER_API_KEY"] = DEFAULT_MANAGEMENT_KEY
    process = subprocess.Popen(
        [*command, "apply", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with OpenRouter(api_key=DEFAULT_MANAGEMENT_KEY, server_url=mock_server) as client:

        def held() -> int:
            return int(client.guardrails.list(limit=1).total_count)

        wait_for("the first creates", lambda: held() >= 1)
        status, out, err = interrupt(process)
        assert status == 130, err
        reported = [line for line in out.splitlines() if line.startswith("created ")]
        assert 0 < len(reported) < count
        assert len(reported) == held()
        assert "interrupted: stopped by Ctrl-C" in err

        again = subprocess.run(
            [*command, "apply", str(path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert again.returncode == 0, again.stderr
        names = [g.name for g in client.guardrails.list(limit=100)]
        assert sorted(names) == [f"g{i:04d}" for i in range(count)]


def test_ctrl_c_between_batches_reports_a_partial_assignment(
    server: FakeServer, tmp_path: Path
) -> None:
    """Ctrl-C during the first batch of an assignment: that batch completes, the report says
    how many ids were assigned, exit 130; the next apply assigns the rest."""
    server.fake.add_guardrail(name="P")
    hashes = [f"{i:064x}" for i in range(3)]
    path = tmp_path / "want.json"
    record = {"guardrail": {"name": "P"}, "key_hashes": hashes}
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "guardrails": [record]}))
    route = "POST /guardrails/{id}/assignments/keys"
    server.fake.faults.add(route, delay=1.5, times=None)
    process = start(server, "apply", str(path), "--batch-size", "1")
    wait_for("the first batch", lambda: any(r.route == route for r in server.fake.requests))
    status, out, err = interrupt(process)
    assert status == 130, err
    assert out.splitlines() == [
        "assigned 1 key_hashes to 'P' (" + server.fake.guardrails[0]["id"] + ")"
    ]
    assert len(server.fake.key_assignments) == 1
    assert "0 change(s) made and 1 not made" in err
    server.fake.faults.clear()
    again = start(server, "apply", str(path))
    _out, err = again.communicate(timeout=WAIT)
    assert again.returncode == 0, err
    assert sorted(a["key_hash"] for a in server.fake.key_assignments) == hashes
