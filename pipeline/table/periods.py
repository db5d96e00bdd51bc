"""The periods of a table's columns and rows: a bare year (2018 → 2018年), and a column's months or quarters
in the year its caption names (4月 under 2011年 → 2011年4月; 本月 under 2022年9月 → 2022年9月).
"""
from __future__ import annotations

import re

from ..lexicon import LEXICON
from .header import fold

_WORDS = LEXICON.table_words
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}年$")
_MONTH_OF = re.compile(r"^((?:19|20)\d{2}年)(?:\d{1,2}[-—–~至])?(\d{1,2}月份?)$")
_TO_THIS_MONTH = re.compile(r"^(?:(?:1|一)[-—–~至]本月|本年|本年累计|年初至本月|本月止)$")
_RELATIVE = frozenset(_WORDS["time"])


def in_year(period: str | None, year: str | None) -> str | None:
    """A column's months or quarters in the year the caption names: 「4月」 under 「2011年」 → 2011年4月.

    >>> in_year("1-4月", "2011年"), in_year("本月", "2011年"), in_year("2012年", "2011年")
    ('2011年1-4月', '本月', '2012年')
    >>> in_year("本月", "2022年9月"), in_year("1-本月", "2022年9月")
    ('2022年9月', '2022年1-9月')
    >>> in_year("本月", "2017年1-3月"), in_year("本月止", "2017年1-3月")
    ('2017年3月', '2017年1-3月')
    """
    if period and year and _YEAR_ONLY.match(fold(year)) and "年" not in fold(period) and fold(period) not in _RELATIVE \
            and not _BARE_YEAR.match(period):
        return year + period
    month = _MONTH_OF.match(fold(year)) if period and year else None
    if month and fold(period) in ("本月", "当月"):          # 「本月」 under 「2022年9月」 (or 「2017年1-3月」): that month
        return year[:month.end(1)] + year[month.start(2):]
    if month and _TO_THIS_MONTH.match(fold(period)):         # 「1-本月」: from January to that month
        return year if month.start(2) > month.end(1) else f"{year[:month.end(1)]}1-{year[month.end(1):]}"
    return period


def as_period(period: str | None) -> str | None:
    """A bare year heading a column or a row (2018) is that year: 2018年, which the year reading knows.

    >>> as_period("2018"), as_period("2022年1—8月份"), as_period(None)
    ('2018年', '2022年1—8月份', None)
    """
    return period + "年" if period and _BARE_YEAR.match(period) else period
