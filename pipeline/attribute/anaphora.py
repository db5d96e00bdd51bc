"""Words that refer back to an organisation: 公司, 该公司, 该行 opening a clause name the company (bank, port)
named last before them, which is then the subject of the clause's figures and those after it in the sentence.

>>> from pipeline.segment import split_sentences
>>> from pipeline.quantities import find_quantities
>>> from pipeline.attribute import attribute_facts
>>> text = "宁德时代10月21日晚间发布三季报。公司前三季度实现营业收入2590亿元，同比增长8.3%。"
>>> [(f.metric, f.subject) for f in attribute_facts(text, split_sentences(text), find_quantities(text))][:1]
[('实现营业收入', '宁德时代')]
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Final

from ..lexicon import LEXICON, _table
from .bracketed import _CLAUSE_MARKS  # (the marks a clause opens after)
from .fact import Fact, replace
from .period import strip_periods
from .subject_words import organisation_at

# anaphor → the kind of organisation it refers to, longest first
_ANAPHORS: Final = dict(sorted(((row[0], row[1]) for row in _table("anaphors.tsv")), key=lambda kv: -len(kv[0])))
# the anaphors by their first character, in the order of _ANAPHORS
_BY_FIRST: Final[dict[str, list[str]]] = {}
for _anaphor in _ANAPHORS:
    _BY_FIRST.setdefault(_anaphor[0], []).append(_anaphor)
# after the anaphor, characters that make it part of a longer word (公司债, 公司制, 集团化, 该行业)
_NOT_AFTER: Final = frozenset("债制化型类法业数家章务")
_SENTENCE_MARKS: Final = "。！？!?\n"
_REACH: Final = 300   # how far back the organisation referred to may stand (a lead sentence or two)


def refer_back(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts with no subject whose clause, or a clause before it in the sentence, opens with a word
    referring back to an organisation, given that organisation as subject (the word left out of the metric)."""
    openings = _anaphors_opening(text) if any(fact.subject is None for fact in facts) else []
    if not openings:
        return facts
    positions = [position for position, _ in openings]
    referents: dict[int, str | None] = {}  # opening → the organisation it refers to, looked for once per opening
    found: list[Fact] = []
    for fact in facts:
        referred = _referred(text, fact.start, openings, positions, referents) if fact.subject is None else None
        if referred is None:
            found.append(fact)
            continue
        anaphor, organisation = referred
        metric = fact.metric
        if metric.startswith(anaphor) and len(metric) - len(anaphor) >= 2:
            metric = strip_periods(metric[len(anaphor):]) or metric[len(anaphor):]
        found.append(replace(fact, subject=organisation, metric=metric))
    return found


def _anaphors_opening(text: str) -> list[tuple[int, str]]:
    """Where an anaphor opens a clause in `text`, in order: (position, anaphor).

    >>> _anaphors_opening("比亚迪发布快报。该公司10月销量44.2万辆，公司债发行100亿元")
    [(8, '该公司')]
    """
    found: list[tuple[int, str]] = []
    for first, anaphors in _BY_FIRST.items():  # (a few first characters: one scan of the text for each)
        at = text.find(first)
        while at >= 0:
            if at == 0 or text[at - 1] in _CLAUSE_MARKS:
                for anaphor in anaphors:  # the longest first, as _ANAPHORS
                    after = at + len(anaphor)
                    if text.startswith(anaphor, at) and text[after:after + 1] not in _NOT_AFTER:
                        found.append((at, anaphor))
                        break
            at = text.find(first, at + 1)
    return sorted(found)


def _referred(text: str, at: int, openings: list[tuple[int, str]], positions: list[int],
             referents: dict[int, str | None]) -> tuple[str, str] | None:
    """The anaphor opening the last clause before `at` in its sentence that opens with one, and the
    organisation it refers to; None where there is none, or no organisation of its kind before it."""
    index = bisect_left(positions, at) - 1
    if index < 0:
        return None
    position, anaphor = openings[index]
    if any(mark in text[position:at] for mark in _SENTENCE_MARKS):
        return None
    if position not in referents:
        referents[position] = _named_before(text, position, _ANAPHORS[anaphor])
    organisation = referents[position]
    return (anaphor, organisation) if organisation else None


def _named_before(text: str, at: int, kind: str) -> str | None:
    """The organisation of `kind` named last in the _REACH characters before `at`, or None.

    >>> _named_before("比亚迪日前公布10月产销快报。该公司", 15, "company")
    '比亚迪'
    """
    for position in range(at - 2, max(at - _REACH, 0) - 1, -1):
        name = organisation_at(text, position)
        if name and LEXICON.organisations.get(name) == kind:
            return name
    return None
