"""Write the SDK layer of ``generated/`` from the curated contract: the operation table, the
typed keyword arguments of every operation, and the sync and async resource classes.

openapi-python-client writes the models and the endpoint modules; this step writes
``sdk.py`` beside them, from ``sdk_templates/sdk.py.jinja``. Everything the handwritten layer
needs to know about an operation (its SDK name, method and path, which arguments go in the
path, the query, the headers and the body, the response model, how a listing pages, whether a
failed attempt may be repeated) is here, read from the contract once, at build time.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

TEMPLATES = Path(__file__).resolve().parent / "sdk_templates"
REF_PREFIX = "#/components/schemas/"
PARAM_PREFIX = "#/components/parameters/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: Methods whose repetition changes nothing more than one request does (RFC 9110).
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace", "patch"})
FIELD_PREFIX = "field_"


@dataclass
class Argument:
    """One keyword argument of an operation."""

    python_name: str
    wire_name: str
    location: str  # path, query, header, body
    annotation: str
    required: bool
    description: str


@dataclass
class OperationSpec:
    """One operation, as the templates need it."""

    name: str
    operation_id: str
    method: str
    path: str
    module_name: str
    response_name: str
    body_name: str | None
    idempotent: bool
    pagination: dict[str, str] | None
    item_name: str | None
    summary: str
    description: str
    tag: str
    arguments: list[Argument] = field(default_factory=list)
    #: The schema of its error answers (the envelope), if the contract gives one.
    error_name: str | None = None
    #: The success answer, when the contract fixes every field of it (each a ``const``).
    done: dict[str, Any] | None = None
    #: ``x-fills-unset`` of its body: a deprecated field -> the fields it fills.
    fallbacks: dict[str, list[str]] = field(default_factory=dict)
    #: The answer's field holding the item the path names, and the item's identity.
    answers_for: tuple[str, str] | None = None

    @property
    def endpoint_module(self) -> str:
        """The generated endpoint module, relative to the package's ``api``."""
        return self.module_name

    @property
    def arguments_class(self) -> str:
        return pascal_case(self.operation_id) + "Arguments"

    @property
    def required(self) -> list[Argument]:
        return [a for a in self.arguments if a.required]

    @property
    def optional(self) -> list[Argument]:
        return [a for a in self.arguments if not a.required]

    def names(self, location: str) -> list[str]:
        return [a.wire_name for a in self.arguments if a.location == location]

    @property
    def headers(self) -> dict[str, str]:
        return {a.python_name: a.wire_name for a in self.arguments if a.location == "header"}


def _ref_name(ref: str) -> str:
    return ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref.rsplit("/", 1)[-1]


class _Types:
    """Python annotations for the contract's schemas (as argument types)."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas

    def annotation(self, schema: dict[str, Any]) -> str:
        parts: list[str] = []
        for part in self._parts(schema):
            if part not in parts:
                parts.append(part)
        if "None" in parts:
            parts = [p for p in parts if p != "None"] + ["None"]
        return " | ".join(parts) or "object"

    def _parts(self, schema: dict[str, Any]) -> list[str]:
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            target = self.schemas.get(name, {})
            if "enum" in target:
                return [name, "str"]
            return [name, "Mapping[str, object]"]
        if "anyOf" in schema or "oneOf" in schema:
            return [
                p
                for option in schema.get("anyOf", schema.get("oneOf"))
                for p in self._parts(option)
            ]
        kinds = schema.get("type", [])
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        parts: list[str] = []
        for kind in kinds:
            if kind == "array":
                item = self.annotation(schema.get("items", {}))
                parts.append(f"Sequence[{item}]")
            elif kind == "object":
                parts.append("Mapping[str, object]")
            elif kind == "string" and schema.get("format") in ("date-time", "date"):
                # Sent as its ISO 8601 text: a datetime (a date) or the text itself.
                parts += [f"datetime.{schema['format'].replace('-', '')}", "str"]
            else:
                parts.append(
                    {
                        "string": "str",
                        "integer": "int",
                        "number": "float",
                        "boolean": "bool",
                        "null": "None",
                    }.get(kind, "object")
                )
        return parts or ["object"]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _resolve_param(spec: dict[str, Any], entry: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in entry:
        result: dict[str, Any] = spec["components"]["parameters"][
            entry["$ref"][len(PARAM_PREFIX) :]
        ]
        return result
    return entry


def _success(op: dict[str, Any]) -> dict[str, Any]:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is not None:
                result: dict[str, Any] = schema
                return result
    raise ValueError(f"{op.get('operationId')}: no JSON success response")


def _error(op: dict[str, Any]) -> str | None:
    """The schema name of the operation's error answers (its first 4XX/5XX JSON schema)."""
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status)[0] in "45" or status == "default":
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema and "$ref" in schema:
                return _ref_name(schema["$ref"])
    return None


def _done(schemas: dict[str, Any], response_name: str) -> dict[str, Any] | None:
    """The success answer when the contract fixes every required field of it."""
    schema = schemas.get(response_name, {})
    required = schema.get("required") or []
    fields = schema.get("properties") or {}
    if required and all("const" in (fields.get(name) or {}) for name in required):
        return {name: fields[name]["const"] for name in required}
    return None


def _identity(spec: dict[str, Any], item_name: str | None) -> str | None:
    """The field that identifies an item of a listing: its first required field that the
    contract also uses as a path parameter (a guardrail's ``id``)."""
    if item_name is None:
        return None
    path_names = {
        _resolve_param(spec, entry)["name"]
        for item in spec["paths"].values()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
        for entry in item[method].get("parameters", [])
        if _resolve_param(spec, entry)["in"] == "path"
    }
    required = spec["components"]["schemas"].get(item_name, {}).get("required", [])
    return next((name for name in required if name in path_names), None)


def _answers_for(
    spec: dict[str, Any], response_name: str, params: list[dict[str, Any]]
) -> tuple[str, str] | None:
    """The item an answer is about, when the operation names it in its path: the answer's
    field holding an item (``data``) and the item's identity (``id``), when that identity is
    a path parameter of the operation (``GET /guardrails/{id}`` answers that guardrail)."""
    path_names = {param["name"] for param in params if param["in"] == "path"}
    properties = spec["components"]["schemas"].get(response_name, {}).get("properties", {})
    for key, prop in properties.items():
        if "$ref" in prop:
            identity = _identity(spec, _ref_name(prop["$ref"]))
            if identity is not None and identity in path_names:
                return (key, identity)
    return None


def operations(spec: dict[str, Any]) -> list[OperationSpec]:
    """Every operation of the contract, with its arguments, in the contract's order."""
    schemas = spec["components"]["schemas"]
    types = _Types(schemas)
    found: list[OperationSpec] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            operation_id = op["operationId"]
            tag = (op.get("tags") or ["default"])[0]
            response_name = _ref_name(_success(op)["$ref"])
            pagination = op.get("x-pagination")
            item_name = None
            if pagination:
                results = schemas[response_name]["properties"][pagination["results"]]
                item_name = _ref_name(results["items"]["$ref"])
            body_schema = (
                ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            ).get("schema")
            body_name = _ref_name(body_schema["$ref"]) if body_schema else None
            spec_op = OperationSpec(
                name=op.get("x-sdk-name", snake_case(operation_id)),
                operation_id=operation_id,
                method=method,
                path=path,
                module_name=f"{snake_case(tag)}.{snake_case(operation_id)}",
                response_name=response_name,
                body_name=body_name,
                idempotent=bool(op.get("x-idempotent", method in IDEMPOTENT_METHODS)),
                pagination=dict(pagination) if pagination else None,
                item_name=item_name,
                summary=_one_line(op.get("summary", operation_id)),
                description=_one_line(op.get("description", "")),
                tag=tag,
                error_name=_error(op),
                done=_done(schemas, response_name),
            )
            if pagination:
                spec_op.pagination = {**pagination, "identity": _identity(spec, item_name)}
            params = [_resolve_param(spec, entry) for entry in op.get("parameters", [])]
            if not pagination:
                spec_op.answers_for = _answers_for(spec, response_name, params)
            for location in ("path", "query"):
                for param in params:
                    if param["in"] != location:
                        continue
                    annotation = types.annotation(param.get("schema", {}))
                    if location == "query" and not param.get("required"):
                        annotation = (
                            annotation if annotation.endswith("None") else annotation + " | None"
                        )
                    spec_op.arguments.append(
                        Argument(
                            python_name=str(PythonIdentifier(param["name"], prefix=FIELD_PREFIX)),
                            wire_name=param["name"],
                            location=location,
                            annotation=annotation,
                            required=bool(param.get("required")) or location == "path",
                            description=_one_line(param.get("description", "")),
                        )
                    )
            if body_name is not None:
                body = schemas[body_name]
                spec_op.fallbacks = {
                    name: list(prop["x-fills-unset"])
                    for name, prop in body.get("properties", {}).items()
                    if prop.get("x-fills-unset")
                }
                required = set(body.get("required", []))
                for name, prop in sorted(body.get("properties", {}).items()):
                    spec_op.arguments.append(
                        Argument(
                            python_name=str(PythonIdentifier(name, prefix=FIELD_PREFIX)),
                            wire_name=name,
                            location="body",
                            annotation=types.annotation(prop),
                            required=name in required,
                            description=_one_line(prop.get("description", "")),
                        )
                    )
            for param in params:
                if param["in"] == "header":
                    spec_op.arguments.append(
                        Argument(
                            python_name=str(PythonIdentifier(param["name"], prefix=FIELD_PREFIX)),
                            wire_name=param["name"],
                            location="header",
                            annotation="str",
                            required=False,
                            description=_one_line(param.get("description", "")),
                        )
                    )
            found.append(spec_op)
    return found


def client_headers(ops: list[OperationSpec]) -> list[Argument]:
    """The header parameters every operation takes: the client sets them once, too."""
    common = set.intersection(*(set(op.headers.items()) for op in ops)) if ops else set()
    return (
        [
            a
            for a in ops[0].arguments
            if a.location == "header" and (a.python_name, a.wire_name) in common
        ]
        if ops
        else []
    )


def fallbacks(spec: dict[str, Any], ops: list[OperationSpec]) -> dict[str, list[str]]:
    """``x-fills-unset`` of the request schemas: a deprecated field -> the fields it fills."""
    found: dict[str, list[str]] = {}
    for op in ops:
        if op.body_name is None:
            continue
        for name, prop in spec["components"]["schemas"][op.body_name].get("properties", {}).items():
            if prop.get("x-fills-unset"):
                found.setdefault(name, list(prop["x-fills-unset"]))
    return found


def _docstring(op: OperationSpec, width: int = 92) -> str:
    lines = [op.summary.rstrip(".") + "."]
    if op.description and op.description != op.summary:
        lines += ["", *textwrap.wrap(op.description, width)]
    if op.arguments:
        lines += ["", "Arguments:"]
        for arg in op.arguments:
            where = {"path": "path", "query": "query", "header": "header", "body": "body"}[
                arg.location
            ]
            need = "required" if arg.required else "optional"
            text = f"{arg.python_name} ({where}, {need}): {arg.description}".rstrip(": ")
            lines += textwrap.wrap(text, width, initial_indent="    ", subsequent_indent="        ")
    lines += ["", "Also takes the per-call options of ``CallOptions`` (retries, timeout, ...)."]
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', "'''")


def _answer_schemas(spec: Mapping[str, Any]) -> set[str]:
    """The schemas an answer (a response body) may hold, at any depth."""
    schemas = spec.get("components", {}).get("schemas", {})
    pending = [
        ref
        for item in spec.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict)
        for response in op.get("responses", {}).values()
        for ref in re.findall(r"#/components/schemas/(\w+)", json.dumps(response))
    ]
    found: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in found and name in schemas:
            found.add(name)
            pending += re.findall(r"#/components/schemas/(\w+)", json.dumps(schemas[name]))
    return found


def open_points(spec: Mapping[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Where the contract leaves an answer open, by schema (of those answers hold) and field:
    an optional field that may be null (``absent-or-null``: an answer that leaves it out and
    one that holds null say the same), and what curation wrote from the prose (``x-open``)."""
    schemas = spec.get("components", {}).get("schemas", {})
    answers = _answer_schemas(spec)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name, schema in sorted(schemas.items()):
        if name not in answers:
            continue
        required = set(schema.get("required") or ())
        for field_name, prop in sorted((schema.get("properties") or {}).items()):
            points: dict[str, Any] = dict(prop.get("x-open") or {})
            kinds = prop.get("type")
            nullable = "null" in kinds if isinstance(kinds, list) else False
            nullable = nullable or any(o.get("type") == "null" for o in prop.get("anyOf", ()))
            if nullable and field_name not in required:
                points["absent-or-null"] = True
            if points:
                found.setdefault(name, {})[field_name] = points
    return found


def _constant(name: str) -> str:
    """``key_hashes`` -> ``KEY_HASHES``, ``listGuardrails`` -> ``LIST_GUARDRAILS``,
    ``HTTP-Referer`` -> ``HTTP_REFERER``."""
    return snake_case(name).upper()


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # noqa: S701 - writes Python, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = _docstring
    env.filters["pyliteral"] = repr
    return env


def render_names(spec: dict[str, Any]) -> str:
    """The text of ``names.py`` for ``spec``: every operation, parameter and field name."""
    ops = operations(spec)
    parameters: dict[str, str] = {}
    for op in ops:
        for arg in op.arguments:
            if arg.location != "body":
                parameters.setdefault(_constant(arg.wire_name), arg.wire_name)
    schemas = [
        (name, [(_constant(field), field) for field in sorted(schema.get("properties") or {})])
        for name, schema in sorted(spec["components"]["schemas"].items())
        if schema.get("properties")
    ]
    return (
        _environment()
        .get_template("names.py.jinja")
        .render(
            operations=[
                {"constant": _constant(op.operation_id), "operation_id": op.operation_id}
                for op in ops
            ],
            parameters=sorted(parameters.items()),
            schemas=schemas,
        )
    )


def render(spec: dict[str, Any]) -> str:
    """The text of ``sdk.py`` for ``spec``."""
    ops = operations(spec)
    schemas = spec["components"]["schemas"]
    models: set[str] = set()
    # Model names used in argument annotations and return types.
    for op in ops:
        models.add(op.item_name or op.response_name)
        for arg in op.arguments:
            models |= {m for m in re.findall(r"[A-Z][A-Za-z0-9]+", arg.annotation) if m in schemas}
    tags = sorted({op.tag for op in ops})
    return (
        _environment()
        .get_template("sdk.py.jinja")
        .render(
            operations=ops,
            tags=[(tag, pascal_case(tag), [op for op in ops if op.tag == tag]) for tag in tags],
            models=sorted(models),
            client_headers=client_headers(ops),
            fallbacks=fallbacks(spec, ops),
            timestamps={
                name: {
                    field: prop["x-timestamp"]
                    for field, prop in sorted((schema.get("properties") or {}).items())
                    if prop.get("x-timestamp")
                }
                for name, schema in sorted(schemas.items())
                if any(p.get("x-timestamp") for p in (schema.get("properties") or {}).values())
            },
            open_points=open_points(spec),
            title=spec.get("info", {}).get("title", ""),
        )
    )
