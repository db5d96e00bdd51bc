"""The `regex` module, with its module-level functions keeping every pattern they compile.

`regex.search(pattern, text)` looks the pattern up through flag arithmetic on each call, which costs
more than the search itself on a short clause; here a pattern string is compiled once and found again
by a dictionary lookup. Modules use it in place of the module: ``from .. import cached_regex as regex``.

>>> search(r"(?:拉动|带动)[^，、]*增长", "最终消费支出拉动国内生产总值增长2.2个百分点").group()
'拉动国内生产总值增长'
>>> sub(r"[市州区县]$", "", "杭州市"), split(r"[、和]", "庆阳、酒泉")
('杭州', ['庆阳', '酒泉'])
"""
from __future__ import annotations

import array
import functools
import re as _re
from typing import Final

import regex
from regex import *  # noqa: F401,F403  (flags, escape, error, Pattern: as the module has them)
from regex import escape  # noqa: F401  (named too: a type checker does not see through the *)

_COMPILED: dict = {}
_LIMIT: Final = 4096  # patterns built per call (f-strings) must not grow it without end


def compile(pattern, flags=0, **kwargs):  # noqa: A001  (the module's own name)
    """The compiled pattern, compiled on first use only."""
    if kwargs:
        return regex.compile(pattern, flags, **kwargs)
    key = (pattern, flags)
    compiled = _COMPILED.get(key)
    if compiled is None:
        if len(_COMPILED) >= _LIMIT:
            _COMPILED.clear()
        compiled = _COMPILED[key] = regex.compile(pattern, flags)
    return compiled


def search(pattern, string, flags=0, **kwargs):
    return regex.search(pattern, string, flags, **kwargs) if kwargs else compile(pattern, flags).search(string)


def match(pattern, string, flags=0, **kwargs):
    return regex.match(pattern, string, flags, **kwargs) if kwargs else compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0, **kwargs):
    return regex.fullmatch(pattern, string, flags, **kwargs) if kwargs else compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0, **kwargs):
    return regex.sub(pattern, repl, string, count, flags, **kwargs) if kwargs else compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0, **kwargs):
    return regex.subn(pattern, repl, string, count, flags, **kwargs) if kwargs else compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0, **kwargs):
    return regex.split(pattern, string, maxsplit, flags, **kwargs) if kwargs else compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0, **kwargs):
    return regex.findall(pattern, string, flags, **kwargs) if kwargs else compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0, **kwargs):
    return regex.finditer(pattern, string, flags, **kwargs) if kwargs else compile(pattern, flags).finditer(string)


# The standard re module runs a pattern that needs no feature of `regex` faster (about twice, on the
# figures' pattern), but its \d and \s and the Unicode tables behind them are Python's, not those of
# `regex`; `for_re` spells out the classes a pattern uses as `regex` reads them, so both read alike.
_SPELLED: Final = (r"\p{Han}", r"\d", r"\s")


def code_points(name: str, by_re: bool = False) -> tuple[tuple[int, int], ...]:
    """The code points `regex` (`by_re`: re, for \\d only) puts in \\p{Han}, \\d or \\s, as (first, last) runs.

    >>> code_points(r"\\d")[:2], code_points(r"\\d", by_re=True)[:1]
    (((48, 57), (1632, 1641)), ((48, 57),))
    """
    return _scanned(name)[1 if by_re else 0]


@functools.lru_cache(maxsize=None)
def _scanned(name: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """code_points of `regex` and of re (\\d only: re reads no \\p{Han}), every code point tried: once, then
    read from the file of compiled patterns (pattern_cache.kept)."""
    from . import pattern_cache

    found = pattern_cache.kept("code points " + name, lambda: _scan(name))
    return (tuple((int(first), int(last)) for first, last in found[0]),
            tuple((int(first), int(last)) for first, last in found[1]))


def _scan(name: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """_scanned, every code point tried."""
    base = array.array("H", range(0x10000)).tobytes()
    units = bytearray(4 * 0x10000)        # one plane in UTF-32: the low 16 bits, the plane, 0
    units[0::4], units[1::4] = base[0::2], base[1::2]
    runs: list[tuple[int, int]] = []
    by_re: list[tuple[int, int]] = []
    for plane in range(17):
        units[2::4] = bytes([plane]) * 0x10000
        chars = units.decode("utf-32-le", "surrogatepass")
        runs.extend((plane << 16 | run.start(), plane << 16 | run.end() - 1) for run in regex.finditer(name + "+", chars))
        if name == r"\d":
            by_re.extend((plane << 16 | run.start(), plane << 16 | run.end() - 1) for run in _re.finditer(r"\d+", chars))
    return tuple(runs), tuple(by_re)


@functools.lru_cache(maxsize=None)
def _ranges(name: str) -> str:
    """The characters `regex` puts in \\p{Han}, \\d or \\s, as re character-class ranges.

    A class re tests for a character it does not hold goes through every range past the plane of 65,536 it
    looks up at once; \\d has 35 of them. Where re's own \\d (its Unicode digits, a test of one call) holds
    only digits `regex` holds too, \\d is spelled as the ranges of the first plane, re's \\d and the few
    digits of later Unicode versions re has not: the same characters, a few ranges to go through.
    """
    ranges = list(code_points(name))
    if name != r"\d":
        return _spelled(ranges)
    held = {code for first, last in ranges for code in range(first, last + 1)}
    own = {code for first, last in code_points(name, by_re=True) for code in range(first, last + 1)}
    if not held.issuperset(own):   # re's \d holds a character `regex` does not put in \d
        return _spelled(ranges)
    extra = sorted(code for code in held - own if code > 0xFFFF)
    return _spelled([run for run in ranges if run[1] <= 0xFFFF]) + r"\d" + _spelled(_runs(extra))


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] + 1 == code:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _spelled(ranges: list[tuple[int, int]]) -> str:
    """(first, last) code point runs as the inside of an re character class."""
    return "".join(_re.escape(chr(first)) if first == last else f"{_re.escape(chr(first))}-{_re.escape(chr(last))}"
                   for first, last in ranges)


def for_re(pattern: str) -> str:
    r"""`pattern` for the re module, with \p{Han}, \d and \s spelled out as `regex` reads them.

    >>> import re
    >>> bool(re.fullmatch(for_re(r"[\d一]+\s\p{Han}"), "٣一\u3000中")), for_re(r"x\.")
    (True, 'x\\.')
    """
    out, index, in_class = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            spelled = next((name for name in _SPELLED if pattern.startswith(name, index)), None)
            if spelled is None:
                if pattern[index + 1:index + 2] in ("p", "P", "D", "S", "w", "W", "b", "B"):
                    raise ValueError(f"for_re cannot spell {pattern[index:index + 2]!r}")
                out.append(pattern[index:index + 2])
                index += 2
                continue
            out.append(_ranges(spelled) if in_class else "[" + _ranges(spelled) + "]")
            index += len(spelled)
            continue
        if char == "[" and not in_class:
            in_class = True
            opening = "[^" if pattern.startswith("[^", index) else "["
            out.append(opening)
            index += len(opening)
            if pattern[index:index + 1] == "]":      # a ] first is a member
                out.append("\\]")
                index += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


def compile_for_re(pattern: str, flags=0):
    """A pattern written for `regex`, compiled by re (faster per call), its classes spelled by for_re."""
    return _re.compile(for_re(pattern), flags)


def finditer_at(pattern, text: str, firsts: str, after: frozenset | None = None) -> list:
    """pattern.finditer(text) as a list, for a pattern whose every match is non-empty and starts with
    one of the characters `firsts`: they are found with str.find (far faster than a scan testing every
    character against a class, where they are rare) and the pattern is tried there, in text order,
    skipping those inside the last match, as finditer does. With `after`, a pattern that matches only
    after one of those characters is tried only where one stands before (a set test costs less than a
    failed match).

    >>> import re
    >>> [m.group() for m in finditer_at(re.compile(r"“[^”]*”|《[^》]*》"), "“a”b《c“d》“e", "“《")]
    ['“a”', '《c“d》']
    """
    starts = []
    for first in firsts:
        at = text.find(first)
        while at >= 0:
            if after is None or at and text[at - 1] in after:
                starts.append(at)
            at = text.find(first, at + 1)
    starts.sort()
    matches, end = [], 0
    match = pattern.match
    for at in starts:
        if at < end:
            continue
        found = match(text, at)
        if found is not None:
            matches.append(found)
            end = found.end()
    return matches
