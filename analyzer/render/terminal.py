"""Making text from a document or a file name safe to show: nothing in an offer may drive the reader's terminal.

A document's text (a PDF's text layer too) and a file name are untrusted. Written raw, they can set the
clipboard (OSC 52), clear the screen, retitle the window, plant hyperlinks (OSC 8), start a DCS string, do the
same through the one-character C1 forms (U+009B is CSI), or reorder what is shown (right-to-left overrides,
``evil\\u202egnp.exe``). Every character that can do so is shown escaped instead, in one documented form:

- C0 controls (except newline and tab) and DEL: the Unicode *control picture* (ESC ``\\x1b`` → ``␛``,
  BEL → ``␇``, CR → ``␍``, DEL → ``␡``), so ``␛]52;c;…`` stays readable;
- C1 controls (U+0080–U+009F), bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), surrogates
  and every other invisible format character (Unicode category Cf: zero-width marks, tag characters…):
  ``\\uXXXX`` (``\\U000XXXXX`` above U+FFFF);
- a byte of a non-UTF-8 file name, which Python keeps as a lone surrogate U+DC80–U+DCFF (``surrogateescape``):
  ``\\xXX``, the byte itself;
- the line and paragraph separators U+2028/U+2029: a space.

æ, ø, å and every other printable character pass unchanged. :func:`escape_json` does the same for dumped JSON
(``\\uXXXX`` escapes, which JSON readers turn back into the original characters) and :func:`escape_cell` for a
CSV cell (reversible with :func:`unescape_cell`, so ``--resume`` still recognises the file).
"""

from __future__ import annotations

import re

# Unicode category Cf (format characters), written out so importing this module costs nothing; a test checks
# it against unicodedata over the whole code space.
_FORMAT = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_SURROGATES = "\ud800-\udfff"
# Everything a terminal must not receive raw (newline and tab are fine).
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_FORMAT}{_SURROGATES}]")
# The same, without the C0 controls json.dumps already escapes; DEL it does not.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u2028\u2029{_FORMAT}{_SURROGATES}]")
# In a CSV cell newline and tab are quoted by the writer; the rest is escaped as in JSON, and so is a backslash
# that would otherwise read as the start of an escape (which makes the escaping reversible).
_CELL_UNSAFE = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_FORMAT}{_SURROGATES}]|\\\\(?=u[0-9a-fA-F]{{4}}|U[0-9a-fA-F]{{8}})"
)
_CELL_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")


def _code(char: str) -> str:
    point = ord(char)
    return f"\\u{point:04x}" if point <= 0xFFFF else f"\\U{point:08x}"


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    point = ord(char)
    if point < 0x20:
        return chr(0x2400 + point)  # control pictures: ␀ … ␟
    if point == 0x7F:
        return "\u2421"  # ␡
    if char in "\u2028\u2029":
        return " "
    if 0xDC80 <= point <= 0xDCFF:
        return f"\\x{point - 0xDC00:02x}"  # a byte of a non-UTF-8 file name
    return _code(char)


def safe(text: str, *, newlines: bool = True) -> str:
    """``text`` with every character that could drive a terminal shown escaped (see the module docstring).

    ``newlines=False`` escapes a newline too (``␊``): for a file name, which must stay on its own line.
    """
    text = _UNSAFE.sub(_shown, text)
    return text.replace("\n", "\u240a") if not newlines else text


def escape_json(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with C1 controls, DEL, bidi and other format
    characters, line separators and lone surrogates written as ``\\uXXXX`` escapes (UTF-16 pairs above U+FFFF).

    Safe on the dumped text because these characters can only stand inside JSON strings, where an escape means
    the same character; æøå stay literal."""

    def escaped(match: re.Match[str]) -> str:
        point = ord(match.group())
        if point <= 0xFFFF:
            return f"\\u{point:04x}"
        point -= 0x10000
        return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"

    return _JSON_UNSAFE.sub(escaped, dumped)


def escape_cell(text: str) -> str:
    """A CSV cell with the characters :func:`safe` escapes written as ``\\uXXXX`` (newline and tab stay: the
    writer quotes them), and a backslash that starts such a sequence as ``\\u005c``, so :func:`unescape_cell`
    gives back exactly the original."""
    return _CELL_UNSAFE.sub(lambda match: _code(match.group()), text)


def unescape_cell(text: str) -> str:
    """The inverse of :func:`escape_cell`."""
    return _CELL_ESCAPE.sub(lambda match: chr(int(match.group(1) or match.group(2), 16)), text)
