"""Figures written in brackets after what they belong to, as news and releases list a ranking:
「广东(91723.22亿元)、江苏(88652.7亿元)、山东(64409亿元)前三季度GDP超过5万亿元」,
「其次为百货公司货品(零售量上升9.7%)；服装(上升7.6%)；……」.

A list of two such members or more, each bracket closing on its figure:
- where every member is a place, each figure is about its place and measures what the sentence names
  after the list (「前三季度GDP」), else what it named before with a figure of the same unit
  (「GDP总量在3万亿元到5万亿元之间的有8个省份，分别为河南(47022.73亿元)、……」);
- where the members are short (甲類, 乙類) and a name follows the list, each member and that name
  (甲类消费物价指数);
- otherwise each member names its figure (百货公司货品, 服装), and is whose figure it is.

What the words before the list say of its figures (a list after a colon: the clause before the colon) is
their stat (「整體出口貨量均錄得跌幅：美國(-25.3%)、中國內地(-19.4%)」: rates of change); where they say
nothing, percentages of groups that are no places, none negative and together no more than the whole, are
the groups' shares of it (「就業人口主要集中在文娛博彩及其他服務業(17.2%)、批發及零售業(15.3%)」).

>>> from pipeline.quantities import find_quantities
>>> s = "广东(91723.22亿元)、江苏(88652.7亿元)前三季度GDP超过5万亿元。"
>>> bracketed(s, [(q.start, q.end) for q in find_quantities(s)])
{0: ('广东', 'GDP', None), 1: ('江苏', 'GDP', None)}
>>> s = "其次为百货公司货品(零售量上升9.7%)；服装(上升7.6%)；以及眼镜店(上升8.0%)。"
>>> bracketed(s, [(q.start, q.end) for q in find_quantities(s) if q.kind == "statistic"])
{0: ('百货公司货品', '百货公司货品', None), 1: ('服装', '服装', None), 2: ('眼镜店', '眼镜店', None)}
>>> s = "甲類(103.67)及乙類(104.68)消費物價指數分別上升0.89%及0.69%。"
>>> bracketed(s, [(q.start, q.end) for q in find_quantities(s)])[0]
(None, '甲类消费物价指数', None)
>>> s = "出口貨量均錄得跌幅：美國(-25.3%)、越南(-10.3%)。就業人口主要集中在製造業(13.1%)和建築業(11.1%)。"
>>> qs = find_quantities(s)
>>> [said for _place, _name, said in bracketed(s, [(q.start, q.end) for q in qs], [q.value for q in qs]).values()]
[('growth_rate', -1), ('growth_rate', -1), ('share', 1), ('share', 1)]
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..script import fold
from .metric import left_name
from .places import listed_places
from .stat import read_stat

Said = tuple[str, int] | None  # (stat, sign) the words before a list say of its figures

_OPEN = "(（"
_CLOSE = frozenset(")）")
# What joins two members: a list mark, then the next member (「)；服装(」, 「)、江苏(」, 「)；以及眼镜店(」).
_JOIN = regex.compile(r"^(?:[、，,；;]\s*(?:以及|和|及)?|以及|和|及|与)\s*")
_BREAKS = regex.compile(r"[，,；;：:。！？!?（）()\n]")
# The Han characters before an opening bracket: a place is the longest end of them that is one.
_BEFORE = regex.compile(r"(?rp)\p{Han}{1,12}$")
# What may stand between a list and the name after it: how many places it held (6个省份), 等, 共.
_COUNT = regex.compile(r"^(?:等|共)?(?:[\d一二两三四五六七八九十]+个?(?:省份|省区市|省市|城市|地区|省|市|区|县|国家|地))?")
_CUT = regex.compile(r"[，,；;：:。！？!?（）()\n]|\d")
_LONGEST_MEMBER = 24
_DIGIT = regex.compile(r"\d")


def bracketed(s: str, spans: list[tuple[int, int]], values: list[float | None] | None = None
              ) -> dict[int, tuple[str | None, str, Said]]:
    """{figure: (place or None, name, said)} for the figures of a text listed in brackets after what they
    belong to (name '' where a list of places names nothing after it: the caller takes it from before), the
    places and names in simplified script; `said`: the (stat, sign) the words before the list say of its
    percentages, or their share where `values` (the figures' values) show parts of a whole, else None."""
    opened: dict[int, int] = {}  # figure → where its bracket opens
    for i, (start, end) in enumerate(spans):
        if end >= len(s) or s[end] not in _CLOSE:
            continue
        at = max(s.rfind(_OPEN[0], 0, start), s.rfind(_OPEN[1], 0, start))
        if at >= 0 and not _BREAKS.search(s, at + 1, start) and start - at <= 12:
            opened[i] = at
    if len(opened) < 2:
        return {}
    found: dict[int, tuple[str | None, str, Said]] = {}
    run: list[tuple[int, str]] = []
    for i in sorted(opened):
        member = _member_after(s, spans[run[-1][0]][1] + 1, opened[i]) if run else None
        if member is None:
            found.update(_named_run(s, spans, run, values))
            member = _first_member(s[: opened[i]])
            run = []
        if member:
            run.append((i, member))
    found.update(_named_run(s, spans, run, values))
    return found


def _member_after(s: str, after_close: int, opening: int) -> str | None:
    """The member between the bracket closing one figure and the one opening the next, where only a
    list mark leads to it; else None (the figures are in no list together)."""
    if opening - after_close > _LONGEST_MEMBER:
        return None
    gap = s[after_close:opening]
    join = _JOIN.match(gap)
    if not join or _BREAKS.search(gap, join.end()) or _DIGIT.search(gap):
        return None  # (a figure before the bracket: the bracket restates it, 「782.7千公顷（1174.1万亩）」)
    return gap[join.end():]


def _first_member(text: str) -> str:
    """The first member of a list: what stands before its bracket since the clause began."""
    last = max((text.rfind(mark) for mark in "，,；;：:。！？!?\n"), default=-1)
    member = text[last + 1:][-_LONGEST_MEMBER:]
    return "" if _DIGIT.search(member) else member


def _named_run(s: str, spans: list[tuple[int, int]], run: list[tuple[int, str]], values: list[float | None] | None
               ) -> dict[int, tuple[str | None, str, Said]]:
    if len(run) < 2:
        return {}  # one figure in brackets is an aside, not a list
    places = [_place(member) for _i, member in run]
    signed = any(s[spans[i][0]] in _SIGNS for i, _member in run)  # 「家居設備及服務(+11.08%)」: changes, no parts
    said = _said_before(s, spans[run[0][0]][0], [values[i] for i, _member in run] if values and not signed else None,
                        all(places))
    return {i: read + (said,) for i, read in _named_members(s, spans, run, places).items()}


def _named_members(s: str, spans: list[tuple[int, int]], run: list[tuple[int, str]], places: list[str | None]
                   ) -> dict[int, tuple[str | None, str]]:
    after = spans[run[-1][0]][1] + 1
    rest = s[after:]
    rest = rest[_COUNT.match(rest).end():]
    cut = _CUT.search(rest)
    name = left_name(fold(rest[: cut.start()] if cut else rest))
    if all(places):
        return {i: (place, name) for (i, _member), place in zip(run, places)}
    if name and all(len(member) <= _SHORT_MEMBER for _i, member in run):
        # 「甲類(103.67)及乙類(104.68)消費物價指數」: short members share the head named after the list
        return {i: (None, fold(member) + name) for i, member in run}
    # each member is whose figure it is too (a category, an industry, an occupation: 就業人口主要集中在製造業(13.1%))
    named = {i: (_group(member), left_name(fold(member))) for i, member in run}
    return {i: read for i, read in named.items() if len(read[1]) >= 2}


def _group(member: str) -> str | None:
    """The group a member of a bracketed list names, past the verb that leads to the list, or None.

    >>> _group("就業人口主要集中在文娛博彩及其他服務業 "), _group("其次是服務及銷售人員"), _group("服装")
    ('文娱博彩及其他服务业', '服务及销售人员', '服装')
    """
    words = fold(member).strip()
    led = _LED_TO.search(words)
    group = words[led.end():] if led else words
    return group if _GROUP_NAME.fullmatch(group) else None


# What leads to the first member of a list: a verb of where the members are (集中在), a copula (其次是, 为), a colon.
_LED_TO: Final = regex.compile(r"(?r)(?:在|于|为|是|：|:)")
_GROUP_NAME: Final = regex.compile(r"[\p{Han}、]{2,16}")
_SHORT_MEMBER = 4  # members of a few characters (甲類, 乙類, 男性) qualify a head rather than name a figure


def _place(member: str) -> str | None:
    """The place a member ends with (「分别为河南」 → 河南), or None."""
    run = _BEFORE.search(member)
    if not run:
        return None
    words = fold(run.group())
    for at in range(len(words) - 1):
        if listed_places([words[at:]]):
            return words[at:]
    return None


_SIGNS = "+＋-−"
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_SENTENCE_MARKS = "；;。！？!?\n"
_WHOLE = 100.0


def _said_before(s: str, start: int, values: list[float | None] | None, all_places: bool) -> Said:
    """(stat, sign) of the percentages of a list whose first figure starts at `start`, from the clause
    holding its first member (and the clause before it where a colon opens the list); 「share」 where the
    clause says none and the `values` are parts of a whole of members that are no places."""
    opening = max(s.rfind("(", 0, start), s.rfind("（", 0, start))
    clause_at = max(s.rfind(mark, 0, opening) for mark in _CLAUSE_MARKS) + 1
    head = s[clause_at:opening]
    if clause_at > 0 and s[clause_at - 1] in "：:":  # 「……均錄得跌幅：美國(-25.3%)」: the list after a colon
        before = max(s.rfind(mark, 0, clause_at - 1) for mark in _SENTENCE_MARKS) + 1
        head = s[before:clause_at]
    stat, sign = read_stat(fold(head), "%")
    if stat in ("growth_rate", "change", "share"):
        return stat, sign
    if stat is None and not all_places and values and all(v is not None and v > 0 for v in values) \
            and sum(v for v in values if v is not None) <= _WHOLE:
        return "share", 1  # 「集中在文娛博彩及其他服務業(17.2%)、批發及零售業(15.3%)」: parts of a whole
    return None
