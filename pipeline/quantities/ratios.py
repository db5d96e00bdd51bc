"""Figures the number pattern does not read alone: words (翻一番 = a growth of 100%, 打对折 = 50%, 半成 = 5%) and
the terms of a ratio (4.0∶37.7∶58.3 in %, the 2.9 of 2.9∶1), which replace what they overlap.

>>> [(q.text, q.value, q.unit) for q in _word_figures("经济总量翻一番", "经济总量翻一番", None)]
[('翻一番', 100.0, '%')]
>>> [(q.text, q.unit) for q in _ratios("三次产业结构为4.0∶37.7∶58.3", "三次产业结构为4.0∶37.7∶58.3", None, [])]
[('4.0', '%'), ('37.7', '%'), ('58.3', '%')]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter
from decimal import Decimal
import re
from typing import Final

from .quantity import Quantity, _made
from .patterns import _ASCII_DIGITS


# Figures written as words: 翻一番 (doubled: a growth of 100%) and 翻两番 (doubled twice, four times as much: 300%),
# 对折 and 半折 = 50%, 半成 = 5%.
_WORD_FIGURES: Final = re.compile(r"翻了?(?P<doublings>[一两二三四五])番|打(?P<half_price>对折)|(?P<half_off>半折)"
                           r"|(?P<half_tenth>半成)(?![品熟])")
_DOUBLINGS: Final = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _word_figures(text: str, original: str, to_original) -> list[Quantity]:
    """翻一番 (100%), 翻两番 (300%), 打对折 (50%), 半成 (5%), as quantities."""
    figures = []
    for match in _word_figure_matches(text):
        if match["doublings"]:
            value, unit, number = 100 * (2 ** _DOUBLINGS[match["doublings"]] - 1), "%", match["doublings"]
        else:
            value, unit, number = (5 if match["half_tenth"] else 50), "%", "半"
        start = match.start("half_price") if match["half_price"] else match.start()
        figures.append(_made(start, match.end(), value, unit, "eq", number, True, False,
                             original, to_original))
    return figures


_WORD_FIGURE_KEYS: Final = (("番", 3), ("对折", 1), ("半折", 0), ("半成", 0))   # key, how far before it a match may start


def _word_figure_matches(text: str):
    """The matches of _WORD_FIGURES, found from their key characters (str.find is the fast search)."""
    matches = {}
    for key, reach in _WORD_FIGURE_KEYS:
        at = text.find(key)
        while at >= 0:
            for start in range(max(0, at - reach), at + 1):
                match = _WORD_FIGURES.match(text, start)
                if match and match.end() > at:
                    matches[match.start()] = match
                    break
            at = text.find(key, at + 1)
    return [matches[start] for start in sorted(matches)]


# A ratio written with ∶ (U+2236), : or ：, two terms or more: 4.0∶37.7∶58.3, 2.9∶1, 2：1.
_RATIO: Final = re.compile(r"(?<![\d.∶:：])\d+(?:\.\d+)?(?:[∶:：]\d+(?:\.\d+)?)+(?![\d.]|[∶:：]\d)")
_RATIO_TERM: Final = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_END: Final = re.compile(r"[，。；！？,;!?\n]")
_RATIO_WORDS: Final = ("比", "结构")


def _ratios(text: str, original: str, to_original, found: list[Quantity]) -> list[Quantity]:
    """Each term of a ratio as its own quantity, but not the 1 of x∶1 (its base).

    Terms of a structure that add up to 100 (三次产业比重为4.0∶37.7∶58.3) are shares in %; other terms
    have no unit (城乡居民收入比由2.9∶1缩小至2.52∶1 → 2.9 and 2.52). With : or ：, the clause must speak of
    a ratio (比, 结构), or a ratio read before stand in it (「三次产业结构由上年的17.1:32.4:50.5调整为16.2:34.1:49.7」),
    and the figure must not be a clock time (9:00, 09:02:33) unless it is a structure's parts adding up to 100
    (「三次产业结构……演进为9:51:40」).
    """
    ratios = []
    near = None
    last_end = -1      # where the last ratio read ends: a ratio after it in its clause is one too (由…调整为…)
    for match in _ratio_chains(text):
        chain = match.group()
        if "∶" not in chain:
            parts = _RATIO_SIGN.split(chain)
            clause = _CLAUSE_END.split(text[max(0, match.start() - 20):match.start()])[-1]
            spoken = any(word in clause for word in _RATIO_WORDS) \
                or (0 <= match.start() - last_end <= 20 and _CLAUSE_END.search(text, last_end, match.start()) is None)
            if all(len(part) == 2 and part.isdigit() for part in parts[1:]) and parts[0].isdigit() \
                    and int(parts[0]) <= 24 and not (spoken and len(parts) >= 3 and sum(map(int, parts)) == 100):
                continue                      # a clock time (not the whole of a structure: 「演进为9:51:40」)
            if not spoken:
                continue
        last_end = match.end()
        near = near or _Around(found)
        terms = list(_RATIO_TERM.finditer(chain))
        values = [Decimal(term.group()) for term in terms]
        bound_after = "eq"
        if len(terms) == 2 and values[1] == 1:
            terms = terms[:1]                 # 2.9∶1: the 1 is the base, no figure
            base_end = match.end() if to_original is None else to_original(match.end() - 1) + 1
            for q in near.spanning(base_end, before=True):   # 2：1以内: the bound after the base bounds the ratio
                if q.start < base_end <= q.end and q.bound != "eq" and q.end > base_end:
                    bound_after = q.bound
        unit = "%" if len(values) >= 3 and abs(sum(values, Decimal(0)) - 100) <= Decimal("1.5") else ""
        for term in terms:
            start, end = match.start() + term.start(), match.start() + term.end()
            bound = bound_after
            if term.start() == 0:     # a bound word before the first term stays with it (突破1：1)
                for q in near.spanning(to_original(start) if to_original else start):
                    if q.end > (to_original(start) if to_original else start) >= q.start \
                            and q.bound != "eq" and q.number_text == term.group():
                        bound, start = q.bound, (q.start if to_original is None else start)
            ratios.append(_made(start, end, Decimal(term.group()), unit, bound, term.group(), False, True,
                                original, to_original))
    return ratios


_RATIO_SIGN: Final = re.compile("[:：]")


class _Around:
    """The quantities found (in order of their starts), for those that may hold an offset."""

    def __init__(self, found: list[Quantity]):
        self.found = found
        self.starts = [q.start for q in found]
        self.reach = list(accumulate((q.end for q in found), max))    # the furthest end so far

    def spanning(self, offset: int, before: bool = False) -> list[Quantity]:
        """The quantities, in order, that start at `offset` or before it (strictly before, if `before`)
        and that are not ended by it as all quantities before them are: those that may span it."""
        first = bisect_right(self.reach, offset)
        last = (bisect_left if before else bisect_right)(self.starts, offset)
        return self.found[first:last]


_RATIO_CHARS: Final = frozenset("0123456789.∶:：")


def _ratio_signs(text: str):
    """Positions of ∶, : and ： with a digit on both sides, in order (str.find is the fast search)."""
    signs = []
    for char in "∶:：":
        at = text.find(char)
        while at >= 0:
            if at and text[at - 1] in _ASCII_DIGITS and text[at + 1:at + 2] in _ASCII_DIGITS:   # ("" is not in it)
                signs.append(at)
            at = text.find(char, at + 1)
    return sorted(signs)


def _ratio_chains(text: str):
    """The matches of _RATIO, found from their signs (a search from every digit costs more)."""
    position = 0
    for sign in _ratio_signs(text):
        if sign < position:
            continue
        start = sign
        while start and text[start - 1] in _RATIO_CHARS:
            start -= 1
        match = None
        while start < sign:
            match = _RATIO.match(text, start)
            if match and match.end() > sign:
                break
            match = None
            start += 1
        if match is None:
            continue
        yield match
        position = match.end()


def _replace(found: list[Quantity], figures: list[Quantity]) -> list[Quantity]:
    """The quantities found, with `figures` standing in for those they overlap."""
    starts = [q.start for q in found]
    dropped = set()
    for figure in figures:     # found is in text order: look only at the quantities near each figure
        index = bisect_right(starts, figure.start)
        for near in range(max(0, index - 2), len(found)):
            q = found[near]
            if q.start >= figure.end:
                break
            if q.end > figure.start:
                dropped.add(near)
    kept = [q for index, q in enumerate(found) if index not in dropped] if dropped else found
    return sorted(kept + figures, key=_START)


_START: Final = attrgetter("start")
