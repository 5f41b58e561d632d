"""Curate an upstream OpenRouter OpenAPI description into ``openapi/guardrails.yaml``.

The upstream file describes the whole OpenRouter API in a dialect tuned for another
generator. Curation keeps the Guardrails operations and every schema they reference, then
rewrites the parts that make openapi-python-client produce wrong or bloated code:

* OpenAPI 3.0 ``nullable: true`` becomes a 3.1 type list (``type: [string, 'null']``), or
  ``anyOf: [$ref, {type: 'null'}]`` beside a reference;
* an enum that lists ``null`` among its values becomes a plain string enum, and each use of
  it is marked nullable instead;
* ``allOf: [$ref, {description}]`` becomes the plain ``$ref`` (one model, not a copy each);
* the error envelopes that share one shape become one ``ErrorResponse`` / ``ErrorDetail``;
* ``format: uuid`` is dropped (ids are opaque strings to a client), and query parameters are
  never null;
* vendor extensions of the other generator are replaced by ours (``x-sdk-name``,
  ``x-pagination``);
* the app-attribution headers, the catch-all ``4XX`` / ``5XX`` error responses and the
  ``links`` from ``createGuardrail`` to the operations on the created guardrail are added;
* what upstream states only in prose, and the SDK needs as data, becomes data:
  a description's "Defaults to X." becomes ``default: X`` (where X fits the schema);
  ``x-pagination`` names the offset and limit parameters and the results and total fields;
  a POST that answers 200 (it changes, it does not create) is marked ``x-idempotent: true``
  (the method alone would say "not safe to retry"); a deprecated field whose value the server
  copies into the fields named after it (``enforce_zdr`` -> ``enforce_zdr_*``) lists them in
  ``x-fills-unset``;
* the rules upstream states only in a field's description are written as annotations, from
  the reviewed list ``PROSE_RULES`` (each with the sentence it comes from): the role of a
  timestamp (``x-timestamp: created`` is set once, ``updated`` by every update), and where
  the contract leaves an answer open (``x-open``: a value that applies only to some entries,
  a deprecated field it does not fix). A rule whose
  sentence is gone from upstream is not applied, and the change report says so: a human
  reviews it. A field no rule names gets no rule.

Keys are sorted so that a re-run writes the same bytes.
"""

from __future__ import annotations

import copy
import dataclasses
import gzip
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from generator import review

#: The project whose handwritten code the change report searches for what a change touches.
PROJECT = Path(__file__).resolve().parent.parent
TAG = "Guardrails"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ERROR_ENVELOPE = "ErrorResponse"
ERROR_DETAIL = "ErrorDetail"
REF_PREFIX = "#/components/schemas/"

#: Headers every operation accepts, as the official SDKs send them (not in the upstream file).
APP_HEADERS: dict[str, dict[str, Any]] = {
    "AppReferer": {
        "name": "HTTP-Referer",
        "description": (
            "The app identifier should be your app's URL and is used as the primary identifier "
            "for rankings. This is used to track API usage per application."
        ),
    },
    "AppTitle": {
        "name": "X-OpenRouter-Title",
        "description": (
            "The app display name allows you to customize how your app appears in OpenRouter's "
            "dashboard."
        ),
    },
    "AppCategories": {
        "name": "X-OpenRouter-Categories",
        "description": (
            'Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). '
            "Used for marketplace rankings."
        ),
    },
}

DEFAULT_SECURITY_SCHEME = {
    "description": "API key as bearer token in Authorization header",
    "scheme": "bearer",
    "type": "http",
}

CATCH_ALL_ERRORS = {
    "4XX": "Any other client error (OpenRouterDefaultError)",
    "5XX": "Any other server error (OpenRouterDefaultError)",
}

INFO = {
    "title": "OpenRouter Guardrails API",
    "description": (
        "The Guardrails management operations of the OpenRouter API: guardrails, and their "
        "assignment to API keys and organization members. Management key required."
    ),
}


class CurateError(Exception):
    """The upstream file cannot be curated; the message says why."""


# --------------------------------------------------------------------------- loading


def load_spec(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON OpenAPI file (optionally gzipped), raising ``CurateError``."""
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    is_json = (suffixes[-2:-1] if compressed else suffixes[-1:]) == [".json"]
    try:
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if compressed else raw).decode("utf-8")
    except FileNotFoundError:
        raise CurateError(f"{path}: no such file") from None
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        raise CurateError(f"{path}: cannot read: {exc}") from None
    try:
        if is_json:
            data = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if is_json else "YAML"
        raise CurateError(f"{path}: invalid {kind}: {exc}") from None
    if not isinstance(data, dict):
        raise CurateError(f"{path}: not an OpenAPI document (the top level is not a mapping)")
    version = str(data.get("openapi", ""))
    if not version.startswith("3."):
        found = f"openapi: {version!r}" if version else "no 'openapi' field"
        raise CurateError(f"{path}: not an OpenAPI 3.x document ({found})")
    if not isinstance(data.get("paths"), dict):
        raise CurateError(f"{path}: not an OpenAPI 3.x document (no 'paths' mapping)")
    return data


# --------------------------------------------------------------------------- selection


def _operations(paths: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _resolve_schema_name(ref: str, schemas: dict[str, Any], where: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise CurateError(f"unsupported $ref {ref!r} in {where}: only {REF_PREFIX}* is followed")
    name = ref[len(REF_PREFIX) :]
    if name not in schemas:
        raise CurateError(f"dangling $ref {ref!r} in {where}: no such schema")
    return name


def select(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the Guardrails paths and the component schemas they reach (deep copies)."""
    paths: dict[str, Any] = {}
    for path, method, op in _operations(spec["paths"]):
        tags = op.get("tags")
        if isinstance(tags, list) and TAG in tags:
            paths.setdefault(path, {})[method] = copy.deepcopy(op)
    if not paths:
        raise CurateError(f"no {TAG} operations: no operation is tagged {TAG!r}")
    all_schemas = (spec.get("components") or {}).get("schemas") or {}
    keep: dict[str, Any] = {}
    pending = [(ref, f"{p}") for p, item in paths.items() for ref in _refs(item)]
    while pending:
        ref, where = pending.pop()
        name = _resolve_schema_name(ref, all_schemas, where)
        if name in keep:
            continue
        keep[name] = copy.deepcopy(all_schemas[name])
        pending.extend((r, f"schema {name}") for r in _refs(keep[name]))
    return paths, keep


# --------------------------------------------------------------------------- rewriting


def _nullable_enum_names(schemas: dict[str, Any]) -> set[str]:
    return {
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict) and None in (schema.get("enum") or [])
    }


def _fix_nullable_enum(schema: dict[str, Any]) -> None:
    schema["enum"] = [v for v in schema["enum"] if v is not None]
    schema.pop("nullable", None)
    if isinstance(schema.get("type"), list):
        schema["type"] = next(t for t in schema["type"] if t != "null")


def _rewrite(node: Any, nullable_refs: set[str]) -> Any:
    """Rewrite one schema (recursively) into the curated dialect."""
    if isinstance(node, list):
        return [_rewrite(v, nullable_refs) for v in node]
    if not isinstance(node, dict):
        return node
    node = {
        k: _rewrite(v, nullable_refs)
        for k, v in node.items()
        if not (isinstance(k, str) and k.startswith("x-speakeasy"))
    }
    if node.get("format") == "uuid":
        del node["format"]
    all_of = node.get("allOf")
    if isinstance(all_of, list):
        refs = [part for part in all_of if "$ref" in part]
        others = [part for part in all_of if "$ref" not in part]
        if len(refs) == 1 and all(set(p) <= {"description"} for p in others):
            del node["allOf"]
            node.update(refs[0])
    nullable = node.pop("nullable", False)
    ref = node.get("$ref")
    if isinstance(ref, str) and ref[len(REF_PREFIX) :] in nullable_refs:
        nullable = True
    if nullable:
        if "$ref" in node:
            node = {"anyOf": [{"$ref": node.pop("$ref")}, {"type": "null"}], **node}
        elif isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
    return node


def _envelope_shape(schema: Any, schemas: dict[str, Any]) -> Any | None:
    """A comparable shape of an error envelope, or None when ``schema`` is not one."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict) or schema.get("required") != ["error"]:
        return None
    ref = (props.get("error") or {}).get("$ref", "")
    detail = schemas.get(ref[len(REF_PREFIX) :]) if ref.startswith(REF_PREFIX) else None
    if not isinstance(detail, dict) or not {"code", "message"} <= set(detail.get("properties", {})):
        return None

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v)
                for k, v in node.items()
                if k not in {"description", "example", "examples", "$ref"}
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps([strip(schema), strip(detail)], sort_keys=True)


def merge_error_envelopes(schemas: dict[str, Any]) -> dict[str, str]:
    """Replace the same-shaped error envelopes by one; return the renames it made."""
    shapes = {name: _envelope_shape(s, schemas) for name, s in schemas.items()}
    envelopes = sorted(name for name, shape in shapes.items() if shape is not None)
    if not envelopes:
        return {}
    first = envelopes[0]
    same = [name for name in envelopes if shapes[name] == shapes[first]]
    renames: dict[str, str] = {}
    detail_ref = schemas[first]["properties"]["error"]["$ref"]
    for name in same:
        renames[name] = ERROR_ENVELOPE
        renames[schemas[name]["properties"]["error"]["$ref"][len(REF_PREFIX) :]] = ERROR_DETAIL
    envelope = copy.deepcopy(schemas[first])
    detail = copy.deepcopy(schemas[detail_ref[len(REF_PREFIX) :]])
    for old in renames:
        schemas.pop(old, None)
    envelope["description"] = "The API's error envelope, the same for every error status."
    envelope.pop("example", None)
    envelope["properties"]["error"] = {"$ref": REF_PREFIX + ERROR_DETAIL}
    detail["description"] = "What went wrong: the HTTP status as a number, and a message."
    detail.pop("example", None)
    schemas[ERROR_ENVELOPE] = envelope
    schemas[ERROR_DETAIL] = detail
    return renames


def _rename_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            name = ref[len(REF_PREFIX) :]
            if name in renames:
                node["$ref"] = REF_PREFIX + renames[name]
        for value in node.values():
            _rename_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, renames)


_PROSE_DEFAULT = re.compile(r"\bDefaults to `?([A-Za-z0-9_.-]+)`?\.")


def _prose_default(schema: dict[str, Any], schemas: dict[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` when the description says "Defaults to X." and X fits the schema."""
    found = _PROSE_DEFAULT.search(str(schema.get("description", "")))
    if found is None or "default" in schema:
        return False, None
    word = found.group(1)
    target = schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        target = schemas.get(ref[len(REF_PREFIX) :], {})
    kinds = target.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if "enum" in target:
        return (word in target["enum"]), word
    if "boolean" in kinds and word in ("true", "false"):
        return True, word == "true"
    if "integer" in kinds and re.fullmatch(r"-?\d+", word):
        return True, int(word)
    if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?", word):
        return True, float(word)
    if "string" in kinds:
        return True, word
    return False, None


def add_prose_defaults(schemas: dict[str, Any]) -> None:
    """Give ``default:`` to every schema and property whose description states its default."""
    for schema in schemas.values():
        nodes = [schema, *(schema.get("properties") or {}).values()]
        for node in nodes:
            if isinstance(node, dict):
                known, value = _prose_default(node, schemas)
                if known:
                    node["default"] = value


def mark_fallback_fields(schemas: dict[str, Any]) -> None:
    """A deprecated property whose name prefixes others (``enforce_zdr`` and
    ``enforce_zdr_*``) lists them in ``x-fills-unset``: the server copies its value into each
    of them that a request leaves out."""
    for schema in schemas.values():
        props = schema.get("properties") or {}
        for name, prop in props.items():
            if not (isinstance(prop, dict) and prop.get("deprecated")):
                continue
            filled = sorted(other for other in props if other.startswith(name + "_"))
            if filled:
                prop["x-fills-unset"] = filled


@dataclass(frozen=True)
class ProseRule:
    """A rule upstream states only in prose, written as an annotation of one field: the
    field, the annotation and its value, and the sentence of the field's description it
    comes from (applied only while upstream still says it)."""

    schema: str
    field: str
    annotation: str
    value: Any
    sentence: str

    @property
    def label(self) -> str:
        return f"{self.schema}.{self.field} {self.annotation}: {self.value}"


#: The reviewed list of prose rules (see the module's docstring).
PROSE_RULES: tuple[ProseRule, ...] = (
    ProseRule(
        "Guardrail",
        "created_at",
        "x-timestamp",
        "created",
        "ISO 8601 timestamp of when the guardrail was created",
    ),
    ProseRule(
        "Guardrail",
        "updated_at",
        "x-timestamp",
        "updated",
        "ISO 8601 timestamp of when the guardrail was last updated",
    ),
    ProseRule(
        "KeyAssignment",
        "created_at",
        "x-timestamp",
        "created",
        "ISO 8601 timestamp of when the assignment was created",
    ),
    ProseRule(
        "MemberAssignment",
        "created_at",
        "x-timestamp",
        "created",
        "ISO 8601 timestamp of when the assignment was created",
    ),
    # Where the contract leaves a server's answer open (``x-open``): a value that "only
    # applies to" some entries may be kept or dropped on the others; a deprecated field the
    # contract does not fix in an answer may hold any value its schema allows.
    ProseRule(
        "ContentFilterBuiltinEntry",
        "scan_scope",
        "x-open",
        {"kept-only-when": {"slug": "regex-prompt-injection"}},
        "Only applies to the regex-prompt-injection builtin",
    ),
    ProseRule(
        "Guardrail",
        "enforce_zdr",
        "x-open",
        {"any-allowed-value": True},
        "Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, "
        "enforce_zdr_xai, and enforce_zdr_other instead.",
    ),
)


def apply_prose_rules(
    schemas: dict[str, Any], rules: tuple[ProseRule, ...] = PROSE_RULES
) -> list[ProseRule]:
    """Annotate the fields the rules name whose description still says the rule's sentence;
    return the rules that were not applied (their sentence is gone: a human reviews them)."""
    gone = []
    for rule in rules:
        prop = (schemas.get(rule.schema, {}).get("properties") or {}).get(rule.field)
        if isinstance(prop, dict) and rule.sentence in _said_of(prop, schemas):
            prop[rule.annotation] = rule.value
        else:
            gone.append(rule)
    return gone


def _said_of(prop: dict[str, Any], schemas: dict[str, Any]) -> str:
    """What a field's description says, or, for a field that only refers to a schema, what
    that schema's description says."""
    ref = prop.get("$ref")
    if "description" not in prop and isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return str((schemas.get(ref[len(REF_PREFIX) :]) or {}).get("description", ""))
    return str(prop.get("description", ""))


def _pagination(op: dict[str, Any], upstream: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    """Our ``x-pagination``: the offset and limit parameters, the results and total fields."""
    inputs = {i.get("type"): i.get("name") for i in upstream.get("inputs", [])}
    results = str((upstream.get("outputs") or {}).get("results", "$.data"))
    results = results.removeprefix("$.")
    success = next(
        (r for s, r in sorted(op.get("responses", {}).items()) if str(s).startswith("2")), {}
    )
    ref = ((success.get("content") or {}).get("application/json") or {}).get("schema") or {}
    schema = schemas.get(str(ref.get("$ref", ""))[len(REF_PREFIX) :], {})
    totals = [
        name
        for name, prop in (schema.get("properties") or {}).items()
        if name != results and isinstance(prop, dict) and prop.get("type") == "integer"
    ]
    if len(totals) != 1:
        raise CurateError(
            f"{op.get('operationId')}: cannot tell the total field of the listing "
            f"(integer fields besides {results!r}: {totals})"
        )
    return {
        "limit": inputs.get("limit", "limit"),
        "offset": inputs.get("offset", "offset"),
        "results": results,
        "total": totals[0],
        "type": str(upstream.get("type", "offsetLimit")),
    }


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _curate_operation(
    method: str, op: dict[str, Any], nullable_refs: set[str], schemas: dict[str, Any]
) -> dict[str, Any]:
    name_override = op.get("x-speakeasy-name-override")
    pagination = op.get("x-speakeasy-pagination")
    op = _rewrite(op, nullable_refs)
    if name_override:
        op["x-sdk-name"] = _snake(str(name_override))
    if isinstance(pagination, dict):
        op["x-pagination"] = _pagination(op, pagination, schemas)
    successes = [str(s) for s in op.get("responses", {}) if str(s).startswith("2")]
    if method == "post" and successes and "201" not in successes:
        op["x-idempotent"] = True
    params = []
    for param in op.get("parameters", []):
        schema = param.get("schema", {})
        if param.get("in") == "query" and isinstance(schema.get("type"), list):
            schema["type"] = next(t for t in schema["type"] if t != "null")
        params.append(param)
    params.sort(key=lambda p: (p.get("in", ""), p.get("name", "")))
    params.extend({"$ref": f"#/components/parameters/{key}"} for key in APP_HEADERS)
    op["parameters"] = params
    responses = op.setdefault("responses", {})
    for status, description in CATCH_ALL_ERRORS.items():
        responses[status] = {
            "content": {"application/json": {"schema": {"$ref": REF_PREFIX + ERROR_ENVELOPE}}},
            "description": description,
        }
    return op


def _add_links(paths: dict[str, Any]) -> None:
    """Link ``createGuardrail`` to every operation that takes the created guardrail's id."""
    create = None
    targets: list[str] = []
    for path, _method, op in _operations(paths):
        if op.get("operationId") == "createGuardrail":
            create = op
        elif "{id}" in path:
            targets.append(op["operationId"])
    if create is None:
        return
    success = next(
        (r for s, r in sorted(create["responses"].items()) if str(s).startswith("2")), None
    )
    if success is None:
        return
    success["links"] = {
        target[0].upper() + target[1:]: {
            "description": f"The created guardrail's id as `id` of {target}",
            "operationId": target,
            "parameters": {"id": "$response.body#/data/id"},
        }
        for target in sorted(targets)
    }


def curate(spec: dict[str, Any]) -> dict[str, Any]:
    """Build the curated Guardrails document from a full upstream document."""
    paths, schemas = select(spec)
    renames = merge_error_envelopes(schemas)
    _rename_refs(paths, renames)
    _rename_refs(schemas, renames)
    nullable_refs = _nullable_enum_names(schemas)
    for name in nullable_refs:
        _fix_nullable_enum(schemas[name])
    curated_schemas = {
        name: (
            _rewrite(schema, set()) if name in nullable_refs else _rewrite(schema, nullable_refs)
        )
        for name, schema in schemas.items()
    }
    add_prose_defaults(curated_schemas)
    mark_fallback_fields(curated_schemas)
    apply_prose_rules(curated_schemas)
    curated_paths = {
        path: {
            method: _curate_operation(method, op, nullable_refs, curated_schemas)
            for method, op in item.items()
        }
        for path, item in paths.items()
    }
    _add_links(curated_paths)
    upstream_info = spec.get("info") or {}
    tag_info = next(
        (t for t in spec.get("tags") or [] if isinstance(t, dict) and t.get("name") == TAG),
        {"name": TAG},
    )
    schemes = dict((spec.get("components") or {}).get("securitySchemes") or {})
    security = spec.get("security")
    if not security:
        # The management API always takes a bearer key, even where the upstream omits it.
        security = [{"apiKey": []}]
        schemes.setdefault("apiKey", dict(DEFAULT_SECURITY_SCHEME))
    used_schemes = {name for requirement in security for name in requirement}
    missing = used_schemes - set(schemes)
    if missing:
        raise CurateError(f"dangling security scheme(s): {', '.join(sorted(missing))}")
    return {
        "openapi": "3.1.0",
        "info": {
            **INFO,
            "version": str(upstream_info.get("version", "0")),
            **({"license": upstream_info["license"]} if "license" in upstream_info else {}),
        },
        "servers": _rewrite(spec.get("servers") or [], set()),
        "security": security,
        "tags": [tag_info],
        "paths": curated_paths,
        "components": {
            "parameters": {
                key: {
                    "description": header["description"],
                    "in": "header",
                    "name": header["name"],
                    "required": False,
                    "schema": {"type": "string"},
                }
                for key, header in APP_HEADERS.items()
            },
            "schemas": curated_schemas,
            "securitySchemes": {name: schemes[name] for name in sorted(used_schemes)},
        },
    }


def dump(spec: dict[str, Any]) -> str:
    """The curated document as YAML with sorted keys and no line wrapping."""
    return yaml.safe_dump(spec, sort_keys=True, allow_unicode=True, width=10_000)


# --------------------------------------------------------------------------- change report


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the previous and the new curated document."""

    kind: str  # operation, parameter, field, required, type, enum value, prose rule
    what: str
    added: bool
    breaking: bool
    #: What a person must still write or review for it (``write: ...``, ``review: ...``).
    notes: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    def __str__(self) -> str:
        if self.kind == "prose rule":
            head = f"! prose rule {self.what} [REVIEW: its sentence is gone from upstream]"
        else:
            sign = "~" if self.kind == "type" else "+" if self.added else "-"
            label = "BREAKING" if self.breaking else "compatible"
            head = f"{sign} {self.kind} {self.what} [{label}]"
        return "\n".join([head, *(f"    {note}" for note in self.notes)])


def _operation_index(spec: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        f"{method.upper()} {path}": (path, op)
        for path, method, op in _operations(spec.get("paths") or {})
    }


def _request_schemas(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for _path, _method, op in _operations(spec.get("paths") or {}):
        body = op.get("requestBody") or {}
        for ref in _refs(body):
            names.add(ref[len(REF_PREFIX) :])
    schemas = (spec.get("components") or {}).get("schemas") or {}
    pending = list(names)
    while pending:
        for ref in _refs(schemas.get(pending.pop(), {})):
            name = ref[len(REF_PREFIX) :]
            if name not in names:
                names.add(name)
                pending.append(name)
    return names


def _params(op: dict[str, Any]) -> dict[str, bool]:
    return {
        f"{p['in']} {p['name']}": bool(p.get("required"))
        for p in op.get("parameters", [])
        if "name" in p
    }


def _type_of(schema: dict[str, Any]) -> str:
    """A short description of a field's type, to notice when it changes."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type_of(option) for option in schema["anyOf"])
    kind = schema.get("type", "any")
    text = " | ".join(kind) if isinstance(kind, list) else str(kind)
    if "items" in schema:
        text += f"[{_type_of(schema['items'])}]"
    return text


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """What changed from ``old`` to ``new``, each change marked breaking or not."""
    changes: list[Change] = []
    old_ops, new_ops = _operation_index(old), _operation_index(new)
    for key in old_ops.keys() - new_ops.keys():
        changes.append(Change("operation", key, added=False, breaking=True))
    for key in new_ops.keys() - old_ops.keys():
        changes.append(Change("operation", key, added=True, breaking=False))
    for key in old_ops.keys() & new_ops.keys():
        before, after = _params(old_ops[key][1]), _params(new_ops[key][1])
        for name in before.keys() - after.keys():
            changes.append(Change("parameter", f"{key} {name}", added=False, breaking=True))
        for name in after.keys() - before.keys():
            changes.append(Change("parameter", f"{key} {name}", added=True, breaking=after[name]))
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    requests = _request_schemas(new) | _request_schemas(old)
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        before = old_schemas.get(name) or {}
        after = new_schemas.get(name) or {}
        before_props = before.get("properties") or {}
        after_props = after.get("properties") or {}
        for field in before_props.keys() - after_props.keys():
            changes.append(Change("field", f"{name}.{field}", added=False, breaking=True))
        before_required = set(before.get("required") or [])
        after_required = set(after.get("required") or [])
        for field in sorted(before_props.keys() & after_props.keys()):
            if field in after_required - before_required:
                changes.append(Change("required", f"{name}.{field}", added=True, breaking=True))
            elif field in before_required - after_required:
                # Optional in a request is compatible; a response field may now be missing.
                changes.append(
                    Change(
                        "required", f"{name}.{field}", added=False, breaking=name not in requests
                    )
                )
            if _type_of(before_props[field]) != _type_of(after_props[field]):
                changes.append(
                    Change(
                        "type",
                        f"{name}.{field}: {_type_of(before_props[field])} -> "
                        f"{_type_of(after_props[field])}",
                        added=True,
                        breaking=True,
                    )
                )
        for field in after_props.keys() - before_props.keys():
            required = field in (after.get("required") or [])
            changes.append(
                Change(
                    "field",
                    f"{name}.{field}",
                    added=True,
                    breaking=required and name in requests and name in old_schemas,
                )
            )
        before_enum = set(before.get("enum") or [])
        after_enum = set(after.get("enum") or [])
        for value in before_enum - after_enum:
            changes.append(Change("enum value", f"{name}: {value}", added=False, breaking=True))
        for value in after_enum - before_enum:
            changes.append(Change("enum value", f"{name}: {value}", added=True, breaking=False))
    return sorted(changes, key=lambda c: (c.kind, c.what, c.added))


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a failure never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        # mkstemp makes the file owner-only; give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(upstream: Path, output: Path) -> list[Change]:
    """Curate ``upstream`` into ``output``; return what changed against the previous file."""
    spec = load_spec(upstream)
    curated = curate(spec)
    text = dump(curated)
    previous: dict[str, Any] = {}
    if output.exists():
        try:
            previous = yaml.safe_load(output.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            previous = {}
    gone = apply_prose_rules(copy.deepcopy(curated["components"]["schemas"]))
    prose = [Change("prose rule", rule.label, added=False, breaking=True) for rule in gone]
    changes = diff(previous, curated)
    try:
        todo = review.notes(changes, previous, curated, review.Uses(PROJECT))
    except ImportError as exc:
        raise CurateError(
            f"the change report needs the generator's tools ({exc.name} is not installed): "
            "pip install -e '.[dev]'"
        ) from None
    write_atomically(output, text)
    return [replace(c, notes=tuple(todo.get(c, ()))) for c in changes] + prose
