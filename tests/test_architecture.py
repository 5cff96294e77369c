"""The package's import graph: no module imports itself back through others, and each layer imports
only the layers below it (docs/architecture.md draws them)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner"

#: Import cycles that are known and explained, each as the sorted modules of the cycle -> why it stays.
#: Empty: an entry here names a cycle that cannot go yet and says why.
KNOWN_CYCLES: dict[tuple[str, ...], str] = {}

#: The layers (docs/architecture.md): name -> (its modules, the layers besides itself it may import).
#: A module is known by its top-level name: `cleaner.cli.clean` is in `cli`'s layer.
LAYERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "values": (("errors", "text", "document", "rules", "timer"), ()),
    "catalog": (("catalog",), ("values",)),
    "selection": (("presets", "validate"), ("values", "catalog")),
    "detection": (("unicode", "layout", "literals", "gate", "edges", "scan", "sections", "links", "glued", "paths",
                                "linemodel"),
                  ("values",)),
    "engine": (("engine", "explain", "scoring"), ("values", "catalog", "selection", "detection")),
    "rules from outside": (("config", "learn_shape", "learn"),
                           ("values", "catalog", "selection", "detection", "engine")),
    "running": (("io", "formats", "report", "manifest", "overlap", "corpus", "htmlreport", "docgen", "train"),
                ("values", "catalog", "selection", "detection", "engine", "rules from outside")),
    "interfaces": (("cli", "integrations", "__main__", "__init__"),
                   ("values", "catalog", "selection", "detection", "engine", "rules from outside", "running")),
}


def _modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name, with its file and whether it is a package's `__init__`."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return out


def _type_checking(node: ast.If) -> bool:
    """Whether `node` is `if TYPE_CHECKING:` (imports there run only under a type checker)."""
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """The import statements anywhere in `tree` (module level, in functions, in classes), except
    under `if TYPE_CHECKING:`, which Python never runs (annotations are strings in this package)."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _targets(node: ast.Import | ast.ImportFrom, package: str, modules: dict[str, tuple[Path, bool]]) -> set[str]:
    """The package's modules an import statement loads (`from . import x` loads `x` when `x` is a module,
    the package's `__init__` when it is a name defined there)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in modules}
    if node.level:
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    submodules = {f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in modules}
    if target in modules and len(submodules) < len(node.names):
        submodules.add(target)
    return submodules


def import_graph() -> dict[str, set[str]]:
    """Each module of `cleaner` -> the modules of `cleaner` it imports, at module level or in a function."""
    modules = _modules()
    graph = {}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rsplit(".", 1)[0]
        deps: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            deps |= _targets(node, package, modules)
        graph[name] = deps - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted; one cycle in each
    is enough to name it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def one_cycle(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """A shortest path of imports from the group's first module back to itself, to name in a failure."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                return paths[v] + [start]
            if w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return group


def layer_of(module: str) -> str:
    """The layer of a module of `cleaner`, by its top-level name."""
    top = module.split(".")[1] if "." in module else "__init__"
    for name, (modules, _) in LAYERS.items():
        if top in modules:
            return name
    raise AssertionError(f"{module} is in no layer of tests/test_architecture.py's LAYERS: add it there "
                         "and to docs/architecture.md")


def test_the_graph_sees_every_kind_of_import() -> None:
    """The graph reads module-level, function-level and `from . import x` imports, and skips type-only ones."""
    modules = {"cleaner": (Path(), True), "cleaner.a": (Path(), False), "cleaner.b": (Path(), False),
               "cleaner.sub": (Path(), True), "cleaner.sub.c": (Path(), False)}
    code = ("from . import a\nimport cleaner.b\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from .sub import c\n"
            "def f():\n    from .sub.c import thing\n    from . import __version__\n")
    found = set()
    for node in _imports(ast.parse(code)):
        found |= _targets(node, "cleaner", modules)
    assert found == {"cleaner.a", "cleaner.b", "cleaner.sub.c", "cleaner"}
    graph = {"x": {"y"}, "y": {"z"}, "z": {"x"}, "w": {"x"}}
    assert cycles(graph) == [["x", "y", "z"]]
    assert one_cycle(graph, ["x", "y", "z"]) == ["x", "y", "z", "x"]


def test_no_import_cycle() -> None:
    """No module of `cleaner` imports itself back through others, even from inside a function."""
    graph = import_graph()
    found = {tuple(group): one_cycle(graph, group) for group in cycles(graph)}
    unexplained = {group: path for group, path in found.items() if group not in KNOWN_CYCLES}
    assert not unexplained, "import cycles: " + "; ".join(" -> ".join(p) for p in unexplained.values())
    stale = set(KNOWN_CYCLES) - set(found)
    assert not stale, f"KNOWN_CYCLES lists cycles that are gone, remove them: {sorted(stale)}"


@pytest.mark.parametrize("module", ["cleaner." + m for m in LAYERS["values"][0]])
def test_values_import_only_values(module: str) -> None:
    """A rule, a document, an error, a time limit are values: their modules import no other part of the package."""
    allowed = {f"cleaner.{m}" for m in LAYERS["values"][0]}
    deps = import_graph()[module]
    assert deps <= allowed, f"{module} imports {sorted(deps - allowed)}"


def test_each_module_imports_only_the_layers_it_may() -> None:
    """Layers import downwards: the catalog knows no engine, detection knows no presets, the engine
    knows no command line."""
    wrong = []
    for module, deps in sorted(import_graph().items()):
        mine = layer_of(module)
        for dep in sorted(deps):
            theirs = layer_of(dep)
            if theirs != mine and theirs not in LAYERS[mine][1]:
                wrong.append(f"{module} ({mine}) imports {dep} ({theirs})")
    assert not wrong, "imports against the layers of docs/architecture.md: " + "; ".join(wrong)


def test_every_module_has_a_layer() -> None:
    """A new module is placed in a layer (here and in docs/architecture.md) before it is imported."""
    assert {m: layer_of(m) for m in import_graph()}
    documented = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [m for modules, _ in LAYERS.values() for m in modules
               if m not in ("__main__", "__init__") and f"`{m}" not in documented]
    assert not missing, f"docs/architecture.md does not name {missing}"


def _sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize(("constant", "home"), [
    (r"\u2022\u00b7>#|+", ["text.py"]),  # the list marks, as text.py writes them
    ("\u2022\u00b7>#|+", []),  # and as characters
    ('"tidy.whitespace"', ["text.py"]),
])
def test_shared_constants_are_written_once(constant: str, home: list[str]) -> None:
    """The list marks and the tidy id are written in cleaner/text.py only; the others import them."""
    where = [name for name, text in _sources().items() if constant in text]
    assert where == home, f"{constant!r} is written in {where}: import it from cleaner.text"


def test_private_names_stay_in_their_module() -> None:
    """No module imports another module's private (underscored) name: what other modules use is public
    (the command line once imported the engine's `_known`; selection is now `presets.select_rules`)."""
    modules = _modules()
    wrong = []
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rsplit(".", 1)[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            for target in _targets(node, package, modules):
                home = target.split(".")[:2]
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                if private and home != name.split(".")[:2]:
                    wrong.append(f"{name} imports {private} from {target}")
    assert not wrong, "; ".join(wrong)
