"""Who a table's row is about: a row named by a place, an area or a group of enterprises is the subject of
its figures (the column or caption names the measure); a row named by an indicator is the measure.

>>> [who_like(name) for name in ("广州市", "臺北縣", "南亚及东南亚", "中国澳门", "城镇", "限上个体户", "国有与集体联营", "城镇集体单位")]
[True, True, True, True, True, True, True, True]
>>> [who_like(name) for name in ("市的零售额", "地区", "企业", "工业", "社会消费品零售额", "住宅")]
[False, False, False, False, False, False]
>>> breakdown("二、按行业分组"), breakdown("按登记注册类型分"), breakdown("一、按销售所在地"), breakdown("在总计中:")
(True, True, True, False)

A place is told by the lexicon (regions, cities, economies, subjects.txt) or by how its name ends: an
administrative end after two characters or more (广州市, 臺北縣, 顺德区), a country's or world region's end
after one (美国, 美洲, 北亚); a list of places (欧洲、非洲及中东) is a place. A group of enterprises ends in
企业, 个体户, 联营 … after one character or more. A label that ends in an indicator's head noun (市的零售额,
企业单位数) is never one. A sector (批发业) is a subject only under a heading that splits the figure by who
(二、按行业分): the caller decides that.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import LEXICON
from ..script import fold
from .labels import NUMBERING, read_label

_WORDS = LEXICON.table_words
# Places a row label may be: regions, cities, the economies and areas subjects.txt lists (美国, 欧盟, 东部)
# and the trading partners that tables list by row (table_words.tsv `economy`: 中国内地, 新加坡); the bodies
# of subjects.txt (民营企业) are told by their ends below
PLACES = frozenset({word.split("\t")[0] for word in LEXICON.subjects
                    if "\t" not in word or set(word.split("\t")[1].split()) & {"opening", "listed", "whole"}}
                   | set(LEXICON.regions) | set(LEXICON.cities) | set(_WORDS.get("economy", ()))
                   | set(_WORDS.get("caption_area", ())))
_AREAS = frozenset(_WORDS.get("area", ()))
_PLACE_ENDS = tuple(_WORDS.get("place_end", ()))
_REGION_ENDS = tuple(_WORDS.get("region_end", ()))
_BODY_ENDS = tuple(_WORDS.get("body_end", ()))
_SECTOR_ENDS = tuple(_WORDS.get("sector_end", ()))
_HEADS = tuple(LEXICON.heads)
_MEMBERS = re.compile(r"[、及和与/]")
_BY = re.compile("^(?:%s)\\S{1,16}?(?:%s)?[:：]?$" % ("|".join(map(re.escape, _WORDS.get("by_opener", ["按"]))),
                                                   "|".join(map(re.escape, _WORDS.get("by_closer", ["分"])))))


def _ends(folded: str, ends: tuple[str, ...], before: int) -> bool:
    return any(folded.endswith(end) and len(folded) >= len(end) + before for end in ends)


@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """A place the lexicon lists (北京, 中国内地, 全国), maybe with the word for its kind (广州市, 高雄縣), or places
    listed together (南亚及东南亚), whatever the table.

    >>> is_place("广州市"), is_place("高雄縣"), is_place("南亚及东南亚"), is_place("批发业"), is_place("顺德区")
    (True, True, True, False, False)
    """
    folded = fold(name).strip()
    if folded in PLACES or _bare(folded) in PLACES:
        return True
    members = _MEMBERS.split(folded)
    return len(members) > 1 and all(member and (member in PLACES or _bare(member) in PLACES) for member in members)


def _bare(folded: str) -> str:
    """A place's name without the word for its kind after two characters or more (广州市 → 广州)."""
    end = next((end for end in _PLACE_ENDS if folded.endswith(end) and len(folded) >= len(end) + 2), "")
    return folded[:len(folded) - len(end)] if end else folded


def kind_of_place(name: str) -> bool:
    """A name ending in the word for a kind of place after two characters or more (顺德区, 新北市)."""
    return _ends(fold(name).strip(), _PLACE_ENDS, 2)


def places_listed_in(labels: dict[int, str | None]) -> bool:
    """Rows of places: three rows or more that name places of the lexicon (a row named as a place of its
    kind among them, #顺德区, is one too)."""
    return sum(1 for raw in labels.values() if raw is not None and is_place(read_label(raw).name or "")) >= 3


@lru_cache(maxsize=8192)
def place_like(name: str) -> bool:
    """A place, an area or a list of places, by the lexicon or by its end.

    >>> place_like("新北市"), place_like("欧洲、非洲及中东"), place_like("澳大利亚、新西兰及南太平洋"), place_like("超市")
    (True, True, True, False)
    """
    folded = fold(name).strip()
    if not folded or folded.endswith(_HEADS):
        return False
    if folded in PLACES or folded in _AREAS:
        return True
    members = [member for member in _MEMBERS.split(folded) if member]
    if len(members) > 1:
        return all(place_like(member) for member in members)
    return _ends(folded, _PLACE_ENDS, 2) or _ends(folded, _REGION_ENDS, 1)


def place_named(name: str) -> bool:
    """A place by its name, not a part of one (城镇, 乡村): a column so headed gives its cells' subject.

    >>> place_named("臺北市"), place_named("城镇")
    (True, False)
    """
    return place_like(name) and fold(name).strip() not in _AREAS


def body_like(name: str) -> bool:
    """A group of enterprises or bodies by its end (内资企业, 限上个体户, 国有与集体联营), not an indicator."""
    folded = fold(name).strip()
    return bool(folded) and not folded.endswith(_HEADS) and _ends(folded, _BODY_ENDS, 1)


@lru_cache(maxsize=8192)
def who_like(name: str) -> bool:
    """A row label naming whom its figures are about: a place, an area or a group of enterprises."""
    return place_like(name) or body_like(name)


def sector_like(name: str) -> bool:
    """A sector's name (批发业, 批发和零售贸易业), two characters or more before its end: not 企业, 事业.

    >>> sector_like("餐饮业"), sector_like("企业")
    (True, False)
    """
    folded = fold(name).strip()
    return not folded.endswith(_HEADS) and _ends(folded, _SECTOR_ENDS, 2)


def names_indicator(name: str) -> bool:
    """A label that ends in an indicator's head noun (市的零售额, 企业单位数, 嬰兒死亡率)."""
    return fold(name).strip().endswith(_HEADS)


def breakdown(text: str) -> bool:
    """A heading saying by what the rows below split the figure above: 按行业分, 二、按登记注册类型分组."""
    folded = fold(text).strip()
    numbered = NUMBERING.match(folded)
    folded = folded[numbered.end():] if numbered else folded
    return bool(_BY.match(folded.replace(" ", "")))


_WHO_DIMENSIONS = tuple(_WORDS.get("who_dimension", ()))


def split_by_who(text: str) -> bool:
    """A breakdown heading whose rows are who (按行业分, 按销售所在地, 按登记注册类型分), not components of the
    measure (按三次产业分, 按用途分, 按消费类型分), whose rows name measures of their own.

    >>> split_by_who("二、按行业分组"), split_by_who("一、按销售所在地"), split_by_who("按三次产业分"), split_by_who("按消费类型分")
    (True, True, False, False)
    """
    return breakdown(text) and any(word in fold(text) for word in _WHO_DIMENSIONS)


def split_row(name: str, after_who: bool) -> bool:
    """Whether a row under a heading that splits the figure by who (按行业分) is one of the parts: a place,
    group or sector, or any row that names no indicator after such a row (限额以下 after 批发业)."""
    return not names_indicator(name) and (after_who or who_like(name) or sector_like(name))


_PROVINCES_WHOLE = (_WORDS.get("provinces_whole") or [None])[0]


def whole_of_provinces(labels: dict[int, str | None]) -> str | None:
    """The whole that a total row (合计, 总计) of a table of provinces sums: the country (全国), where two rows
    or more name provinces (北京市, 天津市); None for rows of anything else.

    >>> whole_of_provinces({3: "合计", 4: "北京市", 5: "天津市"}), whole_of_provinces({3: "合计", 4: "广州市", 5: "深圳市"})
    ('全国', None)
    """
    provinces = sum(1 for text in labels.values() if text and len(fold(read_label(text).name)) >= 2
                    and fold(read_label(text).name) in LEXICON.regions)
    return _PROVINCES_WHOLE if provinces >= 2 else None


def who_table(labels: dict[int, str | None]) -> bool:
    """Whether a table's rows are mostly named by who (places, areas, groups of enterprises): two or more,
    and at least half of the named rows.

    >>> who_table({3: "广州市", 4: "深圳市", 5: "#顺德区"}), who_table({3: "房地产开发投资", 4: "高新区", 5: "住宅"})
    (True, False)
    """
    names = [read_label(text).name for text in labels.values() if text]
    names = [name for name in names if name]
    who = sum(1 for name in names if who_like(name))
    return who >= 2 and who * 2 >= len(names)


_WHOLE_OPENERS = tuple(_WORDS.get("whole_opener", ()))
_TOTAL_ENDS = tuple(_WORDS.get("total_end", ()))


def part_name(part: str | None, measure: str | None) -> str | None:
    """The name of a part's figure where the measure is named as a total: the part's name before the measure,
    its words of the whole (社会, 总额's 总) left out; a measure without them is the part's as it stands.

    >>> part_name("城镇", "社会消费品零售总额"), part_name("批发业", "社会消费品零售额"), part_name("内资企业", "企业单位数")
    ('城镇消费品零售额', '批发业消费品零售额', '企业单位数')
    """
    if not part or not measure:
        return measure
    folded = fold(measure)
    opener = next((word for word in _WHOLE_OPENERS if folded.startswith(word) and len(folded) > len(word) + 1), None)
    total = next((word for word in _TOTAL_ENDS if folded.endswith(word)), None)
    if opener is None and total is None:
        return measure
    name = measure[len(opener):] if opener else measure
    if total:
        name = name[:len(name) - len(total)] + total[-1]
    return part + name


def numbers_columns(raw_label: str, cells, label_at: int) -> bool:
    """A row that numbers the columns under the header (「甲 | 1 | 2 | 3 | 4」, 「栏次 | 1 | 2」): no figures.

    >>> from pipeline.table.detect import Cell
    >>> numbers_columns("甲", [Cell("甲", 0, 1), Cell("1", 2, 3), Cell("2", 4, 5)], 0)
    True
    """
    if fold(raw_label).strip() not in _WORDS.get("column_code", ()):
        return False
    numbers = [cell.text.strip() for index, cell in enumerate(cells) if index != label_at and cell is not None and cell.text]
    return bool(numbers) and all(number.isdigit() for number in numbers) and \
        [int(number) for number in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


_NOT_PLACES = tuple(word.split("\t")[0] for word in LEXICON.subjects
                    if "\t" in word and "not" in word.split("\t")[1].split())
_OWN_ENDS = tuple(end for end in _PLACE_ENDS if len(end) == 1)
_CAPTION_OPENING = re.compile(r"^(?:(?:附表|续表|表)\s*[\d一二三四五六七八九十]+(?:[-—.．]\d+)*|\d+(?:[-—.．]\d+)+|\d+(?=\s))?"
                              r"\s*[:：、.．]?\s*"
                              r"(?:(?:19|20)\d{2}\s*年(?:\d{1,2}(?:[-—–~至]\d{1,2})?月份?|[一二三四1-4]季度|上半年|前三季度)?)?")


def caption_place(lines: list[str]) -> str | None:
    """The place a table's caption opens with, after its number and period: whose figures a table of
    indicators gives (「2024年广州市主要经济指标」 → 广州市, 「表5 中国台湾省国内生产总值」 → 中国台湾省).

    >>> caption_place(["2024年广州市主要经济指标"]), caption_place(["通遼市2017年主要經濟指標", "單位：億元"])
    ('广州市', '通遼市')
    >>> caption_place(["中国人民银行资产负债表"]), caption_place(["表5 中国台湾省国内生产总值"]), caption_place(["社会消费品零售总额"])
    (None, '中国台湾省', None)
    """
    for line in lines:
        text = line.strip()
        folded = fold(text)
        at = _CAPTION_OPENING.match(folded).end()
        if folded.startswith(_NOT_PLACES, at):
            continue
        for end in range(min(len(folded), at + 10), at + 1, -1):
            name = folded[at:end]
            if name in PLACES or name.endswith(_OWN_ENDS) and len(name) > 2 and name[:-1] in PLACES:
                return text[at:end]
    return None
