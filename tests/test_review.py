"""The review site's HTML, read back: every fact marked once, the text intact, markup escaped."""
from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser

import pyarrow.parquet as pq
import pytest

from pipeline.review.charts import charts
from pipeline.review.marks import others
from pipeline.review.notebook import show
from pipeline.review.site import page_name
from tests.conftest import shared_path
from tests.review_sites import HOSTILE_NAME, build, pipeline, seed_with_hostile_files


class Page(HTMLParser):
    """What a browser would build: the marks, the text of the text section, the scripts."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.marks, self.text, self.scripts, self.depth, self.in_text = [], [], [], 0, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("id") == "text":
            self.in_text = True
        elif self.in_text:
            if tag == "section":
                self.depth += 1
            if tag == "mark":
                self.marks.append(attrs)
        if tag in ("script", "img", "iframe", "object"):
            self.scripts.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "section" and self.in_text:
            if self.depth:
                self.depth -= 1
            else:
                self.in_text = False

    def handle_data(self, data):
        if self.in_text:
            self.text.append(data)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("review")
    out, site = build(seed_with_hostile_files(work / "raw"), work)
    return out, site


def tables(out):
    return pq.read_table(out / "documents.parquet").to_pylist(), pq.read_table(out / "facts.parquet").to_pylist()


def test_every_page_marks_each_fact_once_and_keeps_the_text(seed_site):
    out, site = seed_site
    documents, facts = tables(out)
    for doc in documents:
        if doc["status"] == "rejected":
            assert not (site / "doc" / page_name(doc["doc_id"])).exists()
            continue
        page = Page((site / "doc" / page_name(doc["doc_id"])).read_text(encoding="utf-8"))
        rows = sorted((f for f in facts if f["doc_id"] == doc["doc_id"]), key=lambda f: f["start"])
        assert [m["data-i"] for m in page.marks] == [str(i) for i in range(len(rows))]
        assert "".join(page.text) == doc["text"]


@pytest.fixture(scope="module")
def reports_site(tmp_path_factory):
    return build(shared_path("corpus", "reports-2026", "txt"), tmp_path_factory.mktemp("reports"))


def test_the_29_reports_give_29_pages_their_facts_and_charts(reports_site):
    out, site = reports_site
    documents, facts = tables(out)
    assert len(list((site / "doc").glob("*.html"))) == len(documents) == 29
    for doc in documents:
        page = Page((site / "doc" / page_name(doc["doc_id"])).read_text(encoding="utf-8"))
        assert len(page.marks) == sum(f["doc_id"] == doc["doc_id"] for f in facts)
        assert "".join(page.text) == doc["text"]
    charts_html = (site / "charts.html").read_text(encoding="utf-8")
    assert charts_html.count("<figure") >= 10


def test_chart_bars_are_facts_of_the_tables(reports_site):
    out, _ = reports_site
    _, facts = tables(out)
    known = {(f["region"], f["indicator"] or f["metric"], f["stat"] or "", f["unit"], f["value"]) for f in facts}
    drawn = charts(facts)
    assert drawn
    for chart in drawn:
        assert len(chart["places"]) >= 3
        for (place, _), cell in chart["cells"].items():
            assert (place, chart["title"], chart["stat"], chart["unit"], cell["value"]) in known


def test_index_lists_documents_and_rejected_files_with_reasons(seed_site):
    out, site = seed_site
    documents, _ = tables(out)
    index = (site / "index.html").read_text(encoding="utf-8")
    rejected = [d for d in documents if d["status"] == "rejected"]
    assert rejected and all(d["error"] in unescape(index) for d in rejected)
    assert all(unescape(index).count(d["doc_id"]) >= 1 for d in documents)


@pytest.mark.parametrize("page", ["index.html", "charts.html", "doc/{hostile}"])
def test_markup_in_names_and_text_stays_text(seed_site, page):
    _, site = seed_site
    html = (site / page.format(hostile=page_name(HOSTILE_NAME))).read_text(encoding="utf-8")
    parsed = Page(html)
    assert [attrs.get("src") for tag, attrs in parsed.scripts if tag == "script" and attrs.get("src")] in (
        [], ["../static/review.js"])
    assert not [tag for tag, attrs in parsed.scripts if tag in ("img", "iframe", "object")]
    assert not [attrs for tag, attrs in parsed.scripts if tag == "script" and attrs.get("type") is None
                and not attrs.get("src")]
    if page.startswith("doc/"):
        assert "<script>window.pwned = 2</script>" in "".join(parsed.text)


@pytest.mark.parametrize("text, marked", [
    ("2025年全市生产总值增长5.4%", [("2025年", "date")]),
    ("第三届进博会吸引客商10万人次", [("三", "ordinal")]),
    ("纪念中国人民抗日战争胜利80周年", [("80周年", "period")]),
])
def test_numbers_that_are_not_statistics_are_marked_apart(text, marked):
    facts = [{"start": q.start, "end": q.end} for q in __import__("pipeline").find_quantities(text)
             if q.kind == "statistic"]
    assert [(m["text"], m["kind"]) for m in others(text, facts)] == marked


def test_review_of_a_folder_without_tables_exits_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "review", str(tmp_path)], capture_output=True,
                            text=True)
    assert result.returncode == 2 and "documents.parquet is missing" in result.stderr


def test_notebook_view_marks_the_seed_facts_with_their_fields(seed_site):
    import pandas as pd

    out, _ = seed_site
    facts, documents = pd.read_parquet(out / "facts.parquet"), pd.read_parquet(out / "documents.parquet")
    html = show(facts, documents, "cqrb-2025-05-09")._repr_html_()
    seed = facts[facts.doc_id == "cqrb-2025-05-09"]
    tips = re.findall(r'<mark [^>]*title="([^"]*)"', html)
    assert len(tips) == len(seed)
    for tip, metric in zip(tips, seed.sort_values("start").metric):
        assert f"metric: {metric}" in unescape(tip)


# Facts as the tables give them once `indicator`, `year` and `status` are filled in (GDP growth
# in 2025 and the 2026 target, as three provincial reports of 2026 write them).
GDP_ROWS = [  # doc_id, region, metric, indicator, year, status, value, bound, period, start
    ("sc", "四川省", "地区生产总值", "地区生产总值", 2025, "actual", 5.5, "eq", "2025年", 10),
    ("sc", "四川省", "地区生产总值", "地区生产总值", 2026, "target", 5.0, "approx", "今年", 900),
    ("cq", "重庆市", "生产总值", "地区生产总值", 2025, "actual", 5.3, "eq", "过去一年", 12),
    ("cq", "重庆市", "生产总值", "地区生产总值", 2026, "target", 5.0, "approx", "今年", 800),
    ("sh", "上海市", "全市生产总值", "地区生产总值", 2025, "actual", 5.4, "eq", "一年来", 20),
    ("sh", "上海市", "全市生产总值", "地区生产总值", 2025, "actual", 5.0, "eq", "一年来", 60),
    ("sh", "上海市", "全市生产总值", "地区生产总值", None, "actual", 5.5, "eq", "五年来", 40),
]


@pytest.mark.parametrize("place, series, value", [
    ("四川省", "2025 actual", 5.5),
    ("四川省", "2026 target", 5.0),
    ("重庆市", "2025 actual", 5.3),   # 生产总值 and 地区生产总值 are one indicator
    ("上海市", "2025 actual", 5.4),   # the first figure in reading order stands for the place
    ("上海市", "2026 target", None),  # nothing said; the five-year figure (no year) is left out
])
def test_charts_group_by_indicator_and_put_target_beside_actual(place, series, value):
    keys = ("doc_id", "region", "metric", "indicator", "year", "status", "value", "bound", "period", "start")
    facts = sorted((dict(zip(keys, row), stat="growth_rate", unit="%", text=f"{row[6]}%") for row in GDP_ROWS),
                   key=lambda f: (f["doc_id"], f["start"]))
    (chart,) = charts(facts, {"sc": "doc/sc.html", "cq": "doc/cq.html", "sh": "doc/sh.html"})
    assert chart["title"] == "地区生产总值" and chart["series"] == ["2025 actual", "2026 target"]
    cell = chart["cells"].get((place, series))
    assert (cell and cell["value"]) == value
    if cell:
        doc = {"四川省": "sc", "重庆市": "cq", "上海市": "sh"}[place]
        index = [f for f in facts if f["doc_id"] == doc].index(
            next(f for f in facts if f["doc_id"] == doc and f["value"] == value and str(f["year"]) in series))
        assert cell["link"] == f"doc/{doc}.html#f{index}"


def test_without_chromium_the_browser_tests_say_how_to_install_it(monkeypatch, tmp_path):
    from tests import chromium

    monkeypatch.setattr(chromium, "CHROMIUM", tmp_path / "no-chromium")
    assert "apt-get install -y chromium chromium-driver" in chromium.missing()


@pytest.mark.parametrize("text, spans, marked", [
    ("川渝两地城镇新增就业年均170万人以上。", [(13, 20)], ["0"]),
    ("地区生产总值增长5.5%左右", [(8, 14), (8, 12)], ["0", "1"]),             # one inside the other
    ("3万至5万人次", [(0, 5), (3, 7)], ["0", "1"]),                           # crossing
    ("<b>增长5%</b>，另有表格数据", [(5, 7), (None, None)], ["0"]),          # a table cell outside the text
    ("增长5%\n\n下降3%", [(2, 4), (8, 10)], ["0", "1"]),
])
def test_the_text_is_kept_whole_and_each_placed_fact_marked_once(text, spans, marked):
    from pipeline.review.marks import highlight

    facts = [{"start": s, "end": e, "stat": "growth_rate"} for s, e in spans]
    page = Page(f'<section id="text">{highlight(text, facts, others(text, facts))}</section>')
    assert sorted(m["data-i"] for m in page.marks) == marked
    assert "".join(page.text) == text


def test_a_rebuild_drops_the_pages_of_documents_gone(tmp_path):
    raw = seed_with_hostile_files(tmp_path / "raw")
    out, site = build(raw, tmp_path)
    (raw / f"{HOSTILE_NAME}.txt").unlink()
    pipeline("run", "--input", str(raw), "--output", str(out), "--no-progress")
    pipeline("review", str(out), "--output", str(site))
    assert sorted(p.name for p in (site / "doc").iterdir()) == [page_name("cqrb-2025-05-09")]
