"""Find the tables in a text: runs of lines that split into cells, and the caption lines above them.

>>> text = "表1  2024年主要指标  单位：亿元\\n指标\\t绝对量\\t比上年增长（%）\\n房地产开发投资\\t90809\\t-7.4\\n全年完成。"
>>> [table] = find_tables(text)
>>> [line.text for line in table.caption], [[cell.text for cell in row.cells] for row in table.rows]
(['表1  2024年主要指标  单位：亿元'], [['指标', '绝对量', '比上年增长（%）'], ['房地产开发投资', '90809', '-7.4']])
>>> cell = table.rows[1].cells[1]; text[cell.start:cell.end]
'90809'

A line splits into cells by tabs (what the readers write), by 「|」 (Markdown-like, with 「---」 rules),
or by runs of two spaces or more (columns aligned with spaces); a line of a label and two figures or
more split by single spaces is a row too (「房地产开发投资 90809 -7.4」). A table is two such lines or
more in a row, split alike, with a figure in some cell. A short line between two rows is a section
row (「按主要行业分」, 「其中：」). Up to three short lines just above, without a sentence's end, are its
caption (「表1 …」, 「单位：万吨」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import LEXICON
from ..script import fold_script

_RULE = re.compile(r"^[\s|:+=\-—–─━]*[-—–─━=]{3,}[\s|:+=\-—–─━]*$")
_WIDE_GAP = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")          # cells between runs of 2+ spaces
# a figure alone in a cell; yearbooks set thousands apart with a thin space (「10 536 205」)
_FIGURE = re.compile(r"^[(（]?[-+−–－]?\s*(?:\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)[)）]?\s*[%‰]?[*＊]?$")
# A note's mark after a figure (「3.2①」, 「3.2[1]」, 「3.20(a)」) or a revision's (「2.31r」 revised, 「1.8p」 provisional,
# as 主計總處 and 統計處 mark them): no part of the figure. Looked for only in a cell that ends as a mark can.
_MARK_ENDS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]］)）rpRP")
_MARK = re.compile(r"(?<=[\d%‰])\s*(?:[\u2460-\u2473]|[\[［]\d{1,2}[\]］]|[(（][a-zA-Z][)）]|[rpRP])$")
# A line that may be a row split by single spaces: a label (spaces allowed), then two figures or more.
_FIGURE_TOKEN = r"(?:[-+−－]?\d[\d,]*(?:\.\d+)?[%‰]?|[—…]+|-)"
# A figure with its unit in the cell (「269万吨」, 「9200亿千瓦时」, 「120万m²」), not a time (2024年, 5月),
# maybe glued to the next figure as a line of a PDF may write it (「6100万立方米-4.5」).
_UNIT_FIGURE = (r"[-+−－]?\d[\d,]*(?:\.\d+)?[万亿千百]?(?:(?![年月日时号季周天])[\u4e00-\u9fff]{1,4}|[A-Za-z²³/]{1,5})"
                r"(?:[-+−－]\d[\d,]*(?:\.\d+)?[%‰]?)?")
_NARROW_ROW = re.compile(rf"^(\S(?:.*?\S)??)((?:[^\S\n]+(?:{_FIGURE_TOKEN}|{_UNIT_FIGURE})(?=\s|$))+)$")
_GLUED = re.compile(r"(?<=[^\d\s.,%‰+\-−－])(?=[-+−－]\d)")
_TOKEN = re.compile(r"\S+")
_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}$")
_FIGURE_ALONE = re.compile(rf"^[-+−－]?\d[\d,]*(?:\.\d+)?[%‰]?$")
_SENTENCE_MARKS = re.compile(r"[，。；！？]")
_SENTENCE_END = ("。", "；", "！", "？", "，", "”")
_CAPTION_LONGEST = 80
_WORDS = LEXICON.table_words
# A caption line, never a row: 「表1 …」, 「附表2」, 「单位：亿元」.
# (「指标（单位：万吨）」 is a header cell: a unit in brackets says nothing of the line being a caption)
_CAPTION_LINE = re.compile("^(?:%s)\\s*[\\d一二三四五六七八九十]|(?<![（(])(?:%s)\\s*[：:]" % (
    "|".join(map(re.escape, _WORDS["caption_opener"])), "|".join(map(re.escape, _WORDS["unit_label"]))))
_SECTION_LONGEST = 30
# a line naming the table's source (资料来源：…): part of the caption, no title of it
SOURCE_LINE = _SOURCE_LINE = re.compile("^(?:%s)\\s*[：:]" % "|".join(map(re.escape, _WORDS.get("source_label", ["资料来源"]))))


@dataclass
class Cell:
    """A cell's text (stripped) and where it stands in the document's text."""

    text: str
    start: int
    end: int


@dataclass
class Line:
    """One line of a table or its caption: its text, offsets, cells (none for a caption) and indent."""

    text: str
    start: int
    end: int
    cells: list[Cell] = field(default_factory=list)
    indent: int = 0


@dataclass
class TextTable:
    """A table found in the text: caption lines, then rows (header rows first), 1-based `number`."""

    number: int
    caption: list[Line]
    rows: list[Line]
    kind: str                     # tab, bar, wide (2+ spaces) or narrow (single spaces)

    @property
    def start(self) -> int:
        return (self.caption or self.rows)[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end


# a figure and its rate of change in brackets in one cell, as Hong Kong's yearbooks print them (「1 167 000 (14.5)」)
FIGURE_AND_RATE = re.compile(r"^\s*((?:\d{1,3}(?:[ \u2009\u202f]\d{3})+|\d[\d,]*)(?:\.\d+)?)\s*[(（]\s*([-+−–－]?\s*\d+(?:\.\d+)?)\s*[)）]\s*$")


def is_figure(text: str) -> bool:
    """Whether a cell's text is a figure alone.

    >>> is_figure("90809"), is_figure("-7.4"), is_figure("1,234.5"), is_figure("12.3%"), is_figure("10 536 205")
    (True, True, True, True, True)
    >>> is_figure("1 167 000 (14.5)")
    True
    >>> is_figure("指标"), is_figure("2 3"), is_figure("3.2①"), is_figure("2.31r"), is_figure("GDP")
    (False, False, True, True, False)
    """
    return bool(_FIGURE.match(text) or FIGURE_AND_RATE.match(text)) or bool(text) and text[-1] in _MARK_ENDS \
        and bool(_FIGURE.match(_MARK.sub("", text)))


def without_mark(text: str) -> str:
    """A figure's cell without the note or revision mark after it.

    >>> without_mark("3.2①"), without_mark("1 234[2]"), without_mark("2.31 r"), without_mark("145 000 (5.0)")
    ('3.2', '1 234', '2.31', '145 000 (5.0)')
    """
    return _MARK.sub("", text) if text and text[-1] in _MARK_ENDS else text


def split_line(line: str) -> tuple[str, list[tuple[int, int]]] | None:
    """How a line splits into cells: (kind, cell spans within the line), or None for no row.

    >>> split_line("指标 | 绝对量 | 比上年增长（%）")
    ('bar', [(0, 2), (5, 8), (11, 19)])
    >>> split_line("  房地产开发投资    90809   -7.4")
    ('wide', [(2, 9), (13, 18), (21, 25)])
    >>> split_line("全市地区生产总值增长5.2%。") is None
    True
    """
    if "\t" in line:
        return "tab", _spans_between(line, "\t")
    if "|" in line:
        if _RULE.match(line):
            return "rule", []
        body = line.strip()
        if body.count("|") >= (1 if not body.startswith("|") else 2):
            return "bar", _bar_spans(line)
    narrow = _NARROW_ROW.match(line.strip())
    if narrow and not any(not char.isdigit() and char not in ".,%‰-+ " for char in narrow.group(1)) \
            and not _YEAR_LABEL.match(narrow.group(1)):
        narrow = None                       # a label holds more than figures, or is a year (2019 2965.95 …)
    if narrow:
        tokens = _narrow_tokens(line, len(line) - len(line.lstrip()) + narrow.end(1))
        if len(tokens) < 2 or not any(_FIGURE_ALONE.match(line[a:b]) or line[a:b] in ("-", "—", "…")
                                      for a, b in tokens):
            narrow = None                   # 「会议于 2024年 5月」: a plain figure in a row is needed
    if "  " in line.strip():
        spans = [m.span() for m in _WIDE_GAP.finditer(line)]
        # cells of several figures each: the figures are split by single spaces, the row is narrow
        if len(spans) >= 2 and not (narrow and any(_mixes_figures(line[a:b]) for a, b in spans)):
            return "wide", spans
    if narrow:
        at = len(line) - len(line.lstrip())
        label_end = at + narrow.end(1)
        return "narrow", [(at, label_end)] + _narrow_tokens(line, label_end)
    if _RULE.match(line):
        return "rule", []
    return None


def _narrow_tokens(line: str, start: int) -> list[tuple[int, int]]:
    """The spans of the figures after a label split by single spaces, a glued pair split in two."""
    spans = []
    for match in _TOKEN.finditer(line, start):
        cuts = [match.start()] + [match.start() + m.start() for m in _GLUED.finditer(match.group())
                                  if m.start() > 0] + [match.end()]
        spans.extend(zip(cuts, cuts[1:]))
    return spans


def _mixes_figures(cell: str) -> bool:
    """A cell of a space-aligned split that holds a figure beside other words: 「Urban 848.21 1013.88」."""
    tokens = cell.split()
    return len(tokens) >= 2 and any(_FIGURE_ALONE.match(token) for token in tokens) and not _FIGURE.match(cell)


def _spans_between(line: str, separator: str) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for piece in line.split(separator):
        left = len(piece) - len(piece.lstrip())
        spans.append((begin + left, begin + len(piece.rstrip())) if piece.strip() else (begin, begin))
        begin += len(piece) + 1
    return spans


def _bar_spans(line: str) -> list[tuple[int, int]]:
    spans = _spans_between(line, "|")
    body = line.strip()
    if body.startswith("|"):
        spans = spans[1:]
    if body.endswith("|"):
        spans = spans[:-1]
    return spans


def _plausible_cells(kind: str, cells: list[str]) -> bool:
    """Whether cells split off a line look like a table's: short, no sentences (space-split lines only)."""
    if kind in ("tab", "bar"):
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) >= 2 or not any(cells[1:]):
            return True
        # 「 | 1998 | 」: a year over the columns it spans, under a blank corner; 「 | | 财政收入」: a header cell
        # set under its spanning cell in a column of its own, short and no sentence
        at = next(index for index, cell in enumerate(cells) if cell.strip())
        return at >= 1 and (bool(_YEAR_LABEL.match(filled[0].rstrip("年"))) or at >= 2 and len(filled[0]) <= 20
                            and not _SENTENCE_MARKS.search(filled[0]))
    if any(_SENTENCE_MARKS.search(cell) for cell in cells) or max(map(len, cells)) > (80 if kind == "narrow" else 40):
        return False
    return kind == "wide" or (len(cells[0]) >= 2 or "\u4e00" <= cells[0] <= "\u9fff") and len(cells) <= 24


def table_line_spans(lines: list[str]) -> list[tuple[int, int, int]]:
    """The tables of a list of lines, as (first caption line, first row, end) indices.

    >>> table_line_spans(["正文。", "表1 主要指标", "指标\\t绝对量", "粮食产量（万吨）\\t70650", "全年。"])
    [(1, 2, 4)]
    """
    return [(caption, first, end) for caption, first, end, _kind in _blocks(lines, _splits(lines))]


def _splits(lines: list[str]) -> list:
    """How each line splits into cells (split_line), None for a line that is no row."""
    return [_split_if_row(line) if line else None for line in lines]


def _blocks(lines: list[str], splits: list):
    index, count = 0, len(lines)
    while index < count:
        kind = splits[index][0] if splits[index] else None
        if kind in (None, "rule"):
            index += 1
            continue
        end = index + 1
        while end < count:
            here = splits[end]
            if here and here[0] in (kind, "rule"):
                end += 1
            elif _section_line(lines[end]) and end + 2 < count and _section_line(lines[end + 1]) \
                    and not _bars_only(lines[end + 1]) and splits[end + 2] and splits[end + 2][0] == kind:
                end += 2                # a label's end wrapped onto its own line, then a label above its figures
            elif _section_line(lines[end]) or kind == "bar" and _bars_only(lines[end]):
                after = end + 1         # a section row, with the empty rows of a web table's spanning cell
                while after < count and after - end < 3 and kind == "bar" and _bars_only(lines[after]):
                    after += 1
                if not (after < count and splits[after] and splits[after][0] == kind):
                    break
                end = after + 1
            else:
                break
        first = index
        if kind == "narrow" and first > 0 and _narrow_header(lines[first - 1], splits[first]):
            first -= 1
        rows = [splits[i] for i in range(first, end) if splits[i] and splits[i][0] == kind]
        if len(rows) >= 2 and _has_figures(lines, splits, first, end, kind):
            caption = _caption_start(lines, first)
            yield caption, first, end, kind
        index = end


def _split_if_row(line: str):
    if spanning_text(line):
        return None                     # a title or section written once per column: a one-cell line
    found = split_line(line)
    if found is None or found[0] == "rule":
        return found
    if _CAPTION_LINE.search(fold_script(line)):       # 「單位：億元」 too
        return None
    kind, spans = found
    cells = [line[a:b] for a, b in spans]
    return found if len(spans) >= 2 and _plausible_cells(kind, cells) else None


def spanning_text(line: str) -> str | None:
    """The text of a line whose cells all hold it: a cell spanning the table's width, written once per
    column by the readers (「按地区分→按地区分→按地区分」); None for any other line.

    >>> spanning_text("按地区分\\t按地区分\\t按地区分"), spanning_text("指标\\t绝对量")
    ('按地区分', None)
    """
    if "\t" not in line:
        return None
    texts = {piece.strip() for piece in line.split("\t")}
    return texts.pop() if len(texts) == 1 and "" not in texts else None


def _section_line(line: str) -> bool:
    body = spanning_text(line) or line.strip()
    return 0 < len(body) <= _SECTION_LONGEST and not body.endswith(_SENTENCE_END) and not any(c.isdigit() for c in body)


def _bars_only(line: str) -> bool:
    """A line of bars alone (「|」, 「| |」): the empty cells a web table's spanning cell leaves."""
    return "|" in line and not line.replace("|", "").strip()


def _narrow_header(line: str, below) -> bool:
    """A header line above rows split by single spaces: as many words, no figures, no sentence."""
    words = line.split()
    return (len(words) in (len(below[1]), len(below[1]) - 1) and not _SENTENCE_MARKS.search(line)
            and not any(is_figure(word) for word in words))


def _has_figures(lines, splits, first: int, end: int, kind: str) -> bool:
    figures = rows = 0
    for i in range(first, end):
        if splits[i] and splits[i][0] == kind:
            cells = [lines[i][a:b] for a, b in splits[i][1]]
            found = sum(1 for cell in cells[1:] if is_figure(cell))
            figures += found
            rows += 1 if found else 0
    return figures >= 1 and (kind in ("tab", "bar") or rows >= 2)


def _caption_start(lines: list[str], first: int) -> int:
    """Up to three short lines just above a table, without a sentence's end, are its caption."""
    start = first
    while start > 0 and first - start < 3:
        above = lines[start - 1].strip()
        above = spanning_text(above) or above
        if _SOURCE_LINE.match(fold_script(above)):
            start -= 1          # 「資料來源：衛生福利部統計處。」 between the title and the table: passed over
            continue
        # 「单位:个 | (unit)」: a unit line with its translation in a cell of its own is a caption line still;
        # so is a long English title that a PDF ran into the unit line (「… Security System单位:万人」)
        labelled = "\t" in above or len(above) > _CAPTION_LONGEST
        if not above or labelled and not _CAPTION_LINE.search(fold_script(above)) \
                or len(above) > 2 * _CAPTION_LONGEST or above.endswith(_SENTENCE_END) \
                or _SENTENCE_MARKS.search(above):
            break
        start -= 1
    return start


def find_tables(text: str) -> list[TextTable]:
    """The tables of a cleaned text, numbered from 1 in text order, with each cell's offsets."""
    if not may_hold_table(text):
        return []
    lines = text.split("\n")
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    tables = []
    splits = _splits(lines)
    for caption_at, first, end, kind in _blocks(lines, splits):
        caption = [Line(lines[i].strip(), offsets[i] + len(lines[i]) - len(lines[i].lstrip()),
                        offsets[i] + len(lines[i].rstrip())) for i in range(caption_at, first)]
        rows = [_row(lines[i], offsets[i], kind, splits[i]) for i in range(first, end)]
        rows = [row for row in rows if row is not None]
        if kind == "tab":
            rows = _unshifted_header(rows)
        tables.append(TextTable(len(tables) + 1, caption, rows, kind))
    return tables


_HEADER_REACH = 3   # the rows that may be a header's


def _unshifted_header(rows: list[Line]) -> list[Line]:
    r"""A header row wider than every row below it, by empty cells at its start, loses them: a tab too many
    before its first heading (「\t\t\tItem\t1980…」 over 「国内生产总值\t(万元)\tGross…\t2980…」) shifts
    every heading one column right of its figures.

    >>> rows = find_tables("\t\t\t项目\t2000\t2002\n国内生产总值\t(万元)\t45036\t55275\n发电量\t(万千瓦时)\t17115\t23069")[0].rows
    >>> [cell.text for cell in rows[0].cells]
    ['', '项目', '2000', '2002']
    """
    for at in range(min(_HEADER_REACH, len(rows) - 1)):
        body = max(len(row.cells) for row in rows[at + 1:])
        row = rows[at]
        extra = len(row.cells) - body
        if extra > 0 and all(not cell.text for cell in row.cells[:extra]) and body >= 2:
            row.cells = row.cells[extra:]
    return rows
    body = max(len(row.cells) for row in rows[_HEADER_REACH:])
    for row in rows[:_HEADER_REACH]:
        extra = len(row.cells) - body
        if extra > 0 and all(not cell.text for cell in row.cells[:extra]) and len(row.cells) - extra >= 2:
            row.cells = row.cells[extra:]
    return rows


def _row(line: str, offset: int, kind: str, found) -> Line | None:
    """A table line as cells with their offsets; `found` is how it splits (None for a section row)."""
    if found is not None and found[0] == "rule" or kind == "bar" and _bars_only(line):
        return None
    if kind == "narrow" and (found is None or found[0] != kind) and len(line.split()) > 1:
        found = kind, [m.span() for m in _TOKEN.finditer(line)]     # the header above such rows
    if found is None or found[0] != kind:
        body = line.strip("| \t") if kind == "bar" else line.strip()           # a section row: one cell
        at = line.index(body) if body else 0
        spans = [(at, at + len(body))]
    else:
        spans = found[1]
    cells = [Cell(line[a:b], offset + a, offset + b) for a, b in spans]
    piece_start = line.index("|") + 1 if kind == "bar" and line.lstrip().startswith("|") else 0
    indent = max(spans[0][0] - piece_start, 0) if spans[0][1] > spans[0][0] else 0
    return Line(line, offset, offset + len(line), cells, indent)


# Two figures split by a space, as a row of figures has; searched only after the plain tests fail.
_FIGURES_APART = re.compile(r" [-+−－]?\d[\d,.]*(?:[%‰]|[万亿千百]?[\u4e00-\u9fffA-Za-z²³]{1,4})? +[-+−－]?\d")


def may_hold_table(text: str) -> bool:
    """A quick test: False means the text holds no table (no tab, bar, double space or row of figures).

    >>> may_hold_table("全年粮食产量70650万吨。"), may_hold_table("粮食 69541 70650")
    (False, True)
    """
    return "\t" in text or "|" in text or "  " in text or bool(_FIGURES_APART.search(text))
