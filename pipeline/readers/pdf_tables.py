"""Tables on a PDF page: where PyMuPDF's table finder sees them, with cell texts read from the page's
own text spans.

>>> import pymupdf
>>> pdf = pymupdf.open(); page = pdf.new_page()
>>> for x in (100, 250, 400):                      # a 三线表: column rules, a rule under the header
...     _ = page.draw_line((x, 100), (x, 180))
>>> _ = page.draw_line((100, 100), (400, 100)), page.draw_line((100, 120), (400, 120))
>>> for y, cells in ((115, ("指标", "比重（%）")), (140, ("城镇", "33.8")), (160, ("乡村", "66.2"))):
...     for x, cell in zip((105, 255), cells):
...         _ = page.insert_text((x, y), cell, fontname="china-s", fontsize=10)
>>> [rows for _box, rows in page_tables(page)]
[[['指标', '比重（%）'], ['城镇', '33.8'], ['乡村', '66.2']]]

Fully ruled tables come from the ruling lines. Bulletins mostly print 三线表 (rules above and
under the header, column rules at most): when the rules give fewer than three rows, the header's
columns are kept and the rows are the text's lines below it, as far as the column rules reach
(or while lines fit the columns). PyMuPDF's layout model (onnx, about a second a page) is not used. Cell text comes
from the page's characters whose middle falls in the cell (a span running over several cells is cut at their
rules), not from the finder's own text (it splits 「100.0」 into 「100 0」 and 「.」 with some fonts).
"""
from __future__ import annotations

import re

from .base import NOTE_MARK

_LATIN_END = re.compile(r"[A-Za-z,.;:]$")
_LATIN_START = re.compile(r"^[A-Za-z(]")


def text_of(page, clip: tuple | None = None, raw: bool = False) -> dict:
    """The page's text as PyMuPDF's dict of blocks, lines and spans, without spaces it would make up
    (with each character's box when raw, within clip when given)."""
    import pymupdf

    return page.get_text("rawdict" if raw else "dict", clip=clip,
                         flags=pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_INHIBIT_SPACES)


_POWERS = {"2": "²", "3": "³"}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def line_text(spans: list[dict]) -> str:
    """A line's text without its footnote marks: a raised 「[2]」 after 生产总值 is a note, not a
    figure; a raised 2 or 3 after m is a power (m², m³).

    >>> line_text([{"text": "生产总值", "flags": 0}, {"text": "[2]", "flags": 1}, {"text": "1329.65亿元", "flags": 0}])
    '生产总值1329.65亿元'
    >>> line_text([{"text": "面积120万m", "flags": 0}, {"text": "2", "flags": 1}])
    '面积120万m²'

    A bullet drawn from a symbol font (Wingdings) reads as a private-use character: it is left out.

    >>> line_text([{"text": "\uf06c", "flags": 0}, {"text": " 事件：公司拟投资6.66亿元", "flags": 0}])
    ' 事件：公司拟投资6.66亿元'
    """
    text = ""
    for span in spans:
        piece = _PRIVATE_USE.sub("", span["text"])
        if span.get("flags", 0) & 1:            # superscript
            if NOTE_MARK.fullmatch(piece):
                continue
            if piece.strip() in _POWERS and text.rstrip().endswith("m"):
                piece = _POWERS[piece.strip()]
        text += piece
    return text


_FIGURE_CHARS = frozenset("0123456789.%")
_DIGIT_GAP = 0.4
_UNEVEN = 1.5        # a step from one character to the next this many times the line's usual one: a cell's edge


def line_pieces(line: dict, gap: float) -> list[tuple[float, float, float, float, str]]:
    """A printed line of a rawdict (characters with their boxes) as its pieces set apart: cut where the white
    space between two characters is wider than `gap` (the cells of a table's row that PyMuPDF reads as one line,
    「2980   6000   11761」, which would run together as 2980600011761), each piece's text as line_text reads it.
    Between two digits (which abut within a figure) less white space parts two figures. A line whose characters
    are set one by one at an even pitch (justified, 「1 0 8 9 . 9」 an em apart) is not cut: only a step well
    over the line's usual one from a character to the next is a cell's edge.

    >>> chars = [{"c": c, "bbox": (x, 100, x + 5, 110)} for c, x in zip("2980600", (10, 15, 20, 25, 50, 55, 60))]
    >>> [piece[4] for piece in line_pieces({"spans": [{"chars": chars, "flags": 0}], "bbox": (10, 100, 65, 110)}, 8)]
    ['2980', '600']
    >>> chars = [{"c": c, "bbox": (x, 100, x + 5, 110)} for c, x in zip("19801985", (10, 15, 20, 25, 34, 39, 44, 49))]
    >>> [piece[4] for piece in line_pieces({"spans": [{"chars": chars, "flags": 0}], "bbox": (10, 100, 54, 110)}, 8)]
    ['1980', '1985']
    >>> chars = [{"c": c, "bbox": (x, 100, x + 5, 110)} for c, x in zip("产量1089.9万吨", range(10, 130, 12))]
    >>> [piece[4] for piece in line_pieces({"spans": [{"chars": chars, "flags": 0}], "bbox": (10, 100, 130, 110)}, 8)]
    ['产量1089.9万吨']
    """
    chars = [(char, span.get("flags", 0)) for span in line["spans"] for char in span["chars"]]
    starts = [char["bbox"][0] for char, _flags in chars if char["c"].strip()]
    steps = sorted(b - a for a, b in zip(starts, starts[1:]))
    step = steps[len(steps) // 2] if steps else 0.0
    pieces: list[tuple[float, float, float, float, str]] = []
    runs: list[dict] = []                  # the piece being read, as runs of its characters by flags
    box: list[float] = []
    last = start = None
    previous = ""
    for char, flags in chars:
        x0, y0, x1, y1 = char["bbox"]
        # the digits of one figure abut: white space between two digits, under half the gap, parts two figures
        apart = gap * _DIGIT_GAP if char["c"] in _FIGURE_CHARS and previous in _FIGURE_CHARS else gap
        if last is not None and x0 - last > apart and char["c"].strip() and runs \
                and (start is None or x0 - start > _UNEVEN * step):
            pieces.append((box[0], box[1], box[2], box[3], line_text(runs)))
            runs, box = [], []
        if not runs or runs[-1]["flags"] != flags:
            runs.append({"text": "", "flags": flags})
        runs[-1]["text"] += char["c"]
        box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)] if box else [x0, y0, x1, y1]
        last = x1                      # (a space printed as a character fills the white space it stands in)
        if char["c"].strip():
            start, previous = x0, char["c"]
    if runs:
        pieces.append((box[0], box[1], box[2], box[3], line_text(runs)))
    return pieces


def column_pieces(content: dict, columns: list[tuple[float, float]]) -> list[tuple[float, float, float, float, str]]:
    """A table's text (a rawdict, characters with their boxes) as pieces that each stand in one column:
    PyMuPDF runs the cells of a printed row into one span where they share a font (「2016年10月51.253.3」),
    so a span is cut where its characters pass into the next column.

    >>> chars = [{"c": c, "bbox": (x, 100, x + 6, 110)} for c, x in zip("PMI50.0", (10, 16, 22, 60, 66, 72, 78))]
    >>> column_pieces({"blocks": [{"lines": [{"spans": [{"chars": chars, "flags": 0}]}]}]}, [(0, 50), (50, 100)])
    [(10, 100, 28, 110, 'PMI'), (60, 100, 84, 110, '50.0')]
    """
    pieces = []
    for block in content["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                run: list[dict] = []
                at = -1
                for char in span["chars"] + [None]:
                    column = -1 if char is None else _nearest(columns, (char["bbox"][0] + char["bbox"][2]) / 2)
                    if run and (char is None or column != at):
                        text = line_text([{"text": "".join(c["c"] for c in run), "flags": span.get("flags", 0)}])
                        if text.strip():
                            pieces.append((run[0]["bbox"][0], min(c["bbox"][1] for c in run), run[-1]["bbox"][2],
                                           max(c["bbox"][3] for c in run), text))
                        run = []
                    if char is not None:
                        run.append(char)
                        at = column
    return pieces


MAX_DRAWINGS = 3000     # more vector paths on one page is a map or a chart (and the finder takes seconds)


def has_rules(page) -> bool:
    """Whether the page draws enough lines or boxes to hold a ruled table, and not a drawing's thousands."""
    try:
        return 3 <= len(page.get_cdrawings()) <= MAX_DRAWINGS
    except Exception:
        return False


def page_tables(page) -> list[tuple[tuple, list[list[str]]]]:
    """Each table's box and rows of cell texts, top to bottom; [] when the page has none."""
    return page_layout(page)[0]


def page_layout(page) -> tuple[list, list]:
    """The page's tables (box, rows) and its frames (box, column x-ranges): a grid whose cells hold
    paragraphs is no table but the page's layout (research reports set a side bar and the body in
    the cells of one Word table), so its text is read as text, column by column."""
    if not has_rules(page):
        return [], []
    try:
        found = page.find_tables(use_layout=False).tables
        drawings = page.get_cdrawings()
    except Exception:               # a table finder's failure must not lose the page's text
        return [], []
    tables, frames = [], []
    for table in found:
        columns = _columns(table)
        if table.row_count >= 3:
            x0, y0, x1, y1 = table.bbox
            pieces = column_pieces(text_of(page, (x0 - 2, y0 - 2, x1 + 2, y1 + 2), raw=True), columns)
            box, rows = tuple(table.bbox), cell_texts(table, pieces)
        else:                       # a 三线表: its rules give the header only
            x0, y0, x1, _y1 = table.bbox
            pieces = column_pieces(text_of(page, (x0 - 2, y0 - 2, x1 + 2, page.rect.y1), raw=True), columns)
            box, rows = _open_table(table, pieces, drawings)
        rows = [row for row in rows if any(row)]
        if any(is_prose(cell) for row in rows for cell in row):
            frames.append((tuple(table.bbox), _frame_columns(table)))
        elif len(rows) >= 2 and max(sum(1 for cell in row if cell) for row in rows) >= 2:
            tables.append((box, rows))
    return sorted(tables, key=lambda found: found[0][1]), frames


def is_prose(cell: str) -> bool:
    """Whether a cell holds running text (sentences), not a figure or a label.

    >>> is_prose("相对强于市场表现20%以上；"), is_prose("全年粮食产量1089.9万吨。" * 12)
    (False, True)
    """
    return len(cell) >= 150 and len(re.findall("[。！？]", cell)) >= 3


def _frame_columns(table) -> list[tuple[float, float]]:
    """The x-ranges of a layout grid's columns: its cells' ranges, overlapping ones merged."""
    ranges = sorted({(cell[0], cell[2]) for row in table.rows for cell in row.cells if cell is not None})
    merged: list[list[float]] = []
    for x0, x1 in ranges:
        if merged and x0 < merged[-1][1] - 2:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _open_table(table, spans, drawings) -> tuple[tuple, list[list[str]]]:
    """A table whose body has no row rules: its header's columns, its rows from the text's lines.

    The body reaches down as far as the column rules do; without column rules, line by line while
    each line's pieces stand in the header's columns and follow closely.
    """
    columns = _columns(table)
    x0, y0, x1, y1 = table.bbox
    bottom = y1
    for drawing in drawings:
        for item in drawing.get("items", ()):
            if item[0] == "l" and abs(item[1][0] - item[2][0]) < 1 and x0 - 2 <= item[1][0] <= x1 + 2 \
                    and min(item[1][1], item[2][1]) <= y1 + 2:
                bottom = max(bottom, item[1][1], item[2][1])
    lines = _baselines([span for span in spans if x0 - 2 <= (span[0] + span[2]) / 2 <= x1 + 2 and span[1] >= y0 - 2])
    rows, last = [], None
    for baseline, pieces in lines:
        height = max(piece[3] - piece[1] for piece in pieces)
        inside_rules = baseline <= bottom + 2
        fits = len(pieces) >= 2 and all(x0 - 2 <= piece[0] and piece[2] <= x1 + 2 for piece in pieces) \
            and len({_nearest(columns, (piece[0] + piece[2]) / 2) for piece in pieces}) == len(pieces)
        if not inside_rules and (not fits or (last is not None and baseline - last > 2.5 * height)):
            if baseline > y1 + 2:
                break
        row = [""] * len(columns)
        for piece in sorted(pieces, key=lambda piece: piece[0]):
            column = _nearest(columns, (piece[0] + piece[2]) / 2)
            row[column] = _joined([(0, 0, row[column]), (0, 0, piece[4])])
        rows.append(row)
        last = baseline
        bottom = max(bottom, baseline) if not inside_rules else bottom
    return (x0, y0, x1, max(bottom, last or y1)), rows


def _baselines(spans) -> list[tuple[float, list]]:
    """Spans grouped into printed lines by their bottom edge, top to bottom."""
    lines: list[tuple[float, list]] = []
    for span in sorted(spans, key=lambda span: (span[3], span[0])):
        if lines and abs(lines[-1][0] - span[3]) < 3:
            lines[-1][1].append(span)
        else:
            lines.append((span[3], [span]))
    return lines


def _nearest(columns, x: float) -> int:
    return min(range(len(columns)), key=lambda i: _distance(x, *columns[i]))


def cell_texts(table, spans) -> list[list[str]]:
    """The table's grid filled from the spans inside it (a span goes to the row and column nearest its middle)."""
    columns = _columns(table)
    rows = [row.bbox for row in table.rows]
    if not columns or not rows:
        return []
    x0, y0, x1, y1 = table.bbox
    pieces: list[list[list[tuple]]] = [[[] for _ in columns] for _ in rows]
    for sx0, sy0, sx1, sy1, text in spans:
        cx, cy = (sx0 + sx1) / 2, (sy0 + sy1) / 2
        if not (x0 - 2 <= cx <= x1 + 2 and y0 - 2 <= cy <= y1 + 2):
            continue
        row = min(range(len(rows)), key=lambda i: _distance(cy, rows[i][1], rows[i][3]))
        column = _nearest(columns, cx)
        pieces[row][column].append((sy1, sx0, text))
    return [[_joined(_reading_order(cell)) for cell in row] for row in pieces]


def _reading_order(pieces: list[tuple]) -> list[tuple]:
    """A cell's pieces line by line, left to right: pieces of one printed line set in two fonts end a
    little apart (「年产」 at 202.9, 「12000」 at 203.6), so lines are told apart by a gap, not by equality.

    >>> [text for _y, _x, text in _reading_order([(203.6, 436.4, "12000"), (202.9, 243.7, "年产"), (215.9, 213.4, "协议书")])]
    ['年产', '12000', '协议书']
    """
    lines: list[list[tuple]] = []
    for piece in sorted(pieces):
        if lines and piece[0] - lines[-1][0][0] < 3:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return [piece for line in lines for piece in sorted(line, key=lambda piece: piece[1])]


def _columns(table) -> list[tuple[float, float]]:
    """The x-ranges of the table's columns, from the row whose cells are most complete."""
    best: list = []
    for row in table.rows:
        if sum(cell is not None for cell in row.cells) > sum(cell is not None for cell in best):
            best = row.cells
    for index, cell in enumerate(best):
        if cell is None:            # a merged cell: the same column of another row
            best[index] = next((row.cells[index] for row in table.rows
                                if index < len(row.cells) and row.cells[index] is not None), None)
    return [(cell[0], cell[2]) for cell in best if cell is not None]


def _distance(value: float, low: float, high: float) -> float:
    return 0.0 if low <= value <= high else min(abs(value - low), abs(value - high))


def _joined(parts: list[tuple]) -> str:
    text = ""
    for _y, _x, piece in parts:
        piece = piece.strip()
        text += (" " if _LATIN_END.search(text) and _LATIN_START.search(piece) else "") + piece
    return text
