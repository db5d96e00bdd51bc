"""A CSV or TSV file as one table, decoded like text (UTF-8, GB18030, Big5, UTF-16).

>>> doc = read_csv("指标,绝对量,比上年增长（%）\\n房地产开发投资（亿元）,90809,-7.4\\n".encode("gb18030"))
>>> doc.format, doc.encoding, doc.blocks[0].table.rows
('csv', 'gb18030', [['指标', '绝对量', '比上年增长（%）'], ['房地产开发投资（亿元）', '90809', '-7.4']])
"""
from __future__ import annotations

import csv as csv_module
import io

from ..ingest import decode_bytes
from .base import Block, ReadDocument, Table
from .limits import MAX_CELLS

_DELIMITERS = "\t,;|"


def delimiter_of(text: str) -> str:
    """The separator the first lines use most steadily: tab, comma, semicolon or bar.

    >>> delimiter_of("a\\tb,c\\nd\\te,f"), delimiter_of("地区;产量\\n重庆;10")
    ('\\t', ';')
    """
    lines = [line for line in text[:20000].split("\n")[:20] if line.strip()]
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        if not counts or min(counts) == 0:
            continue
        score = min(counts) * 10 + (len(set(counts)) == 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(raw: bytes, max_cells: int = MAX_CELLS) -> ReadDocument:
    decoded = decode_bytes(raw)
    if decoded.error is not None:
        return ReadDocument("csv", encoding=decoded.encoding, error=decoded.error)
    text = decoded.text.lstrip("\ufeff")
    rows: list[list[str]] = []
    cells = 0
    try:
        for row in csv_module.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text)):
            cells += len(row)
            if cells > max_cells:
                return ReadDocument("csv", encoding=decoded.encoding,
                                    error=f"a table of more than {max_cells:,} cells, more than one document "
                                          "is read with: split the file")
            rows.append(row)
    except csv_module.Error as error:
        return ReadDocument("csv", encoding=decoded.encoding,
                            error=f"not a readable CSV file ({error}): check its quoting or save it as text")
    return ReadDocument("csv", [Block("table", table=Table(rows))], encoding=decoded.encoding)
