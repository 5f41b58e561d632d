"""The testing kit: a stateful fake of the Guardrails API that follows the contract.

One core, three ways in::

    fake = GuardrailsFake()
    httpx.Client(transport=FakeTransport(fake))        # in process, sync
    httpx.AsyncClient(transport=FakeTransport(fake))   # in process, async
    FakeASGIApp(fake)                                  # any ASGI server
    with FakeServer(fake) as server: server.base_url   # real HTTP on 127.0.0.1

Faults (``fake.faults``) inject 429/5xx with ``Retry-After``, latency, dropped connections
and broken bodies; a :class:`VirtualClock` lets tests (and a client given the same clock)
wait without sleeping. ``DefectiveFake(defects=...)`` is a deliberately broken fake, the proof
that a conformance suite catches what it claims.

The conformance suite checks any implementation against the contract through the public
client::

    report = run_conformance("http://127.0.0.1:8080/api/v1", "sk-or-v1-mgmt-test")
    report.ok, report.failed, report.write("conformance.xml")

Needs the ``testing`` extra (``jsonschema``); the suite's ``fuzz`` check, the ``fuzz`` extra.

The names load on first use, so that importing this package (as the pytest plugin's parent
does) costs nothing until the kit is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._asgi import FakeASGIApp
    from ._clock import (
        Clock,
        SystemClock,
        VirtualClock,
    )
    from ._conformance import (
        CONFORMANCE_CHECKS,
        run_conformance,
    )
    from ._contract import (
        Contract,
        Operation,
        RouteMatch,
    )
    from ._defects import DefectiveFake
    from ._fake import (
        DEFAULT_API_KEY,
        DEFAULT_MANAGEMENT_KEY,
        DEFAULT_ORGANIZATION_ID,
        DEFAULT_USER_ID,
        DEFAULT_WORKSPACE_ID,
        FakeRequest,
        FakeResponse,
        GuardrailsFake,
        KnownKey,
        RecordedRequest,
    )
    from ._faults import (
        Fault,
        FaultKind,
        Faults,
        InjectedFault,
    )
    from ._report import (
        Check,
        CheckStatus,
        Exchange,
        Failure,
        Report,
    )
    from ._server import (
        FakeServer,
        serve,
    )
    from ._transport import FakeTransport

__all__ = [
    "CONFORMANCE_CHECKS",
    "DEFAULT_API_KEY",
    "DEFAULT_MANAGEMENT_KEY",
    "DEFAULT_ORGANIZATION_ID",
    "DEFAULT_USER_ID",
    "DEFAULT_WORKSPACE_ID",
    "Check",
    "CheckStatus",
    "Clock",
    "Contract",
    "DefectiveFake",
    "Exchange",
    "Failure",
    "FakeASGIApp",
    "FakeRequest",
    "FakeResponse",
    "FakeServer",
    "FakeTransport",
    "Fault",
    "FaultKind",
    "Faults",
    "GuardrailsFake",
    "InjectedFault",
    "KnownKey",
    "Operation",
    "RecordedRequest",
    "Report",
    "RouteMatch",
    "SystemClock",
    "VirtualClock",
    "run_conformance",
    "serve",
]

_MODULE_OF: dict[str, str] = {
    "FakeASGIApp": "_asgi",
    "Clock": "_clock",
    "SystemClock": "_clock",
    "VirtualClock": "_clock",
    "CONFORMANCE_CHECKS": "_conformance",
    "run_conformance": "_conformance",
    "Check": "_report",
    "CheckStatus": "_report",
    "Exchange": "_report",
    "Failure": "_report",
    "Report": "_report",
    "Contract": "_contract",
    "DefectiveFake": "_defects",
    "Operation": "_contract",
    "RouteMatch": "_contract",
    "DEFAULT_API_KEY": "_fake",
    "DEFAULT_MANAGEMENT_KEY": "_fake",
    "DEFAULT_ORGANIZATION_ID": "_fake",
    "DEFAULT_USER_ID": "_fake",
    "DEFAULT_WORKSPACE_ID": "_fake",
    "FakeRequest": "_fake",
    "FakeResponse": "_fake",
    "GuardrailsFake": "_fake",
    "KnownKey": "_fake",
    "RecordedRequest": "_fake",
    "Fault": "_faults",
    "FaultKind": "_faults",
    "Faults": "_faults",
    "InjectedFault": "_faults",
    "FakeServer": "_server",
    "serve": "_server",
    "FakeTransport": "_transport",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
