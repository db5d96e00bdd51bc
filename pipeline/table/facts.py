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
from .detect import FIGURE_AND_RATE, TextTable, find_tables, is_figure, without_mark
from .columns import column_headings, header_count, header_lacks_corner, title_rows, unit_columns
from .caption import closing_stat, read_captions, splits_by_who
from .header import Heading, caption_units, fold, is_period, lists_rates_in_percent, read_heading
from .periods import as_period, in_year
from .units import implied_unit, listed_unit, measured_bare, row_unit as unit_of_row
from .labels import NUMBERING, Outline, rate_of_row_above, read_label, row_labels
from .who import (PLACES, body_like, breakdown, caption_place, is_place, kind_of_place, numbers_columns, part_name,
                  place_named, places_listed_in, split_by_who, split_row, who_like, who_table,
                  whole_of_provinces)

__all__ = ["table_facts", "find_tables"]

_WORDS = LEXICON.table_words
_NUMBER = re.compile(r"([-+−–－]?)\s*(\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)\s*([%‰]?)")
_SUBJECTS = PLACES
_RATE_UNITS = ("%", "‰", "", "倍")
_RATES = ("growth_rate", "change", "share")
_CONTINUED = re.compile("^(?:%s)" % "|".join(map(re.escape, _WORDS.get("continued", ()))) if _WORDS.get("continued") else r"(?!)")


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
    count = header_count(table, width)
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
    count = header_count(table, width)
    titles = title_rows(table, count)
    spans = column_spans(table.rows, width) if table.kind == "wide" else None
    headings = column_headings(table, width, count, titles, spans)
    if header_lacks_corner(table, width, count):
        headings = [Heading("")] + headings[:-1]
    label_at, skipped = _label_column(table, headings, count, width)
    headings = unit_columns(table, width, count, headings, label_at)   # 「国内生产总值 | (万元) | 2980」
    # 「指标 | 全国 | 北京 | 上海」: a column headed by a place gives its cells' subject, not a part of their name
    # (「臺北市 | 高雄市」: places by their ends where two columns or more are so headed)
    shaped = sum(1 for index, heading in enumerate(headings) if index != label_at and heading.measure
                 and place_named(heading.measure)) >= 2
    places = [heading.measure if heading.measure and (fold(heading.measure) in _SUBJECTS or shaped and index != label_at
                                                      and place_named(heading.measure)) else None
              for index, heading in enumerate(headings)]
    headings = [Heading(heading.text, None, heading.unit, heading.stat, heading.sign, heading.period, heading.role,
                        heading.qualifier) if place else heading for heading, place in zip(headings, places)]
    captions = [line.text for line in table.caption] + [" ".join(c.text for c in row.cells) for row in table.rows[:titles]]
    caption = read_captions(captions) if captions else Heading("")
    whose = caption_place(captions)             # 「2024年广州市主要经济指标」: the rows' indicators are 广州市's
    head = "\n".join([line.text for line in table.caption] + [row.text for row in table.rows[:count]])
    # 「指标:工业增加值_同比增长(%)」 over columns of months: the caption says what kind of figure every cell is
    caption_stat = closing_stat(captions) if not any(heading.stat for heading in headings) else None
    rates_in_percent = lists_rates_in_percent(captions)     # 「单位：亿元、%」
    listed_units = caption_units(captions)                  # 「单位:户、人」: 户数 in 户, 人口数 in 人
    in_order = _units_in_column_order(listed_units, headings, label_at, skipped)
    # rows of groups (轻工业, 亏损企业) under a 类别 header, columns of measures (企业单位数, 工业总产值): the row is who
    group_rows = fold(headings[label_at].text).strip() in _WORDS.get("group", ()) and _measure_columns(headings, label_at)
    subject_rows = headings[label_at].role == "subject" or group_rows
    industry_rows = fold(headings[label_at].text).strip() in _WORDS.get("industry", ())
    facts: list[dict] = []
    outline = Outline(2 if table.kind == "bar" else 1)
    labels = row_labels(table, count, width, label_at, spans)
    # the white space every label opens with (「| 住宅 |」: a cell's padding) indents no row
    margin = min((table.rows[position].indent for position, label in labels.items() if label), default=0)
    # rows of places: a label written as a place of its kind (#顺德区 among 广州市, 佛山市) is one too
    places_listed = places_listed_in(labels)
    seen: set = set()                           # the row names read so far
    block = None                                # (name, unit) of the index or share row the rows below repeat
    previous = None                             # what the last row of figures was about (for a line of rates under it)
    indicator = None                            # (name, unit) of the last row naming an indicator, for places under it
    # a table whose rows are mostly places or groups of enterprises (by name or by how the name ends): each
    # such row is whom its figures are about
    who_rows = who_table(labels)
    whole = whole_of_provinces(labels)         # 「合计」 over 北京市, 天津市: the country's figures
    # under a heading that splits the figure by who (二、按行业分), or in a table whose caption does so
    # (按行業統計之有薪酬員工數目: each industry is whose figures its row gives)
    split_by = splits_by_who(captions) and not _named_by_sector(caption.measure)
    # a caption's split (按行業統計之有薪酬員工數目) makes only the rows it names parts; a row it does not (a
    # total, a heading) stays an indicator the rows under it may take their name from
    caption_split = split_by
    section_place = None                        # the place the section heading above names (一、全省……)
    split_who = False                           # and a row under it named who already
    for position in range(count, len(table.rows)):
        row = table.rows[position]
        if position not in labels:
            continue                            # a line that continues a label
        cells = aligned(row, width, False, table.kind, spans)
        raw_label = labels[position]
        figureless = not any(cell is not None and is_figure(cell.text) for cell in cells)
        if raw_label is not None and figureless and (breakdown(raw_label) or NUMBERING.match(raw_label.strip())):
            # 「按登记注册类型分 | By Registration」, 「一、全省每天创造的财富 | Daily Production」: a heading with its
            # translation
            raw_label = None
        if raw_label is None:
            filled = [cell for cell in cells if cell is not None and cell.text]
            outline.section(filled[0].text if filled else "")
            # 「一、全省每天创造的财富」: a section naming a place is whose figures the rows under it give
            section_place = caption_place([NUMBERING.sub("", filled[0].text.strip())]) if filled else None
            split_by, split_who = bool(filled) and split_by_who(filled[0].text), False
            caption_split = False
            continue                            # a section row: 按主要行业分, or 其中： alone
        if numbers_columns(raw_label, cells, label_at):
            continue                            # 「甲 | 1 | 2 | 3」: the columns' numbers
        rate_of_above = rate_of_row_above(raw_label, cells, label_at) if previous is not None else None
        label = read_label(raw_label)
        subject = period = None
        name = label.name
        who = None                              # "part" for a row split off the indicator above by who
        if name and (subject_rows or is_place(name) or places_listed and kind_of_place(name)):
            subject, name = name, None
        elif name and split_by and split_row(name, split_who):
            # under 「二、按行业分组」: 「1、批发业」 and the rows after it (限额以下), each a part of the indicator above
            subject, name, who, split_who = name, None, "part", True
        elif name and who_rows and who_like(name):
            subject, name, who = name, None, "shape"    # 「新北市」, 「内资企业」 (not 「商务旅客」 among places)
        elif label.total and not name and whole and not fold(raw_label).strip().endswith(_SUBTOTAL):
            subject = whole
        elif group_rows and label.total:
            subject = caption.measure           # 「总计」 of 规模以上非公有工业主要经济指标: the whole the caption names
        elif name and is_period(name):
            period, name = name, None
        repeated = name in seen
        seen.add(name)
        # 「# 批发零售业」 then 「  住宿餐饮业」 set under its name, not under its 「#」: the two are parts alike
        indent = row.indent - margin
        placed = bool(label.part and indent)
        name, parent_unit = outline.name(label, indent + (label.lead if placed else 0), name, placed)
        label_unit = label.unit or parent_unit
        if label.unit is not None:
            block = (name, label.unit) if label.unit[1] in ("", "%") else None
        elif repeated and block and name:
            # 「总产出指数(上年=100)」 then 第一产业, 第二产业 again: the same rows, now as indices (or shares)
            name, label_unit = name + block[0], block[1]
        row_unit = unit_of_row(cells, headings)
        period = period or _cell_of_role(cells, headings, "period", label_at)
        subject = subject or _cell_of_role(cells, headings, "subject", label_at)
        # 「进口(亿元)」 then 「  中国内地」, 「  美国」: a place under an indicator row is that indicator's subject
        title = caption.measure
        if rate_of_above:        # 「(14.5)  (-4.9)」 under a row of figures: that row's rates of change, in %
            name, subject, period, label_unit, row_unit, title = previous
        elif name and not subject and not (split_by and not caption_split) and not label.part:
            indicator = (name, label_unit)      # not 「市的零售额」 under 「按销售地区分」, nor 「其中：网上零售额」
        elif subject and not name and not subject_rows and indicator is not None:
            title, label_unit = indicator[0], label_unit or indicator[1]
        if name and not subject and not rate_of_above:
            split_who = False                   # 「餐饮收入」 under the heading: the rows after it are its own again
        previous = (name, subject, period, label_unit, row_unit, title)
        sentence = _sentence(head, row.text)
        for index in range(width):
            cell = cells[index]
            if index == label_at or index in skipped or cell is None or not cell.text or headings[index].role != "value":
                continue
            heading = headings[index]
            for found in _figures(cell.text):
                offset, number, shown, own_unit, rate = found
                column_unit = heading.unit
                if column_unit and column_unit[1] not in _RATE_UNITS and not (heading.stat or heading.measure) \
                        and (row_unit or label.unit):
                    column_unit = None     # 「活豬(頭)」 under 「數量 (公噸)」: the row's own unit is the nearer word
                listed_rate = (1, "%") if rates_in_percent and (heading.stat or label.stat) in ("growth_rate", "share") else None
                caption_unit = in_order.get(index) \
                    or listed_unit(listed_units, [heading.measure or name or title or ""] + heading.text.split()) \
                    or caption.unit
                if caption_unit and measured_bare(heading.measure or name):
                    caption_unit = None    # 「性别比」 under 「单位:人,%」 or 「单位:%」: a ratio, measured by a bare number
                unit = own_unit or column_unit or row_unit or label_unit or headings[label_at].unit or listed_rate \
                    or caption_unit
                unstated = unit is None and not rate_of_above
                unit = unit or (1, "")
                stat = heading.stat or label.stat
                sign = heading.sign if heading.stat else label.sign
                if rate_of_above:
                    unit, stat, sign = own_unit or label.unit or (1, "%"), rate_of_above[0], rate_of_above[1]
                elif rate:
                    stat, sign = "growth_rate", 1
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
                if who == "part" or who == "shape" and body_like(subject):
                    # 「城镇」 under 「按经营地分」 below 社会消费品零售总额: 城镇消费品零售额, as the parts of a total are named
                    # (「城镇居民」 under 全体居民人均可支配收入: 城镇居民人均可支配收入)
                    measure = part_name(subject, heading.measure or title)
                elif label.total and not subject_rows:
                    measure = _total_measure(heading.measure, title)
                else:
                    measure = heading.measure
                metric, whom = _metric(name, measure, title, industry_rows), subject
                if not metric and who:    # 「城镇 | 5400」 in a table naming no measure: the row names the figure
                    metric, whom = subject or "", None
                if unstated and stat is None and unit_name == "":
                    unit_name = implied_unit(metric)   # 「縣市別人口」 and no unit anywhere: 人, as its head says
                facts.append({
                    "metric": metric,
                    "subject": whom or places[index] or section_place or whose,
                    "value": value,
                    "value_max": None,
                    "unit": unit_name,
                    "bound": "eq",
                    "stat": stat,
                    "period": as_period(in_year(heading.period, caption.period) or period or caption.period),
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


_HEADS = tuple(LEXICON.heads)


def _total_measure(measure: str | None, title: str | None) -> str | None:
    """What a total row's cell measures: its column's measure, unless the column names a group (国有, 城镇集体)
    rather than a measure (出口, 企业单位数) and the caption names one (单位就业平均人数)."""
    if measure and title and not fold(measure).endswith(_HEADS):
        return None
    return measure


_SUBTOTAL = tuple(_WORDS.get("subtotal", ()))
_SECTOR_MEASURES = tuple(_WORDS.get("sector_measure", ()))


def _named_by_sector(measure: str | None) -> bool:
    """A measure a sector's name is part of (增加值: 采矿业增加值), whose rows of sectors name the figure, not whose
    it is, even under a caption by industry.

    >>> _named_by_sector("规模以上工业增加值"), _named_by_sector("有薪酬員工數目")
    (True, False)
    """
    return bool(measure) and fold(measure).endswith(_SECTOR_MEASURES)


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


def _figures(cell: str):
    """(offset, number, text as shown, own unit or None, rate) for the figures of a cell; `rate` marks the
    rate of change a cell gives in brackets after its figure (「1 167 000 (14.5)」).

    >>> [(offset, float(number), shown, rate) for offset, number, shown, _unit, rate in _figures("145 000 (5.0)")]
    [(0, 145000.0, '145 000', False), (9, 5.0, '5.0', True)]
    """
    pair = FIGURE_AND_RATE.match(cell)
    if pair:
        for group, rate in ((1, False), (2, True)):
            for offset, number, shown, own, _rate in _figures(pair.group(group)):
                yield pair.start(group) + offset, number, shown, (1, "%") if rate else own, rate
        return
    stripped = without_mark(cell.strip("*＊ ")).strip()
    if is_figure(stripped):
        match = _NUMBER.search(stripped)
        sign = -1 if match.group(1) and match.group(1) != "+" else 1
        try:
            number = Decimal(match.group(2).replace(",", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")) * sign
        except InvalidOperation:
            return
        shown = stripped[match.start():match.end()]
        own = (1, match.group(3)) if match.group(3) else None
        yield cell.index(stripped) + match.start(), number, shown, own, False
        return
    for quantity in find_quantities(stripped):
        # a figure with its unit filling the cell (「70650万吨」), not a number inside words
        if quantity.kind == "statistic" and quantity.value_max is None and quantity.text == stripped:
            own = (1, quantity.unit) if quantity.unit else None
            yield cell.index(stripped), Decimal(repr(quantity.value)), quantity.text, own, False


def _units_in_column_order(units: list[tuple[int, str]], headings: list[Heading], label_at: int,
                           skipped: set[int]) -> dict[int, tuple[int, str]]:
    """The units a caption lists, one for each column of a measure in the columns' order, where there are as many
    of each (「单位：千公顷、万吨、公斤/公顷」 over 播种面积 | 总产量 | 单位面积产量); {} otherwise.

    >>> _units_in_column_order([(1000, "公顷"), (10000, "吨")], [Heading("地区", role="subject"),
    ...     Heading("播种面积", "播种面积"), Heading("总产量", "总产量")], 0, set())
    {1: (1000, '公顷'), 2: (10000, '吨')}
    """
    amounts = [unit for unit in units if unit[1] not in ("%", "‰", "个百分点")]
    if len(amounts) < 2:
        return {}
    columns = [index for index, heading in enumerate(headings) if index != label_at and index not in skipped
               and heading.role == "value" and heading.measure and not heading.unit and heading.stat not in _RATES]
    if len(columns) != len(amounts) or len({headings[index].measure for index in columns}) != len(columns):
        return {}
    return dict(zip(columns, amounts))


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
