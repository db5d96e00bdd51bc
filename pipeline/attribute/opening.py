"""The subject that opens a clause, past the words that lead to it (connectives, the period, a point's
numeral): a whole area (全省), a place named by its end (雄安新区), a town, an organisation whose figure
follows (宁波舟山港), a group a count names (全省41个县); and whether the words after a name still name
something, or only say what its subject does (每天提供).

>>> _opening("2023年，全省地区生产总值"), _opening("宁波舟山港集装箱吞吐量"), _opening("新增两院院士")
('全省', '宁波舟山港', None)
"""
from __future__ import annotations

from typing import Container, Final

from .. import cached_regex as regex
from ..first_chars import EVERY_CHAR as _EVERY_CHAR, first_chars

from ..lexicon import LEXICON
from .period import DAY_SPAN, PERIOD, PERIOD_RE
from .words import HEADS, OBJECT_VERB_WORDS, VERB_WORDS, VERBS, alternation
from .kinds import (ACTS, ADMIN, ADMIN_GENERIC, ADMIN_MARKS, ADMIN_REACH, COUNT_FIRST, COUNTED, GOES_ON, REPORTS,
                    SOURCE_MARKS, body_name, said_of_group)
from .subject_words import (COUNTIES, OPENING_PARTNER_MARKS, PARTNER_MARKS, county_at, organisation_at, WHOLE_STARTS, _BODIES, _CITY_NAMED, _CLASSES, _COUNT_OF, _GROUP_RE, _KINDS, _MEMBERS, _OPENING_RE, _OPENING_WORDS,
                            _ORG_NAME, _ORGANISATION, _PLACE, WORKS_ENDS, _PLACE_REACH, _SUBJECTS, _WHOLE, _WHOLE_WORDS, _WITHIN,
                            _is_city)

_GRAMMAR: Final = LEXICON.grammar
# organisations known by name (organisations.tsv) and their kinds: firms listed together are one subject (places.py
# distributes ports and other places of a 分别 list one by one)
_KNOWN_KIND: Final = LEXICON.organisations or {}
_FIRM_KINDS: Final = ("company", "bank")
# The last characters of the suffixes: a name can end in one only where one is written (most clauses hold none)
_PLACE_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({w[-1] for w in LEXICON.place_suffixes})))
_ORG_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({w[-1] for w in list(LEXICON.org_suffixes) + list(WORKS_ENDS)})))
_ORG_REACH: Final = 10 + max(map(len, LEXICON.org_suffixes))
_BODY_OF_KIND: Final = regex.compile_for_re(rf"([^，、；：。\s\d的]{{1,10}}?(?:{alternation(LEXICON.grammar.get('body_kind', ['机构']))}))")
_ACHIEVE: Final = ("实现", "完成")
_TRADE_PARTNER: Final = regex.compile_for_re(r"[对与向]")
# A day (「2月17日全国旅游接待总人数」) and a year as Taiwan counts them, from 1912, alone at a clause's opening
# (「114年台灣對5大市場出口」; not a count of years: 100年来, 120年历史), lead as a period does.
_DAY_DATE: Final = (r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|\d{1,2}日)"
                   r"(?:[-—–~至到]\d{1,2}[日号])?")
_ROC_YEAR: Final = r"1[0-2]\d\s?年(?![来以间前后代内中])"
# Words that may stand before a clause's subject: connectives, and the period the figure belongs to
# (「2018年1-2月份, 全国网上零售额」, 「2011年度全国农民工总量」, 「一季度东部地区外贸」).
_LEAD: Final = regex.compile_for_re(
    rf"^(?:\s+|[一二三四五六七八九十]{{1,3}}、(?![一二三四五六七八九十\d])|[（(][一二三四五六七八九十\d]{{1,3}}[)）]"  # 一、 （二）: a point of a list
    rf"|其中|当中|同时|同期|此外|其次是|其次为|其次|而且|但是|但|而|并|和|及|与|对|在|从|截至|全年|今年|去年|年末|年底|年初|年度|\d{{4}}届|{_COUNT_OF}(?={_GROUP_RE.pattern})"
    rf"|{_DAY_DATE}|(?:{PERIOD.pattern})(?:度)?|{alternation(LEXICON.grammar['holiday'])}|{DAY_SPAN}|{_ROC_YEAR}"
    r")(?:以来)?[，,]?\s*"  # 「今年以来全市……」: a span up to now leads as its period does
)
# Rarer leads, tried only where the text may hold one: a topic closed by 环节 before the whole area (「硅片环节全国产量」),
# a headline's year without 年 (「2007全国单位GDP能耗」).
_TOPIC_NOUNS: Final = tuple(LEXICON.grammar.get("topic_noun", ["环节"]))
_RARE_LEAD: Final = regex.compile_for_re(
    rf"^(?:[^，、；：。\s\d]{{1,6}}?(?:{alternation(_TOPIC_NOUNS)})|(?:19|20)\d{{2}})(?={alternation(sorted(_WHOLE))})")
_RARE_LEAD_MARKS: Final = tuple(sorted({word[-1] for word in _TOPIC_NOUNS}))  # (a few: looked for with `in`)
_RANKED: Final = regex.compile_for_re(r"[最首第（(\u3000—－-]|率先|唯一|领先|前列")  # after a place: a ranking, or a name (中国（安徽）自贸试验区, 中国—东盟)


def _opening(left: str, places: bool = True, acting: bool = False, bodies: bool = False) -> str | None:
    """The subject opening a clause; `places`: places named by their ends (雄安新区) count; `acting`: the
    clause holds no figure, and an organisation opening it is the topic of the figures after it; `bodies`:
    an organisation opening a clause of figures is whose they are."""
    body = left
    rare = body[:1].isdigit() or _holds_any(body, _RARE_LEAD_MARKS)  # a rarer lead may be there
    lead = (_LEAD.match(body) if body[:1] in _LEAD_FIRST else None) or (_RARE_LEAD.match(body) if rare else None)
    while lead and 0 < lead.end() < len(body):
        body = body[lead.end():]
        lead = (_LEAD.match(body) if body[:1] in _LEAD_FIRST else None) or (_RARE_LEAD.match(body) if rare else None)
    if len(body) < len(left) and left[: len(left) - len(body)].rstrip("，, ").endswith(_ALL_PARTNER_MARKS) \
            and not body.startswith(WHOLE_STARTS):
        # 「对东盟进出口」: the partner of trade or investment is no subject; the one trading is (「对全国进出口增长的
        # 贡献率」: the whole is)
        return None
    best = None
    counted = _MEMBERS.match(body) if places and body[:1].isdigit() else None
    if counted and _names_something(body[counted.end():]):
        return counted.group()  # 「25省份前三季度GDP总量均超过万亿元」: the places counted are whose figures they are
    match = _OPENING_RE.match(body) if body[:2] in _OPENING_PREFIXES else None
    if match:
        best = match.group()
    county = county_at(body)
    if county and (best is None or len(county) > len(best)):
        best = county  # 「贞丰县全年完成生产总值35亿元」, 「红河州接待游客263.7万人次」
    known = organisation_at(body)
    if known:
        known = _with_branch(body, known)  # 「中国农业银行河北省分行各项贷款余额」: the branch
    if known and _holds_any(left[: len(left) - len(body)], _PARTNER_LEADS):
        known = None  # 「从澳门国际机场入境旅客」: the way in, part of the measure; 「与比亚迪」: a partner
    if known and REPORTS.match(body, len(known)):
        known = None  # 「比亚迪透露目前累计未交付订单量达到40万辆」: the company is the source of the figure
    if known and acting and not places and not _topic_alone(body[len(known):]):
        known = None  # 「中远海运、招商局等央企新业务板块落地」: a clause about something else the body did, no topic
    if known and (best is None or len(known) > len(best)):
        best = known  # 「北部湾港6.8%的增长势头迅猛」, 「中央财政安排的节能减排专项资金为270亿元」, 「民航方面，……」
    place = _PLACE.match(body) if places and _PLACE_MARK.search(body, 2, _PLACE_REACH) else None
    place_only = False
    if place and (best is None or len(place.group()) > len(best)):
        name, rest = place.group(), body[place.end():]
        if rest and rest not in HEADS and not VERBS.search(name) and len(rest) >= 2 and rest[0] not in "、和及与的" \
                and not _TRADE_PARTNER.search(name, 1):  # 「我国对“一带一路”沿线国家」: a partner, after the subject
            best, place_only = name, True
    admin = ADMIN.match(body) if (places or acting) and held_between(body, ADMIN_MARKS, 1, ADMIN_REACH) else None
    if admin and (best is None or len(admin.group()) > len(best)) and not admin.group().endswith(ADMIN_GENERIC) \
            and not VERBS.search(admin.group()) and not ACTS.search(admin.group()):
        best, place_only = admin.group(), False  # 「茶林镇位于……」, 「太安村19户村民」: a town or village
        if acting and "、" in body:
            return None  # 「中关村先行先试改革、“两区”建设成果丰硕」: a list of things done, not a topic
    led = left[: len(left) - len(body)]
    organisation = _ORG_NAME.match(body) if (places or acting) and _ORG_MARK.search(body, 1, _ORG_REACH) \
        and not _holds_any(led, _PARTNER_LEADS) else None
    org_name = _with_branch(body, organisation.group()) if organisation else ""
    if organisation and (best is None or len(org_name) > len(best)) \
            and body_name(org_name) and "等" not in body[len(org_name):]:
        from .empty import only_adverbs
        from .trim import peel_tail

        rest = peel_tail(body[len(org_name):])
        if any(rest.endswith(head) and len(rest) > len(head) - 1 for head in HEADS) and not VERBS.match(rest):
            return org_name  # 「宁波舟山港集装箱吞吐量」: the port is whose figure it is
        timed = PERIOD_RE.match(rest) if places and bodies else None  # (「一汽集团全年销售汽车」: its period first)
        measure = rest[timed.end():] if timed else rest
        if places and bodies and len(measure) >= 2 and measure[0] not in _NOT_NAMED_AFTER and "、" not in measure \
                and _named_before_suffix(org_name) \
                and not VERBS.search(measure) and not ACTS.search(measure) and not REPORTS.search(measure):
            # 「浙江大学全年科研经费达到60亿元」, 「东方航天港海上发射卫星137颗」: a named body opening a clause of figures,
            # the period and a noun phrase after it (no list: 「造成船舶出港数量受限、船舶装载量只达1/3」 is no body's):
            # the measure is the body's
            return org_name
        acts_on = _ACTS_ON.match(rest, timed.end() if timed else 0) if places and bodies else None
        if acts_on and _names_something(rest[acts_on.end():]):
            # 「东风公司销售汽车132.06万辆」, 「宁波舟山港完成货物吞吐量12.6亿吨」: the body opening the clause does what
            # the verb says, and the figure of its object is its own
            return org_name
        if places and (only_adverbs(rest) or acts_alone(rest)):
            # 「而青岛港则逆势增长2.9%」: the port's figure, of the measure said before; 「国内航空公司每天提供104万左右的
            # 座位」: what the company does, the figure and the object after it
            return org_name
        if (acting and (not rest or rest.startswith(GOES_ON)) or bodies and not rest and _CITY_NAMED.match(body))\
                and not REPORTS.search(rest) and not body.startswith(SOURCE_MARKS):
            # 「安徽阜阳火车站更是迎来节后春运最高峰」, 「成都大熊猫繁殖研究基地，前4天……」: the station is the topic of
            # the figures after it; 「九江港3688万吨的吞吐量」: a facility named after its city, right before the
            # figure, is whose figure it is (「通用机场8座」 counts a kind of facility)
            return org_name
    at = len(best) if best else 0
    counted = COUNTED.match(body, at) if body[at:at + 1] in COUNT_FIRST and (best is None or best in _WHOLE) \
        else None
    if counted and _names_something(body[counted.end():]) and said_of_group(body[counted.end():]):
        return counted.group(1)  # 「25省份GDP总量」, 「全省41个县一般公共预算支出」: the group is whose figures they are
    if best is None:
        kind = _BODY_OF_KIND.match(body) if places and ("实现" in body or "完成" in body) else None
        if kind and body.startswith(_ACHIEVE, kind.end()) and _names_something(body[kind.end() + 2:]):
            return kind.group()  # 「互联网和相关服务企业实现业务收入」: the firms of that kind achieve it, their figure
        return None
    if (_is_city(best) or best in COUNTIES) and "、" not in best:
        inner = county_at(body, len(best))
        if inner:
            best = body[: len(best) + len(inner)]  # 「新北市板橋區去年人口增加」, 「昆明市五华区」: the county in its city, one place
    if body.startswith(_WHOLE_WORDS, len(best)) and (_is_city(best) or admin and best == admin.group()):
        whole = next(w for w in _WHOLE_WORDS if body.startswith(w, len(best)))
        best = body[: len(best) + len(whole)]  # 「深圳全市商品房共成交930套」: the whole city
    # 「庆阳、酒泉经济总量」: places listed together are one subject; so are organisations known by name
    # (「三一重工、中联重科海外营收占比」).
    listed_bodies = best == known and _KNOWN_KIND.get(best) in _FIRM_KINDS
    while True:
        joined = body[len(best):len(best) + 1] in ("、", "和", "及")
        if listed_bodies:
            named = organisation_at(body, len(best) + 1) if joined else None
            if not named or _KNOWN_KIND.get(named) not in _FIRM_KINDS:
                break
            best = body[: len(best) + 1 + len(named)]
            continue
        more = _OPENING_RE.match(body[len(best) + 1:]) if joined else None
        county = county_at(body, len(best) + 1) if joined else None
        named = more.group() if more and not (county and len(county) > len(more.group())) else county
        if not named:
            break
        best = body[: len(best) + 1 + len(named)]
    if place_only and not _names_something(body[len(best):]):
        return None
    within = _WITHIN.match(body, len(best)) if best not in _BODIES else None
    kind = _BODY_OF_KIND.match(body, len(best)) if within is None and best in _WHOLE else None
    if kind and _names_something(body[kind.end():]):
        return body[: kind.end()]  # 「全国医疗卫生机构总诊疗人次」: the area's bodies of that kind are whose figure it is
    if within and _names_something(body[within.end():]):
        # 「我国将中小微企业的……」, 「全国168个重点城市空气质量」: the firms or the group of places within the
        # area are whose figure it is; 「广东省民营企业进出口」: a class of firms written right after its
        # place is that place's firms, and the whole noun phrase the subject
        if within.group(1) in _CLASSES and within.start(1) == len(best):
            return body[: within.end()]
        return within.group(1)
    if _RANKED.match(body, len(best)):
        return None  # 「全国最大港口」, 「在全国率先实现」: the area is the field of a ranking
    if (best not in _SUBJECTS or "opening" in _KINDS[best]) and _ORGANISATION.match(body[len(best):]):
        return None  # 「青海师范大学」, 「宁波舟山港」: the place begins a name
    return best


_EVERY: Final = regex.compile_for_re(rf"^(?:每[天日月年周]|{alternation(_GRAMMAR['per_time'])})")


_BRANCH: Final = regex.compile_for_re(
    rf"[^，、；：。\s\d“”\"《》]{{0,8}}?(?:{alternation(_GRAMMAR.get('branch_suffix', ('分行',)))})(?![口区务澳])")


_NAME_ENDS: Final = tuple(sorted(set(LEXICON.org_suffixes) | set(WORKS_ENDS), key=len, reverse=True))


def _named_before_suffix(name: str) -> bool:
    """Whether two characters or more name the body before the suffix of its kind: 红星机械厂, 温州商会; not 訪港 (a
    visit to Hong Kong), 出港.

    >>> _named_before_suffix("温州商会"), _named_before_suffix("訪港")
    (True, False)
    """
    end = next((e for e in _NAME_ENDS if name.endswith(e)), "")
    return len(name) - len(end) >= 2


def _with_branch(body: str, name: str) -> str:
    """The name opening `body` with the branch after it where one is written (中国农业银行河北省分行), else the name.

    >>> _with_branch("中国农业银行河北省分行各项贷款余额", "中国农业银行"), _with_branch("比亚迪全年销量", "比亚迪")
    ('中国农业银行河北省分行', '比亚迪')
    """
    branch = _BRANCH.match(body, len(name)) if body.startswith(name) else None
    return body[: branch.end()] if branch else name


def acts_alone(rest: str) -> bool:
    """Whether the words after a name are a verb alone, maybe after the time it is done in (每天提供): the name is the
    agent, and names no part of the figure.

    >>> acts_alone("每天提供"), acts_alone("提供岗位")
    (True, False)
    """
    every = _EVERY.match(rest)
    verb = rest[every.end():] if every else rest
    return verb in VERB_WORDS or verb in OBJECT_VERB_WORDS


# What the words of _LEAD (first_chars) and of _OPENING_RE (two characters or more: the first two of one) start
# with: a clause starting otherwise needs no match. An organisation led by one of _PARTNER_LEADS is a partner.
_LEAD_FIRST: Container[str] = first_chars(_LEAD) or _EVERY_CHAR
_OPENING_PREFIXES: Container[str] = frozenset(word[:2] for word in _OPENING_WORDS) \
    if all(len(word) >= 2 for word in _OPENING_WORDS) else _EVERY_CHAR
_PARTNER_LEADS: Final = ("与", "对", "和", "及", "在", "从")
# what may not open the measure after a body's name: a list goes on (、和), or the name is part of a longer word
# (银行业, 港口: grammar.tsv organisation_not_after)
_NOT_NAMED_AFTER: Final = "、和及与的" + "".join(_GRAMMAR.get("organisation_not_after", ()))
_ALL_PARTNER_MARKS: Final = PARTNER_MARKS + OPENING_PARTNER_MARKS  # (the words before the body all lead the clause)
# Verbs a body does whose object's figure is the body's own (grammar.tsv body_verb: 实现, 销售, 接待)
_ACTS_ON: Final = regex.compile_for_re(alternation(_GRAMMAR.get("body_verb", ("实现",))))


def _topic_alone(rest: str) -> bool:
    """Whether the words after an organisation opening a clause without figures leave it the topic of the clauses
    after it: nothing, a topic noun (方面), or an adverb that goes on about it (更是).

    >>> _topic_alone("方面"), _topic_alone(""), _topic_alone("T5航站楼、引汉济渭等一批标志性重大项目建成投运")
    (True, True, False)
    """
    rest = rest.strip()
    return not rest or rest in _GRAMMAR.get("topic_side", ("方面",)) or rest.startswith(GOES_ON)


def _names_something(rest: str) -> bool:
    from .trim import peel_tail

    return len(peel_tail(rest)) >= 2


def held_between(text: str, chars: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of a few characters stands in text[start:end] (str.find: cheaper than a call of re for so few).

    >>> held_between("茶林镇位于", ("乡", "镇"), 1, 6), held_between("茶林镇位于", ("乡", "镇"), 3, 6)
    (True, False)
    """
    for char in chars:
        if text.find(char, start, end) >= 0:
            return True
    return False


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether `text` holds one of a few characters (a loop of `in`: no set built per call)."""
    for char in chars:
        if char in text:
            return True
    return False
