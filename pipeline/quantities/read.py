"""Read one match of the full pattern (`QUANTITY`) as a `Quantity`: fractions and shares, halves,
pairs of digits (两三个), numbers with scale, range, tenths (三成, 八折), money tails, sign and bound.

>>> from .patterns import QUANTITY
>>> q = _read(QUANTITY.match("超过三成"), "超过三成", "超过三成")
>>> q.text, q.value, q.unit, q.bound
('超过三成', 30.0, '%', 'gt')
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ..lexicon import LEXICON
from .quantity import Quantity, _quantity
from .patterns import BEFORE_SCALE, BEFORE_SCALE_GE, QUANTITY, _DIGIT_OR_POINT, _NOT_UNIT_FIRSTS, _NOT_UNIT_WORDS
from .values import (
    _CENTS, _HALF, _ONE, _POINT_FIVE, _TEN, _cents, _is_bare_scale, _only_scales, _read_range, _shape,
    _share, _value)


_GROUP: Final = {name: index - 1 for name, index in QUANTITY.groupindex.items()}
(_G_BEFORE, _G_SIGN, _G_VAGUE, _G_DENOMINATOR, _G_NUMERATOR, _G_FRACTION_UNIT, _G_HALF, _G_HALF_UNIT,
 _G_UNIT_AFTER_HALF, _G_PAIR, _G_PAIR_SCALE, _G_PAIR_UNIT, _G_NUMBER,
 _G_APPROX, _G_SCALE, _G_UNIT_FIRST, _G_UNIT_LOW, _G_NUMBER_MAX, _G_SCALE_MAX, _G_APPROX_AFTER, _G_UNIT,
 _G_UNIT_HALF, _G_MONEY_TAIL, _G_FEN_BARE, _G_JIAO_BARE, _G_JIAO, _G_FEN, _G_APPROX_UNIT, _G_AFTER) = (
    _GROUP[name] for name in (
        "before", "sign", "vague", "denominator", "numerator", "fraction_unit", "half", "half_unit",
        "unit_after_half", "pair", "pair_scale", "pair_unit", "number",
        "approx", "scale", "unit_first", "unit_low", "number_max", "scale_max", "approx_after", "unit",
        "unit_half", "money_tail", "fen_bare", "jiao_bare", "jiao", "fen", "approx_unit", "after"))
_G_PER: Final = _GROUP["per"]
_G_POINTS: Final = _GROUP["points"]
_G_SLASH: Final = _GROUP["slash"]
_G_WHOLE: Final = _GROUP["whole"]
_MYRIADS: Final = ("万", "亿")
_CLAUSE_ENDS: Final = frozenset(LEXICON.grammar.get("goes_on", ()))


_COUNTERS: Final = sorted(set(LEXICON.grammar.get("counter", ("个",))) | {
    unit for unit in LEXICON.units if len(unit) == 1 and unit not in LEXICON.time_units and "\u4e00" <= unit <= "\u9fff"})
_COUNTED: Final = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:%s)" % "|".join(map(re.escape, _COUNTERS)))


def _ends_clause(folded: str, start: int, end: int) -> bool:
    """Whether a figure with no measure word ends its clause and counts nothing before it: 「常住人口过亿，」 states a
    figure; 「过亿的影片」 and 「5部票房过亿，」 (the films counted are the figure) do not.

    >>> _ends_clause("全省常住人口过亿。", 6, 8), _ends_clause("共有5部票房过亿，其中", 6, 8), _ends_clause("过亿的影片", 0, 2)
    (True, False, False)
    """
    if end < len(folded) and folded[end] not in _CLAUSE_ENDS:
        return False
    clause_start = max((folded.rfind(mark, 0, start) for mark in "，。；,;"), default=-1) + 1
    return _COUNTED.search(folded, clause_start, start) is None


def _read(match, folded: str, original: str, to_original=None) -> Quantity | None:
    groups = match.groups()
    start, end = match.span()
    before = groups[_G_BEFORE]
    if start and not before and folded[start - 1] in _DIGIT_OR_POINT:
        return None     # the tail of a longer number the pattern could not take whole
    bound = (LEXICON.bounds_before[before] if before in LEXICON.bounds_before else "ge" if before in BEFORE_SCALE_GE
             else "gt") if before else "eq"  # 过亿: more than; 上万: as many as
    value_max = None
    unit = groups[_G_UNIT] or groups[_G_UNIT_LOW] or ""
    if unit[:1] in _NOT_UNIT_FIRSTS and folded.startswith(_NOT_UNIT_WORDS, match.start(_G_UNIT + 1)) \
            and groups[_G_UNIT]:
        # 千亿台阶, 零部件: the word takes the unit's character; the figure ends before it
        end = match.start(_G_UNIT + 1)
        unit = ""
        groups = groups[:_G_UNIT] + (None,) * (len(groups) - _G_UNIT)
    elif groups[_G_PER]:
        unit += groups[_G_PER]       # 人/百亿元, 次/秒
    if groups[_G_POINTS]:
        unit = "个" + groups[_G_POINTS]   # 2个多百分点: more than 2 个百分点
    scale = groups[_G_SCALE]
    scaled = bool(scale)
    number_max = groups[_G_NUMBER_MAX]
    if groups[_G_DENOMINATOR]:
        number_text = groups[_G_NUMERATOR]
        value, unit = _share(groups[_G_DENOMINATOR], number_text)
        if groups[_G_WHOLE]:      # 三百五又三分之一: a whole number and a fraction, no share
            whole = _value(groups[_G_WHOLE])
            if whole is None or value is None:
                return None
            value, unit = whole + value / {"%": 100, "‰": 1000}.get(unit, 1), ""
        if not unit and not groups[_G_FRACTION_UNIT] and value is not None and value <= 1:
            # 三分之一 with no unit is a share: 33.33 %, approx where the rounding drops digits
            value, unit = value * 100, "%"
            if value >= 1 and value != value.quantize(_CENTS):
                value, bound = value.quantize(_CENTS), ("approx" if bound == "eq" else bound)
        unit = unit or groups[_G_FRACTION_UNIT] or ""
    elif groups[_G_SLASH]:
        number_text = groups[_G_SLASH]
        numerator, _, denominator = number_text.partition("/")
        if not int(denominator) or int(numerator) > int(denominator):
            return None
        value, unit = Decimal(numerator) * 100 / Decimal(denominator), "%"
        if value != value.quantize(_CENTS):
            value, bound = value.quantize(_CENTS), ("approx" if bound == "eq" else bound)
    elif groups[_G_HALF_UNIT]:
        # 半小时, 半公升: half of one unit; the unit itself is matched by the next search
        number_text = "半"
        value, unit = _POINT_FIVE, groups[_G_UNIT_AFTER_HALF]
        end = match.end(_G_UNIT_AFTER_HALF + 1)
    elif groups[_G_HALF]:
        number_text = groups[_G_HALF]
        value = _HALF
        unit = "%"
    elif groups[_G_PAIR]:
        number_text = groups[_G_PAIR]
        pair_scale = groups[_G_PAIR_SCALE] or ""
        value, value_max = _value(number_text[0] + pair_scale), _value(number_text[1] + pair_scale)
        if value is None or value_max is None:
            return None
        unit, bound, scaled = groups[_G_PAIR_UNIT] or "", "approx", bool(pair_scale)
    else:
        number_text = groups[_G_NUMBER]
        if number_text.endswith("点"):
            return None
        if _is_bare_scale(number_text):
            # 超千场, 近百场, 逾万人: a bound word and a measure word make the scale alone a round count
            # (one 千); without them 千校万企, 万元地区生产总值 stay words, and 近百年 stays a time
            # (with no measure word, a bound and 亿 or 万 ending the clause: 人口过亿, 票房破亿; 过亿的影片 names films)
            if not (before and groups[_G_UNIT] and groups[_G_UNIT] not in LEXICON.time_units) \
                    and not (before and not groups[_G_UNIT] and number_text in _MYRIADS and _ends_clause(folded, start, end)):
                return None
            number_text = "一" + number_text
        if before in BEFORE_SCALE and not unit and not _ends_clause(folded, start, end):
            return None  # 「4个过千亿新兴产业」: 过千亿 sorts what follows; it states a figure only ending a clause
        value = _value(number_text + scale if scale else number_text)
        if value is None and before and _only_scales(number_text):
            value = _value("一" + number_text + (scale or ""))    # 突破万亿元: 万亿 alone is one 万亿
        if value is None:
            return None
        if number_max:
            value, value_max = _read_range(number_text, scale, number_max, groups[_G_SCALE_MAX], value)
            if value is None:
                return None
            scaled = scaled or bool(groups[_G_SCALE_MAX])
        if groups[_G_UNIT_FIRST] and not unit:
            unit = groups[_G_UNIT_FIRST]
        if unit == "折" and value == _TEN:
            return None              # 十折 is no discount
        if unit == "成" or unit == "折":
            # 三成 = 30%; 八折 = 80% but 75折 = 75% (two digits already give the percentage)
            factor = _TEN if unit == "成" or value < _TEN else _ONE
            value, unit = value * factor, "%"
            value_max = None if value_max is None else value_max * factor
            if groups[_G_UNIT_HALF]:  # 三成半 = 35%; 二成五 = 25%
                value += 5 if groups[_G_UNIT_HALF] == "半" else (_value(groups[_G_UNIT_HALF]) or 0)
        elif groups[_G_UNIT_HALF]:
            value += _POINT_FIVE     # 一吨半 = 1.5 吨
        if groups[_G_MONEY_TAIL]:
            value += _cents(groups[_G_JIAO] or groups[_G_JIAO_BARE], groups[_G_FEN] or groups[_G_FEN_BARE])
        if unit == "圆":
            unit = "元"
    if value is None:
        return None
    if groups[_G_SIGN] and groups[_G_SIGN] != "+":
        value = -value
    if groups[_G_APPROX] == "来":
        bound = "approx" if bound == "eq" else bound   # 十来万人, 二十来岁: about the figure written
    elif groups[_G_APPROX] or groups[_G_APPROX_AFTER] or groups[_G_APPROX_UNIT] or groups[_G_VAGUE]:
        bound = "gt"      # 200多亿, 500余万, 数十亿: more than the figure written
    if groups[_G_AFTER]:
        bound = LEXICON.bounds_after[groups[_G_AFTER]]
    chinese, scaled_number = _shape(number_text)
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    return _quantity({
        "text": original[start:end], "start": start, "end": end, "value": float(value),
        "value_max": None if value_max is None else float(value_max), "unit": unit, "bound": bound,
        "kind": "statistic", "number_text": number_text, "chinese": chinese,
        "scaled": bool(scaled or scaled_number or (number_max is not None and _shape(number_max)[1])),
        "ratio": False})
