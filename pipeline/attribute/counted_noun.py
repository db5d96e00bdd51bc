"""The right reading of a name: (VERB +) NUMBER + measure word + NOUN → the noun phrase a count stands
before, up to a verb; and the whole a percentage is a share of (「90%的化工园区」).

>>> right_name("国家实验室永久园区启用", "家")
'国家实验室永久园区'
>>> right_name("院士专家开展技术服务", "名")
'院士专家'
>>> right_name("、增长5.4%", "元") is None
True
>>> right_name("台阶", "元") is None
True
>>> right_name("单位获中国质量奖", "家")
'单位获中国质量奖'
>>> right_name("县级城市新获评全国文明城市", "个"), right_name("地级以上市和2个县被命名", "个")
('县级城市', '地级以上市')
>>> right_name("强降水和“桦加沙”等", "轮")
'强降水'
>>> percent_of("的化工园区降至较低风险等级")
'化工园区'
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..lexicon import LEXICON
from .empty import only_empty_words, without_empty_tail
from .period import PERIOD, may_hold_period
from .trim import _EDGE_PUNCT, peel_head, peel_tail
from .words import COMPARISONS, COMPARISONS_BY_FIRST, HEADS, LEVEL_NOUNS, STATS, alternation, grouped

_QUOTES: Final = "“”‘’\"'《》「」『』"
_NONCOUNT_UNITS: Final = {"%", "‰", "个百分点", "百分点", "倍", "成", ""}
# One-character words (达, 获, 居, 占) hide inside nouns (碳达峰): after a count only longer verbs,
# stat words and comparisons stop the noun phrase, besides a few function words.
_LONG_VERBS: Final = regex.compile(alternation([w for w in LEXICON.verbs if len(w) > 1]))
_GRAMMAR: Final = LEXICON.grammar
# 均 of an average (平均, 人均, 户均, 年均, 均价, 均值) is part of a name; alone it hands a figure to each (两地均超)
_AVERAGING: Final = "".join(sorted({w[-2] for w in _GRAMMAR["per_head"] if w.endswith("均") and len(w) > 1} | set("平年")))
_STOP_WORDS: Final = [w for w in list(LEXICON.verbs) + list(STATS) + list(LEXICON.object_verbs) if len(w) > 1]
_STOPS_BEFORE_DIGIT: Final = (
    rf"|{{comparisons}}|被|将|(?<![{_AVERAGING}])均(?![价值])|已|在(?![{''.join(_GRAMMAR['not_zai'])}])|(?<!相)对(?![{''.join(_GRAMMAR['not_dui'])}])"
    r"|[，,、；;：:。！？!?（）()]|")
_STOPS_AFTER_DIGIT: Final = r"|等|的(?=[^\p{Han}]|$)"
_RIGHT_STOP: Final = regex.compile(alternation(_STOP_WORDS) + _STOPS_BEFORE_DIGIT.replace("{comparisons}", COMPARISONS.pattern) + r"(?<![A-Za-z][\d.]*)\d(?![\d.]*[A-Za-z])"
                                   + _STOPS_AFTER_DIGIT)  # a digit ends a name, unless glued to Latin letters: 5G工厂, PM2.5浓度
# _RIGHT_STOP run by re (a call costs a fraction of regex's), its words grouped by their first character (the same
# matches), any digit stopping it: re has no lookbehind of varying width, so _stop tells a digit glued to Latin
# letters (_glued) and searches on past it
_RIGHT_STOP_RE: Final = regex.compile_for_re(grouped(_STOP_WORDS) + _STOPS_BEFORE_DIGIT.replace("{comparisons}", COMPARISONS_BY_FIRST) + r"(?P<digit>\d)" + _STOPS_AFTER_DIGIT)
_DIGITS_OR_DOT: Final = frozenset(chr(code) for first, last in regex.code_points(r"\d")
                                  for code in range(first, last + 1)) | {"."}
_LATIN: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _stop(right: str, start: int):
    """_RIGHT_STOP.search(right, start).

    >>> [_stop(text, 0).group() for text in ("5G工厂建成", "3个工厂")], _stop("个PM2.5监测站点", 0)
    (['建成', '3'], None)
    """
    stop = _RIGHT_STOP_RE.search(right, start)
    while stop is not None and stop.start("digit") >= 0 and _glued(right, stop.start()):
        stop = _RIGHT_STOP_RE.search(right, stop.start() + 1)
    return stop


def _glued(text: str, at: int) -> bool:
    """Whether the digit at `at` is glued to Latin letters, over digits and dots (5G, PM2.5)."""
    before = at - 1
    while before >= 0 and text[before] in _DIGITS_OR_DOT:
        before -= 1
    if before >= 0 and text[before] in _LATIN:
        return True
    after = at + 1
    while after < len(text) and text[after] in _DIGITS_OR_DOT:
        after += 1
    return after < len(text) and text[after] in _LATIN

_VERB_ADVERB: Final = regex.compile_for_re(r"(?<=\p{Han}{2})[新再又均也还都正]$")
_NOT_ADVERB: Final = frozenset(_GRAMMAR["word_end"])  # 创新, 更新, 全新: the character ends a word
_LEVEL_NOUNS: Final = tuple(LEVEL_NOUNS)
_CAUSATIVE: Final = regex.compile(r"(?<=\p{Han}{2})(?:让|令|使|使得)(?=[这那其该它他她我全各])")
_DIGIT: Final = regex.compile(r"\d")


def _right_stop(right: str, start: int = 0):
    """Where the noun phrase read right of a count stops; 上市 in 地级以上市 is no verb."""
    stop = _stop(right, start)
    while stop and stop.start() > 0 and right[stop.start() - 1] == "以" and stop.group().startswith("上"):
        stop = _stop(right, stop.start() + 1)
    return stop


_STARTS_WITH_LEVEL_NOUN_MEMO: Final[dict[str, bool]] = {}  # starts_with_level_noun's memo (memo.py)


def starts_with_level_noun(right: str) -> bool:
    """Whether a number stands before a level noun (迈上3万亿元台阶), so it names no thing of its own."""
    found = _STARTS_WITH_LEVEL_NOUN_MEMO.get(right)
    return found if found is not None else remember(_STARTS_WITH_LEVEL_NOUN_MEMO, right, _starts_with_level_noun_read(right))


def _starts_with_level_noun_read(right: str) -> bool:
    """starts_with_level_noun, read (its memo keeps what it gives)."""
    right = regex.sub(r"^[十百千万亿]+(?:元|吨|人|千瓦|美元)?", "", right)  # 「跨过3个万亿元大关」
    return right.startswith(_LEVEL_NOUNS)


_RIGHT_NAME_MEMO: Final[dict[tuple[str, str, int, bool, bool], str | None]] = {}  # right_name's memo (memo.py)


def right_name(right: str, unit: str, shortest: int = 2, last: bool = True, through_de: bool = False) -> str | None:
    """The noun phrase a count stands before (「3家国家实验室永久园区启用」), or None.

    `through_de`: read on over a 的 after the count (only where nothing on the left names it).
    `last`: no other figure follows in the clause, so a general noun may take its predicate along
    (when one follows, the noun is the actor of the next figure: 「175家企业发行各类债券1193只」).
    """
    key = (right, unit, shortest, last, through_de)
    if key in _RIGHT_NAME_MEMO:
        return _RIGHT_NAME_MEMO[key]
    return remember(_RIGHT_NAME_MEMO, key, _right_name_read(right, unit, shortest, last, through_de))


def _right_name_read(right: str, unit: str, shortest: int = 2, last: bool = True, through_de: bool = False) -> str | None:
    """right_name, read (its memo keeps what it gives)."""
    if unit in _NONCOUNT_UNITS - {""}:
        return None
    if right.startswith("的"):
        if not through_de:
            return None
        right = right[1:]  # 「11个左右的县」
    body = right.lstrip(_QUOTES)
    if not body or not regex.match(r"\p{Han}|[A-Za-z]", body) or body[0] in "和及与或并":
        return None
    stop = _right_stop(right)
    phrase = right[: stop.start()] if stop else right
    when = PERIOD.search(phrase, 2) if len(phrase) > 3 and may_hold_period(phrase) else None
    if when and len(phrase) - when.end() >= 2:  # 「6个省份前三季度GDP总量在……」: a period opens what is said of them
        phrase = phrase[: when.start()]
    if stop and stop.group() == "等" and stop.end() == len(right):
        # 「22轮强降水和“桦加沙”等15个台风」: what follows 和 opens the examples of the next figure.
        joined = list(regex.finditer(r"和|及|与|、", phrase))
        if joined and joined[-1].start() >= 2:
            phrase = phrase[: joined[-1].start()]
    if stop and _VERB_ADVERB.search(phrase) and phrase[-2:-1] not in _NOT_ADVERB:
        phrase = phrase[:-1]  # 「5个县级城市新获评」: an adverb before the verb
    if stop and stop.start() == 0 and _LONG_VERBS.match(right) and unit not in LEXICON.measure_units:
        # 「出台69项支持政策」: a verb opening a short phrase that ends the clause is part of a noun.
        rest = _stop(right, stop.end())
        compound = right[: rest.start() if rest else len(right)]
        if len(compound) - stop.end() >= 2 and len(compound) <= 8 and (not rest or not rest.group().startswith(tuple("0123456789"))):
            phrase = compound
    if stop and stop.start() == 1 and right[0] in "新再已" and _LONG_VERBS.match(right, 1):
        # 「3920个新投产项目」: an adverb and a verb before the noun make one name with it
        rest = _stop(right, stop.end())
        compound = right[: rest.start() if rest else len(right)]
        if len(compound) - stop.end() >= 2 and len(compound) <= 8:
            phrase = compound
    phrase = peel_tail(phrase.strip(_EDGE_PUNCT))
    firms = _FIRMS_MEASURED.search(phrase) if unit in _FIRM_UNITS and phrase.endswith(_LONG_HEADS) else None
    if firms:  # 「695家重点零售和餐饮企业销售额26.6亿元」: the count counts the firms; the rest measures them
        phrase = firms.group(1)
    phrase = _TRAILING_JI.sub("", phrase)  # 「和美乡村及……」
    if len(phrase) >= 4 and phrase.endswith("中") and phrase[-2] not in _NOT_LOCATIVE:
        phrase = phrase[:-1]  # 「104种工业产品中」: the locative is not part of the name
    if phrase in LEXICON.generic_nouns and last:
        # 「3家单位获中国质量奖」: a general noun takes its predicate along.
        end = regex.search(r"[，,、；;：:。！？!?（）()]", right)
        phrase = right[: end.start() if end else len(right)].rstrip(_EDGE_PUNCT) or phrase
    phrase = without_empty_tail(phrase)
    causer = _CAUSATIVE.search(phrase) if "让" in phrase or "令" in phrase or "使" in phrase else None
    if causer:  # 「3688万吨的吞吐量让这座内河港口首次跻身全国前20」: what it makes happen is no part of the name
        phrase = phrase[: causer.start()]
    if len(phrase.strip(_QUOTES)) < shortest or starts_with_level_noun(phrase) or only_empty_words(phrase):
        return None
    return phrase


_FIRM_UNITS: Final = frozenset(("家", "户", "个"))
_LONG_HEADS: Final = tuple(h for h in HEADS if len(h) >= 2)
_FIRMS_MEASURED: Final = regex.compile(rf"^(.*(?:{alternation(_GRAMMAR['firm'])}))\p{{Han}}*?(?:{alternation([h for h in HEADS if len(h) >= 2])})$")
_TRAILING_JI: Final = regex.compile(rf"(?<=\p{{Han}}{{2}})(?<![{''.join(_GRAMMAR['not_ji'])}])及$")
_NOT_LOCATIVE: Final = frozenset(_GRAMMAR["not_zhong"])


def with_action(phrase: str, left: str) -> str:
    """A general noun named by a count alone takes the verbs that open its clause.

    >>> with_action("项目", "新开工晏城至表白寺等")
    '新开工项目'
    >>> with_action("项目", "晏城至表白寺等")
    '项目'
    """
    if phrase not in LEXICON.generic_nouns:
        return phrase
    body = peel_head(left.strip(_EDGE_PUNCT))
    run = regex.match(rf"(?:新|续|再|已)?(?:{_LONG_VERBS.pattern})+", body)
    return run.group() + phrase if run else phrase


def percent_of(right: str) -> str | None:
    """The whole a percentage is a share of, written after it with 的 (「90%的化工园区」), or None; a list of
    things there is the whole (「半数以上的原油、天然气、谷物的进口」).

    >>> percent_of("的原油、天然气、谷物的进口"), percent_of("的化工园区")
    ('原油、天然气、谷物的进口', '化工园区')
    """
    if not right.startswith("的"):
        return None
    whole = right_name(right[1:], "个")
    at = 1 + len(whole) if whole and right.startswith(whole, 1) else -1
    listed = whole
    while listed and at > 0 and right[at:at + 1] in _MEMBER_JOINTS:
        member = right_name(right[at + 1:], "个", last=False)
        if not member or not right.startswith(member, at + 1) or _DIGIT.search(member):
            break
        listed += right[at] + member
        at += 1 + len(member)
        if "的" in member:
            # 「全国半数以上的原油、天然气、谷物的进口」: a head after 的 shared by the members is the whole
            return listed
    return whole


_MEMBER_JOINTS: Final = frozenset("、和及与")
