"""Deliberately defective fakes: the proof that the conformance suite catches what it claims.

:class:`DefectiveFake` is a :class:`~openrouter_guardrails.testing.GuardrailsFake` that breaks
the rules named in ``defects``, each one rule of the contract. The reference fake's request
path knows nothing of them: each defect is an override of one step of that path here (the
operation, the validation, the answer), so that ``testing/_fake.py`` reads as the contract
and nothing else. A test runs the conformance suite against such a fake and expects it to
fail.

The defects come in the categories the suite covers: pagination and listings, isolation
between guardrails, parameters accepted and then ignored, what an update does to what it was
not asked to change, request constraints and prose rules left unenforced, authorization, and
the rules of the workspace default guardrail.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlencode

from openrouter_guardrails_api import names as N

from ._contract import Contract, Operation, RouteMatch
from ._fake import (
    DEFAULT_LIMIT,
    ApiError,
    FakeRequest,
    FakeResponse,
    GuardrailsFake,
    _Call,
    _json_bytes,
)
from ._rules import SERVER_ASSIGNED, default_guardrail_id, default_guardrail_name

__all__ = ["DEFECTS", "DefectiveFake"]

#: Every defect a :class:`DefectiveFake` can have, with the rule it breaks.
DEFECTS: Mapping[str, str] = {
    # listings and pagination
    "wrong_total_count": "list operations report total_count one higher than the items",
    "item_skipped_between_pages": "every page after the first starts one item late",
    "limit_not_enforced": "a limit outside 1..100 is clamped and answered, not rejected",
    # updates
    "lost_update": "update answers the changed guardrail but does not store it",
    "null_ignored_on_update": "a field sent as null in an update keeps its old value",
    "update_resets_omitted": "an update puts every field it does not name back to its default",
    "updated_at_not_set": "an update leaves updated_at as it was",
    # assignments and isolation between guardrails
    "duplicate_assignment": "re-assigning a key it already holds adds a second assignment",
    "unassign_not_removing": "unassign answers its count but removes nothing",
    "unassign_from_any_guardrail": "unassigning a key removes it from whichever guardrail has it",
    "guardrail_list_shows_all": "a guardrail's key list shows every guardrail's key assignments",
    "key_on_two_guardrails": "assigning a key held by another guardrail leaves it there too",
    "delete_not_cascading": "deleting a guardrail leaves its key and member assignments",
    # parameters accepted and then ignored
    "limit_ignored": f"list operations answer up to {DEFAULT_LIMIT} items whatever the limit",
    "workspace_filter_ignored": "the guardrail list ignores its workspace filter",
    # errors, validation and prose rules
    "unknown_id_ok": "an unknown guardrail id answers 200 with a made-up guardrail",
    "wrong_error_envelope": "errors answer {'message', 'status'} instead of the envelope",
    "invalid_body_accepted": "create stores a body that breaks the schema (201, not 400)",
    "max_length_not_enforced": "strings longer than their maxLength are accepted",
    "min_items_not_enforced": "lists shorter than their minItems are accepted",
    "server_assigned_from_request": "create and update take created_at, updated_at and "
    "workspace_id from the request body",
    "created_status_200": "create answers 200 instead of 201",
    "refused_update_applied": "an update refused with 400 still stores its valid fields",
    "missing_required_field": "guardrails are answered without their workspace_id",
    "enforce_zdr_ignored": "enforce_zdr is not copied into the per-provider fields",
    "byok_default_true": "include_byok_in_budgets defaults to true",
    "flag_refused_for_pii": "the flag action is refused for every builtin slug but "
    "regex-prompt-injection",
    # authorization
    "auth_not_enforced": "a request without a valid key is served (no 401)",
    "forbidden_not_enforced": "a key that is not a management key is served (no 403)",
    "forbidden_not_enforced_on_assignments": "a key that is not a management key may call "
    "the assignment operations",
    # the workspace default guardrail
    "default_guardrail_served_unconfigured": "the workspace default guardrail answers 200 "
    "before it is configured",
    "default_guardrail_renamable": "the workspace default guardrail's name can be changed",
}

#: Defects made by changing the contract the fake reads: keyword -> what is removed or changed.
_CONTRACT_DEFECTS = {
    "max_length_not_enforced": "maxLength",
    "min_items_not_enforced": "minItems",
}
#: The action the old contract allowed for one builtin slug only, and that slug.
_FLAG, _FLAG_ONLY_FOR = "flag", "regex-prompt-injection"


def _without_keyword(node: Any, keyword: str) -> Any:
    """A copy of a JSON document with ``keyword`` removed from every schema in it."""
    if isinstance(node, Mapping):
        return {k: _without_keyword(v, keyword) for k, v in node.items() if k != keyword}
    if isinstance(node, list):
        return [_without_keyword(item, keyword) for item in node]
    return node


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _defaults_flipped(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the contract whose boolean request defaults are the other value."""
    changed: dict[str, Any] = copy.deepcopy(dict(document))
    for schema in changed["components"]["schemas"].values():
        for prop in (schema.get("properties") or {}).values():
            if isinstance(prop, dict) and isinstance(prop.get("default"), bool):
                prop["default"] = not prop["default"]
    return changed


class DefectiveFake(GuardrailsFake):
    """A fake with deliberate defects: ``defects`` names some of :data:`DEFECTS` (a
    ``ValueError`` for a name that is not one); every other argument is the
    :class:`~openrouter_guardrails.testing.GuardrailsFake`'s.

    Use it to prove that a conformance suite catches a broken implementation::

        fake = DefectiveFake(defects={"lost_update"})
    """

    #: Every defect a fake can have, with what it breaks.
    DEFECTS = DEFECTS

    def __init__(self, *, defects: Iterable[str], **options: Any) -> None:
        chosen = frozenset(defects)
        unknown = sorted(chosen - set(DEFECTS))
        if unknown:
            raise ValueError(
                f"unknown defect(s) {', '.join(unknown)}: expected some of {', '.join(DEFECTS)}"
            )
        contract: Contract = options.pop("contract", None) or Contract.load()
        document: Any = contract.document
        for defect, keyword in _CONTRACT_DEFECTS.items():
            if defect in chosen:
                document = _without_keyword(document, keyword)
        if "byok_default_true" in chosen:
            document = _defaults_flipped(document)
        if document is not contract.document:
            contract = Contract(document)
        super().__init__(contract=contract, **options)
        #: The deliberate bugs this fake has.
        self.defects = chosen

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, defects={sorted(self.defects)!r})"

    # -- authorization -------------------------------------------------------------------

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        try:
            super()._authenticate(headers)
        except ApiError as exc:
            if exc.status == 401 and "auth_not_enforced" in self.defects:
                return
            if exc.status == 403 and "forbidden_not_enforced" in self.defects:
                return
            raise

    def _process(self, method: str, route: RouteMatch | None, request: FakeRequest) -> FakeResponse:
        operation = route.operation if route is not None else None
        if (
            "forbidden_not_enforced_on_assignments" in self.defects
            and operation is not None
            and "/assignments" in operation.path
            and request.headers.get("authorization", "").partition(" ")[2] in self.api_keys
        ):
            key = next(iter(self.management_keys))
            headers = {**request.headers, "authorization": f"Bearer {key}"}
            request = dataclasses.replace(request, headers=headers)
        response = super()._process(method, route, request)
        update = self.contract.operations[N.OperationId.UPDATE_GUARDRAIL]
        if (
            "refused_update_applied" in self.defects
            and route is not None
            and operation is update
            and response.status == 400
        ):
            self._apply_valid_fields(route, request.body)
        rewrite = {"wrong_error_envelope", "missing_required_field"} & self.defects
        if not rewrite:
            return response
        payload = json.loads(response.body)
        if "wrong_error_envelope" in self.defects and response.status >= 400:
            error = payload.get("error", {})
            payload = {"message": error.get("message"), "status": response.status}
        if "missing_required_field" in self.defects and response.status < 400:
            data = payload.get("data") if isinstance(payload, dict) else None
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict) and self._name_field in item:
                    item.pop(N.Guardrail.WORKSPACE_ID, None)
        return FakeResponse(response.status, response.headers, _json_bytes(payload))

    def _apply_valid_fields(self, route: RouteMatch, raw: bytes) -> None:
        """Store the fields of a refused update that are valid one by one."""
        body = _json_or_none(raw)
        if not isinstance(body, dict) or route.operation is None:
            return
        schema = self.contract.ref(self._update_schema)
        valid = {
            name: value
            for name, value in body.items()
            if self.contract.first_error(schema, {name: value}) is None
        }
        try:
            self._update_guardrail(_Call(route.operation, route.params, {}, valid))
        except ApiError:
            return
        self._save_if_changed()

    # -- validation ----------------------------------------------------------------------

    def _validated_query(self, operation: Operation, raw: str) -> dict[str, Any]:
        pages = self._pagination(operation)
        if "limit_not_enforced" in self.defects and pages is not None:
            given = parse_qs(raw, keep_blank_values=True)
            values = given.get(pages["limit"], [])
            if values and values[-1].lstrip("-").isdigit():
                given[pages["limit"]] = [str(min(max(int(values[-1]), 1), 100))]
                raw = urlencode(given, doseq=True)
        return super()._validated_query(operation, raw)

    def _validated_body(self, operation: Operation, raw: bytes) -> Any:
        try:
            body = super()._validated_body(operation, raw)
        except ApiError:
            if "invalid_body_accepted" in self.defects and operation.operation_id == (
                self.contract.operations[N.OperationId.CREATE_GUARDRAIL].operation_id
            ):
                parsed = _json_or_none(raw)
                if isinstance(parsed, dict) and self._storable(parsed):
                    return parsed
            raise
        if "flag_refused_for_pii" in self.defects and isinstance(body, dict):
            for name in self._builtin_fields:
                for entry in body.get(name) or []:
                    if entry.get("action") == _FLAG and entry.get("slug") != _FLAG_ONLY_FOR:
                        raise ApiError(400, f"The {_FLAG} action is only for {_FLAG_ONLY_FOR}")
        return body

    def _storable(self, body: Mapping[str, Any]) -> bool:
        """Whether the fake can store a body as it is (its builtin filters are objects)."""
        return all(
            isinstance(body.get(name) or [], list)
            and all(isinstance(entry, dict) for entry in body.get(name) or [])
            for name in self._builtin_fields
        )

    # -- guardrails ----------------------------------------------------------------------

    def _guardrail(self, call: _Call) -> dict[str, Any]:
        try:
            return super()._guardrail(call)
        except ApiError:
            guardrail_id = call.params["id"]
            workspace = self._unconfigured_default(guardrail_id)
            if workspace is not None and "default_guardrail_served_unconfigured" in self.defects:
                served = self._new_guardrail(guardrail_id, workspace)
                served[self._name_field] = default_guardrail_name(workspace)
                return served
            if "unknown_id_ok" in self.defects:
                made_up = self._new_guardrail(guardrail_id, self.workspace_id)
                made_up[self._name_field] = "Made-up guardrail"
                return made_up
            raise

    def _page(self, call: _Call, items: list[dict[str, Any]]) -> tuple[int, Any]:
        pages = self._pagination(call.operation)
        query = dict(call.query)
        if pages is not None:
            if "limit_ignored" in self.defects:
                query[pages["limit"]] = DEFAULT_LIMIT
            offset = int(query.get(pages["offset"], 0))
            if offset > 0 and "item_skipped_between_pages" in self.defects:
                query[pages["offset"]] = offset + 1
        status, payload = super()._page(dataclasses.replace(call, query=query), items)
        if "wrong_total_count" in self.defects and pages is not None:
            payload[pages["total"]] += 1
        return status, payload

    def _apply_fields(
        self, guardrail: dict[str, Any], body: Mapping[str, Any], request_schema: str
    ) -> None:
        if "null_ignored_on_update" in self.defects and request_schema == self._update_schema:
            body = {name: value for name, value in body.items() if value is not None}
        if "enforce_zdr_ignored" in self.defects:
            deprecated = {name: body[name] for name in self._fallbacks if name in body}
            body = {name: value for name, value in body.items() if name not in deprecated}
            super()._apply_fields(guardrail, body, request_schema)
            guardrail.update(deprecated)
            return
        super()._apply_fields(guardrail, body, request_schema)
        if "server_assigned_from_request" in self.defects:
            for name in SERVER_ASSIGNED - {"id"}:
                if isinstance(body.get(name), str):
                    guardrail[name] = body[name]

    def _list_guardrails(self, call: _Call) -> tuple[int, Any]:
        if "workspace_filter_ignored" in self.defects:
            query = {k: v for k, v in call.query.items() if k not in self._filters}
            call = dataclasses.replace(call, query=query)
        return super()._list_guardrails(call)

    def _create_guardrail(self, call: _Call) -> tuple[int, Any]:
        status, payload = super()._create_guardrail(call)
        return (200 if "created_status_200" in self.defects else status), payload

    def _update_guardrail(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = call.params["id"]
        before = copy.deepcopy(self._state.guardrails.get(guardrail_id))
        body = dict(call.body)
        renamed = None
        workspace = (before or {}).get(N.Guardrail.WORKSPACE_ID) or self._unconfigured_default(
            guardrail_id
        )
        is_default = workspace is not None and guardrail_id == default_guardrail_id(workspace)
        if "default_guardrail_renamable" in self.defects and is_default:
            renamed = body.pop(self._name_field, None)
        if "update_resets_omitted" in self.defects and before is not None:
            defaults = self._new_guardrail(guardrail_id, before[N.Guardrail.WORKSPACE_ID])
            stored = self._state.guardrails[guardrail_id]
            for name, value in defaults.items():
                if name not in body and name not in SERVER_ASSIGNED and name != self._name_field:
                    stored[name] = value
        status, payload = super()._update_guardrail(dataclasses.replace(call, body=body))
        stored = self._state.guardrails.get(guardrail_id)
        if renamed is not None and stored is not None:
            stored[self._name_field] = payload["data"][self._name_field] = renamed
        if "updated_at_not_set" in self.defects and stored is not None:
            previous = before[N.Guardrail.UPDATED_AT] if before is not None else None
            stored[N.Guardrail.UPDATED_AT] = payload["data"][N.Guardrail.UPDATED_AT] = previous
        if "lost_update" in self.defects and before is not None:
            self._state.guardrails[guardrail_id] = before
        return status, payload

    def _delete_guardrail(self, call: _Call) -> tuple[int, Any]:
        keys = dict(self._state.key_assignments)
        members = dict(self._state.member_assignments)
        result = super()._delete_guardrail(call)
        if "delete_not_cascading" in self.defects:
            self._state.key_assignments.update(keys)
            self._state.member_assignments.update(members)
        return result

    # -- assignments ---------------------------------------------------------------------

    def _list_guardrail_key_assignments(self, call: _Call) -> tuple[int, Any]:
        if "guardrail_list_shows_all" in self.defects:
            self._guardrail(call)
            return self._page(call, list(self._state.key_assignments.values()))
        return super()._list_guardrail_key_assignments(call)

    def _assign_keys(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = call.params["id"]
        (field_name,) = call.body
        wanted = list(dict.fromkeys(call.body[field_name]))
        table = self._state.key_assignments
        held_here = [
            k
            for k in wanted
            if (table.get(k) or {}).get(N.KeyAssignment.GUARDRAIL_ID) == guardrail_id
        ]
        held_elsewhere = {
            k: copy.deepcopy(table[k]) for k in wanted if k in table and k not in held_here
        }
        status, payload = super()._assign_keys(call)
        if status != 200:
            return status, payload
        if "key_on_two_guardrails" in self.defects:
            for key_hash, old in held_elsewhere.items():
                table[f"{key_hash}@{old[N.KeyAssignment.GUARDRAIL_ID]}"] = old
        if "duplicate_assignment" in self.defects:
            for key_hash in held_here:
                copies = sum(1 for k in table if k.startswith(f"{key_hash}#"))
                table[f"{key_hash}#{copies + 1}"] = {
                    **table[key_hash],
                    "id": self._new_id(),
                    N.Guardrail.CREATED_AT: self._now(),
                }
                payload[N.BulkAssignKeysResponse.ASSIGNED_COUNT] += 1
        return status, payload

    def _unassign_keys(self, call: _Call) -> tuple[int, Any]:
        kept = dict(self._state.key_assignments)
        status, payload = super()._unassign_keys(call)
        table = self._state.key_assignments
        if "unassign_not_removing" in self.defects:
            table.update({k: v for k, v in kept.items() if k not in table})
        elif "unassign_from_any_guardrail" in self.defects:
            (field_name,) = call.body
            for key_hash in call.body[field_name]:
                table.pop(key_hash, None)
        return status, payload

    def _unassign_members(self, call: _Call) -> tuple[int, Any]:
        kept = dict(self._state.member_assignments)
        status, payload = super()._unassign_members(call)
        if "unassign_not_removing" in self.defects:
            table = self._state.member_assignments
            table.update({k: v for k, v in kept.items() if k not in table})
        return status, payload

    # -- helpers -------------------------------------------------------------------------

    def _pagination(self, operation: Operation) -> Mapping[str, str] | None:
        """The names of a list operation's paging fields (``x-pagination``), else ``None``."""
        spec = self.contract.document["paths"][operation.path][operation.method.lower()]
        pages: Mapping[str, str] | None = spec.get("x-pagination")
        return pages
