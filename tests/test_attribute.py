"""Attribution on real sentences: metric, subject, stat, sign and period of each statistic.

Cases live in tests/cases/attribute.tsv, one fact a line (the sentence, the quantity as written, its
value, the acceptable names, subject, stat, period); adding a case is adding a line. Each sentence
runs through the real pipeline (pipeline.document.extract_text).
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from pipeline.attribute import document_region
from pipeline.document import extract_text
from tests.conftest import case_rows, facts_of

CASES = Path(__file__).with_name("cases") / "attribute.tsv"


def load_cases() -> list[dict]:
    rows = []
    for number, row in case_rows(CASES, 9):
        doc, sentence, text, value, names, subject, stat, period, bound = row[:9]
        rows.append({
            "id": f"{number}-{doc}-{text}", "sentence": sentence, "text": text, "value": float(value),
            "names": names.split("|"), "subject": subject or None, "stat": stat or None, "period": period or None,
            "bound": bound or None,
        })
    return rows


CASE_ROWS = load_cases()


@pytest.mark.parametrize("case", CASE_ROWS, ids=[case["id"] for case in CASE_ROWS])
def test_fact(case):
    found = [f for f in facts_of(case["sentence"]) if f["text"] == case["text"]]
    assert found, f"no statistic {case['text']!r} found in the sentence"
    fact = found[0]
    assert math.isclose(fact["value"], case["value"], rel_tol=1e-9), "value (a decline is negative)"
    assert fact["metric"] in case["names"], "metric"
    assert fact["stat"] == case["stat"], "stat"
    if case["subject"]:
        assert fact["subject"] == case["subject"], "subject"
    else:
        assert fact["subject"] is None, "subject"
    if case["period"]:
        assert fact["period"] == case["period"], "period"
    if case["bound"]:
        assert fact["bound"] == case["bound"], "bound"


# Periods set by the structure of a real report: a heading (「一、2025年工作回顾」), a lead paragraph
# (「这五年，我们……。」) or the sentence itself. (report, a piece of the sentence, the figure, period)
SECTION_PERIODS = [
    ("云南", "地区生产总值突破3万亿元、年均增长4.7%", "突破3万亿元", "这五年"),
    ("云南", "一般公共预算支出3.4万亿元，74%以上用于民生", "74%以上", "这五年"),
    ("广东", "港澳居民在粤参加医保43万人次", "43万人次", "五年"),   # 「这是粤港澳大湾区建设纵深推进的五年。」
    ("云南", "出台稳增长政策32项", "32项", "2025年"),             # 「各位代表！刚刚过去的2025年，……」
    ("广东", "预计大湾区经济总量突破15万亿元", "突破15万亿元", "五年"),
    ("云南", "城镇调查失业率5.5%以内", "5.5%以内", "2026年"),      # under 「三、2026年重点工作」
]


@pytest.mark.parametrize("doc, piece, text, period", SECTION_PERIODS)
def test_section_period(shared, doc, piece, text, period):
    from pipeline.document import extract_document

    folder = shared("corpus", "reports-2026", "txt")
    path = next(p for p in folder.glob("*.txt") if p.stem.split("_")[1].startswith(doc))
    _document, facts = extract_document(path.read_bytes(), path.stem, str(path))
    found = [f for f in facts if f["text"] == text and piece in f["sentence"]]
    assert found, (doc, piece)
    assert found[0]["period"] == period


# Periods a paragraph hands on to the paragraphs after it. (paragraphs, the period each one inherits)
CARRIED_PERIODS = [
    # a month that qualifies a noun sets a scene (重庆日报 2025-05-09), not the time of the figures below
    ([["5月的莫斯科，天高云阔。"], ["两地技能人才总量超1600万人。"]], [None, None]),
    ([["三月的江南，春意盎然。"], ["全市接待游客1200万人次。"]], [None, None]),
    ([["5月份，全国居民消费价格同比下降0.1%。"], ["其中，城市下降0.1%。"]], [None, "5月份"]),
    ([["2025年，全市地区生产总值增长5.2%。"], ["城镇新增就业28万人。"]], [None, "2025年"]),
]


@pytest.mark.parametrize("paragraphs, inherited", CARRIED_PERIODS)
def test_carried_period(paragraphs, inherited):
    from pipeline.attribute.period import carried_periods

    assert carried_periods(paragraphs) == inherited


def test_enough_cases():
    assert len(CASE_ROWS) >= 60


@pytest.mark.parametrize("head, region", [
    ("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上", "北京市"),
    ("政府工作报告\n——2026年1月在广西壮族自治区第十四届人民代表大会第五次会议上", "广西壮族自治区"),
    ("成都市2025年国民经济和社会发展统计公报", "成都市"),
    ("习近平同俄罗斯总统普京会谈\n据新华社电", None),
])
def test_document_region(head, region):
    assert document_region(head) == region


def test_region_of_every_report(shared):
    folder = shared("corpus", "reports-2026", "txt")
    for path in sorted(folder.glob("*.txt")):
        province = path.stem.split("_")[1]
        assert document_region(path.read_text(encoding="utf-8")) == province, path.name


# Pieces of real report sentences; any string made of them must give one fact per statistic, in order,
# each placed where its quantity stands, whatever the punctuation around it.
from hypothesis import given, settings, strategies as st  # noqa: E402

from pipeline.attribute import attribute_facts  # noqa: E402
from pipeline.quantities import find_quantities  # noqa: E402
from pipeline.segment import split_sentences  # noqa: E402

PIECES = ["全省", "地区生产总值", "增长", "5.4%", "、", "，", "。", "分别", "下降", "3.2%", "累计", "年均", "占", "全国",
          "比重", "高于", "0.4个百分点", "（", "）", "“", "”", "748名", "院士专家", "开展", "技术服务", "6000余次", "和",
          "等", "的", "3家", "项目", "新增", "由", "提高到", "20%", "其中", "\n", "2025年", "城乡", "居民", "收入", "；"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_any_sentence_gives_one_fact_per_statistic(pieces):
    """One fact per statistic, in order, but for a figure nothing names (「748名。」): no fact has an
    empty metric."""
    text = "".join(pieces)
    quantities = find_quantities(text)
    facts = attribute_facts(text, split_sentences(text), quantities)
    statistics = iter([(q.start, q.end) for q in quantities if q.kind == "statistic"])
    assert all(span in statistics for span in [(f.start, f.end) for f in facts])   # an ordered subsequence
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text
        assert isinstance(fact.metric, str) and fact.metric
        assert fact.stat in (None, "cumulative", "annual_average", "growth_rate", "change", "share")


@pytest.mark.parametrize("sentence, expected", [
    ("兩地基本養老、失業和工傷保險參保人數分別達到9226萬人、1816萬人和2340萬人。",
     [("基本養老保險參保人數", "兩地"), ("失業保險參保人數", "兩地"), ("工傷保險參保人數", "兩地")]),
    ("全市地區生產總值5.2萬億元、增長5.4%、高於全國0.4個百分點。",
     [("地區生產總值", "全市")] * 3),
])
def test_traditional_text_is_named_as_written(sentence, expected):
    assert [(f["metric"], f["subject"]) for f in extract_text(sentence, "case")] == expected


def test_report_cases_are_verbatim(shared):
    """Every case labelled with a province is a sentence of that province's 2026 report, word for word."""
    folder = shared("corpus", "reports-2026", "txt")
    reports = {path.stem.split("_")[1]: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    for case in CASE_ROWS:
        doc = case["id"].split("-")[1]
        texts = [text for name, text in reports.items() if name.startswith(doc)]
        if doc in ("新闻体", "公报体", "重庆日报"):
            continue
        assert texts and any(case["sentence"] in text for text in texts), case["id"]
