"""A Word .docx file: its paragraphs and tables in the order of the body (python-docx).

>>> import io, docx
>>> word = docx.Document()
>>> _ = word.add_heading("2024年统计公报", level=1)
>>> _ = word.add_paragraph("全年粮食产量1.2万吨。")
>>> _ = word.add_paragraph("表1 主要指标")
>>> table = word.add_table(rows=2, cols=2)
>>> for cell, text in zip(table._cells, ["指标", "绝对量", "税收（亿元）", "320"]):
...     cell.text = text
>>> buffer = io.BytesIO(); word.save(buffer)
>>> [(block.kind, block.text or block.table.rows, block.table and block.table.caption)
...  for block in read_docx(buffer.getvalue()).blocks]
[('heading', '2024年统计公报', None), ('paragraph', '全年粮食产量1.2万吨。', None), ('table', [['指标', '绝对量'], ['税收（亿元）', '320']], '表1 主要指标')]

Headers and footers of the page are not part of the body and are not read. A paragraph whose
style is a heading or title (Heading 1, 标题 1, Title) is a heading. The archive's directory is
checked before anything is unpacked (see limits.zip_problem).
"""
from __future__ import annotations

import io

from .assemble import attach_captions
from .base import Block, ReadDocument, Table
from .limits import MAX_UNPACKED, zip_problem

_HEADING_STYLES = ("heading", "title", "标题")


def read_docx(raw: bytes, max_unpacked: int = MAX_UNPACKED) -> ReadDocument:
    problem = zip_problem(raw, max_unpacked)
    if problem is not None:
        return ReadDocument("docx", error=problem)
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
        blocks = []
        for part in _body_parts(document.element.body, document):
            if isinstance(part, docx.table.Table):
                blocks.append(Block("table", table=Table(_rows(part))))
            else:
                style = (part.style.name if part.style is not None else "") or ""
                kind = "heading" if style.lower().startswith(_HEADING_STYLES) else "paragraph"
                blocks.append(Block(kind, part.text))
    except Exception as error:     # python-docx and lxml raise many types for a damaged file
        return ReadDocument("docx", error=f"a damaged Word file ({type(error).__name__}: {error}): "
                                          "open and re-save it, or save it as text")
    return ReadDocument("docx", attach_captions([block for block in blocks if block.text.strip() or block.table]))


def _body_parts(element, parent):
    """Paragraphs and tables in body order, those inside content controls (w:sdt) included."""
    from docx.oxml.ns import qn
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield WordTable(child, parent)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_parts(content, parent)


def _rows(table) -> list[list[str]]:
    """Cell texts row by row; a merged cell is repeated over the grid columns it spans."""
    rows = []
    for row in table.rows:
        rows.append([cell.text for cell in row.cells])
    return rows
