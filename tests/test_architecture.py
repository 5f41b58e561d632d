"""The shape of the code, read from its syntax trees: dependencies point one way (the
generated package depends on the handwritten runtime, never the reverse), no handwritten
module compiles code or opens the contract at run time, and no handwritten module spells a
name of the contract (it takes them from the generated package)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "openrouter_guardrails"
GENERATED = ROOT / "generated" / "openrouter_guardrails_api"
SPEC = ROOT / "openapi" / "guardrails.yaml"

#: The modules built on the compiled contract: the public entry points that assemble the
#: clients from the generated operations, the command line and the testing kit. Every other
#: module of the package is the runtime.
CONSUMERS = {
    "__init__.py",
    "__main__.py",
    "_client.py",
    "_contract.py",
    "errors.py",
    "models.py",
    "utils.py",
}
CONSUMER_PACKAGES = {"cli", "testing"}


def _modules(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def runtime_modules() -> list[Path]:
    return [
        path
        for path in _modules(PACKAGE)
        if path.relative_to(PACKAGE).parts[0] not in CONSUMER_PACKAGES
        and path.relative_to(PACKAGE).as_posix() not in CONSUMERS
    ]


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of its code (``TYPE_CHECKING`` and
    function-level imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_runtime_knows_no_generated_module() -> None:
    """No runtime module imports the generated package, even for types: it receives the
    operations and models as data, through the operation records."""
    found = {
        path.relative_to(ROOT).as_posix(): sorted(
            name for name in imported(path) if name.startswith("openrouter_guardrails_api")
        )
        for path in runtime_modules()
    }
    assert {path: names for path, names in found.items() if names} == {}
    # The split is real: the runtime is most of the package.
    assert len(runtime_modules()) >= 15


def test_the_generated_package_imports_only_the_runtime() -> None:
    """The generated package imports the runtime's modules and nothing else of the handwritten
    package (not the clients, the command line or the testing kit)."""
    runtime = {
        "openrouter_guardrails." + path.relative_to(PACKAGE).with_suffix("").as_posix()
        for path in runtime_modules()
    }
    wrong: dict[str, list[str]] = {}
    for path in _modules(GENERATED):
        names = {
            name
            for name in imported(path)
            if name.startswith("openrouter_guardrails.") or name == "openrouter_guardrails"
        }
        # "from openrouter_guardrails._x import Y" shows as both the module and the name.
        outside = sorted(
            name for name in names if name not in runtime and name.rsplit(".", 1)[0] not in runtime
        )
        if outside:
            wrong[path.relative_to(ROOT).as_posix()] = outside
    assert wrong == {}


def _calls(path: Path, names: set[str]) -> list[str]:
    return [
        f"{path.relative_to(ROOT).as_posix()}:{node.lineno} {node.func.id}()"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
    ]


def test_no_handwritten_module_compiles_code_or_reads_the_contract_file() -> None:
    """Nothing handwritten calls ``exec``, ``eval`` or ``compile``, or names the contract's
    files: what the contract says was compiled into the generated package at build time."""
    calls = [hit for path in _modules(PACKAGE) for hit in _calls(path, {"exec", "eval", "compile"})]
    assert calls == []
    files = [
        f"{path.relative_to(ROOT).as_posix()}:{node.lineno} {node.value!r}"
        for path in _modules(PACKAGE)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.endswith(("openapi.json", "guardrails.yaml"))
    ]
    assert files == []


def contract_names() -> set[str]:
    """The names a handwritten module must not spell: every operation id and schema name of
    the contract, and every parameter and field name with more than one word."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    names = set(schemas)
    for schema in schemas.values():
        names |= {name for name in schema.get("properties") or {} if "_" in name}
    parameters = list(spec["components"].get("parameters", {}).values())
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                names.add(operation["operationId"])
                parameters += [p for p in operation.get("parameters", []) if "name" in p]
    names |= {p["name"] for p in parameters if "_" in p["name"]}
    return names


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


@pytest.mark.parametrize(
    "path", list(_modules(PACKAGE)), ids=lambda p: p.relative_to(PACKAGE).as_posix()
)
def test_no_handwritten_module_spells_a_name_of_the_contract(path: Path) -> None:
    """A string in code that is a name of the contract is a copy to keep in step by hand:
    handwritten modules take the names from the generated package instead."""
    names = contract_names()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    spelled = sorted(
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and node.value in names
    )
    assert spelled == []


def test_the_scan_finds_a_name_of_the_contract_spelled_in_code(tmp_path: Path) -> None:
    """The scan above is not blind: a module that spells a field name is caught."""
    module = tmp_path / "spelled.py"
    module.write_text('"""A docstring may say key_hashes."""\nFIELD = "key_hashes"\n')
    tree = ast.parse(module.read_text())
    constants = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and id(node) not in _docstrings(tree)
    ]
    assert constants == ["key_hashes"]
    assert "key_hashes" in contract_names()


#: Private names of other libraries the package may use: the standard library's documented
#: ``sys._getframe`` (warnings' stack levels).
ALLOWED_PRIVATE = {"sys._getframe"}


def _own_names(trees: list[ast.Module]) -> set[str]:
    """The names the package defines: its functions, classes, variables, arguments, imports,
    and attributes it sets on ``self`` or ``cls``."""
    own: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                own.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                own.add(node.id)
            elif isinstance(node, ast.arg):
                own.add(node.arg)
            elif isinstance(node, ast.alias):
                own.add((node.asname or node.name).rsplit(".", 1)[-1])
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id in ("self", "cls")
            ):
                own.add(node.attr)
    return own


def foreign_private_names(trees: dict[str, ast.Module]) -> list[str]:
    """Every place that reads or sets a private name (``_x``, not ``__x__``) the package does
    not define itself: an attribute, or a name given to ``getattr``/``hasattr``/``setattr``."""
    own = _own_names(list(trees.values()))
    found: list[tuple[str, int, str]] = []
    for where, tree in trees.items():
        for node in ast.walk(tree):
            name, text = None, ""
            if isinstance(node, ast.Attribute):
                name, text = node.attr, ast.unparse(node)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr", "setattr")
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                name, text = node.args[1].value, ast.unparse(node)
            if (
                name is not None
                and name.startswith("_")
                and not name.startswith("__")
                and name not in own
                and text not in ALLOWED_PRIVATE
            ):
                found.append((where, node.lineno, text))
    return [f"{where}:{line}: {text}" for where, line, text in sorted(found)]


def test_no_handwritten_module_reaches_into_another_librarys_private_names() -> None:
    """httpx, httpcore and the rest are used through their public API only (the attempt's
    deadline is a transport and an httpcore network backend given as arguments), so a minor
    release of theirs cannot break the client."""
    trees = {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in _modules(PACKAGE)
    }
    assert foreign_private_names(trees) == []


def test_the_private_name_scan_is_not_blind() -> None:
    """The scan above catches what a reach into httpx or httpcore looks like."""
    source = (
        "class Transport:\n"
        "    def __init__(self):\n"
        "        self._pool = None\n"
        "def patch(client, pool):\n"
        "    pool._network_backend = wrap(pool._network_backend)\n"
        "    pick = getattr(client, '_transport_for_url', None)\n"
        "    return client._transport, Transport()._pool\n"
    )
    found = foreign_private_names({"m.py": ast.parse(source)})
    assert found == [
        "m.py:5: pool._network_backend",
        "m.py:5: pool._network_backend",
        "m.py:6: getattr(client, '_transport_for_url', None)",
        "m.py:7: client._transport",
    ]
