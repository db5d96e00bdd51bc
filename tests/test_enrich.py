"""Comparable across documents: year and span, status, the document's date, standard units and
repeats, on real strings from the 29 provincial reports and the 重庆日报 page."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pandas as pd
import pytest

from pipeline.document import extract_document, extract_text
from pipeline.enrich import enrich_facts
from pipeline.enrich.doc_date import dates_for, document_date
from pipeline.enrich.time import resolve_period
from pipeline.enrich.units import conversions, standardise
from pipeline.lexicon import _table

from .conftest import ROOT

REPORT = date(2026, 1, 25)   # the Beijing report's dateline


@pytest.mark.parametrize("period, doc_date, ahead, year, start, end, kind", [
    ("2025年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("2023年第3季", REPORT, False, 2023, "2023-07-01", "2023-09-30", "quarter"),   # Hong Kong's and Macao's quarters
    ("今年首10個月", date(2024, 11, 20), False, 2024, "2024-01-01", "2024-10-31", "months"),   # in traditional script
    ("首三季", date(2024, 11, 20), False, 2024, "2024-01-01", "2024-09-30", "months"),
    ("今年", REPORT, False, 2026, "2026-01-01", "2026-12-31", "year"),
    ("过去一年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("一年来", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("这一年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("过去的一年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("去年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("全年", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("全年", REPORT, True, 2026, "2026-01-01", "2026-12-31", "year"),       # in a target: this year
    ("五年来", REPORT, False, None, "2021-01-01", "2025-12-31", "multi_year"),
    ("这五年", REPORT, False, None, "2021-01-01", "2025-12-31", "multi_year"),
    ("过去的五年", REPORT, False, None, "2021-01-01", "2025-12-31", "multi_year"),
    ("“十四五”时期", REPORT, False, None, "2021-01-01", "2025-12-31", "multi_year"),
    ("“十四五”以来", REPORT, False, None, "2021-01-01", "2025-12-31", "multi_year"),
    ("“十五五”时期", REPORT, False, None, "2026-01-01", "2030-12-31", "multi_year"),
    ("“十三五”时期", REPORT, False, None, "2016-01-01", "2020-12-31", "multi_year"),
    ("近3年", REPORT, False, None, "2023-01-01", "2025-12-31", "multi_year"),
    ("2025年和“十四五”时期", REPORT, False, 2025, "2025-01-01", "2025-12-31", "year"),   # a heading naming both
    ("2030年", REPORT, False, 2030, "2030-01-01", "2030-12-31", "year"),
    ("2021年前三季度", None, False, 2021, "2021-01-01", "2021-09-30", "months"),
    ("前三季度", date(2025, 10, 20), False, 2025, "2025-01-01", "2025-09-30", "months"),
    ("上半年", date(2025, 7, 15), False, 2025, "2025-01-01", "2025-06-30", "months"),
    ("一季度", date(2025, 5, 9), False, 2025, "2025-01-01", "2025-03-31", "quarter"),
    ("三季度", REPORT, False, 2025, "2025-07-01", "2025-09-30", "quarter"),   # 针对三季度经济增速回落
    ("今年前10个月", date(2025, 11, 20), False, 2025, "2025-01-01", "2025-10-31", "months"),
    ("10月份", date(2025, 11, 20), False, 2025, "2025-10-01", "2025-10-31", "month"),
    ("一至七月", date(2025, 8, 20), False, 2025, "2025-01-01", "2025-07-31", "months"),   # Chinese numerals
    ("2025年一至七月", None, False, 2025, "2025-01-01", "2025-07-31", "months"),
    ("十一至十二月", date(2026, 1, 20), False, 2025, "2025-11-01", "2025-12-31", "months"),
    ("十一月份", date(2025, 12, 5), False, 2025, "2025-11-01", "2025-11-30", "month"),
    ("2023年6月", None, False, 2023, "2023-06-01", "2023-06-30", "month"),
    ("截至2025年底", None, False, 2025, "2025-01-01", "2025-12-31", "year"),
    ("“十四五”末", None, False, 2025, "2025-01-01", "2025-12-31", "year"),
])
def test_period_resolved_against_the_documents_date(period, doc_date, ahead, year, start, end, kind):
    span = resolve_period(period, doc_date, None, ahead)
    assert span == (year, date.fromisoformat(start), date.fromisoformat(end), kind)


def test_a_relative_period_without_a_document_date_stays_unresolved():
    assert resolve_period("今年", None) == (None, None, None, None)


@pytest.mark.parametrize("head, doc_date, doc_year", [
    ("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报\n时间：2026-02-02",
     "2026-01-25", 2026),
    ("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上", "2026-01-26", 2026),
    ("政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）", "2026-01-27", 2026),
    ("2026年甘肃省政府工作报告\n来源：甘肃日报\n时间：2026-02-10", "2026-02-10", 2026),
    ("二〇二六年一月二十五日", "2026-01-25", 2026),
    ("成都市2025年国民经济和社会发展统计公报\n全年地区生产总值增长5.7%。", None, 2026),   # a bulletin reviews 2025
    ("2026年北京市政府工作报告\n各位代表：", None, 2026),
    ("全年城镇新增就业105.8万人。", None, None),
])
def test_document_date_from_its_title_or_dateline(head, doc_date, doc_year):
    assert document_date(head) == (date.fromisoformat(doc_date) if doc_date else None, doc_year)


def test_override_file_and_doc_year_for_documents_that_do_not_say(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "bj.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    (tmp_path / "a" / "cq.txt").write_text("全年城镇新增就业99万人。", encoding="utf-8")
    (tmp_path / ".cnstats-dates.csv").write_text("file,doc_date\na/bj.txt,2025-05-09\n", encoding="utf-8")
    assert dates_for("全年城镇新增就业105.8万人。", str(tmp_path / "a" / "bj.txt")) == (date(2025, 5, 9), 2025)
    assert dates_for("全年城镇新增就业99万人。", str(tmp_path / "a" / "cq.txt")) == (None, None)
    monkeypatch.setenv("CNSTATS_DOC_YEAR", "2024")
    assert dates_for("全年城镇新增就业99万人。", str(tmp_path / "a" / "cq.txt")) == (None, 2024)


# (document text as in a report, the figure, its expected year, status and indicator); the report's date is REPORT
STATUS_CASES = [
    ("今年经济社会发展主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右。", "5%左右", 2026, "target", "地区生产总值"),
    ("一、2025年工作回顾\n全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。", "5.4%", 2025, "actual", "地区生产总值"),
    ("过去一年，全市地区生产总值增长4.8%，一般公共预算收入增长4.1%。", "4.1%", 2025, "actual", "一般公共预算收入"),
    ("全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国。", "5.1%", None, "actual", "地区生产总值"),
    ("过去的五年，城镇新增就业603.7万人。", "603.7万人", None, "actual", "城镇新增就业"),
    ("三、2026年重点工作\n实施稳岗扩容提质行动，城镇新增就业不少于28万人。", "不少于28万人", 2026, "target", "城镇新增就业"),
    ("2026年重点工作\n新改建农村公路1500公里。", "1500公里", 2026, "target", "新改建农村公路"),
    ("主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果。", "5%左右", None, "target", "地区生产总值"),
    ("“十五五”时期，全体居民人均可支配收入年均增长5%以上。", "5%以上", None, "target", "居民人均可支配收入"),
    ("这五年，地区生产总值年均增长5.9%。", "5.9%", None, "actual", "地区生产总值"),
    ("2025年，预计全年接待游客9.6亿人次、增长10.3%。", "9.6亿人次", 2025, "actual", "接待游客"),   # 2025 closed in 2026
    ("常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。", "53.2%", 2020, "actual", "常住人口城镇化率"),
    ("常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。", "57.7%", 2025, "actual", "常住人口城镇化率"),
    ("一、2025年和“十四五”时期工作回顾\n每年城镇新增就业60万人以上。", "60万人以上", None, "actual", "城镇新增就业"),
    ("过去一年，城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。", "5.5%", 2025, "actual", "城镇调查失业率"),
    # a work plan whose heading names no year is the report's own year
    ("三、全力抓好七项重点工作\n建强国家煤炭供应保障基地，煤炭产量稳定在12.5亿吨以上，坚决完成国家保供煤任务。",
     "12.5亿吨以上", 2026, "target", "原煤产量"),
    # the title line is no heading: 「2026年内蒙古自治区政府工作报告」 opens no plan part
    ("2026年内蒙古自治区政府工作报告\n一、把铸牢中华民族共同体意识作为民族地区各项工作的主线\n过去一年，地区生产总值增长4.7%。",
     "4.7%", 2025, "actual", "地区生产总值"),
]


@pytest.mark.parametrize("text, figure, year, status, indicator", STATUS_CASES)
def test_year_status_and_indicator_of_report_figures(text, figure, year, status, indicator):
    rows = {row["text"]: row for row in enrich_facts(extract_text(text, "r"), text, REPORT, 2026)}
    row = rows[figure]
    assert (row["year"], row["status"], row["indicator"]) == (year, status, indicator)


def test_forecast_for_a_year_not_yet_closed():
    text = "预计全年接待游客9.6亿人次、增长10.3%。"
    rows = enrich_facts(extract_text(text, "r"), text, date(2025, 12, 20), 2025)
    assert [(r["text"], r["year"], r["status"]) for r in rows] == [("9.6亿人次", 2025, "forecast"), ("10.3%", 2025, "forecast")]


def test_year_to_date_is_no_target():
    text = "今年以来，全市城镇新增就业10.2万人。"
    rows = enrich_facts(extract_text(text, "n"), text, date(2025, 5, 9), 2025)
    assert [(r["year"], r["status"]) for r in rows] == [(2025, "actual")]


@pytest.mark.parametrize("unit, standard, factor, dimension", _table("unit_conversions.tsv"))
def test_every_row_of_the_conversion_table(unit, standard, factor, dimension):
    assert standardise(1.0, unit) == (float(factor), standard)
    assert conversions()[unit][2] == dimension


@pytest.mark.parametrize("text, figure, value, unit, value_std, unit_std", [
    ("全省地区生产总值增长4.2%，粮食总产量1640.06亿斤，城镇新增就业35.8万人。", "1640.06亿斤", 164006000000.0, "斤", 82003000.0, "吨"),
    ("建设8万亩高标准农田。", "8万亩", 80000.0, "亩", 5333.33333333333, "公顷"),
    ("新改建农村公路1500公里。", "1500公里", 1500.0, "公里", 1500.0, "千米"),
    ("盘活处置低效产业用地30.4平方公里。", "30.4平方公里", 30.4, "平方公里", 3040.0, "公顷"),
    ("服务贸易总额突破2500亿美元、增长12.5%。", "突破2500亿美元", 250000000000.0, "美元", 250000000000.0, "美元"),
    ("城镇新增就业35.8万人。", "35.8万人", 358000.0, "人", 358000.0, "人"),
])
def test_standard_units_keep_value_and_unit_as_written(text, figure, value, unit, value_std, unit_std):
    rows = {row["text"]: row for row in enrich_facts(extract_text(text, "u"), text)}
    row = rows[figure]
    assert (row["value"], row["unit"]) == (value, unit)
    assert row["value_std"] == pytest.approx(value_std) and row["unit_std"] == unit_std


def test_repeats_share_a_figure_id():
    # 内蒙古: the 2026 target stated under 今年 and again under 2026年
    text = ("今年经济社会发展的主要预期目标是：城镇新增就业18万人以上。\n"
            "三、2026年重点工作\n城镇新增就业18万人以上，城镇调查失业率5.5%左右。")
    rows = enrich_facts(extract_text(text, "nm"), text, date(2026, 2, 4), 2026)
    jobs = [r for r in rows if r["indicator"] == "城镇新增就业"]
    assert len(jobs) == 2 and jobs[0]["figure_id"] == jobs[1]["figure_id"] == jobs[0]["fact_id"]
    other = [r for r in rows if r["indicator"] == "城镇调查失业率"]
    assert other[0]["figure_id"] == other[0]["fact_id"] != jobs[0]["figure_id"]


def test_documents_row_carries_its_date():
    raw = "2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n今年城镇新增就业不少于28万人。".encode()
    row, facts = extract_document(raw, "bj", "bj.txt")
    assert (row["doc_date"], row["doc_year"]) == (date(2026, 1, 25), 2026)
    assert [(f["indicator"], f["year"], f["status"], f["bound"]) for f in facts] == [("城镇新增就业", 2026, "target", "ge")]


def _run(inputs, out, *options):
    subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", *map(str, inputs), "--output", str(out),
                    "--no-progress", *options], check=True, cwd=ROOT, capture_output=True)


def test_run_writes_the_indicators_table_and_doc_year(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bj.txt").write_text("全年城镇新增就业105.8万人。", encoding="utf-8")
    _run([folder], tmp_path / "out", "--doc-year", "2026")
    indicators = pd.read_parquet(tmp_path / "out" / "indicators.parquet")
    assert list(indicators.columns[:5]) == ["code", "indicator", "indicator_en", "unit", "aliases"]
    assert "GDP" in list(indicators.set_index("indicator").loc["地区生产总值", "aliases"])
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert documents["doc_year"].tolist() == [2026]
    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")
    assert facts[["indicator", "year", "status"]].values.tolist() == [["城镇新增就业", 2025, "actual"]]
    assert facts["fact_id"].tolist() == facts["figure_id"].tolist()


def test_the_analysts_questions_over_the_29_reports(tmp_path, shared):
    reports = shared("corpus", "reports-2026", "txt")
    _run([reports], tmp_path / "out")
    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")

    def answer(query):
        rows = facts.query(query)
        return {region: sorted({(v, None if m != m else m, b) for v, m, b in zip(g.value, g.value_max, g.bound)})
                for region, g in rows.groupby("region")}

    actual = answer("indicator == '地区生产总值' and stat == 'growth_rate' and year == 2025 and status == 'actual'")
    assert len(actual) == 29 and all(len(values) == 1 for values in actual.values())
    assert actual["北京市"] == [(5.4, None, "eq")] and actual["广东省"] == [(3.9, None, "eq")]
    target = answer("indicator == '地区生产总值' and stat == 'growth_rate' and year == 2026 and status == 'target'")
    assert len(target) == 29 and all(len(values) == 1 for values in target.values())
    assert target["北京市"] == [(5.0, None, "approx")] and target["安徽省"] == [(5.0, 5.5, "eq")]
    jobs = answer("indicator == '城镇新增就业' and year == 2026 and status == 'target'")
    assert jobs["北京市"] == [(280000.0, None, "ge")] and all(len(values) == 1 for values in jobs.values())
    # five-year totals answer no yearly question: 河南's 603.7万 over 十四五 is no 2025 figure
    yearly = facts.query("indicator == '城镇新增就业' and year == 2025")
    assert 6037000.0 not in yearly.value.tolist()
    assert facts.query("indicator == '城镇新增就业' and value == 6037000.0").period_kind.tolist() == ["multi_year"]

    from pipeline import compare
    table = compare(facts, "地区生产总值", stat="growth_rate", year=2025, status="actual")
    assert len(table) == 29 and (table.n_values == 1).all()
    assert table.set_index("region").loc["广东省", "value"] == 3.9


def test_a_national_report_names_the_countrys_indicators():
    # the State Council's report of 2025-03-05 (no region): its targets are the country's
    text = ("政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n"
            "今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上。")
    row, facts = extract_document(text.encode(), "gov", "gov.txt")
    assert row["doc_date"] == date(2025, 3, 5) and row["region"] is None
    assert [(f["indicator"], f["year"], f["status"]) for f in facts] == [
        ("国内生产总值", 2025, "target"), ("城镇调查失业率", 2025, "target"), ("城镇新增就业", 2025, "target")]


def test_a_bulletin_reviews_the_year_before_it_comes_out():
    # 北京市2024年国民经济和社会发展统计公报 (issued in 2025): its 全年 and 年末 are 2024
    text = ("北京市2024年国民经济和社会发展统计公报\n北京市统计局 国家统计局北京调查总队\n"
            "初步核算，全年实现地区生产总值49843.1亿元，按不变价格计算，比上年增长5.2%。\n"
            "年末全市常住人口2183.2万人，比上年末增加1.4万人。")
    row, facts = extract_document(text.encode(), "bj-2024", "bj-2024.txt")
    assert (row["doc_date"], row["doc_year"], row["region"]) == (None, 2025, "北京市")
    assert [(f["text"], f["indicator"], f["year"], f["status"]) for f in facts] == [
        ("49843.1亿元", "地区生产总值", 2024, "actual"), ("5.2%", "地区生产总值", 2024, "actual"),
        ("2183.2万人", "常住人口", 2024, "actual"), ("1.4万人", "常住人口", 2024, "actual")]


def test_a_period_right_before_a_figure_is_its_own():
    text = "过去一年，城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。"
    rows = {r["text"]: r for r in enrich_facts(extract_text(text, "gx"), text, date(2026, 2, 2), 2026)}
    assert (rows["5.5%"]["period_start"], rows["5.5%"]["period_end"], rows["5.5%"]["period_kind"]) == (
        date(2025, 1, 1), date(2025, 6, 30), "months")
    assert rows["5.3%"]["period_kind"] == "year"


@pytest.mark.parametrize("text, figure, year, indicator", [
    # 宁夏 2026 report, reviewing 2025: 上年 is 2024 (the metric reads 常住人口 without 由上年: its indicator)
    ("全年实现地区生产总值5696亿元，增长5.3%。常住人口由上年729万人增加到732万人。", "729万人", 2024, "常住人口"),
    ("全年实现地区生产总值5696亿元，增长5.3%。常住人口由上年729万人增加到732万人。", "732万人", 2025, "常住人口"),
    # 广西: 一、二、三产业增加值分别增长4.2%、5%、5.4%
    ("过去一年，一、二、三产业增加值分别增长4.2%、5%、5.4%。", "5.4%", 2025, "第三产业增加值"),
])
def test_years_and_names_in_a_review(text, figure, year, indicator):
    rows = {r["text"]: r for r in enrich_facts(extract_text(text, "nx"), text, date(2026, 2, 9), 2026)}
    assert (rows[figure]["year"], rows[figure]["indicator"]) == (year, indicator)
