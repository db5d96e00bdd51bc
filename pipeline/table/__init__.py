"""Tables inside a document's text: found (detect), read (header), turned into facts (facts).

>>> text = "表1  2024年主要指标\\n指标\\t绝对量\\t比上年增长（%）\\n房地产开发投资（亿元）\\t90809\\t-7.4"
>>> [(f["metric"], f["value"], f["unit"], f["stat"], f["period"]) for f in table_facts(text, find_tables(text))]
[('房地产开发投资', 9080900000000.0, '元', None, '2024年'), ('房地产开发投资', -7.4, '%', 'growth_rate', '2024年')]
>>> blank_tables("正文。\\n指标\\t绝对量\\n投资\\t5", find_tables("正文。\\n指标\\t绝对量\\n投资\\t5"))
'正文。\\n      \\n    '
"""
from __future__ import annotations

from .detect import TextTable, find_tables
from .facts import table_facts

__all__ = ["blank_tables", "find_tables", "table_facts", "TextTable"]


def blank_tables(text: str, tables: list[TextTable]) -> str:
    """The text with every table (caption included) turned to spaces, line breaks kept: offsets unchanged."""
    pieces, previous = [], 0
    for table in tables:
        pieces.append(text[previous:table.start])
        pieces.append("".join(char if char == "\n" else " " for char in text[table.start:table.end]))
        previous = table.end
    pieces.append(text[previous:])
    return "".join(pieces)
