"""The gazetteer of indicator names (lexicon/indicator_names.txt) and the check a metric name passes
(pipeline/attribute/indicator.py): names as real texts leave them, one case a line."""
from __future__ import annotations

import pytest

from pipeline.attribute.indicator import (INDICATORS, NAMED, holds_indicator, last_indicator, no_indicator,
                                          without_qualifier)
from pipeline.lexicon import _lines

# name as the reading leaves it (folded), whether the figure is an amount or rate (not a count), no indicator?
NO_INDICATOR = [
    ("达到", True, True),                   # 「其中广东总量优势明显,达到8208.64亿元」 (news)
    ("仍以", True, True),                   # 「仍以7000元/平米以下的为主,占65%」 (news)
    ("的占", True, True),                   # 「7000~10000元/平米的占近1/4」 (news)
    ("居冠", True, True),                   # 「仍以赴香港192.1萬人次居冠」 (news, traditional)
    ("挑战", True, True),                   # 「若要挑戰全年年增率20%」 (news, traditional)
    ("情势", True, True),                   # 「但情勢已漸緩,遷入比遷出人口多出5,061人」 (news, traditional)
    ("仔细翻阅", True, True),               # 「仔细翻阅了268页的财报内容」 (news)
    ("亦刷新纪录", True, True),             # 「出超……亦刷新紀錄」 (news, traditional)
    ("城市环比上涨", True, True),           # 「7座城市环比上涨,东莞涨幅高达182.80%」 (news)
    ("地区则出现了不同程度", True, True),   # 「另外9个地区则出现了不同程度的同比下滑」 (news)
    ("城市环比上涨", False, False),         # 「7座城市环比上涨」: a count names what it counts
    ("增产", True, False),                  # 「夏粮……增产59.3亿斤」: a change alone names itself
    ("降幅", True, False),                  # 「降幅分别比上月扩大0.2和0.1个百分点」
    ("上涨的", False, False),               # 「上涨的28种」: a 的 phrase names the ones it describes
    ("财政收入", True, False),
    ("总量", True, False),                  # a head noun (heads.txt) is an indicator's name
    ("池杉", False, False),                 # a noun the gazetteer does not know is no verb either
    ("城市", False, False),
]


@pytest.mark.parametrize("name,measured,expected", NO_INDICATOR)
def test_no_indicator(name, measured, expected):
    assert no_indicator(name, measured) is expected


QUALIFIED = [
    ("以劳动密集型产业为主的加工贸易进出口", "加工贸易进出口"),   # news: 海关 release reported
    ("本周监测的重点城市成交总面积", "成交总面积"),               # news: weekly housing market report
    ("纳入统计的规模以上工业增加值", "规模以上工业增加值"),
    ("规模以上工业的增加值", "规模以上工业的增加值"),             # no verb before 的: part of the name
    ("城镇非私营单位就业人员年平均工资", "城镇非私营单位就业人员年平均工资"),
    ("居民人均可支配收入", "居民人均可支配收入"),
]


@pytest.mark.parametrize("name,expected", QUALIFIED)
def test_without_qualifier(name, expected):
    assert without_qualifier(name) == expected


NAMED_LAST = [
    ("具体来看,1-7月财政收入位居前三的依然是广东、江苏和浙江。", "财政收入"),
    ("本周监测的重点城市成交总面积328.32万平方米,环比减少1.44%。四个一线城市全面下滑,", "成交总面积"),
    ("2023年,全国城镇新增就业1244万人,城镇调查失业率平均值为5.2%", "城镇调查失业率平均值"),  # a catalogue alias (indicators.tsv),
    ("其中广东总量优势明显,", ""),           # a bare head (总量) is no indicator named
]


@pytest.mark.parametrize("text,expected", NAMED_LAST)
def test_last_indicator(text, expected):
    assert last_indicator(text) == expected


def test_gazetteer_is_clean():
    rows = _lines("indicator_names.txt")
    assert len(rows) >= 350
    assert len(rows) == len(set(rows)), "a name listed twice"
    for name in rows:
        assert len(name) >= 2 and not any(c in name for c in "，。、；： \t"), name
        assert holds_indicator(name)
    assert NAMED <= INDICATORS
