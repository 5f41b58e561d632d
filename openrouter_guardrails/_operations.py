"""What the client knows of one operation: the ``Operation`` record. The records themselves
(``OPERATIONS``) are written from the contract by the build step, in the generated package's
``sdk`` module (``openrouter_guardrails_api.sdk``); nothing here names an operation.

The generated endpoint modules and models are imported on first use, so
``import openrouter_guardrails`` stays cheap.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from openrouter_guardrails._retry import RetryKind

__all__ = ["Operation", "Pagination"]

_PACKAGE = "openrouter_guardrails_api"
_API = _PACKAGE + ".api."
_MODELS = _PACKAGE + ".models"


@dataclass(frozen=True)
class Pagination:
    """How a listing pages (the contract's ``x-pagination``): its offset and limit query
    parameters, and the fields of a page that hold the items and the total."""

    offset: str
    limit: str
    results: str
    total: str


@dataclass(frozen=True)
class Operation:
    """One operation of the contract, as the client calls it."""

    name: str
    operation_id: str
    method: str
    path: str
    module_name: str
    response_name: str
    body_name: str | None = None
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    #: Argument name -> header name.
    header_params: Mapping[str, str] = field(default_factory=dict)
    body_fields: tuple[str, ...] = ()
    retry: RetryKind = RetryKind.IDEMPOTENT
    pagination: Pagination | None = None

    @property
    def paginated(self) -> bool:
        """Whether the operation answers with a page of a listing."""
        return self.pagination is not None

    @functools.cached_property
    def module(self) -> ModuleType:
        """The generated endpoint module (``_get_kwargs`` builds the request)."""
        return importlib.import_module(_API + self.module_name)

    @functools.cached_property
    def response_model(self) -> Any:
        """The generated model class of a success response."""
        return getattr(importlib.import_module(_MODELS), self.response_name)

    @functools.cached_property
    def body_model(self) -> Any:
        """The generated model class of the request body, if the operation has one."""
        if self.body_name is None:
            return None
        return getattr(importlib.import_module(_MODELS), self.body_name)
