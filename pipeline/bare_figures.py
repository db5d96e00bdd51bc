"""A number with no unit, scale or bound: never a statistic, unless a head that measures figures bare
(implied_units.tsv: 人数, 性别比, 求人倍率) names it; else which other kind it is.

>>> from pipeline.quantities import find_quantities
>>> [(q.text, q.kind) for q in find_quantities("人口性别比为102.8，统一大市场")]
[('102.8', 'statistic'), ('一', 'other')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from .figure_names import _LATIN_AFTER, _LATIN_OR_FORMULA, _NAME_HEAD_FIRSTS, _NAME_HEADS, _glued_to_latin, _in_formula, \
    _quoted_name
from .lexicon import LEXICON
from .quantities import Quantity


def _bare_kind(quantity: Quantity, folded: str, fixed_spans, quoted_spans) -> str:
    """A number with no unit, scale or bound is never a statistic: only which other kind it is.

    The same answers as the full rules give such a number (ordinal after 第; a name inside a fixed word,
    a quotation, a formula, glued to Latin letters or to a programme's name; else other), in fewer steps:
    most numbers in a report are these (统一, 一些, 2.0, 十四五).
    """
    start, end = quantity.start, quantity.end
    before = folded[start - 1] if start else ""
    if before == "第":
        return "ordinal"
    ends = fixed_spans.ends
    index = bisect_right(ends, start)
    if index < len(ends) and fixed_spans[index][0] < start + len(quantity.number_text):
        return "name"
    after = folded[end:end + 4]
    first = after[:1]
    if before in _LATIN_OR_FORMULA or first in _LATIN_AFTER:
        if _glued_to_latin(folded, start, end, quantity) \
                or _in_formula(folded, start, start + len(quantity.number_text)):
            return "name"
    if quoted_spans:
        index = bisect_right(quoted_spans.ends, end)
        if index < len(quoted_spans) and quoted_spans[index][0] < start \
                and _quoted_name(folded, quoted_spans[index][0], quoted_spans.ends[index], start, end):
            return "name"
    if first == "级" or (first in _NAME_HEAD_FIRSTS and after.startswith(_NAME_HEADS)):
        return "name"
    if (before in _COPULAS or before in _BARE_LINKS and _HEAD_LASTS.intersection(folded[max(0, start - 3):start])) \
            and _measured_bare(folded, start):
        return "statistic"   # 总就业人数为3,718,900, 人口性别比为102.8: the head names what the number measures
    if before in _OPENINGS and (_measured_bare(folded, start - 1) or _BARE_HEAD_AFTER.match(folded, end)):
        return "statistic"   # 综合消费物价指数(104.10), 甲类(103.67)及乙类(104.68)消费物价指数: the index in brackets
    if before in _CHANGE_LAST and _BARE_CHANGE.search(folded, max(0, start - 40), start):
        return "statistic"   # 出生人口性别比为111.3,较2010年下降6.8: the change of a figure just given bare
    return "other"


# Heads whose figure may stand bare (implied_units.tsv: 人数 implies 人, 性别比 takes none), then a copula,
# 在 (求人倍率均在1以上), or nothing (求人倍率1.37).
_COPULAS: Final = frozenset("为是达：:至到由从")  # (城乡居民收入比由2.35缩小到2.28: the level it moved from and to)
# a change verb before 至/到 and the level a bare figure reaches (缩小至2.28): grammar.tsv change_to
_CHANGES_TO: Final = tuple(sorted(LEXICON.grammar.get("change_to", ()), key=len, reverse=True))
_BARE_HEADS: Final = sorted(LEXICON.implied_units or {}, key=len, reverse=True)
_HEAD_LASTS: Final = frozenset(head[-1] for head in _BARE_HEADS)
_BARE_LINKS: Final = frozenset("在") | _HEAD_LASTS
_MEASURED_BARE: Final = re.compile(
    "(?:%s)(?:[（(][^（）()]{1,30}[)）])?(?:为|是|达到|达|：|:|均?在|由|从|(?:(?:由|从)[\\d.]+)?(?:%s)?(?:至|到))?$" % (
        "|".join(re.escape(head) for head in _BARE_HEADS), "|".join(_CHANGES_TO)))
_BARE_HEAD_WORDS: Final = "|".join(re.escape(head) for head in _BARE_HEADS)
_OPENINGS: Final = frozenset("(（")
# A bracket closing on the figure, then members of the same list and the head they share (及乙类(104.68)消费物价指数).
_BARE_HEAD_AFTER: Final = re.compile(r"[)）][^，,。；;：:\n]{0,20}?(?:%s)" % _BARE_HEAD_WORDS)
# A bare figure of such a head, then a comparison and a change verb right before the number.
_CHANGE_VERBS: Final = ("上升", "下降", "提高", "降低", "增加", "减少", "回落", "回升")
_CHANGE_LAST: Final = frozenset(verb[-1] for verb in _CHANGE_VERBS)
_BARE_CHANGE: Final = re.compile(r"(?:%s)(?:为|是)?[\d.]+[，,](?:较|比)[^，,。；;]{0,12}?(?:%s)$" % (
    _BARE_HEAD_WORDS, "|".join(_CHANGE_VERBS)))


def _measured_bare(folded: str, start: int) -> bool:
    """Whether a head that measures figures bare (implied_units.tsv) ends right before `start`, or before a
    copula or 在 there, an aside in brackets between (「总人口性别比（以女性为100）为105.07」).

    >>> _measured_bare("市场求人倍率为1.22", 7), _measured_bare("求人倍率1.37", 4), _measured_bare("增长1.37", 2)
    (True, True, False)
    """
    return _MEASURED_BARE.search(folded, max(0, start - 44), start) is not None
