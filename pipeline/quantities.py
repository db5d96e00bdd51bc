"""Find quantities in text: number, scale, unit, bound and range, with offsets.

>>> [(q.text, q.value, q.unit, q.bound) for q in find_quantities("归集数据200多亿条")]
[('200多亿条', 20000000000.0, '条', 'gt')]
>>> [(q.text, q.value, q.value_max, q.unit) for q in find_quantities("3万至5万人")]
[('3万至5万人', 30000.0, 50000.0, '人')]

Every quantity is returned, with `kind` saying what it is: "statistic" for what the facts table
holds, otherwise date, period, ordinal, name or other (see `classify`). Matching runs on a folded
copy of the text (full-width to ASCII, traditional to simplified) of the same length, so offsets
and `text` refer to the string given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal

import regex

from .lexicon import LEXICON
from .numerals import parse_decimal, read_folded
from .script import fold_script, fold_width


@dataclass(frozen=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    bound: str
    kind: str = "statistic"
    # What the engine saw, for the later stages; not part of the public comparison.
    number_text: str = field(default="", compare=False, repr=False)
    chinese: bool = field(default=False, compare=False, repr=False)
    scaled: bool = field(default=False, compare=False, repr=False)

    def with_kind(self, kind: str) -> "Quantity":
        """A copy with another kind (as dataclasses.replace, without its cost per call)."""
        copy = object.__new__(Quantity)
        copy.__dict__.update(self.__dict__)
        copy.__dict__["kind"] = kind
        return copy


def _alternation(words) -> str:
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


_CHINESE_DIGITS = "".join(sorted(LEXICON.digits))
# A scale character directly before a unit that starts with it (万千瓦, 5千米) belongs to the unit.
_UNIT_TAILS = "瓦米克吨伏卡帕赫"
_SCALE_CHAR = rf"[{''.join(sorted(LEXICON.scales))}](?![{_UNIT_TAILS}])"
_ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE_CHAR = rf"(?:[{_CHINESE_DIGITS}]|{_SCALE_CHAR})"
_CHINESE = rf"{_CHINESE_CHAR}(?:{_CHINESE_CHAR}|点(?=[{_CHINESE_DIGITS}]))*"
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
_SCALE = rf"(?:{_SCALE_CHAR})+"
_RANGE_SEPARATOR = r"至|到|~|～|-|—|–|－|—"
_UNITS = _alternation(LEXICON.units + list(LEXICON.time_units))
_BEFORE = _alternation(LEXICON.bounds_before)
_AFTER = _alternation(w for w in LEXICON.bounds_after if w not in ("多", "余"))
# 成 counts tenths (三成 = 30%) only after a single Chinese digit and not as part of a word.
_TENTHS = r"(?<=[一二两三四五六七八九半])成(?![员果效本都为立功交长熟绩型就品色批套片])"

QUANTITY = regex.compile(
    rf"""
    (?P<before>{_BEFORE})?
    (?:
        (?P<percent_word>百分之)(?P<percent_number>{_NUMBER})
      | (?P<half>一半|半数)
      | (?P<number>{_NUMBER})
        (?P<approx>[多余])?
        (?P<scale>{_SCALE})?
        (?:
            (?P<unit_first>%|个百分点)?
            (?P<separator>{_RANGE_SEPARATOR})
            (?P<number_max>{_NUMBER})
            (?P<scale_max>{_SCALE})?
        )?
        (?P<approx_after>[多余])?
        (?P<unit>{_TENTHS}|{_UNITS})?
        (?P<approx_unit>多)?
    )
    (?P<after>{_AFTER})?
    """,
    regex.VERBOSE,
)
_DIGIT_OR_POINT = frozenset("0123456789.")


def find_quantities(text: str) -> list["Quantity"]:
    """All quantities in `text`, classified, in order of position.

    >>> [(q.text, q.kind) for q in find_quantities("2025年城镇新增就业64.1万人")]
    [('2025年', 'date'), ('64.1万人', 'statistic')]
    """
    from .classify import classify_quantities

    folded = fold_script(fold_width(text))
    return classify_quantities(folded, text, scan_quantities(folded, text))


def scan_quantities(folded: str, original: str | None = None) -> list[Quantity]:
    """Quantities as matched, before classification (kind left as "statistic")."""
    original = folded if original is None else original
    found = []
    for match in QUANTITY.finditer(folded):
        quantity = _read(match, folded, original)
        if quantity is not None:
            found.append(quantity)
    return found


_GROUP = {name: index - 1 for name, index in QUANTITY.groupindex.items()}
(_G_BEFORE, _G_PERCENT_WORD, _G_PERCENT_NUMBER, _G_HALF, _G_NUMBER, _G_APPROX, _G_SCALE, _G_UNIT_FIRST,
 _G_NUMBER_MAX, _G_SCALE_MAX, _G_APPROX_AFTER, _G_UNIT, _G_APPROX_UNIT, _G_AFTER) = (
    _GROUP[name] for name in ("before", "percent_word", "percent_number", "half", "number", "approx", "scale",
                              "unit_first", "number_max", "scale_max", "approx_after", "unit", "approx_unit",
                              "after"))
_HALF = Decimal(50)
_TEN = Decimal(10)


def _read(match, folded: str, original: str) -> Quantity | None:
    groups = match.groups()
    start, end = match.span()
    before = groups[_G_BEFORE]
    if start and not before and folded[start - 1] in _DIGIT_OR_POINT:
        return None     # the tail of a longer number the pattern could not take whole
    bound = LEXICON.bounds_before[before] if before else "eq"
    value_max = None
    unit = groups[_G_UNIT] or ""
    scale = groups[_G_SCALE]
    scaled = bool(scale)
    number_max = groups[_G_NUMBER_MAX]
    if groups[_G_PERCENT_WORD]:
        number_text = groups[_G_PERCENT_NUMBER]
        value = _value(number_text)
        unit = "%"
    elif groups[_G_HALF]:
        number_text = groups[_G_HALF]
        value = _HALF
        unit = "%"
    else:
        number_text = groups[_G_NUMBER]
        if number_text.endswith("点") or _is_bare_scale(number_text):
            return None
        value = _value(number_text + scale if scale else number_text)
        if value is None:
            return None
        if number_max:
            value, value_max = _read_range(number_text, scale, number_max, groups[_G_SCALE_MAX], value)
            if value is None:
                return None
            scaled = scaled or bool(groups[_G_SCALE_MAX])
        if groups[_G_UNIT_FIRST] and not unit:
            unit = groups[_G_UNIT_FIRST]
        if unit == "成":
            value, unit = value * _TEN, "%"
            value_max = None if value_max is None else value_max * _TEN
    if value is None:
        return None
    if groups[_G_APPROX] or groups[_G_APPROX_AFTER] or groups[_G_APPROX_UNIT]:
        bound = "gt"
    if groups[_G_AFTER]:
        bound = LEXICON.bounds_after[groups[_G_AFTER]]
    chinese, scaled_number = _shape(number_text)
    return Quantity(
        original[start:end],
        start,
        end,
        float(value),
        None if value_max is None else float(value_max),
        unit,
        bound,
        "statistic",
        number_text,
        chinese,
        scaled or scaled_number or (number_max is not None and _shape(number_max)[1]),
    )


@lru_cache(maxsize=65536)
def _value(number_text: str) -> Decimal | None:
    """parse_decimal on text already folded, remembered: reports repeat their numbers."""
    return read_folded(number_text)


@lru_cache(maxsize=65536)
def _shape(number_text: str) -> tuple[bool, bool]:
    """(written without Arabic digits, holds 万 or 亿) for one number as written."""
    return _ARABIC_DIGIT.search(number_text) is None, _MYRIAD.search(number_text) is not None


def clear_caches() -> None:
    """Forget the numbers read so far (for benchmarks; the caches only hold pure functions)."""
    for cached in (_value, _shape, _is_bare_scale):
        cached.cache_clear()


_ARABIC_DIGIT = regex.compile(r"\d")
_MYRIAD = regex.compile("[万亿]")


@lru_cache(maxsize=65536)
def _is_bare_scale(number_text: str) -> bool:
    """万, 千 alone are not numbers (万元地区生产总值, 千校万企); 千亿, 百万 are."""
    has_digit = any(char.isdigit() or char in LEXICON.digits for char in number_text)
    return not has_digit and len(number_text) < 2


def _read_range(number: str, scale: str | None, number_max: str, scale_max: str | None,
                low: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """3万至5万 keeps both scales; 3-5万 and 八到九百亿 lend the upper end's scale to the lower."""
    high = _value(number_max + scale_max if scale_max else number_max)
    if high is None:
        return None, None
    if not scale:
        low = _lend_scale(number, low, number_max, scale_max or "")
    if low is None or low > high:
        return None, None
    return low, high


def _lend_scale(low_text: str, low: Decimal, high_text: str, high_scale: str) -> Decimal | None:
    if high_scale:
        multiplier = parse_decimal("1" + high_scale)
        return low * multiplier if multiplier is not None else low
    if any(char.isdigit() for char in low_text) or len(low_text) != 1:
        return low
    # 八到九百亿: the upper end is a leading digit followed by scales
    if len(high_text) >= 2 and high_text[0] in LEXICON.digits:
        multiplier = parse_decimal("一" + high_text[1:])
        if multiplier is not None:
            return low * multiplier
    return low
