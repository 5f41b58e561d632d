from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_member_assignments_response import ListMemberAssignmentsResponse
from ...types import UNSET, Response, Unset, json_value, status_of


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
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

    params: dict[str, Any] = {}

    params["limit"] = json_value(limit)
    params["offset"] = json_value(offset)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/{id}/assignments/members".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListMemberAssignmentsResponse | None:
    if response.status_code == 200:
        response_200 = ListMemberAssignmentsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | ListMemberAssignmentsResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[ErrorResponse | ListMemberAssignmentsResponse]:
    """List member assignments for a guardrail

     List all organization member assignments for a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        offset (int | Unset): Number of records to skip for pagination Default: 0. Example: 0.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMemberAssignmentsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> ErrorResponse | ListMemberAssignmentsResponse | None:
    """List member assignments for a guardrail

     List all organization member assignments for a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        offset (int | Unset): Number of records to skip for pagination Default: 0. Example: 0.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMemberAssignmentsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> Response[ErrorResponse | ListMemberAssignmentsResponse]:
    """List member assignments for a guardrail

     List all organization member assignments for a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        offset (int | Unset): Number of records to skip for pagination Default: 0. Example: 0.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListMemberAssignmentsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        http_referer=http_referer,
        x_open_router_title=x_open_router_title,
        x_open_router_categories=x_open_router_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    http_referer: str | Unset = UNSET,
    x_open_router_title: str | Unset = UNSET,
    x_open_router_categories: str | Unset = UNSET,
) -> ErrorResponse | ListMemberAssignmentsResponse | None:
    """List member assignments for a guardrail

     List all organization member assignments for a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        offset (int | Unset): Number of records to skip for pagination Default: 0. Example: 0.
        http_referer (str | Unset):
        x_open_router_title (str | Unset):
        x_open_router_categories (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListMemberAssignmentsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
        )
    ).parsed
