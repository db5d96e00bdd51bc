"""The stage after attribution: facts rows of one document in, the same rows with the columns that
make them comparable across documents out.

>>> from datetime import date
>>> text = "一、2025年工作回顾\\n全市地区生产总值增长5.4%。\\n二、2026年重点工作\\n今年主要预期目标是：地区生产总值增长5%左右。"
>>> from pipeline.document import extract_text
>>> rows = enrich_facts(extract_text(text, "bj"), text, date(2026, 1, 25), 2026)
>>> [(r["indicator"], r["value"], r["year"], r["period_kind"], r["status"]) for r in rows]
[('地区生产总值', 5.4, 2025, 'year', 'actual'), ('地区生产总值', 5.0, 2026, 'year', 'target')]

Columns set: indicator, year, period_start, period_end, period_kind, status, value_std, unit_std,
figure_id. A plain function of its inputs: I/O happens at the edges (document.py).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from functools import lru_cache

from .. import cached_regex as regex
from ..attribute.period import PERIOD
from ..attribute.region import national_document  # (the doctests are there)
from ..lexicon import _lines

from .indicator import find_indicator
from .repeats import mark_repeats
from .status import figure_status, has_target_word, is_ongoing, sections
from .time import NONE, resolve_period
from .units import standardise


# a period written right before a figure is its own: 「从2020年的53.2%提升到2025年的57.7%」,
# 「失业率从上半年5.5%降到5.3%」
_OWN_YEAR = regex.compile(rf"(?r)({PERIOD.pattern}|(?<=[由从])上年)的?$")  # 常住人口由上年729万人增加到732万人


# _OWN_YEAR ends where the figure's words end: only their last characters are searched (a period is
# shorter than this), not the whole sentence back to its start for each figure
_OWN_YEAR_REACH = 64
_PLAN_YEAR = "今年"


@lru_cache(maxsize=1)
def _per_year() -> tuple[str, ...]:
    return tuple(_lines("per_year_words.txt"))


def _before(row: dict, text: str) -> str:
    """The figure's sentence up to the figure."""
    sentence, start, end = row.get("sentence") or "", row.get("start") or 0, row.get("end") or 0
    at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence)) if sentence else -1
    if at >= 0:
        return sentence[: start - at]
    cut = sentence.find(row.get("text") or "\0")
    return sentence[:cut] if cut >= 0 else sentence


def enrich_facts(rows: list[dict], text: str, doc_date: date | None = None,
                 doc_year: int | None = None) -> list[dict]:
    """Adds the comparable columns to one document's facts rows (in place) and returns them."""
    if doc_year is None and doc_date is not None:
        doc_year = doc_date.year
    reference = doc_date or (date(doc_year, 1, 1) if doc_year else None)
    parts = sections(text) if rows else []
    country = "全国" if rows and rows[0].get("region") is None and national_document(text) else None
    per_year = _per_year()
    starts = [part[0] for part in parts]
    for row in rows:
        get = row.get
        before = _before(row, text)
        at = bisect_right(starts, get("start") or 0)  # section_at(parts, start), by bisection
        section, section_period = parts[at - 1][1:] if at else (None, None)
        target = has_target_word(before)
        ahead = section == "plan" or target  # 全年 in a target is this year; 预计全年 may be last
        own = _OWN_YEAR.search(before, max(0, len(before) - _OWN_YEAR_REACH)) if before else None  # 「从2020年的53.2%提升到2025年的57.7%」: each figure its year
        written = get("period")
        period = own.group(1) if own else written or section_period
        if period is None and section == "plan":
            period = _PLAN_YEAR  # 「三、全力抓好七项重点工作」: a report's work plan is for its own year
        span = resolve_period(period, doc_date, doc_year, ahead) if period else NONE
        row["year"], row["period_start"], row["period_end"], row["period_kind"] = span
        stat, metric, unit = get("stat"), get("metric"), get("unit")
        if stat == "annual_average" or (metric or "").startswith(per_year):
            row["year"] = None  # 年均增长5%, 每年新增就业60万人: a rate over years, no single year's figure
        row["status"] = figure_status(before, span, section, reference,
                                      is_ongoing(get("sentence") or "", written) if written else False, target)
        row["indicator"] = find_indicator(metric, unit, stat, get("subject") or country, get("region"))
        row["value_std"], row["unit_std"] = standardise(get("value"), unit)
    return mark_repeats(rows)
