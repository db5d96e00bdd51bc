"""What kind of statistic a figure is, and its sign, from the words before it.

>>> read_stat("地区生产总值增长", "%")
('growth_rate', 1)
>>> read_stat("单位地区生产总值能耗下降", "%")
('growth_rate', -1)
>>> read_stat("增长", "个百分点")
('change', 1)
>>> read_stat("高于全国", "个百分点")
('change', 1)
>>> read_stat("非现场检查量占比提升至", "%")
('share', 1)
>>> read_stat("川渝两地城镇新增就业年均", "人")
('annual_average', 1)
>>> read_stat("累计落地", "支")
('cumulative', 1)
>>> read_stat("零售额合计增长", "%")
('growth_rate', 1)
>>> read_stat("增量占全国", "%")
('share', 1)
>>> read_stat("居民消费价格指数回落至", "%")
(None, 1)
>>> read_stat("增速为", "%"), read_stat("降幅为", "%"), read_stat("升幅分别扩大至", "%")
(('growth_rate', 1), ('growth_rate', -1), ('growth_rate', 1))
>>> read_stat("比上年加快", "个百分点"), read_stat("放缓", "个百分点"), read_stat("加快建设", "条")
(('change', 1), ('change', -1), (None, 1))
>>> read_stat("粮食产量达到", "斤"), read_stat("同比增长达", "%"), read_stat("柜量成长尚达", "%")
((None, 1), ('growth_rate', 1), ('growth_rate', 1))
>>> read_stat("同比下降的城市有", "个"), read_stat("价格持平和下跌的", "种"), read_stat("约占CPI涨幅回落的", "%")
((None, 1), (None, 1), ('share', 1))
>>> read_stat("低于整体平均者包括住宿及餐饮业", "元")
(None, 1)
>>> read_stat("降幅在", "个百分点"), read_stat("降幅收窄", "个百分点"), read_stat("降幅为", "%")
(('change', 1), ('change', -1), ('growth_rate', -1))
>>> read_stat("合计影响CPI涨幅回落约", "个百分点")
('change', -1)
>>> read_stat("较去年同期增", "人"), read_stat("比上月减", "%"), read_stat("比去年同期高", "%")
(('change', 1), ('growth_rate', -1), ('growth_rate', 1))
"""
from __future__ import annotations

from typing import Final

import regex

from ..memo import remember
from ..lexicon import LEXICON
from .words import DECLINES, SCOPE_STATS, SCOPE_WORDS, STAT_WORDS, STATS

_STAT_LASTS: Final = frozenset(word[-1] for word in STATS)


def _de_positions(words: str):
    """Where 的 stands in `words`, but at its start."""
    at = words.find("的", 1)
    while at > 0:
        yield at
        at = words.find("的", at + 1)


_SHARE_OF: Final = regex.compile(r"占[^，,；;。的]{1,20}的$")
_ATTRIBUTIVE: Final = regex.compile(rf"(?:{STAT_WORDS.pattern})(?=的)")
_CUT_BY: Final = regex.compile(rf"^(?:平均|累计|同比)?(?:{DECLINES.pattern})(?![至到])[^\d，、]{{1,8}}$")
_RATE_UNITS: Final = ("%", "‰", "", "倍")
_TO_LEVEL: Final = ("至", "到")
_COPULAS: Final = frozenset(["为", "达", "达到", "是"])
_STEP_ENDS: Final = ("增", "减", "高", "低", "多", "少")
_REACHED: Final = frozenset(["达", "达到"])
_RATE_NOUN_ENDS: Final = ("幅", "速", "率", "幅度", "速度")
_COMPARED_STEP: Final = regex.compile(r"(?:较|比)[^，,；;]{0,14}?([增减高低多少])$")      # 增幅, 降幅, 升幅, 跌幅, 增速: nouns naming a rate of change
_RATE_COPULA: Final = regex.compile(r"(?:增长|下降|上涨|下跌|成长|年增|年减)率(?:分别)?(?:为|达到|达|是)$")


_POINTS: Final = ("个百分点", "百分点")
_SIZE_STATED: Final = ("在", "为", "是")
_SIZE_OF_FALL: Final = regex.compile(r"(?:降幅|跌幅|减幅)(?:在|为|是)$")
_READ_STAT_MEMO: Final[dict[tuple[str, str], tuple[str | None, int]]] = {}  # read_stat's memo (memo.py)


def read_stat(words: str, unit: str) -> tuple[str | None, int]:
    """(stat, sign) for the words between a figure's name and the figure."""
    key = (words, unit)
    if key in _READ_STAT_MEMO:
        return _READ_STAT_MEMO[key]
    return remember(_READ_STAT_MEMO, key, _read_stat_read(words, unit))


def _read_stat_read(words: str, unit: str) -> tuple[str | None, int]:
    """read_stat, read (its memo keeps what it gives)."""
    if unit in _POINTS and words.endswith(_SIZE_STATED) and _SIZE_OF_FALL.search(words):
        return "change", 1  # 「降幅在0.1至0.6个百分点之间」: the size of the fall in points, a magnitude (its noun says which way)
    if "者" in words:
        at = words.rfind("者")
        if STAT_WORDS.search(words, 0, at):
            words = words[at + 1:]  # 「低于整体平均者包括住宿及餐饮业」: 者 makes the change before it a noun's description
    if "的" in words:
        if "占" in words and _SHARE_OF.search(words):
            return "share", 1  # 「约占CPI同比涨幅回落的八成」: a share of what stands between 占 and 的
        if any(words[at - 1] in _STAT_LASTS for at in _de_positions(words)):
            # 「价格持平和下跌的32种」, 「同比下降的城市有68个」: a change verb before 的 describes a noun
            words = _ATTRIBUTIVE.sub("", words)
    scope = SCOPE_WORDS.findall(words)
    found = STAT_WORDS.findall(words)
    if found and any(STATS[word] == "pace" for word in found):
        # 「比上年加快0.1个百分点」: a change of pace is a change of a rate; before a count it is a verb
        found = [word if STATS[word] != "pace" else ("下降" if DECLINES.search(word) else "增长")
                 for word in found if STATS[word] != "pace" or unit in ("个百分点", "百分点")]
    if found and words.endswith(_TO_LEVEL) and STATS[found[-1]] in ("growth_rate", "change") \
            and words[:-1].endswith(found[-1]):
        found[-1] = "达到"  # 「回落至1.5%」, 「回升到5.1%」: a change verb with 至/到 gives the level reached
    if len(found) > 1 and (found[-1] in _COPULAS or STATS[found[-1]] == "level") \
            and (found[-2].endswith(_RATE_NOUN_ENDS) or _RATE_COPULA.search(words)
                 or found[-1] in _REACHED and _reached_right_after(words, found[-2], found[-1])
                 and STATS[found[-2]] == "growth_rate"):
        found.pop()  # 「增速为5%」, 「升幅分别扩大至781.4%」, 「增长率分别为10.0%」, 「增长达28%」: the rate's level is a rate
    share = any(STATS[word] == "share" for word in found)
    nearest = next((STATS[w] for w in reversed(found) if STATS[w] in ("growth_rate", "change", "level")), None)
    sign = 1
    if nearest in ("growth_rate", "change"):
        last = next(w for w in reversed(found) if STATS[w] in ("growth_rate", "change"))
        if DECLINES.search(last):
            sign = -1
    if scope and nearest == "growth_rate" and unit in ("%", "‰") and SCOPE_STATS[scope[-1]] == "cumulative":
        return "growth_rate", sign  # 「零售额合计增长15.7%」: a percentage after 增长 is a rate, summed or not
    if scope and nearest in ("growth_rate", "change") and unit in ("个百分点", "百分点") \
            and SCOPE_STATS[scope[-1]] == "cumulative":
        return "change", sign  # 「合计影响CPI涨幅回落约0.43个百分点」: points a rate moves by are a change, summed or not
    if scope:
        return SCOPE_STATS[scope[-1]], sign  # the nearest: 「合计产值年均增长30.4%」 is an annual average
    if share and nearest in ("growth_rate", "change"):
        matches = list(STAT_WORDS.finditer(words))  # in text order: the last change ends last too
        last_share = max(m.start() for m in matches if STATS[m.group()] == "share")
        last_change = [m for m in matches if STATS[m.group()] in ("growth_rate", "change")][-1]
        if last_share > last_change.start() and not (last_change.end() == last_share and words[last_share:].startswith("比例")):
            return "share", 1  # 「增量占全国18.7%」: the share comes last (「压减比例超5%」 is the cut's rate)
    if nearest == "growth_rate":
        if unit in ("个百分点", "百分点"):
            return "change", sign
        return ("growth_rate" if unit in _RATE_UNITS else "change"), sign
    if nearest == "change":
        return "change", sign
    if share:
        return "share", 1
    step = _COMPARED_STEP.search(words) if words.endswith(_STEP_ENDS) else None
    if step:  # 「较去年同期增约7,100人」, 「比去年同期高7.27%」: 增/减/高/低 alone after a comparison
        sign = -1 if step.group(1) in "减低少" else 1
        return ("growth_rate" if unit in ("%", "‰") else "change"), sign
    return None, 1


def _reached_right_after(words: str, change: str, reached: str) -> bool:
    """Whether `words` end on a change verb and 达 reached right after it, maybe with adverbs between (增长达,
    成长尚达: the growth reached so much).

    >>> _reached_right_after("柜量成长尚达", "成长", "达"), _reached_right_after("增长后总量达", "增长", "达")
    (True, False)
    """
    if not words.endswith(reached):
        return False
    body = words[: len(words) - len(reached)]
    while body and body[-1] in _REACH_ADVERBS:
        body = body[:-1]
    return body.endswith(change)


_REACH_ADVERBS: Final = frozenset(LEXICON.grammar.get("reach_adverb", ()))


def cut_by(name: str, unit: str) -> bool:
    """Whether a percentage names a cut by a share of what it names (「平均压减时间58%」).

    >>> cut_by("平均压减时间", "%"), cut_by("压减时间", "天")
    (True, False)
    """
    return unit == "%" and bool(_CUT_BY.match(name))


def stat_of_form(text: str, unit: str, named: str, sentence: str, at: int, rate_before: bool) -> str | None:
    """The stat a figure's own form or name says where the words before it say none: a name that is a rate of
    change (GDP增速) or a summary (中位数) of the rate just given (`rate_before`) makes a rate; a total (总数) over a
    span of years in the `sentence` before the figure (at `at`) is cumulative; tenths or half of a whole (不及七成, 超过半数) a share.

    >>> stat_of_form("7.8%左右", "%", "三季度GDP增速", "", 0, False)
    'growth_rate'
    >>> stat_of_form("31.2%", "%", "中位数", "", 0, True), stat_of_form("3.5‰", "‰", "人口自然增长率", "", 0, False)
    ('growth_rate', None)
    >>> stat_of_form("81.84万人", "人", "留学回国人员总数", "从1978年到2011年底，留学回国人员总数达", 20, False)
    'cumulative'
    >>> stat_of_form("不及七成", "%", "工作年龄人口", "", 0, False), stat_of_form("三成", "%", "销售额", "", 0, False)
    ('share', 'share')
    """
    if unit in ("%", "‰") and named and (
            named.endswith(_NAME_RATE_LASTS) and _NAME_RATE_END.search(named) and not named.endswith(_RATE_INDICATORS)
            or named in _RATE_SUMMARY_WORDS and rate_before):
        return "growth_rate"
    if unit not in _RATE_UNITS and unit != "个百分点" and named.endswith(_TOTAL_NOUNS) \
            and _SPAN_OF_YEARS.search(sentence, 0, at):
        return "cumulative"
    if unit == "%" and _TENTHS_OR_HALF.search(text):
        return "share"
    return None


_NAME_RATE_END: Final = regex.compile(r"(?:增长|下降|上涨|下跌|成长|年增|年减)率$|[增降涨升跌]幅$|增速$|增长(?:幅|速)度$")
_NAME_RATE_LASTS: Final = ("率", "幅", "速", "度")
_RATE_INDICATORS: Final = tuple(LEXICON.look_alikes.get("rate_indicator", ()))  # 自然增长率: a level, not a change
_RATE_SUMMARY_WORDS: Final = frozenset(LEXICON.grammar.get("rate_summary", ()))
_TOTAL_NOUNS: Final = ("总数", "总量", "总计", "总和")
_SPAN_OF_YEARS: Final = regex.compile(r"(?:从|自)(?:\d{4}|[〇零一二三四五六七八九]{4})年[^，,。；;]{0,8}?(?:到|至)[^，,。；;]{0,10}?年")
_TENTHS_OR_HALF: Final = regex.compile(r"(?:成|半[数數]|一半)(?:以上|以下|左右|多)?$")
