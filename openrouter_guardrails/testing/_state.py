"""The fake's state, the SQLite file that keeps it across restarts, and its request log.

Guardrails and assignments are kept as the JSON objects the API returns, in the order they
were made (the order the list operations return them in). Each table of the state notes
which of its rows a request wrote, so that saving after a request writes those rows only: the
cost of a write does not grow with the number of guardrails stored. (This relies on the fake
changing nothing in a request it refuses: what such a request noted is forgotten after the
next request that succeeds.)

The file is a SQLite database in WAL mode, held with an exclusive lock for as long as a fake
has it open: a second fake (a second ``mock-server``) on the same file is refused at start
instead of overwriting the first one's writes. Each request's changes are one transaction,
committed before the answer leaves, so a process killed at any moment (``kill -9``) loses no
answered change; the file is synced to disk at checkpoints, not at every commit (a power cut
can lose the last commits).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from openrouter_guardrails_api import names as N

__all__ = [
    "DEFAULT_REQUEST_LOG_SIZE",
    "FakeState",
    "RequestLog",
    "SqliteStore",
    "StateFileInUseError",
    "TrackedTable",
]

#: How many requests a fake keeps in :attr:`GuardrailsFake.requests` unless told otherwise
#: (the newest ones; about 1 KiB each).
DEFAULT_REQUEST_LOG_SIZE = 10_000

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

_SCHEMA_VERSION = 1
_TABLES = (
    """CREATE TABLE IF NOT EXISTS guardrails (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS key_assignments (
        seq INTEGER PRIMARY KEY,
        key_hash TEXT NOT NULL UNIQUE,
        guardrail_id TEXT NOT NULL,
        body TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS member_assignments (
        seq INTEGER PRIMARY KEY,
        guardrail_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (guardrail_id, user_id))""",
)


class TrackedTable(dict[K, V]):
    """A dict that notes which keys were changed since :meth:`forget_changes`.

    A key read with ``[]`` or ``get`` counts as changed too, since its value (a JSON object)
    may be changed in place. ``added`` keeps the keys that went (back) to the end of the
    dict's order, in that order; ``changed`` the other keys written or removed.
    """

    __slots__ = ("added", "changed", "cleared")

    def __init__(self) -> None:
        super().__init__()
        self.added: dict[K, None] = {}
        self.changed: set[K] = set()
        self.cleared = False

    def forget_changes(self) -> None:
        """Start noting afresh (after the changes were saved, or when there are none)."""
        self.added.clear()
        self.changed.clear()
        self.cleared = False

    def _touch(self, key: K) -> None:
        if key not in self.added:
            self.changed.add(key)

    def __getitem__(self, key: K) -> V:
        value = super().__getitem__(key)
        self._touch(key)
        return value

    def get(self, key: K, default: Any = None) -> Any:
        """The value of ``key`` (noted as possibly changed), or ``default``."""
        if key in self:
            self._touch(key)
            return super().__getitem__(key)
        return default

    def __setitem__(self, key: K, value: V) -> None:
        if key in self:
            self._touch(key)
        else:
            self.changed.discard(key)
            self.added.pop(key, None)
            self.added[key] = None
        super().__setitem__(key, value)

    def __delitem__(self, key: K) -> None:
        super().__delitem__(key)
        self.added.pop(key, None)
        self.changed.add(key)

    def pop(self, key: K, *default: Any) -> Any:
        """Remove ``key`` and return its value (or ``default``)."""
        if key in self:
            self.added.pop(key, None)
            self.changed.add(key)
        return super().pop(key, *default)

    def popitem(self) -> tuple[K, V]:
        """Remove and return the last item."""
        key, value = super().popitem()
        self.added.pop(key, None)
        self.changed.add(key)
        return key, value

    def setdefault(self, key: K, default: Any = None) -> Any:
        """``self[key]``, set to ``default`` first when missing."""
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args: Any, **kwargs: Any) -> None:
        """Set every given item (each noted)."""
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def clear(self) -> None:
        """Remove everything (noted as one change: the whole table)."""
        super().clear()
        self.added.clear()
        self.changed.clear()
        self.cleared = True


@dataclass
class FakeState:
    """Everything the fake API remembers.

    ``key_assignments`` is keyed by key hash (a key holds at most one guardrail);
    ``member_assignments`` by ``(guardrail_id, user_id)``.
    """

    guardrails: TrackedTable[str, dict[str, Any]] = field(default_factory=TrackedTable)
    key_assignments: TrackedTable[str, dict[str, Any]] = field(default_factory=TrackedTable)
    member_assignments: TrackedTable[tuple[str, str], dict[str, Any]] = field(
        default_factory=TrackedTable
    )

    def clear(self) -> None:
        """Forget everything."""
        self.guardrails.clear()
        self.key_assignments.clear()
        self.member_assignments.clear()

    def forget_changes(self) -> None:
        """Stop remembering which rows changed (they are saved, or nothing changed)."""
        for table in self._tables():
            table.forget_changes()

    def _tables(self) -> tuple[TrackedTable[Any, dict[str, Any]], ...]:
        return (self.guardrails, self.key_assignments, self.member_assignments)


@dataclass(frozen=True)
class _Layout:
    """How one table of the state is stored: its key columns and the columns besides
    ``body`` taken from the body."""

    table: str
    keys: tuple[str, ...]
    columns: tuple[str, ...] = ()

    def key_of(self, key: Any) -> tuple[Any, ...]:
        return tuple(key) if isinstance(key, tuple) else (key,)

    def delete_sql(self) -> str:
        where = " AND ".join(f"{name} = ?" for name in self.keys)
        return f"DELETE FROM {self.table} WHERE {where}"  # noqa: S608 (names are constants)

    def insert_sql(self, *, upsert: bool) -> str:
        names = (*self.keys, *self.columns, "body")
        sql = (
            f"INSERT INTO {self.table} ({', '.join(names)}) "  # noqa: S608 (constants)
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        if upsert:
            updates = ", ".join(f"{name} = excluded.{name}" for name in (*self.columns, "body"))
            sql += f" ON CONFLICT ({', '.join(self.keys)}) DO UPDATE SET {updates}"
        return sql

    def row(self, key: Any, body: dict[str, Any]) -> tuple[Any, ...]:
        extra = tuple(body[name] for name in self.columns)
        return (*self.key_of(key), *extra, _dumps(body))


_LAYOUTS = (
    _Layout("guardrails", ("id",)),
    _Layout("key_assignments", (N.KeyAssignment.KEY_HASH,), (N.KeyAssignment.GUARDRAIL_ID,)),
    _Layout("member_assignments", (N.MemberAssignment.GUARDRAIL_ID, N.MemberAssignment.USER_ID)),
)


def _dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


class StateFileInUseError(ValueError):
    """The state file is held by another fake (another ``mock-server``)."""


class SqliteStore:
    """A SQLite file holding one :class:`FakeState`, locked for this store alone.

    :meth:`save` writes the rows changed since the last save, in one transaction, so the
    file always holds the state after some complete request. Raises
    :class:`StateFileInUseError` when another store has the file open.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._lock = threading.Lock()
        # isolation_level=None: transactions are begun and ended here, explicitly;
        # timeout=0: a file held by another server is refused at once.
        connection = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=0
        )
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            connection.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StateFileInUseError(
                    f"{self.path} is in use by another server (one state file, one server)"
                ) from None
            raise
        except BaseException:
            connection.close()
            raise
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, _SCHEMA_VERSION):
                raise ValueError(
                    f"{self.path}: state file version {version}, expected {_SCHEMA_VERSION}"
                )
            for statement in _TABLES:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            connection.execute("COMMIT")
            # WAL: a commit appends to the log instead of rewriting pages in place; NORMAL
            # syncs at checkpoints only. A commit is in the OS's hands before save() returns,
            # so killing the process loses nothing committed.
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            connection.close()
            raise
        self._connection = connection

    def load(self) -> FakeState:
        """The state saved last (empty for a new file), with no change noted."""
        state = FakeState()
        with self._lock:
            for layout, table in zip(_LAYOUTS, state._tables(), strict=True):
                keys = ", ".join(layout.keys)
                rows = self._connection.execute(
                    f"SELECT {keys}, body FROM {layout.table} ORDER BY seq"  # noqa: S608
                )
                for *key, body in rows:
                    dict.__setitem__(
                        table, key[0] if len(key) == 1 else tuple(key), json.loads(body)
                    )
        state.forget_changes()
        return state

    def save(self, state: FakeState) -> None:
        """Write the rows of ``state`` changed since the last save (one transaction), then
        forget those changes."""
        with self._lock:
            connection = self._connection
            connection.execute("BEGIN IMMEDIATE")
            try:
                for layout, table in zip(_LAYOUTS, state._tables(), strict=True):
                    self._write(connection, layout, table)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        state.forget_changes()

    @staticmethod
    def _write(
        connection: sqlite3.Connection, layout: _Layout, table: TrackedTable[Any, dict[str, Any]]
    ) -> None:
        if table.cleared:
            connection.execute(f"DELETE FROM {layout.table}")  # noqa: S608 (a constant)
        gone = [layout.key_of(key) for key in table.changed if key not in table]
        gone += [layout.key_of(key) for key in table.added]
        if gone:
            connection.executemany(layout.delete_sql(), gone)
        kept = [
            layout.row(key, dict.__getitem__(table, key)) for key in table.changed if key in table
        ]
        if kept:
            connection.executemany(layout.insert_sql(upsert=True), kept)
        added = [layout.row(key, dict.__getitem__(table, key)) for key in table.added]
        if added:
            connection.executemany(layout.insert_sql(upsert=False), added)

    @property
    def changes(self) -> int:
        """Rows inserted, updated or deleted through this store since it was opened."""
        with self._lock:
            return self._connection.total_changes

    def close(self) -> None:
        """Close the file (and release its lock)."""
        with self._lock:
            self._connection.close()


class RequestLog(list[T]):
    """A list that keeps only its newest ``maxlen`` items (``None``: every item).

    A list, so that what tests do with a fake's requests (``len``, indexing, slicing,
    comparing with ``[]``) works unchanged.
    """

    def __init__(self, maxlen: int | None = DEFAULT_REQUEST_LOG_SIZE) -> None:
        if maxlen is not None and maxlen < 0:
            raise ValueError("the request log's size must be >= 0 (or None: unbounded)")
        super().__init__()
        self.maxlen = maxlen

    def append(self, item: T) -> None:
        """Add ``item``, dropping the oldest one when the log is full."""
        if self.maxlen is None:
            super().append(item)
            return
        if self.maxlen == 0:
            return
        if len(self) >= self.maxlen:
            del self[: len(self) - self.maxlen + 1]
        super().append(item)

    def extend(self, items: Iterable[T]) -> None:
        """Add each of ``items`` as :meth:`append` does."""
        for item in items:
            self.append(item)
