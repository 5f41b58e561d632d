"""The contract's checks, as plain Python: written by ``python -m generator`` from
``openapi/guardrails.yaml``; do not edit.

For each operation (``OPERATIONS``, by operationId): the first-problem checks of its query
and path arguments and of its body, the fast test of its body, and the checks and the fast
path of its success response (see ``generator/checks.py`` for what each kind does).
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Mapping

from openrouter_guardrails._checking import MISSING as _MISSING
from openrouter_guardrails._checking import NOTHING as _NOTHING
from openrouter_guardrails._checking import ContractViolation, NoneType, OperationChecks
from openrouter_guardrails._checking import Slow as _Slow
from openrouter_guardrails._checking import join as _join
from openrouter_guardrails._checking import kind_of as _kind
from openrouter_guardrails._checking import plain as _plain
from openrouter_guardrails._checking import strings as _strings

from . import models as _models

_join_all = "".join


_exact1 = frozenset({int})
_types2 = (int,)
_exact9 = frozenset({str})
_types10 = (str,)
_exact12 = frozenset({list, tuple})
_types13 = (
    list,
    tuple,
)
_settled15 = frozenset({list})
_exact16 = frozenset({NoneType, list, tuple})
_types17 = (
    list,
    tuple,
    NoneType,
)
_settled19 = frozenset({NoneType, list})
_settled29 = {
    "action": frozenset({str}),
    "label": frozenset(),
    "scan_scope": frozenset({str}),
    "slug": frozenset({str}),
}.get
_required31 = frozenset({"slug", "action"})
_exact35 = frozenset({NoneType, str})
_types36 = (
    str,
    NoneType,
)
_settled45 = {
    "action": frozenset({str}),
    "label": frozenset({NoneType}),
    "pattern": frozenset(),
}.get
_required47 = frozenset({"pattern", "action"})
_exact52 = frozenset({NoneType, bool})
_types53 = (NoneType,)
_exact56 = frozenset({bool})
_types57 = ()
_exact60 = frozenset({NoneType, int})
_types61 = (
    int,
    float,
    NoneType,
)
_exact64 = frozenset({NoneType})
_settled69 = {
    "allowed_models": frozenset({NoneType}),
    "allowed_providers": frozenset({NoneType}),
    "content_filter_builtins": frozenset({NoneType}),
    "content_filters": frozenset({NoneType}),
    "created_at": frozenset({str}),
    "description": frozenset({NoneType, str}),
    "enable_free_model_publication": frozenset({NoneType, bool}),
    "enable_free_model_training": frozenset({NoneType, bool}),
    "enable_paid_model_training": frozenset({NoneType, bool}),
    "enforce_zdr": frozenset({NoneType, bool}),
    "enforce_zdr_anthropic": frozenset({NoneType, bool}),
    "enforce_zdr_google": frozenset({NoneType, bool}),
    "enforce_zdr_openai": frozenset({NoneType, bool}),
    "enforce_zdr_other": frozenset({NoneType, bool}),
    "enforce_zdr_xai": frozenset({NoneType, bool}),
    "id": frozenset({str}),
    "ignored_models": frozenset({NoneType}),
    "ignored_providers": frozenset({NoneType}),
    "include_byok_in_budgets": frozenset({bool}),
    "limit_usd": frozenset({NoneType, int}),
    "name": frozenset({str}),
    "reset_interval": frozenset({NoneType, str}),
    "updated_at": frozenset({NoneType, str}),
    "workspace_id": frozenset({NoneType, str}),
}.get
_required71 = frozenset({"id", "name", "include_byok_in_budgets", "created_at", "workspace_id"})
_settled76 = {"data": frozenset(), "total_count": frozenset({int})}.get
_required78 = frozenset({"data", "total_count"})
_get81 = operator.itemgetter("data", "total_count")
_get82 = operator.itemgetter(
    "created_at",
    "id",
    "include_byok_in_budgets",
    "name",
    "workspace_id",
    "allowed_models",
    "allowed_providers",
    "content_filter_builtins",
    "content_filters",
    "description",
    "enable_free_model_publication",
    "enable_free_model_training",
    "enable_paid_model_training",
    "enforce_zdr",
    "enforce_zdr_anthropic",
    "enforce_zdr_google",
    "enforce_zdr_openai",
    "enforce_zdr_other",
    "enforce_zdr_xai",
    "ignored_models",
    "ignored_providers",
    "limit_usd",
    "reset_interval",
    "updated_at",
)
_known85 = frozenset(
    {
        "created_at",
        "id",
        "include_byok_in_budgets",
        "name",
        "workspace_id",
        "allowed_models",
        "allowed_providers",
        "content_filter_builtins",
        "content_filters",
        "description",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_google",
        "enforce_zdr_openai",
        "enforce_zdr_other",
        "enforce_zdr_xai",
        "ignored_models",
        "ignored_providers",
        "limit_usd",
        "reset_interval",
        "updated_at",
    }
)
_exact146 = frozenset({NoneType, dict})
_types147 = (
    Mapping,
    NoneType,
)
_settled150 = {
    "code": frozenset({int}),
    "message": frozenset({str}),
    "metadata": frozenset({NoneType}),
}.get
_required152 = frozenset({"code", "message"})
_settled154 = {
    "error": frozenset(),
    "openrouter_metadata": frozenset({NoneType}),
    "user_id": frozenset({NoneType, str}),
}.get
_required156 = frozenset({"error"})
_exact158 = frozenset({dict})
_types159 = (Mapping,)
_settled218 = {"data": frozenset()}.get
_required220 = frozenset({"data"})
_get223 = lambda value: (value["data"],)
_settled224 = {
    "assigned_by": frozenset({NoneType, str}),
    "created_at": frozenset({str}),
    "guardrail_id": frozenset({str}),
    "id": frozenset({str}),
    "key_hash": frozenset({str}),
    "key_label": frozenset({str}),
    "key_name": frozenset({str}),
}.get
_required226 = frozenset(
    {"id", "key_hash", "guardrail_id", "key_name", "key_label", "assigned_by", "created_at"}
)
_get232 = operator.itemgetter(
    "assigned_by", "created_at", "guardrail_id", "id", "key_hash", "key_label", "key_name"
)
_known235 = frozenset(
    {"assigned_by", "created_at", "guardrail_id", "id", "key_hash", "key_label", "key_name"}
)
_settled246 = {
    "assigned_by": frozenset({NoneType, str}),
    "created_at": frozenset({str}),
    "guardrail_id": frozenset({str}),
    "id": frozenset({str}),
    "organization_id": frozenset({str}),
    "user_id": frozenset({str}),
}.get
_required248 = frozenset(
    {"id", "user_id", "organization_id", "guardrail_id", "assigned_by", "created_at"}
)
_get254 = operator.itemgetter(
    "assigned_by", "created_at", "guardrail_id", "id", "organization_id", "user_id"
)
_known257 = frozenset(
    {"assigned_by", "created_at", "guardrail_id", "id", "organization_id", "user_id"}
)
_settled272 = {"deleted": frozenset()}.get
_required274 = frozenset({"deleted"})
_get277 = lambda value: (value["deleted"],)
_settled328 = {"assigned_count": frozenset({int})}.get
_required330 = frozenset({"assigned_count"})
_get333 = lambda value: (value["assigned_count"],)
_settled341 = {"unassigned_count": frozenset({int})}.get
_required343 = frozenset({"unassigned_count"})
_get346 = lambda value: (value["unassigned_count"],)


def _type3(value, where):
    if type(value) in _exact1:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types2):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an integer, not {type(value).__name__}"


def _bounds4(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value < 1:
        return where, f"must be at least 1 (got {value})"
    if value > 100:
        return where, f"must be at most 100 (got {value})"
    return None


def _all5(value, where):
    problem = _type3(value, where)
    if problem is not None:
        return problem
    problem = _bounds4(value, where)
    if problem is not None:
        return problem
    return None


def _type6(value, where):
    if type(value) in _exact1:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types2):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an integer, not {type(value).__name__}"


def _bounds7(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value < 0:
        return where, f"must be at least 0 (got {value})"
    return None


def _all8(value, where):
    problem = _type6(value, where)
    if problem is not None:
        return problem
    problem = _bounds7(value, where)
    if problem is not None:
        return problem
    return None


def _type11(value, where):
    if type(value) in _exact9:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types10):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string, not {type(value).__name__}"


def _type14(value, where):
    if type(value) in _exact12:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types13):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list, not {type(value).__name__}"


def _type18(value, where):
    if type(value) in _exact16:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types17):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list or null (None), not {type(value).__name__}"


def _leaf20(value, where):
    problem = _type11(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _array21(value, where):
    if type(value) not in _settled19:
        problem = _type18(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    if _strings(value):
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _leaf20(element, "") is not None:
            found = found or []
            found.extend(_leaf20(element, f"{where}[{index}]") or ())
    return found


def _first_ContentFilterBuiltinAction(value, where):
    return _type11(value, where)


def _leaf22(value, where):
    problem = _first_ContentFilterBuiltinAction(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type23(value, where):
    if type(value) in _exact9:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types10):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string, not {type(value).__name__}"


def _length24(value, where):
    if not isinstance(value, str):
        return None
    if len(value) < 0:
        return where, "must be at least 0 characters"
    if len(value) > 100:
        return where, f"must be at most 100 characters (got {len(value)})"
    return None


def _all25(value, where):
    problem = _type23(value, where)
    if problem is not None:
        return problem
    problem = _length24(value, where)
    if problem is not None:
        return problem
    return None


def _leaf26(value, where):
    problem = _all25(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _first_PromptInjectionScanScope(value, where):
    return _type11(value, where)


def _leaf27(value, where):
    problem = _first_PromptInjectionScanScope(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _first_ContentFilterBuiltinSlug(value, where):
    return _type11(value, where)


def _leaf28(value, where):
    problem = _first_ContentFilterBuiltinSlug(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object32(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required31.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("slug", "action")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled29(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields30.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ContentFilterBuiltinEntry(value, where):
    return _object32(value, where)


def _array33(value, where):
    if type(value) not in _settled19:
        problem = _type18(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _violations_ContentFilterBuiltinEntry(element, "") is not None:
            found = found or []
            found.extend(_violations_ContentFilterBuiltinEntry(element, f"{where}[{index}]") or ())
    return found


def _first_ContentFilterAction(value, where):
    return _type11(value, where)


def _leaf34(value, where):
    problem = _first_ContentFilterAction(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type37(value, where):
    if type(value) in _exact35:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types36):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string or null (None), not {type(value).__name__}"


def _length38(value, where):
    if not isinstance(value, str):
        return None
    if len(value) < 0:
        return where, "must be at least 0 characters"
    if len(value) > 100:
        return where, f"must be at most 100 characters (got {len(value)})"
    return None


def _all39(value, where):
    problem = _type37(value, where)
    if problem is not None:
        return problem
    problem = _length38(value, where)
    if problem is not None:
        return problem
    return None


def _leaf40(value, where):
    problem = _all39(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type41(value, where):
    if type(value) in _exact9:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types10):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string, not {type(value).__name__}"


def _length42(value, where):
    if not isinstance(value, str):
        return None
    if len(value) < 1:
        return where, "must not be empty"
    return None


def _all43(value, where):
    problem = _type41(value, where)
    if problem is not None:
        return problem
    problem = _length42(value, where)
    if problem is not None:
        return problem
    return None


def _leaf44(value, where):
    problem = _all43(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object48(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required47.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("pattern", "action")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled45(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields46.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ContentFilterEntry(value, where):
    return _object48(value, where)


def _array49(value, where):
    if type(value) not in _settled19:
        problem = _type18(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _violations_ContentFilterEntry(element, "") is not None:
            found = found or []
            found.extend(_violations_ContentFilterEntry(element, f"{where}[{index}]") or ())
    return found


def _type50(value, where):
    if type(value) in _exact35:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types36):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string or null (None), not {type(value).__name__}"


def _leaf51(value, where):
    problem = _type50(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type54(value, where):
    if type(value) in _exact52:
        return None
    if True if isinstance(value, bool) else isinstance(value, _types53):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a boolean or null (None), not {type(value).__name__}"


def _leaf55(value, where):
    problem = _type54(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type58(value, where):
    if type(value) in _exact56:
        return None
    if True if isinstance(value, bool) else isinstance(value, _types57):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a boolean, not {type(value).__name__}"


def _leaf59(value, where):
    problem = _type58(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _type62(value, where):
    if type(value) in _exact60:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types61):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a number or null (None), not {type(value).__name__}"


def _leaf63(value, where):
    problem = _type62(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _first_GuardrailInterval(value, where):
    return _type11(value, where)


def _type65(value, where):
    if type(value) in _exact64:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types53):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be null (None), not {type(value).__name__}"


def _any66(value, where):
    first = None
    for option in _options67:
        problem = option(value, where)
        if problem is None:
            return None
        first = first or problem
    return first


def _leaf68(value, where):
    problem = _any66(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object72(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required71.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("id", "name", "include_byok_in_budgets", "created_at", "workspace_id")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled69(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields70.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_Guardrail(value, where):
    return _object72(value, where)


def _array73(value, where):
    if type(value) not in _settled15:
        problem = _type14(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _violations_Guardrail(element, "") is not None:
            found = found or []
            found.extend(_violations_Guardrail(element, f"{where}[{index}]") or ())
    return found


def _type74(value, where):
    if type(value) in _exact1:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types2):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an integer, not {type(value).__name__}"


def _leaf75(value, where):
    problem = _type74(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object79(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required78.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("data", "total_count")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled76(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields77.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ListGuardrailsResponse(value, where):
    return _object79(value, where)


def _partial86(v):
    if type(v) is not dict:
        raise _Slow
    _get87 = v.get
    _y88 = _get87("allowed_models", _MISSING)
    if _y88 is not _MISSING:
        if not ((type(_y88) is list) or (_y88 is None)):
            raise _Slow
        if type(_y88) is list:
            _join_all(_y88)  # a TypeError on an item that is no string
    _y89 = _get87("allowed_providers", _MISSING)
    if _y89 is not _MISSING:
        if not ((type(_y89) is list) or (_y89 is None)):
            raise _Slow
        if type(_y89) is list:
            _join_all(_y89)  # a TypeError on an item that is no string
    _y90 = _get87("content_filter_builtins", _MISSING)
    if _y90 is not _MISSING:
        if not ((type(_y90) is list) or (_y90 is None)):
            raise _Slow
        if type(_y90) is list:
            for _e91 in _y90:
                if type(_e91) is not dict:
                    raise _Slow
                _get92 = _e91.get
                _y93 = _get92("action", _MISSING)
                if not (type(_y93) is str):
                    raise _Slow
                _y94 = _get92("label", _MISSING)
                if _y94 is not _MISSING:
                    if not (type(_y94) is str and len(_y94) <= 100):
                        raise _Slow
                _y95 = _get92("scan_scope", _MISSING)
                if _y95 is not _MISSING:
                    if not (type(_y95) is str):
                        raise _Slow
                _y96 = _get92("slug", _MISSING)
                if not (type(_y96) is str):
                    raise _Slow
    _y97 = _get87("content_filters", _MISSING)
    if _y97 is not _MISSING:
        if not ((type(_y97) is list) or (_y97 is None)):
            raise _Slow
        if type(_y97) is list:
            for _e98 in _y97:
                if type(_e98) is not dict:
                    raise _Slow
                _get99 = _e98.get
                _y100 = _get99("action", _MISSING)
                if not (type(_y100) is str):
                    raise _Slow
                _y101 = _get99("label", _MISSING)
                if _y101 is not _MISSING:
                    if not ((type(_y101) is str and len(_y101) <= 100) or (_y101 is None)):
                        raise _Slow
                _y102 = _get99("pattern", _MISSING)
                if not (type(_y102) is str and 1 <= len(_y102)):
                    raise _Slow
    _y103 = _get87("created_at", _MISSING)
    if not (type(_y103) is str):
        raise _Slow
    _y104 = _get87("description", _MISSING)
    if _y104 is not _MISSING:
        if not ((type(_y104) is str) or (_y104 is None)):
            raise _Slow
    _y105 = _get87("enable_free_model_publication", _MISSING)
    if _y105 is not _MISSING:
        if not ((type(_y105) is bool) or (_y105 is None)):
            raise _Slow
    _y106 = _get87("enable_free_model_training", _MISSING)
    if _y106 is not _MISSING:
        if not ((type(_y106) is bool) or (_y106 is None)):
            raise _Slow
    _y107 = _get87("enable_paid_model_training", _MISSING)
    if _y107 is not _MISSING:
        if not ((type(_y107) is bool) or (_y107 is None)):
            raise _Slow
    _y108 = _get87("enforce_zdr", _MISSING)
    if _y108 is not _MISSING:
        if not ((type(_y108) is bool) or (_y108 is None)):
            raise _Slow
    _y109 = _get87("enforce_zdr_anthropic", _MISSING)
    if _y109 is not _MISSING:
        if not ((type(_y109) is bool) or (_y109 is None)):
            raise _Slow
    _y110 = _get87("enforce_zdr_google", _MISSING)
    if _y110 is not _MISSING:
        if not ((type(_y110) is bool) or (_y110 is None)):
            raise _Slow
    _y111 = _get87("enforce_zdr_openai", _MISSING)
    if _y111 is not _MISSING:
        if not ((type(_y111) is bool) or (_y111 is None)):
            raise _Slow
    _y112 = _get87("enforce_zdr_other", _MISSING)
    if _y112 is not _MISSING:
        if not ((type(_y112) is bool) or (_y112 is None)):
            raise _Slow
    _y113 = _get87("enforce_zdr_xai", _MISSING)
    if _y113 is not _MISSING:
        if not ((type(_y113) is bool) or (_y113 is None)):
            raise _Slow
    _y114 = _get87("id", _MISSING)
    if not (type(_y114) is str):
        raise _Slow
    _y115 = _get87("ignored_models", _MISSING)
    if _y115 is not _MISSING:
        if not ((type(_y115) is list) or (_y115 is None)):
            raise _Slow
        if type(_y115) is list:
            _join_all(_y115)  # a TypeError on an item that is no string
    _y116 = _get87("ignored_providers", _MISSING)
    if _y116 is not _MISSING:
        if not ((type(_y116) is list) or (_y116 is None)):
            raise _Slow
        if type(_y116) is list:
            _join_all(_y116)  # a TypeError on an item that is no string
    _y117 = _get87("include_byok_in_budgets", _MISSING)
    if not (type(_y117) is bool):
        raise _Slow
    _y118 = _get87("limit_usd", _MISSING)
    if _y118 is not _MISSING:
        if not (
            (type(_y118) is int or (type(_y118) is float and _y118 - _y118 == 0)) or (_y118 is None)
        ):
            raise _Slow
    _y119 = _get87("name", _MISSING)
    if not (type(_y119) is str):
        raise _Slow
    _y120 = _get87("reset_interval", _MISSING)
    if _y120 is not _MISSING:
        if not ((type(_y120) is str) or (_y120 is None)):
            raise _Slow
    _y121 = _get87("updated_at", _MISSING)
    if _y121 is not _MISSING:
        if not ((type(_y121) is str) or (_y121 is None)):
            raise _Slow
    _y122 = _get87("workspace_id", _MISSING)
    if not ((type(_y122) is str) or (_y122 is None)):
        raise _Slow
    return _models.Guardrail.from_dict(v)


def _read84(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 24:
        return _partial86(v)
    try:
        values = _get82(v)
    except KeyError:
        return _partial86(v)
    (
        x0,
        x1,
        x2,
        x3,
        x4,
        x5,
        x6,
        x7,
        x8,
        x9,
        x10,
        x11,
        x12,
        x13,
        x14,
        x15,
        x16,
        x17,
        x18,
        x19,
        x20,
        x21,
        x22,
        x23,
    ) = values
    if not (
        (type(x0) is str)
        and (type(x1) is str)
        and (type(x2) is bool)
        and (type(x3) is str)
        and ((type(x4) is str) or (x4 is None))
        and ((type(x5) is list) or (x5 is None))
        and ((type(x6) is list) or (x6 is None))
        and ((type(x7) is list) or (x7 is None))
        and ((type(x8) is list) or (x8 is None))
        and ((type(x9) is str) or (x9 is None))
        and ((type(x10) is bool) or (x10 is None))
        and ((type(x11) is bool) or (x11 is None))
        and ((type(x12) is bool) or (x12 is None))
        and ((type(x13) is bool) or (x13 is None))
        and ((type(x14) is bool) or (x14 is None))
        and ((type(x15) is bool) or (x15 is None))
        and ((type(x16) is bool) or (x16 is None))
        and ((type(x17) is bool) or (x17 is None))
        and ((type(x18) is bool) or (x18 is None))
        and ((type(x19) is list) or (x19 is None))
        and ((type(x20) is list) or (x20 is None))
        and ((type(x21) is int or (type(x21) is float and x21 - x21 == 0)) or (x21 is None))
        and ((type(x22) is str) or (x22 is None))
        and ((type(x23) is str) or (x23 is None))
    ):
        raise _Slow
    if type(x5) is list:
        _join_all(x5)  # a TypeError on an item that is no string
    if type(x6) is list:
        _join_all(x6)  # a TypeError on an item that is no string
    if type(x7) is list:
        for _e123 in x7:
            if type(_e123) is not dict:
                raise _Slow
            _get124 = _e123.get
            _y125 = _get124("action", _MISSING)
            if not (type(_y125) is str):
                raise _Slow
            _y126 = _get124("label", _MISSING)
            if _y126 is not _MISSING:
                if not (type(_y126) is str and len(_y126) <= 100):
                    raise _Slow
            _y127 = _get124("scan_scope", _MISSING)
            if _y127 is not _MISSING:
                if not (type(_y127) is str):
                    raise _Slow
            _y128 = _get124("slug", _MISSING)
            if not (type(_y128) is str):
                raise _Slow
    if type(x8) is list:
        for _e129 in x8:
            if type(_e129) is not dict:
                raise _Slow
            _get130 = _e129.get
            _y131 = _get130("action", _MISSING)
            if not (type(_y131) is str):
                raise _Slow
            _y132 = _get130("label", _MISSING)
            if _y132 is not _MISSING:
                if not ((type(_y132) is str and len(_y132) <= 100) or (_y132 is None)):
                    raise _Slow
            _y133 = _get130("pattern", _MISSING)
            if not (type(_y133) is str and 1 <= len(_y133)):
                raise _Slow
    if type(x19) is list:
        _join_all(x19)  # a TypeError on an item that is no string
    if type(x20) is list:
        _join_all(x20)  # a TypeError on an item that is no string
    if n == 24:
        return _models.Guardrail._from_complete(v)
    model = _models.Guardrail._from_fields(values)
    if n > 24:
        model.additional_properties = {k: x for k, x in v.items() if k not in _known85}
    return model


def _read80(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 2:
        raise _Slow
    try:
        values = _get81(v)
    except KeyError:
        raise _Slow
    (
        x0,
        x1,
    ) = values
    if not (type(x1) is int):
        raise _Slow
    if type(x0) is not list:
        raise _Slow
    _pending134 = True
    for _item83 in x0:
        if type(_item83) is not dict or len(_item83) != 24:
            break
        try:
            (
                _item83_0,
                _item83_1,
                _item83_2,
                _item83_3,
                _item83_4,
                _item83_5,
                _item83_6,
                _item83_7,
                _item83_8,
                _item83_9,
                _item83_10,
                _item83_11,
                _item83_12,
                _item83_13,
                _item83_14,
                _item83_15,
                _item83_16,
                _item83_17,
                _item83_18,
                _item83_19,
                _item83_20,
                _item83_21,
                _item83_22,
                _item83_23,
            ) = _get82(_item83)
        except KeyError:
            break
        if not (
            (type(_item83_0) is str)
            and (type(_item83_1) is str)
            and (type(_item83_2) is bool)
            and (type(_item83_3) is str)
            and ((type(_item83_4) is str) or (_item83_4 is None))
            and ((type(_item83_5) is list) or (_item83_5 is None))
            and ((type(_item83_6) is list) or (_item83_6 is None))
            and ((type(_item83_7) is list) or (_item83_7 is None))
            and ((type(_item83_8) is list) or (_item83_8 is None))
            and ((type(_item83_9) is str) or (_item83_9 is None))
            and ((type(_item83_10) is bool) or (_item83_10 is None))
            and ((type(_item83_11) is bool) or (_item83_11 is None))
            and ((type(_item83_12) is bool) or (_item83_12 is None))
            and ((type(_item83_13) is bool) or (_item83_13 is None))
            and ((type(_item83_14) is bool) or (_item83_14 is None))
            and ((type(_item83_15) is bool) or (_item83_15 is None))
            and ((type(_item83_16) is bool) or (_item83_16 is None))
            and ((type(_item83_17) is bool) or (_item83_17 is None))
            and ((type(_item83_18) is bool) or (_item83_18 is None))
            and ((type(_item83_19) is list) or (_item83_19 is None))
            and ((type(_item83_20) is list) or (_item83_20 is None))
            and (
                (
                    type(_item83_21) is int
                    or (type(_item83_21) is float and _item83_21 - _item83_21 == 0)
                )
                or (_item83_21 is None)
            )
            and ((type(_item83_22) is str) or (_item83_22 is None))
            and ((type(_item83_23) is str) or (_item83_23 is None))
        ):
            raise _Slow
        if type(_item83_5) is list:
            _join_all(_item83_5)  # a TypeError on an item that is no string
        if type(_item83_6) is list:
            _join_all(_item83_6)  # a TypeError on an item that is no string
        if type(_item83_7) is list:
            for _e135 in _item83_7:
                if type(_e135) is not dict:
                    raise _Slow
                _get136 = _e135.get
                _y137 = _get136("action", _MISSING)
                if not (type(_y137) is str):
                    raise _Slow
                _y138 = _get136("label", _MISSING)
                if _y138 is not _MISSING:
                    if not (type(_y138) is str and len(_y138) <= 100):
                        raise _Slow
                _y139 = _get136("scan_scope", _MISSING)
                if _y139 is not _MISSING:
                    if not (type(_y139) is str):
                        raise _Slow
                _y140 = _get136("slug", _MISSING)
                if not (type(_y140) is str):
                    raise _Slow
        if type(_item83_8) is list:
            for _e141 in _item83_8:
                if type(_e141) is not dict:
                    raise _Slow
                _get142 = _e141.get
                _y143 = _get142("action", _MISSING)
                if not (type(_y143) is str):
                    raise _Slow
                _y144 = _get142("label", _MISSING)
                if _y144 is not _MISSING:
                    if not ((type(_y144) is str and len(_y144) <= 100) or (_y144 is None)):
                        raise _Slow
                _y145 = _get142("pattern", _MISSING)
                if not (type(_y145) is str and 1 <= len(_y145)):
                    raise _Slow
        if type(_item83_19) is list:
            _join_all(_item83_19)  # a TypeError on an item that is no string
        if type(_item83_20) is list:
            _join_all(_item83_20)  # a TypeError on an item that is no string
    else:
        x0 = _models.Guardrail._from_complete_many(x0)
        _pending134 = False
    if _pending134:
        x0 = list(map(_read84, x0))
    model = _models.ListGuardrailsResponse._from_fields(
        (
            None,
            x1,
        )
    )
    model.data = x0
    if n > 2:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required78}
    return model


def _fast_listGuardrails(payload):
    try:
        return _read80(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _type148(value, where):
    if type(value) in _exact146:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types147):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object or null (None), not {type(value).__name__}"


def _leaf149(value, where):
    problem = _type148(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object153(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required152.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("code", "message")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled150(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields151.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ErrorDetail(value, where):
    return _object153(value, where)


def _object157(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required156.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("error",)
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled154(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields155.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ErrorResponse(value, where):
    return _object157(value, where)


def _type160(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _type161(value, where):
    if type(value) in _exact16:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types17):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list or null (None), not {type(value).__name__}"


def _items162(value, where):
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        return None
    if len(value) < 1:
        return where, "must not be empty"
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        element = _plain(element)
        if _type11(element, where) is not None:
            return _type11(element, f"{where}[{index}]")
    return None


def _all163(value, where):
    problem = _type161(value, where)
    if problem is not None:
        return problem
    problem = _items162(value, where)
    if problem is not None:
        return problem
    return None


def _type164(value, where):
    if type(value) in _exact16:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types17):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list or null (None), not {type(value).__name__}"


def _type165(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _fields166(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "slug" not in value:
        return _join(where, "slug"), "is required"
    if "action" not in value:
        return _join(where, "action"), "is required"
    if "action" in value:
        field = _plain(value["action"])
        problem = _first_ContentFilterBuiltinAction(field, "action")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return (
                _first_ContentFilterBuiltinAction(field, _join(where, "action"))
                if where
                else problem
            )
    if "label" in value:
        field = _plain(value["label"])
        problem = _all25(field, "label")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all25(field, _join(where, "label")) if where else problem
    if "scan_scope" in value:
        field = _plain(value["scan_scope"])
        problem = _first_PromptInjectionScanScope(field, "scan_scope")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return (
                _first_PromptInjectionScanScope(field, _join(where, "scan_scope"))
                if where
                else problem
            )
    if "slug" in value:
        field = _plain(value["slug"])
        problem = _first_ContentFilterBuiltinSlug(field, "slug")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return (
                _first_ContentFilterBuiltinSlug(field, _join(where, "slug")) if where else problem
            )
    return None


def _all167(value, where):
    problem = _type165(value, where)
    if problem is not None:
        return problem
    problem = _fields166(value, where)
    if problem is not None:
        return problem
    return None


def _first_ContentFilterBuiltinEntryInput(value, where):
    return _all167(value, where)


def _items168(value, where):
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        return None
    if len(value) < 0:
        return where, "must have at least 0 items"
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        element = _plain(element)
        if _first_ContentFilterBuiltinEntryInput(element, where) is not None:
            return _first_ContentFilterBuiltinEntryInput(element, f"{where}[{index}]")
    return None


def _all169(value, where):
    problem = _type164(value, where)
    if problem is not None:
        return problem
    problem = _items168(value, where)
    if problem is not None:
        return problem
    return None


def _type170(value, where):
    if type(value) in _exact16:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types17):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list or null (None), not {type(value).__name__}"


def _type171(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _fields172(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "pattern" not in value:
        return _join(where, "pattern"), "is required"
    if "action" not in value:
        return _join(where, "action"), "is required"
    if "action" in value:
        field = _plain(value["action"])
        problem = _first_ContentFilterAction(field, "action")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _first_ContentFilterAction(field, _join(where, "action")) if where else problem
    if "label" in value:
        field = _plain(value["label"])
        problem = _all39(field, "label")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all39(field, _join(where, "label")) if where else problem
    if "pattern" in value:
        field = _plain(value["pattern"])
        problem = _all43(field, "pattern")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all43(field, _join(where, "pattern")) if where else problem
    return None


def _all173(value, where):
    problem = _type171(value, where)
    if problem is not None:
        return problem
    problem = _fields172(value, where)
    if problem is not None:
        return problem
    return None


def _first_ContentFilterEntry(value, where):
    return _all173(value, where)


def _items174(value, where):
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        return None
    if len(value) < 0:
        return where, "must have at least 0 items"
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        element = _plain(element)
        if _first_ContentFilterEntry(element, where) is not None:
            return _first_ContentFilterEntry(element, f"{where}[{index}]")
    return None


def _all175(value, where):
    problem = _type170(value, where)
    if problem is not None:
        return problem
    problem = _items174(value, where)
    if problem is not None:
        return problem
    return None


def _type176(value, where):
    if type(value) in _exact35:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types36):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string or null (None), not {type(value).__name__}"


def _length177(value, where):
    if not isinstance(value, str):
        return None
    if len(value) < 0:
        return where, "must be at least 0 characters"
    if len(value) > 1000:
        return where, f"must be at most 1000 characters (got {len(value)})"
    return None


def _all178(value, where):
    problem = _type176(value, where)
    if problem is not None:
        return problem
    problem = _length177(value, where)
    if problem is not None:
        return problem
    return None


def _type179(value, where):
    if type(value) in _exact9:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types10):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a string, not {type(value).__name__}"


def _length180(value, where):
    if not isinstance(value, str):
        return None
    if len(value) < 1:
        return where, "must not be empty"
    if len(value) > 200:
        return where, f"must be at most 200 characters (got {len(value)})"
    return None


def _all181(value, where):
    problem = _type179(value, where)
    if problem is not None:
        return problem
    problem = _length180(value, where)
    if problem is not None:
        return problem
    return None


def _fields182(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "name" not in value:
        return _join(where, "name"), "is required"
    if "allowed_models" in value:
        field = _plain(value["allowed_models"])
        problem = _all163(field, "allowed_models")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "allowed_models")) if where else problem
    if "allowed_providers" in value:
        field = _plain(value["allowed_providers"])
        problem = _all163(field, "allowed_providers")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "allowed_providers")) if where else problem
    if "content_filter_builtins" in value:
        field = _plain(value["content_filter_builtins"])
        problem = _all169(field, "content_filter_builtins")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all169(field, _join(where, "content_filter_builtins")) if where else problem
    if "content_filters" in value:
        field = _plain(value["content_filters"])
        problem = _all175(field, "content_filters")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all175(field, _join(where, "content_filters")) if where else problem
    if "description" in value:
        field = _plain(value["description"])
        problem = _all178(field, "description")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all178(field, _join(where, "description")) if where else problem
    if "enable_free_model_publication" in value:
        field = _plain(value["enable_free_model_publication"])
        problem = _type54(field, "enable_free_model_publication")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return (
                _type54(field, _join(where, "enable_free_model_publication")) if where else problem
            )
    if "enable_free_model_training" in value:
        field = _plain(value["enable_free_model_training"])
        problem = _type54(field, "enable_free_model_training")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enable_free_model_training")) if where else problem
    if "enable_paid_model_training" in value:
        field = _plain(value["enable_paid_model_training"])
        problem = _type54(field, "enable_paid_model_training")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enable_paid_model_training")) if where else problem
    if "enforce_zdr" in value:
        field = _plain(value["enforce_zdr"])
        problem = _type54(field, "enforce_zdr")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr")) if where else problem
    if "enforce_zdr_anthropic" in value:
        field = _plain(value["enforce_zdr_anthropic"])
        problem = _type54(field, "enforce_zdr_anthropic")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_anthropic")) if where else problem
    if "enforce_zdr_google" in value:
        field = _plain(value["enforce_zdr_google"])
        problem = _type54(field, "enforce_zdr_google")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_google")) if where else problem
    if "enforce_zdr_openai" in value:
        field = _plain(value["enforce_zdr_openai"])
        problem = _type54(field, "enforce_zdr_openai")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_openai")) if where else problem
    if "enforce_zdr_other" in value:
        field = _plain(value["enforce_zdr_other"])
        problem = _type54(field, "enforce_zdr_other")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_other")) if where else problem
    if "enforce_zdr_xai" in value:
        field = _plain(value["enforce_zdr_xai"])
        problem = _type54(field, "enforce_zdr_xai")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_xai")) if where else problem
    if "ignored_models" in value:
        field = _plain(value["ignored_models"])
        problem = _all163(field, "ignored_models")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "ignored_models")) if where else problem
    if "ignored_providers" in value:
        field = _plain(value["ignored_providers"])
        problem = _all163(field, "ignored_providers")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "ignored_providers")) if where else problem
    if "include_byok_in_budgets" in value:
        field = _plain(value["include_byok_in_budgets"])
        problem = _type58(field, "include_byok_in_budgets")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type58(field, _join(where, "include_byok_in_budgets")) if where else problem
    if "limit_usd" in value:
        field = _plain(value["limit_usd"])
        problem = _type62(field, "limit_usd")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type62(field, _join(where, "limit_usd")) if where else problem
    if "name" in value:
        field = _plain(value["name"])
        problem = _all181(field, "name")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all181(field, _join(where, "name")) if where else problem
    if "reset_interval" in value:
        field = _plain(value["reset_interval"])
        problem = _any66(field, "reset_interval")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _any66(field, _join(where, "reset_interval")) if where else problem
    if "workspace_id" in value:
        field = _plain(value["workspace_id"])
        problem = _type11(field, "workspace_id")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type11(field, _join(where, "workspace_id")) if where else problem
    return None


def _all183(value, where):
    problem = _type160(value, where)
    if problem is not None:
        return problem
    problem = _fields182(value, where)
    if problem is not None:
        return problem
    return None


def _first_CreateGuardrailRequest(value, where):
    return _all183(value, where)


def _check184(v):
    if type(v) is not dict:
        raise _Slow
    _get185 = v.get
    _y186 = _get185("allowed_models", _MISSING)
    if _y186 is not _MISSING:
        if not ((type(_y186) is list and len(_y186) >= 1) or (_y186 is None)):
            raise _Slow
        if type(_y186) is list:
            _join_all(_y186)  # a TypeError on an item that is no string
    _y187 = _get185("allowed_providers", _MISSING)
    if _y187 is not _MISSING:
        if not ((type(_y187) is list and len(_y187) >= 1) or (_y187 is None)):
            raise _Slow
        if type(_y187) is list:
            _join_all(_y187)  # a TypeError on an item that is no string
    _y188 = _get185("content_filter_builtins", _MISSING)
    if _y188 is not _MISSING:
        if not ((type(_y188) is list) or (_y188 is None)):
            raise _Slow
        if type(_y188) is list:
            for _e189 in _y188:
                if type(_e189) is not dict:
                    raise _Slow
                _get190 = _e189.get
                _y191 = _get190("action", _MISSING)
                if not (type(_y191) is str):
                    raise _Slow
                _y192 = _get190("label", _MISSING)
                if _y192 is not _MISSING:
                    if not (type(_y192) is str and len(_y192) <= 100):
                        raise _Slow
                _y193 = _get190("scan_scope", _MISSING)
                if _y193 is not _MISSING:
                    if not (type(_y193) is str):
                        raise _Slow
                _y194 = _get190("slug", _MISSING)
                if not (type(_y194) is str):
                    raise _Slow
    _y195 = _get185("content_filters", _MISSING)
    if _y195 is not _MISSING:
        if not ((type(_y195) is list) or (_y195 is None)):
            raise _Slow
        if type(_y195) is list:
            for _e196 in _y195:
                if type(_e196) is not dict:
                    raise _Slow
                _get197 = _e196.get
                _y198 = _get197("action", _MISSING)
                if not (type(_y198) is str):
                    raise _Slow
                _y199 = _get197("label", _MISSING)
                if _y199 is not _MISSING:
                    if not ((type(_y199) is str and len(_y199) <= 100) or (_y199 is None)):
                        raise _Slow
                _y200 = _get197("pattern", _MISSING)
                if not (type(_y200) is str and 1 <= len(_y200)):
                    raise _Slow
    _y201 = _get185("description", _MISSING)
    if _y201 is not _MISSING:
        if not ((type(_y201) is str and len(_y201) <= 1000) or (_y201 is None)):
            raise _Slow
    _y202 = _get185("enable_free_model_publication", _MISSING)
    if _y202 is not _MISSING:
        if not ((type(_y202) is bool) or (_y202 is None)):
            raise _Slow
    _y203 = _get185("enable_free_model_training", _MISSING)
    if _y203 is not _MISSING:
        if not ((type(_y203) is bool) or (_y203 is None)):
            raise _Slow
    _y204 = _get185("enable_paid_model_training", _MISSING)
    if _y204 is not _MISSING:
        if not ((type(_y204) is bool) or (_y204 is None)):
            raise _Slow
    _y205 = _get185("enforce_zdr", _MISSING)
    if _y205 is not _MISSING:
        if not ((type(_y205) is bool) or (_y205 is None)):
            raise _Slow
    _y206 = _get185("enforce_zdr_anthropic", _MISSING)
    if _y206 is not _MISSING:
        if not ((type(_y206) is bool) or (_y206 is None)):
            raise _Slow
    _y207 = _get185("enforce_zdr_google", _MISSING)
    if _y207 is not _MISSING:
        if not ((type(_y207) is bool) or (_y207 is None)):
            raise _Slow
    _y208 = _get185("enforce_zdr_openai", _MISSING)
    if _y208 is not _MISSING:
        if not ((type(_y208) is bool) or (_y208 is None)):
            raise _Slow
    _y209 = _get185("enforce_zdr_other", _MISSING)
    if _y209 is not _MISSING:
        if not ((type(_y209) is bool) or (_y209 is None)):
            raise _Slow
    _y210 = _get185("enforce_zdr_xai", _MISSING)
    if _y210 is not _MISSING:
        if not ((type(_y210) is bool) or (_y210 is None)):
            raise _Slow
    _y211 = _get185("ignored_models", _MISSING)
    if _y211 is not _MISSING:
        if not ((type(_y211) is list and len(_y211) >= 1) or (_y211 is None)):
            raise _Slow
        if type(_y211) is list:
            _join_all(_y211)  # a TypeError on an item that is no string
    _y212 = _get185("ignored_providers", _MISSING)
    if _y212 is not _MISSING:
        if not ((type(_y212) is list and len(_y212) >= 1) or (_y212 is None)):
            raise _Slow
        if type(_y212) is list:
            _join_all(_y212)  # a TypeError on an item that is no string
    _y213 = _get185("include_byok_in_budgets", _MISSING)
    if _y213 is not _MISSING:
        if not (type(_y213) is bool):
            raise _Slow
    _y214 = _get185("limit_usd", _MISSING)
    if _y214 is not _MISSING:
        if not (
            (type(_y214) is int or (type(_y214) is float and _y214 - _y214 == 0)) or (_y214 is None)
        ):
            raise _Slow
    _y215 = _get185("name", _MISSING)
    if not (type(_y215) is str and 1 <= len(_y215) and len(_y215) <= 200):
        raise _Slow
    _y216 = _get185("reset_interval", _MISSING)
    if _y216 is not _MISSING:
        if not ((type(_y216) is str) or (_y216 is None)):
            raise _Slow
    _y217 = _get185("workspace_id", _MISSING)
    if _y217 is not _MISSING:
        if not (type(_y217) is str):
            raise _Slow
    return True


def _conforms_createGuardrail(payload):
    try:
        return _check184(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _object221(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required220.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("data",)
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled218(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields219.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_CreateGuardrailResponse(value, where):
    return _object221(value, where)


def _read222(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        raise _Slow
    try:
        values = _get223(v)
    except KeyError:
        raise _Slow
    (x0,) = values
    x0 = _read84(x0)
    model = _models.CreateGuardrailResponse._from_fields((None,))
    model.data = x0
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required220}
    return model


def _fast_createGuardrail(payload):
    try:
        return _read222(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _object227(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required226.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in (
                "id",
                "key_hash",
                "guardrail_id",
                "key_name",
                "key_label",
                "assigned_by",
                "created_at",
            )
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled224(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields225.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_KeyAssignment(value, where):
    return _object227(value, where)


def _array228(value, where):
    if type(value) not in _settled15:
        problem = _type14(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _violations_KeyAssignment(element, "") is not None:
            found = found or []
            found.extend(_violations_KeyAssignment(element, f"{where}[{index}]") or ())
    return found


def _object230(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required78.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("data", "total_count")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled76(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields229.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ListKeyAssignmentsResponse(value, where):
    return _object230(value, where)


def _partial236(v):
    if type(v) is not dict:
        raise _Slow
    _get237 = v.get
    _y238 = _get237("assigned_by", _MISSING)
    if not ((type(_y238) is str) or (_y238 is None)):
        raise _Slow
    _y239 = _get237("created_at", _MISSING)
    if not (type(_y239) is str):
        raise _Slow
    _y240 = _get237("guardrail_id", _MISSING)
    if not (type(_y240) is str):
        raise _Slow
    _y241 = _get237("id", _MISSING)
    if not (type(_y241) is str):
        raise _Slow
    _y242 = _get237("key_hash", _MISSING)
    if not (type(_y242) is str):
        raise _Slow
    _y243 = _get237("key_label", _MISSING)
    if not (type(_y243) is str):
        raise _Slow
    _y244 = _get237("key_name", _MISSING)
    if not (type(_y244) is str):
        raise _Slow
    return _models.KeyAssignment.from_dict(v)


def _read234(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 7:
        return _partial236(v)
    try:
        values = _get232(v)
    except KeyError:
        return _partial236(v)
    (
        x0,
        x1,
        x2,
        x3,
        x4,
        x5,
        x6,
    ) = values
    if not (
        ((type(x0) is str) or (x0 is None))
        and (type(x1) is str)
        and (type(x2) is str)
        and (type(x3) is str)
        and (type(x4) is str)
        and (type(x5) is str)
        and (type(x6) is str)
    ):
        raise _Slow
    if n == 7:
        return _models.KeyAssignment._from_complete(v)
    model = _models.KeyAssignment._from_fields(values)
    if n > 7:
        model.additional_properties = {k: x for k, x in v.items() if k not in _known235}
    return model


def _read231(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 2:
        raise _Slow
    try:
        values = _get81(v)
    except KeyError:
        raise _Slow
    (
        x0,
        x1,
    ) = values
    if not (type(x1) is int):
        raise _Slow
    if type(x0) is not list:
        raise _Slow
    _pending245 = True
    for _item233 in x0:
        if type(_item233) is not dict or len(_item233) != 7:
            break
        try:
            (
                _item233_0,
                _item233_1,
                _item233_2,
                _item233_3,
                _item233_4,
                _item233_5,
                _item233_6,
            ) = _get232(_item233)
        except KeyError:
            break
        if not (
            ((type(_item233_0) is str) or (_item233_0 is None))
            and (type(_item233_1) is str)
            and (type(_item233_2) is str)
            and (type(_item233_3) is str)
            and (type(_item233_4) is str)
            and (type(_item233_5) is str)
            and (type(_item233_6) is str)
        ):
            raise _Slow
    else:
        x0 = _models.KeyAssignment._from_complete_many(x0)
        _pending245 = False
    if _pending245:
        x0 = list(map(_read234, x0))
    model = _models.ListKeyAssignmentsResponse._from_fields(
        (
            None,
            x1,
        )
    )
    model.data = x0
    if n > 2:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required78}
    return model


def _fast_listKeyAssignments(payload):
    try:
        return _read231(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _object249(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required248.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in (
                "id",
                "user_id",
                "organization_id",
                "guardrail_id",
                "assigned_by",
                "created_at",
            )
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled246(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields247.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_MemberAssignment(value, where):
    return _object249(value, where)


def _array250(value, where):
    if type(value) not in _settled15:
        problem = _type14(value, where)
        if problem is not None:
            return [ContractViolation(*problem)]
    if type(value) is not list:
        return None
    found = None
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        if _violations_MemberAssignment(element, "") is not None:
            found = found or []
            found.extend(_violations_MemberAssignment(element, f"{where}[{index}]") or ())
    return found


def _object252(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required78.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("data", "total_count")
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled76(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields251.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_ListMemberAssignmentsResponse(value, where):
    return _object252(value, where)


def _partial258(v):
    if type(v) is not dict:
        raise _Slow
    _get259 = v.get
    _y260 = _get259("assigned_by", _MISSING)
    if not ((type(_y260) is str) or (_y260 is None)):
        raise _Slow
    _y261 = _get259("created_at", _MISSING)
    if not (type(_y261) is str):
        raise _Slow
    _y262 = _get259("guardrail_id", _MISSING)
    if not (type(_y262) is str):
        raise _Slow
    _y263 = _get259("id", _MISSING)
    if not (type(_y263) is str):
        raise _Slow
    _y264 = _get259("organization_id", _MISSING)
    if not (type(_y264) is str):
        raise _Slow
    _y265 = _get259("user_id", _MISSING)
    if not (type(_y265) is str):
        raise _Slow
    return _models.MemberAssignment.from_dict(v)


def _read256(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 6:
        return _partial258(v)
    try:
        values = _get254(v)
    except KeyError:
        return _partial258(v)
    (
        x0,
        x1,
        x2,
        x3,
        x4,
        x5,
    ) = values
    if not (
        ((type(x0) is str) or (x0 is None))
        and (type(x1) is str)
        and (type(x2) is str)
        and (type(x3) is str)
        and (type(x4) is str)
        and (type(x5) is str)
    ):
        raise _Slow
    if n == 6:
        return _models.MemberAssignment._from_complete(v)
    model = _models.MemberAssignment._from_fields(values)
    if n > 6:
        model.additional_properties = {k: x for k, x in v.items() if k not in _known257}
    return model


def _read253(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 2:
        raise _Slow
    try:
        values = _get81(v)
    except KeyError:
        raise _Slow
    (
        x0,
        x1,
    ) = values
    if not (type(x1) is int):
        raise _Slow
    if type(x0) is not list:
        raise _Slow
    _pending266 = True
    for _item255 in x0:
        if type(_item255) is not dict or len(_item255) != 6:
            break
        try:
            (
                _item255_0,
                _item255_1,
                _item255_2,
                _item255_3,
                _item255_4,
                _item255_5,
            ) = _get254(_item255)
        except KeyError:
            break
        if not (
            ((type(_item255_0) is str) or (_item255_0 is None))
            and (type(_item255_1) is str)
            and (type(_item255_2) is str)
            and (type(_item255_3) is str)
            and (type(_item255_4) is str)
            and (type(_item255_5) is str)
        ):
            raise _Slow
    else:
        x0 = _models.MemberAssignment._from_complete_many(x0)
        _pending266 = False
    if _pending266:
        x0 = list(map(_read256, x0))
    model = _models.ListMemberAssignmentsResponse._from_fields(
        (
            None,
            x1,
        )
    )
    model.data = x0
    if n > 2:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required78}
    return model


def _fast_listMemberAssignments(payload):
    try:
        return _read253(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _violations_GetGuardrailResponse(value, where):
    return _object221(value, where)


def _read267(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        raise _Slow
    try:
        values = _get223(v)
    except KeyError:
        raise _Slow
    (x0,) = values
    x0 = _read84(x0)
    model = _models.GetGuardrailResponse._from_fields((None,))
    model.data = x0
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required220}
    return model


def _fast_getGuardrail(payload):
    try:
        return _read267(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _type268(value, where):
    if type(value) in _exact56:
        return None
    if True if isinstance(value, bool) else isinstance(value, _types57):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a boolean, not {type(value).__name__}"


def _const269(value, where):
    if type(value) is bool and value == True:
        return None
    return where, f"must be true, not {json.dumps(value, default=repr)}"


def _all270(value, where):
    problem = _type268(value, where)
    if problem is not None:
        return problem
    problem = _const269(value, where)
    if problem is not None:
        return problem
    return None


def _leaf271(value, where):
    problem = _all270(value, where)
    return None if problem is None else [ContractViolation(*problem)]


def _object275(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required274.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("deleted",)
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled272(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields273.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_DeleteGuardrailResponse(value, where):
    return _object275(value, where)


def _partial278(v):
    if type(v) is not dict:
        raise _Slow
    _get279 = v.get
    _y280 = _get279("deleted", _MISSING)
    if not ((type(_y280) is bool) and (type(_y280) is bool and _y280 == True)):
        raise _Slow
    return _models.DeleteGuardrailResponse.from_dict(v)


def _read276(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        return _partial278(v)
    try:
        values = _get277(v)
    except KeyError:
        return _partial278(v)
    (x0,) = values
    if not ((type(x0) is bool) and (type(x0) is bool and x0 == True)):
        raise _Slow
    if n == 1:
        return _models.DeleteGuardrailResponse._from_complete(v)
    model = _models.DeleteGuardrailResponse._from_fields(values)
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required274}
    return model


def _fast_deleteGuardrail(payload):
    try:
        return _read276(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _type281(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _fields282(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "allowed_models" in value:
        field = _plain(value["allowed_models"])
        problem = _all163(field, "allowed_models")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "allowed_models")) if where else problem
    if "allowed_providers" in value:
        field = _plain(value["allowed_providers"])
        problem = _all163(field, "allowed_providers")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "allowed_providers")) if where else problem
    if "content_filter_builtins" in value:
        field = _plain(value["content_filter_builtins"])
        problem = _all169(field, "content_filter_builtins")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all169(field, _join(where, "content_filter_builtins")) if where else problem
    if "content_filters" in value:
        field = _plain(value["content_filters"])
        problem = _all175(field, "content_filters")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all175(field, _join(where, "content_filters")) if where else problem
    if "description" in value:
        field = _plain(value["description"])
        problem = _all178(field, "description")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all178(field, _join(where, "description")) if where else problem
    if "enable_free_model_publication" in value:
        field = _plain(value["enable_free_model_publication"])
        problem = _type54(field, "enable_free_model_publication")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return (
                _type54(field, _join(where, "enable_free_model_publication")) if where else problem
            )
    if "enable_free_model_training" in value:
        field = _plain(value["enable_free_model_training"])
        problem = _type54(field, "enable_free_model_training")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enable_free_model_training")) if where else problem
    if "enable_paid_model_training" in value:
        field = _plain(value["enable_paid_model_training"])
        problem = _type54(field, "enable_paid_model_training")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enable_paid_model_training")) if where else problem
    if "enforce_zdr" in value:
        field = _plain(value["enforce_zdr"])
        problem = _type54(field, "enforce_zdr")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr")) if where else problem
    if "enforce_zdr_anthropic" in value:
        field = _plain(value["enforce_zdr_anthropic"])
        problem = _type54(field, "enforce_zdr_anthropic")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_anthropic")) if where else problem
    if "enforce_zdr_google" in value:
        field = _plain(value["enforce_zdr_google"])
        problem = _type54(field, "enforce_zdr_google")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_google")) if where else problem
    if "enforce_zdr_openai" in value:
        field = _plain(value["enforce_zdr_openai"])
        problem = _type54(field, "enforce_zdr_openai")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_openai")) if where else problem
    if "enforce_zdr_other" in value:
        field = _plain(value["enforce_zdr_other"])
        problem = _type54(field, "enforce_zdr_other")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_other")) if where else problem
    if "enforce_zdr_xai" in value:
        field = _plain(value["enforce_zdr_xai"])
        problem = _type54(field, "enforce_zdr_xai")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type54(field, _join(where, "enforce_zdr_xai")) if where else problem
    if "ignored_models" in value:
        field = _plain(value["ignored_models"])
        problem = _all163(field, "ignored_models")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "ignored_models")) if where else problem
    if "ignored_providers" in value:
        field = _plain(value["ignored_providers"])
        problem = _all163(field, "ignored_providers")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all163(field, _join(where, "ignored_providers")) if where else problem
    if "include_byok_in_budgets" in value:
        field = _plain(value["include_byok_in_budgets"])
        problem = _type58(field, "include_byok_in_budgets")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type58(field, _join(where, "include_byok_in_budgets")) if where else problem
    if "limit_usd" in value:
        field = _plain(value["limit_usd"])
        problem = _type62(field, "limit_usd")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _type62(field, _join(where, "limit_usd")) if where else problem
    if "name" in value:
        field = _plain(value["name"])
        problem = _all181(field, "name")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all181(field, _join(where, "name")) if where else problem
    if "reset_interval" in value:
        field = _plain(value["reset_interval"])
        problem = _any66(field, "reset_interval")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _any66(field, _join(where, "reset_interval")) if where else problem
    return None


def _all283(value, where):
    problem = _type281(value, where)
    if problem is not None:
        return problem
    problem = _fields282(value, where)
    if problem is not None:
        return problem
    return None


def _first_UpdateGuardrailRequest(value, where):
    return _all283(value, where)


def _check284(v):
    if type(v) is not dict:
        raise _Slow
    _get285 = v.get
    _y286 = _get285("allowed_models", _MISSING)
    if _y286 is not _MISSING:
        if not ((type(_y286) is list and len(_y286) >= 1) or (_y286 is None)):
            raise _Slow
        if type(_y286) is list:
            _join_all(_y286)  # a TypeError on an item that is no string
    _y287 = _get285("allowed_providers", _MISSING)
    if _y287 is not _MISSING:
        if not ((type(_y287) is list and len(_y287) >= 1) or (_y287 is None)):
            raise _Slow
        if type(_y287) is list:
            _join_all(_y287)  # a TypeError on an item that is no string
    _y288 = _get285("content_filter_builtins", _MISSING)
    if _y288 is not _MISSING:
        if not ((type(_y288) is list) or (_y288 is None)):
            raise _Slow
        if type(_y288) is list:
            for _e289 in _y288:
                if type(_e289) is not dict:
                    raise _Slow
                _get290 = _e289.get
                _y291 = _get290("action", _MISSING)
                if not (type(_y291) is str):
                    raise _Slow
                _y292 = _get290("label", _MISSING)
                if _y292 is not _MISSING:
                    if not (type(_y292) is str and len(_y292) <= 100):
                        raise _Slow
                _y293 = _get290("scan_scope", _MISSING)
                if _y293 is not _MISSING:
                    if not (type(_y293) is str):
                        raise _Slow
                _y294 = _get290("slug", _MISSING)
                if not (type(_y294) is str):
                    raise _Slow
    _y295 = _get285("content_filters", _MISSING)
    if _y295 is not _MISSING:
        if not ((type(_y295) is list) or (_y295 is None)):
            raise _Slow
        if type(_y295) is list:
            for _e296 in _y295:
                if type(_e296) is not dict:
                    raise _Slow
                _get297 = _e296.get
                _y298 = _get297("action", _MISSING)
                if not (type(_y298) is str):
                    raise _Slow
                _y299 = _get297("label", _MISSING)
                if _y299 is not _MISSING:
                    if not ((type(_y299) is str and len(_y299) <= 100) or (_y299 is None)):
                        raise _Slow
                _y300 = _get297("pattern", _MISSING)
                if not (type(_y300) is str and 1 <= len(_y300)):
                    raise _Slow
    _y301 = _get285("description", _MISSING)
    if _y301 is not _MISSING:
        if not ((type(_y301) is str and len(_y301) <= 1000) or (_y301 is None)):
            raise _Slow
    _y302 = _get285("enable_free_model_publication", _MISSING)
    if _y302 is not _MISSING:
        if not ((type(_y302) is bool) or (_y302 is None)):
            raise _Slow
    _y303 = _get285("enable_free_model_training", _MISSING)
    if _y303 is not _MISSING:
        if not ((type(_y303) is bool) or (_y303 is None)):
            raise _Slow
    _y304 = _get285("enable_paid_model_training", _MISSING)
    if _y304 is not _MISSING:
        if not ((type(_y304) is bool) or (_y304 is None)):
            raise _Slow
    _y305 = _get285("enforce_zdr", _MISSING)
    if _y305 is not _MISSING:
        if not ((type(_y305) is bool) or (_y305 is None)):
            raise _Slow
    _y306 = _get285("enforce_zdr_anthropic", _MISSING)
    if _y306 is not _MISSING:
        if not ((type(_y306) is bool) or (_y306 is None)):
            raise _Slow
    _y307 = _get285("enforce_zdr_google", _MISSING)
    if _y307 is not _MISSING:
        if not ((type(_y307) is bool) or (_y307 is None)):
            raise _Slow
    _y308 = _get285("enforce_zdr_openai", _MISSING)
    if _y308 is not _MISSING:
        if not ((type(_y308) is bool) or (_y308 is None)):
            raise _Slow
    _y309 = _get285("enforce_zdr_other", _MISSING)
    if _y309 is not _MISSING:
        if not ((type(_y309) is bool) or (_y309 is None)):
            raise _Slow
    _y310 = _get285("enforce_zdr_xai", _MISSING)
    if _y310 is not _MISSING:
        if not ((type(_y310) is bool) or (_y310 is None)):
            raise _Slow
    _y311 = _get285("ignored_models", _MISSING)
    if _y311 is not _MISSING:
        if not ((type(_y311) is list and len(_y311) >= 1) or (_y311 is None)):
            raise _Slow
        if type(_y311) is list:
            _join_all(_y311)  # a TypeError on an item that is no string
    _y312 = _get285("ignored_providers", _MISSING)
    if _y312 is not _MISSING:
        if not ((type(_y312) is list and len(_y312) >= 1) or (_y312 is None)):
            raise _Slow
        if type(_y312) is list:
            _join_all(_y312)  # a TypeError on an item that is no string
    _y313 = _get285("include_byok_in_budgets", _MISSING)
    if _y313 is not _MISSING:
        if not (type(_y313) is bool):
            raise _Slow
    _y314 = _get285("limit_usd", _MISSING)
    if _y314 is not _MISSING:
        if not (
            (type(_y314) is int or (type(_y314) is float and _y314 - _y314 == 0)) or (_y314 is None)
        ):
            raise _Slow
    _y315 = _get285("name", _MISSING)
    if _y315 is not _MISSING:
        if not (type(_y315) is str and 1 <= len(_y315) and len(_y315) <= 200):
            raise _Slow
    _y316 = _get285("reset_interval", _MISSING)
    if _y316 is not _MISSING:
        if not ((type(_y316) is str) or (_y316 is None)):
            raise _Slow
    return True


def _conforms_updateGuardrail(payload):
    try:
        return _check284(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _violations_UpdateGuardrailResponse(value, where):
    return _object221(value, where)


def _read317(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        raise _Slow
    try:
        values = _get223(v)
    except KeyError:
        raise _Slow
    (x0,) = values
    x0 = _read84(x0)
    model = _models.UpdateGuardrailResponse._from_fields((None,))
    model.data = x0
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required220}
    return model


def _fast_updateGuardrail(payload):
    try:
        return _read317(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _fast_listGuardrailKeyAssignments(payload):
    try:
        return _read231(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _type318(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _type319(value, where):
    if type(value) in _exact12:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types13):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be a list, not {type(value).__name__}"


def _items320(value, where):
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        return None
    if len(value) < 1:
        return where, "must not be empty"
    for index, element in enumerate(value):
        # Checks are pure: the path is spelled out only for an item that fails.
        element = _plain(element)
        if _all43(element, where) is not None:
            return _all43(element, f"{where}[{index}]")
    return None


def _all321(value, where):
    problem = _type319(value, where)
    if problem is not None:
        return problem
    problem = _items320(value, where)
    if problem is not None:
        return problem
    return None


def _fields322(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "key_hashes" not in value:
        return _join(where, "key_hashes"), "is required"
    if "key_hashes" in value:
        field = _plain(value["key_hashes"])
        problem = _all321(field, "key_hashes")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all321(field, _join(where, "key_hashes")) if where else problem
    return None


def _all323(value, where):
    problem = _type318(value, where)
    if problem is not None:
        return problem
    problem = _fields322(value, where)
    if problem is not None:
        return problem
    return None


def _first_BulkAssignKeysRequest(value, where):
    return _all323(value, where)


def _check324(v):
    if type(v) is not dict:
        raise _Slow
    _get325 = v.get
    _y326 = _get325("key_hashes", _MISSING)
    if not (type(_y326) is list and len(_y326) >= 1):
        raise _Slow
    if type(_y326) is list:
        for _e327 in _y326:
            if not (type(_e327) is str and 1 <= len(_e327)):
                raise _Slow
    return True


def _conforms_bulkAssignKeysToGuardrail(payload):
    try:
        return _check324(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _object331(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required330.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("assigned_count",)
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled328(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields329.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_BulkAssignKeysResponse(value, where):
    return _object331(value, where)


def _partial334(v):
    if type(v) is not dict:
        raise _Slow
    _get335 = v.get
    _y336 = _get335("assigned_count", _MISSING)
    if not (type(_y336) is int):
        raise _Slow
    return _models.BulkAssignKeysResponse.from_dict(v)


def _read332(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        return _partial334(v)
    try:
        values = _get333(v)
    except KeyError:
        return _partial334(v)
    (x0,) = values
    if not (type(x0) is int):
        raise _Slow
    if n == 1:
        return _models.BulkAssignKeysResponse._from_complete(v)
    model = _models.BulkAssignKeysResponse._from_fields(values)
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required330}
    return model


def _fast_bulkAssignKeysToGuardrail(payload):
    try:
        return _read332(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _first_BulkUnassignKeysRequest(value, where):
    return _all323(value, where)


def _check337(v):
    if type(v) is not dict:
        raise _Slow
    _get338 = v.get
    _y339 = _get338("key_hashes", _MISSING)
    if not (type(_y339) is list and len(_y339) >= 1):
        raise _Slow
    if type(_y339) is list:
        for _e340 in _y339:
            if not (type(_e340) is str and 1 <= len(_e340)):
                raise _Slow
    return True


def _conforms_bulkUnassignKeysFromGuardrail(payload):
    try:
        return _check337(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _object344(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
    found = None
    if not _required343.issubset(value):
        found = [
            ContractViolation(_join(where, key), "is required")
            for key in ("unassigned_count",)
            if key not in value
        ]
    for key, field in value.items():
        if type(field) in _settled341(key, _NOTHING):
            continue  # settled by its type alone
        entry = _fields342.get(key)
        if entry is None:
            continue  # not in the contract: an additional property
        sub, bounds, strings = entry
        if bounds is not None and type(field) is str:
            if bounds[0] <= len(field) <= bounds[1]:
                continue
        if strings and type(field) is list and _strings(field):
            continue
        # Checks are pure: the path is spelled out only for a field that fails.
        if sub(field, "") is not None:
            found = found or []
            found.extend(sub(field, _join(where, key)) or ())
    return found


def _violations_BulkUnassignKeysResponse(value, where):
    return _object344(value, where)


def _partial347(v):
    if type(v) is not dict:
        raise _Slow
    _get348 = v.get
    _y349 = _get348("unassigned_count", _MISSING)
    if not (type(_y349) is int):
        raise _Slow
    return _models.BulkUnassignKeysResponse.from_dict(v)


def _read345(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        return _partial347(v)
    try:
        values = _get346(v)
    except KeyError:
        return _partial347(v)
    (x0,) = values
    if not (type(x0) is int):
        raise _Slow
    if n == 1:
        return _models.BulkUnassignKeysResponse._from_complete(v)
    model = _models.BulkUnassignKeysResponse._from_fields(values)
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required343}
    return model


def _fast_bulkUnassignKeysFromGuardrail(payload):
    try:
        return _read345(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _fast_listGuardrailMemberAssignments(payload):
    try:
        return _read253(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _type350(value, where):
    if type(value) in _exact158:
        return None
    if False if isinstance(value, bool) else isinstance(value, _types159):
        if isinstance(value, float) and not math.isfinite(value):
            return where, f"must be a finite number (JSON has no {value})"
        return None
    return where, f"must be an object, not {type(value).__name__}"


def _fields351(value, where):
    if type(value) is not dict and not isinstance(value, Mapping):
        return None
    if "member_user_ids" not in value:
        return _join(where, "member_user_ids"), "is required"
    if "member_user_ids" in value:
        field = _plain(value["member_user_ids"])
        problem = _all321(field, "member_user_ids")
        if problem is not None:
            # Checks are pure: a nested path is spelled out only on failure.
            return _all321(field, _join(where, "member_user_ids")) if where else problem
    return None


def _all352(value, where):
    problem = _type350(value, where)
    if problem is not None:
        return problem
    problem = _fields351(value, where)
    if problem is not None:
        return problem
    return None


def _first_BulkAssignMembersRequest(value, where):
    return _all352(value, where)


def _check353(v):
    if type(v) is not dict:
        raise _Slow
    _get354 = v.get
    _y355 = _get354("member_user_ids", _MISSING)
    if not (type(_y355) is list and len(_y355) >= 1):
        raise _Slow
    if type(_y355) is list:
        for _e356 in _y355:
            if not (type(_e356) is str and 1 <= len(_e356)):
                raise _Slow
    return True


def _conforms_bulkAssignMembersToGuardrail(payload):
    try:
        return _check353(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _violations_BulkAssignMembersResponse(value, where):
    return _object331(value, where)


def _partial358(v):
    if type(v) is not dict:
        raise _Slow
    _get359 = v.get
    _y360 = _get359("assigned_count", _MISSING)
    if not (type(_y360) is int):
        raise _Slow
    return _models.BulkAssignMembersResponse.from_dict(v)


def _read357(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        return _partial358(v)
    try:
        values = _get333(v)
    except KeyError:
        return _partial358(v)
    (x0,) = values
    if not (type(x0) is int):
        raise _Slow
    if n == 1:
        return _models.BulkAssignMembersResponse._from_complete(v)
    model = _models.BulkAssignMembersResponse._from_fields(values)
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required330}
    return model


def _fast_bulkAssignMembersToGuardrail(payload):
    try:
        return _read357(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _first_BulkUnassignMembersRequest(value, where):
    return _all352(value, where)


def _check361(v):
    if type(v) is not dict:
        raise _Slow
    _get362 = v.get
    _y363 = _get362("member_user_ids", _MISSING)
    if not (type(_y363) is list and len(_y363) >= 1):
        raise _Slow
    if type(_y363) is list:
        for _e364 in _y363:
            if not (type(_e364) is str and 1 <= len(_e364)):
                raise _Slow
    return True


def _conforms_bulkUnassignMembersFromGuardrail(payload):
    try:
        return _check361(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


def _violations_BulkUnassignMembersResponse(value, where):
    return _object344(value, where)


def _partial366(v):
    if type(v) is not dict:
        raise _Slow
    _get367 = v.get
    _y368 = _get367("unassigned_count", _MISSING)
    if not (type(_y368) is int):
        raise _Slow
    return _models.BulkUnassignMembersResponse.from_dict(v)


def _read365(v):
    if type(v) is not dict:
        raise _Slow
    n = len(v)
    if n < 1:
        return _partial366(v)
    try:
        values = _get346(v)
    except KeyError:
        return _partial366(v)
    (x0,) = values
    if not (type(x0) is int):
        raise _Slow
    if n == 1:
        return _models.BulkUnassignMembersResponse._from_complete(v)
    model = _models.BulkUnassignMembersResponse._from_fields(values)
    if n > 1:
        model.additional_properties = {k: x for k, x in v.items() if k not in _required343}
    return model


def _fast_bulkUnassignMembersFromGuardrail(payload):
    try:
        return _read365(payload)
    except Exception:  # _Slow, or anything odd: the general path decides
        return None


_fields30 = {
    "action": (
        _leaf22,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "label": (
        _leaf26,
        (
            0,
            100,
        ),
        False,
    ),
    "scan_scope": (
        _leaf27,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "slug": (
        _leaf28,
        (
            0,
            math.inf,
        ),
        False,
    ),
}

_fields46 = {
    "action": (
        _leaf34,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "label": (
        _leaf40,
        (
            0,
            100,
        ),
        False,
    ),
    "pattern": (
        _leaf44,
        (
            1,
            math.inf,
        ),
        False,
    ),
}

_options67 = (
    _first_GuardrailInterval,
    _type65,
)

_fields70 = {
    "allowed_models": (_array21, None, True),
    "allowed_providers": (_array21, None, True),
    "content_filter_builtins": (_array33, None, False),
    "content_filters": (_array49, None, False),
    "created_at": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "description": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "enable_free_model_publication": (_leaf55, None, False),
    "enable_free_model_training": (_leaf55, None, False),
    "enable_paid_model_training": (_leaf55, None, False),
    "enforce_zdr": (_leaf55, None, False),
    "enforce_zdr_anthropic": (_leaf55, None, False),
    "enforce_zdr_google": (_leaf55, None, False),
    "enforce_zdr_openai": (_leaf55, None, False),
    "enforce_zdr_other": (_leaf55, None, False),
    "enforce_zdr_xai": (_leaf55, None, False),
    "id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "ignored_models": (_array21, None, True),
    "ignored_providers": (_array21, None, True),
    "include_byok_in_budgets": (_leaf59, None, False),
    "limit_usd": (_leaf63, None, False),
    "name": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "reset_interval": (_leaf68, None, False),
    "updated_at": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "workspace_id": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
}

_fields77 = {"data": (_array73, None, False), "total_count": (_leaf75, None, False)}

_fields151 = {
    "code": (_leaf75, None, False),
    "message": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "metadata": (_leaf149, None, False),
}

_fields155 = {
    "error": (_violations_ErrorDetail, None, False),
    "openrouter_metadata": (_leaf149, None, False),
    "user_id": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
}

_fields219 = {"data": (_violations_Guardrail, None, False)}

_fields225 = {
    "assigned_by": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "created_at": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "guardrail_id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "key_hash": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "key_label": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "key_name": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
}

_fields229 = {"data": (_array228, None, False), "total_count": (_leaf75, None, False)}

_fields247 = {
    "assigned_by": (
        _leaf51,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "created_at": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "guardrail_id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "organization_id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
    "user_id": (
        _leaf20,
        (
            0,
            math.inf,
        ),
        False,
    ),
}

_fields251 = {"data": (_array250, None, False), "total_count": (_leaf75, None, False)}

_fields273 = {"deleted": (_leaf271, None, False)}

_fields329 = {"assigned_count": (_leaf75, None, False)}

_fields342 = {"unassigned_count": (_leaf75, None, False)}

OPERATIONS: dict[str, OperationChecks] = {
    "listGuardrails": OperationChecks(
        parameters={"limit": _all5, "offset": _all8, "workspace_id": _type11},
        path_parameters=frozenset({}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_ListGuardrailsResponse,
        response_fast=_fast_listGuardrails,
        lists=("data",),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "createGuardrail": OperationChecks(
        parameters={},
        path_parameters=frozenset({}),
        body=_first_CreateGuardrailRequest,
        body_fields=frozenset(
            {
                "allowed_models",
                "allowed_providers",
                "content_filter_builtins",
                "content_filters",
                "description",
                "enable_free_model_publication",
                "enable_free_model_training",
                "enable_paid_model_training",
                "enforce_zdr",
                "enforce_zdr_anthropic",
                "enforce_zdr_google",
                "enforce_zdr_openai",
                "enforce_zdr_other",
                "enforce_zdr_xai",
                "ignored_models",
                "ignored_providers",
                "include_byok_in_budgets",
                "limit_usd",
                "name",
                "reset_interval",
                "workspace_id",
            }
        ),
        body_fast=_conforms_createGuardrail,
        response=_violations_CreateGuardrailResponse,
        response_fast=_fast_createGuardrail,
        lists=(),
        objects=("data",),
        error=_violations_ErrorResponse,
    ),
    "listKeyAssignments": OperationChecks(
        parameters={"limit": _all5, "offset": _all8},
        path_parameters=frozenset({}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_ListKeyAssignmentsResponse,
        response_fast=_fast_listKeyAssignments,
        lists=("data",),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "listMemberAssignments": OperationChecks(
        parameters={"limit": _all5, "offset": _all8},
        path_parameters=frozenset({}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_ListMemberAssignmentsResponse,
        response_fast=_fast_listMemberAssignments,
        lists=("data",),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "getGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_GetGuardrailResponse,
        response_fast=_fast_getGuardrail,
        lists=(),
        objects=("data",),
        error=_violations_ErrorResponse,
    ),
    "deleteGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_DeleteGuardrailResponse,
        response_fast=_fast_deleteGuardrail,
        lists=(),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "updateGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=_first_UpdateGuardrailRequest,
        body_fields=frozenset(
            {
                "allowed_models",
                "allowed_providers",
                "content_filter_builtins",
                "content_filters",
                "description",
                "enable_free_model_publication",
                "enable_free_model_training",
                "enable_paid_model_training",
                "enforce_zdr",
                "enforce_zdr_anthropic",
                "enforce_zdr_google",
                "enforce_zdr_openai",
                "enforce_zdr_other",
                "enforce_zdr_xai",
                "ignored_models",
                "ignored_providers",
                "include_byok_in_budgets",
                "limit_usd",
                "name",
                "reset_interval",
            }
        ),
        body_fast=_conforms_updateGuardrail,
        response=_violations_UpdateGuardrailResponse,
        response_fast=_fast_updateGuardrail,
        lists=(),
        objects=("data",),
        error=_violations_ErrorResponse,
    ),
    "listGuardrailKeyAssignments": OperationChecks(
        parameters={"id": _type11, "limit": _all5, "offset": _all8},
        path_parameters=frozenset({"id"}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_ListKeyAssignmentsResponse,
        response_fast=_fast_listGuardrailKeyAssignments,
        lists=("data",),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "bulkAssignKeysToGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=_first_BulkAssignKeysRequest,
        body_fields=frozenset({"key_hashes"}),
        body_fast=_conforms_bulkAssignKeysToGuardrail,
        response=_violations_BulkAssignKeysResponse,
        response_fast=_fast_bulkAssignKeysToGuardrail,
        lists=(),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "bulkUnassignKeysFromGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=_first_BulkUnassignKeysRequest,
        body_fields=frozenset({"key_hashes"}),
        body_fast=_conforms_bulkUnassignKeysFromGuardrail,
        response=_violations_BulkUnassignKeysResponse,
        response_fast=_fast_bulkUnassignKeysFromGuardrail,
        lists=(),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "listGuardrailMemberAssignments": OperationChecks(
        parameters={"id": _type11, "limit": _all5, "offset": _all8},
        path_parameters=frozenset({"id"}),
        body=None,
        body_fields=frozenset({}),
        body_fast=None,
        response=_violations_ListMemberAssignmentsResponse,
        response_fast=_fast_listGuardrailMemberAssignments,
        lists=("data",),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "bulkAssignMembersToGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=_first_BulkAssignMembersRequest,
        body_fields=frozenset({"member_user_ids"}),
        body_fast=_conforms_bulkAssignMembersToGuardrail,
        response=_violations_BulkAssignMembersResponse,
        response_fast=_fast_bulkAssignMembersToGuardrail,
        lists=(),
        objects=(),
        error=_violations_ErrorResponse,
    ),
    "bulkUnassignMembersFromGuardrail": OperationChecks(
        parameters={"id": _type11},
        path_parameters=frozenset({"id"}),
        body=_first_BulkUnassignMembersRequest,
        body_fields=frozenset({"member_user_ids"}),
        body_fast=_conforms_bulkUnassignMembersFromGuardrail,
        response=_violations_BulkUnassignMembersResponse,
        response_fast=_fast_bulkUnassignMembersFromGuardrail,
        lists=(),
        objects=(),
        error=_violations_ErrorResponse,
    ),
}
