"""The rows of a PDF table printed without column rules (a 三线表: rules above and under the header and at the
foot), set on a grid: each piece of a row goes to the column it stands in, so that an empty cell stays empty and a
header stands over its figures, as in a table with rules.

>>> rows = [[(100, 120, "PMI"), (140, 160, "生产")],
...         [(40, 80, "2016年6月"), (102, 118, "50.0"), (142, 158, "52.5")],
...         [(40, 84, "2016年10月"), (102, 118, "51.2"), (142, 158, "53.3")],
...         [(40, 84, "2016年11月"), (142, 158, "53.9")]]
>>> grid(rows)
[['', 'PMI', '生产'], ['2016年6月', '50.0', '52.5'], ['2016年10月', '51.2', '53.3'], ['2016年11月', '', '53.9']]

The columns of figures are where the figures of the rows stand (a column's figures overlap, whether set to the
right, the left or the middle); labels, units and translations make columns where they stand between them. A
piece over more than one column (a header spanning its columns) goes to the first it covers, as a table's text
writes a spanning cell.
"""
from __future__ import annotations

import re

_FIGURE = re.compile(r"[-+−－(（]?\d[\d,]*(?:\.\d+)?[%‰)）]?|[—…-]+")

Piece = tuple  # (x0, x1, text)


def grid(rows: list[list[Piece]]) -> list[list[str]]:
    """The rows' texts on the columns their pieces stand in; the pieces in order where too few rows have figures."""
    body = [row for row in rows if len(row) >= 2 and any(_FIGURE.fullmatch(text.strip()) for _x0, _x1, text in row[1:])]
    if len(body) < 2:
        return [[text for _x0, _x1, text in row] for row in rows]
    columns = _union(sorted((x0, x1) for row in body for x0, x1, text in row if _FIGURE.fullmatch(text.strip())))
    # the other pieces of those rows (labels, units, translations) make columns of their own where they stand
    # between the columns of figures, not over two of them
    words = sorted((x0, x1) for row in body for x0, x1, text in row if not _FIGURE.fullmatch(text.strip())
                   and sum(1 for low, high in columns if x0 < high and x1 > low) <= 1)
    columns = _union(sorted(columns + words))
    result = []
    for row in rows:
        cells = [""] * len(columns)
        for x0, x1, text in row:
            index = _column(columns, x0, x1)
            cells[index] = f"{cells[index]} {text}" if cells[index] else text
        result.append(cells)
    return result


def _union(ranges: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping ranges (sorted by start) merged."""
    merged: list[list[float]] = []
    for x0, x1 in ranges:
        if merged and x0 < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _column(columns: list[tuple[float, float]], x0: float, x1: float) -> int:
    """The first column a piece covers, or the nearest."""
    for index, (low, high) in enumerate(columns):
        if x0 < high and x1 > low:
            return index
    middle = (x0 + x1) / 2
    return min(range(len(columns)), key=lambda i: abs((columns[i][0] + columns[i][1]) / 2 - middle))
