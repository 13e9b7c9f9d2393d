"""A bad ``--rules`` file explained in one plain line: the file, the line, the key and what is wrong with it.

pydantic names the key (``values.salary_floor_master.0.value``) but not the line, and YAML knows the line but not
the meaning; the file is composed once more into YAML nodes, whose marks give each key's line, and the pydantic
location is followed through them. Only the first few problems are named: one fixed, the next shows."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

SHOWN = 3


def _key_path(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """1-based line of the deepest node ``loc`` reaches (the key itself for a mapping entry)."""
    node, line = root, (root.start_mark.line + 1 if root is not None else None)
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(
                ((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part), None
            )
            if match is None:
                return line
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _compose(path: Path) -> yaml.Node | None:
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _at(path: Path, line: int | None) -> str:
    return f"{path}, line {line}" if line else str(path)


def explain(path: Path, exc: BaseException, known: set[str] | None = None) -> str:
    """One line for a ``--rules`` file that failed to parse or validate (``known``: the value names the packs
    have, for an unknown name)."""
    from pydantic import ValidationError

    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return f"{_at(path, exc.problem_mark.line + 1)}, column {exc.problem_mark.column + 1}: not valid YAML: {exc.problem}."
    if isinstance(exc, yaml.YAMLError):
        return f"{path}: not valid YAML: {exc}."
    if isinstance(exc, UnicodeDecodeError):
        return f"{path}: not UTF-8 text."
    root = _compose(path)
    if isinstance(exc, ValidationError):
        parts = []
        for error in exc.errors()[:SHOWN]:
            loc = tuple(error["loc"])
            got = "" if error["type"] in ("missing", "extra_forbidden") else f" (got {error.get('input')!r})"
            what = "not allowed here" if error["type"] == "extra_forbidden" else error["msg"]
            parts.append(f"line {_line_of(root, loc)}: {_key_path(loc)}: {what}{got}")
        more = len(exc.errors()) - SHOWN
        return f"{path}: " + "; ".join(parts) + (f"; and {more} more" if more > 0 else "") + "."
    if known is not None and root is not None:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = data.get("values") if isinstance(data, dict) else None
        unknown = sorted(set(names) - known) if isinstance(names, dict) else []
        if unknown:
            parts = []
            for name in unknown[:SHOWN]:
                close = difflib.get_close_matches(name, sorted(known), n=1)
                hint = f", did you mean {close[0]}?" if close else ""
                parts.append(f"line {_line_of(root, ('values', name))}: unknown value name {name!r}{hint}")
            return f"{path}: " + "; ".join(parts) + " (offercheck rules list shows every name)."
    return f"{path}: {exc}"
