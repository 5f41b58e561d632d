from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_guardrail_request import CreateGuardrailRequest
from ...models.create_guardrail_response import CreateGuardrailResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    body: CreateGuardrailRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(http_referer, Unset):
        headers["HTTP-Referer"] = http_referer

    if not isinstance(x_open_router_title, Unset):
        headers["X-OpenRouter-Title"] = x_open_router_title

    if not isinstance(x_open_router_categories, Unset):
        headers["X-OpenRouter-Categories"] = x_open_router_categories

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateGuardrailResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateGuardrailResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorResponse.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateGuardrailResponse | ErrorResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[CreateGuardrailResponse | ErrorResponse]:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGuardrailResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> CreateGuardrailResponse | ErrorResponse | None:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGuardrailResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[CreateGuardrailResponse | ErrorResponse]:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGuardrailResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> CreateGuardrailResponse | ErrorResponse | None:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGuardrailResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
        )
    ).parsed
