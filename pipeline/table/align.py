"""Cells of a space-aligned row put under their columns by where they stand on the line.

A row of a table aligned with spaces may leave a cell blank: 「棉花          616」 under
「指标    2023年    2024年」 has two cells for three columns, and its 616 stands under 2024年.
Positions are display columns (a Chinese character takes two, as on a fixed-width screen).

>>> from pipeline.table.detect import find_tables
>>> [table] = find_tables("指标        2023年      2024年\\n粮食        69541       70650\\n棉花                    616")
>>> spans = column_spans(table.rows, 3)
>>> [cell.text if cell else None for cell in place(table.rows[2], spans)]
['棉花', None, '616']
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .detect import Line, TextTable


@lru_cache(maxsize=65536)
def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_spans(row: Line) -> list[tuple[int, int]]:
    """Each cell's (first, last + 1) display column on its line."""
    columns, position = [], 0
    for char in row.text:
        columns.append(position)
        position += _width(char)
    columns.append(position)
    return [(columns[cell.start - row.start], columns[cell.end - row.start]) for cell in row.cells]


def column_spans(rows: list[Line], width: int) -> list[tuple[int, int]] | None:
    """Each column's display span, from the rows that fill every column; None when no row does."""
    full = [display_spans(row) for row in rows if len(row.cells) == width]
    if not full:
        return None
    return [(min(spans[index][0] for spans in full), max(spans[index][1] for spans in full)) for index in range(width)]


def place(row: Line, spans: list[tuple[int, int]]) -> list:
    """The row's cells under the columns they overlap most (or stand nearest), left to right."""
    placed: list = [None] * len(spans)
    next_free = 0
    for cell, (start, end) in zip(row.cells, display_spans(row)):
        best, best_score = None, None
        for index in range(next_free, len(spans)):
            low, high = spans[index]
            overlap = min(end, high) - max(start, low)
            score = overlap if overlap > 0 else -min(abs(start - high), abs(end - low))
            if best_score is None or score > best_score:
                best, best_score = index, score
        if best is None:
            return list(row.cells) + [None] * (len(spans) - len(row.cells))
        placed[best] = cell
        next_free = best + 1
    return placed


def table_width(table: TextTable) -> int:
    return max(len(row.cells) for row in table.rows)


def aligned(row: Line, width: int, header: bool, kind: str, spans=None) -> list:
    """A row's cells, one per column: in a space-aligned table, under the columns they stand in;
    else a short header row lacks its corner cell, a short body row its tail."""
    cells = list(row.cells)
    missing = width - len(cells)
    if missing <= 0:
        return cells[:width]
    if spans is not None and kind == "wide" and len(cells) > 1:
        return place(row, spans)
    if header and missing == 1 and kind != "tab":
        return [None] + cells
    return cells + [None] * missing
