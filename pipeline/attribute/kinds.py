"""Kinds of subject news and briefings open their clauses with, beside the places of subject.py: a group of
places a count names (25省份, 100个城市, 21家自贸试验区), a town or village named by its kind (茶林镇, 下龙头村),
a film season (2023年国庆档), the firms of a class (广东省民营企业), and the words that tell a body's name
(安徽阜阳火车站) from a verb phrase (组建北京数据集团), a class (重点监测景区) or a source (灯塔研究院数据显示).

The word lists are in the lexicon: subjects.txt (kinds `counted`, `class`) and grammar.tsv (`admin_unit`,
`admin_not_after`, `admin_generic`, `film_season`, `source_word`, `source_mark`, `class_modifier`, `counter`,
`opening_verb`, `preposition`, `goes_on_adverb`, `ranking`).

>>> counted_places("公共就业服务机构求人倍率", "个"), ADMIN.match("茶林镇位于双牌东北部").group()
(None, '茶林镇')
"""
from __future__ import annotations

from .. import cached_regex as regex
from ..lexicon import LEXICON
from .words import HEADS, VERBS, alternation

_GRAMMAR = LEXICON.grammar
_KINDS = {line.split("\t")[0]: set(line.split("\t")[1].split()) if "\t" in line else set()
          for line in LEXICON.subjects}  # word → its kinds (subjects.txt)
CLASSES = frozenset(w for w, kinds in _KINDS.items() if "class" in kinds)
COUNTED_HEADS = frozenset(w for w, kinds in _KINDS.items() if "counted" in kinds)

# A group noun phrase a count opens (「25省份」, 「100个城市」, 「25个红色旅游景区」): its head, and the words before it
GROUP_COUNTERS = "个|家|座|所"  # the measure words of a count of places or bodies (九寨沟: no count)
_GROUP_HEAD = rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(COUNTED_HEADS)})(?![级长委])"
GROUP_HEAD = _GROUP_HEAD  # (public: the head of a group noun phrase, for carried_subject)
COUNTED = regex.compile_for_re(
    rf"(?:\d+(?:{GROUP_COUNTERS})?|[一二两三四五六七八九十百]+(?:{GROUP_COUNTERS}))({_GROUP_HEAD})")
COUNT_FIRST = frozenset("0123456789一二两三四五六七八九十百")
COUNTED_PHRASE = regex.compile_for_re(rf"^{_GROUP_HEAD}")
_GROUP_UNITS = frozenset(GROUP_COUNTERS.split("|")) | {""}
_SCOPE_OF_GROUP = tuple(_GRAMMAR["scope_end"])

# A town or village by the name of its kind (茶林镇, 下龙头村, 双牌县茶林镇); 城镇, 农村, 乡村 are no names.
_ADMIN_UNITS = tuple(_GRAMMAR["admin_unit"])
ADMIN_MARK = regex.compile_for_re("[%s]" % "".join(sorted({unit[-1] for unit in _ADMIN_UNITS})))  # only where one is
ADMIN_MARKS = tuple(sorted({unit[-1] for unit in _ADMIN_UNITS}))  # the same, looked for with str.find (few: no call of re)
ADMIN_REACH = 6  # (the end of a name of up to 4 characters and its kind, after which the mark may stand)
_ADMIN_NAME = r"[^\s\d，、；：。的在与和及对从由“”\"《》]{1,4}?"
_NEXT_ADMIN = rf"(?![全各]){_ADMIN_NAME}"  # (not 茶林镇全镇: the whole town after its name)
# (written after the county and township it is in: 柘荣县英山乡凤洋村, 周宁县泗桥乡溪口村)
ADMIN = regex.compile_for_re(
    rf"(?:{_ADMIN_NAME}[县市区旗](?={_NEXT_ADMIN}(?:{alternation(_ADMIN_UNITS)})))?"
    rf"(?:{_ADMIN_NAME}[乡镇](?={_NEXT_ADMIN}(?:{alternation(_ADMIN_UNITS)})))?"
    rf"{_ADMIN_NAME}(?:{alternation(_ADMIN_UNITS)})"
    rf"(?![{''.join(_GRAMMAR['admin_not_after'])}])")
ADMIN_GENERIC = tuple(_GRAMMAR["admin_generic"])

SEASON = regex.compile(rf"(?:{alternation(_GRAMMAR['film_season'])})(?:期)?")
SEASON_REACH = 16  # (the season opens the clause, after its year: 2023年国庆档)

# 「灯塔研究院数据显示」, 「据灯塔研究院……」: a body that reports the figures is their source, not their subject
REPORTS = regex.compile(alternation(_GRAMMAR["report_verb"] + _GRAMMAR["source_word"]))
SOURCE_MARKS = tuple(_GRAMMAR["source_mark"])
# 「重点监测景区」, 「上市公司」: a class of bodies, named by what they have in common, is no one body's name
CLASS_MODIFIER = regex.compile_for_re(alternation(_GRAMMAR["class_modifier"]))
_HEAD_ENDS = tuple(HEADS)
# 「两所大学」: a count of bodies, not one's name (九寨沟, 三坊七巷: names that open with a numeral)
_COUNT_LEAD = regex.compile(rf"(?:\d+|[一二两三四五六七八九十百千]+)(?:{alternation(_GRAMMAR['counter'])})")
ACTS = regex.compile_for_re(alternation(LEXICON.action_verbs + _GRAMMAR["opening_verb"]))
_PREPOSITIONS = frozenset(_GRAMMAR["preposition"])
GOES_ON = tuple(_GRAMMAR["goes_on_adverb"])  # 「……火车站更是迎来……」: the clause goes on about the station
_JOINT = regex.compile(r"、|和|及|与")
RANKING = regex.compile_for_re(rf"{alternation(_GRAMMAR['ranking'])}|第[一二三四五六七八九十\d]")
_CLASS_END = regex.compile_for_re(rf"(?:{alternation(CLASSES)})$")
# the ends of names by a firm's or cooperative's legal form (有限公司, 合作社: grammar.tsv legal_form)
_LEGAL_FORMS = tuple(_GRAMMAR.get("legal_form", ("有限公司",)))


def class_of(subject: str | None) -> str:
    """The class of firms a subject is or ends on (民营企业, 广东省民营企业 → 民营企业), else ''.

    >>> class_of("广东省民营企业"), class_of("民营企业"), class_of("全省")
    ('民营企业', '民营企业', '')
    """
    if not subject:
        return ""
    if subject in CLASSES:
        return subject
    found = _CLASS_END.search(subject)
    return found.group() if found else ""


def counted_places(phrase: str, unit: str) -> str | None:
    """The group of places or bodies a count counts (「21家自贸试验区实际使用外资」 → 自贸试验区), which is whose
    the figures after it are; the count itself is the group's size, no figure of the group's.

    >>> counted_places("自贸试验区实际使用外资2130亿元", "家"), counted_places("城市居民", "人")
    ('自贸试验区', None)
    """
    match = COUNTED_PHRASE.match(phrase) if unit in _GROUP_UNITS else None
    if match and (len(phrase) > match.end() + 1 and said_of_group(phrase[match.end():])
                  or phrase.endswith(_SCOPE_OF_GROUP, match.end())):
        return match.group()  # (「31个省份中，人口超过1亿人的省份有2个」: the group is the scope of what follows)
    return None


def said_of_group(rest: str) -> bool:
    """Whether the words after a counted group say something of it: a measure (「公共就业服务机构求人倍率」), a
    verb (「共接待游客」, 「完成了……」), not a noun it qualifies (「60个乡镇区域养老服务中心」: centres are counted).

    >>> said_of_group("一般公共预算支出"), said_of_group("共接待游客"), said_of_group("区域养老服务中心")
    (True, True, False)
    """
    from .trim import peel_tail

    name = peel_tail(rest)
    return name.endswith(_HEAD_ENDS) or rest.startswith(GOES_ON) or ACTS.match(rest) is not None \
        or VERBS.match(rest) is not None


def body_name(name: str) -> bool:
    """Whether a name ending as an organisation's or a facility's does (安徽阜阳火车站), rather than a verb phrase
    (组建北京数据集团), a class (重点监测景区), a count (两所大学), things joined (鲜花和酒店) or a ranking
    (领先第二名唐山港).

    >>> body_name("安徽阜阳火车站"), body_name("组建北京数据集团"), body_name("以全新体制组建辽宁实验室")
    (True, False, False)

    A name by a legal form is a name whatever verbs it holds, unless one opens it:
    >>> body_name("河北农业发展有限公司"), body_name("东风村葡萄种植专业合作社"), body_name("组建北京数据有限公司")
    (True, True, False)
    """
    if name.endswith(_LEGAL_FORMS):
        verb = VERBS.match(name) or ACTS.match(name)
    else:
        verb = VERBS.search(name) or ACTS.search(name)
    return not (name[:1] in _PREPOSITIONS or _COUNT_LEAD.match(name) or verb
                or _JOINT.search(name) or RANKING.search(name) or CLASS_MODIFIER.search(name))
