"""The subject a sentence, or a clause without figures, sets for the figures after it: the whole area a
sentence opens with (全国, 我省), the place or venue opening a clause without figures (北京, 九寨沟景区), a body
named by its kind alone that refers back (该行); and the dateline opening a news item, which is no subject.

>>> sentence_subject("一季度，我省完成进出口总值264.5亿元。"), opening_subject("北京连续9年稳居全球榜首")
('我省', '北京')
"""
from __future__ import annotations

import sys
from typing import Container, Final

from ..memo import remember
from .. import cached_regex as regex
from ..first_chars import EVERY_CHAR as _EVERY_CHAR, first_chars, longest

from ..lexicon import LEXICON
from .period import PERIOD, PERIOD_RE
from .words import VERBS, alternation
from .kinds import CLASS_MODIFIER, COUNTED, COUNTED_HEADS, GROUP_COUNTERS, GROUP_HEAD, RANKING
from .opening import _opening, held_between
from .places import listed_places
from .subject_words import (ORGANISATIONS, PLACES_CLOSERS, VISITORS, _ANAPHOR_BODY, _ANAPHORS, _KINDS, _PLACE_REACH, _REGIONS, _WHOLE, _is_city)

_GRAMMAR: Final = LEXICON.grammar
_VISITED: Final = tuple(LEXICON.grammar.get("visited_place", ["景区"]))
_VENUE_NAME: Final = regex.compile_for_re(r"\p{Han}{2,6}")
_VISITED_MARKS: Final = tuple(sorted({w[-1] for w in _VISITED}))  # (a few: looked for with str.find)
_SCOPE_END: Final = regex.compile(rf"(?:{alternation(_GRAMMAR['scope_end'])})$")  # a scope: 「全国就业人员中」
_SCENE_CLAUSE: Final = regex.compile(r"\s*在(\p{Han}{2,10})")
_RELATIONAL: Final = tuple(_GRAMMAR["relational"])
# an organisation or fair known by name (organisations.tsv) at the end of a scene, after a relative clause and its edition
# (「早在11月4日闭幕的第120届广交会」, 「在刚刚结束的第四届进博会上」)
_SCENE_OF_BODY: Final = regex.compile(r"\s*早?在[^，；：。]+的(?:第[\d一二三四五六七八九十百]+届)?(\p{Han}{2,12}?)(?:上|期间)?\s*")
# places or venues listed and closed by 等 and their kind (曲靖、丽江、楚雄等旅游目的地, 西双版纳傣族园、丘北普者黑等景区)
_LISTED_TOPIC: Final = regex.compile_for_re(r"\s*([^，、；：。\s\d“”]{2,10}(?:、[^，、；：。\s\d“”]{2,10})+)等(\p{Han}*)\s*")


def _holds_visitors(words: str) -> bool:
    """Whether words speak of visitors (景区接待游客量实现快速增长), not of what was done to a venue (景区提质升级)."""
    return any(word in words for word in VISITORS)


# a group of places as the scope of the counts of its members after it (31个省市区中, 其他重点城市中)
_GROUP_SCOPE: Final = regex.compile(
    rf"\s*((?:其他|其余)?(?:(?:\d+|[一二两三四五六七八九十百]+)(?:{GROUP_COUNTERS})?)?{GROUP_HEAD})中\s*")
_CHANGE_NOUNS: Final = tuple(_GRAMMAR.get("change_noun", ("增幅",)))  # 增幅, 跌幅: a change said of the place before
# 「欧盟为我国第一大贸易伙伴」, 「美国是我省前三大出口市场」: a partner ranked among a whole area's (grammar.tsv partner_rank)
_RANKED_PARTNER: Final = regex.compile_for_re(
    rf"\s*[^，、；：。\s\d]{{1,10}}?(?:为|是|成为|稳居|保持|位居)({alternation(sorted(_WHOLE))})的?"
    rf"(?:第|前)?[一二三四五六七八九十\d]{{1,2}}大(?:{alternation(_GRAMMAR.get('partner_rank', ('贸易伙伴',)))})(?:地位)?\s*")


_OPENING_SUBJECT_MEMO: Final[dict[str, str | None]] = {}  # opening_subject's memo (memo.py)


def opening_subject(clause: str) -> str | None:
    """The subject that opens a clause without figures, to carry to the next (「北京连续9年稳居全球榜首」 → 北京).

    全国 is left out: opening a clause of a regional text it mostly qualifies a noun (全国高校); but not
    where the clause sets the scope of the figures after it (「全国就业人员中，第一产业就业人员占27.0%」).

    >>> opening_subject("全国就业人员中"), opening_subject("全国高校毕业生规模创新高")
    ('全国', None)
    >>> opening_subject("在佛罗伦萨小镇"), opening_subject("在此基础上"), opening_subject("早在11月4日闭幕的第120届广交会")
    ('佛罗伦萨小镇', None, '广交会')
    """
    if clause in _OPENING_SUBJECT_MEMO:
        return _OPENING_SUBJECT_MEMO[clause]
    return remember(_OPENING_SUBJECT_MEMO, clause, _opening_subject_read(clause))


def _opening_subject_read(clause: str) -> str | None:
    """opening_subject, read (its memo keeps what it gives)."""
    scope = _GROUP_SCOPE.fullmatch(clause) if clause.endswith("中") else None
    if scope and scope.group(1) not in COUNTED_HEADS:
        return scope.group(1)  # 「31个省市区中，共有22地实现同比正增长」, 「其他重点城市中，7座城市环比上涨」: the group counted from
    listed = _LISTED_TOPIC.fullmatch(clause) if "等" in clause and "、" in clause else None
    members = listed.group(1).split("、") if listed else []
    if listed and (listed_places(members) or listed.group(2).startswith(_VISITED) and _holds_visitors(listed.group(2))
                   or listed_places(members[:1]) and listed.group(2).endswith(PLACES_CLOSERS)):
        # 「曲靖、文山、临沧、丽江、楚雄等旅游目的地，……接待游客同比增幅均在20%以上」, 「西双版纳傣族园、丘北普者黑、宜良九乡
        # 等景区接待游客量实现快速增长，增幅超过20%」: the places or venues listed are whose figures follow
        return listed.group(1)
    ranked = _RANKED_PARTNER.match(clause) if "大" in clause else None
    if ranked:
        return ranked.group(1)  # 「欧盟为我国第一大贸易伙伴」: the partner is ranked among the area's, whose figures follow
    body_scene = _SCENE_OF_BODY.fullmatch(clause) if "在" in clause[:3] and "的" in clause else None
    if body_scene and body_scene.group(1) in ORGANISATIONS:
        return body_scene.group(1)  # 「早在11月4日闭幕的第120届广交会，……采购商报到人数超过18万人」: the fair's figures follow
    scene = _SCENE_CLAUSE.fullmatch(clause) if clause[:1] == "在" or clause[:1].isspace() else None
    if scene and not scene.group(1).endswith(_RELATIONAL) and not VERBS.search(scene.group(1)):
        return scene.group(1)  # 「在佛罗伦萨小镇，日均客流量达4.5万人次」: the place the clauses after it are about
    subject = _opening(clause, places=False, acting=True, bodies=True)
    if subject is None and held_between(clause, _VISITED_MARKS, 2, _PLACE_REACH):
        visited = _opening(clause)  # 「九寨沟景区连续3天接待游客达到最大接待能力」: the venue the visitor figures after it are of
        venue = visited if visited and visited.endswith(_VISITED) else None
        named = clause.rstrip()[clause.find(venue) + len(venue):] if venue else ""
        if _VENUE_NAME.fullmatch(named) and not VERBS.search(named):
            subject = named  # 「新晋5A级景区剑门关」: the kind, then the venue's own name
        else:
            subject = venue if venue and not CLASS_MODIFIER.search(venue) else None
    if subject and _is_city(subject) and clause.startswith(_CHANGE_NOUNS, clause.find(subject) + len(subject)):
        return subject  # 「福州跌幅明显，环比减少34.67%」, 「其中曲靖增幅最高」: the city's change, given after it
    if (subject == "全国" and not _SCOPE_END.search(clause)) or (subject and _is_city(subject)):
        return None  # a city opening a clause without figures is mostly the scene of an event
    if subject and "opening" in _KINDS.get(subject, ()) and "group" not in _KINDS[subject]:
        return None  # 「中国考古博物馆壳丘头分馆挂牌」: a name (not 「一线城市新建商品住宅……均继续下降」: a group of cities)
    if subject and COUNTED.search(clause[: clause.find(subject) + len(subject)]):
        return None  # 「5A级旅游景区实现地级市全覆盖」: a counted group is the subject of its own clause
    return subject


_SENTENCE_SUBJECT_MEMO: Final[dict[str, str | None]] = {}  # sentence_subject's memo (memo.py)


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
    if sentence in _SENTENCE_SUBJECT_MEMO:
        return _SENTENCE_SUBJECT_MEMO[sentence]
    return remember(_SENTENCE_SUBJECT_MEMO, sentence, _sentence_subject_read(sentence))


def _sentence_subject_read(sentence: str) -> str | None:
    """sentence_subject, read (its memo keeps what it gives)."""
    at, size = 0, len(sentence)
    while at <= size:  # the clauses one by one (most sentences are decided by their first)
        cut = _CLAUSE.search(sentence, at)
        end = cut.start() if cut is not None else size
        clause = sentence[at:end].strip()
        at = end + 1
        if not clause or (clause[0] in _PERIOD_FIRST and PERIOD_RE.fullmatch(clause)) \
                or (len(clause) <= _OPENER_LONGEST and (clause in _LEAD_CLAUSES or clause.endswith(_REPORT_VERBS))
                    and _OPENER.fullmatch(clause)):
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


def _carries_on(subject: str) -> bool:
    """Whether a subject is a whole area that holds for the next sentences (全省, 我国), or a region of several
    provinces a report goes through one by one (「汾渭平原PM2.5平均浓度为70微克/立方米。发生重污染152天次」): a
    province or city named in a sentence is mostly the scene of that sentence only (「吉林健儿……」).

    >>> _carries_on("全省"), _carries_on("长三角地区"), _carries_on("吉林")
    (True, True, False)
    """
    return subject in _WHOLE or subject in _REGIONS or (subject.endswith("地区") and subject[:-2] in _REGIONS)


_KIND_OF_BODY: Final = regex.compile_for_re(rf"(?:{alternation(LEXICON.org_suffixes)})的(?=\p{{Han}}{{2}})")
_DAY: Final = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_AGENCY: Final = rf"(?:{alternation(LEXICON.paragraph_openers)}|\p{{Han}}{{1,6}}?(?:社|网|报|台))"
_DATELINE: Final = regex.compile_for_re(rf"^[【\[〔]?据?{_AGENCY}(?:\p{{Han}}{{0,8}}?{_DAY}月{_DAY}日(?:电|讯|消息)|讯|电|消息)[】\]〕]?(?:\s|[：:，,]|$)?")
_DATELINE_REACH: Final = 40
_RANKING: Final = RANKING
_CLAUSE: Final = regex.compile_for_re(r"[，,；;：:。！？!?]")
_OPENER: Final = regex.compile_for_re(rf"{alternation(_GRAMMAR['lead_clause'])}|.{{0,24}}(?:{alternation(_GRAMMAR['report_verb'])})")
# (a clause _OPENER reads whole is one of these words, or ends on a verb of reporting: most clauses are neither)
_LEAD_CLAUSES: Final = frozenset(_GRAMMAR["lead_clause"])
_REPORT_VERBS: Final = tuple(_GRAMMAR["report_verb"])
_FIGURE: Final = regex.compile(r"\d|[一二两三四五六七八九十百千万亿]+(?:个|项|家|人|元|倍|成)")
# 「对东盟进出口」, 「与全国相比」, 「比全省平均水平高」: the place is a partner or a base.
_PARTNER: Final = regex.compile_for_re(rf"^\s*(?:(?:{PERIOD.pattern})(?:度)?[，,]?\s*)?(?:{alternation(_GRAMMAR['partner'])})")
# What a period, a partner clause (_PARTNER) starts with, and the longest clause _OPENER reads (first_chars):
# a clause starting otherwise, or longer, is none, and needs no match.
_PERIOD_FIRST: Container[str] = first_chars(regex.compile_for_re(PERIOD.pattern)) or _EVERY_CHAR
_PARTNER_FIRST: Container[str] = first_chars(_PARTNER) or _EVERY_CHAR
_OPENER_LONGEST: Final = longest(_OPENER) or sys.maxsize
