"""The fake's state, and the SQLite file that keeps it across restarts.

Guardrails and assignments are kept as the JSON objects the API returns, in the order they
were made (the order the list operations return them in).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FakeState", "SqliteStore"]

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


@dataclass
class FakeState:
    """Everything the fake API remembers.

    ``key_assignments`` is keyed by key hash (a key holds at most one guardrail);
    ``member_assignments`` by ``(guardrail_id, user_id)``.
    """

    guardrails: dict[str, dict[str, Any]] = field(default_factory=dict)
    key_assignments: dict[str, dict[str, Any]] = field(default_factory=dict)
    member_assignments: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget everything."""
        self.guardrails.clear()
        self.key_assignments.clear()
        self.member_assignments.clear()


class SqliteStore:
    """A SQLite file holding one :class:`FakeState`; :meth:`save` writes it whole, in one
    transaction, so the file always holds the state after some complete request."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False)
        with self._connection:
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, _SCHEMA_VERSION):
                raise ValueError(
                    f"{self.path}: state file version {version}, expected {_SCHEMA_VERSION}"
                )
            for statement in _TABLES:
                self._connection.execute(statement)
            self._connection.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")

    def load(self) -> FakeState:
        """The state saved last (empty for a new file)."""
        state = FakeState()
        with self._lock:
            rows = self._connection.execute("SELECT id, body FROM guardrails ORDER BY seq")
            for guardrail_id, body in rows:
                state.guardrails[guardrail_id] = json.loads(body)
            rows = self._connection.execute(
                "SELECT key_hash, body FROM key_assignments ORDER BY seq"
            )
            for key_hash, body in rows:
                state.key_assignments[key_hash] = json.loads(body)
            rows = self._connection.execute(
                "SELECT guardrail_id, user_id, body FROM member_assignments ORDER BY seq"
            )
            for guardrail_id, user_id, body in rows:
                state.member_assignments[(guardrail_id, user_id)] = json.loads(body)
        return state

    def save(self, state: FakeState) -> None:
        """Replace the saved state with ``state``."""
        with self._lock, self._connection:
            connection = self._connection
            connection.execute("DELETE FROM guardrails")
            connection.execute("DELETE FROM key_assignments")
            connection.execute("DELETE FROM member_assignments")
            connection.executemany(
                "INSERT INTO guardrails (id, body) VALUES (?, ?)",
                [(gid, json.dumps(body)) for gid, body in state.guardrails.items()],
            )
            connection.executemany(
                "INSERT INTO key_assignments (key_hash, guardrail_id, body) VALUES (?, ?, ?)",
                [
                    (key_hash, body["guardrail_id"], json.dumps(body))
                    for key_hash, body in state.key_assignments.items()
                ],
            )
            connection.executemany(
                "INSERT INTO member_assignments (guardrail_id, user_id, body) VALUES (?, ?, ?)",
                [
                    (gid, user_id, json.dumps(body))
                    for (gid, user_id), body in state.member_assignments.items()
                ],
            )

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._connection.close()
