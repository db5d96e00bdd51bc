"""Property tests: every way a number is commonly written reads back to that number.

Chinese numerals are written by cn2an's ``an2cn`` (an independent writer, so these are not our own
round trips): "low" (一千零一十), "up" (financial 壹仟零壹拾), "direct" (digit by digit, 一零一零), and
two variants a writer of Chinese uses as often: 两 for 二 before 百/千/万/亿 (两千零五) and 〇 for 零
(一千〇一). Arabic figures come with thousands separators and with 万/亿 scales over decimals
(1.1万, 4.78万亿); those must read exactly (Decimal), as the pipeline promises.
"""
from __future__ import annotations

import re
from decimal import Decimal

from cn2an import an2cn
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numerals import parse_decimal, parse_number

LIMIT = 10**16 - 1      # an2cn writes numbers below 10^16
STYLES = ["low", "up", "direct", "two", "ling"]


def written(number: int, style: str) -> str:
    if style in ("low", "up", "direct"):
        return an2cn(number, style)
    low = an2cn(number, "low")
    if style == "two":
        return re.sub("二(?=[百千万亿])", "两", low)
    return low.replace("零", "〇")


# Small numbers and round numbers need as much attention as big ones.
INTEGERS = st.one_of(
    st.integers(min_value=0, max_value=LIMIT),
    st.integers(min_value=0, max_value=100_000),
    st.builds(lambda digit, power: digit * 10**power, st.integers(1, 9), st.integers(0, 15)),
)


@settings(max_examples=2000, deadline=None)
@given(number=INTEGERS, style=st.sampled_from(STYLES))
def test_chinese_numerals_read_back(number, style):
    text = written(number, style)
    assert parse_decimal(text) == Decimal(number), text
    assert parse_number(text) == float(number), text


SCALES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}


@settings(max_examples=2000, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=99_999),
    decimals=st.integers(min_value=0, max_value=9999),
    places=st.integers(min_value=0, max_value=4),
    scale=st.sampled_from(sorted(SCALES)),
    separators=st.booleans(),
)
def test_arabic_figures_with_scales_read_exactly(whole, decimals, places, scale, separators):
    fraction = str(decimals).zfill(4)[:places]
    integer = f"{whole:,}" if separators else str(whole)
    text = integer + (f".{fraction}" if places else "") + scale
    expected = Decimal(f"{whole}.{fraction}" if places else str(whole)) * SCALES[scale]
    assert parse_decimal(text) == expected, text
    assert parse_number(text) == float(expected), text
