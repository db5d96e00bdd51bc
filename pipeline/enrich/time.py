"""The time a figure belongs to: `year`, `period_start`, `period_end`, `period_kind`.

A period as written (facts.period) is read against the document's date:

>>> from datetime import date
>>> report = date(2026, 1, 25)                    # a government work report, 2026-01-25
>>> resolve_period("过去一年", report)
Span(year=2025, start=datetime.date(2025, 1, 1), end=datetime.date(2025, 12, 31), kind='year')
>>> resolve_period("今年", report).year, resolve_period("“十四五”时期", report)[1:]
(2026, (datetime.date(2021, 1, 1), datetime.date(2025, 12, 31), 'multi_year'))
>>> resolve_period("五年来", report)
Span(year=None, start=datetime.date(2021, 1, 1), end=datetime.date(2025, 12, 31), kind='multi_year')
>>> resolve_period("2021年前三季度", None)
Span(year=2021, start=datetime.date(2021, 1, 1), end=datetime.date(2021, 9, 30), kind='months')
>>> resolve_period("全年", report).year, resolve_period("全年", report, ahead=True).year
(2025, 2026)
>>> resolve_period("上年", report).year                   # the year before the one reviewed
2024
>>> resolve_period("107 年 3 月", None)                # Taiwan's years count from 1912
Span(year=2018, start=datetime.date(2018, 3, 1), end=datetime.date(2018, 3, 31), kind='month')
>>> resolve_period("一季度", date(2025, 5, 9))
Span(year=2025, start=datetime.date(2025, 1, 1), end=datetime.date(2025, 3, 31), kind='quarter')

Words relative to the date are in `pipeline/lexicon/relative_periods.tsv`; without a document
date they give None.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import _table
from ..numerals import parse_number
from ..script import fold


class Span(NamedTuple):
    year: int | None          # None for a span of several years
    start: date | None
    end: date | None
    kind: str | None          # year, quarter, months, month, multi_year


NONE = Span(None, None, None, None)
_ROC_OFFSET = 1911
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
_PLAN = re.compile(r"^十([一二三四五六七八九])五(时期|期间|以来|末|期末|规划期|规划时期)?$")
_YEAR = re.compile(r"^(\d{4})年(.*)$")
_YEARS = re.compile(rf"^(?:过去的?|近|这|最近|刚刚过去的)?({_NUM})(?:个)?年(?:来|以来|间|中)?$")
_MONTH = re.compile(r"^(\d{1,2})月(?:份)?(?:底|末|初|上旬|中旬|下旬)?$")
_MONTHS = re.compile(r"^(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月(?:份)?$")
# a month in Chinese numerals, alone or either end of a span of months (十一月, 一至七月, 2025年一至七月)
_CN_MONTH = re.compile(r"(?<![一二三四五六七八九十\d])(?:十[一二]|[一二三四五六七八九十])(?=月|\s*[-—–~至到]\s*(?:\d{1,2}|十[一二]|[一二三四五六七八九十])月)")
_FIRST_MONTHS = re.compile(rf"^[前首]({_NUM})个?月$")  # 首10个月: Hong Kong's 前10个月
_YEAR_WHOLE = {"", "底", "末", "初", "全年", "年底", "年末", "年初", "年内", "年度", "度", "全年度"}
_OPENERS = ("截至", "截止", "刚刚过去的", "过去的", "到", "至", "在", "于")


@lru_cache(maxsize=1)
def _relative() -> tuple[tuple[str, str, str], ...]:
    """(word, year rule, span) longest word first."""
    rows = [tuple(row) for row in _table("relative_periods.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = parse_number(text.replace("两", "二"))
    return int(value) if value is not None else None


def _year_span(year: int) -> Span:
    return Span(year, date(year, 1, 1), date(year, 12, 31), "year")


def _months(year: int, first: int, last: int, kind: str = "months") -> Span:
    if not (1 <= first <= last <= 12):
        return NONE
    return Span(year, date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), kind)


def _part(year: int, part: str) -> Span:
    """A part of `year` as relative_periods.tsv writes it (year, quarter:N, months:A-B) or as text."""
    if part == "year" or part in _YEAR_WHOLE:
        return _year_span(year)
    if part.startswith("quarter:"):
        quarter = int(part[8:])
        return _months(year, 3 * quarter - 2, 3 * quarter, "quarter")
    if part.startswith("months:"):
        first, last = part[7:].split("-")
        return _months(year, int(first), int(last))
    for word, rule, span in _relative():
        if rule == "context" and part == word:
            return _part(year, span)
    match = _MONTH.match(part)
    if match:
        return _months(year, int(match.group(1)), int(match.group(1)), "month")
    match = _MONTHS.match(part)
    if match:
        return _months(year, int(match.group(1)), int(match.group(2)))
    match = _FIRST_MONTHS.match(part)
    if match:
        last = _number(match.group(1))
        return _months(year, 1, last) if last else NONE
    return NONE


def reviewed_year(doc_date: date | None, doc_year: int | None) -> int | None:
    """The last year a document looks back on: the year before, in its first half-year.

    >>> reviewed_year(date(2026, 1, 25), 2026), reviewed_year(date(2025, 12, 20), 2025), reviewed_year(None, 2026)
    (2025, 2025, 2025)
    """
    if doc_year is None:
        return None
    if doc_date is not None and doc_date.month > 6:
        return doc_year
    return doc_year - 1


def _clean(period: str) -> str:
    text = period.translate(str.maketrans("", "", "“”\"「」 "))
    text = re.sub(r"[〇零一二三四五六七八九]{4}(?=年)", lambda m: m.group().translate(_CN_DIGITS), text)
    # months in Chinese numerals (十一月, 一至七月): in digits, as _MONTH and _MONTHS read them
    text = _CN_MONTH.sub(lambda m: str(_number(m.group()) or m.group()), text)
    # Taiwan counts years from 1912 (民国): 107年 is 2018
    text = re.sub(r"^(?:民国)?(\d{3})(?=年)", lambda m: str(int(m.group(1)) + _ROC_OFFSET), text)
    changed = True
    while changed:
        changed = False
        for opener in _OPENERS:
            if text.startswith(opener) and len(text) > len(opener):
                text, changed = text[len(opener):], True
    for ending in ("以来", "的", "期间"):
        if text.endswith(ending) and len(text) > len(ending) + 1 and not _PLAN.match(text):
            text = text[: -len(ending)]
    return text


@lru_cache(maxsize=65536)
def resolve_period(period: str | None, doc_date: date | None, doc_year: int | None = None,
                   ahead: bool = False) -> Span:
    """The span a period as written stands for; `ahead` when the passage sets targets (全年 → this year)."""
    if not period:
        return NONE
    period = fold(period)  # 「今年首10個月」: a period in traditional script reads as in simplified
    if doc_year is None and doc_date is not None:
        doc_year = doc_date.year
    parts = [p for p in re.split(r"[和及与、]", period) if p.strip()]
    if len(parts) > 1:  # 「2025年和“十四五”时期」: the single year is the passage's own
        spans = [resolve_period(p, doc_date, doc_year, ahead) for p in parts]
        yearly = [s for s in spans if s.year is not None]
        return yearly[0] if yearly else spans[0]
    text = _clean(period)
    reviewed = reviewed_year(doc_date, doc_year)
    plan = _PLAN.match(text)
    if plan:
        number = _number(plan.group(1)) + 10
        first = 1956 + 5 * (number - 1)     # 十一五 2006-2010 … 十五五 2026-2030
        if plan.group(2) in ("末", "期末"):
            return _year_span(first + 4)
        last = first + 4
        if plan.group(2) == "以来" and reviewed is not None:
            last = min(last, reviewed)
        return Span(None, date(first, 1, 1), date(last, 12, 31), "multi_year")
    match = _YEAR.match(text)
    if match:
        return _part(int(match.group(1)), match.group(2))
    for word, rule, span in _relative():
        if text.startswith(word) and rule == "context" and span != "year" and text == word:
            break  # 一季度, 上半年: a part of a year, read below as the latest one closed
        if text.startswith(word):
            year = _year_for(rule, doc_year, reviewed, ahead)
            if year is None:
                return NONE
            rest = text[len(word):]
            return _part(year, rest) if rest else _part(year, span)
    match = _YEARS.match(text)
    if match and reviewed is not None:
        count = _number(match.group(1))
        if count == 1:
            return _year_span(reviewed)
        if count and count > 1:
            return Span(None, date(reviewed - count + 1, 1, 1), date(reviewed, 12, 31), "multi_year")
    if doc_year is not None:  # 一季度, 10月份, 前10个月: the latest such span closed by the document's date
        year = doc_year
        span = _part(year, text)
        if span.kind is not None and not ahead and doc_date is not None and span.end > doc_date:
            span = _part(year - 1, text)
        return span
    return NONE


def _year_for(rule: str, current: int | None, reviewed: int | None, ahead: bool) -> int | None:
    if current is None:
        return None
    if rule == "reviewed":
        return reviewed
    if rule.startswith("context"):
        return (current if ahead else reviewed) + int(rule[7:] or 0)
    match = re.fullmatch(r"current([+-]\d+)?", rule)
    return current + int(match.group(1) or 0) if match else None
