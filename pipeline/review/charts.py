"""Charts across documents: one per indicator (or metric, while indicators are not filled in),
bars by region, one bar per year and status (actual beside target), drawn as plain SVG.

>>> facts = [{"doc_id": d, "region": r, "metric": "地区生产总值", "indicator": None, "stat": "growth_rate",
...           "unit": "%", "value": v, "bound": "eq", "status": "actual", "year": 2025, "period": "2025年",
...           "text": f"{v}%", "start": 0} for d, r, v in (("a", "四川省", 5.5), ("b", "重庆市", 5.3), ("c", "上海市", 5.4))]
>>> [chart["title"] for chart in charts(facts)]
['地区生产总值']
>>> chart = charts(facts)[0]
>>> chart["places"], chart["series"]
(['四川省', '上海市', '重庆市'], ['2025 actual'])
>>> svg(chart).count("<rect class=\\"bar\\"")
3
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from html import escape

from ..lexicon import LEXICON

STATUS_ORDER = {"actual": 0, "target": 1, "forecast": 2}
COLOURS = ("#3566c9", "#f0953a", "#3fa66b", "#9b6bd6")
BOUND_SIGNS = {"approx": "≈", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}
_PLAIN_YEAR = re.compile(r"(\d{4})年")


def year_of(fact: dict) -> int | None:
    """The fact's `year`; while that column is empty, a period that is one year written in digits.

    >>> year_of({"year": 2026, "period": "2025年"}), year_of({"year": None, "period": "2025年"})
    (2026, 2025)
    >>> year_of({"year": None, "period": "五年来"}) is None
    True
    """
    if fact.get("year") is not None:
        return int(fact["year"])
    match = _PLAIN_YEAR.fullmatch(fact.get("period") or "")
    return int(match.group(1)) if match else None


def series_of(fact: dict) -> str:
    """The bar a fact fills: its year and status.

    >>> series_of({"year": 2026, "status": "target"}), series_of({"year": None, "status": None})
    ('2026 target', 'all')
    """
    label = " ".join(str(part) for part in (year_of(fact), fact.get("status")) if part)
    return label or "all"


def _series_key(label: str) -> tuple:
    year, _, status = label.partition(" ")
    if not year.isdigit():
        year, status = "", label
    return (year, STATUS_ORDER.get(status, 9), status)


def charts(facts: list[dict], pages: dict[str, str] | None = None, min_places: int = 3,
           max_series: int = 3, limit: int = 80) -> list[dict]:
    """The charts the facts allow: per indicator (else metric), the stat and unit that the most
    places report for a known year; a place is a region (else a document). The first figure in reading order
    stands for a place and series. `pages` maps doc_id to its page, to link each bar to its fact."""
    groups: dict[tuple, dict] = defaultdict(dict)
    for index, fact in _indexed(facts):
        name = fact.get("indicator") or fact.get("metric")
        if not name or fact.get("value") is None or not math.isfinite(fact["value"]):
            continue
        if year_of(fact) is None:
            continue          # a figure of no one year (五年来, 今年 before years are read) compares with nothing
        place = fact.get("region") or fact.get("doc_id")
        key = (name, fact.get("stat") or "", fact.get("unit") or "")
        cell = (place, series_of(fact))
        if cell not in groups[key]:
            link = f"{pages[fact['doc_id']]}#f{index}" if pages and fact.get("doc_id") in pages else None
            groups[key][cell] = {"value": float(fact["value"]), "bound": fact.get("bound"),
                                 "text": fact.get("text") or "", "period": fact.get("period") or "",
                                 "link": link}
    best: dict[str, tuple] = {}
    for key, cells in groups.items():
        places = {place for place, _ in cells}
        if len(places) >= min_places and (key[0] not in best or len(places) > best[key[0]][0]):
            best[key[0]] = (len(places), key)
    result = []
    for count, key in sorted(best.values(), key=lambda item: (-item[0], item[1])):
        cells = groups[key]
        tally = defaultdict(int)
        for _, series in cells:
            tally[series] += 1
        series = sorted(sorted(tally, key=lambda s: -tally[s])[:max_series], key=_series_key)
        places = sorted({place for place, s in cells if s in series},
                        key=lambda p: ([-cells[(p, s)]["value"] if (p, s) in cells else math.inf for s in series], p))
        result.append({"title": key[0], "stat": key[1], "unit": key[2], "series": series,
                       "places": places, "cells": {c: v for c, v in cells.items() if c[1] in series}})
    return result[:limit]


def _indexed(facts: list[dict]):
    """Each fact with its index among its document's facts (the page's mark `f{index}`)."""
    counters: dict[str, int] = defaultdict(int)
    for fact in facts:
        doc = fact.get("doc_id")
        yield counters[doc], fact
        counters[doc] += 1


def _scale(largest: float) -> tuple[float, str]:
    """Divide big numbers by 万 or 亿 for reading.

    >>> _scale(5.67e12), _scale(5.5), _scale(35000)
    ((100000000, '亿'), (1, ''), (10000, '万'))
    """
    for word, size in sorted(LEXICON.scales.items(), key=lambda item: -item[1]):
        if size in (10 ** 4, 10 ** 8) and largest >= size:
            return size, word
    return 1, ""


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high].

    >>> _ticks(0, 7.2)
    [0, 2, 4, 6, 8]
    """
    span = (high - low) or 1.0
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    return [round(first + i * step, 10) for i in range(int(math.ceil((high - first) / step)) + 1)]


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def svg(chart: dict, width: int = 560) -> str:
    """The chart as an inline SVG: a row per place, a bar per series, the value at its end."""
    series, places, cells = chart["series"], chart["places"], chart["cells"]
    values = [cell["value"] for cell in cells.values()]
    size, word = _scale(max(abs(v) for v in values))
    ticks = _ticks(min(0.0, min(values) / size), max(0.0, max(values) / size))
    low, high = ticks[0], ticks[-1]
    label_width, right, bar, gap, top = 118, 64, 12, 7, 8
    plot = width - label_width - right
    row = bar * len(series) + gap
    height = top + row * len(places) + 30

    def x(value: float) -> float:
        return label_width + (value / size - low) / ((high - low) or 1) * plot

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(chart["title"])}">']
    for tick in ticks:
        tx = label_width + (tick - low) / ((high - low) or 1) * plot
        parts.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{top - 4}" y2="{height - 24}" stroke="#e3e7ee"/>'
                     f'<text x="{tx:.1f}" y="{height - 10}" text-anchor="middle" fill="#5d6675">'
                     f'{_number(tick)}</text>')
    zero = x(0.0)
    for p, place in enumerate(places):
        y0 = top + p * row
        if p:
            parts.append(f'<line x1="8" x2="{width - 8}" y1="{y0 - gap / 2:.1f}" y2="{y0 - gap / 2:.1f}" '
                         f'stroke="#f0f2f5"/>')
        parts.append(f'<text x="{label_width - 6}" y="{y0 + bar * len(series) / 2 - 1:.1f}" text-anchor="end" '
                     f'dominant-baseline="middle" fill="#1d2430">{escape(place)}</text>')
        for s, name in enumerate(series):
            cell = cells.get((place, name))
            if cell is None:
                continue
            end, y = x(cell["value"]), y0 + s * bar
            left, span = min(zero, end), abs(end - zero)
            sign = BOUND_SIGNS.get(cell["bound"], "")
            label = f'{sign}{_number(cell["value"] / size)}'
            tip = f'{place} · {name}: {cell["text"]} {cell["period"]}'.strip()
            rect = (f'<rect class="bar" x="{left:.1f}" y="{y:.1f}" width="{max(span, 1):.1f}" height="{bar - 2}" '
                    f'fill="{COLOURS[s % len(COLOURS)]}"><title>{escape(tip)}</title></rect>'
                    f'<text x="{max(end, zero) + 3:.1f}" y="{y + bar / 2:.1f}" dominant-baseline="middle" '
                    f'font-size="10" fill="#3a4250">{escape(label)}</text>')
            parts.append(f'<a href="{escape(cell["link"])}">{rect}</a>' if cell["link"] else rect)
    parts.append(f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="{top - 4}" y2="{height - 24}" stroke="#5d6675"/>')
    parts.append("</svg>")
    return "".join(parts)


def figure(chart: dict, anchor: str) -> str:
    """The chart with its caption and legend."""
    values = [cell["value"] for cell in chart["cells"].values()]
    size, word = _scale(max(abs(v) for v in values))
    unit = f"{word}{chart['unit']}" or "no unit"
    keys = "".join(f'<span><i style="background:{COLOURS[i % len(COLOURS)]}"></i>{escape(s)}</span>'
                   for i, s in enumerate(chart["series"]))
    return (f'<figure class="chart" id="{escape(anchor)}"><figcaption>{escape(chart["title"])} '
            f'<small>{escape(chart["stat"] or "level")} · {escape(unit)} · {len(chart["places"])} places'
            f'</small></figcaption><div class="series">{keys}</div>{svg(chart)}</figure>')
