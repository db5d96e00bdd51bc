"""For notebooks: `compare(facts, indicator, …)`, one row per region, and the catalogue as a table.

>>> import pandas as pd
>>> facts = pd.DataFrame([
...     {"region": "北京市", "indicator": "地区生产总值", "stat": "growth_rate", "year": 2025, "status": "actual",
...      "value": 5.4, "value_max": None, "unit": "%", "bound": "eq", "sentence": "全市地区生产总值5.2万亿元、增长5.4%", "doc_id": "bj"},
...     {"region": "广东省", "indicator": "地区生产总值", "stat": "growth_rate", "year": 2025, "status": "actual",
...      "value": 3.9, "value_max": None, "unit": "%", "bound": "eq", "sentence": "地区生产总值增长3.9%", "doc_id": "gd"},
...     {"region": "广东省", "indicator": "地区生产总值", "stat": "growth_rate", "year": 2025, "status": "actual",
...      "value": 4.1, "value_max": None, "unit": "%", "bound": "eq", "sentence": "某季度增长4.1%", "doc_id": "gd"}])
>>> table = compare(facts, "地区生产总值", stat="growth_rate", year=2025, status="actual")
>>> table[["region", "value", "n_values", "values"]].to_dict("records")
[{'region': '北京市', 'value': 5.4, 'n_values': 1, 'values': '5.4'}, {'region': '广东省', 'value': 3.9, 'n_values': 2, 'values': '3.9; 4.1'}]

When several different values match one region, `n_values` says how many and `values` lists them:
`value` is then the first mention's, not a choice. Repeats of one figure (same `figure_id`) count once.
"""
from __future__ import annotations

import pyarrow as pa

from .indicator import catalogue

INDICATORS = pa.schema([
    ("code", pa.string()),
    ("indicator", pa.string()),
    ("indicator_en", pa.string()),
    ("unit", pa.string()),
    ("aliases", pa.list_(pa.string())),
    ("scope", pa.string()),
])


def indicators_table() -> pa.Table:
    """The catalogue (lexicon/indicators.tsv) as the `indicators.parquet` dimension table.

    >>> table = indicators_table()
    >>> row = table.slice(0, 1).to_pylist()[0]
    >>> row["code"], row["indicator"], row["unit"], row["aliases"][:3]
    ('gdp', '地区生产总值', '亿元', ['地区生产总值', '生产总值', 'GDP'])
    """
    entries = catalogue().indicators
    # Laid out as Arrow buffers (tables._column): pyarrow's conversion of Python lists would import pandas,
    # a quarter of a second of every run that writes the tables.
    from array import array
    from itertools import accumulate

    from ..tables import _column

    aliases = [[alias.partition("@")[0] for alias in e.aliases] for e in entries]
    offsets = array("i", [0])
    offsets.extend(accumulate(map(len, aliases)))
    listed = pa.ListArray.from_arrays(
        pa.Array.from_buffers(pa.int32(), len(offsets), [None, pa.py_buffer(offsets)]),
        _column([alias for names in aliases for alias in names], pa.string()))
    strings = {name: _column([getattr(e, name) for e in entries], pa.string())
               for name in ("code", "indicator", "indicator_en", "unit", "scope")}
    return pa.Table.from_arrays([listed if name == "aliases" else strings[name] for name in INDICATORS.names],
                                schema=INDICATORS)


def _format(value: float, value_max) -> str:
    text = f"{value:g}"
    if value_max is not None and value_max == value_max:  # not NaN
        text += f"..{value_max:g}"
    return text


def compare(facts, indicator: str, stat: str | None = None, year: int | None = None,
            status: str | None = None, unit: str | None = None):
    """One row per region for an indicator: value, range, unit, bound, year, status, the source
    sentence and document, and `n_values` / `values` (several different values say so).

    `stat`, `year`, `status` and `unit` filter when given; `stat="level"` keeps the levels (rows
    without a stat: 地区生产总值5.2万亿元).
    """
    import pandas as pd

    rows = facts[facts["indicator"] == indicator]
    if stat == "level":
        rows = rows[rows["stat"].isna()]
    elif stat is not None:
        rows = rows[rows["stat"] == stat]
    for column, wanted in (("year", year), ("status", status), ("unit", unit)):
        if wanted is not None:
            rows = rows[rows[column] == wanted]
    if "figure_id" in rows.columns:
        rows = rows.drop_duplicates("figure_id")
    columns = ["region", "value", "value_max", "unit", "bound", "stat", "year", "status", "n_values", "values",
               "sentence", "doc_id"]
    out = []
    for region, group in rows.groupby(rows["region"].fillna(""), sort=True):
        shown = group.iloc[0]
        distinct = []
        for value, value_max, bound in zip(group["value"], group["value_max"], group["bound"]):
            text = _format(value, value_max) + ("" if bound in ("eq", None) else f" ({bound})")
            if text not in distinct:
                distinct.append(text)
        record = {name: shown.get(name) for name in columns if name in group.columns}
        record.update(region=region or None, n_values=len(distinct), values="; ".join(
            d.replace(" (eq)", "") for d in distinct))
        out.append(record)
    return pd.DataFrame(out, columns=columns)
