"""parse_number: one cardinal number, as reports and bulletins write it. One case a line."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import parse_number
from pipeline.numerals import parse_decimal

READS = [
    # the examples
    ("一百二十三点五万", 1235000),
    ("两千零五", 2005),
    ("二〇二五", 2025),
    ("1.1万", 11000),
    ("5.2万亿", 5.2e12),
    # myriad sections, colloquial tails, zeros
    ("三亿五千万", 350000000),
    ("一万五", 15000),
    ("三千五", 3500),
    ("一千零五", 1005),
    ("十万零一千", 101000),
    ("四万万", 400000000),
    ("二十一万亿", 21e12),
    ("五兆六十二亿四万五千二", 5006200045200),
    ("百三", 130),
    ("零十", 10),
    ("廿二", 22),
    ("一万零卌", 10040),
    # Arabic and mixed
    ("1,234,567", 1234567),
    ("４，５６５", 4565),          # full-width digits and comma: one number when read alone
    ("3万4000", 34000),
    ("25万6千", 256000),
    ("1,100.9亿", 110090000000),
    ("200亿零四千230", 20000004230),
    ("一百点123", 100.123),
    ("40k", 40000),
    ("2e5", 200000),
    ("2.7890e-1", 0.2789),
    # signs, fractions, estimates read at their lower end
    ("负三十二", -32),
    ("-10.1万", -101000),
    ("负一又二分之一", -1.5),
    ("五分之一", 0.2),
    # a percentage reads as the number printed, as find_quantities gives it with unit %
    ("百分之三点五", 3.5),
    ("3.5%", 3.5),
    ("百分之五点四", 5.4),
    ("负百分之五", -5),
    ("千分之二", 2),
    ("2‰", 2),
    ("3/5", 0.6),
    ("1 3/5", 1.6),
    ("200多亿", 2e10),
    ("500余万", 5000000),
    ("二十几万", 200000),
    # traditional script and financial numerals
    ("壹佰萬零肆", 1000004),
    ("負四十五億零四百零四萬", -4504040000),
    ("陸拾", 60),
    ("參拾", 30),               # 參, the traditional 叁, folds to 参: a digit in a string that is one number
    ("壹拾壹元整", 11),         # money in capitals, as cn2an's users expect it
    ("叁佰元伍角陆分", 300.56),
    # speech: a myriad without its leading 一, a measure word before a myriad, digits and scales mixed
    ("万九", 19000),
    ("两个亿", 200000000),
    ("5万4千6百", 54600),
    ("一 百 五 十 二", 152),
]

NOT_ONE_NUMBER = [
    "第十一",        # an ordinal
    "十一十二",      # two numbers
    "十七十八",
    "零点",
    "点零",
    "万",            # a scale alone is a word (万元地区生产总值)
    "万万",
    "八九亿",        # an estimate between two figures, not 89亿
    "一二百",
    "10..1万",
    "",
    "负",
    "十四五",        # a plan's name, not a number
    "一带一路",
    "百分之",
    "增长5%",        # a word around the number
    "%",
]


@pytest.mark.parametrize("text, value", READS)
def test_reads(text, value):
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("text", NOT_ONE_NUMBER)
def test_not_one_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, exact", [
    ("2.3亿", "230000000"),
    ("64.1万", "641000"),
    ("0.1万亿", "100000000000"),
    ("1.35亿", "135000000"),
])
def test_values_are_exact(text, exact):
    """Decimal inside: 2.3亿 is 230000000, not 229999999.99999997."""
    assert parse_decimal(text) == Decimal(exact)
