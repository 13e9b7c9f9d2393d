"""Text clean-up every reader applies, so extractors see one alphabet whatever the source format."""

from __future__ import annotations

import re
import unicodedata

# True typographic ligatures only (U+FB00..U+FB06); never strip or transliterate æ, ø, å.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Spaces used as thousands separators or by word processors: keep them as a plain space.
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000"), " "
)
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"), None)  # soft hyphen, zero-width marks
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_MULTISPACE = re.compile(r"[ \t]+")


def normalize_text(text: str) -> str:
    """NFC, ligatures expanded, odd spaces and dashes unified, runs of blanks folded."""
    text = unicodedata.normalize("NFC", text)
    for lig, plain in _LIGATURES.items():
        if lig in text:
            text = text.replace(lig, plain)
    text = text.translate(_SPACES).translate(_DROP).translate(_DASHES)
    return _MULTISPACE.sub(" ", text).strip()
