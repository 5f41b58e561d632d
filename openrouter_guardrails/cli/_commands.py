"""``openrouter-guardrails``: manage guardrails from a terminal or a script.

Output is a table for people, or JSON with ``--json`` (the shapes are in the README). The
program's own options (``--json``, ``--api-key``, ...) may also follow the command.

Exit statuses of the management commands: 0 success; 1 the server reported an error (its
message is printed) or a confirmation was declined; 2 a usage error (including arguments the
contract rejects and input files that cannot be read, caught before anything is sent); 3
``plan`` found changes to make; 130 interrupted (Ctrl-C, every command). With ``--json``,
an error is one JSON object on stderr. The API key is never printed.
"""

from __future__ import annotations

import json
import math
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, NoReturn, TypeVar

import click
import httpx
from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.names import KeyAssignment as K
from openrouter_guardrails_api.names import MemberAssignment as M

from openrouter_guardrails._client import OpenRouterGuardrails
from openrouter_guardrails._constants import API_KEY_ENV, BASE_URL_ENV
from openrouter_guardrails._contract import document as contract
from openrouter_guardrails._contract import nullable
from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    InsecureTransportError,
    InvalidRequestError,
    OpenRouterError,
)
from openrouter_guardrails._pagination import Page
from openrouter_guardrails._retry import RetryConfig, RetryKind, retryable_exception
from openrouter_guardrails.cli._files import FileRefused, loads, read_document, read_text
from openrouter_guardrails.cli._plan import (
    creatable,
    deprecated_fields,
    server_set_fields,
    summary_columns,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CHANGES_PENDING",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "ApiFailure",
    "Interrupted",
    "State",
    "main",
    "pass_state",
]

T = TypeVar("T")
DEFAULT_BATCH_SIZE = 100

#: The exit statuses (documented in the README and the module's docstring).
EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_CHANGES_PENDING = 3
EXIT_INTERRUPTED = 130


class ApiFailure(click.ClickException):
    """The server (or the network) failed a request: exit 1 with its message."""

    exit_code = EXIT_API_ERROR

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class Interrupted(click.ClickException):
    """Ctrl-C: the command stopped (after the request in flight), exit 130."""

    exit_code = EXIT_INTERRUPTED

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"interrupted: {self.format_message()}", err=True)


# --------------------------------------------------------------------------- context


class State:
    """What the group's options configure, passed to every command."""

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        as_json: bool,
        timeout: float | None,
        allow_insecure_http: bool = False,
    ):
        self.api_key = api_key
        self.base_url = base_url
        self.as_json = as_json
        self.timeout = timeout
        self.allow_insecure_http = allow_insecure_http
        self._client: OpenRouterGuardrails | None = None

    def client(self) -> OpenRouterGuardrails:
        if self._client is None:
            _check_api_key(self.api_key)
            if not self.api_key:
                raise click.UsageError(NO_API_KEY)
            try:
                self._client = OpenRouterGuardrails(
                    api_key=self.api_key,
                    server_url=self.base_url,
                    timeout=self.timeout,
                    allow_insecure_http=self.allow_insecure_http,
                )
            except (OpenRouterError, ValueError) as exc:
                raise click.UsageError(usage_message(exc, self.api_key)) from None
            click.get_current_context().call_on_close(self._client.close)
        return self._client


pass_state = click.make_pass_decorator(State)

NO_API_KEY = f"no API key: pass --api-key or set the {API_KEY_ENV} environment variable"


def usage_message(exc: Exception, key: str | None) -> str:
    """The client's refusal of its configuration, in the command line's terms (its options,
    not the Python arguments), without the API key."""
    text = str(exc)
    if isinstance(exc, InsecureTransportError):
        refusal = text.split(": use https", 1)[0]
        text = f"{refusal}: use https, or pass --allow-insecure-http if this network is trusted"
    return _redact(text, key)


def _check_api_key(key: str | None) -> None:
    """Refuse a key that cannot go into an HTTP header, without printing it (the HTTP
    library's own error would quote the header, key included)."""
    if not key:
        return  # the client says that no key was given
    if not key.strip() or any(not " " <= c <= "~" for c in key):
        raise click.UsageError(
            "the API key is blank or holds characters an HTTP header cannot carry "
            f"(control or non-ASCII characters): check --api-key or {API_KEY_ENV}"
        )


def _redact(text: str, key: str | None) -> str:
    """``text`` with the API key (also as escaped in a ``repr``) replaced."""
    if not key:
        return text
    for form in {key, repr(key)[1:-1], repr(key.encode("utf-8", "replace"))[2:-1]}:
        text = text.replace(form, "<redacted>")
    return text


def sent_without_answer(exc: OpenRouterError) -> bool:
    """Whether a request that failed with ``exc`` may still have been processed: it left
    this machine but no answer came back (a timeout or a connection lost after sending)."""
    if not isinstance(exc, APIConnectionError):
        return False
    cause = exc.__cause__
    if not isinstance(cause, httpx.TransportError):
        return True
    # The retry policy retries a create only when the request provably never arrived.
    never_arrived = retryable_exception(cause, RetryKind.CREATE, RetryConfig())
    return never_arrived is None


def api_failure(exc: OpenRouterError, key: str | None, note: str = "") -> ApiFailure:
    """The client's error as the command line reports it (exit 1), with ``note`` after it,
    without the API key."""
    status = exc.status_code if isinstance(exc, APIError) else None
    return ApiFailure(_redact(str(exc), key) + note, status)


def _guard(func: Callable[..., T]) -> Callable[..., T]:
    """Turn the client's errors into the CLI's exit statuses; never print the API key."""

    def wrapper(*args: Any, **kwargs: Any) -> T:
        state = click.get_current_context().find_object(State)
        key = state.api_key if state is not None else None
        try:
            return func(*args, **kwargs)
        except InvalidRequestError as exc:
            raise click.UsageError(_redact(str(exc), key)) from None
        except OpenRouterError as exc:
            raise api_failure(exc, key) from None

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


# --------------------------------------------------------------------------- output


def _plain(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else model


def printable(text: str) -> str:
    """``text`` with its control and formatting characters escaped (``\\x1b``, ``\\u202e``):
    a name a server sends cannot move the cursor, retitle or clear the terminal."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return printable(",".join(str(v) for v in value)) or "-"
    return printable(str(value))


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _emit(
    state: State,
    data: Any,
    *,
    rows: Sequence[dict[str, Any]] | None = None,
    columns: Sequence[str] = (),
    text: str | None = None,
) -> None:
    if state.as_json:
        click.echo(json.dumps(data, indent=2, sort_keys=True))
    elif rows is not None:
        click.echo(_table(rows, columns) if rows else "(none)")
    elif text is not None:
        click.echo(text)
    else:
        click.echo(_details(data))


def workspace_label(workspace: str | None) -> str:
    """How output names a workspace: its id, or ``default`` (listed without an id)."""
    return "default" if workspace is None else workspace


#: How the commands that take one guardrail show its argument.
_GUARDRAIL_METAVAR = "GUARDRAIL_ID"


def _body_of(operation_id: str) -> str:
    """The request body schema of an operation, by the generated table."""
    from openrouter_guardrails_api.sdk import OPERATIONS

    (body,) = [op.body_name for op in OPERATIONS.values() if op.operation_id == operation_id]
    assert body is not None, operation_id
    return body


_CREATE_BODY = _body_of(N.OperationId.CREATE_GUARDRAIL)
_UPDATE_BODY = _body_of(N.OperationId.UPDATE_GUARDRAIL)


def _emit_listing(
    state: State,
    pages: Iterable[Page[Any]],
    columns: Sequence[str],
    extra: dict[str, Any] | None = None,
) -> int:
    """Every item of every page, printed as each page arrives: a table, or the listing's
    JSON (its items, their count as the listing's total, and ``extra``). Returns the number
    of items."""
    count = 0
    widths: list[int] | None = None
    # With --json, the listing is printed whole once every page has come: an error on the
    # way leaves nothing on stdout, never the start of a document (a | jq pipeline).
    held: list[str] = []
    for page in pages:
        items = [item.to_dict() for item in page.data]
        if state.as_json:
            for item in items:
                text = textwrap.indent(json.dumps(item, indent=2, sort_keys=True), "    ")
                held.append(("\n" if count == 0 else ",\n") + text)
                count += 1
            continue
        if not items:
            continue
        cells = [[_cell(row.get(c)) for c in columns] for row in items]
        if widths is None:
            widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
            click.echo(_row([c.upper() for c in columns], widths))
        click.echo("\n".join(_row(r, widths) for r in cells))
        count += len(items)
    if state.as_json:
        trailer = {N.ListGuardrailsResponse.TOTAL_COUNT: count, **(extra or {})}
        tail = json.dumps(trailer, indent=2, sort_keys=True)[1:-2]
        click.echo('{\n  "data": [' + "".join(held) + ("\n  ]," if count else "],") + tail + "\n}")
    elif count == 0:
        click.echo("(none)")
    return count


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(v.ljust(w) for v, w in zip(cells, widths, strict=True)).rstrip()


def _details(record: dict[str, Any]) -> str:
    width = max((len(k) for k in record), default=0)
    return "\n".join(f"{k.ljust(width)}  {_cell(v)}" for k, v in sorted(record.items()))


def _progress(items: Iterable[T], length: int | None, label: str) -> Iterator[T]:
    """Iterate ``items``, with a progress bar on stderr only when it is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar


# --------------------------------------------------------------------------- input


class FiniteFloat(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A float that JSON can carry (not nan or inf); with ``positive``, above zero."""

    name = "float"

    def __init__(self, positive: bool = False) -> None:
        self.positive = positive

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        if self.positive and number <= 0:
            self.fail(f"{value!r} is not above zero", param, ctx)
        return number


# --------------------------------------------------------------------------- field options


def _schema_fields(schema_name: str) -> dict[str, dict[str, Any]]:
    fields: dict[str, dict[str, Any]] = contract()["components"]["schemas"][schema_name][
        "properties"
    ]
    return fields


def _kind(spec: dict[str, Any]) -> str:
    if "anyOf" in spec:
        return "string"
    types = spec.get("type", "string")
    types = [types] if isinstance(types, str) else [t for t in types if t != "null"]
    kind = types[0] if types else "string"
    if kind == "array":
        items = spec.get("items", {})
        return "json" if "$ref" in items or items.get("type") == "object" else "strings"
    return str(kind)


def _field_help(spec: dict[str, Any], fields: dict[str, Any]) -> str:
    """An option's help: the field's description (of the schema it refers to when it has
    none): its first sentence, or all of it for a deprecated field, fields named as options."""
    description = str(spec.get("description", ""))
    if not description:
        schemas = contract()["components"]["schemas"]
        for option in spec.get("anyOf", []):
            ref = str(option.get("$ref", ""))
            if ref.startswith("#/components/schemas/"):
                description = str(schemas[ref.rsplit("/", 1)[1]].get("description", ""))
                break
    if not spec.get("deprecated"):
        return description.split(". ")[0]
    for field in sorted(fields, key=len, reverse=True):
        description = re.sub(
            rf"(?<![\w-]){re.escape(field)}(?![\w-])", "--" + field.replace("_", "-"), description
        )
    return description


def _clearable(schema_name: str) -> list[str]:
    """The fields of a request that may be sent as null."""
    fields = _schema_fields(schema_name)
    return [name for name in sorted(fields) if nullable(fields[name])]


def _field_options(
    schema_name: str, skip: Sequence[str] = ()
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """One option per field of a request schema, typed from the contract."""

    def decorate(func: Callable[..., T]) -> Callable[..., T]:
        fields = _schema_fields(schema_name)
        for name, spec in reversed(sorted(fields.items())):
            if name in skip:
                continue
            flag = "--" + name.replace("_", "-")
            help_text = _field_help(spec, fields)
            kind = _kind(spec)
            if kind == "strings":
                func = click.option(
                    flag,
                    name,
                    multiple=True,
                    default=None,
                    help=f"{help_text} (repeat for several)",
                )(func)
            elif kind == "json":
                func = click.option(
                    flag, name, metavar="JSON", default=None, help=f"{help_text} (a JSON array)"
                )(func)
            elif kind == "boolean":
                func = click.option(
                    flag, name, type=click.Choice(["true", "false"]), default=None, help=help_text
                )(func)
            elif kind == "number":
                func = click.option(flag, name, type=FiniteFloat(), default=None, help=help_text)(
                    func
                )
            elif kind == "integer":
                func = click.option(flag, name, type=int, default=None, help=help_text)(func)
            else:
                func = click.option(flag, name, default=None, help=help_text)(func)
        return func

    return decorate


def _collect(schema_name: str, given: dict[str, Any]) -> dict[str, Any]:
    """The request fields among ``given`` option values, converted to their JSON types."""
    fields: dict[str, Any] = {}
    for name, spec in _schema_fields(schema_name).items():
        value = given.get(name)
        if value is None or value == ():
            continue
        kind = _kind(spec)
        if kind == "strings":
            fields[name] = [part for item in value for part in item.split(",") if part]
        elif kind == "json":
            try:
                fields[name] = loads(value)
            except ValueError as exc:
                raise click.BadParameter(
                    f"not valid JSON: {exc}", param_hint=f"--{name.replace('_', '-')}"
                ) from None
        elif kind == "boolean":
            fields[name] = value == "true"
        else:
            fields[name] = value
    return fields


def _read_fields_file(path: str, schema_name: str) -> dict[str, Any]:
    """The fields of a JSON/YAML object for a request (``-``: stdin); what ``get --json``
    prints is accepted: the fields the server sets are left out, and said once on stderr."""
    data = read_document(path, hint="--from-file")
    label = "stdin" if path == "-" else path
    if not isinstance(data, dict):
        raise FileRefused(f"--from-file: {label} must hold a JSON object")
    known = _schema_fields(schema_name)
    unknown = sorted(set(data) - set(known) - server_set_fields())
    if unknown:
        raise FileRefused(f"--from-file: unknown field(s) in {label}: {', '.join(unknown)}")
    fields, dropped = creatable(data)
    for name in deprecated_fields() & {k for k, v in fields.items() if v is None}:
        del fields[name]  # a deprecated field left null asks for nothing
    if dropped:
        note(f"ignoring what the server sets, from {label}: {', '.join(dropped)}")
    return fields


def _read_ids(values: Sequence[str], from_file: str | None) -> list[str]:
    ids = list(values)
    if from_file is not None:
        text = read_text(from_file, hint="--from-file")
        lines = (line.strip() for line in text.splitlines())
        ids += [line for line in lines if line and not line.startswith("#")]
    if not ids:
        raise click.UsageError("no ids given: pass them as arguments or with --from-file")
    return list(dict.fromkeys(ids))


def _batches(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# --------------------------------------------------------------------------- commands


class MainGroup(click.Group):
    """The program: its options may also follow the command (``list --json``); errors are
    JSON on stderr with ``--json``; Ctrl-C exits 130."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; Ctrl-C becomes the one-line interruption (before click would
        print a blank line on stderr)."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted("stopped by Ctrl-C") from None

    def _global_options(self) -> dict[str, bool]:
        """The group's own options that may follow a command: name -> takes a value."""
        options: dict[str, bool] = {}
        for param in self.params:
            if isinstance(param, click.Option) and not param.is_eager:
                for name in (*param.opts, *param.secondary_opts):
                    options[name] = not (param.is_flag or param.count)
        return options

    def hoist(self, args: Sequence[str]) -> list[str]:
        """``args`` with the group's options found after the command moved before it
        (unless the command has an option of the same name)."""
        args = list(args)
        globals_ = self._global_options()
        i = 0
        while i < len(args) and args[i].startswith("-") and args[i] != "--":
            name, has_value = args[i].split("=", 1)[0], "=" in args[i]
            i += 2 if globals_.get(name) and not has_value else 1
        if i >= len(args) or args[i] == "--":
            return args
        command: click.Command = self
        end = i
        while isinstance(command, click.Group) and end < len(args):
            sub = command.commands.get(args[end])
            if sub is None:
                break
            command, end = sub, end + 1
        own: dict[str, bool] = {}
        for param in command.params:
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    own[name] = not (param.is_flag or param.count)
        moved: list[str] = []
        tail: list[str] = []
        j = end
        while j < len(args):
            arg = args[j]
            if arg == "--":
                tail += args[j:]
                break
            name, has_value = arg.split("=", 1)[0], "=" in arg
            target = tail if name in own or name not in globals_ else moved
            takes = own.get(name, globals_.get(name, False))
            target.append(arg)
            if takes and not has_value and j + 1 < len(args):
                target.append(args[j + 1])
                j += 1
            j += 1
        return args[:i] + moved + args[i:end] + tail

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the program (see :class:`MainGroup`)."""
        argv = self.hoist(sys.argv[1:] if args is None else args)
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, **extra)
        as_json = "--json" in argv[: _leading_options_end(argv, self._global_options())]
        try:
            result = super().main(argv, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            _fail(exc, as_json)
        except click.Abort as exc:
            if isinstance(exc.__cause__ or exc.__context__, KeyboardInterrupt):
                _fail(Interrupted("stopped by Ctrl-C"), as_json)
            _fail(click.ClickException("Aborted!"), as_json, plain="Aborted!")
        except KeyboardInterrupt:
            _fail(Interrupted("stopped by Ctrl-C"), as_json)
        sys.exit(result if isinstance(result, int) else EXIT_OK)


def _leading_options_end(args: Sequence[str], options: dict[str, bool]) -> int:
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "--":
        i += 2 if options.get(args[i].split("=", 1)[0]) and "=" not in args[i] else 1
    return i


def _error_kind(exc: click.ClickException) -> str:
    if isinstance(exc, Interrupted):
        return "interrupted"
    if isinstance(exc, ApiFailure):
        return "api"
    if isinstance(exc, click.UsageError | click.BadParameter) or exc.exit_code == EXIT_USAGE:
        return "usage"
    return "error"


def _fail(exc: click.ClickException, as_json: bool, plain: str | None = None) -> NoReturn:
    """Report ``exc`` (one JSON object on stderr with ``--json``) and exit with its status."""
    if as_json:
        error: dict[str, Any] = {
            "type": _error_kind(exc),
            "message": exc.format_message(),
            "exit_code": exc.exit_code,
        }
        if isinstance(exc, ApiFailure) and exc.status_code is not None:
            error["status_code"] = exc.status_code
        click.echo(json.dumps({"error": error}, sort_keys=True), err=True)
    elif plain is not None:
        click.echo(plain, err=True)
    else:
        exc.show()
    sys.exit(exc.exit_code)


@click.group(
    cls=MainGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--api-key",
    envvar=API_KEY_ENV,
    show_envvar=True,
    default=None,
    help="Management API key (never printed).",
)
@click.option(
    "--base-url",
    envvar=BASE_URL_ENV,
    show_envvar=True,
    default=None,
    help="API base URL [default: https://openrouter.ai/api/v1].",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON (stable shapes) instead of tables."
)
@click.option(
    "--timeout",
    type=FiniteFloat(positive=True),
    default=None,
    help="Seconds each attempt of a request may take in all (connect, send, every read) "
    "[default: 30].",
)
@click.option(
    "--allow-insecure-http",
    is_flag=True,
    help="Send the key over plain http to a host that is not this machine.",
)
@click.version_option(package_name="openrouter-guardrails")
@click.pass_context
def main(
    ctx: click.Context,
    api_key: str | None,
    base_url: str | None,
    as_json: bool,
    timeout: float | None,
    allow_insecure_http: bool,
) -> None:
    """Manage OpenRouter guardrails, run a fake of the API, or test an implementation.

    The options below may go before or after the command: openrouter-guardrails list --json.
    Exit status: 0 done, 1 the server reported an error, 2 usage error, 3 plan found changes
    (contract-test: see its help), 130 interrupted.
    """
    ctx.obj = State(api_key, base_url, as_json, timeout, allow_insecure_http)


def workspace_option(help_text: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """``--workspace-id`` (repeatable): the workspaces a command covers."""
    return click.option(
        "--workspace-id",
        "workspace_ids",
        multiple=True,
        metavar="ID",
        help=f"{help_text} Repeat for several.",
    )


def covered(workspace_ids: Sequence[str]) -> list[str | None]:
    """The workspaces given (each once), or the default one (``None``) when none is."""
    unique: list[str | None] = list(dict.fromkeys(workspace_ids))
    return unique or [None]


def note(text: str, prefix: str = "note: ") -> None:
    """Tell the user something on stderr that is not an error: a line, or with --json a
    JSON object ``{"note": text}`` (so that stderr stays JSON lines)."""
    context = click.get_current_context(silent=True)
    state = context.find_object(State) if context is not None else None
    if state is not None and state.as_json:
        click.echo(json.dumps({"note": text}), err=True)
    else:
        click.echo(prefix + text, err=True)


def say_covered(workspaces: Sequence[str | None], what: str) -> None:
    """The note on stderr that says which workspaces a command covered."""
    names = ", ".join(workspace_label(w) for w in workspaces)
    noun = "workspace" if len(workspaces) == 1 else "workspaces"
    note(f"{what} in {noun}: {names}", prefix="")


def guardrail_pages(
    guardrails: Any, workspaces: Sequence[str | None], page_size: int = 100
) -> Iterator[Page[Any]]:
    """Every page of the guardrails of each workspace, as they arrive (``guardrails``: a
    client's ``guardrails``)."""
    for workspace in workspaces:
        options: dict[str, Any] = {"limit": page_size}
        if workspace is not None:
            options[N.Parameter.WORKSPACE_ID] = workspace
        page: Page[Any] = guardrails.list(**options)
        yield from page.iter_pages()


@main.command("list")
@workspace_option("Only guardrails of this workspace [default: the default workspace].")
@click.option(
    "--page-size",
    type=click.IntRange(1, 100),
    default=100,
    show_default=True,
    help="Guardrails asked for per request.",
)
@pass_state
@_guard
def list_cmd(state: State, workspace_ids: Sequence[str], page_size: int) -> None:
    """List every guardrail (all pages, printed as they arrive)."""
    workspaces = covered(workspace_ids)
    count = _emit_listing(
        state,
        guardrail_pages(state.client().guardrails, workspaces, page_size),
        summary_columns(),
        {"workspaces": workspaces},
    )
    if not state.as_json:
        say_covered(workspaces, _counted(count, "guardrail", "guardrails"))


@main.command("get")
@click.argument("guardrail", metavar=_GUARDRAIL_METAVAR)
@pass_state
@_guard
def get_cmd(state: State, guardrail: str) -> None:
    """Show one guardrail."""
    _emit(state, state.client().guardrails.get(id=guardrail).data.to_dict())


@main.command("create")
@click.option(
    "--from-file",
    "from_file",
    default=None,
    metavar="FILE",
    help="Read the fields from a JSON or YAML object ('-' for stdin), such as what get --json "
    "prints (the fields the server sets are ignored); options override it.",
)
@_field_options(_CREATE_BODY)
@pass_state
@_guard
def create_cmd(state: State, from_file: str | None, **given: Any) -> None:
    """Create a guardrail.

    --from-file accepts what get --json prints."""
    fields = _read_fields_file(from_file, _CREATE_BODY) if from_file else {}
    fields.update(_collect(_CREATE_BODY, given))
    for required in contract()["components"]["schemas"][_CREATE_BODY].get("required", []):
        if required not in fields:
            flag = "--" + required.replace("_", "-")
            raise click.UsageError(f"{flag} is required (or a {required!r} in --from-file)")
    name = fields.get(N.CreateGuardrailRequest.NAME)
    try:
        created = state.client().guardrails.create(**fields)
    except OpenRouterError as exc:
        if not sent_without_answer(exc):
            raise
        note = (
            f"; the request was sent but no answer came back, so the guardrail {name!r} may "
            "have been created: check with 'openrouter-guardrails list' before creating it again"
        )
        raise api_failure(exc, state.api_key, note) from None
    _emit(state, created.data.to_dict())


@main.command("update")
@click.argument("guardrail", metavar=_GUARDRAIL_METAVAR)
@click.option(
    "--clear",
    "clear",
    multiple=True,
    metavar="FIELD",
    help="Send null for FIELD (removes it); repeat for several. FIELD: "
    + ", ".join(_clearable(_UPDATE_BODY))
    + ".",
)
@_field_options(_UPDATE_BODY)
@pass_state
@_guard
def update_cmd(state: State, guardrail: str, clear: Sequence[str], **given: Any) -> None:
    """Update a guardrail: only the options given are sent."""
    fields = _collect(_UPDATE_BODY, given)
    known = _schema_fields(_UPDATE_BODY)
    for name in clear:
        key = name.replace("-", "_")
        if key not in known:
            raise click.BadParameter(
                f"unknown field {name!r}; the fields that can be cleared: "
                + ", ".join(_clearable(_UPDATE_BODY)),
                param_hint="--clear",
            )
        if not nullable(known[key]):
            raise click.BadParameter(
                f"{name} cannot be cleared (it may not be null)", param_hint="--clear"
            )
        if key in fields:
            raise click.BadParameter(f"{name} is both set and cleared", param_hint="--clear")
        fields[key] = None
    if not fields:
        raise click.UsageError("nothing to update: give at least one field option or --clear")
    _emit(state, state.client().guardrails.update(id=guardrail, **fields).data.to_dict())


@main.command("delete")
@click.argument("guardrail", metavar=_GUARDRAIL_METAVAR)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@pass_state
@_guard
def delete_cmd(state: State, guardrail: str, yes: bool) -> None:
    """Delete a guardrail and its assignments."""
    if not yes and not click.confirm(f"Delete guardrail {guardrail}?", err=True):
        raise click.Abort()
    result = state.client().guardrails.delete(id=guardrail)
    # Only JSON true confirms it: not false, "false" or a missing field.
    if result.deleted is not True:
        raise click.ClickException(
            f"the server did not confirm the deletion of {guardrail} (deleted={result.deleted!r})"
        )
    confirmed = {N.DeleteGuardrailResponse.DELETED: True, N.Guardrail.ID: guardrail}
    _emit(state, confirmed, text=f"deleted {guardrail}")


def _counted(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _assignment_group(kind: str, field: str, noun: str, nouns: str, metavar: str) -> click.Group:
    """``keys`` and ``members``: list, assign and unassign for one guardrail."""
    group = click.Group(kind, help=f"The {kind} assigned to a guardrail: list, assign, unassign.")
    ops = {
        "keys": ("list_guardrail_key_assignments", "bulk_assign_keys", "bulk_unassign_keys"),
        "members": (
            "list_guardrail_member_assignments",
            "bulk_assign_members",
            "bulk_unassign_members",
        ),
    }[kind]
    columns = (
        (K.KEY_HASH, K.KEY_NAME, K.KEY_LABEL, K.ASSIGNED_BY, K.CREATED_AT)
        if kind == "keys"
        else (M.USER_ID, M.ORGANIZATION_ID, M.ASSIGNED_BY, M.CREATED_AT)
    )

    @group.command("list")
    @click.argument("guardrail", metavar=_GUARDRAIL_METAVAR)
    @pass_state
    @_guard
    def list_assigned(state: State, guardrail: str) -> None:
        """List the assignments of a guardrail (all pages)."""
        page = getattr(state.client().guardrails, ops[0])(id=guardrail, limit=100)
        _emit_listing(state, page.iter_pages(), columns)

    def change(verb: str, operation: str, count_field: str) -> click.Command:
        @click.argument("guardrail", metavar=_GUARDRAIL_METAVAR)
        @click.argument("ids", nargs=-1, metavar=f"[{metavar}]...")
        @click.option(
            "--from-file",
            default=None,
            metavar="FILE",
            help=f"Read {nouns} from FILE, one per line ('-' for stdin).",
        )
        @click.option(
            "--batch-size",
            type=click.IntRange(1, 10_000),
            default=DEFAULT_BATCH_SIZE,
            show_default=True,
            help=f"{nouns.capitalize()} sent per request.",
        )
        @pass_state
        @_guard
        def command(
            state: State,
            guardrail: str,
            ids: Sequence[str],
            from_file: str | None,
            batch_size: int,
        ) -> None:
            values = _read_ids(ids, from_file)
            method = getattr(state.client().guardrails, operation)
            total = 0
            batches = _batches(values, batch_size)
            for batch in _progress(batches, len(batches), f"{verb} {nouns}"):
                result = method(id=guardrail, **{field: list(batch)})
                count = getattr(result, count_field, None)
                if type(count) is not int:
                    raise click.ClickException(
                        f"the server answered {count_field} {count!r}, not a count (the "
                        f"response breaks the contract); {total} {verb}ed before that batch"
                    )
                total += count
            data = {count_field: total, "requested": len(values), "batches": len(batches)}
            _emit(
                state,
                data,
                text=f"{verb}ed {total} of {_counted(len(values), noun, nouns)} in "
                f"{_counted(len(batches), 'batch', 'batches')}",
            )

        command.__doc__ = f"{verb.capitalize()} {nouns} (arguments, a file or stdin), in batches."
        return click.command(verb)(command)

    group.add_command(change("assign", ops[1], N.BulkAssignKeysResponse.ASSIGNED_COUNT))
    group.add_command(change("unassign", ops[2], N.BulkUnassignKeysResponse.UNASSIGNED_COUNT))
    return group


main.add_command(
    _assignment_group(
        "keys", N.BulkAssignKeysRequest.KEY_HASHES, "key hash", "key hashes", "KEY_HASH"
    )
)
main.add_command(
    _assignment_group(
        "members",
        N.BulkAssignMembersRequest.MEMBER_USER_IDS,
        "member user id",
        "member user ids",
        "USER_ID",
    )
)


@main.group("assignments")
def assignments() -> None:
    """Every assignment of every guardrail."""


@assignments.command("keys")
@pass_state
@_guard
def assignments_keys(state: State) -> None:
    """List every key assignment."""
    page = state.client().guardrails.list_key_assignments(limit=100)
    columns = (K.GUARDRAIL_ID, K.KEY_HASH, K.KEY_NAME, K.ASSIGNED_BY, K.CREATED_AT)
    _emit_listing(state, page.iter_pages(), columns)


@assignments.command("members")
@pass_state
@_guard
def assignments_members(state: State) -> None:
    """List every member assignment."""
    page = state.client().guardrails.list_member_assignments(limit=100)
    columns = (M.GUARDRAIL_ID, M.USER_ID, M.ORGANIZATION_ID, M.ASSIGNED_BY, M.CREATED_AT)
    _emit_listing(state, page.iter_pages(), columns)
