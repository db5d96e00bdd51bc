"""A table's header rows: how many there are, and what each column's header says (its rows' cells read
top first, a spanning cell repeated to its right).

>>> from pipeline.table.detect import find_tables
>>> [table] = find_tables("类 别\\t企 业\\t\\n\\t单 位 数\\t#亏 损\\n\\t(个)\\t企 业\\n总 计\\t8377\\t1047")
>>> count = header_count(table, 3)
>>> count, [(heading.measure, heading.unit) for heading in column_headings(table, 3, count)]
(3, [(None, None), ('企业单位数', (1, '个')), ('亏损企业', (1, '个'))])
"""
from __future__ import annotations

import re

from ..lexicon import LEXICON
from .align import aligned
from .detect import Line, TextTable, is_figure
from .header import Heading, fold, is_period, read_heading, read_unit, unspaced

_WORDS = LEXICON.table_words
_RATES = ("growth_rate", "change", "share")
_LATIN_ONLY = re.compile(r"^[A-Za-z][A-Za-z .,&()'/-]*$")
_UNIT_ROW = re.compile("^(?:%s)\\s*[：:]" % "|".join(map(re.escape, _WORDS["unit_label"])))


def _is_year_row(cells) -> bool:
    figures = [cell.text for cell in cells if cell is not None and is_figure(cell.text)]
    return bool(figures) and all(is_period(text) for text in figures)


def header_count(table: TextTable, width: int) -> int:
    """Rows at the top that hold no figure (bare years in a header row are periods, not figures)."""
    count = titles = 0
    for row in table.rows:
        cells = [cell for cell in row.cells if cell.text]
        if len(cells) <= 1 and count == titles and len(table.rows) > 2 and not any(is_figure(c.text) for c in cells):
            count += 1              # a title, unit or corner line inside the table
            titles += 1
            continue
        # years over the columns: the first header row, the English line under it (「Item | 2020 | 2021」), or
        # a line of years under the names it dates (「 | 2004 | 2004」 under 「国家/地区 | 进口 | 转口」)
        if any(is_figure(cell.text) for cell in cells[1:]) and not (
                (count == titles or _LATIN_ONLY.match(row.cells[0].text)) and _is_year_row(cells[1:])) and not (
                not row.cells[0].text and _is_year_row(cells)):
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


def title_rows(table: TextTable, count: int) -> int:
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


def header_lacks_corner(table: TextTable, width: int, count: int) -> bool:
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


def column_headings(table: TextTable, width: int, count: int, first: int = 0, spans=None) -> list[Heading]:
    """Each column's header: its header rows' cells top first, a spanning cell repeated to its right
    (in a table aligned with spaces, a header cell stands over the column it overlaps most)."""
    texts = [[] for _ in range(width)]
    copied = [[] for _ in range(width)]       # whether each part was copied from a spanning cell on its left
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
            span = False
            if not value and position < count - 1 and index > 0:
                # a cell spanning the columns to its right, unless the columns part above (a name written
                # down its column over rows, 「工 业 / 总 产 值」, leaves this row blank)
                if previous_values is None or previous_values[index] == previous_values[source]:
                    value, span = last or "", bool(last)
            else:
                last, source = value, index
            row_values.append(value)
            # a cell spanning header rows, written again on each by a reader (an html rowspan: 「地 区 别」 three times
            # down its column) is one part of the column's header
            if value and not (texts[index] and texts[index][-1] == _closed_up(value)):
                texts[index].append(_closed_up(value))
                copied[index].append(span)
        previous_values = row_values
    # 「企 业 | 」 over 「单 位 数 | #亏 损」 over 「(个) | 企 业」: a column marked 「#」 is a part of the column on
    # its left (亏损企业 among 企业单位数): named from its mark down, in the left column's unit where it has none
    parts_of_left = set()
    own_names = {}
    # 「第二产业 |  」 over 「 | 工业」: a name under a spanning cell whose own column goes on with nothing below it is a
    # part of it (其中工业): named from its own name down, as a marked one is
    for index in range(1, width):
        parts, spanned = texts[index], copied[index]
        if len(parts) >= 2 and spanned[-2] and not spanned[-1] and len(texts[index - 1]) < len(parts) \
                and texts[index - 1][-1] == parts[-2] and not read_heading(parts[-1]).unit:
            texts[index] = parts[:-2] + [parts[-1]]   # (what the rows above say of both stays: 构成(%))
            own_names[index] = parts[-1]
            parts_of_left.add(index)
    for index, parts in enumerate(texts):
        marked = [at for at, part in enumerate(parts) if _PART_MARK.match(fold(part))]
        if index > 0 and marked:
            texts[index] = [parts[marked[0]].lstrip("#＃ ")] + parts[marked[0] + 1:]
            parts_of_left.add(index)
    texts = [_ratio_of_parts(parts) for parts in texts]
    headings = [_lower_unit_first(read_heading(" ".join(parts)), parts) for parts in texts]
    # 「地区 | Region | 2023年」: a column of the labels' English names (Beijing, Tianjin) measures nothing
    for index in _english_columns(table, width, count, spans):
        headings[index] = Heading(headings[index].text, role="skip")
    for index, name in own_names.items():
        heading, own = headings[index], read_heading(name)
        if own.measure:
            headings[index] = Heading(heading.text, own.measure, heading.unit, heading.stat, heading.sign, heading.period,
                                      heading.role, heading.qualifier)
    for index in sorted(parts_of_left):
        heading = headings[index]
        if heading.unit is None and headings[index - 1].unit is not None:
            headings[index] = Heading(heading.text, heading.measure, headings[index - 1].unit, heading.stat, heading.sign,
                                      heading.period, heading.role, heading.qualifier)
    # 「2006 年 | 2007 年」 over 「萬人 |  」: a unit written once under a run of periods holds for the run
    for index in range(1, len(headings)):
        heading, left = headings[index], headings[index - 1]
        if heading.unit is None and heading.period and not heading.measure and not heading.stat \
                and left.unit is not None and left.period and not left.measure and not left.stat:
            headings[index] = Heading(heading.text, None, left.unit, None, heading.sign, heading.period, heading.role,
                                      heading.qualifier)
    # 「農業 | %」: a column of bare percentages beside a level is that level's share of the whole
    for index, heading in enumerate(headings):
        if index > 0 and heading.unit == (1, "%") and not (heading.measure or heading.stat or heading.period) \
                and heading.role == "value" and headings[index - 1].measure and headings[index - 1].unit != (1, "%"):
            headings[index] = Heading(heading.text, None, heading.unit, "share", 1, None, heading.role, heading.qualifier)
    # A column that gives a stat without its own period or measure takes those of the column to its
    # left (「2024年 | 比上年增长（%）」, 「出口额（亿元） | 增长（%）」).
    # A rate takes the period of the level on its left; not 「当月同比增长 | 累计增长」 nor 「当月 | 累计」.
    # A rate that qualifies its measure (「当月同比增长」, 「累计增长」) takes the nearest such measure on its left.
    for index, heading in enumerate(headings):
        if heading.stat and index > 0 and (heading.period is None or heading.measure is None):
            left = headings[index - 1]
            period = heading.period or (left.period if heading.stat in _RATES and left.stat not in _RATES else None)
            if not heading.period and index > 1 and _between_years(headings[index - 2], left):
                period = None       # 「2000年 | 1990年 | 變化率」: the change between the two years, of neither alone
            # 「2013年」 spanning 「1-3季度 | 比上年同期增长」: the rate's year is the level's 2013年1-3季度
            if heading.period and "年" in heading.period and left.period and left.period != heading.period \
                    and left.period.startswith(heading.period) \
                    and heading.stat in _RATES and left.stat not in _RATES:
                period = left.period
            measure = heading.measure or _measure_on_left(headings[:index], heading.qualifier)
            headings[index] = Heading(heading.text, measure, heading.unit, heading.stat, heading.sign, period,
                                      heading.role, heading.qualifier)
    return headings


_RATIOS_OF_PARTS = tuple(_WORDS.get("ratio_of_parts", ()))
_COUNT_HEADS = tuple(_WORDS.get("count_head", ()))


def _ratio_of_parts(parts: list[str]) -> list[str]:
    """A column's header parts, top first, without the count above a ratio between its parts: 「人口数」 over
    「家庭户」 over 「性别比」 is 家庭户性别比 (the ratio of men to women among them), not a number of people.

    >>> _ratio_of_parts(["人口数", "家庭户", "性别比"]), _ratio_of_parts(["人口数", "家庭户", "男"])
    (['家庭户', '性别比'], ['人口数', '家庭户', '男'])
    >>> _ratio_of_parts(["人口数", "合计", "性别比", "(女=100)"])
    ['合计', '性别比', '(女=100)']
    """
    ratio = next((at for at in range(len(parts) - 1, 0, -1) if fold(parts[at]).strip().endswith(_RATIOS_OF_PARTS)), None)
    if ratio is None:
        return parts
    return [part for part in parts[:ratio] if not fold(part).strip().endswith(_COUNT_HEADS)] + parts[ratio:]


def _between_years(first: Heading, second: Heading) -> bool:
    """Two level columns of the same measure in years more than one apart side by side (「2000年 | 1990年」, a
    census's): a rate beside them is the change between them (not 「2023年 | 2024年 | 比上年增长」, 2024's).

    >>> from pipeline.table.header import read_heading
    >>> _between_years(read_heading("2000年"), read_heading("1990年")), _between_years(read_heading("2023年"), read_heading("2024年"))
    (True, False)
    """
    years = [re.fullmatch(r"((?:19|20)\d{2})年?", fold(heading.period or "")) for heading in (first, second)]
    return all(years) and first.measure == second.measure and not first.stat and not second.stat \
        and abs(int(years[0].group(1)) - int(years[1].group(1))) > 1


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


def _english_columns(table: TextTable, width: int, count: int, spans=None) -> list[int]:
    """The columns, after the first, whose body cells are all words in Latin letters (the labels'
    translations) and whose header is too or is empty: no figures, no measure.

    >>> from pipeline.table.detect import find_tables
    >>> [table] = find_tables("地区\\tRegion\\t2023年\\n北京\\tBeijing\\t43760.7\\n天津\\tTianjin\\t16737.3")
    >>> _english_columns(table, 3, 1)
    [1]
    """
    body = [aligned(row, width, False, table.kind, spans) for row in table.rows[count:]]
    columns = []
    for index in range(1, width):
        texts = [cells[index].text for cells in body if cells[index] is not None and cells[index].text]
        if len(texts) < 2 or not texts[0][0].isascii() or not all(_LATIN_WORDS.match(text) for text in texts):
            continue
        head = " ".join(cell.text for row in table.rows[:count] for cell in [aligned(row, width, True, table.kind)[index]]
                        if cell is not None and cell.text)
        if not head or _LATIN_ONLY.match(head):
            columns.append(index)
    return columns


_LATIN_WORDS = re.compile(r"^[A-Za-z][A-Za-z0-9 .,&()'/:;%-]*$")


def _measure_on_left(left: list[Heading], qualifier: str | None) -> str | None:
    named = [heading.measure for heading in reversed(left) if heading.measure]
    if qualifier:
        matching = [measure for measure in named if fold(measure).startswith(qualifier)]
        if matching:
            return matching[0]
    return named[0] if named else None


BRACKETS = "()（）[]【】 "   # around a unit written alone (「(万元)」)


def _lower_unit_first(heading: Heading, parts: list[str]) -> Heading:
    """A unit written alone under a column (「构成(%)」 over 「生产总值」 over 「(元)」) is the column's own, over
    the unit of the group above it; a share of the group's is then no share.

    >>> _lower_unit_first(read_heading("构成(%) 生产总值 (元)"), ["构成(%)", "生产总值", "(元)"]).unit
    (1, '元')
    """
    if len(parts) < 2:
        return heading
    own = read_unit(parts[-1].strip(BRACKETS)) if parts[-1][:1] in "(（" else None
    if own is None or own == heading.unit:
        return heading
    stat = heading.stat if own[1] in ("%", "‰") else None
    return Heading(heading.text, heading.measure, own, stat, heading.sign, heading.period, heading.role, heading.qualifier)


def unit_columns(table: TextTable, width: int, count: int, headings: list[Heading], label_at: int) -> list[Heading]:
    """The headings, a column without a header whose cells are all units (「(万元)」, 「(吨)」) made a unit
    column: each row's figures are in its unit, as under a 计量单位 header.

    >>> from pipeline.table.detect import find_tables
    >>> [table] = find_tables("指标\\t\\t2000\\t2002\\n国内生产总值\\t(万元)\\t45036\\t55275\\n发电量\\t(万千瓦小时)\\t17115\\t23069")
    >>> [heading.role for heading in unit_columns(table, 4, 1, column_headings(table, 4, 1), 0)]
    ['value', 'unit', 'value', 'value']
    """
    found = list(headings)
    body: list[list] | None = None
    for index, heading in enumerate(headings):
        if index == label_at or heading.role != "value" or heading.measure or heading.period or heading.stat \
                or heading.unit:
            continue
        body = body if body is not None else [aligned(row, width, False, table.kind) for row in table.rows[count:]]
        texts = [cells[index].text for cells in body if index < len(cells) and cells[index] is not None and cells[index].text]
        if len(texts) >= 2 and all(not any(char.isdigit() for char in text) and read_unit(text.strip(BRACKETS))
                                   for text in texts):
            found[index] = Heading(heading.text, role="unit")
    return found
