"""The contract as the fake and the conformance suite use it: operations, routes and JSON
Schema validation.

The contract is the curated OpenAPI 3.1 description shipped inside the generated package as
``openapi.json``, read once by ``openrouter_guardrails._contract``. Its schemas are JSON Schema
Draft 2020-12, validated with ``jsonschema``; ``$ref``\\ s resolve against the contract
document itself.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

try:
    import jsonschema  # type: ignore[import-untyped]
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "openrouter_guardrails.testing needs jsonschema: "
        "pip install 'openrouter-guardrails[testing]'"
    ) from exc
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from openrouter_guardrails._contract import document, fallbacks

__all__ = ["Contract", "Operation", "RouteMatch"]

_CONTRACT_URI = "urn:openrouter-guardrails:contract"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAM = re.compile(r"\{([^}/]+)\}")
#: The string formats the contract may name, checked as the API checks them (an unknown
#: format, such as ``double``, constrains nothing).
FORMATS = jsonschema.FormatChecker(formats=())
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))  # a real moment, or raises
    return True


def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return len(value) == 10 and date.fromisoformat(value) is not None


def _uuid(value: object) -> bool:
    return not isinstance(value, str) or uuid.UUID(value) is not None


def _email(value: object) -> bool:
    return not isinstance(value, str) or "@" in value.strip("@")


def _uri(value: object) -> bool:
    return not isinstance(value, str) or bool(urlsplit(value).scheme and " " not in value)


def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


for _name, _check, _raises in (
    ("date-time", _date_time, ValueError),
    ("date", _date, ValueError),
    ("uuid", _uuid, ValueError),
    ("email", _email, ()),
    ("uri", _uri, ()),
    ("int32", _int32, ()),
    ("int64", _int64, ()),
):
    FORMATS.checks(_name, raises=_raises)(_check)


#: Response bodies (and schemas) remembered as judged, at most: a run's memory stays flat.
_JUDGED_BODIES = 4096


@dataclass(frozen=True)
class Operation:
    """One operation of the contract."""

    operation_id: str
    method: str
    path: str
    sdk_name: str
    query_params: Mapping[str, Mapping[str, Any]]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    responses: Mapping[str, Mapping[str, Any] | None]

    @property
    def route(self) -> str:
        """``"GET /guardrails/{id}"``: how faults and logs name the operation."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class RouteMatch:
    """A path that matched a template of the contract, with its path parameters.

    ``operation`` is ``None`` when the path exists but not for this method.
    """

    path: str
    operation: Operation | None
    allowed_methods: tuple[str, ...]
    params: Mapping[str, str] = field(default_factory=dict)


def _template_pattern(path: str) -> str:
    """A regex for a path template: ``{name}`` matches one segment as group ``name``."""
    parts = []
    for segment in path.split("/"):
        found = _PARAM.fullmatch(segment)
        parts.append(f"(?P<{found.group(1)}>[^/]+)" if found else re.escape(segment))
    return "^" + "/".join(parts) + "$"


def _field_path(parts: Iterable[object]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: Any) -> str:
    """A message that names the field: ``content_filters[0].action: 'x' is not one of ...``."""
    where = _field_path(error.absolute_path)
    message = str(error.message)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = [name for name in error.validator_value if name not in error.instance]
        if missing:
            name = _field_path([*error.absolute_path, missing[0]])
            return f"{name}: required field is missing"
    return f"{where}: {message}" if where else message


class Contract:
    """The curated OpenAPI contract, with validators for its schemas.

    Load it with :meth:`load` (read once per process from the generated package).
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._registry: Registry[Any] = Registry().with_resource(
            _CONTRACT_URI,
            Resource.from_contents(dict(document), default_specification=DRAFT202012),
        )
        self._validators: dict[str, Any] = {}
        # By the schema object itself (held, so its id stays its own): the same schemas are
        # asked for again and again, and serializing one to find its validator costs more
        # than many a validation.
        self._validators_by_id: dict[int, tuple[Mapping[str, Any], Any]] = {}
        # Bodies already judged, by operation, status and serialized body: a conformance run
        # reads the same answers many times over.
        self._judged: dict[tuple[str, int, str], tuple[str, ...]] = {}
        self.operations: dict[str, Operation] = {}
        self._routes: list[tuple[re.Pattern[str], str, dict[str, Operation]]] = []
        for path, item in document["paths"].items():
            by_method: dict[str, Operation] = {}
            for method in _HTTP_METHODS:
                if method in item:
                    operation = self._operation(path, method.upper(), item[method], item)
                    self.operations[operation.operation_id] = operation
                    by_method[operation.method] = operation
            pattern = re.compile(_template_pattern(path))
            self._routes.append((pattern, path, by_method))
        # A literal segment wins over a parameter (``/guardrails/assignments/keys``).
        self._routes.sort(key=lambda route: route[1].count("{"))

    @classmethod
    def load(cls) -> Contract:
        """The contract shipped in the generated package (cached)."""
        return _load_shipped()

    @property
    def base_path(self) -> str:
        """The path of the first server URL: ``/api/v1``."""
        servers = self.document.get("servers") or [{"url": ""}]
        return urlsplit(str(servers[0]["url"])).path.rstrip("/")

    def schema(self, name: str) -> Mapping[str, Any]:
        """A component schema by name (``"Guardrail"``)."""
        result: Mapping[str, Any] = self.document["components"]["schemas"][name]
        return result

    def resolved(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` with its ``$ref`` followed (to the component it names)."""
        ref = schema.get("$ref")
        while isinstance(ref, str):
            schema = self.schema(ref.rsplit("/", 1)[-1])
            ref = schema.get("$ref")
        return schema

    def ref(self, name: str) -> dict[str, Any]:
        """A schema that refers to the component ``name``."""
        return {"$ref": f"{_CONTRACT_URI}#/components/schemas/{name}"}

    @property
    def fallbacks(self) -> Mapping[str, tuple[str, ...]]:
        """Deprecated request fields and the fields the server copies their value into when a
        request leaves them out (``x-fills-unset``)."""
        return fallbacks(self.document)

    @property
    def zdr_fields(self) -> tuple[str, ...]:
        """The fields the deprecated fallback field fills (``enforce_zdr_*``)."""
        return next(iter(self.fallbacks.values()), ())

    def body_schema_name(self, operation_id: str) -> str:
        """The name of the component schema of an operation's request body."""
        schema = self.operations[operation_id].body_schema or {}
        return str(schema.get("$ref", "")).rsplit("/", 1)[-1]

    def item_properties(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """The properties of the items of an array schema (through ``$ref`` and ``anyOf``)."""
        for option in [schema, *schema.get("anyOf", [])]:
            items = option.get("items")
            if isinstance(items, Mapping):
                ref = str(items.get("$ref", ""))
                target = self.schema(ref.rsplit("/", 1)[-1]) if ref else items
                result: Mapping[str, Any] = target.get("properties", {})
                return result
        return {}

    def match(self, method: str, path: str) -> RouteMatch | None:
        """The route for ``path`` (relative to the base path, as sent: path parameters come
        back still percent-encoded), or ``None``."""
        for pattern, template, by_method in self._routes:
            found = pattern.match(path)
            if found:
                return RouteMatch(
                    path=template,
                    operation=by_method.get(method.upper()),
                    allowed_methods=tuple(by_method),
                    params=found.groupdict(),
                )
        return None

    def errors(self, schema: Mapping[str, Any], instance: Any) -> list[str]:
        """Every way ``instance`` breaks ``schema``, each naming its field."""
        return [_describe(error) for error in self._validator(schema).iter_errors(instance)]

    def first_error(self, schema: Mapping[str, Any], instance: Any) -> str | None:
        """The most relevant way ``instance`` breaks ``schema``, or ``None``."""
        error = best_match(self._validator(schema).iter_errors(instance))
        return None if error is None else _describe(error)

    def response_schema(self, operation_id: str, status: int) -> Mapping[str, Any] | None:
        """The schema of a response (exact status, else ``4XX``/``5XX``, else ``default``)."""
        responses = self.operations[operation_id].responses
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return responses[key]
        raise KeyError(f"{operation_id} documents no response for status {status}")

    def response_errors(self, operation_id: str, status: int, body: Any) -> list[str]:
        """Every way a response body breaks the contract (an undocumented status included)."""
        try:
            schema = self.response_schema(operation_id, status)
        except KeyError as exc:
            return [str(exc.args[0])]
        if schema is None:
            return []
        try:
            key = (operation_id, status, json.dumps(body, allow_nan=False))
        except ValueError:  # not JSON's values (a NaN): judged every time
            return self.errors(schema, body)
        judged = self._judged.get(key)
        if judged is None:
            if len(self._judged) >= _JUDGED_BODIES:
                self._judged.clear()
            judged = self._judged[key] = tuple(self.errors(schema, body))
        return list(judged)

    def _validator(self, schema: Mapping[str, Any]) -> Any:
        held = self._validators_by_id.get(id(schema))
        if held is not None and held[0] is schema:
            return held[1]
        key = json.dumps(schema, sort_keys=True)
        validator = self._validators.get(key)
        if validator is None:
            validator = jsonschema.Draft202012Validator(
                dict(schema), registry=self._registry, format_checker=FORMATS
            )
            self._validators[key] = validator
        if len(self._validators_by_id) >= _JUDGED_BODIES:
            self._validators_by_id.clear()
        self._validators_by_id[id(schema)] = (schema, validator)
        return validator

    def _absolute(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = _absolutize(schema)
        return result

    def _parameter(self, parameter: Mapping[str, Any]) -> Mapping[str, Any]:
        ref = parameter.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            resolved: Mapping[str, Any] = self.document["components"]["parameters"][name]
            return resolved
        return parameter

    def _operation(
        self, path: str, method: str, spec: Mapping[str, Any], item: Mapping[str, Any]
    ) -> Operation:
        parameters = [
            self._parameter(p) for p in [*item.get("parameters", []), *spec.get("parameters", [])]
        ]
        body = spec.get("requestBody") or {}
        body_schema = body.get("content", {}).get("application/json", {}).get("schema")
        responses: dict[str, Mapping[str, Any] | None] = {}
        for status, response in spec.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            responses[str(status)] = None if schema is None else self._absolute(schema)
        return Operation(
            operation_id=spec["operationId"],
            method=method,
            path=path,
            sdk_name=spec.get("x-sdk-name", spec["operationId"]),
            query_params={
                p["name"]: self._absolute(p.get("schema", {}))
                for p in parameters
                if p.get("in") == "query"
            },
            body_schema=None if body_schema is None else self._absolute(body_schema),
            body_required=bool(body.get("required", False)),
            responses=responses,
        )


def _absolutize(node: Any) -> Any:
    """A copy of ``node`` whose local ``$ref``\\ s point into the contract document."""
    if isinstance(node, Mapping):
        return {
            key: (
                _CONTRACT_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _absolutize(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolutize(item) for item in node]
    return node


@cache
def _load_shipped() -> Contract:
    return Contract(document())
