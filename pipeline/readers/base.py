"""The one value every reader returns, and that the stages after it read.

A reader turns a file's bytes into a `ReadDocument`: the document's blocks in reading order
(headings, paragraphs, tables), each with the page it stands on where the format has pages.
Tables are kept as rows of cell strings, with the caption or title lines that name them, so that
the table stage can read units (「单位：亿元」), periods (2022年1—8月份) and headers.

>>> doc = ReadDocument("html", [Block("heading", "2024年统计公报"),
...                             Block("table", table=Table([["指标", "绝对量"], ["粮食产量（万吨）", "70650"]]))])
>>> [block.kind for block in doc.blocks], doc.blocks[1].table.rows[1][1]
(['heading', 'table'], '70650')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A footnote mark set as a superscript (「生产总值[2]」, 「※」): a note, not a figure, in any format.
NOTE_MARK = re.compile(r"\s*[\[［(（]\s*\d{1,3}\s*[\]］)）]\s*|\s*[*※]\s*")


@dataclass
class Table:
    """A table as rows of cell texts (merged cells repeated or left empty), with what names it."""

    rows: list[list[str]]
    caption: str | None = None      # title or caption lines above it (表1 2024年主要指标 单位：亿元)
    page: int | None = None         # 1-based page where it starts, for paged formats
    sheet: str | None = None        # the sheet's name, for spreadsheets


@dataclass
class Block:
    """One block of a document in reading order: kind is heading, paragraph or table."""

    kind: str
    text: str = ""
    page: int | None = None
    table: Table | None = None
    continues: bool = False          # the rest of the paragraph before, on a new page: same line in the text


@dataclass
class ReadDocument:
    """What a reader made of a file: its format, its blocks, or why it could not be read."""

    format: str                      # txt, html, pdf, docx, xlsx, csv, …
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None      # for formats read as text
    error: str | None = None         # a reason a person can act on; then blocks is empty
