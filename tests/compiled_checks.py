"""The build step's check writers (``generator/checks.py``), run on any schema a test
makes up: the written source is executed here, as the build step's module would be imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from openrouter_guardrails_api import models

from generator import checks as writers


def _run(module: writers.Module) -> dict[str, Any]:
    namespace: dict[str, Any] = {"_models": models}
    source = writers.IMPORTS + writers.HELPERS + module.source()
    exec(compile(source, "<written checks>", "exec"), namespace)
    return namespace


def first_problem(
    schema: Mapping[str, Any], schemas: Mapping[str, Any] | None = None
) -> Callable[[Any, str], Any]:
    """The first-problem check the build step writes for ``schema``."""
    module = writers.Module()
    name = writers.FirstChecks(module, schemas or {}).check(schema)
    return _run(module)[name]  # type: ignore[no-any-return]


def conforms(
    schema: Mapping[str, Any], schemas: Mapping[str, Any] | None = None
) -> Callable[[Any], Any] | None:
    """The fast test the build step writes for a request body of ``schema`` (``None``: it
    writes none)."""
    module = writers.Module()
    name = writers.FastPath(module, schemas or {}, models).body("test", schema)
    return None if name is None else _run(module)[name]  # type: ignore[no-any-return]
