"""Money amounts and their currency, as offers and contracts write them.

The decimal separator is decided from the shape of the number, never by guess alone: a separator followed by
exactly three digits groups thousands ("650.000", "650,000"); one followed by one or two digits is a decimal
("54 166,67", "265.50"); where both appear, the last one is the decimal ("650,000.00", "1.234,50"). Indian
grouping ("7,50,002", "12,00,000", "1,20,00,000": pairs of digits left of the last three) is read only in that
exact shape, so "12,34" and "1,5" stay decimals.

The currency is read, never assumed. The marks are data (``currencies`` in patterns/lexicon/common.yaml). A mark that
does not name one currency by itself ("kr", a trailing ",-", "¥") is returned with the currencies it may mean;
:func:`document_currency` decides it from the document, and an amount without any mark has no currency here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from analyzer.resources.lexicon import Multiplier, lexicon, phrase_regex

KRONER = ("NOK", "SEK", "DKK")
"""What a bare "kr" or ",-" may mean."""
YEN_YUAN = ("JPY", "CNY")
"""What a bare "¥" may mean."""

# Indian grouping first: the plain alternatives would read "7,50,002" as "7,50" and a stray "002".
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d{1,2})?"
_NUMBER = rf"{_INDIAN}|\d{{1,3}}(?:[ .,'’]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?"
_TRAIL = r"(?:\s*,-|\s*,–|\s*\.-|\s*/-|,00)?"
_INDIAN_SHAPE = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")

_ASCII_DIGITS = set("0123456789")
# A number followed by a percent sign is a share, never an amount: "100 % lønn i karenstiden", LaTeX "$100 \\%$".
_PERCENT_NEXT = re.compile(r"\s*\\?%|\s*(?:prosent|percent|per cent|pct)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """An amount as written. ``currency`` is set when the mark names one currency; ``maybe`` lists what an
    ambiguous mark may mean ("kr": NOK, SEK or DKK); neither is set for a number with no mark at all."""

    amount: float
    currency: str | None
    start: int
    end: int
    maybe: tuple[str, ...] = ()
    period: str | None = None
    """A period the amount's own words imply ("6 LPA": lakh per annum)."""

    @property
    def marked(self) -> bool:
        """The amount carries a currency mark, whether or not the mark alone says which currency."""
        return self.currency is not None or bool(self.maybe)


def parse_number(text: str) -> float | None:
    """'650 000' -> 650000.0, '54 166,67' -> 54166.67, '650,000.00' -> 650000.0, '3.350' -> 3350.0,
    '7,50,002' -> 750002.0 (Indian grouping)."""
    s = text.strip().replace("’", "'").rstrip("-").rstrip(",.–/")
    if not s or not any(ch in _ASCII_DIGITS for ch in s):
        return None
    seps = [(i, ch) for i, ch in enumerate(s) if ch in " .,'"]
    decimal_at: int | None = None
    marks = {ch for _, ch in seps if ch in ".,"}
    if len(marks) == 2:
        decimal_at = seps[-1][0]
    elif len(marks) == 1:
        mark = marks.pop()
        positions = [i for i, ch in seps if ch == mark]
        tail = len(s) - positions[-1] - 1
        if len(positions) == 1 and tail in (1, 2):
            decimal_at = positions[-1]
    integer = s[:decimal_at] if decimal_at is not None else s
    fraction = s[decimal_at + 1 :] if decimal_at is not None else ""
    groups = re.split(r"[ .,']", integer)
    if len(groups) > 1 and any(len(g) != 3 for g in groups[1:]) and not _INDIAN_SHAPE.fullmatch(integer):
        return None  # "12 34" is two numbers, not one
    digits = "".join(groups)
    # ASCII digits only: str.isdigit() also accepts "²", which float() rejects.
    if not digits or set(digits) - _ASCII_DIGITS or (fraction and set(fraction) - _ASCII_DIGITS):
        return None
    return float(f"{digits}.{fraction}" if fraction else digits)


@dataclass(frozen=True)
class _Marks:
    money: re.Pattern[str]
    bare: re.Pattern[str]
    named: list[tuple[re.Pattern[str], str]]
    """(whole-mark pattern, currency) for every mark that names one currency."""
    krone: re.Pattern[str]
    yen_yuan: re.Pattern[str]
    multipliers: list[tuple[re.Pattern[str], Multiplier]]
    anywhere: re.Pattern[str]
    """Any mark that names one currency, anywhere in a text (for what a document names besides its amounts)."""


def _alternation(phrases: list[str]) -> str:
    """Longest first; behind a look-ahead on the first characters the phrases can start with, so a position that
    starts none of them is rejected in one step instead of once per phrase (a dense line of digits has a
    candidate position every other character). Matches exactly what the bare alternation matches."""
    body = "|".join(f"(?:{_mark_regex(p)})" for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    first = _first_chars(phrases)
    return f"(?={first})(?:{body})" if first else body


_FIRST_VARIANTS = {"æ": "æa", "ø": "øo", "å": "åa"}
"""What the first letter of a phrase may be written as (see ``_LETTER_VARIANTS`` in the lexicon loader)."""


def _first_chars(phrases: Iterable[str]) -> str | None:
    """A character class of the first characters, or None when a phrase may start with an optional part."""
    chars: set[str] = set()
    for phrase in phrases:
        first = phrase.rstrip("*").strip().lower()[:1]
        if not first or first in ".- ":
            return None  # "." and "-" are optional in a phrase's pattern: no fixed first character
        chars.update(_FIRST_VARIANTS.get(first, first))
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]" if chars else None


def _mark_regex(phrase: str) -> str:
    """A single CJK sign ("元", "円") follows the digits directly: no word boundary to ask for."""
    if len(phrase) == 1 and not phrase.isascii():
        return re.escape(phrase)
    return phrase_regex(phrase)


@cache
def _marks() -> _Marks:
    cur = lexicon().currencies
    named = [p for marks in cur.codes.values() for p in marks]
    every = _alternation([*named, *cur.krone, *cur.yen_yuan])
    mult = _alternation([w for m in cur.multipliers for w in m.words])
    money = re.compile(
        rf"(?<![\w.,])(?:(?P<cb>{every})\s*(?P<n1>{_NUMBER})(?:\s*(?P<m1>{mult}))?{_TRAIL}"
        rf"|(?P<n2>{_NUMBER})(?:\s*(?P<m2>{mult}))?(?P<dash>\s*,-)?\s*(?P<ca>{every})"
        rf"|(?P<n3>{_NUMBER})\s*(?P<m3>{mult})"
        rf"|(?P<n4>{_NUMBER})(?P<dash4>\s*,-))",
        re.IGNORECASE,
    )
    bare = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUMBER}){_TRAIL}(?![\w/]|[.,]\d)")
    return _Marks(
        money=money,
        bare=bare,
        named=[
            (re.compile(_mark_regex(p), re.IGNORECASE), code) for code, ps in cur.codes.items() for p in ps
        ],
        krone=re.compile(_alternation(cur.krone), re.IGNORECASE),
        yen_yuan=re.compile(_alternation(cur.yen_yuan), re.IGNORECASE),
        multipliers=[(re.compile(_alternation(m.words), re.IGNORECASE), m) for m in cur.multipliers],
        anywhere=re.compile(_alternation(named), re.IGNORECASE),
    )


@lru_cache(maxsize=4096)
def currency_of_mark(mark: str) -> tuple[str | None, tuple[str, ...]]:
    """(currency, maybe) for a mark as matched: ("EUR", ()) for "€", (None, KRONER) for "kr". Cached: a mark is
    tried against every currency's pattern, and a document writes the same few marks again and again."""
    marks = _marks()
    for rx, code in marks.named:
        if rx.fullmatch(mark):
            return code, ()
    if marks.krone.fullmatch(mark):
        return None, KRONER
    if marks.yen_yuan.fullmatch(mark):
        return None, YEN_YUAN
    return None, ()


@lru_cache(maxsize=256)
def _multiplier_of(word: str) -> Multiplier:
    return next(mu for rx, mu in _marks().multipliers if rx.fullmatch(word))


def find_money(text: str) -> list[Money]:
    """Amounts with a currency mark (or an Indian multiplier word, which implies INR)."""
    return list(iter_money(text))


def iter_money(text: str) -> Iterator[Money]:
    """The amounts of :func:`find_money` one by one, for a caller that needs only the first few."""
    marks = _marks()
    for m in marks.money.finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        amount = parse_number(raw)
        if amount is None or _PERCENT_NEXT.match(text, m.end()):
            continue
        currency: str | None = None
        maybe: tuple[str, ...] = ()
        mark = m.group("cb") or m.group("ca")
        if mark:
            currency, maybe = currency_of_mark(mark)
        elif m.group("dash") or m.group("dash4"):
            maybe = KRONER  # "650 000,-": a krone amount, as Norwegian, Danish and Swedish write it
        period = None
        word = m.group("m1") or m.group("m2") or m.group("m3")
        if word:
            multiplier = _multiplier_of(word)
            amount *= multiplier.factor
            period = multiplier.period
            if currency is None and not maybe:
                currency = multiplier.implies
        yield Money(
            amount=amount, currency=currency, start=m.start(), end=m.end(), maybe=maybe, period=period
        )


def find_bare_numbers(text: str) -> list[Money]:
    """Numbers without a currency mark, for values right after a salary label ("Årslønn: 650000")."""
    out = []
    for m in _marks().bare.finditer(text):
        amount = parse_number(m.group("n"))
        if amount is not None and not _PERCENT_NEXT.match(text, m.end()):
            out.append(Money(amount=amount, currency=None, start=m.start(), end=m.end()))
    return out


def mark_in(text: str) -> Money | None:
    """The first currency mark in a text that holds no amount of its own (a table header: "Annual (Rs.)")."""
    marks = _marks()
    hits = [m for rx in (marks.anywhere, marks.krone, marks.yen_yuan) if (m := rx.search(text))]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    currency, maybe = currency_of_mark(first.group(0))
    return Money(amount=0.0, currency=currency, start=first.start(), end=first.end(), maybe=maybe)


def currencies_named(text: str) -> set[str]:
    """Every currency a text names by a mark of its own (ISO code, symbol or name), amounts or not."""
    marks = _marks()
    found = set()
    for m in marks.anywhere.finditer(text):
        code, _ = currency_of_mark(m.group(0))
        if code:
            found.add(code)
    return found


NORWEGIAN = ("nb", "nn")
_KRONE_OF_LANGUAGE = {"nb": "NOK", "nn": "NOK", "sv": "SEK", "da": "DKK"}


@dataclass(frozen=True)
class DocumentCurrency:
    """What the document tells about currency, for amounts whose own mark does not."""

    language: str
    krone: str | None
    """What "kr" / ",-" mean in this document, or None when it does not say."""
    yen_yuan: str | None
    bare: str | None
    """The currency of an amount with no mark at all: NOK in a Norwegian-language document only."""

    def decide(self, money: Money) -> str | None:
        if money.currency is not None:
            return money.currency
        if money.maybe == KRONER:
            return self.krone
        if money.maybe == YEN_YUAN:
            return self.yen_yuan
        return self.bare


_NORWEGIAN_ORG = re.compile(
    r"(?:org(?:anis[a-z]*)?\.?\s*(?:nr|no|nummer|number)\.?|foretaksregisteret|enhetsregisteret)[\s.:#]*"
    r"(?:NO\s?)?(\d{3})[ .]?(\d{3})[ .]?(\d{3})(?!\d)",
    re.IGNORECASE,
)


def _norwegian_org_number(text: str) -> bool:
    from stdnum.no import orgnr

    return any(orgnr.is_valid("".join(m.groups())) for m in _NORWEGIAN_ORG.finditer(text))


def document_currency(language: str, text: str) -> DocumentCurrency:
    """Decide the ambiguous marks for a whole document.

    "kr" / ",-": NOK in bokmål or nynorsk, SEK in Swedish, DKK in Danish. In any other language (English,
    German, other) NOK only where the document is otherwise clearly Norwegian: it names NOK itself, or states a
    valid Norwegian organisation number after its label; and it names no other krone (SEK, DKK). Else unknown.
    A place name ("Norway", "Oslo") is not enough: a Swedish or Danish employer may post staff to Norway.
    "¥": CNY where the document names RMB/CNY/yuan and not JPY/yen, JPY the other way round, else unknown.
    """
    named = currencies_named(text)
    krone = _KRONE_OF_LANGUAGE.get(language)
    if krone is None and not named & {"SEK", "DKK"} and ("NOK" in named or _norwegian_org_number(text)):
        krone = "NOK"
    yen_yuan = None
    if "CNY" in named and "JPY" not in named:
        yen_yuan = "CNY"
    elif "JPY" in named and "CNY" not in named:
        yen_yuan = "JPY"
    return DocumentCurrency(
        language=language, krone=krone, yen_yuan=yen_yuan, bare="NOK" if language in NORWEGIAN else None
    )
