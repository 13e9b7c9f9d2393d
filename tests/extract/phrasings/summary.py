"""Per-file and per-language tally of the phrase table, and (with --set-known-miss) the known_miss flags rewritten.

Why: the table is data that helpers keep flipping; this prints what passes today and rewrites only the
``known_miss: true|false`` text of each row, so comments and layout stay as written.
Run from the repository root: .venv/bin/python tests/extract/phrasings/summary.py [--set-known-miss]
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.extract.test_world_phrasings import FOLDER, ROWS, got_values, same  # noqa: E402


def failing_fields(row: dict[str, Any]) -> list[str]:
    """The expected fields the tool gets wrong for a row."""
    expect: dict[str, Any] = row["expect"]
    got = got_values(row)
    return [name for name, value in expect.items() if not same(name, value, got[name])]


def main() -> None:
    set_flags = "--set-known-miss" in sys.argv
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    misses: dict[str, set[str]] = defaultdict(set)
    classes: Counter[str] = Counter()
    for stem, row in ROWS:
        wrong = failing_fields(row)
        key = "miss" if wrong else "pass"
        tally[stem][key] += 1
        tally[stem][f"{row['lang']}"] += 1
        tally[stem][f"{row['lang']}-{key}"] += 1
        classes.update(wrong)
        if wrong:
            misses[stem].add(str(row["id"]))
            print(f"miss {stem}:{row['id']}: {', '.join(wrong)}")
    print("\n| file | rows | pass | known miss | en | nb | nn | sv | da |")
    print("|---|---|---|---|---|---|---|---|---|")
    total: Counter[str] = Counter()
    for stem, c in sorted(tally.items()):
        total.update(c)
        langs = " | ".join(f"{c[lang]} ({c[lang + '-pass']})" for lang in ("en", "nb", "nn", "sv", "da"))
        print(f"| {stem} | {c['pass'] + c['miss']} | {c['pass']} | {c['miss']} | {langs} |")
    langs = " | ".join(f"{total[lang]} ({total[lang + '-pass']})" for lang in ("en", "nb", "nn", "sv", "da"))
    print(f"| **all** | {total['pass'] + total['miss']} | {total['pass']} | {total['miss']} | {langs} |")
    print("\n(language columns: rows (passing)); missed fields:", dict(classes.most_common()))
    if set_flags:
        for path in sorted(FOLDER.glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            out = []
            for line in text.splitlines(keepends=True):
                found = re.match(r"- \{id: ([^,]+),", line)
                if found:
                    flag = "true" if found.group(1) in misses[path.stem] else "false"
                    line = re.sub(r"known_miss: (true|false)", f"known_miss: {flag}", line)
                out.append(line)
            path.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
