"""Attribute each statistic: what is measured (metric), about whom (subject), kind (stat), period.

>>> from pipeline.segment import split_sentences
>>> from pipeline.quantities import find_quantities
>>> text = "川渝两地城镇新增就业年均170万人以上。"
>>> [(f.metric, f.subject, f.stat, f.value) for f in attribute_facts(text, split_sentences(text), find_quantities(text))]
[('城镇新增就业', '川渝两地', 'annual_average', 1700000.0)]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from .lexicon import LEXICON
from .quantities import Quantity
from .segment import Sentence


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


_CLAUSE_BREAK = regex.compile(r"[，,、；;：:。！？!?（）()\n]")
_STAT_WORDS = sorted(LEXICON.stats_before, key=len, reverse=True)
_SUBJECTS = LEXICON.subjects + sorted(LEXICON.regions, key=len, reverse=True)
_TRIM = LEXICON.trim_both
_PERIOD = regex.compile(
    r"(?:\d{4}|[一二〇零三四五六七八九]{4})年(?:\d{1,2}(?:-\d{1,2})?月)?"
    r"|\d{1,2}-\d{1,2}月|" + "|".join(regex.escape(word) for word in LEXICON.periods)
)


def attribute_facts(text: str, sentences: list[Sentence], quantities: list[Quantity]) -> list[Fact]:
    """A fact for every quantity of kind "statistic", in text order."""
    starts = [sentence.start for sentence in sentences]
    facts = []
    for quantity in quantities:
        if quantity.kind != "statistic":
            continue
        index = bisect_right(starts, quantity.start) - 1
        sentence = sentences[index] if index >= 0 else Sentence(text, 0, len(text), 0)
        facts.append(_attribute(quantity, sentence))
    return facts


def _attribute(quantity: Quantity, sentence: Sentence) -> Fact:
    head = sentence.text[: quantity.start - sentence.start]
    clause = _CLAUSE_BREAK.split(head)[-1]
    stat = None
    for word in _STAT_WORDS:
        if word in clause:
            stat = LEXICON.stats_before[word]
            break
    value = quantity.value
    if stat in ("growth_rate", "change") and any(word in clause for word in LEXICON.declines):
        value = -abs(value)
    if stat == "growth_rate" and quantity.unit not in ("%", ""):
        stat = "change"
    if quantity.unit == "个百分点" and stat == "growth_rate":
        stat = "change"
    subject = next((name for name in _SUBJECTS if name in clause), None)
    period_match = _PERIOD.search(sentence.text)
    metric = _name(clause, subject)
    return Fact(
        metric=metric,
        subject=subject,
        value=value,
        value_max=quantity.value_max,
        unit=quantity.unit,
        bound=quantity.bound,
        stat=stat,
        period=period_match.group() if period_match else None,
        text=quantity.text,
        sentence=sentence.text,
        start=quantity.start,
        end=quantity.end,
    )


def _name(clause: str, subject: str | None) -> str:
    name = clause
    if subject and name.startswith(subject):
        name = name[len(subject):]
    for word in _STAT_WORDS:
        name = name.replace(word, "")
    changed = True
    while changed and name:
        changed = False
        for word in _TRIM:
            if name.endswith(word) and len(name) > len(word):
                name, changed = name[: -len(word)], True
            if name.startswith(word) and len(name) > len(word):
                name, changed = name[len(word):], True
    return name.strip()
