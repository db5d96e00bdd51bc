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

from functools import lru_cache

from .. import cached_regex as regex

from ..lexicon import LEXICON
from .words import COMPARISONS, HEADS, VERBS, alternation

_CITIES = set(LEXICON.cities)
_NOT = [line.split("\t")[0] for line in LEXICON.subjects if line.endswith("\tnot")]
_SUBJECTS = [line.split("\t")[0] for line in LEXICON.subjects if not line.endswith("\tnot")]
_BODIES = {line.split("\t")[0] for line in LEXICON.subjects if line.endswith("\tbody")}
_ANYWHERE = [w for w in _SUBJECTS if not w.startswith("全") and w not in _BODIES] + [
    name for name in LEXICON.regions if len(name) >= 2
]
_OPENING_ONLY = [w for w in _SUBJECTS if w.startswith("全") and w not in _BODIES] + list(LEXICON.cities)
_ANYWHERE_RE = regex.compile(rf"(?:{alternation(_ANYWHERE)})(?:市|省|区|县)?(?![级籍版式型])")
_OPENING_WORDS = _OPENING_ONLY + _ANYWHERE + list(_BODIES)
_OPENING_RE = regex.compile(rf"^(?!{alternation(_NOT)})(?:{alternation(_OPENING_WORDS)})(?:市|省|区|县|州)?(?![级籍版式型])")
_OPENING_FIRST = frozenset(word[0] for word in _OPENING_WORDS if word)  # what an opening subject starts with
_PLACE = regex.compile(rf"^[^，、；：。\s]{{2,12}}(?:{alternation(LEXICON.place_suffixes)})")
_COMPARED = regex.compile(rf"(?rp)(?:{COMPARISONS.pattern})(?:的)?$")
# A place directly followed by another place or an organisation's name begins that name.
_ORGANISATION = regex.compile(
    rf"^(?:{alternation(LEXICON.cities)}|[^，、；：。\s\d]{{0,6}}?(?:{alternation(LEXICON.org_suffixes)}))"
)
# An organisation or facility opening a clause (上海港, 昆明长水国际机场, 中国银行).
_ORG_NAME = regex.compile(rf"^(?![全我本各])[^，、；：。\s\d“”\"《》]{{1,10}}?(?:{alternation(LEXICON.org_suffixes)})(?![口区务澳])")
_QUOTED_BEFORE = regex.compile(r"[“「『《\"][^”」』》\"]*$")  # inside a quoted name (“辽宁优品”)
_AFTER_VERB = regex.compile(rf"(?rp)(?:{alternation(LEXICON.action_verbs)})$")
_LEAD = regex.compile(r"^(?:其中|同时|此外|并|和|及|与|对|在|从|截至|全年|今年|去年|\d{4}年(?:末|底|初)?|年末|年底|年初)")


def is_place(subject: str | None) -> bool:
    """Whether a subject is the place a sentence is about, which carries to its next clauses, rather
    than a body (民营企业), a park (雄安新区中关村科技园) or a city named along the way (西安地铁运营里程),
    which are the subject of their own clause only.

    >>> is_place("全市"), is_place("北京证券交易所"), is_place("雄安新区中关村科技园"), is_place("西安")
    (True, False, False, False)
    """
    if not subject or subject in _BODIES or _ORG_NAME.fullmatch(subject):
        return False
    if _is_city(subject):
        return False
    return not _PLACE.fullmatch(subject) or subject in _SUBJECTS


def _is_city(subject: str) -> bool:
    """Whether a subject is a city, or a list of places that starts with one (杭州市, 滁州, 庆阳、酒泉)."""
    first = regex.split(r"[、和]", subject)[0]
    return first in _CITIES or regex.sub(r"[市州区县]$", "", first) in _CITIES


@lru_cache(maxsize=16384)
def find_subject(left: str) -> tuple[str | None, str]:
    """(subject, the text after it) for the clause text left of a figure; (None, left) when none."""
    opening = _opening(left)
    if opening:
        return opening, left[left.index(opening) + len(opening):]
    for match in _ANYWHERE_RE.finditer(left):
        if _COMPARED.search(left[: match.start()]) or _QUOTED_BEFORE.search(left[: match.start()]):
            continue
        if _ORGANISATION.match(left[match.end():]):
            continue
        if _AFTER_VERB.search(left, 0, match.start()):
            continue  # 「承接京津冀转移项目131个」: a place after a verb is its object or source, not the subject
        return match.group(), left[match.end():]
    return None, left


@lru_cache(maxsize=16384)
def opening_subject(clause: str) -> str | None:
    """The subject that opens a clause without figures, to carry to the next (「北京连续9年稳居全球榜首」 → 北京).

    全国 is left out: opening a clause of a regional text it mostly qualifies a noun (全国高校).
    """
    subject = _opening(clause, places=False)
    if subject == "全国" or (subject and _is_city(subject)):
        return None  # a city opening a clause without figures is mostly the scene of an event
    return subject


def _opening(left: str, places: bool = True) -> str | None:
    body = left
    lead = _LEAD.match(body)
    while lead and 0 < lead.end() < len(body):
        body = body[lead.end():]
        lead = _LEAD.match(body)
    best = None
    match = _OPENING_RE.match(body) if body[:1] in _OPENING_FIRST else None
    if match:
        best = match.group()
    place = _PLACE.match(body) if places else None
    place_only = False
    if place and (best is None or len(place.group()) > len(best)):
        name, rest = place.group(), body[place.end():]
        if rest and rest not in HEADS and not VERBS.search(name) and len(rest) >= 2 and rest[0] not in "、和及与":
            best, place_only = name, True
    led = left[: len(left) - len(body)]
    organisation = _ORG_NAME.match(body) if places and not regex.search(r"[与对和及在从]", led) else None
    if organisation and (best is None or len(organisation.group()) > len(best)):
        from .metric import peel_tail

        rest = peel_tail(body[organisation.end():])
        if any(rest.endswith(head) and len(rest) > len(head) - 1 for head in HEADS) and not VERBS.search(rest):
            return organisation.group()  # 「宁波舟山港集装箱吞吐量」: the port is whose figure it is
    if best is None:
        return None
    # 「庆阳、酒泉经济总量」: places listed together are one subject.
    while True:
        more = _OPENING_RE.match(body[len(best) + 1:]) if body[len(best):len(best) + 1] in ("、", "和") else None
        if not more:
            break
        best = body[: len(best) + 1 + len(more.group())]
    if place_only and not _names_something(body[len(best):]):
        return None
    if best not in _SUBJECTS and _ORGANISATION.match(body[len(best):]):
        return None  # 「青海师范大学」, 「宁波舟山港」: the place begins a name
    return best


def _names_something(rest: str) -> bool:
    from .metric import peel_tail

    return len(peel_tail(rest)) >= 2
