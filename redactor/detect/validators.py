"""Validators (checksums and shape checks), registered by name for use in rules/detect.yaml."""
from __future__ import annotations

import re

from .registry import validator

_NONDIGIT = re.compile(r"\D")


@validator("elfproef")
def elfproef(s: str) -> bool:
    """BSN 11-check: 9 digits (8 with an implied leading zero), sum(d_i * w_i) % 11 == 0
    with weights 9..2 and -1 for the last digit."""
    d = _NONDIGIT.sub("", s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "0" * 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "LU": 20, "GB": 22, "ES": 24, "IT": 27, "AT": 20,
    "CH": 21, "DK": 18, "FI": 18, "IE": 22, "PL": 28, "PT": 25, "SE": 24, "NO": 15, "TR": 26,
    "MA": 28, "SR": 0,
}


@validator("iban")
def iban_mod97(s: str) -> bool:
    c = re.sub(r"[\s]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    n = IBAN_LENGTHS.get(c[:2])
    if n and len(c) != n:
        return False
    r = c[4:] + c[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


# Dutch licence plates, sidecodes 1-14 (X = letter, 9 = digit).
SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX",
             "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX",
             "9-XX-999", "999-XX-9"]
_PLATE_LETTERS = set("BDFGHJKLNPRSTVXZ")   # letters issued since sidecode 4 (no vowels, no C/M/Q/W/Y)


def plate_sidecode(s: str) -> int:
    """The sidecode (1-14) of a hyphenated Dutch plate, 0 if it fits none."""
    s = s.upper()
    shape = "".join("X" if ch.isalpha() else "9" if ch.isdigit() else "-" for ch in s)
    try:
        return SIDECODES.index(shape) + 1
    except ValueError:
        return 0


@validator("plate")
def plate_valid(s: str) -> bool:
    code = plate_sidecode(s)
    if not code:
        return False
    letters = [ch for ch in s.upper() if ch.isalpha()]
    if code >= 4 and any(ch not in _PLATE_LETTERS for ch in letters):
        return False
    return True


@validator("plate_shape")
def plate_shape(s: str) -> bool:
    """The shape of a sidecode, whatever the letters (for a plate with a context word)."""
    return plate_sidecode(s) != 0


@validator("postcode")
def postcode_valid(s: str) -> bool:
    m = re.fullmatch(r"([1-9]\d{3})\s?([A-Z]{2})", s.strip())
    return bool(m) and m.group(2) not in ("SA", "SD", "SS")


@validator("digits")
def has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


def normalise_phone(s: str) -> str:
    """Digits of a phone number in national form ("0612345678"), "" when not a phone number.
    Handles +31, 0031, "(0)", spaces, dots, hyphens and slashes."""
    t = s.strip()
    t = re.sub(r"\(0\)", "", t)
    d = _NONDIGIT.sub("", t)
    if t.startswith("+"):
        if not d.startswith("31"):
            return "+" + d
        d = "0" + d[2:]
    elif d.startswith("0031"):
        d = "0" + d[4:]
    return d


def phone_kind(d: str) -> str:
    """Classify national digits: 'mobile', 'landline', 'service' (0800/0900/14 0xx), 'foreign', ''."""
    if d.startswith("+"):
        return "foreign" if 9 <= len(d) <= 16 else ""
    if re.fullmatch(r"0(?:800|900|906|909)\d{4,7}", d):
        return "service"
    if re.fullmatch(r"140\d{2,3}", d) or d == "1400":
        return "service"
    if len(d) != 10 or not d.startswith("0") or d[1] == "0":
        return ""
    if d.startswith("06") and d[2] != "6":
        return "mobile"
    if d.startswith(("0800", "0900", "0906", "0909")):
        return "service"
    return "landline"
