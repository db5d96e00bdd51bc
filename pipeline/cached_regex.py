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

import regex
from regex import *  # noqa: F401,F403  (flags, escape, error, Pattern: as the module has them)

_COMPILED: dict = {}
_LIMIT = 4096  # patterns built per call (f-strings) must not grow it without end


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
