"""`figure_id`: the mentions of one document that state the same figure share it.

>>> rows = [{"fact_id": "a", "start": 10, "metric": "城镇新增就业", "indicator": "城镇新增就业", "value": 180000.0,
...          "value_max": None, "unit": "人", "bound": "ge", "stat": None, "status": "target",
...          "period": "今年", "period_start": "2026-01-01", "period_end": "2026-12-31"},
...         {"fact_id": "b", "start": 90, "metric": "新增城镇就业", "indicator": "城镇新增就业", "value": 180000.0,
...          "value_max": None, "unit": "人", "bound": "ge", "stat": None, "status": "target",
...          "period": "2026年", "period_start": "2026-01-01", "period_end": "2026-12-31"}]
>>> [row["figure_id"] for row in mark_repeats(rows)]
['a', 'a']

A figure is the same when its indicator (or, without one, its metric), value, range, unit, bound,
stat, status and period (the resolved span, or the period as written when it has none) are. The
`figure_id` is the `fact_id` of its first mention, so `facts[facts.fact_id == facts.figure_id]`
keeps one row a figure.
"""
from __future__ import annotations


def figure_key(row: dict) -> tuple:
    period = (row.get("period_start"), row.get("period_end")) if row.get("period_start") else row.get("period")
    return (row.get("indicator") or row.get("metric"), row.get("value"), row.get("value_max"), row.get("unit"),
            row.get("bound"), row.get("stat"), row.get("status"), period)


def mark_repeats(rows: list[dict]) -> list[dict]:
    """Sets `figure_id` on every row (rows of one document); returns the rows."""
    first: dict[tuple, str | None] = {}
    for row in sorted(rows, key=lambda r: (r.get("start") or 0, r.get("fact_id") or "")):
        row["figure_id"] = first.setdefault(figure_key(row), row.get("fact_id"))
    return rows
