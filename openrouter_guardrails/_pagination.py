"""Pages of the five list operations, and the one rule that decides where a listing ends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["AsyncPage", "Page", "next_offset"]

T = TypeVar("T")


def next_offset(offset: int, received: int, total_count: int) -> int | None:
    """The offset of the page after one that started at ``offset`` and held ``received``
    items out of ``total_count``; ``None`` when that page was the last.

    The end comes when the items seen reach ``total_count`` (so no request is made for an
    empty page when the total is a multiple of the limit), or on an empty page (so a server
    that overstates ``total_count`` cannot cause an endless loop). A page shorter than the
    requested limit is not the end by itself: servers may cap the page size.
    """
    if received <= 0:
        return None
    following = offset + received
    return following if following < total_count else None


class _PageBase(Generic[T]):
    """What sync and async pages share: the items, the total and where the next page starts."""

    __slots__ = ("_next_offset", "data", "offset", "result", "total_count")

    def __init__(self, *, data: list[T], total_count: int, offset: int, result: Any) -> None:
        self.data = data
        self.total_count = total_count
        self.offset = offset
        #: The parsed response model the page was made from.
        self.result = result
        self._next_offset = next_offset(offset, len(data), total_count)

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

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        total_count: int,
        offset: int,
        result: Any,
        fetch: Callable[[int], Page[T]],
    ) -> None:
        super().__init__(data=data, total_count=total_count, offset=offset, result=result)
        self._fetch = fetch

    def next(self) -> Page[T] | None:
        """The next page, or ``None`` when this is the last one."""
        if self._next_offset is None:
            return None
        return self._fetch(self._next_offset)

    def iter_pages(self) -> Iterator[Page[T]]:
        """This page and every page after it (each fetched when reached)."""
        page: Page[T] | None = self
        while page is not None:
            yield page
            page = page.next()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """The async twin of ``Page``: ``await page.next()``, and ``async for item in page``."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        *,
        data: list[T],
        total_count: int,
        offset: int,
        result: Any,
        fetch: Callable[[int], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(data=data, total_count=total_count, offset=offset, result=result)
        self._fetch = fetch

    async def next(self) -> AsyncPage[T] | None:
        """The next page, or ``None`` when this is the last one."""
        if self._next_offset is None:
            return None
        return await self._fetch(self._next_offset)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every page after it (each fetched when reached)."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item
