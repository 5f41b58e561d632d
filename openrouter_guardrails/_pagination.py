"""Pages of the five list operations, the one rule that decides where a listing ends, and
the check that a listing makes progress towards it."""

from __future__ import annotations

import operator
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from openrouter_guardrails import _constants as C
from openrouter_guardrails._exceptions import PaginationError

__all__ = ["AsyncPage", "Page", "next_offset"]

T = TypeVar("T")


def next_offset(offset: int, received: int, total: int) -> int | None:
    """The offset of the page after one that started at ``offset`` and held ``received``
    items out of ``total``; ``None`` when that page was the last.

    The end comes when the items seen reach ``total`` (so no request is made for an
    empty page when the total is a multiple of the limit), or on an empty page (so a server
    that overstates its total cannot cause an endless loop). A page shorter than the
    requested limit is not the end by itself: servers may cap the page size.
    """
    if received <= 0:
        return None
    following = offset + received
    return following if following < total else None


class _Progress:
    """What a listing has yielded lately, to tell a server that makes no progress: a page
    with no item not seen on the pages just before it (it ignores ``offset``, or cycles), or
    pages going on past the first page's ``total_count`` by more than
    ``LISTING_OVERRUN_ALLOWANCE`` items (a longer cycle).

    The ids of at most ``LISTING_REPEAT_WINDOW`` items are kept, the latest ones, and at
    least half as many (two sets: the recent ids, and the set before it, let go whole), so a
    walk over any number of items holds a bounded memory; within them an item is yielded
    once."""

    __slots__ = ("count", "identity", "latest", "limit", "older", "recent")

    def __init__(self, first: _PageBase[Any]) -> None:
        #: The ids of the latest items; when ``recent`` holds half ``LISTING_REPEAT_WINDOW``
        #: of them it becomes ``older``, and the ``older`` before it is let go.
        self.recent: set[object] = set()
        self.older: set[object] = set()
        self.count = 0
        self.limit = first.offset + first.total_count + C.LISTING_OVERRUN_ALLOWANCE
        #: The field that identifies an item (the contract's, through the operation).
        self.identity = first.identity
        #: The page this walk has reached (a walk restarted from an earlier page is another).
        self.latest = first
        first._fresh = self._new_items(first.data)

    def _new_items(self, items: list[Any]) -> list[Any]:
        self.count += len(items)
        keys = _keys(items, self.identity)
        recent, older = self.recent, self.older
        if (
            keys is not None
            and recent.isdisjoint(keys)
            and older.isdisjoint(keys)
            and len(set(keys)) == len(keys)
        ):
            fresh = items  # the common case: every item is new (found by set operations)
            recent.update(keys)
        else:
            fresh = []
            field = self.identity
            for item in items:
                key = getattr(item, field, None) if field else None
                if type(key) is not str:
                    # No id to tell it by (the response breaks the contract): its content
                    # is, so a server that ignores the offset still shows no progress.
                    key = _content_key(item)
                if key not in recent and key not in older:
                    recent.add(key)
                    fresh.append(item)
        if len(recent) >= C.LISTING_REPEAT_WINDOW // 2:
            self.older, self.recent = recent, set()
        return fresh

    def advance(self, page: _PageBase[Any]) -> None:
        """Take the next page; raises ``PaginationError`` when it shows no progress."""
        before = self.count
        page._fresh = self._new_items(page.data)
        page._progress = self
        self.latest = page
        if page.data and not page._fresh:
            raise PaginationError(
                f"the listing makes no progress: the page at offset {page.offset} holds only "
                f"items already listed (the server ignores the offset?); stopped after "
                f"{before} items",
                offset=page.offset,
                items_seen=before,
            )
        if page.data and page.offset + len(page.data) > self.limit:
            raise PaginationError(
                f"the listing makes no progress: pages went on past item {self.limit}, "
                f"{C.LISTING_OVERRUN_ALLOWANCE} past the total_count its walk started with; "
                f"stopped at offset {page.offset}",
                offset=page.offset,
                items_seen=before,
            )


def _content_key(item: Any) -> object:
    """What tells apart an item with no id: its content."""
    to_dict = getattr(item, "to_dict", None)
    try:
        return ("content", repr(to_dict() if callable(to_dict) else item))
    except Exception:  # a model that cannot say itself: told by its identity
        return ("object", id(item))


def _keys(items: list[Any], field: str | None) -> list[object] | None:
    """The ids (``field``) of ``items`` when they are all of one kind and each has a string
    id (found by operations in C, with no Python call per item), else ``None``."""
    if not items:
        return []
    if field is None or len(set(map(type, items))) != 1:
        return None
    try:
        keys: list[object] = list(map(operator.attrgetter(field), items))
    except AttributeError:  # an item that lacks it: told apart one by one
        return None
    return keys if set(map(type, keys)) == _STRING else None


_STRING = {str}


class _PageBase(Generic[T]):
    """What sync and async pages share: the items, the total and where the next page starts."""

    def __init__(
        self,
        *,
        data: list[T],
        total_count: int,
        offset: int,
        result: Any,
        identity: str | None = None,
    ) -> None:
        self.data = data
        #: The field that identifies an item (to tell a server that repeats itself).
        self.identity = identity
        self.total_count = total_count
        self.offset = offset
        #: The parsed response model the page was made from.
        self.result = result
        self._next_offset = next_offset(offset, len(data), total_count)
        #: The walk this page belongs to (made when a walk starts here or reaches it).
        self._progress: _Progress | None = None
        #: The items of this page not listed by an earlier page (what iteration yields).
        self._fresh: list[T] = data

    def _progress_to(self, page: _PageBase[T]) -> None:
        """Check that ``page``, the one after this, brings the listing forward."""
        progress = self._progress
        if progress is None or progress.latest is not self:
            progress = _Progress(self)
        progress.advance(page)

    @property
    def has_next(self) -> bool:
        """Whether another page follows this one."""
        return self._next_offset is not None

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} offset={self.offset} items={len(self.data)} "
            f"total_count={self.total_count}>"
        )


class Page(_PageBase[T]):
    """One page of a listing. ``next()`` fetches the next page (``None`` after the last);
    iterating yields every item of this page and of every page after it."""

    def __init__(
        self,
        *,
        data: list[T],
        total_count: int,
        offset: int,
        result: Any,
        fetch: Callable[[int], Page[T]],
        identity: str | None = None,
    ) -> None:
        super().__init__(
            data=data, total_count=total_count, offset=offset, result=result, identity=identity
        )
        self._fetch = fetch

    def next(self) -> Page[T] | None:
        """The next page, or ``None`` when this is the last one. Raises ``PaginationError``
        when the server makes no progress (see ``LISTING_OVERRUN_ALLOWANCE``)."""
        if self._next_offset is None:
            return None
        page = self._fetch(self._next_offset)
        self._progress_to(page)
        return page

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every page after it (each fetched when reached)."""
        self._progress = _Progress(self)  # a walk of its own, from this page
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next()

    def __iter__(self) -> Iterator[T]:
        """Every item of this page and the pages after it, each once (an item a later page
        repeats, as offsets shift while items are created, is not yielded again)."""
        for page in self.iter_pages():
            yield from page._fresh


class AsyncPage(_PageBase[T]):
    """The async twin of ``Page``: ``await page.next()``, and ``async for item in page``."""

    def __init__(
        self,
        *,
        data: list[T],
        total_count: int,
        offset: int,
        result: Any,
        fetch: Callable[[int], Awaitable[AsyncPage[T]]],
        identity: str | None = None,
    ) -> None:
        super().__init__(
            data=data, total_count=total_count, offset=offset, result=result, identity=identity
        )
        self._fetch = fetch

    async def next(self) -> AsyncPage[T] | None:
        """The next page, or ``None`` when this is the last one (``PaginationError`` as for
        ``Page.next``)."""
        if self._next_offset is None:
            return None
        page = await self._fetch(self._next_offset)
        self._progress_to(page)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it (each fetched when reached)."""
        self._progress = _Progress(self)  # a walk of its own, from this page
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page._fresh:
                yield item
