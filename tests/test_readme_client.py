"""The README states the client's bounds and options; these tests keep it in step with the
code (the retry and timeout numbers are checked by ``test_readme.py``)."""

from __future__ import annotations

from pathlib import Path

from openrouter_guardrails import _constants as C
from openrouter_guardrails._types import CALL_OPTIONS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return README.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_the_size_cap_and_listing_allowance_are_the_constants() -> None:
    """The README's cap on a body and the listing's allowance equal the constants."""
    configuration = _section("Configuration")
    mebibytes = C.DEFAULT_MAX_RESPONSE_BYTES // (1024 * 1024)
    assert f"| `max_response_bytes` | | {mebibytes} MiB:" in configuration
    pagination = " ".join(_section("Pagination").split())
    assert f"by more than {C.LISTING_OVERRUN_ALLOWANCE:,} items" in pagination


def test_every_call_option_is_in_the_table() -> None:
    """Each per-call option of ``CallOptions`` is named in the README's per-call table."""
    table = _section("Configuration").split("Every operation also takes, per call:", 1)[1]
    table = table.split("\n\n", 2)[1]
    missing = [name for name in sorted(CALL_OPTIONS) if f"`{name}`" not in table]
    assert missing == []


def test_every_new_error_is_in_the_error_table() -> None:
    """The bounds' and the key's errors have a row in the README's error table."""
    errors_section = _section("Errors")
    for name in ("ResponseTooLargeError", "PaginationError", "InsecureTransportError"):
        assert f"| `{name}`" in errors_section, name
    assert "RetriedWriteWarning" in _section("Retries")
