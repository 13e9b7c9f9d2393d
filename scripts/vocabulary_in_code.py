"""How much vocabulary is still written inside Python regexes (issue 12 item 2: words belong in patterns/lexicon/).

Per module of ``analyzer/extract`` and ``analyzer/clauses`` this counts the regex literals that contain a
natural-language word, and the distinct words in them. Heuristic, on the syntax tree (no import, no run):

- a *regex literal* is the string (plain, concatenated or the constant parts of an f-string) passed as the pattern,
  first argument, to ``re.compile/search/match/fullmatch/finditer/findall/sub/subn/split``, or a module- or
  class-level string constant with an UPPER_CASE name that looks like a regex (holds ``\\``, ``(?``, ``|`` or
  ``[``);
- its *words* are the runs of three or more letters left after removing escapes (``\\w``, ``\\b``, ``\\d``...),
  group syntax (``(?:``, ``(?P<name>``, look-arounds) and character classes (``[...]``): "uke" and "weekly" count,
  ``\\s`` and ``[a-zæøå]`` do not. Two-letter words ("pr", "i") are not counted, so the figure is a lower bound.

Usage: ``python scripts/vocabulary_in_code.py [ROOT]`` (ROOT defaults to this repository; point it at a copy of an
older tree, e.g. files from ``git show REV:path``, to compare).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGES = ("analyzer/extract", "analyzer/clauses")
RE_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
)
_SYNTAX = re.compile(
    r"\\[pP]\{[^}]*\}"  # \p{L}
    r"|\\[a-zA-Z]"  # \w \b \d \s \n ...
    r"|\\."  # an escaped character
    r"|\(\?P<\w+>|\(\?P=\w+\)|\(\?[:=!<>aiLmsux-]*"  # group syntax
    r"|\[(?:\\.|[^\]\\])*\]"  # a character class
    r"|\{\d*,?\d*\}"  # a repeat count
)
WORD = re.compile(r"[^\W\d_]{3,}")
_LOOKS_LIKE_REGEX = re.compile(r"\\|\(\?|\||\[")


def _text(node: ast.expr) -> str | None:
    """The literal text of a str constant, a concatenation of them, or an f-string's constant parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(_text(v) or " " for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    return None


def regex_literals(source: str) -> Iterator[str]:
    """Every regex literal of a module (see the module docstring for what counts)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in RE_FUNCTIONS
            and node.args
        ):
            text = _text(node.args[0])
            if text is not None:
                yield text
    scopes: list[ast.Module | ast.ClassDef] = [
        tree,
        *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)),
    ]
    for scope in scopes:
        for stmt in scope.body:
            if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                text = _text(stmt.value)
                if (
                    text is not None
                    and any(n.lstrip("_").isupper() for n in names)
                    and _LOOKS_LIKE_REGEX.search(text)
                ):
                    yield text


def words(pattern: str) -> set[str]:
    """The natural-language words of a regex: runs of ≥ 3 letters once the regex syntax is removed."""
    return {w.casefold() for w in WORD.findall(_SYNTAX.sub(" ", pattern))}


def measure(root: Path) -> list[tuple[str, int, int, int]]:
    """(module, regex literals, literals holding a word, distinct words) per module, sorted by module."""
    rows: list[tuple[str, int, int, int]] = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            literals = list(regex_literals(path.read_text(encoding="utf-8")))
            found = [words(lit) for lit in literals]
            vocabulary = set().union(*found) if found else set()
            rows.append(
                (
                    path.relative_to(root).as_posix(),
                    len(literals),
                    sum(1 for f in found if f),
                    len(vocabulary),
                )
            )
    return rows


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    rows = measure(root)
    print(f"{'module':<45} {'regexes':>7} {'with words':>10} {'words':>6}")
    for module, literals, with_words, vocabulary in rows:
        if literals:
            print(f"{module:<45} {literals:>7} {with_words:>10} {vocabulary:>6}")
    print(
        f"{'total':<45} {sum(r[1] for r in rows):>7} {sum(r[2] for r in rows):>10} {sum(r[3] for r in rows):>6}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
