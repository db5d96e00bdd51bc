"""A measure with a bound that sorts things rather than measures them: a threshold naming a class
(「年运量150万吨以上的物流园区」, 「20户以上自然村」), sorting the things a count counts (「开工10亿元以上重大产业项目47个」),
or closing a clause that opens with the count (「有28家预计净利润超亿元」: the firms counted are those past it);
and the units that tell counts and shares from the measures that may be thresholds.

>>> from pipeline.quantities import find_quantities
>>> [(q.text, q.kind) for q in find_quantities("年运量150万吨以上的物流园区，开工10亿元以上重大产业项目47个")]
[('150万吨以上', 'other'), ('10亿元以上', 'other'), ('47个', 'statistic')]
>>> [(q.text, q.kind) for q in find_quantities("业绩报喜公司中，有28家预计净利润超亿元，35家预计净利润增幅超100%。")]
[('28家', 'statistic'), ('超亿元', 'other'), ('35家', 'statistic'), ('超100%', 'other')]
"""
from __future__ import annotations

from re import escape as _escape
from typing import Final

from .cached_regex import compile_for_re as _compiled  # patterns for `regex`, run by re (faster per call)
from .figure_names import _CLAUSE_BREAK, _HAN_AT
from .lexicon import LEXICON
from .quantities import Quantity
from .segment import last_mark

_PERCENT_LIKE: Final = {"%", "‰", "个百分点", "百分点", "倍"}
_COUNT_UNITS: Final = {"个", "项", "件", "条", "家", "批", "次", "所", "座", "台", "套", "名", "人", "户", "位", "场", "部",
                "张", "支", "种", "类", "处", "款"}
_CATEGORY_BOUND_KINDS: Final = frozenset(("ge", "le"))
_CATEGORY_BOUNDS: Final = ("以上", "以下")
_PEOPLE_UNITS: Final = {"户", "人", "名", ""}
_SETTLEMENTS: Final = tuple(LEXICON.grammar["settlement"])
_HAN_RUN: Final = _compiled(r"\p{Han}+")
_COUNT_WORDS: Final = "个|家|项|座|条|所|户|批|处|种|支|台|套"
_COUNT_AHEAD: Final = _compiled(rf"(?:\d+|[一二两三四五六七八九十百千]+)(?:{_COUNT_WORDS})")
_COUNT_BEHIND: Final = _compiled(rf"(?:\d+|[一二两三四五六七八九十]+)(?:{_COUNT_WORDS})\p{{Han}}{{0,4}}$")
_ABOVE: Final = frozenset(("gt", "ge"))
_CLAUSE_MARKS: Final = "，。；！？：,;!?\n"
# A clause opening with a count (有28家, 其中35家) and saying, without a figure or a sum, what the counted things do.
_COUNT_OPENING: Final = _compiled(rf"^(?:其中|另有|还有|有)?(?:\d+|[一二两三四五六七八九十]+)(?:{_COUNT_WORDS})"
                                  r"[^\d，。；！？、：,;!?\n]{2,14}$")
_VERB: Final = _compiled("|".join(sorted((_escape(v) for v in set(LEXICON.verbs) | set(LEXICON.action_verbs) if v),
                                         key=len, reverse=True)) or "(?!)")
_SUMS: Final = tuple(LEXICON.grammar.get("scope_char", [])) + tuple(
    word for word, stat in LEXICON.stats_before.items() if stat == "cumulative")


def _threshold_of_counting_clause(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """A figure above a bound (超, 以上) closing a clause that opens with a count describes the things counted, it
    is no figure of its own: 「有28家预计净利润超亿元」, 「35家预计净利润增幅超100%」, 「191家工业企业营业收入超百亿元」 count
    the firms past the bound. A verb (「211个项目完成投资超800亿元」) or a sum (「3家企业共…」) said in between makes it the
    figure of them all."""
    if quantity.bound not in _ABOVE or (end < len(folded) and folded[end] not in _CLAUSE_MARKS):
        return False
    opening = last_mark(folded, _CLAUSE_MARKS, start) + 1
    clause = folded[opening:start]
    return _COUNT_OPENING.match(clause) is not None and not any(word in clause for word in _SUMS) \
        and _VERB.search(clause) is None


# After a figure with 以上/以下, these continue the clause; any other Han character begins the noun the
# figure sorts (「20户以上自然村」, 「年运量150万吨以上的物流园区」).
_CLAUSE_GOES_ON: Final = frozenset(LEXICON.grammar["goes_on"])


def _names_a_category(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """A measure with 以上/以下 glued to the noun after it names a class of things, it does not measure
    them: 「年运量150万吨以上的物流园区」, 「单笔50万元以下拖欠企业账款」, 「10万千瓦及以下燃煤机组」. A count
    with 以上 counts the noun after it (新增50家以上先进智能工厂), unless it counts people or households in a
    place named after it (「20户以上自然村」, 「20万以上人口县」). At a clause's end a figure is a figure
    (城镇新增就业年均170万人以上。); percentages are shares (90%以上的行政村), unless 在 puts them as a range
    that sorts (增速在9.0%以上的经济学人).
    """
    bounded = quantity.bound in _CATEGORY_BOUND_KINDS and quantity.text.endswith(_CATEGORY_BOUNDS)
    unit = quantity.unit
    if unit in _PERCENT_LIKE and (bounded or quantity.value_max is not None):
        # 「增速在9.0%以上的经济学人占比21.9%」, 「在5.0%至9.0%的经济学人」: after 在, a rate's range sorts the
        # people after it
        return folded[start - 1:start] == "在" and folded[end:end + 1] == "的" and _HAN_AT.match(folded, end + 1) \
            is not None
    if not bounded:
        return False
    if not (unit or quantity.scaled):
        return False
    at = end + 1 if folded[end:end + 1] == "的" else end
    after = folded[at:at + 1]
    if not after or after in _CLAUSE_GOES_ON or not _HAN_AT.match(after):
        return False
    if unit in _PEOPLE_UNITS:      # people, households, or none (20万以上人口县): a place after names the class
        noun = _HAN_RUN.match(folded, at)
        return bool(noun) and any(place in noun.group()[:5] for place in _SETTLEMENTS)
    return unit not in _COUNT_UNITS


def _threshold_of_counted_set(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """An amount that sorts the things a count counts: 「开工10亿元以上重大产业项目47个」,
    「23个投资额百亿元以上重大工业项目」. The amount has a bound (以上, 超, 过), qualifies a noun (Han
    text follows at once), and a count of those things stands in the same clause, just before it or
    after the noun. A plain amount there is a size: 「总投资2万亿元的389个省重点项目」.
    """
    if not quantity.unit or quantity.unit in _COUNT_UNITS or quantity.unit in _PERCENT_LIKE or quantity.unit == "%":
        return False
    if quantity.bound == "eq" and folded[start - 1:start] != "过":
        return False   # 总投资2万亿元的389个项目: a size, not a threshold
    if not _HAN_AT.match(folded, end):
        return False
    clause_after = _CLAUSE_BREAK.split(folded[end:end + 20], 1)[0]
    if _COUNT_AHEAD.search(clause_after):
        return True
    return bool(_COUNT_BEHIND.search(folded, max(0, start - 10), start))
