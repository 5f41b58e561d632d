"""What the client knows of one operation: the ``Operation`` record, and ``Compiled``, what
the build step wrote for it. The records themselves (``OPERATIONS``) are written from the
contract by the build step, in the generated package's ``sdk`` module; nothing here names an
operation, and nothing here imports the generated package: each record brings its own
loader, which imports the generated endpoint function, models and checks on the operation's
first call (so ``import openrouter_guardrails`` stays cheap).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from openrouter_guardrails._checking import OperationChecks
from openrouter_guardrails._retry import RetryKind

__all__ = ["Compiled", "Operation", "Pagination"]


@dataclass(frozen=True)
class Pagination:
    """How a listing pages (the contract's ``x-pagination``): its offset and limit query
    parameters, the fields of a page that hold the items and the total, and the field that
    identifies an item (to tell a server that makes no progress)."""

    offset: str
    limit: str
    results: str
    total: str
    identity: str | None = None


@dataclass(frozen=True)
class Compiled:
    """What the build step wrote for one operation: the generated function that builds its
    request (``_get_kwargs`` of its endpoint module), its models, its checks, and the answer
    a success always is when the contract fixes every field of it (``{"deleted": true}``)."""

    build_request: Callable[..., dict[str, Any]]
    response_model: Any
    body_model: Any
    error_model: Any
    checks: OperationChecks
    done: Mapping[str, Any] | None = None


def _not_compiled() -> Compiled:
    raise RuntimeError("this operation has no compiled contract (no loader was given)")


@dataclass(frozen=True)
class Operation:
    """One operation of the contract, as the client calls it."""

    name: str
    operation_id: str
    method: str
    path: str
    response_name: str
    body_name: str | None = None
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    #: Argument name -> header name.
    header_params: Mapping[str, str] = field(default_factory=dict)
    body_fields: tuple[str, ...] = ()
    retry: RetryKind = RetryKind.IDEMPOTENT
    pagination: Pagination | None = None
    #: Deprecated body fields whose value fills the named fields a request leaves out
    #: (``x-fills-unset``).
    fallbacks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The answer's field holding the item its path names, and that item's identity
    #: (``("data", "id")``): an answer about another item breaks the contract.
    answers_for: tuple[str, str] | None = None
    #: Imports what the build step wrote for this operation (see ``Compiled``).
    load: Callable[[], Compiled] = _not_compiled

    @property
    def paginated(self) -> bool:
        """Whether the operation answers with a page of a listing."""
        return self.pagination is not None

    @functools.cached_property
    def compiled(self) -> Compiled:
        """What the build step wrote for this operation (imported on first use)."""
        return self.load()

    @property
    def response_model(self) -> Any:
        """The generated model class of a success response."""
        return self.compiled.response_model

    @property
    def body_model(self) -> Any:
        """The generated model class of the request body (``None``: the operation has none)."""
        return self.compiled.body_model
