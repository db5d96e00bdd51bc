"""The values of numbers as matched: cached parsing, fractions and shares (百分之五, 三分之一), money's
角 and 分, and the two ends of a range (3-5万 lends the upper end's scale to the lower).

>>> _share("百", "五"), _share("千", "二")
((Decimal('5'), '%'), (Decimal('2'), '‰'))
>>> _read_range("3", None, "5", "万", Decimal(3))
(Decimal('30000'), Decimal('50000'))
"""
from __future__ import annotations

from decimal import Decimal
from typing import Final

import regex

from ..memo import remember
from ..lexicon import LEXICON
from ..numerals import MAX_NUMERAL_CHARS, parse_decimal, read_folded


_HALF: Final = Decimal(50)
_CENTS: Final = Decimal("0.01")
_TEN: Final = Decimal(10)
_ONE: Final = Decimal(1)
_POINT_FIVE: Final = Decimal("0.5")


def _share(denominator_text: str, number_text: str) -> tuple[Decimal | None, str]:
    """百分之五 → (5, %); 千分之二 → (2, ‰); 万分之三 → (0.03, %); 三分之一 → (0.333…, "") (which _read
    gives as a share, 33.33 % approx, where no unit follows)."""
    value = _value(number_text)
    if denominator_text[:1] in "一壹" and _only_scales(denominator_text[1:]):
        denominator_text = denominator_text[1:]      # 一百分之二 is 百分之二
    denominator = _value(denominator_text if _has_digit(denominator_text) else "一" + denominator_text)
    if value is None or not denominator:
        return None, ""
    if _has_digit(denominator_text):
        return value / denominator, ""
    if denominator == 100:
        return value, "%"
    if denominator == 1000:
        return value, "‰"
    return value * 100 / denominator, "%"


def _only_scales(text: str) -> bool:
    return bool(text) and all(char in LEXICON.scales for char in text)


def _has_digit(text: str) -> bool:
    return any(char.isdigit() or char in LEXICON.digits for char in text)


def _cents(jiao: str | None, fen: str | None) -> Decimal:
    """壹角 and 伍分 after 元: tenths and hundredths of the amount."""
    total = Decimal(0)
    tenths = _value(jiao) if jiao else None
    if tenths:                         # 〇角 and 零分 read as Decimal 0: nothing to add
        total += tenths / _TEN
    hundredths = _value(fen) if fen else None
    if hundredths:
        total += hundredths / 100
    return total


def _value(number_text: str) -> Decimal | None:
    """parse_decimal on text already folded, remembered: reports repeat their numbers. A text longer than
    any number (numerals.MAX_NUMERAL_CHARS) is none, and is not kept: the caches hold short keys only.
    read_folded also says None for a value too large to be a statistic."""
    return _read_value(number_text) if len(number_text) <= MAX_NUMERAL_CHARS else None


_READ_VALUE_MEMO: Final[dict[str, Decimal | None]] = {}  # _read_value's memo (memo.py)


def _read_value(number_text: str) -> Decimal | None:
    """read_folded, kept."""
    if number_text in _READ_VALUE_MEMO:
        return _READ_VALUE_MEMO[number_text]
    return remember(_READ_VALUE_MEMO, number_text, read_folded(number_text), 65536)


def _float_value(number_text: str) -> float | None:
    """_value as a float (a Decimal converts through its text: remembered too)."""
    return _read_float(number_text) if len(number_text) <= MAX_NUMERAL_CHARS else None


_READ_FLOAT_MEMO: Final[dict[str, float | None]] = {}  # _read_float's memo (memo.py)


def _read_float(number_text: str) -> float | None:
    if number_text in _READ_FLOAT_MEMO:
        return _READ_FLOAT_MEMO[number_text]
    return remember(_READ_FLOAT_MEMO, number_text, _read_float_read(number_text), 65536)


def _read_float_read(number_text: str) -> float | None:
    """_read_float, read (its memo keeps what it gives)."""
    value = _value(number_text)
    return None if value is None else float(value)


_SHAPE_MEMO: Final[dict[str, tuple[bool, bool]]] = {}  # _shape's memo (memo.py)


def _shape(number_text: str) -> tuple[bool, bool]:
    """(written without Arabic digits, holds 万 or 亿) for one number as written."""
    found = _SHAPE_MEMO.get(number_text)
    return found if found is not None else remember(_SHAPE_MEMO, number_text, _shape_read(number_text), 65536)


def _shape_read(number_text: str) -> tuple[bool, bool]:
    """_shape, read (its memo keeps what it gives)."""
    return _ARABIC_DIGIT.search(number_text) is None, _MYRIAD.search(number_text) is not None


def clear_caches() -> None:
    """Forget the numbers read so far (for benchmarks; the caches only hold pure functions)."""
    for memo in (_READ_VALUE_MEMO, _READ_FLOAT_MEMO, _SHAPE_MEMO, _IS_BARE_SCALE_MEMO):
        memo.clear()


_ARABIC_DIGIT: Final = regex.compile(r"\d")
_MYRIAD: Final = regex.compile("[万亿]")


_IS_BARE_SCALE_MEMO: Final[dict[str, bool]] = {}  # _is_bare_scale's memo (memo.py)


def _is_bare_scale(number_text: str) -> bool:
    """万, 千 alone are not numbers (万元地区生产总值, 千校万企); 千亿, 百万 and 十 are."""
    found = _IS_BARE_SCALE_MEMO.get(number_text)
    return found if found is not None else remember(_IS_BARE_SCALE_MEMO, number_text, _is_bare_scale_read(number_text), 65536)


def _is_bare_scale_read(number_text: str) -> bool:
    """_is_bare_scale, read (its memo keeps what it gives)."""
    has_digit = any(char.isdigit() or char in LEXICON.digits for char in number_text)
    return not has_digit and len(number_text) < 2 and LEXICON.scales[number_text] >= 100


def _read_range(number: str, scale: str | None, number_max: str, scale_max: str | None,
                low: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """3万至5万 keeps both scales; 3-5万, 十八至三十万 and 八到九百亿 lend the upper end's scale to the lower."""
    high = _value(number_max + scale_max if scale_max else number_max)
    if high is None:
        return None, None
    if not scale and not _MYRIAD.search(number):
        low = _lend_scale(number, low, number_max, scale_max or "", high)
    if low is None or low > high:
        return None, None
    return low, high


_TRAILING_MYRIADS: Final = regex.compile("[万亿兆kK]+$")


def _lend_scale(low_text: str, low: Decimal, high_text: str, high_scale: str, high: Decimal) -> Decimal:
    multiplier = None
    if high_scale:
        multiplier = parse_decimal("1" + high_scale)
    elif len(low_text) == 1 and low_text in LEXICON.digits and len(high_text) >= 2 \
            and high_text[0] in LEXICON.digits and not _has_digit(high_text[1:]):
        multiplier = parse_decimal("一" + high_text[1:])     # 八到九百亿: 八百亿 to 九百亿
    else:
        trailing = _TRAILING_MYRIADS.search(high_text)
        if trailing and trailing.start() > 0:
            multiplier = parse_decimal("1" + trailing.group())   # 十八至三十万: 十八万 to 三十万; 10~15k
    if multiplier is not None and low * multiplier <= high:
        return low * multiplier
    return low     # 从8500到3万: the lower end already stands in the unit
