"""The scan: where a quantity may start, which reading takes it (a fast path or the full pattern),
spaces inside numbers closed, "change 至 level" told from a range, then the word figures, ratios and
list units, and the classification (`find_quantities`).

>>> [(q.text, q.kind) for q in find_quantities("2025年城镇新增就业64.1万人")]
[('2025年', 'date'), ('64.1万人', 'statistic')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from math import isfinite
import re
from typing import Final

from ..cached_regex import finditer_at
from ..lexicon import LEXICON
from ..script import fold
from .quantity import Quantity
from .patterns import (
    QUANTITY, _ASCII_DIGITS, _BEFORE_TAILS, _CANDIDATE, _CHINESE_RUN_SET, _DIGIT_OR_POINT, _LETTER_SPACED,
    _LONG_CHINESE_RUN, _NUMERIC_SET, _SPACE_IN_NUMBER, _URL)
from .values import _value
from .read import _read
from .plain import _NO_FIGURE, _bound_word_starts, _plain, _plain_after_bound
from .ratios import _ratios, _replace, _word_figures
from .lists import _LIST_JOINS, _share_list_units


def find_quantities(text: str) -> list["Quantity"]:
    """All quantities in `text`, classified, in order of position.

    >>> [(q.text, q.kind) for q in find_quantities("2025年城镇新增就业64.1万人")]
    [('2025年', 'date'), ('64.1万人', 'statistic')]
    >>> [(q.text, q.value, q.unit) for q in find_quantities("一百五十 个百分点，9成，打八折")]
    [('一百五十 个百分点', 150.0, '个百分点'), ('9成', 90.0, '%'), ('八折', 80.0, '%')]
    """
    from ..classify import classify_quantities

    folded = fold(text)
    return classify_quantities(folded, text, scan_quantities(folded, text), fresh=True)


def scan_quantities(folded: str, original: str | None = None) -> list[Quantity]:
    """Quantities as matched, before classification (kind left as "statistic").

    The full pattern is tried only where a numeral (or a sign) stands, and a bound word before it
    (超过, 不到) is found by looking back from there. The commonest figures, a plain Arabic number
    with 万/亿 and a unit (64.1万人) and a lone Chinese digit (统一), are read without it when
    nothing before or after them could change their reading; the result is the same.
    """
    original = folded if original is None else original
    text, to_original = _close_spaces(folded)
    found = []
    joined = []      # starts of quantities right after 、/和/与/及 (members of a list, see _share_list_units)
    position = 0     # where the last figure ended: a bound word before the next starts here at the earliest
    at = 0           # where the next search for a start begins
    search, match = _CANDIDATE.search, QUANTITY.match
    while True:
        candidate = search(text, at)
        if candidate is None:
            break
        start = candidate.start()
        if candidate.lastindex:          # a plain figure, unless its unit is 圆 or its number unreadable
            quantity = _plain(candidate, start, original, to_original)
            if quantity is not None:
                if quantity is not _NO_FIGURE:
                    found.append(quantity)
                    if start and text[start - 1] in _LIST_JOINS:
                        joined.append(quantity.start)
                position = at = candidate.end()
                continue
        if text[start] in _CHINESE_RUN_SET:
            run = _LONG_CHINESE_RUN.match(text, start)
            if run is not None:    # no number (numerals.LONGEST), and matching it would cost memory per character
                position = at = run.end()
                continue
        whole = None
        if start and text[start - 1] in _BEFORE_TAILS:
            read = _plain_after_bound(text, start, position, original, to_original) \
                if text[start] in _ASCII_DIGITS else None
            if read is not None:      # 超过320家: (quantity, where its bound word starts, where it ends)
                quantity, earlier, position = read
                found.append(quantity)
                if earlier and text[earlier - 1] in _LIST_JOINS:
                    joined.append(quantity.start)
                at = position
                continue
            for earlier in _bound_word_starts(text, start, position):
                whole = match(text, earlier)
                if whole is not None:
                    break
        if whole is None:
            whole = match(text, start)
        if whole is None:
            position = at = start + 1
            continue
        if whole.group("number_max") is not None:
            level_at = _change_then_level(whole, text)
            if level_at is not None:    # 下降0.4个百分点至5.3%: the change alone; the level is matched next
                whole = match(text, whole.start(), level_at) or whole
        quantity = _read(whole, text, original, to_original)
        if quantity is not None:
            found.append(quantity)
            if whole.start() and text[whole.start() - 1] in _LIST_JOINS:
                joined.append(quantity.start)
        position = whole.end()
        at = max(position, start + 1)    # each start is tried once
    if "://" in folded or "www." in folded:
        links = [link.span() for link in _URL.finditer(folded)]
        found = [q for q in found if not any(start < q.end and q.start < end for start, end in links)]
    words = []
    if "番" in text or "对折" in text or "半折" in text or "半成" in text:
        words = _word_figures(text, original, to_original)
    if "∶" in text or ":" in text or "：" in text:
        words += _ratios(text, original, to_original, found)
    if words:
        found = _replace(found, words)
    if joined:
        _share_list_units(folded, found, joined)
    if not all(map(_finite, found)):  # a ratio's term of 400 digits, 1亿亿亿…: no figure a float can hold
        found = [q for q in found if _finite(q)]
    if any(map(folded.__contains__, _UNIT_SYMBOLS)):   # (a substring test per symbol: faster than a class)
        found = [_with_symbol(q, folded, original) for q in found]
    if "/10万" in folded or "/万" in folded:
        found = _per_population(found, folded, original)
    if "每" in folded or _SPELLED_FIRSTS.intersection(folded):   # (only money and units spelled colloquially are looked at)
        found = [_per_measure(q, folded, original) if q.unit[-1:] in _PER_UNIT_LASTS else q for q in found]
    return found


_PER_SCALES: Final = ("10万", "万", "100万", "1万", "千", "1000")


def _per_population(found: list[Quantity], folded: str, original: str) -> list[Quantity]:
    """A bare number over a population written as a scale is one rate: 19.6/10万 (unit /10万), 12.5/万.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("孕产妇死亡率从19.6/10万下降到18.3/10万")]
    [('19.6/10万', 19.6, '/10万'), ('18.3/10万', 18.3, '/10万')]
    """
    merged: list[Quantity] = []
    skip = -1
    for k, quantity in enumerate(found):
        if k == skip:
            continue
        end = quantity.end
        if not quantity.unit and folded[end:end + 1] == "/":
            per = folded[end + 1:end + 5]
            scale = next((word for word in _PER_SCALES if per.startswith(word)), None)
            if scale and not (end + 1 + len(scale) < len(folded) and folded[end + 1 + len(scale)].isdigit()):
                stop = end + 1 + len(scale)
                if k + 1 < len(found) and found[k + 1].start == end + 1:
                    skip = k + 1  # the scale read as a figure of its own
                merged.append(replace(quantity, unit="/" + scale, end=stop, text=original[quantity.start:stop]))
                continue
        merged.append(quantity)
    return merged


# Unit symbols (㎡, ㎞) are read after a figure and written out as their words (unit_symbols.tsv). They are
# not in the scanner's units: characters so far from the others would slow its character classes.
_UNIT_SYMBOLS: Final = LEXICON.unit_symbols or {}


def _with_symbol(quantity: Quantity, folded: str, original: str) -> Quantity:
    """The quantity with a unit symbol right after it as its unit, written out (76458.66㎡ → 平方米,
    53060元/㎡ → 元/平方米).

    >>> [(q.text, q.unit) for q in find_quantities("成交76458.66㎡，均价53060元/㎡")]
    [('76458.66㎡', '平方米'), ('53060元/㎡', '元/平方米')]
    """
    end = quantity.end
    symbol = folded[end:end + 1]
    if symbol in _UNIT_SYMBOLS and not quantity.unit:
        unit, end = _UNIT_SYMBOLS[symbol], end + 1
    elif symbol == "/" and quantity.unit and folded[end + 1:end + 2] in _UNIT_SYMBOLS and folded[end + 1:end + 2]:
        unit, end = quantity.unit + "/" + _UNIT_SYMBOLS[folded[end + 1]], end + 2
    else:
        return quantity
    return replace(quantity, unit=unit, end=end, text=original[quantity.start:end])


# Units a price is per (每平方米4530元, 6557元每平米: 元/平方米): the measures of weight, area, length, volume and
# energy (measure_units.txt, currencies left out), and their colloquial spellings (unit_spellings.tsv: 平米),
# written out as facts.unit says them.
_UNIT_SPELLINGS: Final = LEXICON.unit_spellings or {}
_SPELLED_FIRSTS: Final = frozenset(word[0] for word in _UNIT_SPELLINGS)
_PER_MEASURES: Final = tuple(sorted({unit for unit in LEXICON.measure_units if not unit.endswith("元")} | set(_UNIT_SPELLINGS),
                                    key=lambda unit: (-len(unit), unit)))
_PER_WORD: Final = "每"
_PER_UNIT_LASTS: Final = frozenset("元" + "".join(word[-1] for word in _UNIT_SPELLINGS))


def _per_measure(quantity: Quantity, folded: str, original: str) -> Quantity:
    """The quantity with a unit spelled colloquially written out (平米 → 平方米), and an amount of money with
    每 and a measure right after or right before it as a price per that measure (元/平方米).

    >>> [(q.text, q.value, q.unit) for q in find_quantities("成交均价为6557元每平米，每平方米4530元，卖出50万平米")]
    [('6557元每平米', 6557.0, '元/平方米'), ('每平方米4530元', 4530.0, '元/平方米'), ('50万平米', 500000.0, '平方米')]
    >>> [(q.text, q.unit) for q in find_quantities("7000~10000元/平米，每人每月1536元")]
    [('7000~10000元/平米', '元/平方米'), ('1536元', '元')]
    """
    unit, start, end = quantity.unit, quantity.start, quantity.end
    if not unit:
        return quantity
    if unit.endswith("元"):
        if folded[end:end + 1] == _PER_WORD:
            per = _measure_at(folded, end + 1)
            if per:
                unit, end = unit + "/" + _UNIT_SPELLINGS.get(per, per), end + 1 + len(per)
        elif start > 1 and "每" in folded[max(0, start - 6):start]:
            for measure in _PER_MEASURES:
                if folded.endswith(_PER_WORD + measure, 0, start):
                    unit, start = unit + "/" + _UNIT_SPELLINGS.get(measure, measure), start - 1 - len(measure)
                    break
    for spelling, written in _UNIT_SPELLINGS.items():
        if unit.endswith(spelling) and not unit.endswith(written):
            unit = unit[: len(unit) - len(spelling)] + written
    if unit == quantity.unit:
        return quantity
    return replace(quantity, unit=unit, start=start, end=end, text=original[start:end])


def _measure_at(folded: str, at: int) -> str:
    """The measure a price is per standing at `at` (as written: 平米), or ""."""
    for measure in _PER_MEASURES:
        if folded.startswith(measure, at):
            return measure
    return ""


def _finite(quantity: Quantity) -> bool:
    return isfinite(quantity.value) and (quantity.value_max is None or isfinite(quantity.value_max))


# A change, then the level it reaches (比上年下降0.4个百分点至5.3%, 比上年末增加12万人至350万人,
# 由115700人下跌约600人至115100人): two figures, not a range. So read where the two ends have different
# units (个百分点 … %), or where a comparison or a starting level (比上年, 由…) and a change verb stand right
# before the first.
_CHANGE_WORDS: Final = [word for word, stat in LEXICON.stats_before.items() if stat in ("growth_rate", "change")]
# (A comma between digits groups thousands, 由141,900人减少约19,300人至122,600人: it ends no clause.)
_CHANGE_BEFORE: Final = re.compile(r"(?:[比较][^，。；、,;0-9]{0,8}?|[由从](?:[^，。；,;]|(?<=\d),(?=\d)){1,24}?)(?:%s)$" % "|".join(
    re.escape(word) for word in sorted(_CHANGE_WORDS, key=lambda word: (-len(word), word))))
_CHANGE_VERB_BEFORE: Final = re.compile(r"(?:%s)$" % "|".join(
    re.escape(word) for word in sorted(_CHANGE_WORDS, key=lambda word: (-len(word), word))))
_TO_LEVEL: Final = frozenset(["至", "到"])
_CHANGE_UNITS: Final = frozenset(["个百分点", "百分点", "倍"])   # units of a change only: 8.2倍至828.2万 is no range


def _change_then_level(whole, text: str) -> int | None:
    """Where the change of a "change 至 level" match ends (the separator), or None for a true range.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("比上年下降0.4个百分点至5.3%")]
    [('0.4个百分点', 0.4, '个百分点'), ('5.3%', 5.3, '%')]
    >>> [(q.text, q.value, q.value_max) for q in find_quantities("增长5%至10%")]
    [('5%至10%', 5.0, 10.0)]
    """
    if whole.group("separator") not in _TO_LEVEL:
        return None
    first_unit = whole.group("unit_first") or whole.group("unit_low")
    if not first_unit:
        return None
    last_unit = whole.group("unit") or ""
    if first_unit != last_unit and (last_unit or first_unit in _CHANGE_UNITS) \
            or _CHANGE_BEFORE.search(text, max(0, whole.start() - 32), whole.start()):
        return whole.start("separator")
    if _CHANGE_VERB_BEFORE.search(text, max(0, whole.start() - 4), whole.start()):
        # 「失业人数减少600人至115100人」: after a change verb, ends of different magnitudes are a change
        # and a level (a range spans one magnitude: 增加3万至5万人)
        low = _value(whole.group("number") + (whole.group("scale") or ""))
        high = _value(whole.group("number_max") + (whole.group("scale_max") or ""))
        if low and high and high > 10 * low:
            return whole.start("separator")
    return None


def _letter_spaced(folded: str, space: int) -> bool:
    """Whether the space at `space`, between two digits, lies inside digits spaced one by one that read
    as one figure (_LETTER_SPACED): looked at only for such spaces, which are rare."""
    start = space - 1
    while start >= 2 and folded[start - 1] == " " and folded[start - 2] in _DIGIT_OR_POINT:
        start -= 2
    match = _LETTER_SPACED.match(folded, start)
    return match is not None and match.end() > space


def _close_spaces(folded: str):
    """The text without spaces inside numbers, and a function from its offsets back to `folded`'s."""
    if " " not in folded and "\t" not in folded and "\n" not in folded:
        return folded, None
    # Matches start at a space, tab or line break after a numeral: tried only there (finditer's matches).
    cuts = [match.span() for match in finditer_at(_SPACE_IN_NUMBER, folded, " \t\r\n", _NUMERIC_SET)
            if not (folded[match.start() - 1].isdigit() and folded[match.end()].isdigit())
            or _letter_spaced(folded, match.start())]
    if not cuts:
        return folded, None
    pieces, compact_starts, removed = [], [], []
    position, total = 0, 0
    for start, end in cuts:
        pieces.append(folded[position:start])
        total += end - start
        compact_starts.append(end - total)     # compact offsets from here on lie `total` further on
        removed.append(total)
        position = end
    pieces.append(folded[position:])

    def to_original(offset: int) -> int:
        index = bisect_right(compact_starts, offset) - 1
        return offset + (removed[index] if index >= 0 else 0)

    return "".join(pieces), to_original
