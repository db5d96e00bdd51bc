"""Tell statistics from dates, periods, ordinals, names and other numbers.

>>> from pipeline.quantities import find_quantities
>>> [(q.text, q.kind) for q in find_quantities("共同弘扬正确二战史观，胜利80周年，第十一次来到俄罗斯")]
[('二', 'name'), ('80周年', 'period'), ('十一次', 'ordinal')]

The rules, in order: 第 before the number makes an ordinal; a numeral inside a fixed word
(二战, 一带一路, 十四五) or inside a quoted name (“促进青年就业35条”) is a name, as is one glued to
Latin letters (6G, PM2.5); a time unit makes a date or a period; a number with neither unit, scale
nor percent sign is "other"; a bare Chinese numeral with a measure word and no bound (三次会议,
一批) is "other", since reports write their counts in Arabic digits.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from .lexicon import LEXICON
from .quantities import Quantity

_FIXED_WORDS = regex.compile("|".join(regex.escape(word) for word in LEXICON.fixed_words))
_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"', "‘": "’"}
_QUOTED = regex.compile(r"“[^“”\n]{0,40}”|「[^「」\n]{0,40}」|『[^『』\n]{0,40}』|《[^《》\n]{0,60}》|\"[^\"\n]{0,40}\"")
_CJK = regex.compile(r"\p{Han}")
_PERCENT_LIKE = {"%", "‰", "个百分点", "百分点", "倍"}
_RANK_UNITS = {"位", "名", "强"}


def classify_quantities(folded: str, original: str, quantities: list[Quantity]) -> list[Quantity]:
    """Set `kind` on each quantity found in `folded` (offsets shared with `original`)."""
    if not quantities:
        return []
    fixed_spans = _Spans(match.span() for match in _FIXED_WORDS.finditer(folded))
    quoted_spans = _Spans(match.span() for match in _QUOTED.finditer(folded))
    return [quantity.with_kind(_kind(quantity, folded, fixed_spans, quoted_spans)) for quantity in quantities]


class _Spans(list):
    """Non-overlapping (start, end) spans in text order; `next_ending_after(i)`: the first ending after i."""

    def __init__(self, spans):
        super().__init__(spans)
        self.ends = [end for _start, end in self]

    def next_ending_after(self, position: int):
        index = bisect_right(self.ends, position)
        return self[index:index + 1]


def _kind(quantity: Quantity, folded: str, fixed_spans, quoted_spans) -> str:
    start, end = quantity.start, quantity.end
    number_start = folded.find(quantity.number_text, start, end) if quantity.number_text else start
    number_start = start if number_start < 0 else number_start
    before = folded[max(0, number_start - 1):number_start]
    if before == "第" or (start and folded[start - 1] == "第"):
        return "ordinal"
    if before == "前" and quantity.unit in _RANK_UNITS:
        return "ordinal"
    if quantity.unit in LEXICON.time_units:
        if quantity.unit == "年" and quantity.value < 1000:
            return "period"   # 10年: a span of years, not a year
        return LEXICON.time_units[quantity.unit]
    number_end = number_start + len(quantity.number_text)
    for span_start, span_end in fixed_spans.next_ending_after(number_start):
        if span_start < number_end and number_start < span_end:
            return "name"
    if _glued_to_latin(folded, number_start, end, quantity):
        return "name"
    for span_start, span_end in quoted_spans.next_ending_after(end):
        if span_start < start and end < span_end:
            inside = folded[span_start + 1:span_end - 1]
            rest = inside.replace(folded[start:end], "", 1)
            if _CJK.search(rest):
                return "name"
    if end < len(folded) and folded[end] in ":：" and end + 1 < len(folded) and folded[end + 1].isdigit():
        return "other"   # clock times 9:00
    if not quantity.unit and not quantity.scaled:
        return "other"
    if quantity.chinese and not quantity.scaled and quantity.bound == "eq" and quantity.unit not in _PERCENT_LIKE:
        if quantity.unit != "%":
            return "other"
    return "statistic"


def _glued_to_latin(folded: str, number_start: int, end: int, quantity: Quantity) -> bool:
    before = folded[number_start - 1] if number_start else ""
    after = folded[end] if end < len(folded) else ""
    if before.isascii() and before.isalpha():
        return True
    if not quantity.unit and after.isascii() and (after.isalpha() or after == "."):
        return True
    return False
