"""Real files made with the real libraries at test time: the same paragraphs as a web page, a PDF,
a Word file, a workbook or a CSV file, and the layouts a downloaded file may have (two columns, a
running header and page number on every page, a table that runs across pages)."""
from __future__ import annotations

import html
import io

import docx
import openpyxl
import pymupdf

FONT = "china-s"


def html_page(paragraphs: list[str], tables: list[list[list[str]]] = (), charset: str = "utf-8") -> bytes:
    """A web page as a site serves it: nav, breadcrumbs, share bar, footer, script around the article."""
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    for table in tables:
        body += "<table border='1'>" + "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in table) + "</table>"
    page = (f"<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            "<title>统计公报_重庆市统计局</title><style>.a{color:red}</style><script>var x = '增长5%';</script></head>"
            "<body><div class='top-nav'><ul><li><a href='/'>首页</a></li><li><a href='/tjsj'>统计数据</a></li>"
            "<li><a href='/tjgb'>统计公报</a></li></ul></div>"
            "<div class='breadcrumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/tjgb'>统计公报</a></div>"
            f"<div class='article'><div class='TRS_Editor'>{body}</div></div>"
            "<div class='share'>分享到：微信 微博</div><p>【打印本页】 【关闭窗口】</p>"
            "<div id='footer'>版权所有：重庆市统计局 渝ICP备05003300号 浏览次数：1268</div></body></html>")
    return page.encode(charset)


def word_file(paragraphs: list[str], tables: list[list[list[str]]] = (), heading: str | None = None) -> bytes:
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    section = document.sections[0]
    section.header.paragraphs[0].text = "重庆市统计局"
    section.footer.paragraphs[0].text = "第 1 页"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def workbook(sheets: dict[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def old_workbook(sheets: dict[str, list[list]], percent: set[tuple[int, int]] = frozenset()) -> bytes:
    """An Excel 97–2003 .xls file (xlwt), sheet by sheet; `percent`: (row, column) cells formatted 0.0%."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    as_percent = xlwt.easyxf(num_format_str="0.0%")
    for title, rows in sheets.items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value, as_percent if (r, c) in percent else xlwt.Style.default_style)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class PdfWriter:
    """Paragraphs set line by line as print sets them: first line indented two characters (moved
    in, or, as Word files printed to PDF have it, set with two 「　」: indent="spaces"), full lines
    justified to the column's edge, a running header and a page number on every page."""

    def __init__(self, columns: int = 1, size: float = 10.5, header: str | None = "重庆市统计局  统计公报",
                 width: float = 595, height: float = 842, indent: str = "margin"):
        self.pdf = pymupdf.open()
        self.columns, self.size, self.header, self.indent = columns, size, header, indent
        self.width, self.height = width, height
        self.margin, self.gap = 60.0, 24.0
        self.column_width = (width - 2 * self.margin - (columns - 1) * self.gap) / columns
        self.chars = int(self.column_width // size)
        self.page = None
        self.writer = None
        self.font = pymupdf.Font(FONT)
        self.column = 0
        self.y = 0.0

    def _text(self, point: tuple, text: str, size: float) -> None:
        self.writer.append(point, text, font=self.font, fontsize=size)

    def _finish_page(self) -> None:
        if self.writer is not None:
            self.writer.write_text(self.page)
            self.writer = None

    def _new_page(self) -> None:
        self._finish_page()
        self.page = self.pdf.new_page(width=self.width, height=self.height)
        self.writer = pymupdf.TextWriter(self.page.rect)
        number = self.pdf.page_count
        if self.header:
            self._text((self.margin, 40), self.header, 9)
            self.page.draw_line((self.margin, 46), (self.width - self.margin, 46))
        self._text((self.width / 2 - 10, self.height - 30), f"- {number} -", 9)
        self.column, self.y = 0, 80.0

    def _line_room(self, height: float) -> None:
        if self.page is None:
            self._new_page()
        elif self.y + height > self.height - 70:
            if self.column + 1 < self.columns:
                self.column, self.y = self.column + 1, 80.0
            else:
                self._new_page()

    def _x(self) -> float:
        return self.margin + self.column * (self.column_width + self.gap)

    def paragraph(self, text: str, size: float | None = None) -> None:
        size = size or self.size
        chars = int(self.column_width // size)
        lines = [text[:chars - 2]] + [text[i:i + chars] for i in range(chars - 2, len(text), chars)]
        if self.indent == "spaces":
            lines[0] = "\u3000\u3000" + lines[0]
        for index, line in enumerate(lines):
            if not line:
                continue
            self._line_room(size * 1.6)
            indent = 2 * size if index == 0 and self.indent == "margin" else 0.0
            full = index < len(lines) - 1
            spread = (self.column_width - indent) / len(line) - size if full and len(line) > 1 else 0.0
            x = self._x() + indent
            for char in line:           # justified: every full line ends at the column's edge
                self._text((x, self.y), char, size)
                x += size + spread
            self.y += size * 1.6
        self.y += size * 0.4

    def table(self, rows: list[list[str]], widths: list[float], row_height: float = 20.0,
              repeat_header: bool = True, rules: str = "grid") -> None:
        """A table ruled as a grid, as a 三线表 (rules above and under the header and at the foot:
        rules="three") or not at all (rules="none"); where a page ends, it goes on at the top of
        the next, its header repeated."""
        self._line_room(row_height * 2)
        top = self.y - self.size
        pending = list(rows)
        header = rows[0]
        first = True
        while pending:
            if not first and repeat_header:
                pending.insert(0, header)
            first = False
            fit = max(1, int((self.height - 70 - top) // row_height))
            chunk, pending = pending[:fit], pending[fit:]
            x0 = self._x()
            for r, row in enumerate(chunk):
                y = top + r * row_height
                x = x0
                if rules == "three" and r in (0, 1):
                    self.page.draw_line((x0, y), (x0 + sum(widths), y), width=0.8)
                for cell, width in zip(row, widths):
                    if rules == "grid":
                        self.page.draw_rect(pymupdf.Rect(x, y, x + width, y + row_height), color=(0, 0, 0), width=0.6)
                    self.page.insert_text((x + 3, y + row_height - 6), cell, fontname=FONT, fontsize=9)
                    x += width
            if rules == "three":
                bottom = top + len(chunk) * row_height
                self.page.draw_line((x0, bottom), (x0 + sum(widths), bottom), width=0.8)
            self.y = top + len(chunk) * row_height + self.size * 2
            if pending:
                self._new_page()
                top = self.y - self.size

    def bytes(self) -> bytes:
        self._finish_page()
        return self.pdf.tobytes(garbage=1, deflate=True)


def pdf_file(paragraphs: list[str], columns: int = 1, tables: list[list[list[str]]] = (), **options) -> bytes:
    writer = PdfWriter(columns=columns, **options)
    for text in paragraphs:
        writer.paragraph(text)
    for rows in tables:
        writer.table(rows, [writer.column_width / len(rows[0])] * len(rows[0]))
    return writer.bytes()


def grid_pdf(captions: list[str], rows: list[list[str]], size: float = 7.0) -> bytes:
    """A table as a yearbook's PDF page prints it: its caption lines over a ruled grid whose columns are
    as narrow as their widest cell (cells of one row then run together in PyMuPDF's spans)."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=842, height=1191)
    y = 40.0
    for line in captions:
        page.insert_text((40, y), line, fontname=FONT, fontsize=size + 2)
        y += 14
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    widths = [max(24.0, max(pymupdf.get_text_length(row[k].strip(), fontname=FONT, fontsize=size) for row in rows) + 4)
              for k in range(width)]
    xs = [40.0]
    for column in widths:
        xs.append(xs[-1] + column)
    top, height = y, 14.0
    for row in rows:
        for x, cell in zip(xs, row):
            if cell.strip():
                page.insert_text((x + 2, y + 10), cell.strip(), fontname=FONT, fontsize=size)
        y += height
    for k in range(len(rows) + 1):
        page.draw_line((xs[0], top + k * height), (xs[-1], top + k * height))
    for x in xs:
        page.draw_line((x, top), (x, y))
    return pdf.tobytes()
