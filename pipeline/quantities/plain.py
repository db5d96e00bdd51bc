"""The fast paths: plain figures (64.1万人, a lone Chinese digit, a run of Chinese numerals, a plain
figure after a bound word) read without the full pattern, the same way it reads them.

>>> from .patterns import _CANDIDATE
>>> text = "新增就业64.1万人。"
>>> q = _plain(_CANDIDATE.search(text), 4, text, None)
>>> q.text, q.value, q.unit
('64.1万人', 641000.0, '人')
"""
from __future__ import annotations

from typing import Final

from ..lexicon import LEXICON
from .quantity import Quantity, _NEW, _SET, _made
from .patterns import (
    BEFORE_HALF, BEFORE_SCALE, _BEFORE_LENGTHS, _LONE_FLOATS, _PAIR_SET, _PARTICLES, _PLAIN_AFTER_BOUND, _SCALE_OR_MORE, _TIMES_ONLY)
from .values import _float_value, _is_bare_scale, _shape, _value


def _plain(candidate, start: int, original: str, to_original):
    """The quantity of a plain figure `_CANDIDATE` matched whole, if the full pattern reads it the same way
    (None where it may not; _NO_FIGURE where it takes no figure there, see _plain_chinese)."""
    more_digits, scale, unit, bound_after, digit, digit_unit, chinese = candidate.groups()
    if chinese is not None:
        return _plain_chinese(candidate, start, original, to_original)
    end = candidate.end()
    bound = "eq"
    if digit is None:
        if unit == "圆":
            return None
        if bound_after is not None:
            if unit and unit[0] in _SCALE_OR_MORE:
                return None      # a unit starting with a scale or 多 the full pattern may read otherwise
                #                  before a bound word (5兆字节 as 5兆, 5多年 as 5多 and 年): left to it
            bound = LEXICON.bounds_after[bound_after]
        number_text = candidate.string[start:start + 1 + len(more_digits)]
        value = _float_value(number_text + scale if scale else number_text)
        if value is None:
            return None
        chinese, scaled = False, bool(scale)
    else:
        unit = digit_unit
        if unit == "圆":
            return None
        number_text = candidate.string[start]
        value, chinese, scaled = _LONE_FLOATS[number_text], True, False
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    quantity = _NEW(Quantity)      # _quantity, inline: the commonest figure
    _SET(quantity, "__dict__", {
        "text": original[start:end], "start": start, "end": end, "value": value,
        "value_max": None, "unit": unit or "", "bound": bound, "kind": "statistic",
        "number_text": number_text, "chinese": chinese, "scaled": scaled, "ratio": False})
    return quantity


def _plain_after_bound(text: str, start: int, floor: int, original: str, to_original):
    """A plain Arabic figure after a bound word (超过320家, 近12年), as _read reads the full pattern's match
    from the bound word: the figure _plain reads from its digit on, with the bound word's bound (unless a
    bound word after it says another) and starting at the bound word. With the offsets in `text` where
    the match starts and ends; None where _plain leaves the figure to the full pattern, or no bound word
    ends there (after `floor`)."""
    earlier = next(_bound_word_starts(text, start, floor), None)
    if earlier is None:
        return None
    figure = _PLAIN_AFTER_BOUND.match(text, start)
    unit = figure and figure.group("unit")
    if figure is None or unit and (unit[0] in _SCALE_OR_MORE or unit in _TIMES_ONLY
                                   or text[figure.end():figure.end() + 1] == "次"):
        return None      # the full pattern may read these otherwise: 5兆字节 as 5兆, 5多年 as 5多 and 年,
        #                  3斤次日 as 3斤 (a measure with 次 is no unit before 年, 日...), 5公升次 as one unit
    quantity = _plain(figure, start, original, to_original)
    if quantity is None:
        return None
    fields = quantity.__dict__
    if figure.group("bound_after") is None:
        word = text[earlier:start]       # the word the full pattern matches: the longest, then 了/是/有/为
        fields["bound"] = LEXICON.bounds_before[word if word in LEXICON.bounds_before else word[:-1]]
    first = earlier if to_original is None else to_original(earlier)
    fields["start"], fields["text"] = first, original[first:fields["end"]]
    return quantity, earlier, figure.end()


_BARE_SCALES: Final = frozenset("千万亿")  # what a bound_before_scale word (过) bounds
_NO_FIGURE: Final = object()     # _plain's answer for a match the full pattern would make and _read reject


def _plain_chinese(candidate, start: int, original: str, to_original):
    """The quantity of a run of Chinese numerals with nothing after it to read on (十四五, 二十), as _read
    reads the full pattern's match of it: the number alone, no unit, no bound. _NO_FIGURE where _read
    takes no figure from that match (十五五 is no number, 万 alone is none), to be skipped whole as the
    full pattern's is; None (left to the full pattern) for a run starting with a pair of digits (五六)."""
    end = candidate.end()
    number_text = candidate.string[start:end]
    if number_text[:2] in _PAIR_SET:
        return None
    value = None if _is_bare_scale(number_text) else _value(number_text)
    if value is None:
        return _NO_FIGURE
    chinese, scaled = _shape(number_text)
    return _made(start, end, value, "", "eq", number_text, chinese, False, original, to_original, scaled)


_NOT_BOUNDS: Final = tuple((LEXICON.look_alikes or {}).get("bound", ())) or ("\0",)


def _bound_word_starts(text: str, start: int, floor: int):
    """Where a bound word (with 了/是/有/为 after it) ending at `start` would begin, longest first."""
    ends = (start, start - 1) if text[start - 1] in _PARTICLES else (start,)
    for end in ends:
        for length in _BEFORE_LENGTHS:
            begin = end - length
            if begin >= floor and (text[begin:end] in LEXICON.bounds_before
                                   or text[begin:end] in BEFORE_SCALE and text[start] in _BARE_SCALES
                                   or text[begin:end] in BEFORE_HALF and text[start] == "半") \
                    and not text.endswith(_NOT_BOUNDS, max(0, end - 3), end):   # 签约, 节约: no 约
                yield begin
