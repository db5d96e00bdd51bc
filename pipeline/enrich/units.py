"""Comparable units: `value_std` and `unit_std`, a figure in its dimension's standard unit.

>>> standardise(164006000000.0, "斤")
(82003000.0, '吨')
>>> standardise(1000.0, "亩")
(66.6666666666667, '公顷')
>>> standardise(5.2e12, "元")
(5200000000000.0, '元')
>>> standardise(5.4, "%")
(5.4, '%')

The table is package data (`pipeline/lexicon/unit_conversions.tsv`): unit, standard unit, factor,
dimension. Currencies stay as written; a unit not in the table keeps its value and unit.
"""
from __future__ import annotations

from typing import Final


from ..memo import remember
from ..lexicon import _table


_CONVERSIONS_MEMO: Final[dict[None, dict[str, tuple[str, float, str]]]] = {}  # conversions's memo (memo.py)


def conversions() -> dict[str, tuple[str, float, str]]:
    """unit → (standard unit, factor, dimension), from unit_conversions.tsv."""
    found = _CONVERSIONS_MEMO.get(None)
    return found if found is not None else remember(_CONVERSIONS_MEMO, None, _conversions_read())


def _conversions_read() -> dict[str, tuple[str, float, str]]:
    """conversions, read (its memo keeps what it gives)."""
    return {unit: (standard, float(factor), dimension)
            for unit, standard, factor, dimension in _table("unit_conversions.tsv")}


def standardise(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """(value_std, unit_std): `value` in the standard unit of its dimension.

    A rate (元/月, 公斤/亩) converts neither part; a value given with 15 significant digits keeps
    the float noise of the factor out of sight (0.0005 × 1640.06亿 is 82003000.0, not 82003000.00000001).
    """
    if unit is None or value is None:
        return value, unit
    known = conversions().get(unit)
    if known is None:
        return value, unit
    standard, factor, _dimension = known
    return (value if factor == 1 else float(f"{value * factor:.15g}")), standard


def dimension(unit: str | None) -> str | None:
    """The dimension of a unit (mass, area, CNY, people, count…), or the unit itself when not listed.

    >>> dimension("公斤"), dimension("吨"), dimension("家"), dimension("元/月")
    ('mass', 'mass', 'count', '元/月')
    """
    if not unit:
        return None
    known = conversions().get(unit)
    return known[2] if known else unit
