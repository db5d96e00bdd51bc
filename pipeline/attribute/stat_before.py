"""The stat of a percentage read from the figures before it in its sentence, where its own words say too little: the
level compared with (「GDP成長率達7.64%，遠高於8月預測的2.91%」), the level a rate just given moves to (「櫃量成長尚達
8.2%，前四個月縮小至7.9%」), the last member of clauses whose change verb is said once (「科学技术支出增长25.1%，农林水
支出20.7%」), the rest of a whole split into parts (「92.9%是……，而7.1%是……」) and the part a clause before calls the
larger (「就業人口以男性佔多數，為52.6%」).

>>> from pipeline.quantities import find_quantities
>>> from pipeline.segment import split_sentences
>>> from pipeline.attribute.sentence import read_sentence
>>> text = "失業人口中，92.9%是曾經工作的人士，而7.1%是從未工作的人士。"
>>> [f.stat for f in read_sentence(split_sentences(text)[0], find_quantities(text), None)]
['share', 'share']
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from .carry import _Reading
from .naming import _BLANKS
from .words import STAT_WORDS

_NEAR: Final = 200
_TO_LEVELS: Final = ("至", "到")
_COMPARED_LEVEL: Final = regex.compile(r"(?rp)(?:高于|低于|多于|少于)[^，,；;。]{1,14}的$")
_CLAUSE_ENDS: Final = "，,；;。"
_LIST_MARKS: Final = ("，", ",", "、", "；", ";")
_LEVEL_NAME_ENDS: Final = tuple(LEXICON.grammar.get("level_name_end", ())) or ("\0",)  # 城镇化率: a level of its own
_PARTITION_OPENERS: Final = frozenset(LEXICON.grammar.get("partition_opener", ())) | {""}
_SHARE_PREDICATES: Final = tuple(LEXICON.grammar.get("share_predicate", ())) or ("\0",)
_COPULAS: Final = frozenset(("为", "是", "达", "约为", "占"))


def stat_from_before(reading: _Reading, i: int, left: str, right: str, named: str, names_own: bool, position: int,
                     topic: str, stat: str | None) -> tuple[str | None, int] | None:
    """(stat, sign) of percentage `i` (a figure before it in the same unit, no minus sign written) from the figures
    before it, or None where they say nothing of it; `stat` is what its own words said."""
    before = reading.facts[-1]
    if left.endswith("的") and _COMPARED_LEVEL.search(left) and (not right.strip() or right[:1] in _CLAUSE_ENDS):
        return before.stat, 1  # 「高於對中國與香港的26.6%」: the level compared with, of the kind of the figure before
    if stat is not None:
        return None
    if before.stat in ("growth_rate", "share") and named == reading.names[-1] \
            and left.rstrip().endswith(_TO_LEVELS) and STAT_WORDS.search(left):
        return before.stat, 1  # 「前四個月縮小至7.9%」, 「中國與香港下降到26.6%」: the level the rate before moves to
    if i > 1 and names_own and _gapped_change(reading, i, left, named):
        return "growth_rate", reading.word_signs[-1]  # 「科学技术支出增长25.1%，农林水支出20.7%」
    if before.stat == "share" and position == 0 and left.strip(_BLANKS) in _PARTITION_OPENERS \
            and right.lstrip()[:1] in ("是", "为", "属"):
        return "share", 1  # 「92.9%是……，而7.1%是……」: the rest of the whole split
    return None


def share_after_predicate(topic: str, left: str) -> bool:
    """Whether a percentage opening its clause after one that calls a part the larger (占多数) is that part's share.

    >>> share_after_predicate("就业人口以男性占多数", "为"), share_after_predicate("就业人口增长", "为")
    (True, False)
    """
    return topic.rstrip(_BLANKS).endswith(_SHARE_PREDICATES) and left.strip(_BLANKS) in _COPULAS


def _gapped_change(reading: _Reading, i: int, left: str, named: str) -> bool:
    """Whether figure `i`, a percentage its clause names with nothing else said (「，农林水支出20.7%」), ends a list of
    clauses of the same kind whose two figures before it are rates of change of other measures, each said with the
    same words after its name: the verb is gapped (not for a name that is a rate or a share of its own)."""
    facts = reading.facts
    if len(facts) < 2 or facts[-1].stat != "growth_rate" or facts[-2].stat != "growth_rate" \
            or reading.units[i - 2] != reading.units[i] \
            or named in (reading.names[-1], reading.names[-2]) or named.endswith(_LEVEL_NAME_ENDS):
        return False
    body = left.strip(_BLANKS)
    opening = reading.spans[i][0] - len(left)
    if body != named or not (left[:1] in _LIST_MARKS or opening > 0 and reading.s[opening - 1] in _LIST_MARKS):
        return False
    said = [_said_after_name(reading, k) for k in (i - 1, i - 2)]
    return bool(said[0]) and said[0] == said[1]


def _said_after_name(reading: _Reading, k: int) -> str:
    """The words between figure `k`'s name and the figure (「增长」 in 「节能环保支出增长29.3%」), '' where its name is
    not written right before them."""
    start = reading.spans[k][0]
    name = reading.names[k]
    at = reading.s.rfind(name, max(0, start - _NEAR), start) if name else -1
    return reading.s[at + len(name):start] if at >= 0 else ""
