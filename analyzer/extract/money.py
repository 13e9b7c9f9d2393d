"""Money amounts as Norwegian and English contracts write them.

The decimal separator is decided from the shape of the number, never by guess alone: a separator followed by
exactly three digits groups thousands ("650.000", "650,000"); one followed by one or two digits is a decimal
("54 166,67", "265.50"); where both appear, the last one is the decimal ("650,000.00", "1.234,50").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CURRENCIES = {
    "nok": "NOK", "kr": "NOK", "kr.": "NOK", "kroner": "NOK", "krone": "NOK", ",-": "NOK", "norske kroner": "NOK",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR",
    "usd": "USD", "$": "USD", "us$": "USD", "dollars": "USD",
    "sek": "SEK", "dkk": "DKK", "gbp": "GBP", "£": "GBP", "chf": "CHF", "pln": "PLN",
}  # fmt: skip

_NUMBER = r"\d{1,3}(?:[ .,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_TRAIL = r"(?:\s*,-|\s*,–|\s*\.-|,00)?"
_CUR_BEFORE = r"(?P<cb>norske kroner|nok|kr\.?|eur|€|usd|us\$|\$|sek|dkk|gbp|£|chf|pln)"
_CUR_AFTER = r"(?P<ca>norske kroner|kroner|krone|nok|kr\.?|eur|euros?|€|usd|dollars|sek|dkk|gbp|£|chf|pln)"

MONEY = re.compile(
    rf"(?<![\w.,])(?:{_CUR_BEFORE}\s*(?P<n1>{_NUMBER}){_TRAIL}"
    rf"|(?P<n2>{_NUMBER})(?P<dash>\s*,-)?\s*{_CUR_AFTER}(?![\w])"
    rf"|(?P<n3>{_NUMBER})(?P<dash3>\s*,-))",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUMBER}){_TRAIL}(?![\w/]|[.,]\d)")


_ASCII_DIGITS = set("0123456789")


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str | None
    start: int
    end: int


def parse_number(text: str) -> float | None:
    """'650 000' -> 650000.0, '54 166,67' -> 54166.67, '650,000.00' -> 650000.0, '3.350' -> 3350.0."""
    s = text.strip().replace("’", "'").rstrip("-").rstrip(",.–")
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
    if len(groups) > 1 and any(len(g) != 3 for g in groups[1:]):
        return None  # "12 34" is two numbers, not one
    digits = "".join(groups)
    # ASCII digits only: str.isdigit() also accepts "²", which float() rejects.
    if not digits or set(digits) - _ASCII_DIGITS or (fraction and set(fraction) - _ASCII_DIGITS):
        return None
    return float(f"{digits}.{fraction}" if fraction else digits)


def find_money(text: str) -> list[Money]:
    out: list[Money] = []
    for m in MONEY.finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3")
        amount = parse_number(raw)
        if amount is None:
            continue
        cur_word = (m.group("cb") or m.group("ca") or "").lower()
        currency = CURRENCIES.get(cur_word) or ("NOK" if m.group("dash3") or m.group("dash") else None)
        out.append(Money(amount=amount, currency=currency, start=m.start(), end=m.end()))
    return out


def find_bare_numbers(text: str) -> list[Money]:
    """Numbers without a currency mark, for values right after a salary label ("Årslønn: 650000")."""
    out = []
    for m in BARE_NUMBER.finditer(text):
        amount = parse_number(m.group("n"))
        if amount is not None:
            out.append(Money(amount=amount, currency=None, start=m.start(), end=m.end()))
    return out
