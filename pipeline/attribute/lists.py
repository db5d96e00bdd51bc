"""Parallel lists: a 分别 sentence names several figures at once.

>>> members("金融业、软件和信息服务业增加值", 2)
['金融业增加值', '软件和信息服务业增加值']
>>> members("基本养老、失业和工伤保险参保人数", 3)
['基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数']
>>> members("航空旅客和货邮吞吐量", 2)
['航空旅客吞吐量', '货邮吞吐量']
>>> members("城乡居民人均可支配收入", 2)
['城镇居民人均可支配收入', '农村居民人均可支配收入']
>>> members("食品、石化、医药、信息等产业增加值", 4)[0]
'食品产业增加值'
>>> members("炼铁、炼钢先进产能", 2)
['炼铁先进产能', '炼钢先进产能']
>>> members("国家级、部级创新平台", 2)
['国家级创新平台', '部级创新平台']
>>> members("城乡居民基础养老金、低保标准", 2)
['城乡居民基础养老金', '低保标准']
>>> members("新能源汽车产销量", 2)
['新能源汽车产量', '新能源汽车销量']
>>> members("地区生产总值", 2) is None
True
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from .. import cached_regex as regex

from ..lexicon import LEXICON
from .metric import left_name
from .trim import peel_head, peel_tail
from .period import strip_periods
from .places import place_list
from .subject_words import PARTNER_MARKS
from .subject import find_subject
from .list_parts import (RATE_AFTER, comma_members, figure_groups, in_brackets, listed_by_commas, sector_spans,
                         split_outside, stat_words, titles_listed, topic_members, topic_places, without_figures)
from .words import HEADS, SCOPE_SPANS, alternation

_AND: Final = regex.compile(r"和|及|与|以及")
_AND_FIRST: Final = regex.compile(r"以及|和")
_LIST_MARK: Final = regex.compile(r"[、/]")
_LIST_OR_AND: Final = regex.compile(r"[、/]|以及|和|及|与")
_TOTAL: Final = regex.compile(r"总额|总值|总量|总和|总计")
# Adverbs that make figures after one name successive values of it, not one value per member.
_SUCCESSIVE: Final = regex.compile("|".join(LEXICON.grammar["successive"]))


def members(names: str, count: int, contracted: bool = True) -> list[str] | None:
    """The `count` names of a list written as one phrase, its shared head noun given to each.

    `contracted`: whether one word may stand for several (城乡 → 城镇, 农村). A total (进出口总额) is one
    indicator whatever follows it: 「进出口总额接连突破8万亿元、9万亿元」 are two of its values.
    """
    found = _members(names, count, contracted)
    return None if found is None else list(found)  # a list of its own: the kept tuple must not change


@lru_cache(maxsize=16384)
def _members(names: str, count: int, contracted: bool) -> tuple[str, ...] | None:
    found = _read_members(names, count, contracted)
    if found and names[:1] in PARTNER_MARKS and found[0][:1] == names[0]:
        # 「对中亚五国、东盟进出口」: the preposition of the partners is shared too (对东盟进出口)
        found = [member if member[:1] == names[0] else names[0] + member for member in found]
    return None if found is None else tuple(found)


_ORDINAL_DIGITS: Final = frozenset("一二三四五六七八九十")
_MEMBER_WORDS: Final = frozenset(LEXICON.grammar["member_word"])


def _read_members(names: str, count: int, contracted: bool) -> list[str] | None:
    if count < 2 or not names:
        return None
    listed = regex.search(r"[、/]|和|及|与", names)
    for short, expanded in sorted(LEXICON.contractions.items(), key=lambda kv: -len(kv[0])) if contracted else ():
        at = names.find(short)
        if at >= 0 and len(expanded) == count and len(names) > len(short) and not listed and not _TOTAL.match(names, at + len(short)):
            return [names[:at] + member + names[at + len(short):] for member in expanded]
    sectors = sector_spans(names)
    parts = split_outside(names, _LIST_MARK, sectors) if sectors else [p for p in _LIST_MARK.split(names) if p]
    if sectors and len(parts) < count:
        # 「电气机械和器材制造业和汽车制造业」: 和 between sectors, never within one's name
        parts = split_outside(names, _LIST_OR_AND, sectors)
    elif len(parts) < count:
        # 和 joins members, 及 mostly the parts of one (「通讯、家居设备及服务和住屋及燃料的价格指数」): 和 first
        for joint in (_AND_FIRST, _AND):
            joined = [p for p in joint.split(parts[-1]) if p] if parts else []
            if len(parts) - 1 + len(joined) == count:
                parts = parts[:-1] + joined
                break
        else:
            split = [q for p in parts for q in _AND.split(p) if q]
            parts = split if len(split) == count else parts
    if len(parts) != count:
        return None
    # 「食品、石化、医药、信息等产业增加值」: what follows 等 is shared by every member.
    if "等" in parts[-1][:-1]:
        last, shared = parts[-1].rsplit("等", 1)
        if last and shared:
            return [p + shared for p in parts[:-1]] + [last + shared]
    # 「第一、二、三产业」: ordinals share the 第 of the first, and then all the last member holds after its numeral
    if parts[0][:1] == "第" and len(parts[0]) == 2 and len(parts[-1]) > 1 \
            and all(p[-1] in _ORDINAL_DIGITS for p in parts[:-1]) and all(len(p) == 1 for p in parts[1:-1]) \
            and parts[-1][0] in _ORDINAL_DIGITS:
        shared = parts[-1][1:]
        return [parts[0] + shared] + ["第" + p[0] + shared for p in parts[1:]]
    # 「一、二、三产业增加值」: members of one character share all the last member holds after its first, or after
    # its word of two (「猪、牛、羊、家禽出栏」: 家禽)
    if all(len(p) == 1 for p in parts[:-1]) and len(parts[-1]) > 1:
        own = 2 if parts[-1][:2] in _MEMBER_WORDS and len(parts[-1]) > 3 else 1
        shared = parts[-1][own:]
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    shared = _same_length_head(parts)
    if shared:
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    shared = _after_bounded_ending(parts)
    if shared:  # 「0—14岁、15—59岁、60岁及以上人口的比重」: the last member closes on a bound word
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    head = _shared_head(parts)
    if head:
        return [p if p.endswith(head) or _ends_in_head(p) else p + head for p in parts]
    shared = _after_same_ending(parts)
    if shared:
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    return parts


def _same_length_head(parts: list[str]) -> str | None:
    """「炼铁、炼钢先进产能」: two-character members share what the last holds after its first two."""
    width = len(parts[0])
    if width > 2 or any(len(p) != width for p in parts[:-1]) or len(parts[-1]) <= width + 1:
        return None
    shared = parts[-1][width:]
    if shared[0] in "和及与、“”" or not any(shared.endswith(h) and len(h) >= 2 for h in HEADS):
        return None
    return shared


def _after_same_ending(parts: list[str]) -> str | None:
    """「国家级、部级创新平台」: members ending alike (级) share what follows that ending in the last."""
    ending = parts[0][-1]
    if any(p[-1] != ending for p in parts[:-1]) or ending not in parts[-1][:-1]:
        return None
    shared = parts[-1][parts[-1].index(ending) + 1:].lstrip("”’」")
    return shared if len(shared) >= 2 else None


# Bound words written after a number (以上, 及以下): they may close a member of a list of ranges
# (「60岁及以上人口」), before the head the members share.
_BOUND_AFTER: Final = tuple(sorted(LEXICON.bounds_after, key=len, reverse=True))


def _after_bounded_ending(parts: list[str]) -> str | None:
    """「0—14岁、15—59岁、60岁及以上人口的比重」: members ending alike (岁) whose last closes on a bound word
    (及以上) share what follows that bound word; None else.

    >>> _after_bounded_ending(["0—14岁", "15—59岁", "60岁及以上人口的比重"])
    '人口的比重'
    """
    ending = parts[0][-1]
    if any(p[-1] != ending for p in parts[:-1]):
        return None
    last = parts[-1]
    at = last.find(ending)
    while at >= 0:
        bound = next((w for w in _BOUND_AFTER if last.startswith(w, at + 1)), "")
        if bound:
            shared = last[at + 1 + len(bound):]
            return shared if len(shared) >= 2 else None
        at = last.find(ending, at + 1)
    return None


def _shared_head(parts: list[str]) -> str | None:
    last = parts[-1]
    for head in HEADS:  # longest first
        # A member ending like the head's first word (制造业 before 产业增加值) takes the shorter head.
        if len(head) < 2 or any(p.endswith(head[1]) for p in parts[:-1]):
            continue
        if last.endswith(head) and len(head) < len(last) and len(head) >= 2:
            if not all(_ends_in_head(p) for p in parts[:-1]):
                return head
    return None


def shared_head(names: str) -> tuple[list[str], str] | None:
    """(the members, the head noun they share) for a list written as one phrase whose last member
    carries a head the others lack; None when it is no list or the members name themselves.

    >>> shared_head("退役军人、残疾人新增就业")
    (['退役军人', '残疾人'], '新增就业')
    >>> shared_head("危险废物安全处置率、受污染耕地安全利用率") is None
    True
    """
    parts = [p for p in regex.split(r"、", names) if p]
    if len(parts) < 2 or any(q in names for q in "“”《》"):
        return None
    found = members(names, len(parts), contracted=False)
    if not found or found[0] == parts[0]:
        return None
    head = found[0][len(parts[0]):]
    if not all(m.endswith(head) for m in found):
        return None
    return [m[: len(m) - len(head)] for m in found], head


def _ends_in_head(name: str) -> bool:
    return any(name.endswith(head) for head in HEADS)


# Lists in a clause: which figures a list of names is handed to.

def _parallel_names(s: str, c_start: int, spans, in_clause: list[int], units: list[str],
                    previous: list[str] | None = None):
    """Figures joined only by 、 or 和 after a list of names, without 分别:
    「战略性新兴产业和高技术制造业增加值年均增长8%、7.2%」; rates so joined after nothing that names them
    take the list of the clause before, one each (「货物量与货柜量已达一百亿吨及两亿TEU，比去年同期年增百分之四
    与百分之六」)."""
    run = [in_clause[0]]
    for i in in_clause[1:]:
        between = s[spans[run[-1]][1]: spans[i][0]]
        # (amounts in units of their own, one a member: 「货物量与货柜量已达一百亿吨及两亿TEU」)
        if _JOINER.fullmatch(between) and (units[i] == units[run[0]]
                                           or units[i] not in _RATES and units[run[0]] not in _RATES and units[i] and units[run[0]]):
            run.append(i)
        elif len(run) < 2:
            run = [i]
        else:
            break
    if len(run) < 2:
        return None
    earlier = [i for i in in_clause if i < run[0]]
    begin = spans[earlier[-1]][1] if earlier else c_start
    words = s[begin: spans[run[0]][0]]
    if _SUCCESSIVE.search(words):
        return None
    found = members(_list_text(words), len(run))
    if found is None and previous and len(previous) == len(run) and not left_name(words) \
            and (all(units[i] in _RATES for i in run) or _REACHED.search(words)):
        # (or the levels the listed figures reached: 「……分别从2012年的7.9亿人、1.5亿人，增加到2022年6月的10.4亿人、2.3亿人」)
        found = list(previous)
    if found is None:
        return None
    return {i: name for i, name in zip(run, found)}, found, {i: words for i in run}, {}


_JOINER: Final = regex.compile_for_re(r"\s*(?:、|和|及|与|以及)\s*")
_REACHED: Final = regex.compile(r"(?:到|至)[^，、；到至]*$")
_RATES: Final = frozenset(("%", "‰", "个百分点", "百分点", "倍", "成"))


def listed_names(s: str, c_start: int, spans, in_clause: list[int], previous: list[str] | None, units,
                 topic: str = "", carried: str = "", previous_places: list[str] | None = None):
    """For a 分别 clause: ({quantity index: member name}, members, stat words, {quantity index: subject}),
    else None. `carried`: the name the text was about before the sentence. `topic`: the clause without figures
    right before, whose list of examples (原煤、钢材、水泥等……)
    a 分别 clause naming nothing hands its figures to."""
    if len(in_clause) < 2:
        return None  # a list hands out two figures or more
    clause_text = s[c_start: spans[in_clause[-1]][0]]
    at = clause_text.find("分别")
    if at < 0:
        return _parallel_names(s, c_start, spans, in_clause, units, previous)
    listed = [i for i in in_clause if spans[i][0] - c_start > at]
    if len(listed) < 2:
        return None
    before = clause_text[:at]
    bracketed = [k for k in range(in_clause[0]) if spans[k][1] == c_start - 1 or
                 spans[k][1] < c_start and in_brackets(s, spans[k])] if s[c_start - 1:c_start] in (")", "）") else []
    if bracketed and spans[bracketed[-1]][1] == c_start - 1 and all(in_brackets(s, spans[k]) for k in bracketed):
        # 「甲類(103.67)及乙類(104.68)消費物價指數分別上升」: the members stand before figures in brackets
        opening = max(s.rfind(mark, 0, spans[bracketed[0]][0]) for mark in "，,；;：:。！？!?\n") + 1
        inside = [spans[k] for k in bracketed if spans[k][0] > opening]
        before = without_figures(s, opening, c_start + at, inside)
    # Earlier figures in the clause end its list of names.
    earlier = [i for i in in_clause if i not in listed]
    if earlier and all(in_brackets(s, spans[i]) for i in earlier):
        # 「甲類(103.67)及乙類(104.68)消費物價指數分別上升」: figures in brackets after the members are no break
        before = without_figures(s, c_start, c_start + at, [spans[i] for i in earlier])
        earlier = []
    elif earlier:
        before = s[spans[earlier[-1]][1]: c_start + at]
    names = _list_text(before)
    groups = figure_groups(s, spans, listed)
    width = len(groups[0])
    if any(len(group) != width for group in groups):
        groups, width = [listed], len(listed)
    listing = place_list(peel_head(strip_periods(before.strip("、，"))))
    if listing and len(listing[0]) == width and _cut_stat_words(listing[1]):
        # 「东部、中部、西部和东北地区投资分别增长……」, 「广东、江苏两省进出口分别……」: one measure, one place each
        measure, each_place = [_cut_stat_words(listing[1])] * width, listing[0]
        named = {i: name for group in groups for i, name in zip(group, measure)}
        words = stat_words(s, spans, groups, before, c_start + at)
        return named, measure, words, {i: place for group in groups for i, place in zip(group, each_place)}
    found: Sequence[str] | None = None
    places: list[str] | None = None
    classed = _examples_of_class(names, width) if "等" in names else None
    if classed:  # 「古田会议会址、泰宁旅游区……等景区接待游客增速分别为……」: each example is a subject
        found, places = [classed[1]] * width, classed[0]
    titled = titles_listed(before, width) if "《" in before else None
    if titled:  # 「《前任4》《志愿军》……分别以8.87亿元……位列票房榜二至五位」: each work is a subject
        ranked = _RANKING_LIST.match(s, spans[listed[-1]][1])
        ranked_name = ranked.group(1) if ranked else (previous[-1] if previous else "")
        if ranked_name:
            found, places = [ranked_name] * width, titled
    if found is None and names and s[c_start - 1:c_start] in (",", "，"):
        found = listed_by_commas(s, c_start, spans, earlier, names, width)
    found = found or (members(names, width) if names else None)
    if found is None and names and not earlier:
        # 「吃, 穿和用类商品分别增长57.3%, 36.8%和33.1%」: a comma written for 、 between bare members
        found = members(comma_members(s, c_start, names, width), width)
    examples = topic.split("等", 1)[0] if not names and "等" in topic and "、" in topic else ""
    if found is None and examples:  # 「原煤、钢材、水泥等“去产能”行业产品产量持续下降，同比分别下降……」
        found = members(_list_text(examples), width, contracted=False)
    if found is None and not names and "、" in topic and not topic_places(topic, width):
        found = topic_members(topic, width)  # 「蔬菜、瓜果供应充足，分别增长0.4%、33%」: the members the topic lists
    if found is None and not names and topic and "占" in s[c_start + at: spans[listed[0]][0]] \
            and ("、" in topic or _AND.search(topic)):
        in_topic = topic_places(topic, width)
        if in_topic:  # 「以中國大陸、香港及中國台灣旅客為主，分別佔79.6%、14.2%及4.1%」: the share of each place
            places = in_topic[0]
            found = [place + in_topic[1] for place in places]
    group_after = s[spans[listed[-1]][1]: spans[listed[-1]][1] + 1] == "的" and not RATE_AFTER.match(s, spans[listed[-1]][1])
    if found is None and previous and len(previous) >= width and not names and not group_after:
        # (「分别有50.6%、35.0%的经济学人认为」: shares of the group after them, no figures before named again)
        found = previous[-width:]  # 「……，分别增长6.7%、39.6%」 names the figures before it
        if previous_places and len(previous_places) == width:
            places = previous_places  # 「广州、深圳GDP分别为……，同比分别增长……」: and of the places before it
        elif topic and ("、" in topic or _AND.search(topic)):
            in_topic = topic_places(topic, width)
            if in_topic and not in_topic[1]:  # 「重庆、西安紧随其后，分别为9800亿元和6500亿元」: one place each
                places = in_topic[0]
    if found is None and not names and previous and topic and ("、" in topic or _AND.search(topic)) and not group_after:
        in_topic = topic_places(topic, width)
        if in_topic and not in_topic[1]:  # 「成都以……位居第一，重庆、西安紧随其后，分别为9800亿元和6500亿元」
            found, places = [previous[-1]] * width, in_topic[0]
    if found is None and names:
        subject, _rest = find_subject(before.strip("、，"))
        listed_places = regex.split(r"[、和]", subject) if subject else []
        if len(listed_places) == width:
            # 「对东盟、欧盟进出口分别增长16.7%、40.2%」: one indicator, each figure about one place
            found, places = [names] * width, listed_places
    venues = shared_head(names) if found is not None and places is None and "、" in names \
        and _names_bodies(names.split("、")[:-1]) else None
    if venues and len(venues[0]) == width and (all(m.endswith(_VENUES) for m in venues[0])
                                               or _names_bodies(venues[0][:-1])):
        # 「意风区、古文化街、五大道客流量分别突破……」: one measure, one street or quarter each
        found, places = [venues[1]] * width, venues[0]
    if found is not None and places is None and len(found) == width and all(m in names for m in found) \
            and all(m.endswith(_BODY_ENDS) for m in found) and (previous or carried):
        # 「广州港、深圳港分别以3.8%和8%的增速持续发力」: bodies named alone are whose figures they are, of the measure
        # the text is about
        found, places = [previous[-1] if previous else carried] * width, list(found)
    if places is None and topic and (found is None and names or found is not None and len(set(found)) == 1) \
            and ("、" in topic or _AND.search(topic)):
        in_topic = topic_places(topic, width)
        if in_topic and not in_topic[1]:
            # 「进入全国前十的还有北京、四川、河北、河南和安徽，财政收入金额分别为4035.18亿元、……」: one measure, each
            # figure of one of the places the clause before lists
            one: str = found[0] if found else _cut_stat_words(peel_head(strip_periods(names)))
            if one:
                found, places = [one] * width, in_topic[0]
    if found is None:
        return None
    named = {i: name for group in groups for i, name in zip(group, found)}
    words = stat_words(s, spans, groups, before, c_start + at)
    about = {i: place for group in groups for i, place in zip(group, places)} if places else {}
    return named, found, words, about


# A ranking list a figure places a work or a body on (位列票房榜二至五位): the measure ranked is the list's name.
_RANKING_LIST: Final = regex.compile(r"[^，,。；;]{0,4}?(?:位列|位居|居|排名|排在|列)(\p{Han}{1,6}?)榜")
_VENUES: Final = tuple(LEXICON.grammar["venue"])
_BODIES: Final = sorted(set(_VENUES) | set(LEXICON.grammar["firm"]) | set(LEXICON.org_suffixes), key=len, reverse=True)
# (not 企业: 「规模以上工业企业、服务业企业营业收入」 lists classes of firms, which stay in the names)
_BODY_ENDS: Final = tuple(b for b in _BODIES if not b.endswith(tuple(LEXICON.grammar["firm_class"])))


def _names_bodies(members: list[str]) -> bool:
    """Whether the members of a list before its last one are venues, or one of them is a firm or an
    organisation by its name's end (「洛阳水席园、焦作市大长垣酒店、郑州阿五美食营业额」: the three are whose
    figures they are; the list names bodies, not measures).

    >>> _names_bodies(["水席园", "焦作市大长垣酒店"]), _names_bodies(["基本养老", "失业"])
    (True, False)
    """
    return bool(members) and (members[0].endswith(_VENUES) or any(m.endswith(_BODY_ENDS) for m in members))
_MEMBER_BREAK: Final = regex.compile(r"、|以及|和|及|与")
_EXAMPLES_OF_CLASS: Final = regex.compile(rf"^([^，,；等]+?)(?<![高同平初中上相对均次优超])等\p{{Han}}{{0,4}}?(?:{alternation(_BODIES)})"
                                   rf"(?![^，,；]*(?:{alternation(_BODIES)}))(\p{{Han}}[^，,；]+)$")


def _examples_of_class(names: str, width: int) -> tuple[list[str], str] | None:
    """(the examples, the measure) of a list that names bodies as examples of their class, 「A、B等景区
    接待游客」: each example (a venue, firm or body) is the subject of one figure, the measure is after
    the class. A class of things (「食品、石化等产业增加值」) is left to `members`.

    >>> _examples_of_class("古田会议会址、泰宁旅游区、太姥山等景区接待游客增速", 3)
    (['古田会议会址', '泰宁旅游区', '太姥山'], '接待游客')
    >>> _examples_of_class("食品、石化、医药、信息等产业增加值", 4) is None
    True
    """
    match = _EXAMPLES_OF_CLASS.match(names.strip("、，,"))
    if not match or len(match.group(2)) < 2:
        return None
    examples = [m.strip() for m in _MEMBER_BREAK.split(match.group(1)) if m.strip()]
    return (examples, peel_tail(match.group(2))) if len(examples) == width else None


def _list_text(before: str) -> str:
    """The names of a list, without the subject before them unless the subject is a member
    (「对东盟、共建“一带一路”国家进出口总额」 lists 东盟 itself)."""
    text = before.strip("、，")
    if SCOPE_SPANS.fullmatch(text):
        return ""  # 「两年平均分别增长」: the average's span names nothing
    _subject, names = find_subject(text)
    if names[:1] in ("、", "和", "与", "及"):
        names = text
    return _cut_stat_words(names)


def _cut_stat_words(names: str) -> str:
    """The list of names before its stat words: 「城乡居民人均可支配收入同比」 → 城乡居民人均可支配收入."""
    return peel_tail(peel_head(strip_periods(peel_head(names.strip("、，")))))
