"""A statistic as the facts table holds it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    """One mention of a statistic, placed in the cleaned text."""

    metric: str
    subject: str | None
    value: float
    value_max: float | None
    unit: str
    bound: str
    stat: str | None
    period: str | None
    text: str
    sentence: str
    start: int
    end: int


def replace(fact: Fact, **changes) -> Fact:
    """dataclasses.replace for a Fact, without its cost per field (the fields stay in their order).

    >>> fact = Fact("地区生产总值", None, 5.4, None, "%", "eq", None, None, "5.4%", "增长5.4%", 2, 6)
    >>> replace(fact, stat="growth_rate").stat, replace(fact, stat="growth_rate") == replace(fact, stat="growth_rate")
    ('growth_rate', True)
    """
    copy = object.__new__(Fact)
    object.__setattr__(copy, "__dict__", {**fact.__dict__, **changes})
    return copy
