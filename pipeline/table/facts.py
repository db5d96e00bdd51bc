"""A table's figures as facts: one fact per figure in a cell, named by its row label and column header.

>>> text = "指标 | 绝对量 | 比上年增长（%）\\n房地产开发投资（亿元） | 90809 | -7.4"
>>> for fact in table_facts(text, find_tables(text)):
...     print(fact["metric"], fact["value"], fact["unit"], fact["stat"], fact["text"], fact["row"], fact["column"])
房地产开发投资 9080900000000.0 元 None 90809 2 2
房地产开发投资 -7.4 % growth_rate -7.4 2 3

`table`, `row` and `column` are 1-based: the document's tables in text order, the table's lines as
written (header rows counted, caption and rule lines not), and the cell's place in its row.
A row that is part of the row above (「其中：住宅」, 「#住宅」, or a row indented under 「其中：」) is named
「<the row above>中<its label>」: 房地产开发投资中住宅.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..lexicon import LEXICON
from ..quantities import find_quantities
from .align import column_spans, place
from .detect import Line, TextTable, find_tables, is_figure
from .header import Heading, fold, is_period, read_caption, read_heading, read_unit

__all__ = ["table_facts", "find_tables"]

_WORDS = LEXICON.table_words
_PART = re.compile("^(?:%s)\\s*[：:]?\\s*" % "|".join(map(re.escape, _WORDS["part"])))
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))\s*")
_BILINGUAL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z0-9\s,.&()'/-]*$")   # 「人口 Population」: the English after
_UNIT_AT_END = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
_NUMBER = re.compile(r"([-+−–－]?)\s*(\d[\d,]*(?:\.\d+)?)\s*([%‰]?)")
# Places a row label may be (a body such as 民营企业 stays a name: it is what the row measures)
_SUBJECTS = {word for word in LEXICON.subjects if "\t" not in word} | set(LEXICON.regions) | set(LEXICON.cities)
_RATE_UNITS = ("%", "‰", "", "倍")
_RATES = ("growth_rate", "change", "share")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
SENTENCE_LONGEST = 300


def table_facts(text: str, tables: list[TextTable]) -> list[dict]:
    """The facts rows of every table (metric … end, table, row, column), in text order."""
    facts = []
    for table in tables:
        facts.extend(_facts_of(text, table))
    return facts


def _width(table: TextTable) -> int:
    return max(len(row.cells) for row in table.rows)


def _aligned(row: Line, width: int, header: bool, kind: str, spans=None) -> list:
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


def _is_year_row(cells) -> bool:
    figures = [cell.text for cell in cells if cell is not None and is_figure(cell.text)]
    return bool(figures) and all(is_period(text) for text in figures)


def _header_count(table: TextTable, width: int) -> int:
    """Rows at the top that hold no figure (bare years in a header row are periods, not figures)."""
    count = 0
    for row in table.rows:
        cells = [cell for cell in row.cells if cell.text]
        if len(cells) <= 1 and count == 0 and len(table.rows) > 2 and not any(is_figure(c.text) for c in cells):
            count += 1              # a title or corner line inside the table
            continue
        if any(is_figure(cell.text) for cell in cells[1:]) and not (count == 0 and _is_year_row(cells[1:])):
            break
        if cells and is_figure(cells[0].text) and not is_period(cells[0].text):
            break
        count += 1
    count = min(count, len(table.rows) - 1)
    # Rows just above the first figures that leave every figure's column empty are section rows
    # (「基本养老保险  Pension Insurance」 under the header), not header rows.
    first = _aligned(table.rows[count], width, False, table.kind)
    figure_columns = {index for index, cell in enumerate(first) if cell is not None and is_figure(cell.text)}
    while count > 1 and not any(cell is not None and cell.text and index in figure_columns
                                for index, cell in enumerate(_aligned(table.rows[count - 1], width, True, table.kind))):
        count -= 1
    return count


def _column_headings(table: TextTable, width: int, count: int) -> list[Heading]:
    """Each column's header: its header rows' cells top first, a spanning cell repeated to its right."""
    texts = [[] for _ in range(width)]
    for position, row in enumerate(table.rows[:count]):
        cells = _aligned(row, width, True, table.kind)
        last = None
        for index, cell in enumerate(cells):
            value = cell.text if cell is not None else ""
            if not value and position < count - 1 and index > 0:
                value = last or ""            # a cell spanning the columns to its right
            else:
                last = value
            if value:
                texts[index].append(value)
    headings = [read_heading(" ".join(parts)) for parts in texts]
    # A column that gives a stat without its own period or measure takes those of the column to its
    # left (「2024年 | 比上年增长（%）」, 「出口额（亿元） | 增长（%）」).
    # A rate takes the period of the level on its left; not 「当月同比增长 | 累计增长」 nor 「当月 | 累计」.
    # A rate that qualifies its measure (「当月同比增长」, 「累计增长」) takes the nearest such measure on its left.
    for index, heading in enumerate(headings):
        if heading.stat and index > 0 and (heading.period is None or heading.measure is None):
            left = headings[index - 1]
            period = heading.period or (left.period if heading.stat in _RATES and left.stat not in _RATES else None)
            measure = heading.measure or _measure_on_left(headings[:index], heading.qualifier)
            headings[index] = Heading(heading.text, measure, heading.unit, heading.stat, heading.sign, period,
                                      heading.role, heading.qualifier)
    return headings


def _measure_on_left(left: list[Heading], qualifier: str | None) -> str | None:
    named = [heading.measure for heading in reversed(left) if heading.measure]
    if qualifier:
        matching = [measure for measure in named if fold(measure).startswith(qualifier)]
        if matching:
            return matching[0]
    return named[0] if named else None


def _label_column(table: TextTable, headings: list[Heading], count: int, width: int) -> tuple[int, set[int]]:
    """The column of row labels (the first that is not a 序号 or code column), and the columns skipped."""
    skipped = set()
    for index in range(width):
        if headings[index].role == "skip":
            skipped.add(index)
            continue
        values = [row.cells[index].text for row in table.rows[count:] if index < len(row.cells) and row.cells[index].text]
        if values and headings[index].role != "period" and not all(is_period(value) for value in values) \
                and all(is_figure(value) for value in values) and _counts_up(values):
            skipped.add(index)                  # 1, 2, 3 …: row numbers
            continue
        return index, skipped
    return 0, skipped


def _counts_up(values: list[str]) -> bool:
    return all(value.isdigit() for value in values) and [int(v) for v in values] == list(range(int(values[0]), int(values[0]) + len(values)))


def _facts_of(text: str, table: TextTable) -> list[dict]:
    width = _width(table)
    if width < 2:
        return []
    count = _header_count(table, width)
    headings = _column_headings(table, width, count)
    label_at, skipped = _label_column(table, headings, count, width)
    spans = column_spans(table.rows, width) if table.kind == "wide" else None
    caption = read_caption(" ".join(line.text for line in table.caption)) if table.caption else Heading("")
    head = "\n".join([line.text for line in table.caption] + [row.text for row in table.rows[:count]])
    subject_rows = headings[label_at].role == "subject"
    facts: list[dict] = []
    parent: str | None = None
    parent_unit = None
    parent_indent = 0
    parts_follow = False
    for position in range(count, len(table.rows)):
        row = table.rows[position]
        cells = _aligned(row, width, False, table.kind, spans)
        filled = [cell for cell in cells if cell is not None and cell.text]
        if len(filled) <= 1 and not any(is_figure(cell.text) for cell in filled):
            label = fold(filled[0].text).strip() if filled else ""
            parts_follow = bool(label) and bool(_PART.match(label)) and not _PART.sub("", label)
            continue                            # a section row: 按主要行业分, or 其中： alone
        label_cell = cells[label_at]
        raw_label = label_cell.text if label_cell is not None else ""
        label = _read_label(raw_label)
        is_part = label.part or (parts_follow and (row.indent > parent_indent or row.indent == parent_indent == 0))
        if parts_follow and row.indent <= parent_indent and parent_indent > 0:
            parts_follow = is_part = label.part
        subject = period = None
        name = label.name
        if name and (subject_rows or fold(name) in _SUBJECTS):
            subject, name = name, None
        elif name and is_period(name):
            period, name = name, None
        if name and not is_part:
            parent, parent_indent, parent_unit = name, row.indent, label.unit
        elif name and is_part and parent:
            name = f"{parent}中{name}"
        label_unit = label.unit or (parent_unit if is_part else None)
        row_unit = _row_unit(cells, headings)
        period = period or _cell_of_role(cells, headings, "period", label_at)
        subject = subject or _cell_of_role(cells, headings, "subject", label_at)
        sentence = _sentence(head, row.text)
        for index in range(width):
            cell = cells[index]
            if index == label_at or index in skipped or cell is None or not cell.text or headings[index].role != "value":
                continue
            heading = headings[index]
            for found in _figures(cell.text):
                offset, number, shown, own_unit = found
                unit = own_unit or heading.unit or row_unit or label_unit or caption.unit or (1, "")
                stat = heading.stat or label.stat
                sign = heading.sign if heading.stat else label.sign
                scale, unit_name = unit
                if own_unit and own_unit[1] != "":
                    scale = own_unit[0]
                value = float(number * scale) * sign
                if stat == "growth_rate" and unit_name not in _RATE_UNITS:
                    stat = "change"
                elif stat in ("growth_rate", "share") and unit_name == "":
                    unit_name = "%"          # a rate or share column without its unit (「同比增长」) is in %
                facts.append({
                    "metric": _metric(name, heading.measure, caption.measure),
                    "subject": subject,
                    "value": value,
                    "value_max": None,
                    "unit": unit_name,
                    "bound": "eq",
                    "stat": stat,
                    "period": _as_period(heading.period or period or caption.period),
                    "text": shown,
                    "sentence": sentence,
                    "start": cell.start + offset,
                    "end": cell.start + offset + len(shown),
                    "table": table.number,
                    "row": position + 1,
                    "column": index + 1,
                })
    return facts


@dataclass(frozen=True)
class _Label:
    """A row label read: its name (numbering, unit and part marker taken off), unit, stat, part."""

    name: str
    unit: tuple[int, str] | None
    stat: str | None
    sign: int
    part: bool


@lru_cache(maxsize=8192)
def _read_label(text: str) -> _Label:
    """「其中：住宅（亿元）」 → name 住宅, unit (1e8, 元), part; 「地区生产总值增长（%）」 → stat growth_rate.

    >>> label = _read_label("其中：住宅（亿元）")
    >>> label.name, label.unit, label.part
    ('住宅', (100000000, '元'), True)
    >>> label = _read_label("1.地区生产总值增长（%）")
    >>> label.name, label.unit, label.stat
    ('地区生产总值', (1, '%'), 'growth_rate')
    """
    name = _BILINGUAL.sub("", text.strip())
    folded = fold(name)
    part = False
    match = _PART.match(folded)
    if match and match.end() < len(folded):
        part, name, folded = True, name[match.end():], folded[match.end():]
    match = _NUMBERING.match(folded)
    if match:
        name, folded = name[match.end():], folded[match.end():]
    unit = None
    match = _UNIT_AT_END.search(folded)
    if match and read_unit(match.group(1)):
        unit = read_unit(match.group(1))
        name, folded = name[:match.start()].rstrip(), folded[:match.start()].rstrip()
    heading = read_heading(name)
    stat, sign = None, 1
    if heading.stat and heading.measure and folded.endswith(fold(name)[-2:]) and heading.measure != name:
        stat, sign = heading.stat, heading.sign
        if name.startswith(heading.measure):
            name = heading.measure
    return _Label(name.strip(), unit, stat, sign, part)


def _cell_of_role(cells, headings: list[Heading], role: str, label_at: int) -> str | None:
    """The text of the row's cell in a 年份 (period) or 地区 (subject) column other than the label's."""
    for index, (cell, heading) in enumerate(zip(cells, headings)):
        if heading.role == role and index != label_at and cell is not None and cell.text:
            return cell.text
    return None


def _row_unit(cells, headings: list[Heading]) -> tuple[int, str] | None:
    """The unit a 计量单位 column gives the row."""
    for cell, heading in zip(cells, headings):
        if heading.role == "unit" and cell is not None and cell.text:
            return read_unit(cell.text)
    return None


def _figures(cell: str):
    """(offset, number, text as shown, own unit or None) for the figures of a cell."""
    stripped = cell.strip("*＊ ")
    if is_figure(stripped):
        match = _NUMBER.search(stripped)
        sign = -1 if match.group(1) and match.group(1) != "+" else 1
        try:
            number = Decimal(match.group(2).replace(",", "")) * sign
        except InvalidOperation:
            return
        shown = stripped[match.start():match.end()]
        own = (1, match.group(3)) if match.group(3) else None
        yield cell.index(shown), number, shown, own
        return
    for quantity in find_quantities(stripped):
        # a figure with its unit filling the cell (「70650万吨」), not a number inside words
        if quantity.kind == "statistic" and quantity.value_max is None and quantity.text == stripped:
            own = (1, quantity.unit) if quantity.unit else None
            yield cell.index(stripped), Decimal(repr(quantity.value)), quantity.text, own


def _as_period(period: str | None) -> str | None:
    """A bare year heading a column or a row (2018) is that year: 2018年, which the year reading knows.

    >>> _as_period("2018"), _as_period("2022年1—8月份"), _as_period(None)
    ('2018年', '2022年1—8月份', None)
    """
    return period + "年" if period and _BARE_YEAR.match(period) else period


def _metric(name: str | None, measure: str | None, title: str | None) -> str:
    """A row's name with its column's measure after it (机电产品 + 出口 → 机电产品出口)."""
    if name and measure:
        return name if measure in name else measure if name in measure else name + measure
    return name or measure or title or ""


def _sentence(head: str, row: str) -> str:
    """The caption and header lines and the row's line, at most SENTENCE_LONGEST characters."""
    row = row.strip()[:SENTENCE_LONGEST]
    room = SENTENCE_LONGEST - len(row) - 1
    if room <= 0 or not head:
        return row
    return (head[:room] + "\n" + row) if len(head) > room else head + "\n" + row
