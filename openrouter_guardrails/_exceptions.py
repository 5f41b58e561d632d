"""The errors the client raises.

::

    OpenRouterError                      every error of this package
    ├── APIError                         the server answered with an error, or a bad body
    │   ├── BadRequestResponseError      400
    │   ├── UnauthorizedResponseError    401
    │   ├── ForbiddenResponseError       403
    │   ├── NotFoundResponseError        404
    │   ├── RateLimitError               429 (``retry_after``: the wait the server asked for)
    │   ├── InternalServerResponseError  500
    │   ├── OpenRouterDefaultError       any other 4XX / 5XX (and statuses like 520)
    │   ├── ResponseValidationError      a success status whose body breaks the contract
    │   └── ResponseTooLargeError        a body past ``max_response_bytes`` once decoded
    ├── APIConnectionError               no response: refused, reset, DNS... (or one
    │   │                                httpx cannot read: a broken encoding, redirects)
    │   └── APITimeoutError              no response in time (an attempt's deadline passed)
    ├── PaginationError                  a listing's server makes no progress (a page
    │                                    repeats items, or pages go on past the total)
    └── InvalidRequestError              bad input, raised before anything is sent (also a
                                         ValueError); InsecureTransportError likewise

    RetriedWriteWarning (a UserWarning)  a write retried after an attempt that may have been
                                         processed: its answer describes the last attempt

Every ``APIError`` carries ``status_code``, ``message`` (the server's), ``body`` (the raw text),
``headers``, ``method`` and ``url`` of the request, ``request_id`` (when a header gives one),
``retries`` (how many retries were made before it) and ``data`` (the parsed error envelope,
when there was one). ``str(error)`` names the method, path, status and message. Neither a
message nor ``body`` nor ``headers`` holds the API key: a server or proxy that echoes the
``Authorization`` header has the echo replaced by ``<redacted>``.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadRequestResponseError",
    "ForbiddenResponseError",
    "InsecureTransportError",
    "InternalServerResponseError",
    "InvalidRequestError",
    "NotFoundResponseError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "PaginationError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetriedWriteWarning",
    "UnauthorizedResponseError",
]


class OpenRouterError(Exception):
    """Base class of every error raised by this package."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses' constructors take keyword or several arguments, which the default
        # pickling (``cls(*self.args)``) cannot call: rebuild from the attributes instead.
        return (_rebuild, (type(self), self.__dict__.copy(), self.args))


def _rebuild(cls: type[OpenRouterError], state: dict[str, Any], args: tuple[Any, ...]) -> Any:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, *args)
    return error


class InvalidRequestError(OpenRouterError, ValueError):
    """An argument breaks the contract; nothing was sent. ``parameter`` names it."""

    def __init__(self, operation: str, parameter: str, problem: str) -> None:
        self.operation = operation
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{operation}(): {parameter} {problem}")


class InsecureTransportError(OpenRouterError, ValueError):
    """The API key would travel in clear text to a host that is not this machine."""


def _path_of(url: str) -> str:
    return httpx.URL(url).raw_path.decode("ascii", "replace")


class APIError(OpenRouterError):
    """The server answered, but not with what the operation promises."""

    status_code: int
    message: str
    body: str
    headers: httpx.Headers
    method: str
    url: str
    request_id: str | None
    retries: int
    #: The parsed error envelope (the contract's error response model), when the body is one.
    data: Any

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str = "",
        headers: httpx.Headers | None = None,
        method: str = "",
        url: str = "",
        request_id: str | None = None,
        retries: int = 0,
        data: Any = None,
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        self.method = method
        self.url = url
        self.request_id = request_id
        self.retries = retries
        self.data = data
        super().__init__(self._describe())

    @property
    def status(self) -> int:
        """The HTTP status (an alias of ``status_code``)."""
        return self.status_code

    def _describe(self) -> str:
        where = f"{self.method} {_path_of(self.url)}" if self.url else self.method
        text = f"{where} -> {self.status_code}: {self.message}".strip()
        extras = []
        if self.request_id:
            extras.append(f"request id {self.request_id}")
        if self.retries:
            extras.append(f"after {self.retries} retr{'y' if self.retries == 1 else 'ies'}")
        return f"{text} ({', '.join(extras)})" if extras else text


class BadRequestResponseError(APIError):
    """400: the request breaks the API's rules."""


class UnauthorizedResponseError(APIError):
    """401: no API key, or one the server does not accept."""


class ForbiddenResponseError(APIError):
    """403: the key is valid but may not do this (a management key is required)."""


class NotFoundResponseError(APIError):
    """404: no such guardrail (or route)."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""

    retry_after: float | None = None


class InternalServerResponseError(APIError):
    """500: the server failed."""


class OpenRouterDefaultError(APIError):
    """Any other 4XX or 5XX status, including ones outside the HTTP standard (520)."""


class ResponseValidationError(APIError):
    """A success status, but the body is not what the contract promises. ``violations``
    lists what breaks it (each with ``path``, from the body, and ``problem``), when the body
    could be read as JSON."""

    violations: tuple[Any, ...] = ()


class ResponseTooLargeError(APIError):
    """The response's body, decoded, passed the client's ``max_response_bytes``: the read
    stopped there (``body`` is empty). ``limit`` is the cap, in bytes."""

    limit: int = 0


class PaginationError(OpenRouterError):
    """A listing stopped because the server makes no progress: a page repeated items
    already seen, or pages went on past the first page's ``total_count`` plus an allowance.
    ``offset`` is where the offending page started; ``items_seen`` counts the items before."""

    def __init__(self, message: str, *, offset: int, items_seen: int) -> None:
        self.offset = offset
        self.items_seen = items_seen
        super().__init__(message)


class RetriedWriteWarning(UserWarning):
    """A write was retried after an attempt that may have been processed (its answer was
    lost), so the answer describes the last attempt only: a ``delete`` answered 404 is
    reported as deleted, and a bulk (un)assignment's count leaves out what the earlier
    attempt did. ``operation`` names the call and ``reason`` the earlier failure."""

    def __init__(self, message: str, *, operation: str = "", reason: str = "") -> None:
        self.operation = operation
        self.reason = reason
        super().__init__(message)


class APIConnectionError(OpenRouterError):
    """No response: the connection failed, was refused or dropped."""

    def __init__(self, message: str, *, method: str, url: str, retries: int = 0) -> None:
        self.message = message
        self.method = method
        self.url = url
        self.retries = retries
        suffix = f" (after {retries} retr{'y' if retries == 1 else 'ies'})" if retries else ""
        super().__init__(f"{method} {_path_of(url)}: {message}{suffix}")


class APITimeoutError(APIConnectionError):
    """No response in time."""


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestResponseError,
    401: UnauthorizedResponseError,
    403: ForbiddenResponseError,
    404: NotFoundResponseError,
    429: RateLimitError,
    500: InternalServerResponseError,
}


def error_class_for(status: int) -> type[APIError]:
    """The error class for a status that is not a success."""
    return STATUS_ERRORS.get(status, OpenRouterDefaultError)
