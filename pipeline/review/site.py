"""The review site: read OUT's Parquet tables, write an index, a page per document and the charts.

>>> import tempfile, pathlib
>>> from pipeline.tables import write_table, DOCUMENTS, FACTS
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> text = "今年城镇新增就业170万人以上。"
>>> write_table([{"doc_id": "seed", "status": "ok", "n_facts": 1, "text": text},
...              {"doc_id": "bad", "status": "rejected", "error": "empty file", "n_facts": 0}],
...             DOCUMENTS, out / "documents.parquet")
>>> write_table([{"doc_id": "seed", "metric": "城镇新增就业", "value": 1700000.0, "unit": "人", "bound": "ge",
...               "text": "170万人以上", "start": 8, "end": 15}], FACTS, out / "facts.parquet")
>>> summary = build_site(out)
>>> summary["pages"], summary["rejected"], sorted(p.name for p in (out / "review").iterdir())
(1, 1, ['charts.html', 'doc', 'index.html', 'static'])
"""
from __future__ import annotations

import hashlib
import re
import shutil
import time
from collections import Counter
from html import escape
from pathlib import Path

import pyarrow.parquet as pq

from .charts import charts, figure
from .marks import STATS, others
from .page import cell, document_page, skeleton

STATIC = Path(__file__).parent / "static"


class ReviewError(Exception):
    """OUT has no tables to review."""


def read_tables(out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """documents, facts and runs as rows (runs empty when the table is absent)."""
    for name in ("documents.parquet", "facts.parquet"):
        if not (out / name).exists():
            raise ReviewError(f"{out / name} is missing: run `python -m pipeline run --output {out}` first")
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    facts = pq.read_table(out / "facts.parquet").to_pylist()
    runs = pq.read_table(out / "runs.parquet").to_pylist() if (out / "runs.parquet").exists() else []
    return documents, facts, runs


def page_name(doc_id: str) -> str:
    """A file name for a document's page: its id's letters (any script) and a short digest.

    >>> page_name("2025/chuanyu"), page_name("<script>x")
    ('2025_chuanyu-5e9bb498.html', '_script_x-5e370795.html')
    """
    readable = re.sub(r"[^\w.-]+", "_", doc_id, flags=re.UNICODE)[:60].strip(".") or "doc"
    return f"{readable}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}.html"


def _by_document(facts: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for fact in facts:
        grouped.setdefault(fact["doc_id"], []).append(fact)
    for rows in grouped.values():
        rows.sort(key=lambda f: (f.get("start") or 0, f.get("end") or 0, f.get("fact_id") or ""))
    return grouped


def index_page(documents: list[dict], counts: dict[str, dict], runs: list[dict], chart_list: list[dict],
               pages: dict[str, str]) -> str:
    """The index: last run, documents with status and counts, rejected files with their reasons."""
    ok = [d for d in documents if d.get("status") != "rejected"]
    rejected = [d for d in documents if d.get("status") == "rejected"]
    total = sum(c["facts"] for c in counts.values())
    parts = [f'<header><h1>cnstats review</h1><p class="meta">{len(documents)} documents · {len(ok)} read · '
             f'{len(rejected)} rejected · {total} facts · <a href="charts.html">{len(chart_list)} charts</a>'
             f'</p></header><div class="page">']
    if runs:
        last = max(runs, key=lambda r: str(r.get("started")))
        started = last["started"].strftime("%Y-%m-%d %H:%M UTC") if last.get("started") else ""
        parts.append(f'<p class="meta">last run {escape(started)} · {escape(cell(last.get("mode")))} run · '
                     f'{escape(cell(last.get("status")))} · version {escape(cell(last.get("version")))} · '
                     f'{last.get("seconds") or 0:.1f} s</p>')
    stat_heads = "".join(f'<th class="num">{s}</th>' for s in STATS)
    parts.append(f'<h2>Documents</h2><table class="docs"><thead><tr><th>document</th><th>region</th><th>date</th>'
                 f'<th>format</th><th>status</th><th class="num">facts</th>{stat_heads}'
                 f'<th class="num">not statistics</th></tr></thead><tbody>')
    for doc in documents:
        doc_id = doc["doc_id"]
        count = counts.get(doc_id, {"facts": doc.get("n_facts") or 0, "stats": Counter(), "others": ""})
        link = (f'<a href="doc/{escape(pages[doc_id])}">{escape(doc_id)}</a>' if doc_id in pages
                else escape(doc_id))
        status = escape(cell(doc.get("status")))
        stats = "".join(f'<td class="num">{count["stats"].get(s, "")}</td>' for s in STATS)
        when = cell(doc.get("doc_date")) or cell(doc.get("doc_year"))
        parts.append(f'<tr><td>{link}</td><td>{escape(cell(doc.get("region")))}</td><td>{escape(when)}</td>'
                     f'<td>{escape(cell(doc.get("format")))}</td><td><span class="pill {status}">{status}</span></td>'
                     f'<td class="num">{count["facts"]}</td>{stats}<td class="num">{count["others"]}</td></tr>')
    parts.append("</tbody></table>")
    if chart_list:
        links = " · ".join(f'<a href="charts.html#chart-{i}">{escape(c["title"])}</a>' for i, c in enumerate(chart_list))
        parts.append(f'<h2>Charts ({len(chart_list)})</h2><p class="chart-links">{links}</p>')
    parts.append(f"<h2>Rejected files ({len(rejected)})</h2>")
    if rejected:
        parts.append('<table class="docs"><thead><tr><th>document</th><th>source</th><th>reason</th></tr></thead><tbody>')
        parts.extend(f'<tr><td>{escape(d["doc_id"])}</td><td>{escape(cell(d.get("source")))}</td>'
                     f'<td class="bad">{escape(cell(d.get("error")))}</td></tr>' for d in rejected)
        parts.append("</tbody></table>")
    else:
        parts.append('<p class="meta">none: every file was read.</p>')
    parts.append("</div>")
    return skeleton("cnstats review", "".join(parts), "static", scripts=False)


def charts_page(chart_list: list[dict]) -> str:
    figures = "".join(figure(chart, f"chart-{i}") for i, chart in enumerate(chart_list))
    note = ("" if chart_list else '<p class="meta">No indicator is reported by three places or more.</p>')
    return skeleton("charts · cnstats review",
                    f'<header><a href="index.html">← all documents</a><h1>Indicators across documents</h1>'
                    f'<p class="meta">One chart per indicator (the metric where no indicator is set), for the '
                    f'stat and unit most places report; the first figure of each document stands for its place. '
                    f'Click a bar to see the figure in its text.</p></header>'
                    f'<div class="page">{note}<div class="charts">{figures}</div></div>', "static", scripts=False)


def build_site(out: str | Path, output: str | Path | None = None) -> dict:
    """Write the site for OUT's tables into `output` (default OUT/review); return what it wrote."""
    started = time.perf_counter()
    out = Path(out)
    target = Path(output) if output is not None else out / "review"
    documents, facts, runs = read_tables(out)
    documents.sort(key=lambda d: d["doc_id"])
    by_document = _by_document(facts)
    (target / "doc").mkdir(parents=True, exist_ok=True)
    shutil.copytree(STATIC, target / "static", dirs_exist_ok=True)
    pages, counts = {}, {}
    for doc in documents:
        if doc.get("status") == "rejected" or doc.get("text") is None:
            continue
        rows = by_document.get(doc["doc_id"], [])
        marks = others(doc["text"], rows)
        name = page_name(doc["doc_id"])
        (target / "doc" / name).write_text(document_page(doc, rows, marks, back="../index.html",
                                                         static="../static"), encoding="utf-8")
        pages[doc["doc_id"]] = name
        counts[doc["doc_id"]] = {"facts": len(rows), "others": len(marks),
                                 "stats": Counter(r.get("stat") for r in rows)}
    for stale in (target / "doc").glob("*.html"):      # pages of documents gone since the last build
        if stale.name not in set(pages.values()):
            stale.unlink()
    regions = {d["doc_id"]: d.get("region") for d in documents}
    placed = [dict(f, region=f.get("region") or regions.get(f["doc_id"]))
              for rows in by_document.values() for f in rows]
    chart_list = charts(placed, {doc_id: f"doc/{name}" for doc_id, name in pages.items()})
    (target / "charts.html").write_text(charts_page(chart_list), encoding="utf-8")
    (target / "index.html").write_text(index_page(documents, counts, runs, chart_list, pages), encoding="utf-8")
    return {"output": str(target), "pages": len(pages), "charts": len(chart_list), "facts": len(facts),
            "rejected": sum(d.get("status") == "rejected" for d in documents),
            "seconds": round(time.perf_counter() - started, 2)}


def main(out: str, output: str | None = None) -> int:
    """The `review` command: 0 when the site is written, 2 when OUT has no tables."""
    import sys

    try:
        summary = build_site(out, output)
    except ReviewError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"review site: {summary['output']}/index.html — {summary['pages']} document pages, "
          f"{summary['charts']} charts, {summary['facts']} facts, {summary['rejected']} rejected; "
          f"{summary['seconds']} s", file=sys.stderr)
    return 0
