"""A clause that lists places in the order the figures of a 分别 clause after it will follow
(「2018年平均工资由高到低依次是东部、西部、中部和东北」): the name, and the places one figure each.
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..memo import remember
from .metric import left_name
from .places import listed_places
from .words import alternation

_ENUMERATION: Final = regex.compile(rf"^(.*?)(?:{alternation(LEXICON.grammar['order'])})?"
                             rf"(?:{alternation(LEXICON.grammar['enumerator'])})(.+)$")
_MEMBER_BREAK: Final = regex.compile(r"、|以及|和|及|与")
# 「单位GDP能耗下降最多的前三位是山西、北京和天津」, 「下降最少的是海南、新疆和四川」: the members a ranking puts first
_RANKED: Final = regex.compile(
    rf"^(.*?)(?:{alternation(LEXICON.grammar['change_noun'] + LEXICON.declines + LEXICON.grammar['ranked_rise'])})?"
    rf"(?:{alternation(LEXICON.grammar['ranked_most'] + LEXICON.grammar['ranked_extreme'])})的"
    r"(?:前|后)?[\d一二三四五六七八九十]{0,2}(?:位|名|个)?\p{Han}{0,3}?(?:是|为)(.+)$")


_ENUMERATED_MEMO: Final[dict[str, tuple[str, tuple[str, ...]] | None]] = {}  # enumerated's memo (memo.py)


def enumerated(clause: str) -> tuple[str, tuple[str, ...]] | None:
    """(the name, the places) of a clause that lists places in the order its figures will follow.

    >>> enumerated("2018年平均工资由高到低依次是东部、西部、中部和东北")
    ('平均工资', ('东部', '西部', '中部', '东北'))
    >>> enumerated("人口增长较多的5个省份依次为：广东、浙江、江苏")
    ('人口', ('广东', '浙江', '江苏'))
    >>> enumerated("增速最高的三个行业依次为采矿业、金融业") is None
    True
    >>> enumerated("PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治")
    ('PM2.5平均浓度', ('北京', '廊坊', '长治'))
    >>> enumerated("2008年单位GDP能耗下降最多的前三位是山西、北京和天津"), enumerated("下降最少的是海南、新疆和四川")
    (('单位GDP能耗', ('山西', '北京', '天津')), ('', ('海南', '新疆', '四川')))
    """
    if clause in _ENUMERATED_MEMO:
        return _ENUMERATED_MEMO[clause]
    return remember(_ENUMERATED_MEMO, clause, _enumerated_read(clause))


def _enumerated_read(clause: str) -> tuple[str, tuple[str, ...]] | None:
    """enumerated, read (its memo keeps what it gives)."""
    match = _ENUMERATION.match(clause) if "依次" in clause or "分别" in clause else None
    if not match:
        match = _RANKED.match(clause) if "最" in clause else None
    if not match:
        return None
    # 「依次为：广东、浙江」: a colon may open the members
    members = tuple(m.strip() for m in _MEMBER_BREAK.split(match.group(2).lstrip(":：")) if m.strip())
    if len(members) < 2 or not listed_places(list(members)):
        return None
    return left_name(match.group(1)), members
