"""What a sentence's reading holds as its clauses are read, the facts it makes (names given back as the
text writes them), and what carries from one figure to the next: a bound word over a 、-list (接连突破8万亿
元、9万亿元), a tier's noun (2家千亿级、24家百亿级工业企业), a subject back in the folded text.

>>> _implied_unit("基本养老保险参保人数"), _mask_asides("投资（不含农户）408914亿元", [(8, 15)]).replace(_FILLER, "_")
('人', '投资______408914亿元')
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..quantities import Quantity
from .fact import Fact, replace
from .trim import balanced_quotes
from .period import periods_in


class _Reading:
    """What a sentence has said so far, as its clauses are read from left to right."""

    __slots__ = ("s", "original", "as_written", "periods", "spans", "quantities", "units", "facts", "names",
                 "subject", "last_list", "last_places", "enumerated", "carried", "carried_written", "topic_clause", "word_signs",
                 "bracketed", "topic_fresh", "named_fresh", "before")

    def __init__(self, s: str, original: str, spans: list[tuple[int, int]], quantities: list[Quantity],
                 units: list[str]):
        self.s = s                          # the folded sentence
        self.original = original            # the sentence as written
        self.as_written = s == original     # whether folding left the sentence as written
        self.periods = periods_in(s)        # the periods written in it, for period_at (find_period)
        self.spans = spans
        self.quantities = quantities
        self.units = units                  # the unit of each figure
        self.facts: list[Fact] = []
        self.names: list[str] = []          # folded names of the figures so far
        self.subject: str | None = None     # the last place named as a subject
        self.last_list: list[str] | None = None  # the members of the last 分别 list
        self.last_places: list[str] | None = None  # the places (subjects) of its members, one each, if it had them
        self.enumerated: tuple[str, tuple[str, ...]] | None = None  # (name, places) of 「……依次是东部、西部」
        self.carried = ""                   # the name the sentence before ends on (read_sentence), folded
        self.carried_written = ""           # that name as the text writes it
        self.topic_clause = ""              # the last clause without figures before the first figure
        self.word_signs: list[int] = []     # the sign the words before each figure give (not a minus sign)
        self.topic_fresh = False            # a clause without figures came after the last figure
        self.named_fresh = False            # ... and named the subject of the figures after it (福州跌幅明显)
        self.before = ""                    # the paragraph's sentences before this one, as written (indicator.py)
        self.bracketed: dict[int, tuple[str | None, str, tuple[str, int] | None]] = {}  # figure → (place, name): 「广东(91723.22亿元)、……」


# A figure in 个百分点 is a difference of two rates: a change, where no word says more (年均, 累计).
_DIFFERENCE_UNITS: Final = frozenset(LEXICON.grammar.get("difference_unit", ()))


def _fact(reading: _Reading, q: Quantity, named: str, subject, stat, sign: int, period) -> Fact:
    if stat is None and q.unit in _DIFFERENCE_UNITS:
        stat = "change"
    value = q.value * sign if q.value is not None else q.value
    value_max = q.value_max * sign if (q.value_max is not None and sign < 0) else q.value_max
    if sign < 0 and value_max is not None:
        value, value_max = min(value, value_max), max(value, value_max)
    s, original = reading.s, reading.original
    if reading.as_written:  # names read from the text are as written, but for blanks (_as_written)
        metric = named if not named or _FILLER not in named else _as_written(named, s, original)
        subject = subject if not subject or _FILLER not in subject else _subject_as_written(subject, s, original)
        period = period if not period or _FILLER not in period else _as_written(period, s, original)
    elif named and named == reading.carried and reading.carried_written:
        # the name of the sentence before, as written there (this sentence may not hold it: 「……價值……。若扣除……，則上升12%」)
        metric, subject, period = (reading.carried_written, _as_written(subject, s, original),
                                   _as_written(period, s, original))
    else:
        metric, subject, period = (_as_written(named, s, original), _subject_as_written(subject, s, original),
                                   _as_written(period, s, original))
    if metric and metric[-1] in _QUOTE_MARKS or metric and metric[0] in _QUOTE_MARKS:
        metric = balanced_quotes(metric)
    fact = _NEW(Fact)  # Fact(...), without the frozen dataclass's cost per field; the fields in order
    _SET(fact, "__dict__", {
        "metric": metric,
        "subject": subject,
        "value": value,
        "value_max": value_max,
        "unit": q.unit or _implied_unit(metric),
        "bound": q.bound,
        "stat": stat,
        "period": period,
        "text": q.text,
        "sentence": original,
        "start": q.start,
        "end": q.end,
    })
    return fact


_NEW: Final = object.__new__
_SET: Final = object.__setattr__
_QUOTE_MARKS: Final = frozenset("“”‘’《》「」『』\"")
_IMPLIED: Final = LEXICON.implied_units or {}
_IMPLIED_ENDS: Final = tuple(_IMPLIED)


def _implied_unit(metric: str | None) -> str:
    """The unit a metric's head noun implies where its figure has none (「参保人数突破5100万」 → 人).

    >>> _implied_unit("基本养老保险参保人数"), _implied_unit("地区生产总值")
    ('人', '')
    """
    if not metric or not metric.endswith(_IMPLIED_ENDS):
        return ""
    return next(_IMPLIED[head] for head in _IMPLIED if metric.endswith(head))


def _carry_bound(reading: _Reading, before: int, i: int) -> None:
    """A bound word before the first of figures joined by 、 bounds them all: 「接连突破8万亿元、9万亿元」
    (quantities.py reads each figure alone, so the second comes as eq)."""
    first, q = reading.quantities[before], reading.quantities[i]
    carried = reading.facts[-2].bound if len(reading.facts) > 1 else "eq"
    if q.bound != "eq" or carried == "eq" or first.unit != q.unit:
        return
    if reading.s[reading.spans[before][1]: reading.spans[i][0]] not in ("、", "和", "及", "与"):
        return
    written = reading.s[reading.spans[before][0]: reading.spans[before][1]]  # folded: 約 reads as 约
    if first.bound == "eq" or written.startswith(_BOUND_WORDS_BEFORE):
        reading.facts[-1] = replace(reading.facts[-1], bound=carried)


_BOUND_WORDS_BEFORE: Final = tuple(LEXICON.bounds_before)
# 「约占CPI同比涨幅回落的八成」: a bound word before 占 bounds the share the clause ends on
_BOUND_BEFORE_SHARE: Final = regex.compile_for_re(r"(%s)占[^，,；;。]{0,24}$" % "|".join(
    regex.escape(word) for word in sorted(LEXICON.bounds_before, key=len, reverse=True)))


def _bound_of_share(reading: _Reading, left: str) -> None:
    """The bound a word before 占 gives the share just read, where its own text has none."""
    fact = reading.facts[-1]
    if fact.bound != "eq" or fact.stat != "share" or "占" not in left:
        return
    found = _BOUND_BEFORE_SHARE.search(left)
    if found:
        reading.facts[-1] = replace(fact, bound=LEXICON.bounds_before[found.group(1)])


_TRAILING_BOUNDS: Final = tuple(word for word in LEXICON.bounds_after if len(word) > 1)


def _carry_trailing_bound(reading: _Reading, in_clause: list[int], count: int) -> None:
    """A bound word closing figures of one unit joined by 、 bounds them all: 「分别增长5%、6.5%左右」 makes
    5% approx too, 「分别达到90%、95%以上」 ge; a single-character tail (200多亿条) is part of its own figure.
    The figures are the first `count` of the clause (`in_clause`), the last of them the one just read."""
    listed = in_clause  # read up to `count`, without a copy per figure
    last = reading.quantities[listed[count - 1]]
    if last.bound == "eq" or not last.text.endswith(_TRAILING_BOUNDS):
        return
    back = 1
    while back < count:
        before, after = listed[count - 1 - back], listed[count - back]
        q = reading.quantities[before]
        if q.unit != last.unit or q.bound != "eq" or reading.facts[-1 - back].bound != "eq":
            return
        if reading.s[reading.spans[before][1]: reading.spans[after][0]] != "、":
            return
        reading.facts[-1 - back] = replace(reading.facts[-1 - back], bound=last.bound)
        back += 1


def _folded_subject(reading: _Reading, subject: str | None) -> str | None:
    """A subject as written, back in the folded copy (facts hold the text's own script)."""
    if not subject:
        return subject
    at = reading.original.find(subject)
    return reading.s[at: at + len(subject)] if at >= 0 else subject


def _share_tier_noun(reading: _Reading, phrase: str, position: int) -> None:
    """「新增2家千亿级、24家百亿级工业企业」: the tiers before share the noun after the last one."""
    tier = _TIER.search(phrase)
    if not tier or not reading.names:
        return
    head = phrase[tier.end():]
    back = 1
    while head and back <= position and _TIER_END.search(reading.names[-back]):
        name = _as_written(reading.names[-back] + head, reading.s, reading.original)
        reading.facts[-1 - back] = replace(reading.facts[-1 - back], metric=name)
        back += 1


_ASIDE: Final = regex.compile(r"（[^（）。；]{1,30}）|\([^()。；]{1,30}\)|〔[^〔〕。；]{1,20}〕")  # 〔记者…报导〕: a byline; （以女性为100，男性对女性的比例）
_FILLER: Final = "\u3000"
_TIER: Final = regex.compile(r"^[^，、]{1,8}?[级型类]")
_TIER_END: Final = regex.compile(r"[级型类]$")


def _mask_asides(s: str, spans) -> str:
    """Blank out short asides in brackets without figures (「全国固定资产投资（不含农户）408914亿元」), so that
    the name around them reads as one; the length, and so every offset, stays the same."""
    def blank(match):
        inside = any(match.start() <= a < match.end() for a, _b in spans)
        return match.group() if inside else _FILLER * len(match.group())
    if "（" not in s and "(" not in s and "〔" not in s:
        return s  # every aside opens with a bracket
    return _ASIDE.sub(blank, s)


def _subject_as_written(subject: str | None, folded: str, original: str) -> str | None:
    """A subject as the original sentence writes it, with the aside it holds (「4A级(含)以上旅游景区」: the
    aside says which places are counted, it is part of the name of the group).

    >>> _subject_as_written("4A级\u3000\u3000\u3000以上景区", "75个4A级\u3000\u3000\u3000以上景区共接待", "75个4A级(含)以上景区共接待")
    '4A级(含)以上景区'
    """
    at = folded.find(subject) if subject and _FILLER in subject else -1
    if at >= 0 and subject:
        return original[at: at + len(subject)]
    return _as_written(subject, folded, original)


def _as_written(name: str | None, folded: str, original: str) -> str | None:
    """The piece of the original sentence that `name` was read from (names built from a list stay as built)."""
    if name and _FILLER in name:
        name = name.replace(_FILLER, "")
    if not name or folded == original:
        return name
    at = folded.find(name)
    if at >= 0:
        return original[at: at + len(name)]
    # A name built from pieces (a list member with its shared head): each character as the text writes it
    # where the folded text last holds it.
    written = []
    for char in name:
        at = folded.rfind(char)
        written.append(original[at] if at >= 0 else char)
    return "".join(written)


def _share_group_back(reading: _Reading, in_clause: list[int], position: int) -> None:
    """「分别有50.6%、35.0%的经济学人认为……」: percentages joined by 、 or 和 to one that a group after it (的经济学人)
    makes a share of are shares of that group too, named alike."""
    last = reading.facts[-1]
    k = position - 1
    while k >= 0:
        i, j = in_clause[k], in_clause[k + 1]
        if reading.units[i] != reading.units[j] or \
                not _LIST_MARK.fullmatch(reading.s, reading.spans[i][1], reading.spans[j][0]):
            break
        at = len(reading.facts) - 1 - (position - k)
        if reading.facts[at].stat not in (None, "share"):
            break
        reading.facts[at] = replace(reading.facts[at], metric=last.metric, stat="share")
        k -= 1


_LIST_MARK: Final = regex.compile(r"\s*(?:、|和|及|与)\s*")
