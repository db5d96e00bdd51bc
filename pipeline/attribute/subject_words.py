"""The words of subjects compiled into the patterns that find one: subjects.txt (全省, 民营企业, 两地) by
their kinds, the lexicon's regions and cities, and the suffixes that end the names of places (新区, 自治州)
and organisations (港, 机场, 银行).

>>> _OPENING_RE.match("全省地区生产总值").group(), _ORG_NAME.match("宁波舟山港集装箱吞吐量").group()
('全省', '宁波舟山港')
>>> _is_city("杭州市"), _is_city("庆阳、酒泉"), _is_city("浙江")
(True, True, False)
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from .kinds import CLASSES, COUNTED_HEADS
from .words import alternation, grouped

_GRAMMAR: Final = LEXICON.grammar
_CITIES: Final = set(LEXICON.cities)
_CITY_NAMED: Final = regex.compile_for_re(grouped(LEXICON.cities))  # (the name opens with its city: 九江港, 南通港)
_KINDS: Final = {line.split("\t")[0]: set(line.split("\t")[1].split()) if "\t" in line else set()
          for line in LEXICON.subjects}  # word → its kinds (subjects.txt)
_NOT: Final = [w for w, kinds in _KINDS.items() if "not" in kinds]
_LISTED: Final = frozenset(w for w, kinds in _KINDS.items() if "listed" in kinds)
_SUBJECTS = [w for w in LEXICON.subjects if w.split("\t")[0] not in _NOT
             and (w.split("\t")[0] not in _LISTED or "opening" in _KINDS[w.split("\t")[0]])  # 大陆: listed, and opening
             and w.split("\t")[0] not in COUNTED_HEADS]
_SUBJECTS = [w.split("\t")[0] for w in _SUBJECTS]
_BODIES: Final = {w for w, kinds in _KINDS.items() if "body" in kinds}
_CLASSES: Final = CLASSES
_GROUPS: Final = [w for w, kinds in _KINDS.items() if "group" in kinds]
_GROUP_RE: Final = regex.compile(alternation(_GROUPS))
_COUNT_OF: Final = r"(?:\d+|[一二两三四五六七八九十百]+)个"  # the count of a group's members (31个大城市)
# (a group within a group, after 中: 「70个大中城市中15个热点城市」, 「70个大中城市中一线城市」: the inner one)
_WITHIN: Final = regex.compile(rf"(?:中(?=[\d一二两三四五六七八九十百]|{alternation(_GROUPS)}))?[将把]?(?:{_COUNT_OF})?({alternation(list(_BODIES) + _GROUPS)})")
_LISTED_RE: Final = regex.compile_for_re(alternation(_LISTED)) if _LISTED else regex.compile(r"(?!)")
_JOINT: Final = regex.compile(r"、|和|及|与")
_COUNT_OF_KIND: Final = regex.compile(r"[两二三四五六七八九十\d]+(?:个)?(?:省|市|地|国|区|县|省份|城市|地区|大区域)")
_WHOLE: Final = frozenset(w for w, kinds in _KINDS.items() if "whole" in kinds)
_REGIONS: Final = frozenset(w for w, kinds in _KINDS.items() if "region" in kinds)
_OPENING_ONLY = [w for w in _SUBJECTS if (w.startswith("全") or "opening" in _KINDS[w]) and w not in _BODIES]
_ANYWHERE: Final = [w for w in _SUBJECTS if w not in _OPENING_ONLY and w not in _BODIES] + [
    name for name in LEXICON.regions if len(name) >= 2
]
_OPENING_ONLY += list(LEXICON.cities)
# Counties, districts, county-level cities and banners, written with their kind (counties.txt: 贞丰县, 覃塘区, 义乌市,
# 红河州), the districts, townships and parishes of Taiwan, Hong Kong and Macau (hk_macau_taiwan.txt: 板桥区, 油尖旺,
# 花地玛堂区), and scenic sites named without theirs (sights.txt: 九寨沟, 鼓浪屿): a set looked up at a clause's start,
# longest name first (no alternation of 3,000 names to try).
class Gazetteer:
    """Names looked up as a set where a clause opens, longest first: no alternation of thousands of names to try.
    A name must open with one of the first two characters of some name and end in a name's last character.

    >>> Gazetteer(frozenset(["贞丰县", "红河州", "红河哈尼族彝族自治州"])).ends_at("红河州接待游客", 0)
    [3]
    """

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.longest = max(map(len, names), default=0)
        self.prefixes = frozenset(name[:2] for name in names)
        self.last_chars = frozenset(name[-1] for name in names)

    def ends_at(self, text: str, at: int) -> list[int]:
        """Where each name text[at:] opens with ends, the longest name first ([] where none does)."""
        if text[at:at + 2] not in self.prefixes:
            return []
        return [end for end in range(min(len(text), at + self.longest), at + 1, -1)
                if text[end - 1] in self.last_chars and text[at:end] in self.names]


SIGHTS: Final = frozenset(LEXICON.sights)
COUNTIES: Final = frozenset(LEXICON.counties) | frozenset(LEXICON.hk_macau_taiwan) | SIGHTS
_COUNTY_NAMES: Final = Gazetteer(COUNTIES)
_SIGHT_NAMES: Final = Gazetteer(SIGHTS)
_VISIT_WORDS: Final = tuple(_GRAMMAR.get("visit_word", ("游客",)))
_COUNTY_NOT_AFTER: Final = "".join(_GRAMMAR.get("county_not_after", ()))


def county_at(text: str, at: int = 0) -> str | None:
    """The county-level place (or prefecture written with its kind, or scenic site) that text[at:] opens with, or None.

    >>> county_at("贞丰县全年完成生产总值35亿元"), county_at("红河州接待游客"), county_at("义乌市场成交额")
    ('贞丰县', '红河州', None)
    >>> county_at("九寨沟接待游客12.3万人次"), county_at("太湖湖体平均水质")
    ('九寨沟', None)
    """
    for end in _COUNTY_NAMES.ends_at(text, at):
        name = text[at:end]
        if name in SIGHTS and not _counts_visits(text, end):
            continue  # 「长白山获联合国教科文组织批准」: a site is the subject of the visits it counts only
        return name if text[end:end + 1] not in _COUNTY_NOT_AFTER or end == len(text) else None
    return _city_and_sight(text, at)


def _counts_visits(text: str, end: int) -> bool:
    """Whether the clause after a scenic site ending at `end` counts visits or visitors (grammar.tsv visit_word)."""
    return any(word in text[end:] for word in _VISIT_WORDS)


def _city_and_sight(text: str, at: int) -> str | None:
    """A scenic site written after its city (昆明石林, 丽江玉龙雪山), as one name, or None.

    >>> _city_and_sight("丽江玉龙雪山接待游客12.76万人次", 0), _city_and_sight("昆明市场成交额", 0)
    ('丽江玉龙雪山', None)
    """
    for length in (2, 3):
        if text[at:at + length] in _CITIES:
            for end in _SIGHT_NAMES.ends_at(text, at + length):
                if _counts_visits(text, end):
                    return text[at:end] if text[end:end + 1] not in _COUNTY_NOT_AFTER or end == len(text) else None
    return None


# Organisations, facilities, fairs and national bodies known by name (organisations.tsv: 北部湾港, 广交会, 中央财政, 民航,
# 比亚迪), whose names carry no suffix that shows them (org_suffixes.txt): a set looked up at a clause's start, as counties are.
ORGANISATIONS: Final = frozenset(LEXICON.organisations or ())
_ORGANISATION_NAMES: Final = Gazetteer(ORGANISATIONS)
_ORGANISATION_NOT_AFTER: Final = "".join(_GRAMMAR.get("organisation_not_after", ()))
_BODIES_KNOWN: Final = frozenset(name for name, kind in (LEXICON.organisations or {}).items() if kind == "body")
_BODY_NOT_AFTER: Final = "".join(_GRAMMAR.get("body_not_after", ()))


def organisation_at(text: str, at: int = 0) -> str | None:
    """The organisation known by name (organisations.tsv) that text[at:] opens with, or None; not where the
    character after it makes the name part of a longer word (上海港口, 民航业), or a budget's or sector's name
    the start of a measure's (地方财政收入).

    >>> organisation_at("北部湾港6.8%的增长势头迅猛"), organisation_at("中央财政安排的节能减排专项资金"), organisation_at("上海港口")
    ('北部湾港', '中央财政', None)
    >>> organisation_at("地方财政收入1.92亿元"), organisation_at("民航方面")
    (None, '民航')
    """
    for end in _ORGANISATION_NAMES.ends_at(text, at)[:1]:
        after = text[end:end + 1]
        if after and (after in _ORGANISATION_NOT_AFTER or text[at:end] in _BODIES_KNOWN and after in _BODY_NOT_AFTER):
            return None
        return text[at:end]
    return None


# A place may be written with the word for its kind (京津冀地区); 地区生产总值 is a measure's name.
_KIND_OF_PLACE: Final = r"(?:地区(?!生产总值)|市|省|区|县)"
# 本港, 本市 (this port, this city) are no demonstratives where 本 ends a word (日本港口, 成本市场): not after those
_WORD_BEFORE_BEN: Final = "".join(LEXICON.grammar.get("word_before_ben", ()))
# (本 and its lookbehind written as 本(?<![…]本): the same test, and every branch opens with a character, so
# that re skips the positions where no name can start; 本 alone is no name of _ANYWHERE)
_ANYWHERE_RE: Final = regex.compile_for_re(
    rf"(?:{grouped([w for w in _ANYWHERE if not w.startswith('本')])}"
    + (rf"|本(?<![{_WORD_BEFORE_BEN}]本)(?:{'|'.join(regex.escape(w[1:]) for w in sorted(set(_ANYWHERE), key=lambda w: (-len(w), w)) if w.startswith('本'))})"
       if _WORD_BEFORE_BEN and any(w.startswith("本") for w in _ANYWHERE) else "")
    + rf"){_KIND_OF_PLACE}?(?![级籍版式型币])")
_OPENING_WORDS: Final = _OPENING_ONLY + _ANYWHERE + list(_BODIES)
# The patterns tried on every clause run with the standard re module (cached_regex.compile_for_re: the
# same classes, read alike), about twice as fast per call as `regex` on these.
_OPENING_RE: Final = regex.compile_for_re(rf"^(?!{alternation(_NOT)})(?:{grouped(_OPENING_WORDS)})(?:{_KIND_OF_PLACE}|州)?(?![级籍版式型币])")
_OPENING_FIRST: Final = frozenset(word[0] for word in _OPENING_WORDS if word)  # what an opening subject starts with
# (an aside masked by \u3000 may stand inside: 「4A级(含)以上旅游景区」)
_NOT_IN_NAME: Final = "，、；：。" + "".join(c for c in map(chr, range(0x3000)) if c.isspace())  # every space but \u3000
_PLACE: Final = regex.compile_for_re(rf"^[^{_NOT_IN_NAME}]{{2,12}}(?:{grouped(LEXICON.place_suffixes)})")
_PLACE_REACH: Final = 12 + max(map(len, LEXICON.place_suffixes))  # where the last character of a _PLACE match may stand
# The characters after a suffix that make it part of a common noun, no name's end: 港口, 港区, 港务, 港澳.
_NOT_NAME_END: Final = r"(?![口区务澳])"
# A place directly followed by another place or an organisation's name begins that name (not a place then a
# group noun: 「大陆港口今年……港口货物量」, 「贵港市港口货物吞吐量」 are the place's ports).
_ORGANISATION: Final = regex.compile_for_re(
    rf"^(?:{grouped(LEXICON.cities)}|[^，、；：。\s\d]{{0,6}}?(?:{grouped(LEXICON.org_suffixes)}){_NOT_NAME_END})"
)
# The ends of the names of works (厂: 红星机械厂), and the characters before them that make them a word, no name's end
# (出厂, 工厂, 建厂: grammar.tsv works_suffix, works_not_after); works are no place's start, so they end only the names
# that open a clause.
_WORKS_NOT_AFTER: Final = "".join(_GRAMMAR.get("works_not_after", ()))
_WORKS: Final = "|".join(rf"(?<![{_WORKS_NOT_AFTER}]){w}" if _WORKS_NOT_AFTER else w for w in _GRAMMAR.get("works_suffix", ()))
# An organisation or facility opening a clause (上海港, 昆明长水国际机场, 中国银行, 红星机械厂).
_ORG_NAME: Final = regex.compile_for_re(rf"^(?![全我本各该其此])[^，、；：。\s\d“”\"《》]{{1,10}}?(?:{grouped(LEXICON.org_suffixes)}"
                                        rf"{'|' + _WORKS if _WORKS else ''}){_NOT_NAME_END}")
WORKS_ENDS: Final = tuple(_GRAMMAR.get("works_suffix", ()))
# the nouns of visitors (旅客, 游客: grammar.tsv visitor) and the kinds that close a list of places after 等 (等地, 等城市:
# places_closer), read by subject and carried_subject
VISITORS: Final = tuple(_GRAMMAR.get("visitor", ("游客",)))
PLACES_CLOSERS: Final = tuple(_GRAMMAR.get("places_closer", ("地",)))
# every whole area, longest first (for startswith): 全国, 我省, 本市 …
WHOLE_STARTS: Final = tuple(sorted(_WHOLE, key=len, reverse=True))
# the words that make the place after them a partner of trade or investment (grammar.tsv trade_partner)
PARTNER_MARKS: Final = tuple(LEXICON.grammar.get("trade_partner", ("对",)))
# ... and those that do so only opening a clause (与东盟贸易总值; 中国与香港: two places)
OPENING_PARTNER_MARKS: Final = tuple(LEXICON.grammar.get("opening_partner", ("与",)))
_WHOLE_WORDS: Final = tuple(sorted((w for w in _WHOLE if w.startswith("全")), key=len, reverse=True))
_ANAPHORS: Final = frozenset("该本其此我这")
# 本 with the kind of a body only (本公司, 本行): 本市, 本港 are subjects (subjects.txt); 该, 这, 此, 其 with a
# counter and a body's or place's kind (该项目, 这家企业, 该市: grammar.tsv referent_noun) refer back too
_ANAPHOR_BODY: Final = regex.compile_for_re(
    rf"(?:本(?:{alternation(LEXICON.org_suffixes)}|行)"
    rf"|[该其此这](?:{alternation(_GRAMMAR['counter'])})?(?:{alternation(list(LEXICON.org_suffixes) + _GRAMMAR['referent_noun'])}))"
    r"的?(?=\p{Han}{2})")
# A count of the places within an area, after it: 「粤港澳大湾区内地9市」, 「长三角41城」.
_MEMBERS: Final = regex.compile_for_re(rf"(?:{alternation(_GRAMMAR.get('member_qualifier', ['内地']))})?(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})"
                         rf"(?:{alternation(_GRAMMAR.get('member_place', ['市']))})")


def _is_city(subject: str) -> bool:
    """Whether a subject is a city, or a list of places that starts with one (杭州市, 滁州, 庆阳、酒泉)."""
    first = regex.split(r"[、和]", subject)[0]
    return first in _CITIES or regex.sub(r"[市州区县]$", "", first) in _CITIES
