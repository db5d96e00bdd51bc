"""Figures written in brackets after the place they belong to, as news lists a ranking:
「广东(91723.22亿元)、江苏(88652.7亿元)、山东(64409亿元)前三季度GDP超过5万亿元」.

Each bracketed figure is about the place before its bracket; all of them measure what the sentence
names after the list (「前三季度GDP」), else what it named before it with a figure of the same unit
(「GDP总量在3万亿元到5万亿元之间的有8个省份，分别为河南(47022.73亿元)、……」).

>>> from pipeline.quantities import find_quantities
>>> s = "广东(91723.22亿元)、江苏(88652.7亿元)前三季度GDP超过5万亿元。"
>>> bracketed_places(s, [(q.start, q.end) for q in find_quantities(s)])
{0: ('广东', 'GDP'), 1: ('江苏', 'GDP')}
"""
from __future__ import annotations

from .. import cached_regex as regex
from .metric import left_name
from .subject import listed_places

_OPEN = frozenset("(（")
_CLOSE = frozenset(")）")
_JOINS = frozenset(("、", "和", "及", "与", "，", ","))
# The Han characters before an opening bracket: the place is the longest end of them that is a place.
_BEFORE = regex.compile(r"(?rp)\p{Han}{1,12}$")
# What may stand between a list and the name after it: how many places it held (6个省份), 等, 共.
_COUNT = regex.compile(r"^(?:等|共)?(?:[\d一二两三四五六七八九十]+个?(?:省份|省区市|省市|城市|地区|省|市|区|县|国家|地))?")
_CUT = regex.compile(r"[，,；;：:。！？!?（）()]|\d")


def bracketed_places(s: str, spans: list[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """{figure: (place, name)} for the figures of a sentence written in brackets right after a place
    (name '' where the sentence names nothing after the list: the caller takes the name from before)."""
    found: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        if start == 0 or s[start - 1] not in _OPEN or end >= len(s) or s[end] not in _CLOSE:
            continue
        place = _place_before(s[: start - 1])
        if place:
            found[i] = place
    if not found:
        return {}
    named: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    for i in sorted(found):
        if run and not _joined(s, spans[run[-1]][1] + 1, spans[i][0] - 1 - len(found[i])):
            named.update(_name_run(s, spans, run, found))
            run = []
        run.append(i)
    named.update(_name_run(s, spans, run, found))
    return named


def _place_before(text: str) -> str | None:
    """The place a bracket stands after: the longest end of the Han characters before it that is one."""
    run = _BEFORE.search(text)
    if not run:
        return None
    words = run.group()
    for at in range(len(words) - 1):
        if listed_places([words[at:]]):
            return words[at:]
    return None


def _joined(s: str, after_close: int, before_place: int) -> bool:
    """Whether two bracketed figures stand in one list: only a joining mark between the bracket closing
    the first and the place of the second."""
    return after_close <= before_place and s[after_close:before_place] in _JOINS


def _name_run(s: str, spans: list[tuple[int, int]], run: list[int], found: dict[int, str]) -> dict[int, tuple[str, str]]:
    """The run's figures with their places and the name the sentence gives after the run (or '')."""
    if len(run) < 2:
        return {}  # one place with a figure in brackets is an aside, not a list
    after = spans[run[-1]][1] + 1
    rest = s[after:]
    rest = rest[_COUNT.match(rest).end():]
    cut = _CUT.search(rest)
    name = left_name(rest[: cut.start()] if cut else rest)
    return {i: (found[i], name) for i in run}
