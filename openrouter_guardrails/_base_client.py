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
import urllib.request
import warnings
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx

from openrouter_guardrails import __version__
from openrouter_guardrails import _constants as C
from openrouter_guardrails._checks import reader
from openrouter_guardrails._clock import Clock, SystemClock
from openrouter_guardrails._deadline import (
    build_async_client,
    build_client,
    reset_deadline,
    seconds_of,
    set_deadline,
    time_left,
)
from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InsecureTransportError,
    InvalidRequestError,
    OpenRouterError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    RetriedWriteWarning,
    error_class_for,
)
from openrouter_guardrails._frames import caller_stacklevel
from openrouter_guardrails._logging import DebugLogger, configure_from_env, logger, redact_headers
from openrouter_guardrails._operations import Compiled, Operation
from openrouter_guardrails._retry import (
    Decision,
    RetryConfig,
    RetryKind,
    decide,
    may_have_been_processed,
    parse_retry_after,
    resolve,
    retryable_exception,
    retryable_status,
)
from openrouter_guardrails._secret import Secret
from openrouter_guardrails._types import CALL_OPTIONS
from openrouter_guardrails._validation import check_body, check_parameters, plain
from openrouter_guardrails._values import UNSET, ContractViolation
from openrouter_guardrails._zdr import apply_enforce_zdr

USER_AGENT = f"openrouter-guardrails/{__version__} python-httpx/{httpx.__version__}"
_UNSET_TIMEOUT: Any = httpx.USE_CLIENT_DEFAULT
#: What ``json.loads`` raises on a body that is not JSON, or is nested too deeply to read.
_UNREADABLE_JSON = (ValueError, RecursionError)
#: What a body that is not JSON reads as.
_NOT_JSON: Any = object()


@dataclass
class Call:
    """One prepared call: the request to send and how to retry and read it."""

    operation: Operation
    request_kwargs: dict[str, Any]
    retries: RetryConfig
    timeout: Any
    extra_headers: Mapping[str, str] | None = None
    #: The base URL of this call (the client's, or the call's ``server_url``).
    base_url: str = ""
    #: Sent as given, merged last: query parameters and body fields the contract may not know.
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    #: The item the answer must be about: its field, its identity, and the value asked for.
    answer_for: tuple[str, str, Any] | None = None


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


class _CheckedBody:
    """A request body, checked against the contract, as the generated endpoint function
    takes it (it calls ``to_dict()``): the JSON object is sent as it is."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict[str, Any]) -> None:
        self._fields = fields

    def to_dict(self) -> dict[str, Any]:
        return self._fields


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


def _timeout_from(where: str, timeout: object, timeout_ms: object) -> object:
    """The timeout given as ``timeout`` (seconds) or ``timeout_ms`` (the official SDK's
    milliseconds); ``None`` when neither was given."""
    if timeout_ms is None:
        return timeout
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, int | float):
        raise InvalidRequestError(where, "timeout_ms", "must be a number of milliseconds")
    if timeout is not None:
        raise InvalidRequestError(where, "timeout_ms", "and timeout both given: give one of them")
    if not math.isfinite(timeout_ms) or timeout_ms <= 0:
        raise InvalidRequestError(
            where, "timeout_ms", f"must be a finite number above 0 (got {timeout_ms})"
        )
    return timeout_ms / 1000


def _max_response_bytes_of(value: object) -> int:
    """The cap on a response's decoded size: a positive number of bytes."""
    if value is None:
        return C.DEFAULT_MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_bytes must be a number of bytes above 0, not {value!r}")
    return value


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
    """Whether ``host`` names this machine for sure: a literal loopback address, or exactly
    ``localhost`` (a name under ``.localhost`` resolves wherever a resolver says)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _api_key_of(given: object) -> tuple[Secret | None, str | None]:
    """The API key as a ``Secret`` (from ``given``, else the environment), or the problem
    with it. It never raises, so no frame of a configuration error holds the key in clear."""
    if isinstance(given, Secret):
        given = given.reveal()
    value = given or os.environ.get(C.API_KEY_ENV, "")
    if not isinstance(value, str):
        return None, f"api_key must be a string, not {type(value).__name__}"
    if not value:
        return None, (
            f"no API key: pass api_key=... or set the {C.API_KEY_ENV} environment variable"
        )
    if not _is_header_safe(value):
        # Said without quoting the key: it would end up in logs.
        return None, (
            "the API key has characters an HTTP header cannot carry (whitespace, control "
            "or non-ASCII characters): check how it was pasted or read"
        )
    return Secret(value), None


def _server_url_of(url: object, allow_insecure_http: bool) -> str:
    """``url`` checked as a base URL (without its trailing slash): http(s), and plain http
    only to this machine unless ``allow_insecure_http``."""
    if not isinstance(url, str):
        raise ValueError(f"server_url must be an http(s) URL, not {url!r}")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, UnicodeError):
        raise ValueError(f"server_url must be an http(s) URL, not {url!r}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"server_url must be an http(s) URL, not {url!r}")
    if parsed.scheme == "http" and not _is_loopback(parsed.host) and not allow_insecure_http:
        raise InsecureTransportError(
            f"refusing to send the API key in clear text to {parsed.host}: use https, "
            "or pass allow_insecure_http=True if this network is trusted"
        )
    return url.rstrip("/")


def _unencodable(value: Any, where: str) -> str | None:
    """Where ``value`` holds a string UTF-8 cannot encode (a lone surrogate), or ``None``."""
    kind = type(value)
    if kind is str:
        if value.isascii():
            return None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if kind in _SCALARS:
        return None
    if kind is list or kind is tuple:
        for index, item in enumerate(value):
            found = _unencodable(item, f"{where}[{index}]")
            if found:
                return found
        return None
    if isinstance(value, str):
        return _unencodable(str(value), where)
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _unencodable(key, where) or _unencodable(item, f"{where}[{key!r}]")
            if found:
                return found
    return None


#: Types that hold no string.
_SCALARS = frozenset({bool, int, float, type(None)})


def _unsendable(exc: UnicodeEncodeError) -> str:
    return f"cannot be encoded ({exc.reason}): a string holds a character UTF-8 cannot encode"


def _check_encodable(operation: str, values: Mapping[str, Any]) -> None:
    """Raise ``InvalidRequestError`` naming the first argument that holds a string UTF-8
    cannot encode (a lone surrogate such as ``"\\ud800"``): it cannot be sent."""
    for name, value in values.items():
        where = _unencodable(value, name)
        if where is not None:
            raise InvalidRequestError(
                operation,
                where,
                "holds a lone surrogate (such as '\\ud800'), which UTF-8 cannot encode",
            )


def _check_extra(operation: str, name: str, value: object) -> dict[str, Any] | None:
    """An ``extra_query`` / ``extra_body`` mapping, checked only for what could not be sent
    at all (not a mapping, not JSON, a lone surrogate); its fields are not checked."""
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidRequestError(operation, name, "must be a mapping with string keys")
    extra = {key: plain(item) for key, item in value.items()}
    _check_encodable(operation, {name: extra})
    if name == "extra_query":
        for key, item in extra.items():
            items = item if isinstance(item, list) else [item]
            if not all(isinstance(v, str | int | float | bool | None) for v in items):
                raise InvalidRequestError(
                    operation, f"{name}[{key!r}]", "must be a query value: a scalar or a list"
                )
    try:
        json.dumps(extra, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(operation, name, f"cannot be sent as JSON: {exc}") from None
    return extra


class BaseClient:
    """Configuration and every decision of the client; no I/O of its own."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        server_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry_config: RetryConfig | str | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        clock: Clock | None = None,
        timeout_ms: int | None = None,
        debug_logger: DebugLogger | None = None,
        max_response_bytes: int | None = None,
        strict_responses: bool = False,
        **app_headers: str | None,
    ) -> None:
        configure_from_env()
        # From here on the only name holding the key is a Secret, whose repr redacts it: a
        # configuration error's traceback (``--showlocals``, Sentry) shows no key.
        secret, problem = _api_key_of(api_key)
        api_key = None
        if secret is None:
            raise OpenRouterError(problem)
        if server_url and base_url and server_url != base_url:
            raise ValueError("server_url and base_url name different URLs: give one of them")
        if server_url == "" or base_url == "":
            raise ValueError("server_url is empty: give a URL, or leave it out for the default")
        url = server_url or base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL
        self._allow_insecure_http = allow_insecure_http
        self.base_url = _server_url_of(url, allow_insecure_http)
        client_headers = self._client_headers()
        unknown_headers = app_headers.keys() - client_headers.keys()
        if unknown_headers:
            raise TypeError(
                f"{type(self).__name__}() got an unexpected keyword argument "
                f"{sorted(unknown_headers)[0]!r}"
            )
        _check_header_values(type(self).__name__, app_headers)
        _check_headers(type(self).__name__, "default_headers", default_headers)
        given_timeout = _timeout_from(type(self).__name__, timeout, timeout_ms)
        self._api_key = secret
        self.retry_config = resolve(retry_config)
        self._timeout_given = given_timeout is not None
        self.timeout: httpx.Timeout = (
            _timeout_of(given_timeout, type(self).__name__)
            if given_timeout is not None
            else C.DEFAULT_TIMEOUT
        )
        self.max_response_bytes = _max_response_bytes_of(max_response_bytes)
        if not isinstance(strict_responses, bool):
            raise TypeError(
                f"strict_responses must be True or False, not {type(strict_responses).__name__}"
            )
        #: Raise ``ResponseValidationError`` for a response that breaks the contract, instead
        #: of returning it with its ``contract_violations`` (see ``_checks``).
        self.strict_responses = strict_responses
        #: The (operation, path) pairs a ``ContractViolationWarning`` was issued for.
        self._contract_warned: set[tuple[str, str]] = set()
        if debug_logger is not None and not callable(getattr(debug_logger, "debug", None)):
            raise TypeError("debug_logger must have a debug(msg, *args) method")
        self._debug_logger = debug_logger
        self._app_headers = {
            client_headers[name]: value for name, value in app_headers.items() if value is not None
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

    @classmethod
    def _client_headers(cls) -> Mapping[str, str]:
        """The header parameters every operation takes, which the client sets once:
        argument name -> header name (the clients give the contract's; none here)."""
        return {}

    # ------------------------------------------------------------------ http clients

    def _http(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._http_lock:
                if self._client is None:
                    self._client = build_client(self.timeout)
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
                    self._async_client = build_async_client(self.timeout)
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
        unknown = set(options) - CALL_OPTIONS - operation.header_params.keys() if options else None
        if unknown:
            raise InvalidRequestError(
                operation.name, sorted(unknown)[0], "is not an argument of this operation"
            )
        # Checked and sent as JSON holds them (a datetime as its ISO 8601 text).
        values = {name: plain(value) for name, value in (params or {}).items()}
        check_parameters(operation, values)
        # A query parameter not given is not sent (the server applies its own default), even
        # where the generated function would send the contract's default.
        kwargs: dict[str, Any] = dict.fromkeys(operation.query_params, UNSET)
        kwargs.update((k, v) for k, v in values.items() if v is not None)
        if options:
            app_headers = {name: options.get(name) for name in operation.header_params}
            _check_header_values(operation.name, app_headers)
            _check_headers(operation.name, "extra_headers", options.get("extra_headers"))
            _check_headers(operation.name, "http_headers", options.get("http_headers"))
            kwargs.update({name: value for name, value in app_headers.items() if value is not None})
        if body is not None:
            # Checked as given (enforce_zdr included), then the rule fills the fields it names.
            body = {key: plain(value) for key, value in body.items()}
            check_body(operation, body)
            # Sent as checked: the endpoint function takes it where it takes a request model.
            kwargs["body"] = _CheckedBody(apply_enforce_zdr(body, operation.fallbacks))
        try:
            request_kwargs: dict[str, Any] = operation.compiled.build_request(**kwargs)
        except UnicodeEncodeError as exc:
            # Found only when encoding fails, so that a call that can be sent pays nothing.
            _check_encodable(operation.name, values)
            raise InvalidRequestError(operation.name, "arguments", _unsendable(exc)) from None
        retries = self.retry_config
        if options.get("retries") is not None:
            try:
                retries = resolve(options["retries"])
            except (TypeError, ValueError) as exc:
                raise InvalidRequestError(operation.name, "retries", str(exc)) from None
        timeout = _timeout_from(operation.name, options.get("timeout"), options.get("timeout_ms"))
        if timeout is not None:
            timeout = _timeout_of(timeout, operation.name)
        elif self._timeout_given or self._owns_client:
            timeout = self.timeout
        else:
            timeout = _UNSET_TIMEOUT
        about = operation.answers_for
        answer_for = None if about is None else (*about, values.get(about[1]))
        if not options:
            return Call(
                operation,
                request_kwargs,
                retries,
                timeout,
                base_url=self.base_url,
                answer_for=answer_for,
            )
        extra_body = _check_extra(operation.name, "extra_body", options.get("extra_body"))
        if extra_body and "json" not in request_kwargs:
            raise InvalidRequestError(
                operation.name,
                "extra_body",
                "is for operations that send a body; this one does not",
            )
        extra_headers = {
            **(options.get("http_headers") or {}),
            **(options.get("extra_headers") or {}),
        }
        return Call(
            operation=operation,
            request_kwargs=request_kwargs,
            retries=retries,
            timeout=timeout,
            extra_headers=extra_headers or None,
            base_url=self._call_url(operation.name, options.get("server_url")),
            extra_query=_check_extra(operation.name, "extra_query", options.get("extra_query")),
            extra_body=extra_body,
            answer_for=answer_for,
        )

    def _call_url(self, operation: str, server_url: object) -> str:
        """The base URL of a call: its ``server_url`` (checked as the client's is), or the
        client's."""
        if server_url is None:
            return self.base_url
        try:
            return _server_url_of(server_url, self._allow_insecure_http)
        except InsecureTransportError:
            raise
        except ValueError as exc:
            raise InvalidRequestError(operation, "server_url", str(exc)) from None

    def _headers(self, call: Call) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self._api_key.reveal()}",
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
        params, body = kw.get("params"), kw.get("json")
        if call.extra_query:
            params = {**(params or {}), **call.extra_query}
        if call.extra_body:
            body = {**(body or {}), **call.extra_body}
        url = (call.base_url or self.base_url) + kw["url"]
        owned = (
            self._owns_async_client if isinstance(http, httpx.AsyncClient) else self._owns_client
        )
        if url.startswith("http:") and not owned:
            _refuse_proxy(http, url)
        try:
            request = http.build_request(
                kw["method"].upper(),
                url,
                params=params,
                json=body,
                headers=self._headers(call),
                timeout=call.timeout,
            )
        except UnicodeEncodeError as exc:
            # A lone surrogate: named here, before anything is sent (found only on failure,
            # so that a call that can be sent pays nothing for the search).
            _check_encodable(call.operation.name, {**(params or {}), **(body or {})})
            raise InvalidRequestError(call.operation.name, "arguments", _unsendable(exc)) from None
        except (TypeError, ValueError) as exc:  # a value JSON has no form for
            raise InvalidRequestError(
                call.operation.name, "body", f"cannot be encoded: {exc}"
            ) from None
        if self._debugging():
            self._debug(
                "request %s %s headers=%s",
                request.method,
                request.url,
                redact_headers(request.headers),
            )
        return request

    def _debugging(self) -> bool:
        return self._debug_logger is not None or logger.isEnabledFor(10)

    def _debug(self, message: str, *args: Any) -> None:
        """A debug line, to the package logger and to the ``debug_logger`` given."""
        logger.debug(message, *args)
        if self._debug_logger is not None:
            self._debug_logger.debug(message, *args)

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
            secret = _secret_of(request)
            message = secret.redact(message) if secret else message
            raise cls(
                message, method=request.method, url=str(request.url), retries=retries
            ) from exc
        return decision

    def _on_status(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        content: bytes,
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
            raise self._status_error(call, request, response, content, retries, retry_after)
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
        self._debug(
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
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        content: bytes,
        retries: int,
        retry_after: float | None,
    ) -> APIError:
        message, data = _error_details(
            response, content, _secret_of(request), call.operation.compiled
        )
        error = _api_error(
            error_class_for(response.status_code),
            message,
            request,
            response,
            content,
            retries,
            data,
        )
        if isinstance(error, RateLimitError):
            error.retry_after = retry_after
        return error

    def _parse(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        content: bytes,
        retries: int,
    ) -> Any:
        def invalid(problem: str) -> APIError:
            message = f"the response breaks the contract: {problem}"
            return _api_error(ResponseValidationError, message, request, response, content, retries)

        try:
            payload = json.loads(content)
        except _UNREADABLE_JSON:
            payload = _NOT_JSON
        if payload is _NOT_JSON:
            # Raised outside the handler: the decoder's error (whose ``doc`` is the body, an
            # echo of the key included) is not kept as the error's context.
            raise invalid("the body is not JSON")
        if not isinstance(payload, dict):
            raise invalid(f"expected a JSON object, got {type(payload).__name__}")
        pagination = call.operation.pagination
        if pagination is not None:
            if not isinstance(payload.get(pagination.results), list):
                raise invalid(f"{pagination.results!r} is not a list")
            total = payload.get(pagination.total)
            if not isinstance(total, int) or isinstance(total, bool) or total < 0:
                raise invalid(f"{pagination.total!r} is not a non-negative integer")

        def violated(problem: str, violations: tuple[ContractViolation, ...]) -> APIError:
            error = invalid(problem)
            if isinstance(error, ResponseValidationError):
                error.violations = violations
            return error

        return reader(call.operation).read(
            payload,
            strict=self.strict_responses,
            warned=self._contract_warned,
            fail=violated,
            about=call.answer_for,
        )

    def _outcome(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        content: bytes,
        retries: int,
        processed: list[str],
    ) -> tuple[bool, Any]:
        """``(True, result)`` when the call ends with this answer: a success, or a write's
        "already done" after an earlier attempt that may have been processed (its answer
        lost). ``(False, None)`` when the answer is a failure to retry or raise."""
        if self._debugging():  # every answer, errors included
            self._debug(
                "response %s %s -> %d", request.method, request.url.path, response.status_code
            )
        if not processed or request.method == "GET":
            if response.is_success:
                return True, self._parse(call, request, response, content, retries)
            return False, None
        done = call.operation.compiled.done
        if not response.is_success:
            if response.status_code != 404 or request.method != "DELETE" or done is None:
                return False, None
            # The DELETE's state holds: the earlier attempt most likely removed it.
            _warn_retried_write(
                call,
                f"{call.operation.name}(): not found on retry {retries}, after an attempt that "
                f"may have been processed ({processed[0]}): reported as done",
                processed[0],
            )
            return True, call.operation.response_model.from_dict(done)
        result = self._parse(call, request, response, content, retries)
        if request.method == "POST" and call.operation.retry is RetryKind.IDEMPOTENT:
            # A bulk (un)assignment answers with what the last attempt changed.
            _warn_retried_write(
                call,
                f"{call.operation.name}(): retried after an attempt that may have been "
                f"processed ({processed[0]}): the counts of the answer leave out what that "
                "attempt did",
                processed[0],
            )
        return True, result

    def _attempt_seconds(self, http: httpx.Client | httpx.AsyncClient, call: Call) -> float | None:
        """The deadline of each attempt of ``call``, in seconds (``None``: none)."""
        timeout = http.timeout if call.timeout is _UNSET_TIMEOUT else call.timeout
        return seconds_of(timeout)

    def _failed(self, processed: list[str], failure: Exception | int) -> None:
        """Record why a failed attempt may have been processed (if it may have)."""
        reason = may_have_been_processed(failure)
        if reason is not None:
            processed.append(reason)

    # ------------------------------------------------------------------ the request loops

    def _send(self, call: Call) -> Any:
        http = self._http()
        request = self._build(http, call)
        seconds = self._attempt_seconds(http, call)
        started = self._clock.now()
        retries = 0
        processed: list[str] = []
        while True:
            deadline = set_deadline(self._clock.now, seconds)
            try:
                response = http.send(request, stream=True)
                try:
                    body = _Body(self.max_response_bytes, request, response, retries)
                    for chunk in response.iter_bytes():
                        body.add(chunk)
                    content = body.content()
                finally:
                    response.close()
            except httpx.RequestError as exc:
                self._failed(processed, exc)
                decision = self._on_exception(call, request, exc, retries, started)
            else:
                ends, result = self._outcome(call, request, response, content, retries, processed)
                if ends:
                    return result
                self._failed(processed, response.status_code)
                decision = self._on_status(call, request, response, content, retries, started)
            finally:
                reset_deadline(deadline)
            self._clock.sleep(decision.delay)
            retries += 1

    async def _asend(self, call: Call) -> Any:
        http = self._async_http()
        request = self._build(http, call)
        seconds = self._attempt_seconds(http, call)
        started = self._clock.now()
        retries = 0
        processed: list[str] = []
        while True:
            deadline = set_deadline(self._clock.now, seconds)
            try:
                response = await http.send(request, stream=True)
                try:
                    body = _Body(self.max_response_bytes, request, response, retries)
                    async for chunk in response.aiter_bytes():
                        body.add(chunk)
                    content = body.content()
                finally:
                    await response.aclose()
            except httpx.RequestError as exc:
                self._failed(processed, exc)
                decision = self._on_exception(call, request, exc, retries, started)
            else:
                ends, result = self._outcome(call, request, response, content, retries, processed)
                if ends:
                    return result
                self._failed(processed, response.status_code)
                decision = self._on_status(call, request, response, content, retries, started)
            finally:
                reset_deadline(deadline)
            await self._clock.asleep(decision.delay)
            retries += 1


class _Body:
    """A response's body as it is read: decoded chunk by chunk, and stopped past the size
    cap or the attempt's deadline."""

    __slots__ = ("_chunks", "_limit", "_request", "_response", "_retries", "_size")

    def __init__(
        self, limit: int, request: httpx.Request, response: httpx.Response, retries: int
    ) -> None:
        self._chunks: list[bytes] = []
        self._size = 0
        self._limit = limit
        self._request = request
        self._response = response
        self._retries = retries

    def add(self, chunk: bytes) -> None:
        """Keep ``chunk``; raises ``ResponseTooLargeError`` past the cap, and
        ``httpx.ReadTimeout`` once the attempt's deadline has passed."""
        self._size += len(chunk)
        if self._size > self._limit:
            error = _api_error(
                ResponseTooLargeError,
                f"the response's body passed {self._limit} bytes once decoded "
                "(max_response_bytes): the read was stopped",
                self._request,
                self._response,
                b"",
                self._retries,
            )
            if isinstance(error, ResponseTooLargeError):
                error.limit = self._limit
            raise error
        self._chunks.append(chunk)
        left = time_left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout(
                "the body was still arriving when the attempt's timeout ran out",
                request=self._request,
            )

    def content(self) -> bytes:
        """The body read, whole (the response itself was read as a stream, so its own
        ``content`` stays unread: every reader of the answer is given these bytes)."""
        return b"".join(self._chunks)


def _warn_retried_write(call: Call, message: str, reason: str) -> None:
    logger.info("%s", message)
    warnings.warn(
        RetriedWriteWarning(message, operation=call.operation.name, reason=reason),
        stacklevel=caller_stacklevel(),
    )


def _refuse_proxy(http: httpx.Client | httpx.AsyncClient, url: str) -> None:
    """Raise ``InsecureTransportError`` when ``http`` (an httpx client you gave) would send a
    plain-http request (the key in clear) through a proxy from the environment.

    Told from httpx's public ``trust_env`` and the standard library's reading of the same
    variables (``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``); a ``proxy=`` you give your own
    client is your choice. The clients the SDK builds never route plain http through a
    proxy."""
    if not http.trust_env:
        return
    proxies = urllib.request.getproxies()
    if not (proxies.get("http") or proxies.get("all")):
        return
    host = httpx.URL(url).host
    if urllib.request.proxy_bypass(host):
        return
    raise InsecureTransportError(
        f"refusing to send the API key in clear text through a proxy to {url}: the httpx "
        "client routes plain http through the proxy of the environment (trust_env); use "
        "https, or a client built with trust_env=False"
    )


def _api_error(
    cls: type[APIError],
    message: str,
    request: httpx.Request,
    response: httpx.Response,
    content: bytes,
    retries: int,
    data: Any = None,
) -> APIError:
    """An error of ``cls`` for ``response``, carrying everything the error tree promises,
    with any echo of the request's API key redacted."""
    secret = _secret_of(request)
    headers = response.headers
    if secret is not None and any(secret.redact(v) != v for v in headers.values()):
        headers = httpx.Headers([(k, secret.redact(v)) for k, v in headers.multi_items()])
    return cls(
        secret.redact(message) if secret else message,
        status_code=response.status_code,
        body=secret.redact(_text(response, content)) if secret else _text(response, content),
        headers=headers,
        method=request.method,
        url=str(request.url),
        request_id=_request_id(response),
        retries=retries,
        data=data,
    )


def _secret_of(request: httpx.Request) -> Secret | None:
    """The API key the request carries (what a server's echo would show)."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return Secret(token) if token and scheme.lower() == "bearer" else None


def _text(response: httpx.Response, content: bytes) -> str:
    """The body as text: in the charset the response names when the body reads in it as it
    is, else as UTF-8 with what cannot be read replaced. (A codec such as ``idna`` or
    ``punycode`` cannot replace what it cannot read, and on Python 3.13 ``punycode`` with
    ``errors="replace"`` gives an empty string for a body it cannot read: the body would be
    lost.)"""
    try:
        return content.decode(response.encoding or "utf-8")
    except (LookupError, ValueError, TypeError):
        return content.decode("utf-8", errors="replace")


def _request_id(response: httpx.Response) -> str | None:
    for header in C.REQUEST_ID_HEADERS:
        value = response.headers.get(header)
        if value:
            return str(value)
    return None


def _error_details(
    response: httpx.Response,
    content: bytes,
    secret: Secret | None = None,
    compiled: Compiled | None = None,
) -> tuple[str, Any]:
    """The server's message and the parsed error envelope (when the body is one and keeps
    the contract's ``compiled`` check of it), read from the body with any echo of
    ``secret`` redacted."""
    reason = response.reason_phrase or f"HTTP {response.status_code}"
    readable: bytes | str = content
    if secret is not None:
        text = _text(response, content)
        redacted = secret.redact(text)
        if redacted != text:
            readable = redacted
    try:
        payload = json.loads(readable)
    except _UNREADABLE_JSON:
        payload = None
    if isinstance(payload, dict):
        error = payload.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            # The parsed envelope only when it keeps the contract (the message stays anyway).
            if compiled is None or compiled.checks.error is None:
                return error["message"], None
            conforms = not compiled.checks.error(payload, "")
            return error["message"], compiled.error_model.from_dict(payload) if conforms else None
        if isinstance(payload.get("message"), str):
            return payload["message"], None
        if isinstance(error, str):
            return error, None
    text = _text(response, content).strip()
    if not text:
        return f"{reason} (empty body)", None
    snippet = " ".join(text.split())[: C.MAX_BODY_IN_MESSAGE]
    return f"{reason} (body is not the API's error envelope: {snippet!r})", None
