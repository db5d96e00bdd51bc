"""One document's review page: its text with every fact marked, and a table of its facts.

>>> doc = {"doc_id": "a<b>", "status": "ok", "region": None, "text": "生产总值增长5.4%。"}
>>> facts = [{"fact_id": "1", "metric": "生产总值", "value": 5.4, "unit": "%", "stat": "growth_rate",
...           "text": "5.4%", "start": 6, "end": 10}]
>>> html = document_page(doc, facts, [], back="../index.html")
>>> html.count('<mark class="f s-growth_rate"'), "a&lt;b&gt;" in html, "<b>" in html
(1, True, False)
"""
from __future__ import annotations

import json
from datetime import date
from html import escape

from .marks import STATS, KINDS, highlight, stat_class

# What a hover shows, in this order (the table shows the same but `text`, `sentence`).
FIELDS = ("metric", "indicator", "subject", "value", "value_max", "unit", "bound", "stat", "period",
          "year", "status", "region", "page", "table", "row", "column", "text")
# Shown even when empty, so that a reviewer sees what is missing (no indicator, no year).
ALWAYS = ("metric", "indicator", "subject", "value", "unit", "bound", "stat", "period", "year", "status")
TABLE_COLUMNS = ("text", "metric", "value", "unit", "stat", "subject", "bound", "period", "year", "status",
                 "indicator")


def skeleton(title: str, body: str, static: str, scripts: bool = True, kind: str = "site") -> str:
    """A complete HTML page; `static` is the relative path to the package's static folder."""
    script = f'<script src="{escape(static)}/review.js"></script>' if scripts else ""
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="icon" href="data:,">'
            f'<link rel="stylesheet" href="{escape(static)}/review.css"></head>\n'
            f'<body class="{kind}">{body}{script}</body></html>\n')


def cell(value) -> str:
    """A field as text: None as empty, a whole float without its .0, a date in ISO form.

    >>> cell(1700000.0), cell(5.4), cell(None), cell(2025), cell(date(2025, 1, 1))
    ('1700000', '5.4', '', '2025', '2025-01-01')
    """
    if value is None or value != value:          # None or NaN
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def grouped(value: float) -> str:
    """A value with its thousands grouped, as the table shows it.

    >>> grouped(6100000000.0), grouped(5.4), grouped(1234567.5), grouped(-3.0)
    ('6,100,000,000', '5.4', '1,234,567.5', '-3')
    """
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def fact_record(fact: dict) -> dict:
    """The fields a hover shows: those of ALWAYS ("" when null), the others when set.

    >>> fact_record({"metric": "城镇新增就业", "value": 1700000.0, "bound": "ge", "stat": None, "page": 3})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'metric': '城镇新增就业', 'indicator': '', 'subject': '', 'value': '1700000', 'unit': '', 'bound': 'ge',
     'stat': '', 'period': '', 'year': '', 'status': '', 'page': '3'}
    """
    return {name: cell(fact.get(name)) for name in FIELDS if name in ALWAYS or cell(fact.get(name)) != ""}


def data_script(records: list[dict], element_id: str = "facts-data") -> str:
    """Records as JSON inside a <script> that never runs; `<` is escaped so no text can end it.

    >>> data_script([{"text": "</script><script>x"}])
    '<script type="application/json" id="facts-data">[{"text": "\\\\u003c/script>\\\\u003cscript>x"}]</script>'
    """
    payload = json.dumps(records, ensure_ascii=False).replace("<", "\\u003c")
    return f'<script type="application/json" id="{element_id}">{payload}</script>'


def facts_table(facts: list[dict]) -> str:
    """The facts as a sortable, filterable grid of rows of one height; row `r{i}` answers mark `f{i}`.

    Rows are not a <table>: a browser lays out a table of thousands of rows as a whole (seconds on a
    300-page report), while rows of fixed height off screen are skipped (`content-visibility`).

    >>> html = facts_table([{"text": "5%", "metric": "<b>", "value": 5.0, "stat": "share"}])
    >>> html.count('role="row"'), "&lt;b&gt;" in html
    (2, True)
    """
    head = "".join(f'<span role="columnheader" data-col="{n}" data-type="{"num" if n in ("#", "value", "year") else "text"}"'
                   f' title="sort by {n}">{n}</span>' for n in ("#",) + TABLE_COLUMNS)
    rows = []
    for i, fact in enumerate(facts):
        cells = []
        for name in TABLE_COLUMNS:
            value = escape(cell(fact.get(name)))
            sort = f' data-v="{value}"' if name in ("value", "year") and value else ""
            shown = grouped(fact[name]) if name == "value" and value else value
            cells.append(f'<span role="cell"{sort} title="{value}">{shown}</span>')
        rows.append(f'<div role="row" class="tr {stat_class(fact.get("stat"))}" id="r{i}" data-i="{i}">'
                    f'<span role="cell" data-v="{i}">{i + 1}</span>{"".join(cells)}</div>')
    options = "".join(f'<option value="{s}">{s}</option>' for s in STATS + ("none",))
    return (f'<div class="filters"><input id="filter" type="search" placeholder="filter: metric, subject, '
            f'value, period…" aria-label="filter facts"><select id="stat-filter" aria-label="stat">'
            f'<option value="">every stat</option>{options}</select>'
            f'<span id="shown">{len(facts)} facts</span></div>'
            f'<div id="facts" role="table"><div class="thead" role="rowgroup"><div class="tr head" role="row">'
            f'{head}</div></div><div class="tbody" role="rowgroup">{"".join(rows)}</div></div>')


def legend() -> str:
    stats = "".join(f'<span class="key f {stat_class(s)}">{s or "none"}</span>' for s in STATS + (None,))
    kinds = "".join(f'<span class="key q k-{k}">{k}</span>' for k in KINDS)
    return (f'<div class="legend"><span>facts by stat:</span>{stats}'
            f'<span>not statistics:</span>{kinds}</div>')


def document_page(doc: dict, facts: list[dict], other_marks: list[dict], back: str = "index.html",
                  static: str = "static") -> str:
    """The page of one document: header, legend, marked text beside its facts table.

    `facts` are the document's rows in reading order, `other_marks` what `marks.others` gives.
    """
    title = doc["doc_id"]
    about = " · ".join(escape(cell(doc.get(n))) for n in ("region", "format", "doc_date") if cell(doc.get(n)))
    counts = f"{len(facts)} facts · {len(other_marks)} numbers that are not statistics"
    header = (f'<header><a href="{escape(back)}">← all documents</a><h1>{escape(title)}</h1>'
              f'<p class="meta">{about + " · " if about else ""}{counts}</p>{legend()}</header>')
    body = (f'{header}<main class="review"><section class="text" id="text" lang="zh">'
            f'{highlight(doc.get("text") or "", facts, other_marks)}</section>'
            f'<section class="table">{facts_table(facts)}</section></main>'
            f'<div id="pop" role="tooltip" hidden></div>'
            f'{data_script([fact_record(fact) for fact in facts])}')
    return skeleton(f"{title} · cnstats review", body, static, kind="document")
