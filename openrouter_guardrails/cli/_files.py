"""Every file the command line reads (or stdin): JSON or YAML, read defensively.

A file is refused with one line naming what is wrong (exit 2) when it is not UTF-8 text
(UTF-16, binary), larger than :data:`MAX_FILE_BYTES`, nested deeper than :data:`MAX_DEPTH`,
holds a lone surrogate, a number JSON cannot carry (NaN, infinity) or a YAML alias. A UTF-8
byte order mark is accepted.
"""

from __future__ import annotations

import codecs
import json
import math
import sys
from pathlib import Path
from typing import IO, Any

import click

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "FileRefused", "loads", "read_document", "read_text"]

#: The largest input file read (bytes): far above any real account, far below the memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: The deepest nesting of lists and objects accepted (a guardrail needs four).
MAX_DEPTH = 32

_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class FileRefused(click.ClickException):
    """An input file that cannot be read as what it should hold: a usage error (exit 2),
    reported in one line."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def _refuse(label: str, reason: str, hint: str | None) -> FileRefused:
    return FileRefused(f"{hint}: {label}: {reason}" if hint else f"{label}: {reason}")


def _read_bytes(path: str, hint: str | None) -> bytes:
    try:
        if path == "-":
            stream: IO[bytes] = sys.stdin.buffer
            data = stream.read(MAX_FILE_BYTES + 1)
        else:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _refuse(_label(path), f"cannot read it: {exc.strerror or exc}", hint) from None
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(
            _label(path), f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, not read", hint
        )
    return data


def _label(path: str) -> str:
    return "stdin" if path == "-" else path


def read_text(path: str, hint: str | None = None) -> str:
    """The UTF-8 text of ``path`` (``-``: stdin), without a byte order mark; anything else
    (UTF-16, binary, too large) is refused with one line."""
    data = _read_bytes(path, hint)
    label = _label(path)
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise _refuse(label, f"{encoding} text; save it as UTF-8", hint)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise _refuse(label, "binary data (a NUL byte), not UTF-8 text", hint)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(label, f"not UTF-8 text ({exc.reason} at byte {exc.start})", hint) from None


def _not_a_number(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused when it gives a key twice (the last would silently win)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {key!r} is given twice in one object")
        found[key] = value
    return found


def _yaml_loader() -> Any:
    """A safe YAML loader that keeps timestamps as strings (as JSON has them) and refuses
    aliases (a few lines of aliases can stand for billions of nodes)."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in stubs
                raise yaml.MarkedYAMLError(
                    None, None, "YAML aliases are not accepted", event.start_mark
                )
            return super().compose_node(parent, index)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                marker = (type(key), key)
                if isinstance(key, str | int | float | bool) and marker in seen:
                    raise yaml.MarkedYAMLError(
                        None,
                        None,
                        f"the key {key!r} is given twice in one mapping",
                        key_node.start_mark,
                    )
                if isinstance(key, str | int | float | bool):
                    seen.add(marker)
            return super().construct_mapping(node, deep=deep)

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _is_yaml(path: str, text: str) -> bool:
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return True
    if suffix == ".json":
        return False
    return text.lstrip()[:1] not in ("{", "[")


#: What to do when a YAML file is given and PyYAML is not installed.
NO_YAML = 'YAML needs PyYAML, which is not installed: pip install "openrouter-guardrails[cli]"'


def _parse(text: str, as_yaml: bool) -> Any:
    if not as_yaml:
        return json.loads(text, parse_constant=_not_a_number, object_pairs_hook=_unique_keys)
    try:
        import yaml
    except ImportError:
        raise ValueError(NO_YAML + " (or give the file as JSON)") from None

    try:
        return yaml.load(text, Loader=_yaml_loader())  # noqa: S506  (a SafeLoader subclass)
    except yaml.YAMLError as exc:
        raise ValueError(" ".join(str(exc).split())) from None


def _check_tree(document: Any) -> None:
    """Depth, keys, surrogates and numbers of a parsed document, iteratively."""
    stack: list[tuple[Any, int, str]] = [(document, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, dict | list) and depth > MAX_DEPTH:
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels (at {where or 'the top'})")
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise ValueError(f"a key that is not a string ({key!r}) at {where or 'top'}")
                _check_string(key, where)
                stack.append((item, depth + 1, f"{where}.{key}" if where else key))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}[{i}]") for i, item in enumerate(value))
        elif isinstance(value, str):
            _check_string(value, where)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{value} is not a JSON number (at {where})")
        elif value is not None and not isinstance(value, bool | int | float):
            raise ValueError(f"a {type(value).__name__} value at {where}: not JSON")


def _check_string(value: str, where: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        raise ValueError(
            f"a lone surrogate (\\u{code:04x}) at {where or 'the top'}: not text"
        ) from None


def loads(text: str) -> Any:
    """JSON text as the API reads it, checked like a file (depth, surrogates, NaN):
    ``ValueError`` names the problem."""
    try:
        document = _parse(text, as_yaml=False)
    except RecursionError:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels") from None
    _check_tree(document)
    return document


def read_document(path: str, hint: str | None = None) -> Any:
    """The JSON or YAML document in ``path`` (``-``: stdin). YAML when the name ends in
    ``.yaml``/``.yml``, JSON for ``.json``, else by the first character. Refused with one
    line (a usage error) when it is not UTF-8, too large, too deep, or not valid."""
    text = read_text(path, hint)
    as_yaml = _is_yaml(path, text)
    kind = "YAML" if as_yaml else "JSON"
    try:
        document = _parse(text, as_yaml)
        _check_tree(document)
    except RecursionError:
        raise _refuse(
            _label(path), f"not valid {kind}: nested deeper than {MAX_DEPTH} levels", hint
        ) from None
    except ValueError as exc:
        reason = " ".join(str(exc).split())
        raise _refuse(_label(path), f"not valid {kind}: {reason}", hint) from None
    return document
