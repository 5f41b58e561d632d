"""Fault injection: scripted and seeded random failures of the fake API.

Each kind is what a client meets on a real network, and says whether the request reached
the API (changed its state) before things went wrong:

============  ========================================================  ===========
kind          what the client sees                                      processed
============  ========================================================  ===========
status        an error status (429, 5xx, ...) with the API's envelope   no
              and ``Retry-After`` when given
refuse        ``httpx.ConnectError`` (in process); a connection closed  no
              before the request is read (over HTTP)
disconnect    ``httpx.RemoteProtocolError``: the connection closes      yes
              with no response
truncate      ``httpx.RemoteProtocolError`` while reading a body cut    yes
              short of its ``Content-Length``
non_json      a body that is not JSON (by default an HTML 502 page)     no
latency       the normal response, after ``delay`` seconds              yes
============  ========================================================  ===========

Any fault can also carry a ``delay``: the fake waits that long (on its clock) first.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from ._contract import Contract

__all__ = ["Fault", "FaultKind", "Faults", "InjectedFault"]

FaultKind = Literal["status", "refuse", "disconnect", "truncate", "non_json", "latency"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)

DEFAULT_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@dataclass(frozen=True)
class Fault:
    """One failure to inject; see the module's table for what each ``kind`` does.

    ``status`` is required for ``"status"`` and defaults to 502 for ``"non_json"``;
    ``retry_after`` (seconds or an HTTP date, as sent) goes into a ``Retry-After`` header;
    ``body`` and ``content_type`` replace a ``"non_json"`` fault's HTML page.
    """

    kind: FaultKind
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    body: bytes | None = None
    content_type: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}: expected one of {FAULT_KINDS}")
        if self.kind == "status" and self.status is None:
            raise ValueError("a 'status' fault needs a status")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"not an HTTP status: {self.status}")
        if self.delay < 0:
            raise ValueError("delay must be >= 0")

    @property
    def processed(self) -> bool:
        """Whether the request reaches the fake's state despite the fault."""
        return self.kind in ("disconnect", "truncate", "latency")


@dataclass(frozen=True)
class InjectedFault:
    """A fault the fake injected: into which request (``"GET /guardrails/{id}"``)."""

    route: str
    fault: Fault


@dataclass
class _Scripted:
    method: str | None
    path: str | None
    fault: Fault
    remaining: int | None

    def matches(self, method: str, path: str | None) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or self.path == path
        )


@dataclass
class _Random:
    rate: float
    rng: random.Random
    choices: tuple[Fault, ...]
    method: str | None
    path: str | None
    injected: int = field(default=0)


DEFAULT_RANDOM_FAULTS: tuple[Fault, ...] = (
    Fault("status", status=429, retry_after="1"),
    Fault("status", status=500),
    Fault("status", status=502),
    Fault("status", status=503),
)


class Faults:
    """The faults a :class:`~openrouter_guardrails.testing.GuardrailsFake` will inject.

    A route names an operation as ``"GET /guardrails/{id}"`` (the contract's path, with or
    without the base path), as a path alone (any method), or by ``operationId``
    (``"getGuardrail"``); ``None`` matches every request. Scripted faults are used first,
    in the order they were added; random faults only when no scripted one matches.
    """

    def __init__(self, contract: Contract, base_path: str = "") -> None:
        self._contract = contract
        self._base_path = base_path
        self._lock = threading.Lock()
        self._scripted: list[_Scripted] = []
        self._random: _Random | None = None
        #: Every fault injected so far, in order.
        self.injected: list[InjectedFault] = []

    def add(
        self,
        route: str | None = None,
        *,
        kind: FaultKind | None = None,
        status: int | None = None,
        retry_after: str | int | None = None,
        delay: float = 0.0,
        body: bytes | str | None = None,
        content_type: str | None = None,
        times: int | None = 1,
    ) -> Fault:
        """Inject a fault into the next ``times`` matching requests (``None``: every one).

        ``kind`` defaults to ``"status"`` when ``status`` is given, else to ``"latency"``.
        """
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 (or None for always)")
        if kind is None:
            kind = "status" if status is not None else "latency"
        fault = Fault(
            kind=kind,
            status=status,
            retry_after=None if retry_after is None else str(retry_after),
            delay=delay,
            body=body.encode() if isinstance(body, str) else body,
            content_type=content_type,
        )
        method, path = self._parse_route(route)
        with self._lock:
            self._scripted.append(_Scripted(method, path, fault, times))
        return fault

    def random(
        self,
        rate: float,
        *,
        seed: int = 0,
        choices: Sequence[Fault] = DEFAULT_RANDOM_FAULTS,
        route: str | None = None,
    ) -> None:
        """Inject a fault into a share ``rate`` (0..1) of matching requests, drawn from
        ``choices`` by a generator seeded with ``seed`` (the same seed, the same faults).
        Replaces an earlier ``random`` setting."""
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if not choices:
            raise ValueError("choices must not be empty")
        method, path = self._parse_route(route)
        with self._lock:
            # Reproducible fault patterns, not secrets.
            rng = random.Random(seed)  # noqa: S311
            self._random = _Random(rate, rng, tuple(choices), method, path)

    def clear(self) -> None:
        """Remove every scripted and random fault (the record of injected ones stays)."""
        with self._lock:
            self._scripted.clear()
            self._random = None

    @property
    def pending(self) -> int:
        """How many scripted injections are left (``-1`` when one is unlimited)."""
        with self._lock:
            if any(s.remaining is None for s in self._scripted):
                return -1
            return sum(s.remaining or 0 for s in self._scripted)

    def take(self, method: str, path: str | None) -> Fault | None:
        """The fault for a request to ``path`` (a contract path, ``None`` when the request
        matched no route), used up; ``None`` when the request goes through."""
        method = method.upper()
        with self._lock:
            fault = self._take_scripted(method, path) or self._take_random(method, path)
            if fault is not None:
                self.injected.append(InjectedFault(f"{method} {path or '?'}", fault))
            return fault

    def _take_scripted(self, method: str, path: str | None) -> Fault | None:
        for scripted in self._scripted:
            if scripted.matches(method, path):
                if scripted.remaining is not None:
                    scripted.remaining -= 1
                    if scripted.remaining == 0:
                        self._scripted.remove(scripted)
                return scripted.fault
        return None

    def _take_random(self, method: str, path: str | None) -> Fault | None:
        plan = self._random
        if plan is None:
            return None
        if (plan.method is not None and plan.method != method) or (
            plan.path is not None and plan.path != path
        ):
            return None
        if plan.rng.random() >= plan.rate:
            return None
        plan.injected += 1
        return plan.choices[plan.rng.randrange(len(plan.choices))]

    def _parse_route(self, route: str | None) -> tuple[str | None, str | None]:
        if route is None:
            return None, None
        if route in self._contract.operations:
            operation = self._contract.operations[route]
            return operation.method, operation.path
        method, _, path = route.strip().rpartition(" ")
        if self._base_path and path.startswith(self._base_path + "/"):
            path = path[len(self._base_path) :]
        known = {op.path for op in self._contract.operations.values()}
        if path not in known:
            raise ValueError(
                f"unknown route {route!r}: expected 'METHOD /path' with a path of the contract "
                f"({', '.join(sorted(known))}) or an operationId"
            )
        return (method.strip().upper() or None), path
