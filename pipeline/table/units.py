"""The units of a table's figures where no cell states one: the unit a measure's head implies (人口 → 人),
the one of a caption's listed units that fits a column (单位:户、人), the measures counted by a bare number
(性别比, 指数), and a 计量单位 column's unit for its row.
"""
from __future__ import annotations

from ..lexicon import LEXICON
from .columns import BRACKETS
from .header import Heading, fold, read_unit

_IMPLIED = sorted(LEXICON.implied_units.items(), key=lambda item: len(item[0]), reverse=True)


def implied_unit(metric: str) -> str:
    """The unit a measure's head noun implies where the table states none (人口 → 人, 户数 → 户, 指数 → none).

    >>> implied_unit("人口"), implied_unit("城镇居民人均可支配收入"), implied_unit("价格指数")
    ('人', '', '')
    """
    folded = fold(metric)
    return next((unit for head, unit in _IMPLIED if folded.endswith(head)), "")


def listed_unit(units: list[tuple[int, str]], names: list[str]) -> tuple[int, str] | None:
    """Of the units a caption lists (单位:户、人), the one that the head of a column's measure, or of a header row
    above it, implies (户数 → 户, 人口数 over 男 → 人), if any.

    >>> listed_unit([(1, "户"), (1, "人")], ["人口数", "人口数", "男"]), listed_unit([(1, "户"), (1, "人")], ["性别比"])
    ((1, '人'), None)
    """
    if len(units) < 2:
        return None
    for name in names:
        implied = implied_unit(name)
        if implied:
            return next((unit for unit in units if unit[1] == implied), None)
    return None


_BARE = tuple(head for head, unit in _IMPLIED if unit == "")


def measured_bare(measure: str | None) -> bool:
    """Whether a measure's head says it is measured by a bare number (性别比, 指数, 系数: implied_units.tsv), so that
    a caption's unit of counts (单位:人) is not its own.

    >>> measured_bare("家庭户性别比"), measured_bare("人口数")
    (True, False)
    """
    return bool(measure) and fold(measure).endswith(_BARE)


def row_unit(cells, headings: list[Heading]) -> tuple[int, str] | None:
    """The unit a 计量单位 column gives the row."""
    for cell, heading in zip(cells, headings):
        if heading.role == "unit" and cell is not None and cell.text:
            return read_unit(cell.text.strip(BRACKETS))
    return None
