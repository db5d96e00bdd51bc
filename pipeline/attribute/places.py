"""What kind of subject a subject is: a place whose figures carry to the next clauses (全市), a region
(四川省), an area that holds for the sentences after it (長三角地區), a body (北部湾港); and the subjects
of several figures at once: a list of places (东部、中部、西部和东北地区), a group a count names (31个大城市).

>>> is_place("全市"), is_region("杭州市"), names_a_body("北部湾港"), listed_places(["广东", "江苏"])
(True, True, True, True)
"""
from __future__ import annotations

from typing import Final

from ..memo import remember
from .. import cached_regex as regex
from ..lexicon import LEXICON, _table
from ..script import fold
from .kinds import ADMIN, COUNTED_PHRASE, SEASON, class_of, counted_places
from .opening import _opening
from .subject_words import (_ANYWHERE_RE, _BODIES, _CLASSES, _COUNT_OF_KIND, _GROUP_RE, _GROUPS, _JOINT, _KIND_OF_PLACE,
                            _LISTED, _LISTED_RE, _OPENING_RE, _ORG_NAME, _PLACE, _SUBJECTS, _WHOLE, _WHOLE_WORDS,
                            _is_city)

_GRAMMAR: Final = LEXICON.grammar


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


_CARRIES_TOPIC_MEMO: Final[dict[str, bool]] = {}  # carries_topic's memo (memo.py)


def carries_topic(subject: str) -> bool:
    """Whether a subject is an area that, the topic of a sentence, holds for the sentences after it (長三角地區,
    汾渭平原, 茶林镇, 国庆档): not a province or city, the scene of its own sentence, nor a whole area (全省: see
    sentence_subject), a body or a group of places a count names (the subject of their own clause).

    >>> carries_topic("長三角地區"), carries_topic("茶林镇"), carries_topic("华为云生态企业"), carries_topic("全省")
    (True, True, False, False)
    """
    found = _CARRIES_TOPIC_MEMO.get(subject)
    return found if found is not None else remember(_CARRIES_TOPIC_MEMO, subject, _carries_topic_read(subject))


def _carries_topic_read(subject: str) -> bool:
    """carries_topic, read (its memo keeps what it gives)."""
    folded = fold(subject)
    if folded in _WHOLE or is_region(folded) or not is_place(folded):
        return False
    return bool(_ANYWHERE_RE.fullmatch(folded) or _PLACE.fullmatch(folded) or ADMIN.fullmatch(folded)
                or SEASON.fullmatch(folded))


_IS_REGION_MEMO: Final[dict[str, bool]] = {}  # is_region's memo (memo.py)


def is_region(subject: str) -> bool:
    """Whether a subject is a province, a city or a list starting with one, as written (四川, 杭州市, 庆阳、酒泉).

    >>> is_region("四川省"), is_region("杭州市"), is_region("長三角地區")
    (True, True, False)
    """
    found = _IS_REGION_MEMO.get(subject)
    return found if found is not None else remember(_IS_REGION_MEMO, subject, _is_region_read(subject))


def _is_region_read(subject: str) -> bool:
    """is_region, read (its memo keeps what it gives)."""
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
    >>> body_measured("其中城区有", "城区", "家"), body_measured("其中贫困户有", "贫困户", "户")
    (True, False)
    """
    has = _HAS_AFTER.search(left) if name and unit not in ("%", "‰") and left.rstrip().endswith("有") else None
    if has and len(name) <= _PLACE_LONGEST and "的" not in name and left.endswith(name, 0, has.start()) \
            and (name[-1] in _AREA_ENDS or listed_places([name])):  # (a place by its name, not 贫困户, 高等院校)
        return True  # 「这样的精准扶贫表，英山共有147张」, 「市区有17066人」: the place has so many of what was named before
    if unit in _BODY_COUNT_UNITS or unit in _AREA_UNITS or _SHARE_SAID.search(left):
        return False  # (「辐射产业基地23.5万亩」: an area is the extent of the body itself)
    return names_a_body(name)


_AREA_ENDS: Final = frozenset("区县市乡镇村省州旗盟")
_PLACE_LONGEST: Final = 6  # (not a class of places: 「商品住宅销售价格环比下降的城市有68个」 counts them)
_HAS_AFTER: Final = regex.compile(r"(?:%s)\s*$" % "|".join(sorted(_GRAMMAR["existential"], key=len, reverse=True)))
_AREA_UNITS: Final = frozenset(row[0] for row in _table("unit_conversions.tsv") if row[3] == "area")
_BODY_COUNT_UNITS: Final = frozenset(_GRAMMAR["body_count_unit"])  # 「新设立公司1200家」: a count of the bodies themselves
_SHARE_SAID: Final = regex.compile_for_re(r"占|比重|比例")


_TOWN: Final = regex.compile_for_re(r"\p{Han}{2,3}[市县]")


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

    Companies and banks known by name (organisations.tsv) are no places (「中远海运、招商局等央企新业务板块落地」).

    >>> listed_places(["东部", "西部", "中部", "东北"]), listed_places(["采矿业", "金融业"]), listed_places(["中远海运", "招商局"])
    (True, False, False)
    """
    return bool(members) and all(m in _LISTED or (_opening(m) == m and _KNOWN_KIND.get(m) not in ("company", "bank"))
                                 or _part_of_country(m) for m in members)


_KNOWN_KIND: Final = LEXICON.organisations or {}


def _part_of_country(member: str) -> bool:
    """Whether a member is a country's name and a place in it, one place: 中国台湾, 中国香港."""
    country = next((c for c in _WHOLE_COUNTRY if member.startswith(c) and len(member) > len(c)), "")
    rest = member[len(country):]
    return bool(country) and (rest in _LISTED or _opening(rest) == rest)
