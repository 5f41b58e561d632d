"""What the sync and async clients share: configuration, building a request, reading a
response, and the two request loops, which differ only in how they wait and send."""

from __future__ import annotations

import ipaddress
import json
import math
import os
import random
import sys
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

from openrouter_guardrails import __version__
from openrouter_guardrails import _constants as C
from openrouter_guardrails._clock import Clock, SystemClock
from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InsecureTransportError,
    InvalidRequestError,
    OpenRouterError,
    RateLimitError,
    ResponseValidationError,
    error_class_for,
)
from openrouter_guardrails._logging import configure_from_env, logger, redact_headers
from openrouter_guardrails._operations import Operation
from openrouter_guardrails._retry import (
    Decision,
    RetryConfig,
    decide,
    parse_retry_after,
    resolve,
    retryable_exception,
    retryable_status,
)
from openrouter_guardrails._types import CALL_OPTIONS
from openrouter_guardrails._validation import check_body, check_parameters, plain

USER_AGENT = f"openrouter-guardrails/{__version__} python-httpx/{httpx.__version__}"
_APP_HEADERS = {
    "http_referer": "HTTP-Referer",
    "x_open_router_title": "X-OpenRouter-Title",
    "x_open_router_categories": "X-OpenRouter-Categories",
}
_UNSET_TIMEOUT: Any = httpx.USE_CLIENT_DEFAULT
#: What ``json.loads`` raises on a body that is not JSON, or is nested too deeply to read.
_UNREADABLE_JSON = (ValueError, RecursionError)


@dataclass
class Call:
    """One prepared call: the request to send and how to retry and read it."""

    operation: Operation
    request_kwargs: dict[str, Any]
    retries: RetryConfig
    timeout: Any
    extra_headers: Mapping[str, str] | None = None


def _check_header_values(where: str, values: Mapping[str, object], label: str = "{}") -> None:
    """Raise ``InvalidRequestError`` naming the first header argument that is not a string a
    header can carry (printable ASCII). The value is not quoted: it may be a secret."""
    for name, value in values.items():
        if value is None:
            continue
        if not isinstance(value, str):
            raise InvalidRequestError(where, label.format(name), "must be a string")
        if not (value.isascii() and value.isprintable()):
            raise InvalidRequestError(
                where,
                label.format(name),
                "must be printable ASCII: a header cannot carry control or non-ASCII characters",
            )


def _check_headers(where: str, parameter: str, headers: object) -> None:
    """Check a mapping of header names to values (``default_headers``, ``extra_headers``)."""
    if headers is None:
        return
    if not isinstance(headers, Mapping):
        raise InvalidRequestError(where, parameter, "must be a mapping of header names to values")
    for name in headers:
        if not isinstance(name, str) or not _is_header_safe(name):
            raise InvalidRequestError(
                where, parameter, f"has a header name that is not one: {name!r}"
            )
    _check_header_values(where, headers, parameter + "[{!r}]")


def _apply_enforce_zdr(fields: dict[str, Any]) -> dict[str, Any]:
    # The rule's module reads the generated request model, so it is imported on first use:
    # ``import openrouter_guardrails`` then loads no generated model.
    from openrouter_guardrails._zdr import apply_enforce_zdr

    return apply_enforce_zdr(fields)


def _timeout_of(value: object, operation: str) -> httpx.Timeout:
    """A ``timeout`` (of the client or of a call): an ``httpx.Timeout``, or a finite number
    of seconds above 0."""
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidRequestError(operation, "timeout", "must be seconds or an httpx.Timeout")
    if not math.isfinite(value) or value <= 0:
        raise InvalidRequestError(
            operation, "timeout", f"must be a finite number above 0 (got {value})"
        )
    return httpx.Timeout(value)


def _is_header_safe(value: str) -> bool:
    """Whether ``value`` is printable ASCII with no whitespace (what a bearer token may be)."""
    return value.isascii() and value.isprintable() and not any(c.isspace() for c in value)


def _running_loop() -> Any:
    """The running asyncio event loop, or ``None`` (none runs, or another library's does)."""
    asyncio = sys.modules.get("asyncio")  # not imported: no asyncio loop can be running
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class BaseClient:
    """Configuration and every decision of the client; no I/O of its own."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        server_url: str | None = None,
        base_url: str | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry_config: RetryConfig | str | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
    ) -> None:
        configure_from_env()
        key = api_key or os.environ.get(C.API_KEY_ENV, "")
        if not isinstance(key, str):
            raise OpenRouterError(f"api_key must be a string, not {type(key).__name__}")
        if not key:
            raise OpenRouterError(
                f"no API key: pass api_key=... or set the {C.API_KEY_ENV} environment variable"
            )
        if not _is_header_safe(key):
            # Said without quoting the key: it would end up in logs.
            raise OpenRouterError(
                "the API key has characters an HTTP header cannot carry (whitespace, control "
                "or non-ASCII characters): check how it was pasted or read"
            )
        if server_url and base_url and server_url != base_url:
            raise ValueError("server_url and base_url name different URLs: give one of them")
        if server_url == "" or base_url == "":
            raise ValueError("server_url is empty: give a URL, or leave it out for the default")
        url = server_url or base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError):
            raise ValueError(f"server_url must be an http(s) URL, not {url!r}") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"server_url must be an http(s) URL, not {url!r}")
        if parsed.scheme == "http" and not _is_loopback(parsed.host) and not allow_insecure_http:
            raise InsecureTransportError(
                f"refusing to send the API key in clear text to {parsed.host}: use https, "
                "or pass allow_insecure_http=True if this network is trusted"
            )
        app_headers = {
            "http_referer": http_referer,
            "x_open_router_title": x_open_router_title,
            "x_open_router_categories": x_open_router_categories,
        }
        _check_header_values(type(self).__name__, app_headers)
        _check_headers(type(self).__name__, "default_headers", default_headers)
        self._api_key = key
        self.base_url = url.rstrip("/")
        self.retry_config = resolve(retry_config)
        self._timeout_given = timeout is not None
        self.timeout: httpx.Timeout = (
            _timeout_of(timeout, type(self).__name__) if timeout is not None else C.DEFAULT_TIMEOUT
        )
        self._app_headers = {
            header: value
            for name, header in _APP_HEADERS.items()
            if (value := app_headers[name]) is not None
        }
        self._default_headers = dict(default_headers or {})
        self._client = client
        self._async_client = async_client
        self._owns_client = client is None
        self._owns_async_client = async_client is None
        # Threads making their first calls at once must build one httpx client, not several.
        self._http_lock = threading.Lock()
        #: The asyncio loop the async httpx client this client built was made in: its
        #: connections belong to that loop, so another loop gets a client of its own.
        self._async_loop: weakref.ref[Any] | None = None
        self._clock: Clock = clock or SystemClock()
        self._rand: Callable[[], float] = random.random

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r}>"

    # ------------------------------------------------------------------ http clients

    def _http(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._http_lock:
                if self._client is None:
                    self._client = httpx.Client(timeout=self.timeout)
                client = self._client
        return client

    def _async_http(self) -> httpx.AsyncClient:
        loop = _running_loop()
        client = self._async_client
        if client is None or self._from_another_loop(loop):
            with self._http_lock:
                if self._async_client is None or self._from_another_loop(loop):
                    # A client built in a loop that has ended is dropped: its connections
                    # cannot be used, nor closed, from this one.
                    self._async_client = httpx.AsyncClient(timeout=self.timeout)
                    self._async_loop = weakref.ref(loop) if loop is not None else None
                client = self._async_client
        return client

    def _from_another_loop(self, loop: Any) -> bool:
        """Whether the async httpx client this client built belongs to a loop other than
        ``loop`` (a client you gave is always used as it is)."""
        if not self._owns_async_client or self._async_loop is None or loop is None:
            return False
        return self._async_loop() is not loop

    def _close_http(self) -> None:
        """Close the sync httpx client this client built (not one you gave it)."""
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def _aclose_async_http(self) -> None:
        """Close the async httpx client this client built (dropped if its loop is another)."""
        client = self._async_client
        if not self._owns_async_client or client is None:
            return
        self._async_client = None
        if not self._from_another_loop(_running_loop()):
            await client.aclose()
        self._async_loop = None

    async def aclose(self) -> None:
        """Close every HTTP connection this client opened, sync and async (not the httpx
        clients you gave it)."""
        await self._aclose_async_http()
        self._close_http()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ preparing a call

    def _prepare(
        self,
        operation: Operation,
        *,
        params: Mapping[str, Any] | None = None,
        body: dict[str, Any] | None = None,
        options: Mapping[str, Any],
    ) -> Call:
        """Check the arguments and build the request; raises before anything is sent."""
        # Most calls give no option: their checks are skipped then, not run on nothing.
        unknown = set(options) - CALL_OPTIONS if options else None
        if unknown:
            raise InvalidRequestError(
                operation.name, sorted(unknown)[0], "is not an argument of this operation"
            )
        values = dict(params or {})
        check_parameters(operation.name, operation.operation_id, values)
        kwargs: dict[str, Any] = {k: v for k, v in values.items() if v is not None}
        if options:
            app_headers = {name: options.get(name) for name in _APP_HEADERS}
            _check_header_values(operation.name, app_headers)
            _check_headers(operation.name, "extra_headers", options.get("extra_headers"))
            kwargs.update({name: value for name, value in app_headers.items() if value is not None})
        if body is not None:
            # Checked as given (enforce_zdr included), then the rule fills the fields it names.
            body = {key: plain(value) for key, value in body.items()}
            check_body(operation.name, operation.operation_id, body)
            body = _apply_enforce_zdr(body)
            try:
                kwargs["body"] = operation.body_model.from_dict(body)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InvalidRequestError(
                    operation.name, "body", f"cannot be encoded: {exc}"
                ) from None
        request_kwargs: dict[str, Any] = operation.module._get_kwargs(**kwargs)
        retries = self.retry_config
        if options.get("retries") is not None:
            try:
                retries = resolve(options["retries"])
            except (TypeError, ValueError) as exc:
                raise InvalidRequestError(operation.name, "retries", str(exc)) from None
        timeout = options.get("timeout")
        if timeout is not None:
            timeout = _timeout_of(timeout, operation.name)
        elif self._timeout_given or self._owns_client:
            timeout = self.timeout
        else:
            timeout = _UNSET_TIMEOUT
        return Call(
            operation=operation,
            request_kwargs=request_kwargs,
            retries=retries,
            timeout=timeout,
            extra_headers=options.get("extra_headers"),
        )

    def _headers(self, call: Call) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self._api_key}",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self._app_headers,
            **self._default_headers,
            **call.request_kwargs.get("headers", {}),
        }
        if call.extra_headers:
            headers.update(call.extra_headers)
        return headers

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
        kw = call.request_kwargs
        request = http.build_request(
            kw["method"].upper(),
            self.base_url + kw["url"],
            params=kw.get("params"),
            json=kw.get("json"),
            headers=self._headers(call),
            timeout=call.timeout,
        )
        if logger.isEnabledFor(10):
            logger.debug(
                "request %s %s headers=%s",
                request.method,
                request.url,
                redact_headers(request.headers),
            )
        return request

    # ------------------------------------------------------------------ decisions

    def _on_exception(
        self,
        call: Call,
        request: httpx.Request,
        exc: httpx.RequestError,
        retries: int,
        started: float,
    ) -> Decision:
        reason = retryable_exception(exc, call.operation.retry, call.retries)
        decision = self._decide(call, request, retries, started, reason)
        if not decision.retry:
            cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
            message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            raise cls(
                message, method=request.method, url=str(request.url), retries=retries
            ) from exc
        return decision

    def _on_status(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        retries: int,
        started: float,
    ) -> Decision:
        retry_after = parse_retry_after(response.headers, now=self._clock.utcnow())
        reason = (
            f"{response.status_code} {response.reason_phrase}".strip()
            if retryable_status(response.status_code, call.operation.retry)
            else None
        )
        decision = self._decide(call, request, retries, started, reason, retry_after)
        if not decision.retry:
            raise self._status_error(request, response, retries, retry_after)
        return decision

    def _decide(
        self,
        call: Call,
        request: httpx.Request,
        retries: int,
        started: float,
        reason: str | None,
        retry_after: float | None = None,
    ) -> Decision:
        """The retry policy's answer for this failure; a retry is logged with its reason."""
        decision = decide(
            config=call.retries,
            retries_done=retries,
            elapsed=self._clock.now() - started,
            reason=reason,
            retry_after=retry_after,
            rand=self._rand,
        )
        if not decision.retry:
            return decision
        logger.debug(
            "retrying %s %s in %.2fs (%s); retry %d of %d",
            request.method,
            request.url.path,
            decision.delay,
            decision.reason,
            retries + 1,
            call.retries.max_retries,
        )
        return decision

    # ------------------------------------------------------------------ reading responses

    def _status_error(
        self,
        request: httpx.Request,
        response: httpx.Response,
        retries: int,
        retry_after: float | None,
    ) -> APIError:
        message, data = _error_details(response)
        error = _api_error(
            error_class_for(response.status_code), message, request, response, retries, data
        )
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after
        return error

    def _parse(
        self, call: Call, request: httpx.Request, response: httpx.Response, retries: int
    ) -> Any:
        if logger.isEnabledFor(10):
            logger.debug(
                "response %s %s -> %d", request.method, request.url.path, response.status_code
            )

        def invalid(problem: str) -> APIError:
            message = f"the response breaks the contract: {problem}"
            return _api_error(ResponseValidationError, message, request, response, retries)

        try:
            payload = json.loads(response.content)
        except _UNREADABLE_JSON:
            raise invalid("the body is not JSON") from None
        if not isinstance(payload, dict):
            raise invalid(f"expected a JSON object, got {type(payload).__name__}")
        if call.operation.paginated:
            if not isinstance(payload.get("data"), list):
                raise invalid("'data' is not a list")
            total = payload.get("total_count")
            if not isinstance(total, int) or isinstance(total, bool) or total < 0:
                raise invalid("'total_count' is not a non-negative integer")
        try:
            return call.operation.response_model.from_dict(payload)
        except KeyError as exc:
            raise invalid(f"a required field is missing: {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise invalid(f"{type(exc).__name__}: {exc}") from None

    # ------------------------------------------------------------------ the request loops

    def _send(self, call: Call) -> Any:
        http = self._http()
        request = self._build(http, call)
        started = self._clock.now()
        retries = 0
        while True:
            try:
                response = http.send(request)
            except httpx.RequestError as exc:
                decision = self._on_exception(call, request, exc, retries, started)
            else:
                if response.is_success:
                    return self._parse(call, request, response, retries)
                decision = self._on_status(call, request, response, retries, started)
            self._clock.sleep(decision.delay)
            retries += 1

    async def _asend(self, call: Call) -> Any:
        http = self._async_http()
        request = self._build(http, call)
        started = self._clock.now()
        retries = 0
        while True:
            try:
                response = await http.send(request)
            except httpx.RequestError as exc:
                decision = self._on_exception(call, request, exc, retries, started)
            else:
                if response.is_success:
                    return self._parse(call, request, response, retries)
                decision = self._on_status(call, request, response, retries, started)
            await self._clock.asleep(decision.delay)
            retries += 1


def _api_error(
    cls: type[APIError],
    message: str,
    request: httpx.Request,
    response: httpx.Response,
    retries: int,
    data: Any = None,
) -> APIError:
    """An error of ``cls`` for ``response``, carrying everything the error tree promises."""
    return cls(
        message,
        status_code=response.status_code,
        body=_text(response),
        headers=response.headers,
        method=request.method,
        url=str(request.url),
        request_id=_request_id(response),
        retries=retries,
        data=data,
    )


def _text(response: httpx.Response) -> str:
    try:
        return response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return response.content.decode("utf-8", errors="replace")


def _request_id(response: httpx.Response) -> str | None:
    for header in C.REQUEST_ID_HEADERS:
        value = response.headers.get(header)
        if value:
            return str(value)
    return None


def _error_details(response: httpx.Response) -> tuple[str, Any]:
    """The server's message and the parsed error envelope (when the body is one)."""
    reason = response.reason_phrase or f"HTTP {response.status_code}"
    try:
        payload = json.loads(response.content)
    except _UNREADABLE_JSON:
        payload = None
    if isinstance(payload, dict):
        error = payload.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            from openrouter_guardrails_api.models.error_response import ErrorResponse

            try:
                data = ErrorResponse.from_dict(payload)
            except (KeyError, TypeError, ValueError, AttributeError):
                data = None
            return error["message"], data
        if isinstance(payload.get("message"), str):
            return payload["message"], None
        if isinstance(error, str):
            return error, None
    text = _text(response).strip()
    if not text:
        return f"{reason} (empty body)", None
    snippet = " ".join(text.split())[: C.MAX_BODY_IN_MESSAGE]
    return f"{reason} (body is not the API's error envelope: {snippet!r})", None
