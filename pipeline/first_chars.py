"""The characters a match of a pattern can start with: a set test before a match costs far less than a
failed match, and most clauses a pattern is tried on start with none of them.

Read from the pattern's syntax tree (the standard re module's parser), once, when a module is loaded.
What cannot be told exactly enough (a negated class, `.`, a backreference, a pattern that may match
the empty string, a class over more than a few thousand code points such as \\p{Han} spelled out) gives
None: the pattern is then always tried. A lookahead or lookbehind only narrows a match, so it is read as
matching nothing (the set may hold a character too many, never one too few).

>>> import re
>>> sorted(first_chars(re.compile(r"^(?:其中|同时|[0-9]{4}年|[，,]?[ \\t]*在)")))
['\\t', ' ', ',', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '其', '同', '在', '，']
>>> first_chars(re.compile(r"\\w年")) is None   # a category: patterns for re spell their classes (cached_regex.for_re)
True
>>> "٣" in first_chars(re.compile(r"\\d年"))     # but for \\d, re's Unicode digits
True
>>> "其" in first_chars(re.compile(r"其中|同时")), "中" in first_chars(re.compile(r"其中|同时"))
(True, False)
>>> first_chars(re.compile(r"[^，]{2}市")) is None, first_chars(re.compile(r"(?:全国)?增长")) == frozenset("全增")
(True, True)

A pattern whose matches are never longer than a clause need not be tried on it whole (fullmatch):

>>> longest(re.compile(r"其中|.{0,24}(?:表示|指出)")), longest(re.compile(r"\\s*在")) is None
(26, True)
"""
from __future__ import annotations

import re
from typing import Container

import regex as _regex

try:  # Python 3.11 and later
    from re import _constants as _C, _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

_WIDEST = 4096   # a range wider than this (\p{Han}) makes the set useless: None


class _Unknown(Exception):
    pass


def first_chars(pattern: re.Pattern, last: bool = False) -> frozenset[str] | None:
    """The characters every match of `pattern` (compiled by re) starts with (`last`: ends with), or None
    when it cannot be told.

    A match tried at `pos` of a text whose character there is not in the set fails.

    >>> sorted(first_chars(re.compile(r"(?:上|今)年(?:度)?"), last=True))
    ['年', '度']
    """
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        found, empty = _sequence(_parse.parse(pattern.pattern, pattern.flags).data, last)
    except _Unknown:
        return None
    return None if empty else frozenset(found)


def longest(pattern: re.Pattern) -> int | None:
    """The length of the longest text `pattern` (compiled by re) can match, or None when it has no bound."""
    if not isinstance(pattern.pattern, str):
        return None
    width = _parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return None if width >= _C.MAXREPEAT - 1 else int(width)


def _sequence(items, last: bool = False) -> tuple[set, bool]:
    """(first characters, or last ones, whether the sequence may match the empty string)."""
    found: set = set()
    for op, av in (reversed(list(items)) if last else items):
        chars, empty = _item(op, av, last)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op, av, last: bool) -> tuple[set, bool]:
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars: set = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value))
            elif kind is _C.RANGE and value[1] - value[0] <= _WIDEST:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif kind is _C.CATEGORY and value is _C.CATEGORY_DIGIT:
                chars.update(_digits())   # (cached_regex.for_re spells \\d with it: see _ranges)
            else:  # a negated class, a category (\w), a wide range
                raise _Unknown
        return chars, False
    if op is _C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown
        return _sequence(av[3].data, last)
    if op is _C.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            more, may_be_empty = _sequence(branch.data, last)
            chars |= more
            empty = empty or may_be_empty
        return chars, empty
    if op in _REPEATS:
        chars, empty = _sequence(av[2].data, last)
        return chars, empty or av[0] == 0
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av.data, last)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return set(), True  # zero width: narrows a match, adds no character
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, conditionals


def _digits() -> list[str]:
    """The characters re's \\d takes in a str pattern."""
    from .cached_regex import code_points

    return [chr(code) for first, last in code_points(r"\d", by_re=True) for code in range(first, last + 1)]


_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)


class _EveryChar:
    """Stands for first_chars' set where it gave None: every character may start a match."""

    def __contains__(self, char: object) -> bool:
        return True


EVERY_CHAR = _EveryChar()


def starts(pattern) -> Container[str]:
    """first_chars of a pattern compiled by re or by `regex` (read as re reads it, cached_regex.for_re), as
    a container to test a character against: EVERY_CHAR where it cannot be told (a reversed `regex`
    pattern, a class re cannot spell, a pattern that may match nothing).

    >>> from pipeline import cached_regex
    >>> "通" in starts(cached_regex.compile(r"(?:通过|依托)")), "过" in starts(cached_regex.compile(r"(?:通过|依托)"))
    (True, False)
    >>> "x" in starts(cached_regex.compile(r"(?r)通过$")), "x" in starts(cached_regex.compile(r"\\p{Han}+"))
    (True, True)
    """
    if not isinstance(pattern, re.Pattern):
        from .cached_regex import compile_for_re
        if pattern.flags & _REGEX_ONLY_FLAGS:
            return EVERY_CHAR
        try:
            pattern = compile_for_re(pattern.pattern, pattern.flags & _SHARED_FLAGS)
        except (ValueError, re.error):
            return EVERY_CHAR
    return first_chars(pattern) or EVERY_CHAR


# `regex` flags re has not (reversed, POSIX, version 1, fuzzy matching): such a pattern is not read here
_REGEX_ONLY_FLAGS = _regex.REVERSE | _regex.POSIX | _regex.VERSION1 | _regex.BESTMATCH | _regex.ENHANCEMATCH
_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


def finder(chars: Container[str]) -> re.Pattern:
    """A pattern whose search finds the first of `chars` in a text (EVERY_CHAR: any character): one
    scan in C, where a loop testing each character against a set makes a string of each.

    >>> finder(frozenset("港市")).search("宁波舟山港集装箱", 1, 6).start(), finder(EVERY_CHAR).search("ab", 1).start()
    (4, 1)
    """
    if not isinstance(chars, frozenset):
        return re.compile(r"(?s).")
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]" if chars else r"(?!)")
