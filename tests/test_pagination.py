"""Pages of the list operations: the end-of-listing rule (``next_offset``) on its own, then
whole listings against a simulated server, for any total, limit and server page cap."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest
import respx
from client_support import (
    BASE_URL,
    KEY_ASSIGNMENT,
    MEMBER_ASSIGNMENT,
    make_async_client,
    make_client,
)
from hypothesis import given
from hypothesis import strategies as st
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails import AsyncPage, Page, errors
from openrouter_guardrails import _constants as C
from openrouter_guardrails._pagination import next_offset

# ================================================================ the rule


@pytest.mark.parametrize(
    ("offset", "received", "total", "expected"),
    [
        (0, 50, 100, 50),
        (50, 50, 100, None),
        (0, 30, 100, 30),
        (30, 30, 100, 60),
        (90, 10, 100, None),
        (0, 0, 0, None),
        (0, 0, 10, None),
        (100, 0, 500, None),
        (0, 60, 50, None),
        (10, 1, 12, 11),
    ],
)
def test_next_offset(offset: int, received: int, total: int, expected: int | None) -> None:
    """The listing ends at the total or on an empty page, never merely on a short page."""
    assert next_offset(offset, received, total) == expected


@given(
    offset=st.integers(min_value=0, max_value=10_000),
    received=st.integers(min_value=0, max_value=200),
    total=st.integers(min_value=0, max_value=20_000),
)
def test_next_offset_always_advances_or_ends(offset: int, received: int, total: int) -> None:
    """The answer is ``None`` or an offset past this page and below the total."""
    following = next_offset(offset, received, total)
    if following is not None:
        assert following == offset + received
        assert offset < following < total
    else:
        assert received == 0 or offset + received >= total


# ================================================================ a simulated server


class Server:
    """A listing of ``items`` served in pages of ``min(limit, cap)``; reports
    ``len(items) + overstate`` as the total."""

    def __init__(self, count: int, cap: int, overstate: int = 0) -> None:
        self.items = [{**KEY_ASSIGNMENT, "id": f"k{i}"} for i in range(count)]
        self.cap = cap
        self.overstate = overstate
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 50))
        page = self.items[offset : offset + min(limit, self.cap)]
        total = len(self.items) + self.overstate
        return httpx.Response(200, json={"data": page, "total_count": total})

    def offsets(self) -> list[int]:
        return [int(r.url.params.get("offset", 0)) for r in self.requests]


def _expected_requests(count: int, page_size: int, overstate: int) -> int:
    full = max(1, math.ceil(count / page_size))
    return full + 1 if overstate and count else full


def _list_all_sync(server: Server, limit: int, mode: str) -> list[str]:
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        client = make_client(retry_config="none")
        page: Page[Any] | None = client.guardrails.list_key_assignments(limit=limit)
        if mode == "iterate":
            return [item.id for item in page]
        if mode == "pages":
            return [item.id for p in page.iter_pages() for item in p.data]
        ids: list[str] = []
        while page is not None:
            ids.extend(item.id for item in page.data)
            page = page.next()
        return ids


def _list_all_async(server: Server, limit: int, mode: str) -> list[str]:
    async def main() -> list[str]:
        client = make_async_client(retry_config="none")
        page: AsyncPage[Any] | None = await client.guardrails.list_key_assignments(limit=limit)
        if mode == "iterate":
            return [item.id async for item in page]
        if mode == "pages":
            return [item.id async for p in page.iter_pages() for item in p.data]
        ids: list[str] = []
        while page is not None:
            ids.extend(item.id for item in page.data)
            page = await page.next()
        return ids

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        return asyncio.run(main())


LISTINGS = st.fixed_dictionaries(
    {
        "count": st.integers(min_value=0, max_value=40),
        "limit": st.integers(min_value=1, max_value=100),
        "cap": st.integers(min_value=1, max_value=100),
        "overstate": st.integers(min_value=0, max_value=50) | st.just(0),
        "mode": st.sampled_from(["iterate", "pages", "next"]),
    }
).filter(lambda d: d["count"] / min(d["limit"], d["cap"]) <= 12)


@pytest.mark.parametrize("run", [_list_all_sync, _list_all_async], ids=["sync", "async"])
@given(listing=LISTINGS)
def test_every_item_exactly_once(run: Any, listing: dict[str, Any]) -> None:
    """Any total/limit/cap: every item once, minimal requests, an end when total overstated."""
    server = Server(listing["count"], listing["cap"], listing["overstate"])
    ids = run(server, listing["limit"], listing["mode"])
    assert ids == [item["id"] for item in server.items]
    page_size = min(listing["limit"], listing["cap"])
    assert len(server.requests) == _expected_requests(
        listing["count"], page_size, listing["overstate"]
    )
    expected_offsets = [min(n * page_size, listing["count"]) for n in range(len(server.requests))]
    assert server.offsets() == expected_offsets
    assert all(r.url.params["limit"] == str(listing["limit"]) for r in server.requests)


def test_total_a_multiple_of_the_limit_makes_no_empty_request() -> None:
    """100 items in pages of 50: two requests, not a third for an empty page."""
    server = Server(100, cap=100)
    assert len(_list_all_sync(server, 50, "next")) == 100
    assert server.offsets() == [0, 50]


def test_server_cap_below_limit_does_not_stop_early() -> None:
    """A server that serves 10 a page when asked for 50 is followed to the end."""
    server = Server(35, cap=10)
    assert len(_list_all_sync(server, 50, "iterate")) == 35
    assert server.offsets() == [0, 10, 20, 30]


def test_overstated_total_terminates() -> None:
    """A ``total_count`` larger than the items ends at the first empty page."""
    server = Server(5, cap=100, overstate=1000)
    assert len(_list_all_sync(server, 2, "iterate")) == 5
    assert server.offsets() == [0, 2, 4, 5]


def test_listing_starts_at_the_given_offset_and_keeps_other_parameters() -> None:
    """Following pages keep ``limit`` and ``workspace_id`` and move only ``offset``."""
    items = [{"id": f"g{i}", "name": "n", "created_at": "t", "workspace_id": "w"} for i in range(7)]

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        return httpx.Response(200, json={"data": items[offset : offset + limit], "total_count": 7})

    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails").mock(side_effect=serve)
        page = make_client().guardrails.list(offset=2, limit=2, workspace_id="ws")
        ids = [g.id for g in page]
    assert ids == ["g2", "g3", "g4", "g5", "g6"]
    params = [dict(c.request.url.params) for c in route.calls]
    assert params == [{"offset": str(o), "limit": "2", "workspace_id": "ws"} for o in (2, 4, 6)]


# ================================================================ the page objects


def test_page_attributes() -> None:
    """A page exposes its items, the total, its offset, whether more follow, and its model."""
    server = Server(3, cap=100)
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        page = make_client().guardrails.list_key_assignments(limit=2)
        assert isinstance(page, Page)
        assert [item.id for item in page.data] == ["k0", "k1"]
        assert (page.total_count, page.offset, len(page), page.has_next) == (3, 0, 2, True)
        assert page.result.total_count == 3
        assert repr(page) == "<Page offset=0 items=2 total_count=3>"
        last = page.next()
        assert last is not None
        assert (last.offset, len(last), last.has_next) == (2, 1, False)
        assert last.next() is None
    assert len(server.requests) == 2


def test_async_page_attributes() -> None:
    """The async page has the same attributes; ``await next()`` is ``None`` after the last."""

    async def main() -> None:
        page = await make_async_client().guardrails.list_key_assignments(limit=2)
        assert isinstance(page, AsyncPage)
        assert repr(page) == "<AsyncPage offset=0 items=2 total_count=3>"
        last = await page.next()
        assert last is not None and not last.has_next
        assert await last.next() is None

    server = Server(3, cap=100)
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        asyncio.run(main())
    assert len(server.requests) == 2


def test_iterating_twice_fetches_again() -> None:
    """Iterating a first page walks the listing from that page each time."""
    server = Server(4, cap=100)
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        page = make_client().guardrails.list_key_assignments(limit=2)
        assert [i.id for i in page] == [i.id for i in page] == ["k0", "k1", "k2", "k3"]
    assert server.offsets() == [0, 2, 2]


LIST_OPERATIONS = [
    ("list", "/guardrails", {}, {"id": "x", "name": "n", "created_at": "t", "workspace_id": "w"}),
    ("list_key_assignments", "/guardrails/assignments/keys", {}, KEY_ASSIGNMENT),
    ("list_member_assignments", "/guardrails/assignments/members", {}, MEMBER_ASSIGNMENT),
    (
        "list_guardrail_key_assignments",
        "/guardrails/g1/assignments/keys",
        {"id": "g1"},
        KEY_ASSIGNMENT,
    ),
    (
        "list_guardrail_member_assignments",
        "/guardrails/g1/assignments/members",
        {"id": "g1"},
        MEMBER_ASSIGNMENT,
    ),
]


@pytest.mark.parametrize(("name", "path", "kwargs", "item"), LIST_OPERATIONS, ids=lambda v: v)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_list_operation_paginates(
    name: str, path: str, kwargs: dict[str, Any], item: dict[str, Any], is_async: bool
) -> None:
    """All five list operations return pages that follow the listing to its end."""
    items = [{**item, "id": f"i{n}"} for n in range(5)]

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return httpx.Response(200, json={"data": items[offset : offset + 2], "total_count": 5})

    async def collect_async() -> list[str]:
        page = await getattr(make_async_client().guardrails, name)(limit=2, **kwargs)
        return [i.id async for i in page]

    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(path).mock(side_effect=serve)
        if is_async:
            ids = asyncio.run(collect_async())
        else:
            ids = [i.id for i in getattr(make_client().guardrails, name)(limit=2, **kwargs)]
    assert ids == [f"i{n}" for n in range(5)]
    assert route.call_count == 3


def test_sync_client_async_twin_returns_async_pages() -> None:
    """``list_async`` on the sync client returns an ``AsyncPage`` usable with ``async for``."""
    server = Server(3, cap=1)

    async def main() -> list[str]:
        page = await make_client().guardrails.list_key_assignments_async(limit=5)
        assert isinstance(page, AsyncPage)
        return [i.id async for i in page]

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        assert asyncio.run(main()) == ["k0", "k1", "k2"]


# ================================================================ a server that makes no progress


def _guardrail_items(ids: list[str]) -> list[dict[str, Any]]:
    return [{"id": i, "name": "n", "created_at": "t", "workspace_id": "w"} for i in ids]


@pytest.mark.parametrize("mode", ["iterate", "next"])
def test_a_server_that_ignores_the_offset_stops_with_a_pagination_error(mode: str) -> None:
    """A server answering the same page whatever the offset, with a large ``total_count``,
    ends the listing with ``PaginationError`` at the second page (it sent 20,000 requests)."""
    served = 0

    def serve(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        assert served < 50, "an endless listing"
        payload = {"data": _guardrail_items(["a", "b"]), "total_count": 10**9}
        return httpx.Response(200, json=payload)

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(side_effect=serve)
        page: Page[Any] | None = make_client().guardrails.list(limit=2)
        seen: list[str] = []
        with pytest.raises(errors.PaginationError) as info:
            if mode == "iterate":
                seen.extend(g.id for g in page)
            while page is not None:
                page = page.next()
    assert served == 2
    assert info.value.offset == 2 and info.value.items_seen == 2
    assert "no progress" in str(info.value)
    if mode == "iterate":
        assert seen == ["a", "b"]


@pytest.mark.filterwarnings("ignore::openrouter_guardrails.ContractViolationWarning")
def test_items_without_ids_from_a_server_that_ignores_the_offset_stop_too() -> None:
    """Items with no id (the response breaks the contract) are told apart by their content:
    the same page again is no progress, whatever ``total_count`` says (it ran 5,000+
    requests)."""
    served = 0

    def serve(request: httpx.Request) -> httpx.Response:
        nonlocal served
        served += 1
        assert served < 50, "an endless listing"
        items = [{"name": "a"}, {"name": "b"}]
        return httpx.Response(200, json={"data": items, "total_count": 10**9})

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(side_effect=serve)
        with pytest.raises(errors.PaginationError, match="no progress"):
            list(make_client().guardrails.list(limit=2))
    assert served == 2


def test_pages_that_go_on_past_the_total_stop_with_a_pagination_error() -> None:
    """A server that keeps inventing items and raising ``total_count`` is followed up to
    its first total plus ``LISTING_OVERRUN_ALLOWANCE`` items, then ``PaginationError``."""
    requests = 0

    def serve(request: httpx.Request) -> httpx.Response:
        nonlocal requests
        requests += 1
        assert requests < 100, "an endless listing"
        offset = int(request.url.params.get("offset", 0))
        items = _guardrail_items([f"g{offset + n}" for n in range(100)])
        return httpx.Response(200, json={"data": items, "total_count": offset + 200})

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(side_effect=serve)
        page = make_client().guardrails.list(limit=100)
        with pytest.raises(errors.PaginationError, match="past"):
            for _ in page:
                pass
    assert requests == (200 + C.LISTING_OVERRUN_ALLOWANCE) // 100 + 1


def test_an_item_repeated_as_offsets_shift_is_yielded_once() -> None:
    """A page that repeats an item of the page before (an item was created meanwhile, and
    the offsets shifted) still makes progress: each item is yielded once, no error."""
    pages = {0: ["a", "b"], 2: ["b", "c"], 4: ["d"]}

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        return httpx.Response(200, json={"data": _guardrail_items(pages[offset]), "total_count": 5})

    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(side_effect=serve)
        page = make_client().guardrails.list(limit=2)
        assert [g.id for g in page] == ["a", "b", "c", "d"]


def test_the_async_listing_stops_the_same_way() -> None:
    """``async for`` over a server that ignores the offset ends with ``PaginationError``."""

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [KEY_ASSIGNMENT], "total_count": 10**6})

    async def main() -> list[str]:
        page = await make_async_client().guardrails.list_key_assignments(limit=1)
        seen: list[str] = []
        with pytest.raises(errors.PaginationError):
            async for item in page:
                seen.append(item.id)
        return seen

    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/assignments/keys").mock(side_effect=serve)
        assert asyncio.run(main()) == [KEY_ASSIGNMENT["id"]]
    assert route.call_count == 2


def test_a_walk_restarted_from_an_earlier_page_is_a_new_walk() -> None:
    """Calling ``next()`` twice on the same page (two walks) is no lack of progress."""
    server = Server(4, cap=100)
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/assignments/keys").mock(side_effect=server)
        page = make_client().guardrails.list_key_assignments(limit=2)
        first, second = page.next(), page.next()
        assert first is not None and second is not None
        assert [i.id for i in first.data] == [i.id for i in second.data] == ["k2", "k3"]


@pytest.mark.parametrize("name", [n for n, op in OPERATIONS.items() if op.pagination])
def test_an_items_identity_comes_from_the_contract(name: str) -> None:
    """The field that tells the items of a listing apart is compiled from the contract: the
    first required field of the item's schema that the contract also uses as a path
    parameter."""
    from openrouter_guardrails._contract import document as contract

    pagination = OPERATIONS[name].pagination
    assert pagination is not None and pagination.identity is not None
    page = contract()["components"]["schemas"][OPERATIONS[name].response_name]
    item = page["properties"][pagination.results]["items"]["$ref"].rsplit("/", 1)[-1]
    assert pagination.identity in contract()["components"]["schemas"][item]["required"]


#: A hostile listing: for each request, the ids of its page (from a small pool, so pages
#: repeat) and the total it reports.
HOSTILE_PAGES = st.lists(
    st.tuples(
        st.lists(st.sampled_from([f"g{n}" for n in range(12)]), max_size=6),
        st.integers(min_value=0, max_value=10**9),
    ),
    min_size=1,
    max_size=30,
)


@given(pages=HOSTILE_PAGES)
def test_a_hostile_listing_always_ends_and_yields_each_item_once(
    pages: list[tuple[list[str], int]],
) -> None:
    """Whatever pages and totals a server answers (repeats, shifting items, huge or changing
    totals), iterating ends (at the end, or with ``PaginationError``) within a bounded number
    of requests, and never yields an item twice."""
    served = 0

    def serve(request: httpx.Request) -> httpx.Response:
        nonlocal served
        ids, total = pages[min(served, len(pages) - 1)]
        served += 1
        assert served < 200, "an endless listing"
        return httpx.Response(200, json={"data": _guardrail_items(ids), "total_count": total})

    seen: list[str] = []
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(side_effect=serve)
        page = make_client().guardrails.list(limit=6)
        try:
            seen.extend(g.id for g in page)
        except errors.PaginationError as exc:
            assert exc.offset > 0
    assert len(seen) == len(set(seen))
    # Each page after the first brings a new item from a pool of 12, or the listing stops.
    assert served <= 12 + 2


def test_a_long_listing_remembers_a_bounded_number_of_ids() -> None:
    """Walking more items than LISTING_REPEAT_WINDOW keeps at most that many ids and at
    least half as many (memory stays flat), and a page repeating one of the latest items still
    yields it once."""
    from openrouter_guardrails_api import models

    from openrouter_guardrails._pagination import _Progress

    window = C.LISTING_REPEAT_WINDOW
    total = window + 500
    items = [
        models.KeyAssignment.from_dict({**KEY_ASSIGNMENT, "id": f"a{i}"}) for i in range(total)
    ]
    pagination = OPERATIONS["list_key_assignments"].pagination
    assert pagination is not None
    first = Page(
        data=items[:100],
        total_count=total,
        offset=0,
        result=None,
        fetch=lambda o: None,
        identity=pagination.identity,
    )
    progress = _Progress(first)
    for start in range(100, total, 100):
        page = Page(
            data=items[start - 1 : start + 100],  # repeats the last item of the page before
            total_count=total,
            offset=start - 1,
            result=None,
            fetch=lambda o: None,
        )
        progress.advance(page)
        assert [i.id for i in page._fresh] == [i.id for i in items[start : start + 100]]
    # At most the latest window of ids, at least half as many: the older set is let go whole.
    assert window // 2 <= len(progress.recent) + len(progress.older) <= window
    for start in range(total + 100, total + 2 * window, 100):
        page = Page(
            data=[
                models.KeyAssignment.from_dict({**KEY_ASSIGNMENT, "id": f"b{i}"})
                for i in range(start, start + 100)
            ],
            total_count=total + 2 * window,
            offset=start,
            result=None,
            fetch=lambda o: None,
        )
        progress.limit = start + 200
        progress.advance(page)
        assert window // 2 <= len(progress.recent) + len(progress.older) <= window
