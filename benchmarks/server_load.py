"""``python -m benchmarks.server_load [--quick] [--seconds S] [--clients N] [--src DIR]``

``openrouter-guardrails mock-server`` under load, as a separate process on 127.0.0.1 with a
``--state`` file, driven by threads of plain httpx clients in this process:

1. a burst of 50 concurrent creates (one client each, released together): how many fail;
2. N clients for S seconds, each holding 50 guardrails (made before the clock starts) and
   repeating a round of 3 reads and 4 writes: create a guardrail, get it, update it, assign
   it two keys, list a page, get and delete the client's oldest one. The account keeps its
   size (N x 50 guardrails), so a decline over the run is the server's own (the cost of
   size is phase 3's). Reported: requests/s overall and per tenth of the run, p50/p99 of
   reads and of writes, errors, and the server's CPU time per request;
3. the cost of a write at 100 and at 20,000 guardrails: sequential updates of one guardrail
   on a state file made beforehand, with a read's cost beside it.

``--src DIR`` runs the server from another checkout (its ``openrouter_guardrails`` and
``generated`` folders), to measure an older version on the same machine; the state files
are written here, in the format both versions read.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import queue
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

KEY = "sk-or-v1-mgmt-test"
AUTH = {"Authorization": f"Bearer {KEY}"}
START_TIMEOUT = 60.0
BURST = 50
STATE_SIZES = (100, 20_000)
#: Guardrails each client of the load phase holds (made before the clock starts).
WINDOW = 50
#: Requests a client makes at most in the load phase (a bound, whatever the clock says).
MAX_ROUNDS_PER_CLIENT = 1_000_000


@dataclass
class Sample:
    """One request of the load phase: when it ended, what kind, how long, whether it failed."""

    ended: float
    kind: str
    seconds: float
    ok: bool


@dataclass
class Server:
    """A mock-server process and its base URL."""

    process: subprocess.Popen[str]
    base_url: str
    lines: list[str] = field(default_factory=list)


@contextmanager
def mock_server(state: Path, src: Path | None) -> Iterator[Server]:
    """Start ``mock-server --port 0 --state STATE`` (from ``src`` if given); stop it after."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), str(src / "generated")])
    command = [sys.executable, "-m", "openrouter_guardrails", "mock-server"]
    process = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
        [*command, "--port", "0", "--state", str(state)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=str(src) if src is not None else None,
    )
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.1))
            if line is None:
                raise RuntimeError("mock-server ended before listening")
            if "listening on " in line:
                yield Server(process, line.rsplit(" ", 1)[-1])
                break
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) process ``pid`` has used so far; ``None`` off Linux."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float | None:
    """Resident memory of process ``pid`` in MiB; ``None`` off Linux."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def burst(base_url: str) -> dict[str, Any]:
    """50 creates at once, one client each; how many answered 201."""
    barrier = threading.Barrier(BURST)
    outcomes: list[str] = []
    lock = threading.Lock()

    def create(n: int) -> None:
        with httpx.Client(base_url=base_url, headers=AUTH, timeout=30.0) as http:
            barrier.wait(30)
            try:
                status = str(http.post("/guardrails", json={"name": f"burst-{n}"}).status_code)
            except httpx.HTTPError as exc:
                status = type(exc).__name__
        with lock:
            outcomes.append(status)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(BURST)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    errors = [o for o in outcomes if o != "201"]
    return {"requests": BURST, "errors": len(errors), "kinds": sorted(set(errors))}


@dataclass
class Answer:
    """A response as the load phase reads it."""

    status_code: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class LightClient:
    """A keep-alive HTTP/1.1 client on the standard library's ``http.client``: it costs the
    load phase a fraction of what httpx does, so that the server, not the clients, sets the
    pace on a small machine (``--client httpx`` measures with httpx instead)."""

    def __init__(self, base_url: str) -> None:
        url = urllib.parse.urlsplit(base_url)
        self._host, self._port, self._prefix = url.hostname or "", url.port or 80, url.path
        self._connection: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, json: Any = None) -> Answer:
        """Send one request (reconnecting after a failed one); raises ``OSError`` or
        ``http.client.HTTPException`` on a network error."""
        if self._connection is None:
            self._connection = http.client.HTTPConnection(self._host, self._port, timeout=30)
        headers = dict(AUTH)
        payload = None
        if json is not None:
            payload = _json_dumps(json).encode()
            headers["Content-Type"] = "application/json"
        try:
            self._connection.request(method, self._prefix + path, body=payload, headers=headers)
            response = self._connection.getresponse()
            return Answer(response.status, response.read())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the connection."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> LightClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_json_dumps = json.dumps
NETWORK_ERRORS = (httpx.HTTPError, OSError, http.client.HTTPException)


def _timed_call(http: Any, record: list[Sample]) -> Any:
    """A function sending one request and noting it in ``record``; the response, or
    ``None`` when it failed."""

    def call(kind: str, method: str, path: str, body: Any = None) -> Any:
        started = time.perf_counter()
        try:
            response = http.request(method, path, json=body)
            ok = response.status_code < 400
        except NETWORK_ERRORS:
            response, ok = None, False
        ended = time.perf_counter()
        record.append(Sample(ended, kind, ended - started, ok))
        return response if ok else None

    return call


def _round(http: Any, name: str, window: deque[str], record: list[Sample]) -> None:
    """One round: a guardrail created, read, updated and given two keys, a page of the
    list, and the client's oldest guardrail read and deleted: 3 reads and 4 writes. The
    account keeps its size (each client holds ``WINDOW`` guardrails)."""
    call = _timed_call(http, record)
    created = call("write", "POST", "/guardrails", {"name": name, "limit_usd": 10})
    if created is None:
        return
    gid = created.json()["data"]["id"]
    window.append(gid)
    call("read", "GET", f"/guardrails/{gid}")
    call("write", "PATCH", f"/guardrails/{gid}", {"description": "updated", "limit_usd": 20})
    call("write", "POST", f"/guardrails/{gid}/assignments/keys", {"key_hashes": [name, gid]})
    call("read", "GET", "/guardrails?limit=20")
    oldest = window.popleft()
    call("read", "GET", f"/guardrails/{oldest}")
    call("write", "DELETE", f"/guardrails/{oldest}")


def load(server: Server, clients: int, seconds: float, client_kind: str) -> dict[str, Any]:
    """``clients`` threads repeat a round for ``seconds``; with the server's CPU time per
    request (less sensitive than rates to what else the machine runs)."""
    base_url = server.base_url
    records: list[list[Sample]] = [[] for _ in range(clients)]
    barrier = threading.Barrier(clients + 1)
    stop = threading.Event()

    def client(n: int) -> None:
        http: Any = (
            httpx.Client(base_url=base_url, headers=AUTH, timeout=30.0)
            if client_kind == "httpx"
            else LightClient(base_url)
        )
        with http:
            window: deque[str] = deque()
            for k in range(WINDOW):
                made = http.request("POST", "/guardrails", json={"name": f"held-{n}-{k}"})
                window.append(made.json()["data"]["id"])
            barrier.wait(120)
            for round_ in range(MAX_ROUNDS_PER_CLIENT):
                if stop.is_set():
                    return
                _round(http, f"load-{n}-{round_}", window, records[n])

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    barrier.wait(120)
    started = time.perf_counter()
    windows = 10
    cpu_marks = [cpu_seconds(server.process.pid)]
    rss_before = rss_mib(server.process.pid)
    own_before = time.process_time()
    for window in range(1, windows + 1):
        stop.wait(max(0.0, started + seconds * window / windows - time.perf_counter()))
        cpu_marks.append(cpu_seconds(server.process.pid))
    rss_after = rss_mib(server.process.pid)
    own = time.process_time() - own_before
    stop.set()
    for thread in threads:
        thread.join(60)
    samples = [s for record in records for s in record if s.ended - started <= seconds]
    per_window = [0] * windows
    for sample in samples:
        per_window[min(windows - 1, int((sample.ended - started) / seconds * windows))] += 1
    cpu_before, cpu_after = cpu_marks[0], cpu_marks[-1]
    cpu_per_window = [
        None if start is None or end is None or not count else (end - start) / count * 1e6
        for start, end, count in zip(cpu_marks[:-1], cpu_marks[1:], per_window, strict=True)
    ]
    reads = [s.seconds for s in samples if s.kind == "read"]
    writes = [s.seconds for s in samples if s.kind == "write"]
    return {
        "client": client_kind,
        "clients": clients,
        "seconds": seconds,
        "requests": len(samples),
        "errors": sum(1 for s in samples if not s.ok),
        "requests_per_second": len(samples) / seconds,
        "server_rss_mib": [rss_before, rss_after],
        "client_cpu_us_per_request": own / len(samples) * 1e6 if samples else None,
        "server_cpu_us_per_request": (
            (cpu_after - cpu_before) / len(samples) * 1e6
            if cpu_before is not None and cpu_after is not None and samples
            else None
        ),
        "per_tenth_per_second": [round(n / (seconds / windows)) for n in per_window],
        "per_tenth_server_cpu_us": [None if c is None else round(c) for c in cpu_per_window],
        "read_p50_ms": percentile(reads, 0.5) * 1000,
        "read_p99_ms": percentile(reads, 0.99) * 1000,
        "write_p50_ms": percentile(writes, 0.5) * 1000,
        "write_p99_ms": percentile(writes, 0.99) * 1000,
    }


def make_state(path: Path, size: int, src: Path | None) -> str:
    """A state file of ``size`` guardrails; the first one's id. The bodies are copies of one
    that the server itself made, so the file holds what that version writes."""
    with mock_server(path.with_suffix(".template"), src) as server:
        response = httpx.post(
            server.base_url + "/guardrails",
            json={"name": "g-0", "limit_usd": 10},
            headers=AUTH,
            timeout=30.0,
        )
        template = response.json()["data"]
    rows = [{**template, "id": str(uuid.uuid4()), "name": f"g-{n}"} for n in range(size)]
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE guardrails (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "body TEXT NOT NULL)"
        )
        connection.executemany(
            "INSERT INTO guardrails (id, body) VALUES (?, ?)",
            [(row["id"], json.dumps(row)) for row in rows],
        )
        connection.execute("PRAGMA user_version = 1")
    connection.close()
    return str(rows[0]["id"])


def write_cost(src: Path | None, workdir: Path, size: int, count: int) -> dict[str, Any]:
    """Sequential updates (and reads) of one guardrail with ``size`` guardrails stored."""
    state = workdir / f"state-{size}.sqlite"
    gid = make_state(state, size, src)
    with (
        mock_server(state, src) as server,
        httpx.Client(base_url=server.base_url, headers=AUTH, timeout=120.0) as http,
    ):
        timings: dict[str, list[float]] = {"write": [], "read": []}
        for n in range(count):
            for kind, method, body in (("write", "PATCH", {"limit_usd": n}), ("read", "GET", None)):
                started = time.perf_counter()
                response = http.request(method, f"/guardrails/{gid}", json=body)
                timings[kind].append(time.perf_counter() - started)
                response.raise_for_status()
    return {
        "guardrails": size,
        "writes": count,
        "write_median_ms": statistics.median(timings["write"]) * 1000,
        "read_median_ms": statistics.median(timings["read"]) * 1000,
    }


def run(
    *,
    quick: bool,
    seconds: float | None,
    clients: int | None,
    src: Path | None,
    client_kind: str = "stdlib",
) -> dict[str, Any]:
    """Every phase; the results as a dict."""
    seconds = seconds if seconds is not None else (0.5 if quick else 60.0)
    clients = clients if clients is not None else (2 if quick else 20)
    sizes = (100, 500) if quick else STATE_SIZES
    with tempfile.TemporaryDirectory(prefix="server-load-") as tmp:
        workdir = Path(tmp)
        with mock_server(workdir / "load.sqlite", src) as server:
            burst_result = burst(server.base_url)
            load_result = load(server, clients, seconds, client_kind)
        costs = [write_cost(src, workdir, size, 20 if quick else 200) for size in sizes]
    return {"burst": burst_result, "load": load_result, "write_cost": costs}


def markdown(result: dict[str, Any]) -> str:
    """The results as the tables of benchmarks/RESULTS.md."""
    b, load_, costs = result["burst"], result["load"], result["write_cost"]
    lines = [
        f"- {b['requests']} concurrent creates: {b['errors']} errors"
        + (f" ({', '.join(b['kinds'])})" if b["kinds"] else ""),
        f"- {load_['clients']} clients ({load_['client']}) for {load_['seconds']:.0f} s: "
        f"{load_['requests_per_second']:.0f} requests/s, {load_['errors']} errors",
        "- server CPU time per request: "
        + (
            f"{load_['server_cpu_us_per_request']:.0f} us"
            if load_["server_cpu_us_per_request"] is not None
            else "not measured (no /proc)"
        )
        + f" (the clients': {load_['client_cpu_us_per_request']:.0f} us)",
        "- server memory (RSS) when the clock started and when it stopped: "
        + " -> ".join("?" if m is None else f"{m:.0f} MiB" for m in load_["server_rss_mib"]),
        "- requests/s in each tenth of the run: "
        + ", ".join(str(n) for n in load_["per_tenth_per_second"]),
        "- server CPU time per request (us) in each tenth: "
        + ", ".join("?" if c is None else str(c) for c in load_["per_tenth_server_cpu_us"]),
        "",
        "| | p50 (ms) | p99 (ms) |",
        "|---|---|---|",
        f"| reads | {load_['read_p50_ms']:.1f} | {load_['read_p99_ms']:.1f} |",
        f"| writes | {load_['write_p50_ms']:.1f} | {load_['write_p99_ms']:.1f} |",
        "",
        "| guardrails stored | update, median (ms) | get, median (ms) |",
        "|---|---|---|",
        *(
            f"| {c['guardrails']:,} | {c['write_median_ms']:.2f} | {c['read_median_ms']:.2f} |"
            for c in costs
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables (and save them as JSON with ``--json``)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server_load", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke run")
    parser.add_argument("--seconds", type=float, help="length of the load phase (default 60)")
    parser.add_argument("--clients", type=int, help="clients of the load phase (default 20)")
    parser.add_argument("--src", type=Path, help="run the server from this checkout")
    parser.add_argument(
        "--client",
        choices=["stdlib", "httpx"],
        default="stdlib",
        help="the load phase's clients: http.client (default, cheap) or httpx",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="save the results as JSON")
    args = parser.parse_args(argv)
    result = run(
        quick=args.quick,
        seconds=args.seconds,
        clients=args.clients,
        src=args.src,
        client_kind=args.client,
    )
    print("## mock-server under load\n")
    print(markdown(result))
    if args.quick:
        print("\n(--quick: the numbers mean nothing)")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
