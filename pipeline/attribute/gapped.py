"""Members of a class whose measure a run of parallel clauses says once (gapping), as Hong Kong and Macao
releases list retail categories: 「電器及其他未分類耐用消費品的銷貨價值上升0.8%。珠寶首飾、鐘表及名貴禮物上升60.8%；
服裝上升54.1%」. The first clause names the measure of its member (X的M); the clauses after it name only their
member, with a figure of the same unit and stat. Each member is whose figure it is, and its name with M what it
measures.

>>> from pipeline.quantities import find_quantities
>>> from pipeline.segment import split_sentences
>>> from pipeline.attribute.stage import attribute_facts
>>> text = "電器的銷貨價值上升0.8%。珠寶首飾、鐘表及名貴禮物上升60.8%；服裝上升54.1%。"
>>> [(f.subject, f.metric) for f in attribute_facts(text, split_sentences(text), find_quantities(text))]
[('電器', '電器的銷貨價值'), ('珠寶首飾、鐘表及名貴禮物', '珠寶首飾、鐘表及名貴禮物銷貨價值'), ('服裝', '服裝銷貨價值')]
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..script import fold
from .fact import Fact, replace
from .words import VERBS

_MEASURE_ENDS: Final = tuple(LEXICON.grammar["measure_end"])
# 「電器及其他未分類耐用消費品的銷貨價值」: a member (no measure itself), 的, the measure
_OF_MEASURE: Final = regex.compile(r"([\p{Han}、]{2,20}?)的(\p{Han}{2,8})")
_MEMBER: Final = regex.compile(r"[\p{Han}、]{2,20}")
_FEWEST: Final = 2  # members after the first: a run, not one clause that happens to follow


def gapped_members(facts: list[Fact], paragraphs: list[int]) -> list[Fact]:
    """The facts with each run of gapped members made the members' figures of the measure said first;
    `paragraphs` gives each fact's paragraph (a run stays in one)."""
    out = list(facts)
    k = 0
    while k < len(out):
        head = out[k]
        folded = fold(head.metric or "")
        named = _OF_MEASURE.fullmatch(folded) if "的" in folded and not head.subject and head.stat else None
        if named is None or not named.group(2).endswith(_MEASURE_ENDS) or named.group(1).endswith(_MEASURE_ENDS) \
                or VERBS.search(named.group(1)):
            k += 1
            continue
        measure = named.group(2)
        end = k + 1
        while end < len(out) and paragraphs[end] == paragraphs[k] and _member_of(out[end], head, measure):
            end += 1
        if end - k - 1 < _FEWEST:
            k += 1
            continue
        written = (head.metric or "")[len(named.group(1)) + 1:]  # the measure as the text writes it
        out[k] = replace(head, subject=(head.metric or "")[: len(named.group(1))])
        for j in range(k + 1, end):  # (the member stays in the name: 服裝銷貨價值, as 香港旅客 keeps its place)
            out[j] = replace(out[j], subject=out[j].metric, metric=(out[j].metric or "") + written)
        k = end
    return out


def _member_of(fact: Fact, head: Fact, measure: str) -> bool:
    """Whether a fact names only a member, with a figure of the unit and stat of the run's first (服裝, 上升54.1%),
    no measure of its own (出口, 工业用电: ending as a measure does, or sharing words with the measure).

    >>> from pipeline.attribute.fact import Fact
    >>> head = Fact("電器的銷貨價值", None, 0.8, None, "%", "eq", "growth_rate", None, "0.8%", "", 0, 4)
    >>> _member_of(replace(head, metric="服裝"), head, "销货价值"), _member_of(replace(head, metric="零售量"), head, "销货价值")
    (True, False)
    """
    name = fold(fact.metric or "")
    return not fact.subject and fact.unit == head.unit and fact.stat == head.stat and _MEMBER.fullmatch(name) is not None \
        and not name.endswith(_MEASURE_ENDS) and not VERBS.search(name) \
        and not any(name[i:i + 2] in measure for i in range(len(name) - 1))
