"""The three contenders on one transport: raw httpx (the floor), this SDK, the official SDK.

The official SDK (PyPI ``openrouter``, the ``bench`` extra) is optional: when it cannot be
imported its column is skipped and the report says so.
"""

from __future__ import annotations

import importlib
import importlib.metadata
from types import ModuleType
from typing import Any

import httpx

from benchmarks._api import API_KEY, BASE_URL

FLOOR = "raw httpx"
SDK = "openrouter_guardrails"
OFFICIAL = "official openrouter"

_official: list[ModuleType | None] = []


def official_sdk() -> ModuleType | None:
    """The official SDK's module, or ``None`` when it is not installed or fails to import."""
    if not _official:
        try:
            _official.append(importlib.import_module("openrouter"))
        except Exception:  # any failure to import means: no column
            _official.append(None)
    return _official[0]


def version_of(distribution: str) -> str | None:
    """The installed version of ``distribution``, or ``None``."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def skipped_official_note() -> str:
    return (
        f"{OFFICIAL}: not importable, column skipped (install it with: pip install -e '.[bench]')"
    )


def floor_client(transport: httpx.BaseTransport, base_url: str = BASE_URL) -> httpx.Client:
    """What a hand-written caller would use: a client with the base URL and the key set."""
    return httpx.Client(
        transport=transport,
        base_url=base_url,
        headers={"Authorization": f"Bearer {API_KEY}"},
    )


def sdk_client(http: httpx.Client, base_url: str = BASE_URL) -> Any:
    """This SDK's sync client, sending through ``http`` (which the caller closes)."""
    from openrouter_guardrails import OpenRouter

    return OpenRouter(api_key=API_KEY, server_url=base_url, client=http)


def official_client(http: httpx.Client, base_url: str = BASE_URL) -> Any:
    """The official SDK's client sending through ``http`` (its ``client=`` argument), or
    ``None`` when it is not installed."""
    module = official_sdk()
    if module is None:
        return None
    return module.OpenRouter(api_key=API_KEY, server_url=base_url, client=http)
