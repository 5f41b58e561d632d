"""The package logger, ``openrouter_guardrails``: silent unless the application configures it,
or ``OPENROUTER_LOG=debug`` (or ``info``) is set. Secrets are never written to it."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from openrouter_guardrails._constants import DEBUG_ENV, LOG_ENV

logger = logging.getLogger("openrouter_guardrails")


@runtime_checkable
class DebugLogger(Protocol):
    """What ``debug_logger=`` takes (as the official SDK): any object with a ``debug`` method,
    such as a ``logging.Logger``. It receives the same lines as the package logger."""

    def debug(self, msg: str, *args: Any, **kwargs: Any) -> None:
        """Record a debug line (``msg % args``)."""
        ...


SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "x-api-key"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers with the value of every credential header replaced."""
    return {
        key: ("<redacted>" if key.lower() in SENSITIVE_HEADERS else value)
        for key, value in headers.items()
    }


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``configure_from_env`` adds (once, however often it runs)."""


def configure_from_env() -> None:
    """Send the package's log to stderr at the level ``OPENROUTER_LOG`` names (``debug``
    when only the official SDK's ``OPENROUTER_DEBUG`` is set)."""
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if not level and os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false"):
        level = "DEBUG"
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
