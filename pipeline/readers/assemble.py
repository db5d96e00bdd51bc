"""A read document as the one cleaned text that offsets refer to, with the page each part stands on.

>>> doc = ReadDocument("pdf", [Block("heading", "2024年统计公报", page=1),
...                            Block("paragraph", "全年粮食产量1.2万吨。", page=1),
...                            Block("table", table=Table([["指标", "绝对量"], ["税收\\t收入（亿元）", "３２０"]],
...                                                       caption="表1 主要指标"), page=2)])
>>> text, pages = assemble(doc)
>>> text.split("\\n")
['2024年统计公报', '全年粮食产量1.2万吨。', '表1 主要指标', '指标\\t绝对量', '税收 收入（亿元）\\t320']
>>> pages, page_at(pages, text.index("320"))
([(0, 1), (23, 2)], 2)

Prose blocks go through `clean_text` one by one, so each block's span in the text is known; a
block that `continues` the paragraph before (a paragraph running on over a page break) is put on
the same line, and the page map says where the new page starts within it.

>>> assemble(ReadDocument("pdf", [Block("paragraph", "全年粮食产量", page=1),
...                               Block("paragraph", "1089.9万吨。", page=2, continues=True)]))
('全年粮食产量1089.9万吨。', [(0, 1), (6, 2)])

A table
is written as tab-separated lines, one per row, under its caption; a cell's own tabs and line
breaks become spaces, and columns empty in every row are left out.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from ..clean import clean_text, without_glosses
from ..script import fold_width
from .base import Block, ReadDocument, Table

_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = regex.compile(r"[\s\u3000]+")


def clean_cell(text: str | None) -> str:
    """A cell's text on one line: widths folded, runs of white space (tabs, breaks) one space, pinyin glosses
    left out as in the text (指標(biāo)).

    >>> clean_cell(" 房地产开发投资\\n（亿元）\\t"), clean_cell(None), clean_cell("\\u3000\\u3000住宅")
    ('房地产开发投资 （亿元）', '', '\u3000\u3000住宅')
    >>> clean_cell("指標(biāo)")
    '指標'
    """
    if not text:
        return ""
    text = _INVISIBLE.sub("", str(text))
    indent = text[:len(text) - len(text.lstrip())].count("\u3000")   # a part's indent (　　住宅) is kept
    return "\u3000" * indent + without_glosses(_SPACES.sub(" ", fold_width(text)).strip())


def table_lines(table: Table) -> list[str]:
    """The table's rows as tab-separated lines (its caption not included).

    >>> table_lines(Table([["地区", "", "产量", ""], ["重庆", "", "10", ""], ["", "", "", ""]]))
    ['地区\\t产量', '重庆\\t10']
    """
    rows = [[clean_cell(cell) for cell in row] for row in table.rows]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    used = [index for index in range(width) if any(index < len(row) and row[index] for row in rows)]
    return ["\t".join(row[index] if index < len(row) else "" for index in used) for row in rows]


def title_rows(lines: list[str]) -> int:
    """How many of a table's first lines are one cell spanning the whole width (a web page's or Word file's title
    or unit row, 「单位：亿元」, written again in every column it spans): caption lines, not header rows.

    >>> title_rows(["主要指标\\t主要指标\\t主要指标", "单位：亿元\\t单位：亿元\\t单位：亿元", "指标\\t1-6月\\t增长"])
    2
    """
    count = 0
    for line in lines[:-1]:
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0] or any(cell != cells[0] for cell in cells):
            break
        count += 1
    return count


def block_lines(block: Block) -> list[str]:
    """The cleaned lines one block adds to the text."""
    if block.kind == "table" and block.table is not None:
        lines = table_lines(block.table)
        if not lines:
            return []
        caption = clean_text(block.table.caption) if block.table.caption else ""
        titles = title_rows(lines)
        captions = ([caption] if caption else []) + [line.split("\t")[0] for line in lines[:titles]]
        return [line for index, line in enumerate(captions) if line not in captions[:index]] + lines[titles:]
    cleaned = clean_text(block.text) if block.text else ""
    return [cleaned] if cleaned else []


def assemble(doc: ReadDocument) -> tuple[str, list[tuple[int, int]]]:
    """The cleaned text and its page map: (offset where a page's text starts, page), in order."""
    parts: list[str] = []
    pages: list[tuple[int, int]] = []
    offset = 0
    for block in doc.blocks:
        lines = block_lines(block)
        if not lines:
            continue
        glue = " " if block.continues and block.text.startswith(" ") else ""
        joined = block.continues and parts
        start = offset - 1 + len(glue) if joined else offset    # (offset is one past the newline to come)
        page = block.page if block.page is not None else (block.table.page if block.table else None)
        if page is not None and (not pages or pages[-1][1] != page):
            pages.append((start, page))
        chunk = "\n".join(lines)
        if joined:
            parts[-1] += glue + chunk
            offset += len(glue) + len(chunk)
        else:
            parts.append(chunk)
            offset += len(chunk) + 1
    return "\n".join(parts), pages


def page_at(pages: list[tuple[int, int]], offset: int) -> int | None:
    """The page an offset of the text stands on, or None for a format without pages."""
    if not pages:
        return None
    index = bisect_right([start for start, _page in pages], offset) - 1
    return pages[max(index, 0)][1]


def attach_captions(blocks: list[Block], longest: int = 60) -> list[Block]:
    """A short line just above a table (表1 …, 单位：亿元) becomes the table's caption.

    >>> blocks = attach_captions([Block("paragraph", "表1 2024年主要指标"), Block("table", table=Table([["a"]]))])
    >>> len(blocks), blocks[0].table.caption
    (1, '表1 2024年主要指标')
    """
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if block.kind == "table" and block.table is not None and block.table.caption is None and previous \
                and previous.kind in ("paragraph", "heading") and 0 < len(previous.text.strip()) <= longest \
                and not previous.text.rstrip().endswith(("。", "；", "！", "？")):
            block.table.caption = result.pop().text.strip()
        result.append(block)
    return result
