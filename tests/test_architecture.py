"""The stages import in one direction only, and no modules import each other in a circle (issue 12, item 1).

model ← resources ← readers ← extract ← clauses ← rules ← pipeline ← render/batch ← commands/cli
(a ← b: b may import a). Every ``analyzer/**/*.py`` is parsed with :mod:`ast`; every import counts, also one
inside a function or an ``if TYPE_CHECKING:`` block, because a lazy import is still a dependency: it only hides
it. ARCHITECTURE.md draws the same flow.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("model", ("analyzer", "analyzer.model", "analyzer.exit_codes")),
    ("resources", ("analyzer.resources", "analyzer.patterns")),
    ("readers", ("analyzer.readers",)),
    ("extract", ("analyzer.extract",)),
    ("clauses", ("analyzer.clauses",)),
    ("rules", ("analyzer.rules",)),
    ("pipeline", ("analyzer.pipeline",)),
    ("render/batch", ("analyzer.render", "analyzer.batch", "analyzer.redact")),
    ("commands/cli", ("analyzer.commands", "analyzer.cli", "analyzer.launch", "analyzer.__main__")),
)
"""Lowest first. A module belongs to the layer whose prefix names it most exactly. "analyzer" names only the
package root (``__version__``), and ``exit_codes`` is a table of constants any stage may use; a new top-level
module must be placed here (test_every_module_has_a_layer fails until it is)."""

FORBIDDEN: tuple[tuple[str, str, str], ...] = (
    ("rules", "extract", "the rules read fields and clause hits from analyzer.model, never extraction code"),
    ("rules", "readers", "the rules read fields and clause hits from analyzer.model, never the readers"),
)
"""Imports the layer order would allow but the design does not: (importer layer, imported layer, why)."""

ALLOWED: dict[tuple[str, str], str] = {}
"""(importing module, imported module) -> reason, for an import against the order that is accepted. None now."""


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    path: Path
    line: int


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path, package: str = "analyzer") -> dict[str, list[Import]]:
    """Every module under ``root/package`` and the package modules it imports (at any depth of the file)."""
    files = sorted((root / package).rglob("*.py"))
    modules = {module_name(p, root): p for p in files}
    graph: dict[str, list[Import]] = {name: [] for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for target in _targets(node, name, is_package):
                if target.split(".")[0] != package:
                    continue
                # "from analyzer.rules import checker" imports the module analyzer.rules.checker.
                while target not in modules and "." in target:
                    target = target.rsplit(".", 1)[0]
                imp = Import(name, target, path, getattr(node, "lineno", 0))
                if target in modules and target != name and imp not in graph[name]:
                    graph[name].append(imp)
    return graph


def _targets(node: ast.AST, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        stem = ".".join([*base, node.module] if node.module else base)
    else:
        stem = node.module or ""
    return [f"{stem}.{alias.name}" for alias in node.names] or [stem]


def layer_of(module: str) -> int:
    best, depth = -1, -1
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or (prefix != "analyzer" and module.startswith(prefix + "."))
            if matches and prefix.count(".") > depth:
                best, depth = index, prefix.count(".")
    if best < 0:
        raise AssertionError(f"{module}: in no layer; add it to LAYERS in tests/test_architecture.py")
    return best


def layer_violations(graph: dict[str, list[Import]], root: Path) -> list[str]:
    problems = []
    forbidden = {(a, b): why for a, b, why in FORBIDDEN}
    for imports in graph.values():
        for imp in imports:
            low, high = layer_of(imp.importer), layer_of(imp.imported)
            here = f"{imp.path.relative_to(root)}:{imp.line}: {imp.importer} imports {imp.imported}"
            if (imp.importer, imp.imported) in ALLOWED:
                continue
            if high > low:
                problems.append(
                    f"{here}: layer '{LAYERS[low][0]}' must not import from the later layer '{LAYERS[high][0]}'"
                )
            elif (LAYERS[low][0], LAYERS[high][0]) in forbidden:
                why = forbidden[LAYERS[low][0], LAYERS[high][0]]
                problems.append(f"{here}: '{LAYERS[low][0]}' must not import '{LAYERS[high][0]}' ({why})")
    return problems


def cycles(graph: dict[str, list[Import]]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for imp in graph.get(node, []):
            if (imp.importer, imp.imported) in ALLOWED:
                continue
            nxt = imp.imported
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                part.append(member)
                if member == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def describe_cycle(graph: dict[str, list[Import]], part: list[str], root: Path) -> str:
    members = set(part)
    edges = [
        f"{imp.path.relative_to(root)}:{imp.line} {imp.importer} -> {imp.imported}"
        for name in part
        for imp in graph[name]
        if imp.imported in members
    ]
    return "circle: " + "; ".join(edges)


# --------------------------------------------------------------------------- the real tree


def test_every_import_follows_the_layer_order() -> None:
    graph = import_graph(ROOT)
    assert len(graph) > 50, "the analyzer package was not found"
    problems = layer_violations(graph, ROOT)
    assert not problems, "imports against the flow of the stages:\n" + "\n".join(problems)


def test_no_modules_import_each_other_in_a_circle() -> None:
    graph = import_graph(ROOT)
    found = [describe_cycle(graph, part, ROOT) for part in cycles(graph)]
    assert not found, "\n".join(found)


def test_every_module_has_a_layer() -> None:
    for module in import_graph(ROOT):
        layer_of(module)  # raises, naming the module, when no layer claims it


# --------------------------------------------------------------------------- the checker itself, on a fake tree


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / "analyzer" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [tmp_path / "analyzer", *(p for p in (tmp_path / "analyzer").rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    return tmp_path


def test_checker_catches_a_reversed_import_even_inside_a_function(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "model.py": "X = 1\n",
            "extract/salary.py": "def f():\n    from analyzer.rules.checker import check\n    return check\n",
            "rules/checker.py": "from analyzer.model import X\ncheck = X\n",
        },
    )
    problems = layer_violations(import_graph(root), root)
    assert len(problems) == 1
    assert "analyzer/extract/salary.py:2" in problems[0]
    assert "'extract' must not import from the later layer 'rules'" in problems[0]


def test_checker_sees_type_checking_and_relative_imports(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "model.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from analyzer.pipeline import A\n",
            "pipeline.py": "A = 1\n",
            "readers/pdf.py": "from ..clauses import scan\n",
            "clauses/scan.py": "",
        },
    )
    problems = layer_violations(import_graph(root), root)
    assert any("analyzer/model.py:3" in p and "'pipeline'" in p for p in problems), problems
    assert any("analyzer.readers.pdf imports analyzer.clauses.scan" in p for p in problems), problems


def test_checker_catches_the_forbidden_rules_to_extract_import(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "rules/notes.py": "from analyzer.extract.language import SUPPORTED\n",
            "extract/language.py": "SUPPORTED = ()\n",
        },
    )
    problems = layer_violations(import_graph(root), root)
    assert len(problems) == 1 and "'rules' must not import 'extract'" in problems[0]


def test_checker_catches_a_circle_within_one_layer(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "readers/pdf.py": "from analyzer.readers.ocr import read\n",
            "readers/ocr.py": "def read():\n    from analyzer.readers import pdf\n    return pdf\n",
            "readers/text.py": "from analyzer.readers.pdf import read\n",
        },
    )
    graph = import_graph(root)
    assert layer_violations(graph, root) == []
    assert cycles(graph) == [["analyzer.readers.ocr", "analyzer.readers.pdf"]]
    assert "analyzer/readers/ocr.py:2 analyzer.readers.ocr -> analyzer.readers.pdf" in describe_cycle(
        graph, cycles(graph)[0], root
    )


def test_a_module_in_no_layer_is_named() -> None:
    with pytest.raises(AssertionError, match="analyzer.newthing: in no layer"):
        layer_of("analyzer.newthing")


@pytest.mark.parametrize(
    ("module", "layer"),
    [
        ("analyzer", "model"),
        ("analyzer.model", "model"),
        ("analyzer.resources.lexicon", "resources"),
        ("analyzer.clauses.scan", "clauses"),
        ("analyzer.rules.checks.seasonal", "rules"),
        ("analyzer.redact", "render/batch"),
        ("analyzer.__main__", "commands/cli"),
        ("analyzer.launch", "commands/cli"),
        ("analyzer.exit_codes", "model"),
    ],
)
def test_layer_of(module: str, layer: str) -> None:
    assert LAYERS[layer_of(module)][0] == layer
