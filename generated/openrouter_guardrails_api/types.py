"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

# Owned by the handwritten runtime (the generated package depends on it, never the reverse).
from openrouter_guardrails._values import UNSET, ContractViolation, Unset


class _Unread(tuple[Any, ...]):
    """A JSON list of objects held as it came (its one item), until its field is first
    read. A tuple, so that holding one costs no Python call."""

    __slots__ = ()


def unread(value: Any) -> Any:
    """``value`` to hold in a field read lazily (see ``read_lazily``): a non-empty list is
    wrapped, to be read into models on first access; anything else is held as it is."""
    if type(value) is list and value:
        return _Unread((value,))
    return value


class _LazyField:
    """The descriptor of a field read lazily: on first access, a held ``_Unread`` list is
    read by ``read`` and the result stored in the instance's ``__dict__``, for every later
    access."""

    __slots__ = ("name", "read")

    def __init__(self, name: str, read: Callable[[Any], Any]) -> None:
        self.name = name
        self.read = read

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        fields = obj.__dict__
        try:
            value = fields[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
        if type(value) is _Unread:
            value = fields[self.name] = self.read(value[0])
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value

    def __delete__(self, obj: Any) -> None:
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


def read_lazily(cls: type, name: str, read: Callable[[Any], Any]) -> None:
    """Make the field ``name`` of the model class ``cls`` read its value (held by
    ``unread``) with ``read`` on first access: a page's nested objects cost nothing until
    used."""
    setattr(cls, name, _LazyField(name, read))


def json_value(value: Any) -> Any:
    """``value`` as JSON holds it: a model as its ``to_dict()`` (or, read from a value that
    was not an object, that value), an enum as its value, a date or time as its ISO 8601
    text, a list or tuple item by item; anything else (a string, a number, a value kept as
    the API sent it, a plain string given for an enum or a date) as it is."""
    if type(value) is list or type(value) is tuple:
        return [json_value(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    to_dict = getattr(type(value), "to_dict", None)
    if to_dict is None:
        return value
    # A model read from a value that was not an object gives that value back.
    return value.raw_data if getattr(value, "_not_an_object", False) else to_dict(value)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """The status as an ``HTTPStatus``, or a plain ``int`` for one Python does not know (520)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status_of(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` for a known status, else ``code`` itself (a proxy's 520, 499...)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = [
    "UNSET",
    "ContractViolation",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "json_value",
    "read_lazily",
    "unread",
    "status_of",
]
