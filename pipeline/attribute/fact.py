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
