"""Retried writes tell the truth: when an attempt that may have been processed lost its answer,
the retry's "already done" is reported as the outcome it is, per kind of operation (which
operation is which comes from the operation table: its retry kind and HTTP method)."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, CASES, Case, make_async_client, make_client

from openrouter_guardrails import errors

NOT_FOUND = httpx.Response(404, json={"error": {"code": 404, "message": "Guardrail not found"}})
#: Failures after which the request may have been processed, and ones after which it cannot.
MAYBE_PROCESSED = [
    httpx.ReadTimeout("read timed out"),
    httpx.RemoteProtocolError("server disconnected"),
    httpx.Response(502),
    httpx.Response(500),
]
NEVER_SENT = [httpx.ConnectError("refused"), httpx.Response(429)]

DELETES = [case for case in CASES if case.method == "DELETE"]
BULK_WRITES = [case for case in CASES if case.method == "POST" and case.name != "create"]
STATE_WRITES = [case for case in CASES if case.method == "PATCH"]


def _route(router: respx.Router, case: Case) -> respx.Route:
    return router.route(method=case.method, path=case.path)


def _call(case: Case) -> Any:
    return getattr(make_client().guardrails, case.name)(**case.kwargs)


def _ids(value: object) -> str:
    return type(value).__name__ + (
        str(value.status_code) if isinstance(value, httpx.Response) else ""
    )


@pytest.mark.parametrize("case", DELETES, ids=lambda c: c.name)
@pytest.mark.parametrize("failure", MAYBE_PROCESSED, ids=_ids)
def test_a_delete_answered_404_after_a_lost_answer_is_reported_deleted(
    case: Case, failure: Any
) -> None:
    """A delete whose first attempt may have removed the guardrail, retried and answered
    404, returns the contract's success answer (``deleted=True``) with a
    ``RetriedWriteWarning`` naming the earlier failure; a delete that worked no longer fails."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _route(router, case).mock(side_effect=[failure, NOT_FOUND])
        with pytest.warns(errors.RetriedWriteWarning, match="reported as done") as caught:
            result = _call(case)
    assert route.call_count == 2
    assert result.deleted is True
    assert caught[0].filename == __file__  # the warning points at the caller's line
    warning = caught[0].message
    assert isinstance(warning, errors.RetriedWriteWarning)
    assert warning.operation == case.name
    assert "earlier attempt" in warning.reason


@pytest.mark.parametrize("case", DELETES, ids=lambda c: c.name)
@pytest.mark.parametrize("failure", NEVER_SENT, ids=_ids)
def test_a_delete_answered_404_after_an_attempt_that_was_never_processed_is_not_found(
    case: Case, failure: Any
) -> None:
    """When no earlier attempt can have been processed (refused, or 429), a 404 is the truth:
    ``NotFoundResponseError``, and no warning."""
    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case).mock(side_effect=[failure, NOT_FOUND])
        with warnings.catch_warnings():
            warnings.simplefilter("error", errors.RetriedWriteWarning)
            with pytest.raises(errors.NotFoundResponseError):
                _call(case)


@pytest.mark.parametrize("case", DELETES, ids=lambda c: c.name)
def test_a_first_attempt_404_is_not_found(case: Case) -> None:
    """Without a retry a 404 stays ``NotFoundResponseError``."""
    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case).mock(return_value=NOT_FOUND)
        with pytest.raises(errors.NotFoundResponseError):
            _call(case)


@pytest.mark.parametrize("case", BULK_WRITES, ids=lambda c: c.name)
@pytest.mark.parametrize("failure", MAYBE_PROCESSED, ids=_ids)
def test_a_bulk_write_retried_after_a_lost_answer_warns_its_count_is_partial(
    case: Case, failure: Any
) -> None:
    """A bulk (un)assignment retried after an attempt that may have been processed returns
    the retry's answer (a count of 0: the earlier attempt did the work) with a
    ``RetriedWriteWarning`` saying the count leaves out what that attempt did."""
    (count_field,) = case.response
    with respx.mock(base_url=BASE_URL) as router:
        answer = httpx.Response(200, json={count_field: 0})
        _route(router, case).mock(side_effect=[failure, answer])
        with pytest.warns(errors.RetriedWriteWarning, match="leave out") as caught:
            result = _call(case)
    assert getattr(result, count_field) == 0
    assert caught[0].message.operation == case.name  # type: ignore[union-attr]


@pytest.mark.parametrize("case", BULK_WRITES, ids=lambda c: c.name)
def test_a_bulk_write_answered_at_once_does_not_warn(case: Case) -> None:
    """Without a retry the count is the whole truth: no warning."""
    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case).mock(return_value=httpx.Response(200, json=case.response))
        with warnings.catch_warnings():
            warnings.simplefilter("error", errors.RetriedWriteWarning)
            _call(case)


@pytest.mark.parametrize("case", BULK_WRITES, ids=lambda c: c.name)
def test_a_bulk_write_retried_after_a_refusal_does_not_warn(case: Case) -> None:
    """A retry after a 429 (refused before processing) answers for the whole call."""
    with respx.mock(base_url=BASE_URL) as router:
        answer = httpx.Response(200, json=case.response)
        _route(router, case).mock(side_effect=[httpx.Response(429), answer])
        with warnings.catch_warnings():
            warnings.simplefilter("error", errors.RetriedWriteWarning)
            _call(case)


@pytest.mark.parametrize("case", STATE_WRITES, ids=lambda c: c.name)
def test_an_update_retried_after_a_lost_answer_returns_the_state_without_warning(
    case: Case,
) -> None:
    """An update answers with the guardrail's state, which is true whichever attempt
    changed it: no warning."""
    with respx.mock(base_url=BASE_URL) as router:
        answer = httpx.Response(200, json=case.response)
        _route(router, case).mock(side_effect=[httpx.ReadTimeout("lost"), answer])
        with warnings.catch_warnings():
            warnings.simplefilter("error", errors.RetriedWriteWarning)
            _call(case)


@pytest.mark.parametrize("case", DELETES, ids=lambda c: c.name)
def test_the_async_client_reports_the_same_outcome(case: Case) -> None:
    """The async client shares the decision."""

    async def main() -> Any:
        client = make_async_client()
        return await getattr(client.guardrails, case.name)(**case.kwargs)

    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case).mock(side_effect=[httpx.ReadTimeout("lost"), NOT_FOUND])
        with pytest.warns(errors.RetriedWriteWarning):
            result = asyncio.run(main())
    assert result.deleted is True
