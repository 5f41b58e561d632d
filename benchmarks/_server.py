"""A loopback HTTP/1.1 server that answers every request at once with the ``get`` example.

``python -m benchmarks._server`` listens on 127.0.0.1 (a free port), prints the port on
stdout, and serves until its standard input closes or ``MAX_LIFETIME`` seconds pass, so it
never outlives the benchmark that started it. Keep-alive connections, no parsing beyond the
request head and ``Content-Length``.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading

from benchmarks._api import get_body

HOST = "127.0.0.1"
#: Seconds the server lives at most, whatever happens to its parent.
MAX_LIFETIME = 600.0
#: Seconds an idle keep-alive connection is kept open.
IDLE_TIMEOUT = 30.0
#: Requests served on one connection at most.
MAX_REQUESTS_PER_CONNECTION = 1_000_000
MAX_HEAD = 64 * 1024


def _response(body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip() or b"0")
    return 0


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, response: bytes
) -> None:
    try:
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_TIMEOUT)
            length = _content_length(head)
            if length:
                await reader.readexactly(length)
            writer.write(response)
            await writer.drain()
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
        pass
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


def _when_stdin_closes(loop: asyncio.AbstractEventLoop, closed: asyncio.Event) -> None:
    """Set ``closed`` once standard input ends (in a daemon thread: it never blocks exit)."""

    def wait() -> None:
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(closed.set)

    threading.Thread(target=wait, name="stdin-watch", daemon=True).start()


async def serve() -> None:
    response = _response(get_body())
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(r, w, response), HOST, 0, limit=MAX_HEAD, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    closed = asyncio.Event()
    _when_stdin_closes(asyncio.get_running_loop(), closed)
    async with server:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(closed.wait(), MAX_LIFETIME)


if __name__ == "__main__":
    asyncio.run(serve())
