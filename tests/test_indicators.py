"""The indicator catalogue (pipeline/lexicon/indicators.tsv): its shape, every alias, and a real
phrase per indicator (tests/cases/indicators.tsv) through the real extraction."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import extract_text
from pipeline.enrich import enrich_facts
from pipeline.enrich.indicator import base_unit, catalogue, find_indicator, normalise, parse_catalogue
from pipeline.lexicon import _table

CASES = Path(__file__).parent / "cases" / "indicators.tsv"
ROWS = _table("indicators.tsv")


def _aliases():
    for code, name, _english, unit, _scope, aliases in ROWS:
        for alias in aliases.split(","):
            plain, _, only = alias.partition("@")
            yield pytest.param(plain, only or None, unit, name, id=f"{code}:{plain}")


def _phrases():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            indicator, phrase, figure, _source = line.split("\t")
            yield pytest.param(indicator, phrase, figure, id=f"{indicator}:{phrase[:20]}")


def test_catalogue_holds_150_indicators_with_an_english_name_code_and_unit():
    entries = catalogue().indicators
    assert len(entries) >= 150
    assert len({e.code for e in entries}) == len(entries)
    assert len({e.indicator for e in entries}) == len(entries)
    assert all(e.indicator_en and e.unit and e.scope in ("regional", "national", "any") for e in entries)
    # the canonical name is an alias too (quote marks aside: 专精特新“小巨人”企业 is listed without them)
    assert all(normalise(e.indicator) in [normalise(a.partition("@")[0]) for a in e.aliases] for e in entries)


def test_a_duplicate_alias_fails():
    doubled = ROWS + [["copy", "复制", "Copy", "个", "any", ROWS[5][5].split(",")[0]]]
    with pytest.raises(ValueError, match="already an alias"):
        parse_catalogue(doubled)


def test_a_national_counterpart_names_a_code_of_the_catalogue():
    book = catalogue()
    assert all(e.national in book.by_code for e in book.indicators if e.national)


@pytest.mark.parametrize("alias, only, unit, indicator", list(_aliases()))
def test_every_alias_names_its_indicator(alias, only, unit, indicator):
    stat = only or None
    assert find_indicator(alias, base_unit(unit), stat) == indicator
    assert find_indicator("全省" + alias, base_unit(unit), stat) == indicator  # the place word comes off
    if only:  # 经济增长: GDP only as a growth rate
        assert find_indicator(alias, "元", None) is None


@pytest.mark.parametrize("indicator, phrase, figure", list(_phrases()))
def test_a_real_phrase_per_indicator(indicator, phrase, figure):
    rows = enrich_facts(extract_text(phrase, "case"), phrase)
    found = {row["text"]: row["indicator"] for row in rows}
    assert found.get(figure) == indicator, found


def test_every_indicator_but_a_few_has_a_real_phrase():
    covered = {line.split("\t")[0] for line in CASES.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    missing = {e.indicator for e in catalogue().indicators} - covered
    # 人均预期寿命达到79岁: 岁 is read as an age, not a statistic (GUIDELINES), so no fact to name
    assert missing <= {"人均预期寿命"}, missing


@pytest.mark.parametrize("metric, unit, stat, subject, region, expected", [
    ("农村居民人均可支配收入", "元", None, "脱贫地区", "安徽省", None),   # 脱贫地区农村居民人均可支配收入突破2万元
    ("进出口", "%", "growth_rate", "东盟", "广西壮族自治区", None),        # trade with ASEAN, not the total
    ("集装箱吞吐量", "标准箱", None, "宁波舟山港", "浙江省", None),        # one port's, not the province's
    ("地区生产总值", "%", "growth_rate", "全省", "浙江省", "地区生产总值"),
    ("地区生产总值", "%", "growth_rate", "陕西", "陕西省", "地区生产总值"),
    ("城镇新增就业", "人", "annual_average", "川渝两地", None, "城镇新增就业"),  # a news page about no one region
])
def test_a_figure_about_a_part_is_not_the_regions_indicator(metric, unit, stat, subject, region, expected):
    assert find_indicator(metric, unit, stat, subject, region) == expected


@pytest.mark.parametrize("metric, unit, stat, subject, expected", [
    ("地区生产总值", "%", "growth_rate", None, "地区生产总值"),
    ("全国GDP", "%", "growth_rate", None, "国内生产总值"),          # about the country
    ("GDP", "%", "growth_rate", "全国", "国内生产总值"),
    ("全国重点实验室", "家", None, None, "全国重点实验室"),          # 全国 in the name itself
    ("经济", "%", "growth_rate", None, "地区生产总值"),              # 经济增长5%左右
    ("经济", "%", None, None, None),                                  # 经济占比: not GDP
    ("地区生产总值", "个", None, None, None),                         # 迈上3个台阶
    ("税收", "%", "share", None, None),                               # 税收占一般公共预算收入比重超75%
    ("规上工业增加值", "个百分点", "change", None, None),            # 高于全国0.8个百分点
    ("南疆五地州地区生产总值", "%", "growth_rate", None, None),      # a part of the region: no alias
    ("粮食总产量", "斤", None, None, "粮食产量"),
    ("投资", "%", "growth_rate", None, None),                         # too general: never forced
    ("实际使用外资", "美元", None, None, "实际使用外资"),              # 实际使用外资33.8亿美元
    ("空气优良天数", "%", "share", None, "空气质量优良天数比率"),      # 空气优良天数比率达83.8%
    ("城市空气质量优良天数", "%", "share", None, "空气质量优良天数比率"),
    ("非化石能源消费", "%", "share", None, "非化石能源消费比重"),
])
def test_indicator_is_null_where_nothing_fits(metric, unit, stat, subject, expected):
    assert find_indicator(metric, unit, stat, subject) == expected
