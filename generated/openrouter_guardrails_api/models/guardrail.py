from __future__ import annotations

import json as _json
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval
from ..types import UNSET, ContractViolation, Unset, _Unread, json_value, read_lazily, unread

T = TypeVar("T", bound="Guardrail")

_new = object.__new__

#: Every field's value, in the order the class takes them, in one call (when all are there).
_ALL_FIELDS = _itemgetter(
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

#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
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


@_attrs_define(slots=False)
class Guardrail:
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enable_free_model_publication':
            False, 'enable_free_model_training': True, 'enable_paid_model_training': True, 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name': 'Production Guardrail',
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}

    """

    created_at: str
    """ ISO 8601 timestamp of when the guardrail was created """
    id: str
    """ Unique identifier for the guardrail """
    include_byok_in_budgets: bool
    """ Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to
    OpenRouter credit spend. """
    name: str
    """ Name of the guardrail """
    workspace_id: None | str
    """ The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail predating workspaces.
    Workspace membership organizes the guardrail; it does not apply the guardrail to the workspace's traffic. A
    `null` value does not mean the default workspace, and does not apply the guardrail across every workspace. """
    allowed_models: list[str] | None | Unset = UNSET
    """ Array of model canonical_slugs (immutable identifiers) """
    allowed_providers: list[str] | None | Unset = UNSET
    """ List of allowed provider IDs """
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset = UNSET
    """ Builtin content filters applied to requests. Includes PII detectors and the regex-based prompt injection
    detector. """
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    """ Custom regex content filters applied to request messages """
    description: None | str | Unset = UNSET
    """ Description of the guardrail """
    enable_free_model_publication: bool | None | Unset = UNSET
    """ Whether this guardrail allows free endpoints that publish prompts. """
    enable_free_model_training: bool | None | Unset = UNSET
    """ Whether this guardrail allows free endpoints that train on request data. """
    enable_paid_model_training: bool | None | Unset = UNSET
    """ Whether this guardrail allows paid endpoints that train on request data. """
    enforce_zdr: bool | None | Unset = UNSET
    """ Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and
    enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not
    explicitly specified on the request. """
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
    """
    enforce_zdr_google: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided. """
    enforce_zdr_openai: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided. """
    enforce_zdr_other: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls
    back to enforce_zdr when not provided. """
    enforce_zdr_xai: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided. """
    ignored_models: list[str] | None | Unset = UNSET
    """ Array of model canonical_slugs to exclude from routing """
    ignored_providers: list[str] | None | Unset = UNSET
    """ List of provider IDs to exclude from routing """
    limit_usd: float | None | Unset = UNSET
    """ Spending limit in USD """
    reset_interval: GuardrailInterval | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrail was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    contract_violations: tuple[ContractViolation, ...] = _attrs_field(
        init=False, default=(), eq=False, repr=False
    )
    """What this object breaks of the contract, as the API sent it (empty when it conforms)."""
    raw_data: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    """The value as the API sent it, when it breaks the contract (else ``None``)."""
    _not_an_object: bool = _attrs_field(init=False, default=False, eq=False, repr=False)
    #: The JSON names of the fields, in the order the class takes them (``_from_fields``).
    _json_names = (
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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = self.include_byok_in_budgets
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.workspace_id is not UNSET:
            field_dict["workspace_id"] = self.workspace_id
        if self.allowed_models is not UNSET:
            field_dict["allowed_models"] = self.allowed_models
        if self.allowed_providers is not UNSET:
            field_dict["allowed_providers"] = self.allowed_providers
        if self.content_filter_builtins is not UNSET:
            field_dict["content_filter_builtins"] = json_value(self.content_filter_builtins)
        if self.content_filters is not UNSET:
            field_dict["content_filters"] = json_value(self.content_filters)
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.enable_free_model_publication is not UNSET:
            field_dict["enable_free_model_publication"] = self.enable_free_model_publication
        if self.enable_free_model_training is not UNSET:
            field_dict["enable_free_model_training"] = self.enable_free_model_training
        if self.enable_paid_model_training is not UNSET:
            field_dict["enable_paid_model_training"] = self.enable_paid_model_training
        if self.enforce_zdr is not UNSET:
            field_dict["enforce_zdr"] = self.enforce_zdr
        if self.enforce_zdr_anthropic is not UNSET:
            field_dict["enforce_zdr_anthropic"] = self.enforce_zdr_anthropic
        if self.enforce_zdr_google is not UNSET:
            field_dict["enforce_zdr_google"] = self.enforce_zdr_google
        if self.enforce_zdr_openai is not UNSET:
            field_dict["enforce_zdr_openai"] = self.enforce_zdr_openai
        if self.enforce_zdr_other is not UNSET:
            field_dict["enforce_zdr_other"] = self.enforce_zdr_other
        if self.enforce_zdr_xai is not UNSET:
            field_dict["enforce_zdr_xai"] = self.enforce_zdr_xai
        if self.ignored_models is not UNSET:
            field_dict["ignored_models"] = self.ignored_models
        if self.ignored_providers is not UNSET:
            field_dict["ignored_providers"] = self.ignored_providers
        if self.limit_usd is not UNSET:
            field_dict["limit_usd"] = self.limit_usd
        if self.reset_interval is not UNSET:
            field_dict["reset_interval"] = json_value(self.reset_interval)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        return field_dict

    def to_json(self) -> str:
        """This model as JSON: ``to_dict()`` serialized, unknown fields included."""
        result: str = _json.dumps(self.to_dict())
        return result

    @classmethod
    def from_json(cls: type[T], text: str | bytes) -> T:
        """The model a JSON object describes (the inverse of ``to_json``)."""
        return cls.from_dict(_json.loads(text))

    @classmethod
    def _from_fields(cls: type[T], values: tuple[Any, ...]) -> T:
        """The model of a JSON object that holds every field this model declares: ``values``
        are their values, in ``_json_names`` order."""
        (
            f_created_at,
            f_id,
            f_include_byok_in_budgets,
            f_name,
            f_workspace_id,
            f_allowed_models,
            f_allowed_providers,
            f_content_filter_builtins,
            f_content_filters,
            f_description,
            f_enable_free_model_publication,
            f_enable_free_model_training,
            f_enable_paid_model_training,
            f_enforce_zdr,
            f_enforce_zdr_anthropic,
            f_enforce_zdr_google,
            f_enforce_zdr_openai,
            f_enforce_zdr_other,
            f_enforce_zdr_xai,
            f_ignored_models,
            f_ignored_providers,
            f_limit_usd,
            f_reset_interval,
            f_updated_at,
        ) = values
        return cls(
            f_created_at,
            f_id,
            f_include_byok_in_budgets,
            f_name,
            f_workspace_id,
            f_allowed_models,
            f_allowed_providers,
            unread(f_content_filter_builtins),
            unread(f_content_filters),
            f_description,
            f_enable_free_model_publication,
            f_enable_free_model_training,
            f_enable_paid_model_training,
            f_enforce_zdr,
            f_enforce_zdr_anthropic,
            f_enforce_zdr_google,
            f_enforce_zdr_openai,
            f_enforce_zdr_other,
            f_enforce_zdr_xai,
            f_ignored_models,
            f_ignored_providers,
            f_limit_usd,
            GuardrailInterval._lookup(f_reset_interval),
            f_updated_at,
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        guardrail = _new(cls)
        fields = guardrail.__dict__
        fields.update(d)
        value = fields["content_filter_builtins"]
        if type(value) is list and value:
            fields["content_filter_builtins"] = _Unread((value,))
        value = fields["content_filters"]
        if type(value) is list and value:
            fields["content_filters"] = _Unread((value,))
        value = fields["reset_interval"]
        if type(value) is str:  # a known value is found by one dict lookup
            fields["reset_interval"] = GuardrailInterval._value2member_map_.get(
                value
            ) or GuardrailInterval._lookup(value)
        fields["additional_properties"] = {}
        return guardrail

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            guardrail = _new(cls)
            guardrail.__dict__ = fields = d
            value = fields["content_filter_builtins"]
            if type(value) is list and value:
                fields["content_filter_builtins"] = _Unread((value,))
            value = fields["content_filters"]
            if type(value) is list and value:
                fields["content_filters"] = _Unread((value,))
            value = fields["reset_interval"]
            if type(value) is str:  # a known value is found by one dict lookup
                fields["reset_interval"] = GuardrailInterval._value2member_map_.get(
                    value
                ) or GuardrailInterval._lookup(value)
            fields["additional_properties"] = {}
            append(guardrail)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        values = None
        if len(d) >= 24:  # else a field is surely absent: no exception
            try:
                values = _ALL_FIELDS(d)
            except KeyError:  # a field is absent: each is read with its default below
                pass
        if values is not None:
            if type(d) is dict and len(d) == 24:
                return cls._from_complete(d)
            guardrail = cls._from_fields(values)
            if len(d) > 24:  # every declared field is there: the rest are not
                guardrail.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        else:
            get = d.get
            created_at = get("created_at", UNSET)
            id = get("id", UNSET)
            include_byok_in_budgets = get("include_byok_in_budgets", UNSET)
            name = get("name", UNSET)
            workspace_id = get("workspace_id", UNSET)
            allowed_models = get("allowed_models", UNSET)
            allowed_providers = get("allowed_providers", UNSET)
            content_filter_builtins = unread(get("content_filter_builtins", UNSET))
            content_filters = unread(get("content_filters", UNSET))
            description = get("description", UNSET)
            enable_free_model_publication = get("enable_free_model_publication", UNSET)
            enable_free_model_training = get("enable_free_model_training", UNSET)
            enable_paid_model_training = get("enable_paid_model_training", UNSET)
            enforce_zdr = get("enforce_zdr", UNSET)
            enforce_zdr_anthropic = get("enforce_zdr_anthropic", UNSET)
            enforce_zdr_google = get("enforce_zdr_google", UNSET)
            enforce_zdr_openai = get("enforce_zdr_openai", UNSET)
            enforce_zdr_other = get("enforce_zdr_other", UNSET)
            enforce_zdr_xai = get("enforce_zdr_xai", UNSET)
            ignored_models = get("ignored_models", UNSET)
            ignored_providers = get("ignored_providers", UNSET)
            limit_usd = get("limit_usd", UNSET)
            reset_interval = GuardrailInterval._lookup(get("reset_interval", UNSET))
            updated_at = get("updated_at", UNSET)
            guardrail = cls(
                created_at,
                id,
                include_byok_in_budgets,
                name,
                workspace_id,
                allowed_models,
                allowed_providers,
                content_filter_builtins,
                content_filters,
                description,
                enable_free_model_publication,
                enable_free_model_training,
                enable_paid_model_training,
                enforce_zdr,
                enforce_zdr_anthropic,
                enforce_zdr_google,
                enforce_zdr_openai,
                enforce_zdr_other,
                enforce_zdr_xai,
                ignored_models,
                ignored_providers,
                limit_usd,
                reset_interval,
                updated_at,
            )
            if not _FIELD_NAMES.issuperset(d):
                guardrail.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        if not_an_object:
            guardrail.raw_data = src_dict
            guardrail._not_an_object = True
        return guardrail

    @classmethod
    def _read(cls, value: Any) -> Any:
        """A field's value: the model of a JSON object; anything else (null, UNSET, a value
        of the wrong type) as it is."""
        if type(value) is dict or isinstance(value, Mapping):
            return cls.from_dict(value)
        return value

    @classmethod
    def _read_list(cls, value: Any) -> Any:
        """A list field's value: a model per item (an item that is not an object gives a
        model with every field UNSET and the item in ``raw_data``); anything else as it is."""
        if type(value) is list:
            return [cls.from_dict(item) for item in value]
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: these models may import this one.
from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
from ..models.content_filter_entry import ContentFilterEntry

read_lazily(Guardrail, "content_filter_builtins", ContentFilterBuiltinEntry._read_list)
read_lazily(Guardrail, "content_filters", ContentFilterEntry._read_list)

# What a model built by ``_from_complete`` holds until set (``__init__`` sets them on each).
Guardrail.contract_violations = ()
Guardrail.raw_data = None
Guardrail._not_an_object = False
