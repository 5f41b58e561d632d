"""The testing kit: a stateful fake of the Guardrails API that follows the contract.

One core, three ways in::

    fake = GuardrailsFake()
    httpx.Client(transport=FakeTransport(fake))        # in process, sync
    httpx.AsyncClient(transport=FakeTransport(fake))   # in process, async
    FakeASGIApp(fake)                                  # any ASGI server
    with FakeServer(fake) as server: server.base_url   # real HTTP on 127.0.0.1

Faults (``fake.faults``) inject 429/5xx with ``Retry-After``, latency, dropped connections
and broken bodies; a :class:`VirtualClock` lets tests (and a client given the same clock)
wait without sleeping. Needs the ``testing`` extra (``jsonschema``).
"""

from ._asgi import FakeASGIApp
from ._clock import Clock, SystemClock, VirtualClock
from ._contract import Contract, Operation, RouteMatch
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
from ._faults import Fault, FaultKind, Faults, InjectedFault
from ._server import FakeServer, serve
from ._transport import FakeTransport

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_MANAGEMENT_KEY",
    "DEFAULT_ORGANIZATION_ID",
    "DEFAULT_USER_ID",
    "DEFAULT_WORKSPACE_ID",
    "Clock",
    "Contract",
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
    "RouteMatch",
    "SystemClock",
    "VirtualClock",
    "serve",
]
