"""One document's facts highlighted in a Jupyter cell: `show(facts, documents, doc_id)`.

>>> import pandas as pd
>>> documents = pd.DataFrame([{"doc_id": "seed", "status": "ok", "text": "城镇新增就业170万人以上。"}])
>>> facts = pd.DataFrame([{"doc_id": "seed", "metric": "城镇新增就业", "value": 1700000.0, "unit": "人",
...                        "bound": "ge", "stat": "annual_average", "text": "170万人以上", "start": 6, "end": 13}])
>>> view = show(facts, documents, "seed")
>>> view
<review of seed: 1 fact>
>>> html = view._repr_html_()
>>> html.count("<mark "), "value: 1700000" in html
(1, True)

The cell needs no script and no stylesheet (notebooks may strip both): colours are inline, and
hovering a figure shows its fields as the mark's tooltip.
"""
from __future__ import annotations

from html import escape

from .marks import STATS, others, placed, stat_class
from .page import TABLE_COLUMNS, cell, fact_record

# The same colours as the site's stylesheet, inline.
COLOURS = {"s-cumulative": "#cfe3ff", "s-annual_average": "#ffe2b8", "s-growth_rate": "#c8efd1",
           "s-change": "#f6d0e6", "s-share": "#e2d7fb", "s-none": "#fff1a8", "s-other": "#e6e6e6"}


def _rows(table) -> list[dict]:
    """Rows of a DataFrame, a pyarrow Table or a list of dicts, nulls as None."""
    if hasattr(table, "to_pylist"):
        return table.to_pylist()
    if hasattr(table, "to_dict"):
        return [{k: (None if v is None or (isinstance(v, float) and v != v) else v) for k, v in row.items()}
                for row in table.astype(object).to_dict("records")]
    return list(table)


class Review:
    """A document and its facts, shown highlighted by Jupyter (`_repr_html_`)."""

    def __init__(self, doc: dict, facts: list[dict]):
        self.doc, self.facts = doc, facts

    def __repr__(self) -> str:
        count = len(self.facts)
        return f"<review of {self.doc['doc_id']}: {count} fact{'' if count == 1 else 's'}>"

    def _repr_html_(self) -> str:
        text = self.doc.get("text") or ""
        pieces, position = [], 0
        marks = [(f["start"], f["end"], f) for f in self.facts if placed(f, len(text))] + \
                [(m["start"], m["end"], m) for m in others(text, self.facts)]
        for start, end, mark in sorted(marks, key=lambda m: (m[0], -m[1])):
            if start < position:
                continue            # inside another mark: its fields are still in the table below
            pieces.append(escape(text[position:start]))
            shown = escape(text[start:end])
            if "kind" in mark:
                pieces.append(f'<span style="border-bottom:2px dotted #9aa3b2" title="not a statistic: '
                              f'{escape(mark["kind"])}">{shown}</span>')
            else:
                tip = "\n".join(f"{k}: {v or '—'}" for k, v in fact_record(mark).items())
                colour = COLOURS[stat_class(mark.get("stat"))]
                pieces.append(f'<mark style="background:{colour};color:inherit;border-radius:3px" '
                              f'title="{escape(tip)}">{shown}</mark>')
            position = end
        pieces.append(escape(text[position:]))
        key = " ".join(f'<span style="background:{COLOURS[stat_class(s)]};padding:0 4px">{s or "none"}</span>'
                       for s in STATS + (None,))
        head = "".join(f"<th>{n}</th>" for n in TABLE_COLUMNS)
        rows = "".join("<tr>" + "".join(f"<td>{escape(cell(f.get(n)))}</td>" for n in TABLE_COLUMNS) + "</tr>"
                       for f in self.facts)
        return (f'<div><b>{escape(self.doc["doc_id"])}</b> · {len(self.facts)} facts · {key}'
                f'<div style="white-space:pre-wrap;line-height:1.8;max-height:28em;overflow:auto;'
                f'border:1px solid #d9dee6;padding:6px 10px;margin:4px 0">{"".join(pieces)}</div>'
                f'<details><summary>facts table</summary><table><thead><tr>{head}</tr></thead>'
                f'<tbody>{rows}</tbody></table></details></div>')


def show(facts, documents, doc_id: str) -> Review:
    """The document `doc_id` with its facts, for a notebook cell (tables as read with pandas)."""
    doc = next((d for d in _rows(documents) if d["doc_id"] == doc_id), None)
    if doc is None:
        raise KeyError(f"no document {doc_id!r} in the documents table")
    rows = sorted((f for f in _rows(facts) if f["doc_id"] == doc_id),
                  key=lambda f: (f.get("start") or 0, f.get("end") or 0, f.get("fact_id") or ""))
    return Review(doc, rows)
