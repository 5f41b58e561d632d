"""The fake over real HTTP: :class:`FakeASGIApp` served by uvicorn (httptools' parser).

:class:`FakeServer` runs it on an event loop in a background thread (a context manager, on
a free port by default); :func:`serve` runs it until SIGINT or SIGTERM, which is what
``openrouter-guardrails mock-server`` does.

One event loop serves every connection: a request's work (the fake's, and the write of the
rows it changed to the state file) runs to its end before the next one starts, while
injected latency waits without holding anyone up. The listening socket is made here with a
deep backlog, so a burst of connections waits to be accepted instead of being refused.
Injected network faults close the connection through the :data:`CLOSE_CONNECTION` scope
extension: the client sees it drop before the response, or in the middle of its body.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ._asgi import CLOSE_CONNECTION, MAX_BODY, FakeASGIApp
from ._fake import GuardrailsFake, error_body

__all__ = ["FakeServer", "serve"]

logger = logging.getLogger("openrouter_guardrails.testing")

#: Seconds an idle keep-alive connection stays open (longer than clients keep theirs, so a
#: client never reuses a connection the server is closing).
IDLE_TIMEOUT = 30
#: Connections waiting to be accepted, at most.
BACKLOG = 2048
#: Seconds a stopping server waits for the requests in flight (injected latency included).
STOP_GRACE = 2
#: Seconds start() waits for the server to listen.
START_TIMEOUT = 30.0


class _Protocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol, offering the app a way to close the connection."""

    def on_message_begin(self) -> None:
        super().on_message_begin()
        extensions: dict[str, Any] = dict(self.scope.get("extensions") or {})
        extensions[CLOSE_CONNECTION] = self.transport.close
        self.scope["extensions"] = extensions

    def send_400_response(self, msg: str) -> None:
        """A request the parser refuses (bad framing) gets the API's error envelope."""
        body = error_body(400, f"Malformed HTTP request: {msg.rstrip('.')}")
        head = (
            "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
        )
        self.transport.write(head.encode("ascii") + body)
        self.transport.close()


class _Server(uvicorn.Server):
    """uvicorn's server, woken as soon as it is told to stop (its own loop looks for that
    every 0.1 s: a tenth of a second lost by every server a test suite stops)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._wake: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None

    async def main_loop(self) -> None:
        wake = asyncio.Event()
        self._wake = (asyncio.get_running_loop(), wake)
        await self.on_tick(0)  # the default headers, once (no date header to keep fresh)
        while not self.should_exit:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=1.0)

    def stop_soon(self) -> None:
        """Ask the server to stop, from any thread."""
        self.should_exit = True
        if self._wake is not None:
            loop, wake = self._wake
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                loop.call_soon_threadsafe(wake.set)


class FakeServer:
    """The fake on a real HTTP server in a background thread.

    ``with FakeServer(fake) as server:`` starts it on ``host`` (default ``127.0.0.1``) and
    ``port`` (default 0: a free port) and stops it on exit. Point a client at
    :attr:`base_url`. A request body over ``max_body`` bytes is answered 413.
    """

    def __init__(
        self,
        fake: GuardrailsFake | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_body: int = MAX_BODY,
    ) -> None:
        self.fake = fake if fake is not None else GuardrailsFake()
        self.host = host
        self._port = port
        self._app = FakeASGIApp(self.fake, max_body=max_body)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def port(self) -> int:
        """The port listened on (known once started)."""
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's root, for a client's ``base_url``: ``http://127.0.0.1:<port>/api/v1``."""
        return self.url + self.fake.base_path

    @property
    def running(self) -> bool:
        """Whether the server is started and not stopped."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> FakeServer:
        """Listen, then serve in a background thread; returns ``self``.

        ``OSError`` when the address cannot be listened on (raised here, not in the thread).
        """
        if self._server is not None:
            raise RuntimeError("the server is already started")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP spelled out: asyncio turns Nagle's algorithm off only on sockets that
        # say so (else the body of every answer waits ~40 ms for the client's delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            if os.name != "nt":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._port))
            sock.listen(BACKLOG)
        except BaseException:
            sock.close()
            raise
        self._port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            self._app,
            http=_Protocol,
            loop="asyncio",
            lifespan="off",
            log_config=None,
            access_log=False,
            server_header=False,
            date_header=False,
            backlog=BACKLOG,
            timeout_keep_alive=IDLE_TIMEOUT,
            timeout_graceful_shutdown=STOP_GRACE,
        )
        server = _Server(config)
        self._server, self._failure = server, None
        self._thread = threading.Thread(
            target=self._run, args=(server, sock), name=f"guardrails-fake-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the fake's server did not start: {self._failure!r}")
            time.sleep(0.005)
        return self

    def _run(self, server: _Server, sock: socket.socket) -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported by start() or stop(), in the caller's thread
            self._failure = exc
            logger.debug("the fake's server failed", exc_info=True)
        finally:
            sock.close()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: close the listening socket and the open connections, let the
        requests in flight finish (for ``STOP_GRACE`` seconds at most), and return."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.stop_soon()
        thread.join(timeout)
        self._server = self._thread = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"FakeServer({self.url!r}, {state})"


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event, received: list[int]) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _announce(server: FakeServer) -> None:
    print(f"Guardrails fake API listening on {server.base_url}", file=sys.stdout, flush=True)


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    state_file: str | os.PathLike[str] | None = None,
    *,
    fake: GuardrailsFake | None = None,
    stop: threading.Event | None = None,
    on_ready: Callable[[FakeServer], None] = _announce,
    max_body: int = MAX_BODY,
) -> int | None:
    """Serve the fake over HTTP until SIGINT or SIGTERM (or until ``stop`` is set); return
    the signal that stopped it (``None`` when ``stop`` was set).

    With ``state_file`` the state lives in that SQLite file: loaded on start, and the rows a
    request changes written before it is answered, so a restart (even after ``kill -9``)
    loses nothing answered. ``on_ready`` is called once the server listens (by default it
    prints the base URL on stdout). Signal handlers are installed only when called from the
    main thread, and restored on return.
    """
    own_fake = fake is None
    if fake is None:
        fake = GuardrailsFake(state_file=state_file)
    elif state_file is not None:
        raise ValueError("give state_file or fake, not both")
    stop = stop if stop is not None else threading.Event()
    received: list[int] = []
    try:
        with (
            _stop_on_signals(stop, received),
            FakeServer(fake, host=host, port=port, max_body=max_body) as server,
        ):
            on_ready(server)
            stop.wait()
    finally:
        if own_fake:
            fake.close()
    return received[0] if received else None
