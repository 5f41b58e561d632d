"""Every default of the client, in one place (the README states the same numbers; a test
checks that they agree)."""

from __future__ import annotations

import httpx

#: Where requests go when neither ``server_url`` nor ``OPENROUTER_BASE_URL`` says otherwise.
DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"
API_KEY_ENV = "OPENROUTER_API_KEY"
BASE_URL_ENV = "OPENROUTER_BASE_URL"
LOG_ENV = "OPENROUTER_LOG"
#: The official SDK's switch: any value but empty, ``0`` or ``false`` is ``OPENROUTER_LOG=debug``.
DEBUG_ENV = "OPENROUTER_DEBUG"

#: Seconds: 30 for each attempt as a whole (connect, send and every read together), and at
#: most 5 of them to connect.
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)

# Retry policy (milliseconds, as in the seed's BackoffStrategy).
DEFAULT_INITIAL_INTERVAL_MS = 500
DEFAULT_MAX_INTERVAL_MS = 8_000
DEFAULT_EXPONENT = 2.0
#: No retry starts once this much time has passed since the first attempt.
DEFAULT_MAX_ELAPSED_TIME_MS = 60_000
DEFAULT_MAX_RETRIES = 3
#: A ``Retry-After`` longer than this is not waited for: the error is raised with its value.
DEFAULT_MAX_RETRY_AFTER_SECONDS = 60.0
#: Each backoff delay is multiplied by a random factor in [JITTER_MIN, 1].
JITTER_MIN = 0.5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

DEFAULT_PAGE_LIMIT = 50
MAX_PAGE_LIMIT = 100

#: Response headers that carry a request id, tried in this order.
REQUEST_ID_HEADERS = ("x-request-id", "x-openrouter-request-id", "cf-ray")
#: How much of a non-JSON error body is quoted in an error message.
MAX_BODY_IN_MESSAGE = 200

#: The most a response's body may hold once decoded (32 MiB); past it the read stops with
#: ``ResponseTooLargeError``. A compressed body is decoded as it is read, never whole.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: A listing whose pages go on this many items past the ``total_count`` of its first page
#: stops with ``PaginationError``: the server makes no progress towards an end.
LISTING_OVERRUN_ALLOWANCE = 1_000
#: How many of its latest items a listing remembers the ids of, at most (and at least half
#: as many: they are let go half at a time): a page holding only items among them stops the
#: listing, and an item repeated from them is yielded once (memory stays bounded however long
#: the listing).
LISTING_REPEAT_WINDOW = 10_000
