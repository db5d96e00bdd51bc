"""A table's figures as facts: one fact per figure in a cell, named by its row label and column header.

>>> text = "指标 | 绝对量 | 比上年增长（%）\\n房地产开发投资（亿元） | 90809 | -7.4"
>>> for fact in table_facts(text, find_tables(text)):
...     print(fact["metric"], fact["value"], fact["unit"], fact["stat"], fact["text"], fact["row"], fact["column"])
房地产开发投资 9080900000000.0 元 None 90809 2 2
房地产开发投资 -7.4 % growth_rate -7.4 2 3

`table`, `row` and `column` are 1-based: the document's tables in text order, the table's lines as
written (header rows counted, caption and rule lines not), and the cell's place in its row.
A row that is part of the row above (「其中：住宅」, 「#住宅」, or a row indented under 「其中：」) is named
by its own label (住宅) and measured in the unit of the row above.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..excerpt import SENTENCE_LIMIT
from ..lexicon import LEXICON
from ..quantities import find_quantities
from .align import aligned, column_spans, table_width
from .detect import Line, TextTable, find_tables, is_figure
from .header import Heading, closing_stat, fold, is_period, read_captions, read_heading, read_unit, unspaced
from .labels import Outline, read_label, row_labels

__all__ = ["table_facts", "find_tables"]

_WORDS = LEXICON.table_words
_NUMBER = re.compile(r"([-+−–－]?)\s*(\d{1,3}(?: \d{3})+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)\s*([%‰]?)")
# Places a row label may be (a body such as 民营企业 stays a name: it is what the row measures)
_SUBJECTS = {word for word in LEXICON.subjects if "\t" not in word} | set(LEXICON.regions) | set(LEXICON.cities)
_RATE_UNITS = ("%", "‰", "", "倍")
_RATES = ("growth_rate", "change", "share")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_LATIN_ONLY = re.compile(r"^[A-Za-z][A-Za-z .,&()'/-]*$")
_CONTINUED = re.compile("^(?:%s)" % "|".join(map(re.escape, _WORDS.get("continued", ()))) if _WORDS.get("continued") else r"(?!)")
_UNIT_ROW = re.compile("^(?:%s)\\s*[：:]" % "|".join(map(re.escape, _WORDS["unit_label"])))


def table_facts(text: str, tables: list[TextTable]) -> list[dict]:
    """The facts rows of every table (metric … end, table, row, column), in text order."""
    facts = []
    previous = None
    for table in tables:
        if previous is not None and table.caption and _CONTINUED.match(fold(table.caption[0].text)):
            # 「续表1」: the table continued on a new page takes the caption it continues (title, period, unit)
            table = TextTable(table.number, previous.caption + table.caption, table.rows, table.kind)
        previous = table if table.caption else previous
        for offset, part in _parts(table):
            facts.extend(_facts_of(text, part, offset))
    return facts


def _parts(table: TextTable) -> list[tuple[int, TextTable]]:
    """A table and the tables set right under it: a row of headings among the rows of figures (「年份 |
    GDP(億元) | 增速(%)」) starts a table of its own, as (the first row's offset, table) pairs. A header
    repeated as it was (a table continued on a new page) keeps the caption."""
    width = table_width(table)
    if width < 2:
        return [(0, table)]
    count = _header_count(table, width)
    rows = table.rows
    for at in range(count + 1, len(rows) - 1):
        filled = [cell.text for cell in rows[at].cells if cell.text]
        if len(filled) < 2 or any(is_figure(text) or text.strip("-—–…") == "" for text in filled) \
                or not any(is_figure(cell.text) for cell in rows[at + 1].cells[1:]) \
                or not any(_names_columns(read_heading(text)) for text in filled[1:]):
            continue
        same = [cell.text for cell in rows[at].cells] == [cell.text for cell in rows[count - 1].cells]
        below = TextTable(table.number, table.caption if same else [], rows[at:], table.kind)
        return [(0, TextTable(table.number, table.caption, rows[:at], table.kind))] + \
            [(offset + at, part) for offset, part in _parts(below)]
    return [(0, table)]


def _names_columns(heading: Heading) -> bool:
    """A cell that reads as a column's header: a unit, a stat or a period of its own, or a role (年份, 地区)."""
    return bool(heading.unit or heading.stat or heading.period) or heading.role != "value"


def _is_year_row(cells) -> bool:
    figures = [cell.text for cell in cells if cell is not None and is_figure(cell.text)]
    return bool(figures) and all(is_period(text) for text in figures)


def _header_count(table: TextTable, width: int) -> int:
    """Rows at the top that hold no figure (bare years in a header row are periods, not figures)."""
    count = titles = 0
    for row in table.rows:
        cells = [cell for cell in row.cells if cell.text]
        if len(cells) <= 1 and count == titles and len(table.rows) > 2 and not any(is_figure(c.text) for c in cells):
            count += 1              # a title, unit or corner line inside the table
            titles += 1
            continue
        # years over the columns: the first header row, or the English line under it (「Item | 2020 | 2021」)
        if any(is_figure(cell.text) for cell in cells[1:]) and not (
                (count == titles or _LATIN_ONLY.match(row.cells[0].text)) and _is_year_row(cells[1:])):
            break
        if cells and is_figure(cells[0].text) and not is_period(cells[0].text):
            break
        if count and len(cells) == 1 and is_period(cells[0].text) and row.cells[0].text and _period_below(table, row):
            break                   # 「| 2019 | | |」 then 「| 2018 | …」 under the header: years' rows, one left blank
        count += 1
    count = min(count, len(table.rows) - 1)
    # Rows just above the first figures that leave every figure's column empty are section rows
    # (「基本养老保险  Pension Insurance」 under the header), not header rows.
    first = aligned(table.rows[count], width, False, table.kind)
    figure_columns = {index for index, cell in enumerate(first) if cell is not None and is_figure(cell.text)}
    while count > 1 and not any(cell is not None and cell.text and index in figure_columns
                                for index, cell in enumerate(aligned(table.rows[count - 1], width, True, table.kind))):
        count -= 1
    return count


def _period_below(table: TextTable, row: Line) -> bool:
    at = table.rows.index(row)
    return at + 1 < len(table.rows) and bool(table.rows[at + 1].cells) and is_period(table.rows[at + 1].cells[0].text)


def _title_rows(table: TextTable, count: int) -> int:
    """How many header rows at the top are the table's title or unit written as rows (a web page's
    table that holds its own caption: 「| 8-17 各类粮食产量 | | |」, 「| 单位:万吨 | (10000 tons) |」)."""
    titles = 0
    for row in table.rows[:count - 1]:
        filled = [cell.text for cell in row.cells if cell.text]
        if not filled or not row.cells[0].text:
            break
        if len(filled) > 1 and not _UNIT_ROW.match(fold(filled[0])):
            break
        titles += 1
    return titles


def _header_lacks_corner(table: TextTable, width: int, count: int) -> bool:
    """A header of one row whose last cell is blank over a column of figures, its first cell named:
    the header lacks the corner cell over the labels (or row numbers), its names stand one to the left.
    「| 地区 | 当月产量(万吨) | … | |」 over 「| 1 | 北京市 | 0.02 | … |」."""
    if count != 1 or table.kind not in ("tab", "bar"):
        return False
    header = aligned(table.rows[0], width, True, table.kind)
    if header[0] is None or not header[0].text or (header[-1] is not None and header[-1].text):
        return False
    body = [row for row in table.rows[1:] if len(row.cells) == width and any(is_figure(c.text) for c in row.cells)]
    with_figure = sum(1 for row in body if is_figure(row.cells[-1].text))
    return bool(body) and with_figure * 2 >= len(body) and all(row.cells[-1].text for row in body)


def _column_headings(table: TextTable, width: int, count: int, first: int = 0, spans=None) -> list[Heading]:
    """Each column's header: its header rows' cells top first, a spanning cell repeated to its right
    (in a table aligned with spaces, a header cell stands over the column it overlaps most)."""
    texts = [[] for _ in range(width)]
    above = None
    previous_values = None                    # the header row above, its spanning cells repeated
    for position, row in enumerate(table.rows[:count]):
        if position < first:
            continue
        cells = aligned(row, width, True, table.kind, spans if count - first > 1 else None)
        if above is not None and _under_corner(cells, above):
            cells = [None] + cells[:-1]
        above = cells
        last, source = None, 0
        row_values = []
        for index, cell in enumerate(cells):
            value = cell.text if cell is not None else ""
            if not value and position < count - 1 and index > 0:
                # a cell spanning the columns to its right, unless the columns part above (a name written
                # down its column over rows, 「工 业 / 总 产 值」, leaves this row blank)
                if previous_values is None or previous_values[index] == previous_values[source]:
                    value = last or ""
            else:
                last, source = value, index
            row_values.append(value)
            if value:
                texts[index].append(_closed_up(value))
        previous_values = row_values
    # 「企 业 | 」 over 「单 位 数 | #亏 损」 over 「(个) | 企 业」: a column marked 「#」 is a part of the column on
    # its left (亏损企业 among 企业单位数): named from its mark down, in the left column's unit where it has none
    parts_of_left = set()
    for index, parts in enumerate(texts):
        marked = [at for at, part in enumerate(parts) if _PART_MARK.match(fold(part))]
        if index > 0 and marked:
            texts[index] = [parts[marked[0]].lstrip("#＃ ")] + parts[marked[0] + 1:]
            parts_of_left.add(index)
    headings = [read_heading(" ".join(parts)) for parts in texts]
    for index in sorted(parts_of_left):
        heading = headings[index]
        if heading.unit is None and headings[index - 1].unit is not None:
            headings[index] = Heading(heading.text, heading.measure, headings[index - 1].unit, heading.stat, heading.sign,
                                      heading.period, heading.role, heading.qualifier)
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


_PART_MARK = re.compile(r"^[#＃]\s*")


def _closed_up(cell: str) -> str:
    """A header cell's name spaced out to the column's width, set close again (「#亏 损」 → 「#亏损」)."""
    mark = _PART_MARK.match(cell)
    return cell[:mark.end()].strip() + unspaced(cell[mark.end():]) if mark else unspaced(cell)


def _under_corner(cells: list, above: list) -> bool:
    """A header row that lacks the corner cell standing above it, written as one spanning two rows
    (a web table's rowspan): it is filled from the left and ends in an empty cell, under a corner
    cell that is filled. 「指标 | 1-2月 | 」 over 「绝对量（亿元） | 同比增长（%） | 」."""
    def filled(cell) -> bool:
        return cell is not None and bool(cell.text)
    return len(cells) > 2 and filled(above[0]) and not filled(cells[-1]) and all(map(filled, cells[:-1]))


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


def _facts_of(text: str, table: TextTable, rows_above: int = 0) -> list[dict]:
    width = table_width(table)
    if width < 2:
        return []
    count = _header_count(table, width)
    titles = _title_rows(table, count)
    spans = column_spans(table.rows, width) if table.kind == "wide" else None
    headings = _column_headings(table, width, count, titles, spans)
    if _header_lacks_corner(table, width, count):
        headings = [Heading("")] + headings[:-1]
    label_at, skipped = _label_column(table, headings, count, width)
    captions = [line.text for line in table.caption] + [" ".join(c.text for c in row.cells) for row in table.rows[:titles]]
    caption = read_captions(captions) if captions else Heading("")
    head = "\n".join([line.text for line in table.caption] + [row.text for row in table.rows[:count]])
    # 「指标:工业增加值_同比增长(%)」 over columns of months: the caption says what kind of figure every cell is
    caption_stat = closing_stat(captions) if not any(heading.stat for heading in headings) else None
    # rows of groups (轻工业, 亏损企业) under a 类别 header, columns of measures (企业单位数, 工业总产值): the row is who
    group_rows = fold(headings[label_at].text).strip() in _WORDS.get("group", ()) and _measure_columns(headings, label_at)
    subject_rows = headings[label_at].role == "subject" or group_rows
    industry_rows = fold(headings[label_at].text).strip() in _WORDS.get("industry", ())
    facts: list[dict] = []
    outline = Outline(2 if table.kind == "bar" else 1)
    labels = row_labels(table, count, width, label_at, spans)
    seen: set = set()                           # the row names read so far
    block = None                                # (name, unit) of the index or share row the rows below repeat
    previous = None                             # what the last row of figures was about (for a line of rates under it)
    for position in range(count, len(table.rows)):
        row = table.rows[position]
        if position not in labels:
            continue                            # a line that continues a label
        cells = aligned(row, width, False, table.kind, spans)
        raw_label = labels[position]
        if raw_label is None:
            filled = [cell for cell in cells if cell is not None and cell.text]
            outline.section(filled[0].text if filled else "")
            continue                            # a section row: 按主要行业分, or 其中： alone
        growth_line = not raw_label.strip() and previous is not None and _bracketed_line(cells, label_at)
        label = read_label(raw_label)
        subject = period = None
        name = label.name
        if name and (subject_rows or fold(name) in _SUBJECTS):
            subject, name = name, None
        elif group_rows and label.total:
            subject = caption.measure           # 「总计」 of 规模以上非公有工业主要经济指标: the whole the caption names
        elif name and is_period(name):
            period, name = name, None
        repeated = name in seen
        seen.add(name)
        # 「# 批发零售业」 then 「  住宿餐饮业」 set under its name, not under its 「#」: the two are parts alike
        placed = bool(label.part and row.indent)
        name, parent_unit = outline.name(label, row.indent + (label.lead if placed else 0), name, placed)
        label_unit = label.unit or parent_unit
        if label.unit is not None:
            block = (name, label.unit) if label.unit[1] in ("", "%") else None
        elif repeated and block and name:
            # 「总产出指数(上年=100)」 then 第一产业, 第二产业 again: the same rows, now as indices (or shares)
            name, label_unit = name + block[0], block[1]
        row_unit = _row_unit(cells, headings)
        period = period or _cell_of_role(cells, headings, "period", label_at)
        subject = subject or _cell_of_role(cells, headings, "subject", label_at)
        if growth_line:          # 「(14.5)  (-4.9)」 under a row of figures: that row's rates of change, in %
            name, subject, period, label_unit, row_unit = previous
        previous = (name, subject, period, label_unit, row_unit)
        sentence = _sentence(head, row.text)
        for index in range(width):
            cell = cells[index]
            if index == label_at or index in skipped or cell is None or not cell.text or headings[index].role != "value":
                continue
            heading = headings[index]
            for found in _figures(cell.text):
                offset, number, shown, own_unit = found
                unit = own_unit or heading.unit or row_unit or label_unit or headings[label_at].unit or caption.unit or (1, "")
                stat = heading.stat or label.stat
                sign = heading.sign if heading.stat else label.sign
                if growth_line:
                    unit, stat, sign = (1, "%"), "growth_rate", 1
                elif stat is None and caption_stat in _RATES and unit[1] in ("%", "‰"):
                    stat = caption_stat
                elif stat is None and _BRACKETED.match(cell.text) and number > 0:
                    sign = -1            # 「(15 631 376)」: a negative amount, as accounts write it
                scale, unit_name = unit
                if own_unit and own_unit[1] != "":
                    scale = own_unit[0]
                value = float(number * scale) * sign
                if stat == "growth_rate" and unit_name not in _RATE_UNITS:
                    stat = "change"
                elif stat in ("growth_rate", "share") and unit_name == "":
                    unit_name = "%"          # a rate or share column without its unit (「同比增长」) is in %
                facts.append({
                    "metric": _metric(name, heading.measure, caption.measure, industry_rows),
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
                    "row": rows_above + position + 1,
                    "column": index + 1,
                })
    return facts


_BRACKETED = re.compile(r"^\s*[(（][^()（）]*\d[^()（）]*[)）]\s*$")


def _bracketed_line(cells, label_at: int) -> bool:
    """A line without a label whose figures are all in brackets: the rates of change of the row above
    (「中国内地 | 1 167 000 | 60 000」 then 「 | (14.5) | (-4.9)」), as yearbooks print them."""
    filled = [cell.text for index, cell in enumerate(cells) if index != label_at and cell is not None and cell.text]
    return bool(filled) and all(_BRACKETED.match(text) and is_figure(text.strip()) for text in filled)


_HEADS = tuple(LEXICON.heads)


def _measure_columns(headings: list[Heading], label_at: int) -> bool:
    """Two columns or more whose headers name measures (ending in a head noun: 单位数, 总产值, 增加值)."""
    return sum(1 for index, heading in enumerate(headings) if index != label_at and heading.measure
               and fold(heading.measure).endswith(_HEADS)) >= 2


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
            number = Decimal(match.group(2).replace(",", "").replace(" ", "")) * sign
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


def _metric(name: str | None, measure: str | None, title: str | None, industry: bool = False) -> str:
    """A row's name with its column's measure after it (机电产品 + 出口 → 机电产品出口); a row of an
    industry takes the caption's measure when its column names none (采矿业 + 增加值 → 采矿业增加值).
    A row that names nothing (a place, a year, 合计) is named by its column or the caption."""
    measure = measure or (title if industry else None)
    if name and measure:
        return name if measure in name else measure if name in measure else name + measure
    return name or measure or title or ""


def _sentence(head: str, row: str) -> str:
    """The caption and header lines and the row's line, at most SENTENCE_LIMIT characters."""
    row = row.strip()[:SENTENCE_LIMIT]
    room = SENTENCE_LIMIT - len(row) - 1
    if room <= 0 or not head:
        return row
    return (head[:room] + "\n" + row) if len(head) > room else head + "\n" + row
