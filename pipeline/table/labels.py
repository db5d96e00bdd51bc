"""Row labels: what a label names (read_label), and how rows nest (Outline: 其中, #, indents).

>>> outline = Outline()
>>> [outline.name(read_label(text), indent, read_label(text).name) for text, indent in
...  [("房地产开发投资（亿元）", 0), ("　　住宅", 2), ("商品房销售面积（万平方米）", 0), ("#住宅", 0), ("土地成交价款（亿元）", 0)]]
[('房地产开发投资', None), ('住宅', (100000000, '元')), ('商品房销售面积', None), ('住宅', (10000, '平方米')), ('土地成交价款', None)]

A row is a part of the row above when its label says so (「其中：住宅」, 「#住宅」, rows under a lone
「其中：」) or when it stands indented under it (HTML and Word tables indent sub-items with full-width
spaces, yearbooks printed as text with spaces). A part is named by its own label, as statisticians cite it
(住宅, not 房地产开发投资中住宅), and takes the unit of the row above. A section row (「按主要行业分」) closes the
rows above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import LEXICON
from .align import aligned
from .detect import TextTable, is_figure
from .header import fold, read_heading, read_unit, unspaced

_WORDS = LEXICON.table_words
_HEADS = tuple(LEXICON.heads)              # head nouns of measures: 支出, 总额, 投资 …
_RATIOS = tuple(_WORDS.get("ratio_end", ()))
_PART = re.compile("^(?:%s)\\s*[：:]?\\s*" % "|".join(map(re.escape, _WORDS["part"])))
NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))\s*")
_BILINGUAL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z0-9\s,.&()'/-]*$")   # 「人口 Population」: the English after
# a footnote's mark after a label: 「欧盟 (1)」, 「国内生产总值[2]」, 「工业*」, 「出口①」
_FOOTNOTE = re.compile(r"(?<=\S)\s*(?:[（(\[［]\d{1,2}[）)\]］]|[*＊]+|[\u2460-\u2473])$")
_UNIT_AT_END = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
_BRACKETED = re.compile(r"^[（(][^（）()]+[）)]$")
_OPEN_BRACKET = re.compile(r"[（(][^）)]*$")
_BASE = re.compile(r"[=＝为]\s*100$")
_TOTAL_AT_END = re.compile("(?:%s)$" % "|".join(map(re.escape, _WORDS.get("total", []))) if _WORDS.get("total") else r"(?!)")


@dataclass(frozen=True)
class Label:
    """A row label read: its name (numbering, unit and part marker taken off), unit, stat, part, total."""

    name: str
    unit: tuple[int, str] | None
    stat: str | None
    sign: int
    part: bool
    total: bool = False          # 合计, 总计: the row sums the rows below and names no item of its own
    lead: int = 0                # characters of a part marker before the name (「# 」): where the name stands


@lru_cache(maxsize=8192)
def read_label(text: str) -> Label:
    """「其中：住宅（亿元）」 → name 住宅, unit (1e8, 元), part; 「地区生产总值增长（%）」 → stat growth_rate.

    >>> label = read_label("其中：住宅（亿元）")
    >>> label.name, label.unit, label.part
    ('住宅', (100000000, '元'), True)
    >>> label = read_label("1.地区生产总值增长（%）")
    >>> label.name, label.unit, label.stat
    ('地区生产总值', (1, '%'), 'growth_rate')
    >>> read_label("合 计").name, read_label("合 计").total, read_label("全国总计").name
    ('', True, '全国')
    >>> read_label("欧盟 (1)").name, read_label("国内生产总值①").name
    ('欧盟', '国内生产总值')
    >>> label = read_label("居民消费价格总指数（比上年上涨%）")
    >>> label.name, label.unit, label.stat
    ('居民消费价格总指数', (1, '%'), 'growth_rate')
    """
    name = unspaced(_FOOTNOTE.sub("", _BILINGUAL.sub("", text.strip())))
    folded = fold(name)
    part = False
    lead = 0
    match = _PART.match(folded)
    if match and match.end() < len(folded):
        part, name, folded, lead = True, name[match.end():], folded[match.end():], match.end()
    match = NUMBERING.match(folded)
    if match:
        name, folded = name[match.end():], folded[match.end():]
    unit = None
    match = _UNIT_AT_END.search(folded)
    if match and read_unit(match.group(1)):
        unit = read_unit(match.group(1))
        name, folded = name[:match.start()].rstrip(), folded[:match.start()].rstrip()
    elif match and _BASE.search(match.group(1)):        # 「总产出指数(上年=100)」: an index, no unit
        name, folded, unit = name[:match.start()].rstrip(), folded[:match.start()].rstrip(), (1, "")
    elif match and match.start() >= 1:
        inner = read_heading(match.group(1))
        if inner.stat and inner.unit:  # 「居民消费价格总指数（比上年上涨%）」: the bracket says what kind of figure
            name, folded = name[:match.start()].rstrip(), folded[:match.start()].rstrip()
            return Label(name.strip(), inner.unit, inner.stat, inner.sign, part, lead=lead)
    total = _TOTAL_AT_END.search(folded.strip())
    if total:          # 「合计」 names nothing; 「全国总计」 is the place 全国
        return Label(name[:total.start()].strip(), unit, None, 1, part, True, lead)
    heading = read_heading(name)
    stat, sign = None, 1
    if heading.stat and heading.measure and folded.endswith(fold(name)[-2:]) and heading.measure != name:
        stat, sign = heading.stat, heading.sign
        if name.startswith(heading.measure):
            name = heading.measure
    return Label(name.strip(), unit, stat, sign, part, lead=lead)


def lone_part(text: str) -> bool:
    """A section row that is a part marker alone: 「其中：」."""
    label = fold(text).strip()
    return bool(label) and bool(_PART.match(label)) and not _PART.sub("", label)


@dataclass
class _Open:
    indent: float
    name: str
    unit: tuple[int, str] | None


class Outline:
    """The rows above that a row may be part of, by marker and by indent, read top to bottom."""

    def __init__(self, step: int = 1) -> None:
        self.step = step              # the least indent that nests a row (2 in 「|」 tables, whose cells are padded)
        self.open: list[_Open] = []
        self.parts_follow = False
        self.parts_indent = 0
        self.carry = None             # the unit of the part rows just above, for their unmarked siblings

    def section(self, text: str) -> None:
        """A row of one cell without figures: 「其中：」 opens parts; any other heading closes the rows above."""
        self.parts_follow = lone_part(text)
        if self.parts_follow:
            self.parts_indent = int(self.open[-1].indent) if self.open else 0
        else:
            self.open = []
        self.carry = None

    def name(self, label: Label, indent: int, own: str | None, placed: bool = False) -> tuple[str | None, tuple | None]:
        """The row's name (its own label, a part's too) and the unit it takes from the row above.
        `own` is the label's name once places and times are taken out (None for a 北京 or 2024年 row);
        `placed` says the indent is where a marked row's name stands, past its 「#」."""
        if self.parts_follow and indent <= self.parts_indent and self.parts_indent > 0:
            self.parts_follow = False
        marked = label.part or (self.parts_follow and (indent > self.parts_indent or indent == self.parts_indent == 0))
        # a marked row measured where its name stands (`placed`) ends the rows standing as far in
        while self.open and (self.open[-1].indent > indent if marked and not placed else self.open[-1].indent >= indent):
            self.open.pop()
        parent = self.open[-1] if self.open else None
        is_part = parent is not None and (marked or parent.indent + self.step <= indent)
        if own:
            unit = label.unit or (parent.unit if is_part and parent is not None else None)
            self.open.append(_Open(indent + (0.5 if marked else 0), own, unit))
        if not own or not is_part:
            # 「# 批发零售业」 then 「住宿餐饮业」: a sibling of a part, without a unit, is counted in the part's
            carried = self.carry if own and label.unit is None and not fold(own).endswith(_RATIOS) else None
            self.carry = carried
            if carried is not None:         # it stands beside the part: a 「#」 row below is a part of the row above both
                self.open[-1].indent += 0.5
            return own or None, carried
        self.carry = label.unit or parent.unit
        return own, parent.unit             # a part is named by its own label (住宅), with its parent's unit


def row_labels(table: TextTable, count: int, width: int, label_at: int, spans) -> dict[int, str | None]:
    """Each body row's label text (None for a section row); rows that only continue a label are left out.

    A label wrapped onto the next line, as PDF tables print it, is joined back: a line of one cell in
    brackets under a row of figures (「(折标准燃料)」), a line under a label whose bracket is still open,
    and a label line above a row whose label cell is empty.
    """
    labels: dict[int, str | None] = {}
    previous = None                            # the last row with figures
    positions = list(range(count, len(table.rows)))
    for at, position in enumerate(positions):
        cells = aligned(table.rows[position], width, False, table.kind, spans)
        filled = [cell for cell in cells if cell is not None and cell.text]
        if len(filled) <= 1 and not any(is_figure(cell.text) for cell in filled):
            text = filled[0].text.strip() if filled else ""
            if previous is not None and text and (_BRACKETED.match(text) or _OPEN_BRACKET.search(labels[previous] or "")):
                labels[previous] = (labels[previous] or "") + text
                continue
            below = aligned(table.rows[positions[at + 1]], width, False, table.kind, spans) if at + 1 < len(positions) else None
            if text and below and (below[label_at] is None or not below[label_at].text) and \
                    any(cell is not None and is_figure(cell.text) for cell in below):
                labels[positions[at + 1]] = text
                previous = None
                continue
            labels[position] = None
            previous = None
            continue
        if position in labels:                 # the label was read from the line above
            previous = position
            continue
        label_cell = cells[label_at]
        labels[position] = label_cell.text if label_cell is not None and label_cell.text else \
            _from_english(cells[label_at + 1:])
        above = positions[at - 1] if at else None
        if above is not None and labels.get(above) is None and above in labels:
            head = [cell for cell in aligned(table.rows[above], width, False, table.kind, spans) if cell is not None and cell.text]
            # 「商品房销售面积」 then 「（万平方米）  87890」; 「能源消费量（万吨」 then 「标准煤）  5000」
            if head and not lone_part(head[0].text) and (_BRACKETED.match(labels[position].strip())
                                                        or _OPEN_BRACKET.search(head[0].text)):
                labels[position] = head[0].text + labels[position].strip()
                del labels[above]
        previous = position
    return labels


_ENGLISH_TERMS = LEXICON.english_terms
_ENGLISH_UNIT = re.compile(r"\s*\([^()]*\)\s*$")


def _from_english(cells) -> str:
    """The Chinese name of a row whose Chinese label is missing, from its English label beside it (a yearbook
    page that dropped 原煤 but kept 「Coal (10 000 tons)」); "" when there is none or it is not a known term.

    >>> from .detect import Cell
    >>> _from_english([Cell("(万吨)", 0, 0), Cell("Coal  (10 000 tons)", 0, 0), Cell("33.16", 0, 0)])
    '原煤'
    >>> _from_english([Cell("(吨)", 0, 0), Cell("Steel Wire (ton)", 0, 0)]), _from_english([Cell("33.16", 0, 0)])
    ('', '')
    """
    for cell in cells:
        if cell is None or not cell.text or is_figure(cell.text):
            continue
        if cell.text[0].isascii() and cell.text[0].isalpha():
            return _ENGLISH_TERMS.get(" ".join(_ENGLISH_UNIT.sub("", cell.text).lower().split()), "")
    return ""


_SHARE_OPENERS = tuple(_WORDS.get("share_opener", ()))
_SHARE_OF = re.compile(r"(?:百分比|比重|份额|占比)\s*(?:[（(]%[）)])?$")
_BRACKETED_FIGURE = re.compile(r"^\s*[(（][^()（）]*\d[^()（）]*[)）]\s*$")


def rate_of_row_above(raw_label: str, cells, label_at: int) -> tuple[str, int] | None:
    """(stat, sign) of a row that gives the rates of the row above rather than figures of its own: a line
    without a label whose figures are all in brackets, a label that is a stat alone (「按年变动 (%)」), or a
    share of a whole (「占总进口的百分比(%)」 under 「进口(亿港元)」); None for any other row.

    >>> rate_of_row_above("按年變動 (%)", [], 0), rate_of_row_above("占总进口的百分比(%)", [], 0)
    (('growth_rate', 1), ('share', 1))
    """
    if not raw_label.strip():
        return ("growth_rate", 1) if _bracketed_line(cells, label_at) else None
    folded = fold(raw_label).strip()
    if folded.startswith(_SHARE_OPENERS) and _SHARE_OF.search(folded):
        return "share", 1
    heading = read_heading(raw_label)
    if heading.measure or heading.role != "value" or heading.period:
        return None
    if heading.stat in ("growth_rate", "change", "share"):             # 「累计」 alone is a row of its own amounts, no rate of the row above
        return heading.stat, heading.sign
    return ("share", 1) if heading.unit == (1, "%") else None      # 「%」 under 「農業」: its share of the whole


def _bracketed_line(cells, label_at: int) -> bool:
    """A line without a label whose figures are all in brackets: the rates of change of the row above
    (「中国内地 | 1 167 000 | 60 000」 then 「 | (14.5) | (-4.9)」), as yearbooks print them."""
    filled = [cell.text for index, cell in enumerate(cells) if index != label_at and cell is not None and cell.text]
    return bool(filled) and all(_BRACKETED_FIGURE.match(text) and is_figure(text.strip()) for text in filled)
