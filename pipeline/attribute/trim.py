"""Trim the ends of a name: the words that open its clause before it, and the stat words, bound words,
verbs, share nouns and comparisons after it, none of them part of what a figure measures.

>>> peel_tail("地区生产总值同比增长"), peel_tail("民间投资占比达到"), peel_tail("优良天数比例提高")
('地区生产总值', '民间投资', '优良天数比例')
>>> peel_tail("增加值分别高于全省、全国"), peel_tail("全国电源规模最大、新能源占比最高、总投资近")
('增加值', '全国电源规模最大、新能源占比最高、总投资')
>>> peel_head("其中出口"), balanced_quotes("爱国卫生“")
('出口', '爱国卫生')
"""
from __future__ import annotations

import re
from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..first_chars import finder, longest, starts

from ..lexicon import LEXICON
from .period import DAY_SPAN
from .words import BOUND_WORDS, COMPARISONS, COMPARISONS_BY_FIRST, OPENERS, STATS, alternation

_EDGE_PUNCT: Final = "、，,；;：:。 \t\u3000"
# Words peeled off the end of a name: stat words, bound words, verbs and particles of metric_verbs.txt.
_TAIL_WORDS: Final = frozenset(w for w in list(STATS) + BOUND_WORDS + LEXICON.trim_both + LEXICON.trim_suffix + [
    "了", "已", "尚", "都", "均", "将", "从", "由", "再", "连续", "实际", "名义", "同比", "环比", "比上年", "较上年", "比去年", "分别",
    "首次", "再次", "持续", "稳定", "稳步", "进一步", "大幅", "较快", "快速", "保持在", "稳定在", "控制在", "维持在", "保持",
    "总体", "整体"] if w)
# 按年均汇率折算, 按可比口径计算, 按人民币计: how a figure is computed, no part of what it measures.
_TAIL_FORMS: Final = (r"(?<=[为是达])(?:-|−|负)|连续第?(?:\d+|[一二两三四五六七八九十]+)个?(?:年|季度|月|周|天|日|次)|按[^，、；按]{1,8}?(?:计算|折算|核算|计)"
               r"|(?:与|和|同|跟)[^，、；与]{1,10}?相比"
               r"|(?:由|从)?(?:每[^\s每，、]{1,2}){1,3}(?:由|从)?")
_TAIL: Final = regex.compile(rf"(?:{alternation(_TAIL_WORDS)}|{_TAIL_FORMS})$")


def _lengths_by_last(words) -> dict[str, list[int]]:
    """For each last character, the lengths of the words ending in it, longest first: a name is then
    looked up only at the lengths of the words that may end it."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[-1], set()).add(len(word))
    return {last: sorted(sizes, reverse=True) for last, sizes in lengths.items()}


# The same as _TAIL, read without a search from every position: the longest word of _TAIL_WORDS the name
# ends with (a set lookup per length of the words ending in its last character), and the forms only where
# one of the characters they need is written.
_TAIL_LENGTHS: Final = _lengths_by_last(_TAIL_WORDS)
_TAIL_FORM: Final = regex.compile(rf"(?:{_TAIL_FORMS})$")
_TAIL_FORM_MARKS: Final = ("-", "−", "负", "连续", "每", "按", "相比")
_TAIL_FORM_MARK: Final = re.compile("|".join(map(re.escape, _TAIL_FORM_MARKS)))  # one search, not one `in` per mark


def _tail_start(name: str) -> int:
    """Where the words _TAIL peels off the end of a name begin, or -1: ``_TAIL.search(name).start()``.

    >>> _tail_start("地区生产总值同比增长"), _tail_start("地区生产总值")
    (6, -1)
    """
    if name.endswith("\n"):  # $ may match before a final line break too: leave that to the regex
        match = _TAIL.search(name)
        return match.start() if match else -1
    start, size = -1, len(name)
    for length in _TAIL_LENGTHS.get(name[-1:], ()):
        if length <= size and name[size - length:] in _TAIL_WORDS:
            start = size - length
            break
    if start >= 0 and name.endswith(_NOT_BOUNDS):
        start = -1  # 「毕业生已签约」: 约 ends a verb here, it is no bound word to peel
    if _TAIL_FORM_MARK.search(name):
        form = _TAIL_FORM.search(name)
        if form and (start < 0 or form.start() < start):
            start = form.start()
    return start

# (and names ending in a tail word: 成都 is no 都 to peel: look_alikes.tsv tail)
_NOT_BOUNDS: Final = tuple(list((LEXICON.look_alikes or {}).get("bound", ())) + list((LEXICON.look_alikes or {}).get("tail", ()))) \
    or ("\0",)
# At the start of a name only words of two characters or more are trimmed: 有 and 等 open names (有机质, 等级民宿).
# A span of days opening a name (「前4天累计接待」) is its time, after whose it is was taken off.
# Words that begin with a trimmed conjunction and are one word (不过夜旅客): not trimmed (grammar.tsv prefix_word)
_PREFIX_WORDS: Final = alternation(LEXICON.grammar.get("prefix_word", [])) or "(?!)"
_HEAD: Final = regex.compile_for_re(rf"^(?!{_PREFIX_WORDS})(?:{alternation([w for w in LEXICON.trim_both if len(w) > 1] + LEXICON.trim_prefix + LEXICON.grammar['holiday'])}|其中|同时|的|{DAY_SPAN}"
                   r"|(?:19|20)\d{2}届)")  # 2023届: the cohort, a time
# A comparison at the end of a clause: 占全国, 占规上工业比重, 高于全国, 比上年.
# A verb comparing with several bases at once takes them as a 、-list: 「分别高于全省、全国0.2个、3.1个百分点」.
_LIST_COMPARISON: Final = alternation(LEXICON.grammar["list_comparison"])
_LISTED_BASES: Final = regex.compile_for_re(
    rf"(?:{_LIST_COMPARISON})(?:[^、，；的\d]{{2,6}}、){{1,3}}[^、，；的\d]{{2,6}}(?:的)?(?:平均水平|水平)?$")
_LISTED_REACH: Final = 48    # the longest match of _LISTED_BASES: a verb, four bases, 的平均水平
_COMPARISON_TAIL: Final = regex.compile_for_re(  # (COMPARISONS by their first character: re skips where none starts)
    rf"(?:{COMPARISONS_BY_FIRST})[^、，；]{{0,14}}?(?:的)?(?:比重|比例|份额|平均水平|水平|总量)?$"
)
# A match of _COMPARISON_TAIL ends the name, so it starts within its longest reach of the end (one more for
# the line break $ may stand before): searched from there on, the same match is found sooner.
_COMPARISON_REACH: Final = (longest(regex.compile_for_re(_COMPARISON_TAIL.pattern)) or 1 << 30) + 1
_COMPARISON_AT: Final = finder(starts(_COMPARISON_TAIL))
_SHARE_NOUNS: Final = ("占比", "比重", "比例")   # two characters each: a name ending in one has it at len - 2
_SHARE_NOUN: Final = regex.compile(rf"(?:{'|'.join(_SHARE_NOUNS)})$")


# peel_tail's memos (memo.py), one for each value of `shares`: a text alone is a key cheaper to look up
_PEEL_TAIL_MEMO: Final[dict[str, str]] = {}
_PEEL_TAIL_KEEPING_SHARES_MEMO: Final[dict[str, str]] = {}


def peel_tail(name: str, shares: bool = True) -> str:
    """Peel stat words, bound words, verbs and comparisons off the end of a name.

    A share noun goes too (民间投资占比达到 → 民间投资), unless a change of the share follows it: then
    the share is what changes and stays in the name (优良天数比例提高 → 优良天数比例).
    """
    memo = _PEEL_TAIL_MEMO if shares else _PEEL_TAIL_KEEPING_SHARES_MEMO
    found = memo.get(name)
    return found if found is not None else remember(memo, name, _peel_tail_read(name, shares))


def _peel_tail_read(name: str, shares: bool = True) -> str:
    """peel_tail, read (its memo keeps what it gives)."""
    changed_after = False
    while name:
        name = name.rstrip(_EDGE_PUNCT)
        if name.endswith("\n"):  # $ matches before a final line break too: leave that to the regex
            found = _SHARE_NOUN.search(name)
            share = found.start() if found else -1
        else:
            share = len(name) - 2 if name.endswith(_SHARE_NOUNS) else -1
        if share > 0:
            if changed_after or not shares:
                break
            name = name[:share]
            continue
        start = _tail_start(name)
        if start >= 0:
            changed_after = changed_after or STATS.get(name[start:]) in ("growth_rate", "change")
            name = name[:start]
            continue
        reach = max(0, len(name) - _COMPARISON_REACH)
        compared = _COMPARISON_TAIL.search(name, reach) if _COMPARISON_AT.search(name, reach) is not None else None
        if compared is None and "、" in name:
            compared = _LISTED_BASES.search(name, max(0, len(name) - _LISTED_REACH))
        if not compared or compared.group() == "比":
            break  # 比 with no base after it ends a ratio's name (人口性别比, 城乡居民收入比)
        name = name[: compared.start()]
    return name


_PEEL_HEAD_MEMO: Final[dict[str, str]] = {}  # peel_head's memo (memo.py)


def peel_head(name: str) -> str:
    """A name without the words that open its clause (其中, 同时, 提出).

    >>> peel_head("其中出口"), peel_head("十是推动粮食作物增产"), peel_head("第一产业增加值")
    ('出口', '粮食作物增产', '第一产业增加值')

    Trade with every partner restricts nothing: 「输往所有主要目的地的整体出口货量」 → 整体出口货量; nor does
    the month just named or a Taiwan year alone: 「当月对东盟」 → 对东盟, 「114年出口」 → 出口; nor 有 before its
    object: 「有本地籍高校毕业生」 → 本地籍高校毕业生 (not 有机, 有效).
    """
    found = _PEEL_HEAD_MEMO.get(name)
    return found if found is not None else remember(_PEEL_HEAD_MEMO, name, _peel_head_read(name))


def _peel_head_read(name: str) -> str:
    """peel_head, read (its memo keeps what it gives)."""
    while True:
        first = name[:1]
        match = (OPENERS.match(name) if first in _OPENERS_FIRST else None) \
            or (_HEAD.match(name) if first in _HEAD_FIRST else None) \
            or (_ENUMERATOR.match(name) if first in _ENUMERATOR_FIRST else None) \
            or (_EVERY_PARTNER.match(name) if first in _DIRECTION_FIRST else None) \
            or (_TIME_OPENING.match(name) if first in _TIME_OPENING_FIRST else None) \
            or (_HAS_OPENING.match(name) if first == "有" and "的" not in name and name.count("有") == 1 else None)
        if not match or not 0 < match.end() < len(name) - 1:
            return name  # 「均价」: one character left would name nothing
        name = name[match.end():]


# Enumerators that open a point of a list: 一是…十三是, 第一，, （一）, 1., 一、 (not 第一产业, a name).
_NUMERALS: Final = "一二三四五六七八九十"
_ENUMERATOR: Final = regex.compile(
    rf"^(?:[{_NUMERALS}]+是|第[{_NUMERALS}]+(?:是|[，,：:])|[（(][{_NUMERALS}\d]+[）)]"
    rf"|[{_NUMERALS}]+[、.．](?![{_NUMERALS}\d])|\d+[、.．](?!\d))")  # 一、二、三产业 is a list, not a point
# 「输往所有主要目的地的」: a trade direction before every partner (所有, 全部, 各; not 所有制)
_EVERY_PARTNER: Final = regex.compile(rf"(?:{alternation(LEXICON.grammar['trade_direction'])})(?:所有|全部|各)(?![制者权])[^，、；\d]{{1,10}}的(?=\p{{Han}}{{2}})")
_DIRECTION_FIRST: Final = frozenset(word[0] for word in LEXICON.grammar["trade_direction"])
# The month or quarter just named (当月, 该月) and a Taiwan year alone (114年: 2025, counted from 1912; not
# 110年历史, 100年老店)
_TIME_OPENING: Final = regex.compile(
    rf"(?:{alternation(LEXICON.grammar['this_period'])})份?|(?:民国)?1(?:0[1-9]|1\d)\s?年度?(?![老历以来前间])")
_TIME_OPENING_FIRST: Final = frozenset([word[0] for word in LEXICON.grammar["this_period"]] + ["1", "民"])
# 有 before its object (全省有规模以上工业企业: not 有机, 有效, 有些; nor 有进出口实绩的企业, 有组织有规模, which
# keep it)
_HAS_OPENING: Final = regex.compile(rf"有(?![{''.join(LEXICON.grammar['not_you_after'])}])(?=\p{{Han}}{{2}})")
# What a match of each pattern peel_head tries starts with (first_chars): a name starting otherwise needs no match.
_OPENERS_FIRST, _HEAD_FIRST, _ENUMERATOR_FIRST = starts(OPENERS), starts(_HEAD), starts(_ENUMERATOR)


def balanced_quotes(name: str) -> str:
    """A name without the quote marks it holds unpaired (「爱国卫生“」 → 爱国卫生); paired ones stay.

    >>> balanced_quotes("爱国卫生“"), balanced_quotes("招募“西部计划”志愿者"), balanced_quotes("“西部计划志愿者")
    ('爱国卫生', '招募“西部计划”志愿者', '西部计划志愿者')
    """
    for opening, closing in _QUOTE_PAIRS:
        if name.count(opening) != name.count(closing):
            name = name.replace(opening, "").replace(closing, "")
    if name.count('"') % 2:
        name = name.replace('"', "")
    return name.strip(_EDGE_PUNCT).rstrip("和及与")


_QUOTE_PAIRS: Final = (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ("『", "』"))
