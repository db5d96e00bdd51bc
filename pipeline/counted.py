"""Counts that frame the figures after them, or describe, rather than count (classify): the places whose own
figures follow (「41个县(市)一般公共预算收入同比增长18.7%」), the set a partition is taken from (「31个省份中，……」),
the one a ratio is stated per (「1个求职者对应1.22个岗位」, 「每户至少1人就业」), the field a ranking is taken in
(「增幅位居全市和7个试点县首位」), the whole a part is counted out of (「38个行业大类中有21个行业增加值实现增长」).

>>> text = "一季度我省41个县(市)一般公共预算收入同比增长18.7%"
>>> frames_places(text, 5, 8), frames_places("推动帮扶从15个县（市）扩大到57个县（市）", 6, 9)
(True, False)
>>> one_per("相当于1个求职者对应1.22个岗位", 3, 5), one_per("实现每户至少1人就业", 6, 8), one_per("新建1个公园", 2, 4)
(True, True, False)
>>> ranked_in("增幅位居全市和7个脱贫奔小康试点县首位", 7, 9), ranked_in("全市7个县增幅居前", 2, 4)
(True, False)
>>> parted("38个行业大类中有21个行业增加值实现增长", 0, 3), parted("在构成制造业PMI的5个分类指数中,生产指数", 12, 14)
(True, False)
"""
from __future__ import annotations

import regex

from .lexicon import LEXICON


def frames_places(folded: str, start: int, end: int) -> bool:
    """Whether the count at folded[start:end] counts places only to name them as the subject of the figures after
    it in its clause, or as the set a partition is taken from."""
    if _COUNTED_PLACE_LASTS.isdisjoint(folded[end:end + 10]):
        return False
    return _COUNTED_PLACES.match(folded, end) is not None and _opens_clause(folded, start)


def ranked_in(folded: str, start: int, end: int) -> bool:
    """Whether the count at folded[start:end] names the field a ranking is taken in, between a verb of ranking and the
    place ranked (「位居全市和7个试点县首位」, 「居全国31个省份第一」): it counts nothing of its own."""
    reach = max(0, start - _RANK_REACH)
    opening = max(max(folded.rfind(mark, reach, start) for mark in _CLAUSE_MARKS) + 1, reach)
    if not any(verb in folded[opening:start] for verb in _RANK_VERBS):
        return False
    closing = min((at for at in (folded.find(mark, end, end + _RANK_REACH) for mark in _CLAUSE_MARKS) if at >= 0),
                  default=min(len(folded), end + _RANK_REACH))
    return _RANK_PLACE.search(folded, end, closing) is not None


_RANK_REACH = 16
_RANK_VERBS = tuple(LEXICON.grammar.get("rank_verb", ()))
_RANK_PLACE = regex.compile("|".join(regex.escape(w) for w in LEXICON.grammar.get("rank_place", ())) or "(?!)")


def parted(folded: str, start: int, end: int) -> bool:
    """Whether the count at folded[start:end] is the whole a part counted next is taken out of: 中 closes the
    noun it counts and a count of the part follows (「41个大类行业中有37个」, 「在41个工业大类行业中，38个行业……」,
    「12个县区中有6个」). The whole is no figure of its own; a set 中 closes without a part counted after it
    (「在构成制造业PMI的5个分类指数中，生产指数……」) is."""
    at = folded.find("中", end, end + _PART_REACH)
    return at > end and _PART_COUNTED.match(folded, at + 1) is not None \
        and _NOT_IN_WHOLE.search(folded, end, at) is None


_PART_REACH = 12   # the noun a whole is counted in: 大类行业, 工业大类行业, 县区
_PART_COUNTED = regex.compile(r"[，,]?有?(?:\d|[一两二三四五六七八九十]+[个家项类种])")
_NOT_IN_WHOLE = regex.compile(r"[\d，,；;。：:、（）()\n的]")


def one_per(folded: str, start: int, end: int) -> bool:
    """Whether a count of one at folded[start:end] is what a ratio is stated per, or one per thing."""
    return _RATIO_BASE.match(folded, end) is not None or _ONE_PER.search(folded, max(0, start - 8), start) is not None


# A count of places (grammar.tsv counted_place) that only names the places whose figure follows in its clause
# (「41个县(市)一般公共预算收入同比增长18.7%」, 「100个城市公共就业服务机构市场求人倍率为1.22」), or the set a
# partition is taken from (「31个省份中，25个……」). A bound or 均 between makes the count the number of places
# meeting it (「25个省份GDP均超过万亿元」): a statistic.
_COUNTED_PLACE_WORDS = "|".join(regex.escape(w) for w in sorted(LEXICON.grammar.get("counted_place", ("\0",)),
                                                                key=len, reverse=True))
_COUNTED_PLACE_LASTS = frozenset(w[-1] if w[-1] not in ")）" else w[0] for w in LEXICON.grammar.get("counted_place", ("\0",)))
_COUNTED_PLACES = regex.compile(
    rf"[^\d，,；;。：:、（）()]{{0,6}}?(?:{_COUNTED_PLACE_WORDS})(?:[（(][^（）()\d]{{1,30}}[）)])?\s*"
    rf"(?:中(?:[，,]|有)|(?![、和及与])[^，,；;。：:、\n超过逾破均都各占有以不近约在间]{{2,30}}?(?:为|达到?|是)?(?<![A-Za-z.\d])\d)")
_CLAUSE_MARKS = "，,；;。：:！？!?\n"
_LEAD_OF_COUNT = 10   # what may stand before a count opening its clause: a time, a place, 其中 (一季度我省, 二季度)


def _opens_clause(folded: str, start: int) -> bool:
    """Whether a count opens its clause as its subject: only a few characters before it, none of them a verb or a
    preposition (「一季度我省41个县」; not 「建设10个县级……」, 「从15个县扩大到」, 「为24个省份保供」)."""
    lead = max(folded.rfind(mark, max(0, start - _LEAD_OF_COUNT - 1), start) for mark in _CLAUSE_MARKS)
    if lead < 0 and start > _LEAD_OF_COUNT:
        return False
    head = folded[lead + 1:start]
    return not _VERB_OR_PREPOSITION.search(head)


_VERB_OR_PREPOSITION = regex.compile(r"[从在为对向给把将由与和及以到至]|%s" % "|".join(
    regex.escape(verb) for verb in sorted(set(LEXICON.verbs) | set(LEXICON.action_verbs), key=len, reverse=True)))
# The count of one a ratio is stated per (1个求职者对应1.22个岗位, 1名教师对应18名学生), or one per thing.
_ONE_PER = regex.compile(r"每\p{Han}{1,3}?(?:至少|最少|最多|有|只有|仅有)?$")
_RATIO_BASE = regex.compile(r"\p{Han}{1,6}?(?:对应|配备|对)[\d零一二两三四五六七八九十]")
