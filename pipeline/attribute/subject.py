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
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Container, Final

from .. import cached_regex as regex
from ..first_chars import EVERY_CHAR as _EVERY_CHAR, first_chars, longest

from ..lexicon import LEXICON
from ..script import fold
from .period import DAY_SPAN, PERIOD, may_hold_period
from .words import COMPARISONS, HEADS, OBJECT_VERB_WORDS, VERB_WORDS, VERBS, alternation
from .kinds import (ACTS, ADMIN, ADMIN_GENERIC, ADMIN_MARK, ADMIN_REACH, CLASS_MODIFIER, CLASSES, COUNT_FIRST,
                    COUNTED, COUNTED_PHRASE, GOES_ON, RANKING, REPORTS, SEASON, SEASON_REACH, SOURCE_MARKS,
                    body_name, class_of, COUNTED_HEADS, counted_places, said_of_group)

_CITIES: Final = set(LEXICON.cities)
_CITY_NAMED: Final = regex.compile_for_re(alternation(LEXICON.cities))  # (the name opens with its city: 九江港, 南通港)
_KINDS: Final = {line.split("\t")[0]: set(line.split("\t")[1].split()) if "\t" in line else set()
          for line in LEXICON.subjects}  # word → its kinds (subjects.txt)
_NOT: Final = [w for w, kinds in _KINDS.items() if "not" in kinds]
_LISTED: Final = frozenset(w for w, kinds in _KINDS.items() if "listed" in kinds)
_SUBJECTS = [w for w in LEXICON.subjects if w.split("\t")[0] not in _NOT and w.split("\t")[0] not in _LISTED
             and w.split("\t")[0] not in COUNTED_HEADS]
_SUBJECTS = [w.split("\t")[0] for w in _SUBJECTS]
_BODIES: Final = {w for w, kinds in _KINDS.items() if "body" in kinds}
_CLASSES: Final = CLASSES
_GROUPS: Final = [w for w, kinds in _KINDS.items() if "group" in kinds]
_GROUP_RE: Final = regex.compile(alternation(_GROUPS))
_COUNT_OF: Final = r"(?:\d+|[一二两三四五六七八九十百]+)个"  # the count of a group's members (31个大城市)
_WITHIN: Final = regex.compile(rf"[将把]?(?:{_COUNT_OF})?({alternation(list(_BODIES) + _GROUPS)})")
_LISTED_RE: Final = regex.compile(alternation(_LISTED)) if _LISTED else regex.compile(r"(?!)")
_JOINT: Final = regex.compile(r"、|和|及|与")
_COUNT_OF_KIND: Final = regex.compile(r"[两二三四五六七八九十\d]+(?:个)?(?:省|市|地|国|区|县|省份|城市|地区|大区域)")
_WHOLE: Final = frozenset(w for w, kinds in _KINDS.items() if "whole" in kinds)
_REGIONS: Final = frozenset(w for w, kinds in _KINDS.items() if "region" in kinds)
_OPENING_ONLY = [w for w in _SUBJECTS if (w.startswith("全") or "opening" in _KINDS[w]) and w not in _BODIES]
_ANYWHERE: Final = [w for w in _SUBJECTS if w not in _OPENING_ONLY and w not in _BODIES] + [
    name for name in LEXICON.regions if len(name) >= 2
]
_OPENING_ONLY += list(LEXICON.cities)
# A place may be written with the word for its kind (京津冀地区); 地区生产总值 is a measure's name.
_KIND_OF_PLACE: Final = r"(?:地区(?!生产总值)|市|省|区|县)"
# 本港, 本市 (this port, this city) are no demonstratives where 本 ends a word (日本港口, 成本市场): not after those
_WORD_BEFORE_BEN: Final = "".join(LEXICON.grammar.get("word_before_ben", ()))
_ANYWHERE_RE: Final = regex.compile_for_re(
    rf"(?:{alternation([w for w in _ANYWHERE if not w.startswith('本')])}"
    + (rf"|(?<![{_WORD_BEFORE_BEN}])(?:{alternation([w for w in _ANYWHERE if w.startswith('本')])})"
       if _WORD_BEFORE_BEN and any(w.startswith("本") for w in _ANYWHERE) else "")
    + rf"){_KIND_OF_PLACE}?(?![级籍版式型])")
_OPENING_WORDS: Final = _OPENING_ONLY + _ANYWHERE + list(_BODIES)
# The patterns tried on every clause run with the standard re module (cached_regex.compile_for_re: the
# same classes, read alike), about twice as fast per call as `regex` on these.
_OPENING_RE: Final = regex.compile_for_re(rf"^(?!{alternation(_NOT)})(?:{alternation(_OPENING_WORDS)})(?:{_KIND_OF_PLACE}|州)?(?![级籍版式型])")
_OPENING_FIRST: Final = frozenset(word[0] for word in _OPENING_WORDS if word)  # what an opening subject starts with
# (an aside masked by \u3000 may stand inside: 「4A级(含)以上旅游景区」)
_NOT_IN_NAME: Final = "，、；：。" + "".join(c for c in map(chr, range(0x3000)) if c.isspace())  # every space but \u3000
_PLACE: Final = regex.compile_for_re(rf"^[^{_NOT_IN_NAME}]{{2,12}}(?:{alternation(LEXICON.place_suffixes)})")
# The last characters of the suffixes: a name can end in one only where one is written (most clauses hold none)
_PLACE_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({w[-1] for w in LEXICON.place_suffixes})))
_ORG_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({w[-1] for w in LEXICON.org_suffixes})))
_VISITED: Final = tuple(LEXICON.grammar.get("visited_place", ["景区"]))
_VENUE_NAME: Final = regex.compile(r"\p{Han}{2,6}")
_VISITED_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({w[-1] for w in _VISITED})))
_PLACE_REACH: Final = 12 + max(map(len, LEXICON.place_suffixes))  # where the last character of a _PLACE match may stand
_ORG_REACH: Final = 10 + max(map(len, LEXICON.org_suffixes))
_COMPARED: Final = regex.compile(rf"(?rp)(?:{COMPARISONS.pattern})(?:的)?$")
# A place directly followed by another place or an organisation's name begins that name.
_ORGANISATION: Final = regex.compile_for_re(
    rf"^(?:{alternation(LEXICON.cities)}|[^，、；：。\s\d]{{0,6}}?(?:{alternation(LEXICON.org_suffixes)}))"
)
# An organisation or facility opening a clause (上海港, 昆明长水国际机场, 中国银行).
_ORG_NAME: Final = regex.compile_for_re(rf"^(?![全我本各该其此])[^，、；：。\s\d“”\"《》]{{1,10}}?(?:{alternation(LEXICON.org_suffixes)})(?![口区务澳])")
_BODY_OF_KIND: Final = regex.compile(rf"([^，、；：。\s\d的]{{1,10}}?(?:{alternation(LEXICON.grammar.get('body_kind', ['机构']))}))")
_ACHIEVE: Final = ("实现", "完成")
_TRADE_PARTNER: Final = regex.compile_for_re(r"[对与向]")
_QUOTED_BEFORE: Final = regex.compile(r"[“「『《\"][^”」』》\"]*$")  # inside a quoted name (“辽宁优品”)
_AFTER_VERB: Final = regex.compile(rf"(?rp)(?:{alternation(LEXICON.action_verbs)})$")
# Words that may stand before a clause's subject: connectives, and the period the figure belongs to
# (「2018年1-2月份, 全国网上零售额」, 「2011年度全国农民工总量」, 「一季度东部地区外贸」).
_TO_PARTNER: Final = regex.compile(rf"(?:对|与|同|向)(?:{alternation(_ANYWHERE)})")
_GRAMMAR: Final = LEXICON.grammar
_SCOPE_END: Final = regex.compile(rf"(?:{alternation(_GRAMMAR['scope_end'])})$")  # a scope: 「全国就业人员中」
_LEAD: Final = regex.compile_for_re(
    rf"^(?:\s+|[一二三四五六七八九十]{{1,3}}、(?![一二三四五六七八九十\d])|[（(][一二三四五六七八九十\d]{{1,3}}[)）]"  # 一、 （二）: a point of a list
    rf"|其中|同时|此外|其次是|其次为|其次|而且|但是|但|而|并|和|及|与|对|在|从|截至|全年|今年|去年|年末|年底|年初|年度|{_COUNT_OF}(?={_GROUP_RE.pattern})"
    rf"|(?:{PERIOD.pattern})(?:度)?|{alternation(LEXICON.grammar['holiday'])}"
    r")[，,]?\s*"
)
# Rarer leads, tried only where the text may hold one: a topic closed by 环节 before the whole area (「硅片环节全国产量」),
# a headline's year without 年 (「2007全国单位GDP能耗」).
_TOPIC_NOUNS: Final = tuple(LEXICON.grammar.get("topic_noun", ["环节"]))
_RARE_LEAD: Final = regex.compile_for_re(
    rf"^(?:[^，、；：。\s\d]{{1,6}}?(?:{alternation(_TOPIC_NOUNS)})|(?:19|20)\d{{2}})(?={alternation(sorted(_WHOLE))})")
_RARE_LEAD_MARK: Final = regex.compile_for_re("[%s]" % "".join(sorted({word[-1] for word in _TOPIC_NOUNS})))


def is_place(subject: str | None) -> bool:
    """Whether a subject is the place a sentence is about, which carries to its next clauses, rather
    than a body (民营企业), a park (雄安新区中关村科技园) or a city named along the way (西安地铁运营里程),
    which are the subject of their own clause only.

    >>> is_place("全市"), is_place("北京证券交易所"), is_place("雄安新区中关村科技园"), is_place("西安")
    (True, False, False, False)
    """
    if not subject or subject in _BODIES or _ORG_NAME.fullmatch(subject) or class_of(subject):
        return False  # (「广东省民营企业」: the firms of a place are a body)
    if COUNTED_PHRASE.fullmatch(subject) and subject not in _SUBJECTS:
        return False  # 「25个红色旅游景区」: a group a count names is the subject of its own clause
    if subject.endswith(_WHOLE_WORDS) and len(subject) > 2:
        return True  # 「深圳全市」: the whole city
    if _is_city(subject):
        return False
    return not _PLACE.fullmatch(subject) or subject in _SUBJECTS


@lru_cache(maxsize=4096)
def carries_topic(subject: str) -> bool:
    """Whether a subject is an area that, the topic of a sentence, holds for the sentences after it (長三角地區,
    汾渭平原, 茶林镇, 国庆档): not a province or city, the scene of its own sentence, nor a whole area (全省: see
    sentence_subject), a body or a group of places a count names (the subject of their own clause).

    >>> carries_topic("長三角地區"), carries_topic("茶林镇"), carries_topic("华为云生态企业"), carries_topic("全省")
    (True, True, False, False)
    """
    folded = fold(subject)
    if folded in _WHOLE or is_region(folded) or not is_place(folded):
        return False
    return bool(_ANYWHERE_RE.fullmatch(folded) or _PLACE.fullmatch(folded) or ADMIN.fullmatch(folded)
                or SEASON.fullmatch(folded))


@lru_cache(maxsize=4096)
def is_region(subject: str) -> bool:
    """Whether a subject is a province, a city or a list starting with one, as written (四川, 杭州市, 庆阳、酒泉).

    >>> is_region("四川省"), is_region("杭州市"), is_region("長三角地區")
    (True, True, False)
    """
    first = regex.split(r"[、和]", fold(subject))[0]
    return _is_city(first) or first in _PROVINCES or regex.sub(r"(?:省|市|自治区)$", "", first) in _PROVINCES


_PROVINCES: Final = frozenset(LEXICON.regions)


def names_a_body(name: str) -> bool:
    """Whether a name is only that of an organisation or facility (「北部湾港6.8%的增长势头迅猛」 leaves 北部湾港),
    or of a city or county (「其次是桃园市千分之7.14」): whose figure it is, not what the figure measures.

    >>> names_a_body("北部湾港"), names_a_body("桃园市"), names_a_body("港口吞吐量"), names_a_body("全港")
    (True, True, False, False)
    """
    return _ORG_NAME.fullmatch(name) is not None or _TOWN.fullmatch(name) is not None


def body_measured(left: str, name: str, unit: str) -> bool:
    """Whether the name read before a figure is only the body whose figure it is, which takes the measure the
    text is about: not where the figure counts such bodies (新设立公司1200家) or is their share (上市公司占比30%).

    >>> body_measured("北部湾港", "北部湾港", "%"), body_measured("其中上市公司占比达到", "上市公司", "%")
    (True, False)
    """
    if unit in _BODY_COUNT_UNITS or _SHARE_SAID.search(left):
        return False
    return names_a_body(name)


_BODY_COUNT_UNITS: Final = frozenset(_GRAMMAR["body_count_unit"])  # 「新设立公司1200家」: a count of the bodies themselves
_SHARE_SAID: Final = regex.compile_for_re(r"占|比重|比例")


_TOWN: Final = regex.compile_for_re(r"\p{Han}{2,3}[市县]")


def _is_city(subject: str) -> bool:
    """Whether a subject is a city, or a list of places that starts with one (杭州市, 滁州, 庆阳、酒泉)."""
    first = regex.split(r"[、和]", subject)[0]
    return first in _CITIES or regex.sub(r"[市州区县]$", "", first) in _CITIES


@lru_cache(maxsize=16384)
def find_subject(left: str) -> tuple[str | None, str]:
    """(subject, the text after it) for the clause text left of a figure; (None, left) when none.

    A class of firms (民营企业, 大型企业) is part of the name of what it measures, and stays in the text
    after it; written right after its place, the firms are that place's:
    >>> find_subject("民营企业进出口"), find_subject("广东省民营企业进出口")
    (('民营企业', '民营企业进出口'), ('广东省民营企业', '民营企业进出口'))
    """
    opening = _opening(left, bodies=True)
    if opening and _TO_PARTNER.match(left, left.index(opening) + len(opening)) and not class_of(opening):
        opening = None  # 「中国对东盟进出口」: trade with a partner is the partner's figure, as 「对东盟进出口」 is
    if opening:
        at = left.index(opening)
        kept = class_of(opening)  # 「广东省民营企业进出口」: the class stays in the name
        if not kept:
            end = _members_end(left, at + len(opening))
            return left[at:end], left[end:]
        return opening, left[at + len(opening) - len(kept):]
    for match in _ANYWHERE_RE.finditer(left):
        if _COMPARED.search(left[: match.start()]) or _QUOTED_BEFORE.search(left[: match.start()]):
            continue
        if _ORGANISATION.match(left[match.end():]):
            continue
        if _AFTER_VERB.search(left, 0, match.start()):
            continue  # 「承接京津冀转移项目131个」: a place after a verb is its object or source, not the subject
        end = _members_end(left, match.end())
        return left[match.start():end], left[end:]
    named = _NAME_THEN_TIME.match(left) if may_hold_period(left) or "天" in left else None
    if named and named.group(1)[-1] not in _MEASURE_ENDS and not VERBS.search(named.group(1)) \
            and not PERIOD.match(named.group(1)) and len(left) - named.end() >= 2 \
            and not _names_nothing(named.group(1)):  # 「判断2021年三季度增速」: a verb of judging, no one's name
        return named.group(1), left[named.end(1):]  # 「比亚迪2021年净增6.4万员工」: a name, then its time
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
    if timed and not VERBS.search(timed.group(1)) and not PERIOD.fullmatch(timed.group(1)):
        return timed.group(1), left[timed.end(1):]  # 「金街日均客流量」: the street's figure, counted per day
    season = SEASON.search(left, 0, SEASON_REACH) if "档" in left else None
    if season and _names_something(left[season.end():]):
        # 「2023年国庆档电影总票房达27.34亿元」: the film season is what its figures are about, where no place
        # is named (「元旦档期全市电影票房」 is the city's)
        return season.group(), left[season.end():]
    return None, left


# A count of the places within an area, after it: 「粤港澳大湾区内地9市」, 「长三角41城」.
_MEMBERS: Final = regex.compile(rf"(?:{alternation(_GRAMMAR.get('member_qualifier', ['内地']))})?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})"
                         rf"(?:{alternation(_GRAMMAR.get('member_place', ['市']))})")


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


@lru_cache(maxsize=16384)
def opening_subject(clause: str) -> str | None:
    """The subject that opens a clause without figures, to carry to the next (「北京连续9年稳居全球榜首」 → 北京).

    全国 is left out: opening a clause of a regional text it mostly qualifies a noun (全国高校); but not
    where the clause sets the scope of the figures after it (「全国就业人员中，第一产业就业人员占27.0%」).

    >>> opening_subject("全国就业人员中"), opening_subject("全国高校毕业生规模创新高")
    ('全国', None)
    >>> opening_subject("在佛罗伦萨小镇"), opening_subject("在此基础上")
    ('佛罗伦萨小镇', None)
    """
    scene = _SCENE_CLAUSE.fullmatch(clause) if clause[:1] == "在" or clause[:1].isspace() else None
    if scene and not scene.group(1).endswith(_RELATIONAL) and not VERBS.search(scene.group(1)):
        return scene.group(1)  # 「在佛罗伦萨小镇，日均客流量达4.5万人次」: the place the clauses after it are about
    subject = _opening(clause, places=False, acting=True, bodies=True)
    if subject is None and _VISITED_MARK.search(clause, 2, _PLACE_REACH):
        visited = _opening(clause)  # 「九寨沟景区连续3天接待游客达到最大接待能力」: the venue the visitor figures after it are of
        venue = visited if visited and visited.endswith(_VISITED) else None
        named = clause.rstrip()[clause.find(venue) + len(venue):] if venue else ""
        if _VENUE_NAME.fullmatch(named) and not VERBS.search(named):
            subject = named  # 「新晋5A级景区剑门关」: the kind, then the venue's own name
        else:
            subject = venue if venue and not CLASS_MODIFIER.search(venue) else None
    if (subject == "全国" and not _SCOPE_END.search(clause)) or (subject and _is_city(subject)):
        return None  # a city opening a clause without figures is mostly the scene of an event
    if subject and "opening" in _KINDS.get(subject, ()):
        return None  # 「中国考古博物馆壳丘头分馆挂牌」: a name
    if subject and COUNTED.search(clause[: clause.find(subject) + len(subject)]):
        return None  # 「5A级旅游景区实现地级市全覆盖」: a counted group is the subject of its own clause
    return subject


@lru_cache(maxsize=16384)
def sentence_subject(sentence: str) -> str | None:
    """The whole area (全国, 全省, 我国) a sentence makes its subject, which the next sentences
    of its paragraph are about until one names another: the one opening its first clause; '' where
    another place or body opens it (the area said before holds no more), None where none does.

    A place a clause opens with after 对, 与 or 比 is a partner or a base, not the subject; 全国 opening
    a clause without figures mostly qualifies a noun (全国高校), unless the clause sets a scope (全国就业人员中).

    >>> sentence_subject("2017年，全国就业人员中，第一产业就业人员占27.0%；")
    '全国'
    >>> sentence_subject("一季度，我省完成进出口总值264.5亿元，对东盟进出口增长5%。")
    '我省'
    >>> sentence_subject("民营企业进出口55.5亿元。"), sentence_subject("城镇新增就业60万人。")
    ('', None)
    """
    at, size = 0, len(sentence)
    while at <= size:  # the clauses one by one (most sentences are decided by their first)
        cut = _CLAUSE.search(sentence, at)
        end = cut.start() if cut is not None else size
        clause = sentence[at:end].strip()
        at = end + 1
        if not clause or (clause[0] in _PERIOD_FIRST and PERIOD.fullmatch(clause)) \
                or (len(clause) <= _OPENER_LONGEST and _OPENER.fullmatch(clause)):
            continue  # 「2017年，」, 「其中，」: the sentence's topic comes next
        if clause[0] in _PARTNER_FIRST and _PARTNER.match(clause):
            return None
        subject = _opening(clause)
        if not subject:
            return None
        if not _carries_on(subject):
            return ""  # 「北京市城镇调查失业率为4.2%」: another place, whose sentence ends what came before
        if subject == "全国" and (_RANKING.search(clause) or not (_SCOPE_END.search(clause) or _FIGURE.search(clause))):
            return None  # in a regional text 全国 mostly qualifies a noun, or is the field of a ranking
        return subject
    return None


def refers_back(sentence: str) -> bool:
    """Whether a sentence opens with a body named by its kind alone (该行, 本公司, 公司的), which refers back to
    the body the sentence before is about.

    >>> refers_back("该行净利润增长6.2%。"), refers_back("公司的净利润为30.45亿元。"), refers_back("净利润增长6.2%。")
    (True, True, False)
    """
    body = sentence.lstrip()
    return bool(_ANAPHOR_BODY.match(body) if body[:1] in _ANAPHORS else _KIND_OF_BODY.match(body))


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


def mask_dateline(sentence: str) -> str:
    """A sentence with the dateline that opens it (「新华社北京1月17日电」, 「本报讯」) blanked out: the place of
    the newsroom is no subject, and the dateline no part of a name. The length stays the same.

    >>> mask_dateline("新华社北京1月17日电 北京市地区生产总值增长6.6%").lstrip()
    '北京市地区生产总值增长6.6%'
    >>> mask_dateline("北京市地区生产总值增长6.6%"), mask_dateline("【本报讯】本港失业率连跌9个月").lstrip()
    ('北京市地区生产总值增长6.6%', '本港失业率连跌9个月')
    """
    head = sentence[:_DATELINE_REACH]
    if "讯" not in head and "电" not in head and "息" not in head:
        return sentence  # every dateline ends in 讯, 电 or 消息, near the start
    match = _DATELINE.match(sentence)
    return sentence if not match else "\u3000" * match.end() + sentence[match.end():]


# A name opening a clause right before a year (「比亚迪2021年净增」): the period parts the subject from its figure.
# So does a span of days (「剑门关前4天接待」). A verb's 至/到 before the time makes it a
# base, not a name's (「按可比口径恢复至2019年同期的60.7%」).
_NAME_THEN_TIME: Final = regex.compile(r"([^\d，、；：。\s“”\"的在从由对与和及于以至到]{2,8}?)(?=(?:\d{4}|[一二〇零三四五六七八九]{4})年|%s)" % DAY_SPAN)
_MEASURE_ENDS: Final = frozenset(_GRAMMAR["measure_end"])
_SECTOR_OF: Final = regex.compile(rf"(?:其中)?([^\d，、；：。\s“”\"的]{{1,12}}?(?:{alternation(_GRAMMAR['sector'])}))的(?=\p{{Han}}{{2}})")
_ANAPHORS: Final = frozenset("该本其此我")
_ANAPHOR_BODY: Final = regex.compile(rf"[该本其此](?:{alternation(LEXICON.org_suffixes)}|行)的?(?=\p{{Han}}{{2}})")
_KIND_OF_BODY: Final = regex.compile(rf"(?:{alternation(LEXICON.org_suffixes)})的(?=\p{{Han}}{{2}})")
_BODY_OF: Final = regex.compile(rf"(?:其中)?([^\d，、；：。\s“”\"的]{{0,12}}?(?:{alternation(LEXICON.org_suffixes)}))的(?=\p{{Han}}{{2}})")
_INDUSTRY: Final = regex.compile(r"(?:其中)?([^\d，、；：。\s“”\"的]{1,10}?行业)(?=\p{Han}{2})")  # 「钢铁行业产能利用率」
_PER_TIME: Final = regex.compile(rf"([^\d，、；：。\s“”\"的]{{2,8}}?)(?:{alternation(_GRAMMAR['per_time'])})")
_PER_TIME_CHARS: Final = tuple(sorted({word[-1] for word in _GRAMMAR["per_time"]}))


def _names_nothing(words: str) -> bool:
    """Whether words are only words that name nothing (empty_names.txt: 判断, 预计, 但): no subject either."""
    from .empty import only_empty_words   # (the name's modules, as metric.py imports this one: imported where needed)
    return only_empty_words(words)


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether `text` holds one of a few characters (a loop of `in`: no set built per call)."""
    for char in chars:
        if char in text:
            return True
    return False
_WHOLE_WORDS: Final = tuple(sorted((w for w in _WHOLE if w.startswith("全")), key=len, reverse=True))
_SCENE_CLAUSE: Final = regex.compile(r"\s*在(\p{Han}{2,10})")
_RELATIONAL: Final = tuple(_GRAMMAR["relational"])


def counted_group(phrase: str, unit: str = "个", firms: bool = True) -> str | None:
    """The group of places a count names, where its figures follow (「31个大城市城镇调查失业率为5.2%」).

    The firms a count counts are whose figures follow too (「34家餐饮企业实现营业额371万元」), with `firms`
    (not after the area they are in: 「全省695家重点零售和餐饮企业销售额」 is the area's).

    >>> counted_group("大城市城镇调查失业率"), counted_group("城市群"), counted_group("餐饮企业")
    ('大城市', None, '餐饮企业')
    """
    match = _GROUP_RE.match(phrase) if _GROUPS else None
    if match and len(phrase) > match.end() + 1:
        return match.group()
    places = counted_places(phrase, unit)
    if places:
        return places
    # 「34家重点监测的餐饮企业实现营业额371万元」 (not 「175家企业发行……」: firms of no kind named)
    return phrase if firms and phrase.endswith(_FIRMS) and phrase not in _FIRMS else None


_FIRMS: Final = tuple(_GRAMMAR["firm"])


def place_list(text: str) -> tuple[list[str], str] | None:
    """(the places, the rest) of a text opening with a list of two places or more, each figure of a
    分别 clause about one of them: 「东部、中部、西部和东北地区投资」, 「广东、江苏两省进出口」; else None.

    >>> place_list("东部、中部、西部和东北地区投资")
    (['东部', '中部', '西部', '东北地区'], '投资')
    >>> place_list("广东、江苏两省进出口")
    (['广东', '江苏'], '进出口')
    >>> place_list("金融业、软件和信息服务业增加值") is None
    True
    >>> place_list("香港及中国台湾旅客")
    (['香港', '中国台湾'], '旅客')
    """
    places, at = [], 0
    while True:
        member = _LISTED_RE.match(text, at) or _OPENING_RE.match(text[at:])
        if not member:
            return None
        size = len(member.group())
        if member.re is _LISTED_RE:
            kind = regex.match(_KIND_OF_PLACE, text[at + size:])
            size += len(kind.group()) if kind else 0
        if member.group() in _CLASSES:
            return None  # 「民营企业、国有企业进出口」: classes of firms stay in the names of their measures
        inner = (_LISTED_RE.match(text, at + size) or _OPENING_RE.match(text[at + size:])) \
            if member.group() in _WHOLE_COUNTRY else None
        if inner and inner.group() not in _CLASSES:
            size += len(inner.group())  # 「中国台湾」, 「中国香港」: the country's name before a part of it
        places.append(text[at: at + size])
        at += size
        joint = _JOINT.match(text, at)
        if not joint:
            break
        at = joint.end()
    if len(places) < 2:
        return None
    count = _COUNT_OF_KIND.match(text, at)
    return places, text[count.end() if count else at:]


_WHOLE_COUNTRY: Final = frozenset(_GRAMMAR.get("country_name", ()))  # 中国: before a part of it (中国台湾), one place


def listed_places(members: list[str]) -> bool:
    """Whether every member of a list is a place: 东部、西部、中部和东北; 广东、江苏.

    >>> listed_places(["东部", "西部", "中部", "东北"]), listed_places(["采矿业", "金融业"])
    (True, False)
    """
    return bool(members) and all(m in _LISTED or _opening(m) == m or _part_of_country(m) for m in members)


def _part_of_country(member: str) -> bool:
    """Whether a member is a country's name and a place in it, one place: 中国台湾, 中国香港."""
    country = next((c for c in _WHOLE_COUNTRY if member.startswith(c) and len(member) > len(c)), "")
    rest = member[len(country):]
    return bool(country) and (rest in _LISTED or _opening(rest) == rest)


def _carries_on(subject: str) -> bool:
    """Whether a subject is a whole area that holds for the next sentences (全省, 我国), or a region of several
    provinces a report goes through one by one (「汾渭平原PM2.5平均浓度为70微克/立方米。发生重污染152天次」): a
    province or city named in a sentence is mostly the scene of that sentence only (「吉林健儿……」).

    >>> _carries_on("全省"), _carries_on("长三角地区"), _carries_on("吉林")
    (True, True, False)
    """
    return subject in _WHOLE or subject in _REGIONS or (subject.endswith("地区") and subject[:-2] in _REGIONS)


_BASE_PLACE: Final = regex.compile(rf"(?rp)(?:{COMPARISONS.pattern}|小于|大于)((?:{alternation(_OPENING_WORDS)})(?:市|省)?)$")
_BASE_NOUN: Final = regex.compile(rf"的((?:平均)?(?:{alternation(_GRAMMAR['base_noun'])}))")
_DAY: Final = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_AGENCY: Final = rf"(?:{alternation(LEXICON.paragraph_openers)}|\p{{Han}}{{1,6}}?(?:社|网|报|台))"
_DATELINE: Final = regex.compile(rf"^[【\[〔]?据?{_AGENCY}(?:\p{{Han}}{{0,8}}?{_DAY}月{_DAY}日(?:电|讯|消息)|讯|电|消息)[】\]〕]?(?:\s|[：:，,]|$)?")
_DATELINE_REACH: Final = 40
_RANKED: Final = regex.compile(r"[最首第（(\u3000—－-]|率先|唯一|领先|前列")  # after a place: a ranking, or a name (中国（安徽）自贸试验区, 中国—东盟)
_RANKING: Final = RANKING
_CLAUSE: Final = regex.compile_for_re(r"[，,；;：:。！？!?]")
_OPENER: Final = regex.compile_for_re(rf"{alternation(_GRAMMAR['lead_clause'])}|.{{0,24}}(?:{alternation(_GRAMMAR['report_verb'])})")
_FIGURE: Final = regex.compile(r"\d|[一二两三四五六七八九十百千万亿]+(?:个|项|家|人|元|倍|成)")
# 「对东盟进出口」, 「与全国相比」, 「比全省平均水平高」: the place is a partner or a base.
_PARTNER: Final = regex.compile(rf"^\s*(?:(?:{PERIOD.pattern})(?:度)?[，,]?\s*)?(?:{alternation(_GRAMMAR['partner'])})")
# What a period, a partner clause (_PARTNER) starts with, and the longest clause _OPENER reads (first_chars):
# a clause starting otherwise, or longer, is none, and needs no match.
_PERIOD_FIRST: Container[str] = first_chars(regex.compile_for_re(PERIOD.pattern)) or _EVERY_CHAR
_PARTNER_FIRST: Container[str] = first_chars(regex.compile_for_re(_PARTNER.pattern)) or _EVERY_CHAR
_OPENER_LONGEST: Final = longest(_OPENER) or sys.maxsize


def _opening(left: str, places: bool = True, acting: bool = False, bodies: bool = False) -> str | None:
    """The subject opening a clause; `places`: places named by their ends (雄安新区) count; `acting`: the
    clause holds no figure, and an organisation opening it is the topic of the figures after it; `bodies`:
    an organisation opening a clause of figures is whose they are."""
    body = left
    rare = body[:1].isdigit() or _RARE_LEAD_MARK.search(body) is not None  # a rarer lead may be there
    lead = (_LEAD.match(body) if body[:1] in _LEAD_FIRST else None) or (_RARE_LEAD.match(body) if rare else None)
    while lead and 0 < lead.end() < len(body):
        body = body[lead.end():]
        lead = (_LEAD.match(body) if body[:1] in _LEAD_FIRST else None) or (_RARE_LEAD.match(body) if rare else None)
    best = None
    counted = _MEMBERS.match(body) if places and body[:1].isdigit() else None
    if counted and _names_something(body[counted.end():]):
        return counted.group()  # 「25省份前三季度GDP总量均超过万亿元」: the places counted are whose figures they are
    match = _OPENING_RE.match(body) if body[:2] in _OPENING_PREFIXES else None
    if match:
        best = match.group()
    place = _PLACE.match(body) if places and _PLACE_MARK.search(body, 2, _PLACE_REACH) else None
    place_only = False
    if place and (best is None or len(place.group()) > len(best)):
        name, rest = place.group(), body[place.end():]
        if rest and rest not in HEADS and not VERBS.search(name) and len(rest) >= 2 and rest[0] not in "、和及与的" \
                and not _TRADE_PARTNER.search(name, 1):  # 「我国对“一带一路”沿线国家」: a partner, after the subject
            best, place_only = name, True
    admin = ADMIN.match(body) if (places or acting) and ADMIN_MARK.search(body, 1, ADMIN_REACH) else None
    if admin and (best is None or len(admin.group()) > len(best)) and not admin.group().endswith(ADMIN_GENERIC) \
            and not VERBS.search(admin.group()) and not ACTS.search(admin.group()):
        best, place_only = admin.group(), False  # 「茶林镇位于……」, 「太安村19户村民」: a town or village
        if acting and "、" in body:
            return None  # 「中关村先行先试改革、“两区”建设成果丰硕」: a list of things done, not a topic
    led = left[: len(left) - len(body)]
    organisation = _ORG_NAME.match(body) if (places or acting) and _ORG_MARK.search(body, 1, _ORG_REACH) \
        and not _holds_any(led, _PARTNER_LEADS) else None
    if organisation and (best is None or len(organisation.group()) > len(best)) \
            and body_name(organisation.group()) and "等" not in body[organisation.end():]:
        from .empty import only_adverbs
        from .trim import peel_tail

        rest = peel_tail(body[organisation.end():])
        if any(rest.endswith(head) and len(rest) > len(head) - 1 for head in HEADS) and not VERBS.match(rest):
            return organisation.group()  # 「宁波舟山港集装箱吞吐量」: the port is whose figure it is
        if places and (only_adverbs(rest) or acts_alone(rest)):
            # 「而青岛港则逆势增长2.9%」: the port's figure, of the measure said before; 「国内航空公司每天提供104万左右的
            # 座位」: what the company does, the figure and the object after it
            return organisation.group()
        if (acting and (not rest or rest.startswith(GOES_ON)) or bodies and not rest and _CITY_NAMED.match(body))\
                and not REPORTS.search(rest) and not body.startswith(SOURCE_MARKS):
            # 「安徽阜阳火车站更是迎来节后春运最高峰」, 「成都大熊猫繁殖研究基地，前4天……」: the station is the topic of
            # the figures after it; 「九江港3688万吨的吞吐量」: a facility named after its city, right before the
            # figure, is whose figure it is (「通用机场8座」 counts a kind of facility)
            return organisation.group()
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
    if body.startswith(_WHOLE_WORDS, len(best)) and (_is_city(best) or admin and best == admin.group()):
        whole = next(w for w in _WHOLE_WORDS if body.startswith(w, len(best)))
        best = body[: len(best) + len(whole)]  # 「深圳全市商品房共成交930套」: the whole city
    # 「庆阳、酒泉经济总量」: places listed together are one subject.
    while True:
        more = _OPENING_RE.match(body[len(best) + 1:]) if body[len(best):len(best) + 1] in ("、", "和") else None
        if not more:
            break
        best = body[: len(best) + 1 + len(more.group())]
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


def _names_something(rest: str) -> bool:
    from .trim import peel_tail

    return len(peel_tail(rest)) >= 2
