"""A PDF file's text layer in reading order, as paragraphs, headings and tables (PyMuPDF).

>>> import pymupdf
>>> pdf = pymupdf.open()
>>> for number in (1, 2):
...     page = pdf.new_page(width=300, height=400)
...     _ = page.insert_text((40, 20), "重庆市统计局", fontname="china-s", fontsize=9)
...     _ = page.insert_text((40, 70), f"第{number}部分全年粮食产量达到", fontname="china-s", fontsize=11)
...     _ = page.insert_text((40, 84), f"{number}.2万吨。", fontname="china-s", fontsize=11)
...     _ = page.insert_text((145, 390), f"- {number} -", fontname="china-s", fontsize=9)
>>> [(block.page, block.text) for block in read_pdf(pdf.tobytes()).blocks]
[(1, '第1部分全年粮食产量达到1.2万吨。'), (2, '第2部分全年粮食产量达到2.2万吨。')]

Lines in the top or bottom margin that recur on most pages (the same once digits are set aside)
are running headers and footers, and margin lines that are only a page number (「- 3 -」, 「第3页」)
go too. A page whose lines fall on both sides of its middle is read left column first. Lines are
joined into a paragraph while each fills its column up to the next; an indented line, a short
line, a gap or a change of type size ends it; larger type is a heading. Ruled tables come from
`page.find_tables()`; a table that goes on at the top of the next page with as many columns is one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from .base import Block, ReadDocument, Table
from .limits import MAX_PDF_PAGES
from .pdf_rows import grid
from .pdf_tables import line_pieces, page_layout, text_of

_PAGE_NUMBER = re.compile(r"[-—–－·\s]*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
                          r"\d{1,4}|[ivxIVX]{1,6})[-—–－·\s]*")
_SENTENCE_END = tuple("。！？；!?;")
_LATIN_END = re.compile(r"[A-Za-z,.;:]$")
_LATIN_START = re.compile(r"^[A-Za-z(]")
# 「表22023年…」: a table or figure number run into the year of its title (the space was a gap in the PDF)
_LABEL_YEAR = re.compile(r"^([表图]\s?\d{1,2})((?:19|20)\d\d年)")
_FIGURE = re.compile(r"[-+−－]?\d[\d,]*(?:\.\d+)?[%‰]?")
_FIGURE_END = re.compile(r"(?:^|\s)[-+−－]?\d[\d,]*(?:\.\d+)?[%‰]?$")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff、]{1,4}")
# a line opening with a list number (「3.《…》」, 「（2）」, 「（三）」): an item of its own, never a wrapped line's rest
_LIST_ITEM = re.compile(r"\d{1,2}[.．、](?![\d.．])|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]")
_SECTION_LONGEST = 30             # a section row of a table (一、按轻重工业分) is a short line
_CELL_GAP = 0.8                   # white space between pieces of one printed line, in ems, that sets cells apart
_FEW_LINES = 8                    # fewer lines of text than this in a document of tables: a caption's, not a column's
MARGIN = 0.1                      # share of the page height at top and bottom where running lines stand


@dataclass
class Item:
    """A line of text or a table on a page, with its box."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str = ""
    size: float = 0.0
    rows: list | None = None
    column: str = "full"          # left, right or full
    edges: tuple = (0.0, 0.0)     # the left and right edge of its column
    cells: list | None = None     # pieces of one line set far apart: a row of a table without rules
    places: list | None = None    # where each of those pieces stands: (x0, x1)
    frame: tuple | None = None    # (layout grid, its column) a line stands in, when the page is laid out in one


@dataclass
class _Page:
    number: int
    width: float
    height: float
    items: list = field(default_factory=list)
    scanned: bool = False         # images and (almost) no text: a scanned page


def read_pdf(raw: bytes, max_pages: int = MAX_PDF_PAGES) -> ReadDocument:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        pdf = pymupdf.open(stream=raw, filetype="pdf")
    except Exception as error:      # PyMuPDF raises its own types for every kind of damage
        return ReadDocument("pdf", error=f"a damaged PDF file (it cannot be opened: {error}): download it again")
    if pdf.needs_pass:
        return ReadDocument("pdf", error="an encrypted PDF file (it asks for a password): save an unprotected copy")
    if pdf.page_count == 0:
        return ReadDocument("pdf", error="a PDF file without readable pages (damaged?): download it again")
    if pdf.page_count > max_pages:
        return ReadDocument("pdf", error=f"a PDF file of {pdf.page_count} pages, more than the {max_pages} read "
                                         "from one file: split it into parts")
    try:
        pages = [_read_page(page, number) for number, page in enumerate(pdf, 1)]
    except Exception as error:
        return ReadDocument("pdf", error=f"a damaged PDF file (a page cannot be read: {error}): download it again")
    if not any(item.text.strip() or item.rows for page in pages for item in page.items):
        return ReadDocument("pdf", error=f"no text layer: run OCR first ({pdf.page_count} pages of images, "
                                         "a scan?) and give the text file")
    scanned = [page.number for page in pages if page.scanned]
    if len(scanned) * 2 > len(pages):       # a scan with a typed cover: most of it would be lost
        return ReadDocument("pdf", error=f"no text layer on {len(scanned)} of {len(pages)} pages: run OCR first "
                                         "(pages of images, a scan?) and give the text file")
    _drop_running_lines(pages)
    for page in pages:
        _place_columns(page)
    _set_edges(pages)
    body = median([item.size for page in pages for item in page.items if item.rows is None] or [10.0])
    return ReadDocument("pdf", _blocks(pages, body))


def _read_page(page, number: int) -> _Page:
    import pymupdf

    rect = page.rect
    result = _Page(number, rect.width, rect.height)
    content = text_of(page, raw=True)
    found, frames = page_layout(page)
    tables = [Item(*box, rows=rows) for box, rows in found]
    for block in content["blocks"]:
        for line in block.get("lines", ()):
            if not line["spans"]:
                continue
            size = max(span["size"] for span in line["spans"])
            # a line's pieces set an em apart or more (cells of a row) are read apart
            for x0, y0, x1, y1, raw in line_pieces(line, _CELL_GAP * max(size, 1)):
                text = raw.strip()
                if not text:
                    continue
                if any(t.x0 - 2 <= (x0 + x1) / 2 <= t.x1 + 2 and t.y0 - 2 <= (y0 + y1) / 2 <= t.y1 + 2 for t in tables):
                    continue
                frame = _frame_of((x0 + x1) / 2, (y0 + y1) / 2, frames)
                x0 += _indent(raw, size)    # 「　　」 set before a line indents it as a margin would
                result.items.append(Item(x0, y0, x1, y1, _LABEL_YEAR.sub(r"\1 \2", text), round(size, 1), frame=frame))
    result.items = _gather_rows(_merge_baselines(result.items), rect.width) + tables
    result.scanned = sum(len(item.text) for item in result.items) < 20 and not tables and bool(page.get_images())
    return result


def _indent(raw: str, size: float) -> float:
    """How far the white space a line of text starts with moves its first character: an ideographic
    space (「　」, how Word and bureaus indent a paragraph) is one character wide, another space half.

    >>> _indent("\u3000\u3000实施逆周期调节政策", 14.0), _indent("  全年粮食产量", 10.0), _indent("全年", 10.0)
    (28.0, 10.0, 0.0)
    """
    lead = raw[:len(raw) - len(raw.lstrip())]
    return size * (lead.count("\u3000") + 0.5 * (len(lead) - lead.count("\u3000")))


def _frame_of(x: float, y: float, frames: list) -> tuple | None:
    """The (layout grid, column) whose box holds the point, or None."""
    for index, ((x0, y0, x1, y1), columns) in enumerate(frames):
        if x0 - 2 <= x <= x1 + 2 and y0 - 2 <= y <= y1 + 2:
            return index, min(range(len(columns)), key=lambda i: max(columns[i][0] - x, x - columns[i][1], 0))
    return None


def _by_baseline(lines: list[Item]) -> list[Item]:
    """Lines top to bottom, those on one baseline left to right: a label and its figures set in two
    runs end a fraction of a point apart (115.8 and 115.5), so a baseline is a cluster, not a rounded value.

    >>> [item.text for item in _by_baseline([Item(150, 106, 168, 115.46, "1.07", 8), Item(35, 107, 70, 115.8, "每股收益", 8),
    ...                                       Item(35, 96, 83, 104.4, "每股指标(元)", 8)])]
    ['每股指标(元)', '每股收益', '1.07']
    """
    result: list[Item] = []
    cluster: list[Item] = []
    for line in sorted(lines, key=lambda item: item.y1):
        if cluster and line.y1 - cluster[0].y1 >= 0.3 * max(line.size, 1):
            result += sorted(cluster, key=lambda item: item.x0)
            cluster = []
        cluster.append(line)
    return result + sorted(cluster, key=lambda item: item.x0)


def _merge_baselines(lines: list[Item]) -> list[Item]:
    """Pieces of one printed line (set as separate runs) joined left to right."""
    merged: list[Item] = []
    for line in _by_baseline(lines):
        last = merged[-1] if merged else None
        size = max(line.size, 1)
        gap = line.x0 - last.x1 if last is not None else -1
        if last is not None and last.frame == line.frame and abs(last.y1 - line.y1) < 0.3 * size \
                and (-0.5 * size <= gap < _CELL_GAP * size or (0 <= gap < 6 * size and _HAN_ONLY.fullmatch(last.text)
                                               and _HAN_ONLY.fullmatch(line.text)
                                               and min(len(last.text), len(line.text)) == 1)) \
                and not (gap > 0.4 * size and _FIGURE.fullmatch(line.text) and _FIGURE_END.search(last.text)):
            # (pieces an em apart or more are cells of a row: 「2016年10月  51.2」, 「原材料库存  从业人员」, and so
            # are two figures a space apart: 「50.0 52.5」)
            # pieces of one line; a short pair far apart is a heading set with spaced letters (一、综  合)
            spaced = gap > 0.4 * size and not (_HAN_ONLY.fullmatch(last.text) and _HAN_ONLY.fullmatch(line.text))
            last.text += (" " if spaced else "") + line.text
            last.x1 = line.x1
        else:
            merged.append(line)
    return merged


def _place_columns(page: _Page) -> None:
    """Mark each item left, right or full width, and put the page's items in reading order; the
    lines of a layout grid are read column by column where the grid stands."""
    framed = sorted((item for item in page.items if item.frame is not None), key=lambda i: (i.frame, i.y0, i.x0))
    page.items = [item for item in page.items if item.frame is None]
    for item in framed:
        item.column = f"frame {item.frame[1]}"
    middle, slack = page.width / 2, page.width * 0.02
    left = [item for item in page.items if item.x1 <= middle + slack]
    right = [item for item in page.items if item.x0 >= middle - slack and item not in left]
    two = len(left) >= 3 and len(right) >= 3 and len(right) >= 0.25 * (len(left) + len(right))
    for item in page.items:
        item.column = ("left" if item in left else "right" if item in right else "full") if two else "full"
    ordered: list[Item] = []
    band: list[Item] = []
    for item in sorted(page.items, key=lambda item: (item.y0, item.x0)):
        if item.column == "full":
            ordered += sorted(band, key=lambda i: (i.column != "left", i.y0, i.x0))
            band = []
            ordered.append(item)
        else:
            band.append(item)
    ordered += sorted(band, key=lambda i: (i.column != "left", i.y0, i.x0))
    if framed:
        top = min(item.y0 for item in framed)
        cut = next((index for index, item in enumerate(ordered) if item.y0 > top), len(ordered))
        ordered[cut:cut] = framed
    page.items = ordered


def _gather_rows(lines: list[Item], width: float) -> list[Item]:
    """Lines on one baseline set apart are the cells of a row of a table without rules, except a
    pair of long lines either side of the page's middle: two columns of text."""
    gathered: list[Item] = []
    for item in lines:
        last = gathered[-1] if gathered else None
        if last is not None and last.frame == item.frame and abs(last.y1 - item.y1) < 0.3 * max(item.size, 1) \
                and item.x0 > last.x1 \
                and not _two_columns(last, item, width):
            last.places = (last.places or [(last.x0, last.x1)]) + [(item.x0, item.x1)]
            last.cells = (last.cells or [last.text]) + [item.text]
            last.text = " ".join(last.cells)
            last.x1, last.y0 = item.x1, min(last.y0, item.y0)
        else:
            gathered.append(item)
    return gathered


def _two_columns(left: Item, right: Item, width: float) -> bool:
    """Two lines of text side by side: the right one starts at the right column's edge, and the
    left one reaches the gutter or the right one is a full line (a paragraph ends short on one side)."""
    middle, slack, size = width / 2, width * 0.02, max(right.size, 1)
    return not left.cells and left.x1 <= middle + slack and middle - slack <= right.x0 <= middle + 4 * size \
        and (left.x1 >= middle - 4 * size or len(right.text) >= 8)


def _set_edges(pages: list[_Page]) -> None:
    """Each line's column edges, from the lines of that column on every page of the same width:
    where most lines start and end (a page's few lines, or a stray wide one, do not move them)."""
    groups: dict[tuple, list[Item]] = {}
    for page in pages:
        for item in page.items:
            if item.rows is None:
                groups.setdefault((round(page.width), item.column), []).append(item)
    edges = {group: (_quantile([item.x0 for item in items], 0.2), _quantile([item.x1 for item in items], 0.8))
             for group, items in groups.items()}
    # a few lines over a table (its title, English title, unit line) are measured against the table's width:
    # alone they would each seem to fill the column and run on into one another
    for page in pages:
        right = max((item.x1 for item in page.items if item.rows is not None), default=None)
        group = (round(page.width), "full")
        if right is not None and group in edges and len(groups[group]) < _FEW_LINES:
            edges[group] = (edges[group][0], max(edges[group][1], right))
    for page in pages:
        for item in page.items:
            item.edges = edges.get((round(page.width), item.column), (item.x0, item.x1))


def _quantile(values: list[float], share: float) -> float:
    """The value `share` of the way up the sorted values: a column's edge, robust to a stray line."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _running_key(text: str) -> str:
    """What recurs of a margin line: its digits any, its page number (「2 / 4」, 「第3页」) none.

    >>> _running_key("2 / 4   请务必阅读正文之后的信息披露和法律声明") == _running_key("请务必阅读正文之后的信息披露和法律声明")
    True
    >>> _running_key("周口市统计局 2024年4月29日")
    '周口市统计局#年#月#日'
    """
    return re.sub(r"第#页(?:共#页)?|#/#|[-—–]#[-—–]", "", re.sub(r"\d+", "#", "".join(text.split())))


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove headers, footers and page numbers: margin lines that recur, or that are only a number."""
    def in_margin(item: Item, page: _Page) -> bool:
        return item.rows is None and (item.y1 <= page.height * MARGIN or item.y0 >= page.height * (1 - MARGIN))

    seen = Counter()
    for page in pages:
        seen.update({_running_key(item.text) for item in page.items if in_margin(item, page)})
    needed = max(2, 0.5 * len(pages))
    for page in pages:
        page.items = [item for item in page.items
                      if not (in_margin(item, page) and (_PAGE_NUMBER.fullmatch(item.text)
                                                         or (len(pages) > 1 and seen[_running_key(item.text)] >= needed)))]


def _fills(item: Item) -> bool:
    return item.x1 >= item.edges[1] - 1.6 * max(item.size, 1)


def _continues(previous: Item, line: Item, same_page: bool, leading: float) -> bool:
    """Whether `line` goes on with the paragraph that `previous` ends (`leading`: the usual gap between lines)."""
    if previous.rows is not None or line.rows is not None or previous.cells or line.cells or _LIST_ITEM.match(line.text):
        return False
    if abs(previous.size - line.size) > 0.15 * max(previous.size, 1):
        return False
    if not _fills(previous) or line.x0 > line.edges[0] + 1.2 * max(line.size, 1):
        return False            # a short line ends a paragraph; an indented one opens the next
    if same_page and previous.column == line.column and line.y0 - previous.y1 > leading + 0.8 * max(line.size, 1):
        return False
    return not (previous.text.endswith(_SENTENCE_END) and line.x0 > line.edges[0] + 0.5 * max(line.size, 1))


def _join(left: str, right: str) -> str:
    return left + (" " if _LATIN_END.search(left) and _LATIN_START.search(right) else "") + right


def _leading(pages: list[_Page]) -> float:
    """The usual white space between two lines of a column (most bulletins set lines 1.5 or 2 apart)."""
    gaps = [after.y0 - before.y1 for page in pages for before, after in zip(page.items, page.items[1:])
            if before.rows is None and after.rows is None and before.column == after.column
            and abs(before.size - after.size) < 0.5 and -0.5 * before.size < after.y0 - before.y1 < 3 * before.size]
    return median(gaps) if gaps else 0.0


def _blocks(pages: list[_Page], body: float) -> list[Block]:
    leading = max(_leading(pages), 0.0)
    blocks: list[Block] = []
    unruled: dict[int, list] = {}       # a table without rules: its rows' pieces and where they stand
    sectioned = False                   # the line before was a section row of such a table
    previous: Item | None = None
    previous_page = 0
    for page in pages:
        for index, item in enumerate(page.items):
            if item.rows is not None:
                last = blocks[-1] if blocks else None
                if index == 0 and last is not None and last.kind == "table" and previous is not None \
                        and previous.rows is not None and len(previous.rows[0]) == len(item.rows[0]):
                    rows = item.rows[1:] if item.rows[0] == last.table.rows[0] else item.rows
                    last.table.rows.extend(rows)          # a table that runs on across the page break
                else:
                    blocks.append(Block("table", page=page.number, table=Table(item.rows, page=page.number)))
            elif item.cells:
                last = blocks[-1] if blocks else None
                placed = list(zip(*zip(*item.places), item.cells)) if item.places else []
                if last is not None and last.kind == "table" and previous is not None and (previous.cells or sectioned):
                    if not (previous_page != page.number and item.cells == last.table.rows[0]):
                        last.table.rows.append(item.cells)   # (a header repeated on the next page is left out)
                        unruled[id(last.table)].append(placed)
                else:
                    blocks.append(Block("table", page=page.number, table=Table([item.cells], page=page.number)))
                    unruled[id(blocks[-1].table)] = [placed]
            elif previous is not None and (previous.cells or sectioned) and blocks and id(blocks[-1].table) in unruled \
                    and index + 1 < len(page.items) and page.items[index + 1].cells and len(item.text) <= _SECTION_LONGEST \
                    and not item.text.endswith(_SENTENCE_END):
                # a line of one cell between rows of a table without rules (「在总计中:」, 「一、按轻重工业分」): a row of it
                blocks[-1].table.rows.append([item.text])
                unruled[id(blocks[-1].table)].append([(item.x0, item.x1, item.text)])
                previous, previous_page, sectioned = item, page.number, True
                continue
            elif previous is not None and blocks and blocks[-1].kind != "table" \
                    and _continues(previous, item, previous_page == page.number, leading):
                if blocks[-1].page == page.number:
                    blocks[-1].text = _join(blocks[-1].text, item.text)
                else:                   # the paragraph goes on over the page: its rest is on this page
                    glue = " " if _join(blocks[-1].text, item.text) != blocks[-1].text + item.text else ""
                    blocks.append(Block("paragraph", glue + item.text, page=page.number, continues=True))
            else:
                kind = "heading" if item.size >= 1.2 * body and len(item.text) <= 60 else "paragraph"
                blocks.append(Block(kind, item.text, page=page.number))
            previous, previous_page, sectioned = item, page.number, False
    for block in blocks:                # its pieces set in the columns where its figures stand
        if block.kind == "table" and id(block.table) in unruled and len(block.table.rows) > 1:
            block.table.rows = grid(unruled[id(block.table)])
    # a lone line with pieces set apart (周口市统计局      2024年4月29日) is a line, not a table
    blocks = [Block("paragraph", " ".join(block.table.rows[0]), page=block.page)
              if block.kind == "table" and len(block.table.rows) == 1 else block for block in blocks]
    from .assemble import attach_captions

    return attach_captions(blocks)
