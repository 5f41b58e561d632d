"""The fake over real HTTP, on the standard library's ``ThreadingHTTPServer``.

:class:`FakeServer` runs it in a background thread (a context manager, on a free port by
default); :func:`serve` runs it in the foreground until SIGINT or SIGTERM, which is what
``openrouter-guardrails mock-server`` does. Injected network faults close the socket: the
client sees the connection drop before the response, or in the middle of its body.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType, TracebackType
from typing import Any

from ._fake import FakeRequest, FakeResponse, GuardrailsFake, error_body

__all__ = ["FakeServer", "serve"]

logger = logging.getLogger("openrouter_guardrails.testing")

#: Seconds an idle keep-alive connection stays open.
IDLE_TIMEOUT = 30.0
#: The largest request body the server reads (1 MiB).
MAX_BODY = 1 << 20


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], fake: GuardrailsFake) -> None:
        self.fake = fake
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        # Headers and body go out in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold every response back by about 40 ms.
        with contextlib.suppress(OSError):
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._open_lock:
            self._open.add(connection)
        return connection, address

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that goes away mid-answer is normal for a fake that drops connections.
        logger.debug("error serving %s", client_address, exc_info=True)

    def drop_open_connections(self) -> None:
        """Wake every handler waiting on an idle keep-alive connection."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "openrouter-guardrails-fake"
    timeout = IDLE_TIMEOUT
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = do_QUERY = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s - " + format, self.address_string(), *args)

    def _read_body(self) -> bytes | None:
        """The request body; ``None`` after answering a body the server will not read."""
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            body = bytearray()
            while len(body) <= MAX_BODY:
                size_line = self.rfile.readline(66).split(b";", 1)[0].strip()
                try:
                    size = int(size_line or b"0", 16)
                except ValueError:
                    self._refuse_body(400, "Malformed chunked body")
                    return None
                if size == 0:
                    self.rfile.readline(66)
                    return bytes(body)
                body += self.rfile.read(size)
                self.rfile.readline(66)
            self._refuse_body(413, "Request body too large")
            return None
        try:
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            self._refuse_body(400, "Invalid Content-Length header")
            return None
        if length > MAX_BODY:
            self._refuse_body(413, "Request body too large")
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _refuse_body(self, status: int, message: str) -> None:
        self.close_connection = True
        body = error_body(status, message)
        headers = (("content-type", "application/json"), ("connection", "close"))
        self._send(FakeResponse(status, headers, body))

    def _serve(self) -> None:
        path, _, query = self.path.partition("?")
        body = self._read_body()
        if body is None:
            return
        request = FakeRequest(
            method=self.command,
            path=path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        response = self.server.fake.handle(request)
        if response.delay > 0:
            self.server.fake.clock.sleep(response.delay)
        kind = response.fault.kind if response.fault is not None else None
        if kind in ("refuse", "disconnect"):
            self._drop()
            return
        self._send(response, truncate=kind == "truncate")

    def _send(self, response: FakeResponse, *, truncate: bool = False) -> None:
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if truncate:
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            self._drop()
            return
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)


class FakeServer:
    """The fake on a real HTTP server in a background thread.

    ``with FakeServer(fake) as server:`` starts it on ``host`` (default ``127.0.0.1``) and
    ``port`` (default 0: a free port) and stops it on exit. Point a client at
    :attr:`base_url`.
    """

    def __init__(
        self, fake: GuardrailsFake | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.fake = fake if fake is not None else GuardrailsFake()
        self.host = host
        self._port = port
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

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
        """Listen and serve in a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("the server is already started")
        server_class: type[_HTTPServer] = _HTTPServer
        if ":" in self.host:
            server_class = type("_HTTPServer6", (_HTTPServer,), {"address_family": socket.AF_INET6})
        self._server = server_class((self.host, self._port), self.fake)
        self._port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"guardrails-fake-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, close open connections and the listening socket."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.shutdown()
        server.drop_open_connections()
        server.server_close()
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
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
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
) -> None:
    """Serve the fake over HTTP until SIGINT or SIGTERM (or until ``stop`` is set).

    With ``state_file`` the state lives in that SQLite file: loaded on start, saved after
    every request that changes it, so a restart loses nothing. ``on_ready`` is called once
    the server listens (by default it prints the base URL on stdout). Signal handlers are
    installed only when called from the main thread, and restored on return.
    """
    own_fake = fake is None
    if fake is None:
        fake = GuardrailsFake(state_file=state_file)
    elif state_file is not None:
        raise ValueError("give state_file or fake, not both")
    stop = stop if stop is not None else threading.Event()
    try:
        with _stop_on_signals(stop), FakeServer(fake, host=host, port=port) as server:
            on_ready(server)
            stop.wait()
    finally:
        if own_fake:
            fake.close()
