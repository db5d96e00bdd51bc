"""Who or where a figure is about, as the text says it.

A subject is a place or a body named in the clause before the figure: a region, a city, a word of
subjects.txt (全省, 川渝两地, 民营企业), or a clause-opening name of a place ending like one
(雄安新区中关村科技园). A place right after a comparison word (占全国, 高于全国) is the base of the
comparison, not the subject. 全国/全省/全市 and city names count only where they open the clause,
since inside a clause they qualify a noun (新增全国重点实验室).

>>> find_subject("全市地区生产总值")
('全市', '地区生产总值')
>>> find_subject("雄安新区中关村科技园新增入驻企业")
('雄安新区中关村科技园', '新增入驻企业')
>>> find_subject("新增两院院士占全国")
(None, '新增两院院士占全国')
>>> find_subject("宁波舟山港集装箱吞吐量")
('宁波舟山港', '集装箱吞吐量')
>>> find_subject("惠及两地")
('两地', '')

The subject opening a clause is opening.py's, the kinds of subject places.py's, the subject a sentence
carries on carried_subject.py's; the words they look for are compiled in subject_words.py.
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex

from ..lexicon import LEXICON, _table
from .period import DAY_SPAN, MONTH_SPAN, PART_OF_YEAR, PERIOD_RE, may_hold_period
from ..script import fold
from .words import BOUND_WORDS, COMPARISONS, STAT_WORDS, VERBS, alternation
from .kinds import ACTS, SEASON, SEASON_REACH, body_name, class_of
from .opening import _holds_any, _names_something, _opening
from .places import listed_places
from .subject_words import (OPENING_PARTNER_MARKS, PARTNER_MARKS, PLACES_CLOSERS, VISITORS, _ANAPHOR_BODY, _ANAPHORS, _ANYWHERE, _ANYWHERE_RE, _KIND_OF_PLACE, _MEMBERS, _OPENING_RE,
                            _OPENING_WORDS, _ORG_NAME, _ORGANISATION, _WHOLE)

_GRAMMAR: Final = LEXICON.grammar
_COMPARED: Final = regex.compile(rf"(?rp)(?:{COMPARISONS.pattern})(?:的)?$")
_QUOTED_BEFORE: Final = regex.compile(r"[“「『《\"][^”」』》\"]*$")  # inside a quoted name (“辽宁优品”)
_AFTER_VERB: Final = regex.compile(rf"(?rp)(?:{alternation(LEXICON.action_verbs)})$")
_PARTNERS_BEFORE: Final = regex.compile(r"[^，,；;。：:\d]{0,24}[、和及与與]")


def _partner(left: str, start: int) -> bool:
    """Whether the place at `start` is a partner after 对/向 (「对东盟进出口」, 「对东盟、欧盟进出口」: the trade is the
    subject's with it), alone or in a list of partners.

    >>> _partner("对东盟、欧盟进出口", 4), _partner("对东盟进出口", 1), _partner("东盟进出口", 0)
    (True, True, False)
    >>> _partner("与东盟贸易总值为", 1), _partner("中国与香港下降到", 3)
    (True, False)
    """
    if not start:
        return False
    if left[start - 1] in PARTNER_MARKS or left[:start].strip() in OPENING_PARTNER_MARKS:
        return True
    mark = max(left.rfind(word, 0, start) for word in PARTNER_MARKS)
    return mark >= 0 and _PARTNERS_BEFORE.fullmatch(left, mark + 1, start) is not None


_FIND_SUBJECT_MEMO: Final[dict[str, tuple[str | None, str]]] = {}  # find_subject's memo (memo.py)


def find_subject(left: str) -> tuple[str | None, str]:
    """(subject, the text after it) for the clause text left of a figure; (None, left) when none.

    A class of firms (民营企业, 大型企业) is part of the name of what it measures, and stays in the text
    after it; written right after its place, the firms are that place's:
    >>> find_subject("民营企业进出口"), find_subject("广东省民营企业进出口")
    (('民营企业', '民营企业进出口'), ('广东省民营企业', '民营企业进出口'))
    """
    if left in _FIND_SUBJECT_MEMO:
        return _FIND_SUBJECT_MEMO[left]
    return remember(_FIND_SUBJECT_MEMO, left, _find_subject_read(left))


def _find_subject_read(left: str) -> tuple[str | None, str]:
    """find_subject, read (its memo keeps what it gives)."""
    opening = _opening(left, bodies=True)
    if opening:
        at = left.index(opening)
        kept = class_of(opening)  # 「广东省民营企业进出口」: the class stays in the name
        firm = None if kept else _firm_named_after(left, at, opening)
        if firm:
            return firm, left[at + len(firm):]
        if not kept:
            end = _members_end(left, at + len(opening))
            closed = _PLACES_CLOSED.match(left, end) if left[end:end + 1] == "等" and "、" in opening else None
            if closed and listed_places(opening.split("、")):
                end = closed.end()  # 「曲靖、丽江、楚雄等地自驾车」: the places listed, closed by their kind
            return left[at:end], left[end:]
        return opening, left[at + len(opening) - len(kept):]
    ranked = _RANKED_BY.search(left) if "以" in left else None
    if ranked and _names_a_place(ranked.group(1)):
        # 「入出境地點以桃園機場2840萬人次佔74.7%最多」, 「首站抵達地以大陸地區(含港澳)佔50.9%最多」: the member a
        # ranking puts first is whose figures they are
        return ranked.group(1), left[ranked.end(1):]
    for match in _ANYWHERE_RE.finditer(left):
        if _COMPARED.search(left[: match.start()]) or _QUOTED_BEFORE.search(left[: match.start()]):
            continue
        if _ORGANISATION.match(left[match.end():]):
            continue
        if _AFTER_VERB.search(left, 0, match.start()):
            continue  # 「承接京津冀转移项目131个」: a place after a verb is its object or source, not the subject
        if _partner(left, match.start()) and match.group() not in _WHOLE:  # (对全国进出口增长的贡献率: the whole)
            continue  # 「对东盟、欧盟进出口」, 「韩国对华投资」: the partner of trade or investment is no subject
        end = _members_end(left, match.end())
        return left[match.start():end], left[end:]
    visited = _VISITED.search(left) if _holds_any(left, _VISIT_VERBS) else None
    if visited:
        # 「去年來台旅客達1069萬人次」, 「休闲度假占来陕游客总人数的24.37%」: the place the visitors come to is whose figure
        # it is (its one-character name written out: 台湾, 陕西); the visitors stay in the measure's name
        return _ONE_CHAR_PLACES[visited.group(1)], left
    whole = _WHOLE_GROUP.search(left) if "全体" in left else None
    if whole and not _COMPARED.search(left, 0, whole.start()):
        return whole.group(), left[whole.end():]  # 「发布1至8月全体受雇员工经常性薪资平均数」: the whole group's figure
    named = _NAME_THEN_TIME.match(left) if may_hold_period(left) or "天" in left else None
    if named and named.group(1)[-1] not in _MEASURE_ENDS and not VERBS.search(named.group(1)) \
            and not PERIOD_RE.match(named.group(1)) and len(left) - named.end() >= 2 \
            and not _names_nothing(named.group(1)):  # 「判断2021年三季度增速」: a verb of judging, no one's name
        return named.group(1), left[named.end(1):]  # 「比亚迪2021年净增6.4万员工」: a name, then its time
    named = _NAME_THEN_PERIOD.match(left) if may_hold_period(left) else None
    if named and _may_name_a_body(named.group(1)) and _names_something(left[named.end():]) \
            and not VERBS.match(left, named.end()):
        return named.group(1), left[named.end(1):]  # 「比亚迪前三季度营业收入」: a name, then its period
    sector = _SECTOR_OF.match(left) if "的" in left else None
    if sector and not VERBS.search(sector.group(1)):
        return sector.group(1), left[sector.end(1):]  # 「零售业的失业率」: the industry's rate
    anaphor = _ANAPHOR_BODY.match(left) if left[:1] in _ANAPHORS else None
    if anaphor:  # 「该公司营业收入」: the body the text is about, named by its kind
        return None, left[anaphor.end():]
    body = _BODY_OF.match(left) if "的" in left else None
    if body and not VERBS.search(body.group(1)):
        # 「宁波舟山港的货物吞吐量」: the port's figure; 「公司的净利润」, 「该行的」: a body named by its kind alone
        # refers back to the one the text is about, and names nothing new
        anaphor = body.group(1) in LEXICON.org_suffixes or body.group(1)[:1] in _ANAPHORS
        return None if anaphor else body.group(1), left[body.end():]
    industry = _INDUSTRY.match(left) if "行业" in left else None
    if industry and not VERBS.search(industry.group(1)):
        # 「钢铁行业产能利用率」: the industry's figure; as a class of firms, it stays in the name
        return industry.group(1), left[industry.start(1):]
    timed = _PER_TIME.match(left) if _holds_any(left, _PER_TIME_CHARS) else None
    if timed and not VERBS.search(timed.group(1)) and not PERIOD_RE.fullmatch(timed.group(1)):
        return timed.group(1), left[timed.end(1):]  # 「金街日均客流量」: the street's figure, counted per day
    season = SEASON.search(left, 0, SEASON_REACH) if "档" in left else None
    if season and _names_something(left[season.end():]):
        # 「2023年国庆档电影总票房达27.34亿元」: the film season is what its figures are about, where no place
        # is named (「元旦档期全市电影票房」 is the city's)
        return season.group(), left[season.end():]
    industry = _INDUSTRY_ALONE.search(left) if left.endswith("业") else None
    if industry and not industry.group(1).endswith(_NOT_INDUSTRIES) and not VERBS.search(industry.group(1)) \
            and not COMPARISONS.search(industry.group(1)) and not ACTS.search(industry.group(1)) \
            and "、" not in left[: industry.start(1)]:  # (「粮食、畜禽、渔业6个千亿级产业」: the last of names listed)
        # 「低於整體平均者包括住宿及餐飲業35,021元、其他服務業36,612元」: an industry alone before its figure is whose
        # figure it is, of the measure said before (the words stay to be named: the industry stays in the name, as
        # 钢铁行业产能利用率 keeps it)
        return industry.group(1), left
    return None, left


# The one-character names of provinces and regions (台, 陕, 港) and the name each stands for (台湾, 陕西, 香港)
_ONE_CHAR_PLACES: Final = {short: row[1].split(",")[0] for row in _table("regions.txt") if len(row) > 1
                           for short in row[1].split(",") if len(short) == 1}
_VISIT_VERBS: Final = tuple(_GRAMMAR.get("visit_verb", ("来",)))
_VISITED: Final = regex.compile(rf"(?:{alternation(_VISIT_VERBS)})([{''.join(_ONE_CHAR_PLACES)}])"
                                rf"(?:{alternation(VISITORS)})")
# 等 and the kind of the places listed before it (等地, 等省份), then the noun of the figure (not 等地下管网)
_PLACES_CLOSED: Final = regex.compile(rf"等(?:{alternation(PLACES_CLOSERS)})(?![下上])")
_INDUSTRY_ALONE: Final = regex.compile(r"(?:^|(?<=[、，,]|包括))\s*(?:其中)?([^\d，、；：。\s“”\"的等]{1,12}?(?<!行)业)$")
_NOT_INDUSTRIES: Final = tuple(_GRAMMAR.get("not_industry", ()))
_RANKED_BY: Final = regex.compile(r"以(?:来自)?([^\d，、；：。\s“”\"的以占]{2,10})\u3000*(?:占|佔)?$")


def _names_a_place(name: str) -> bool:
    """Whether a name is a place's (大陆地区) or a body's (桃园机场) as a whole.

    >>> _names_a_place("大陆地区"), _names_a_place("桃园机场"), _names_a_place("观光")
    (True, True, False)
    """
    place = _OPENING_RE.match(name)
    if place and place.end() == len(name):
        return True
    body = _ORG_NAME.match(name)
    return body is not None and body.end() == len(name) and body_name(name)


def _members_end(left: str, end: int) -> int:
    """Where a subject ending at `end` ends, with the count of its places after it (「粤港澳大湾区内地9市进出口」:
    the nine cities are whose figure it is), where a name follows.

    >>> _members_end("粤港澳大湾区内地9市进出口", 6), _members_end("广东进出口", 2)
    (10, 2)
    """
    members = _MEMBERS.match(left, end) if end < len(left) else None
    if members is None or len(left) - members.end() < 2 or left[members.end()] in "、和及与的":
        return end
    return members.end()


def compared_base(left: str, right: str) -> tuple[str, str] | None:
    """(the place, the name) of a figure that states the base of a comparison: 「降幅小于全国6.4%的平均降幅」
    gives 6.4% to 全国, named by the noun after it; None for a figure of the sentence's own subject.

    >>> compared_base("同比下降0.2%，降幅小于全国", "的平均降幅")
    ('全国', '平均降幅')
    >>> compared_base("增速高于全国", "") is None
    True
    """
    noun = _BASE_NOUN.match(right) if right[:1] == "的" else None
    if noun is None:
        return None
    place = _BASE_PLACE.search(left)
    return (place.group(1), noun.group(1)) if place else None


_BASE_PLACE: Final = regex.compile(rf"(?rp)(?:{COMPARISONS.pattern}|小于|大于)((?:{alternation(_OPENING_WORDS)})(?:市|省)?)$")
_BASE_NOUN: Final = regex.compile(rf"的((?:平均)?(?:{alternation(_GRAMMAR['base_noun'])}))")


# A name opening a clause right before a year (「比亚迪2021年净增」): the period parts the subject from its figure.
# So does a span of days (「剑门关前4天接待」). A verb's 至/到 before the time makes it a
# base, not a name's (「按可比口径恢复至2019年同期的60.7%」).
_NAME_THEN_TIME: Final = regex.compile_for_re(r"([^\d，、；：。\s“”\"的在从由对与和及于以至到]{2,8}?)(?=(?:\d{4}|[一二〇零三四五六七八九]{4})年|%s)" % DAY_SPAN)
# Any other period does too (「比亚迪前三季度营业收入」, 「贵州茅台上半年实现净利润」), where a name, not a verb, follows it
# (「出口上半年增长」 is a measure and its change). Only a part of the year is read so (a quarter, a half, the first
# months, a span of months): a year alone after a word is more often a comparison's base or a plan's (较去年, 力争“十五五”时期).
_NAME_THEN_PERIOD: Final = regex.compile_for_re(
    rf"([^\d，、；：。\s“”\"的在从由对与和及于以至到]{{2,8}}?)(?:{PART_OF_YEAR}|(?:今年|去年|上年|本年)?{MONTH_SPAN})(?:以来)?")
_WHOLE_GROUP: Final = regex.compile(rf"全体\p{{Han}}{{0,3}}?(?:{alternation(_GRAMMAR['whole_group'])})")
_NOT_A_NAME_FIRST: Final = frozenset("其如据按经")
_MEASURE_ENDS: Final = frozenset(_GRAMMAR["measure_end"])
_BOUND_WORDS: Final = regex.compile(alternation(BOUND_WORDS))
_PLACE_END: Final = regex.compile(rf"(?:{alternation(LEXICON.place_suffixes)}|{_KIND_OF_PLACE})$")
_SECTOR_OF: Final = regex.compile_for_re(rf"(?:其中)?([^\d，、；：。\s“”\"的]{{1,12}}?(?:{alternation(_GRAMMAR['sector'])}))的(?=\p{{Han}}{{2}})")
_BODY_OF: Final = regex.compile_for_re(rf"(?:其中)?([^\d，、；：。\s“”\"的]{{0,12}}?(?:{alternation(LEXICON.org_suffixes)}))的(?=\p{{Han}}{{2}})")
_INDUSTRY: Final = regex.compile(r"(?:其中)?([^\d，、；：。\s“”\"的]{1,10}?行业)(?=\p{Han}{2})")  # 「钢铁行业产能利用率」
_PER_TIME: Final = regex.compile_for_re(rf"([^\d，、；：。\s“”\"的]{{2,8}}?)(?:{alternation(_GRAMMAR['per_time'])})")
_PER_TIME_CHARS: Final = tuple(sorted({word[-1] for word in _GRAMMAR["per_time"]}))


def _may_name_a_body(words: str) -> bool:
    """Whether words before a period may be whose figures follow (比亚迪, 该县), not a measure (出口), a verb, a
    scope (累计), a bound (超过) or a word that names nothing (其中, 预计).

    >>> _may_name_a_body("比亚迪"), _may_name_a_body("累計"), _may_name_a_body("超过"), _may_name_a_body("工业增加值")
    (True, False, False, False)
    """
    folded = fold(words)
    return folded[-1] not in _MEASURE_ENDS and folded[0] not in _NOT_A_NAME_FIRST and not VERBS.search(folded) \
        and not STAT_WORDS.search(folded) and not _BOUND_WORDS.search(folded) and not COMPARISONS.search(folded) \
        and not PERIOD_RE.match(folded) and not _names_nothing(folded)


def _firm_named_after(left: str, at: int, place: str) -> str | None:
    """A firm's name that opens with a place (宁德时代, 贵州茅台), told by the period written right after it.

    >>> _firm_named_after("贵州茅台上半年实现净利润", 0, "贵州"), _firm_named_after("江苏今年前三季度地区生产总值", 0, "江苏")
    ('贵州茅台', None)
    """
    if not may_hold_period(left):
        return None
    named = _NAME_THEN_TIME.match(left, at) or _NAME_THEN_PERIOD.match(left, at)
    if named is None or not named.group(1).startswith(place):
        return None
    own = named.group(1)[len(place):]
    if not 1 <= len(own) <= 3 or any(char in _MEASURE_ENDS for char in own) or VERBS.search(own) \
            or PERIOD_RE.match(own) or _PLACE_END.search(own) or not _names_something(left[named.end():]):
        return None
    return named.group(1)


def _names_nothing(words: str) -> bool:
    """Whether words are only words that name nothing (empty_names.txt: 判断, 预计, 但): no subject either."""
    from .empty import only_empty_words   # (the name's modules, as metric.py imports this one: imported where needed)
    return only_empty_words(words)
