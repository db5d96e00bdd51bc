"""Parallel lists: a 分别 sentence names several figures at once.

>>> members("金融业、软件和信息服务业增加值", 2)
['金融业增加值', '软件和信息服务业增加值']
>>> members("基本养老、失业和工伤保险参保人数", 3)
['基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数']
>>> members("航空旅客和货邮吞吐量", 2)
['航空旅客吞吐量', '货邮吞吐量']
>>> members("城乡居民人均可支配收入", 2)
['城镇居民人均可支配收入', '农村居民人均可支配收入']
>>> members("地区生产总值", 2) is None
True
"""
from __future__ import annotations

import regex

from ..lexicon import LEXICON
from .words import HEADS

_AND = regex.compile(r"和|及|与|以及")


def members(names: str, count: int) -> list[str] | None:
    """The `count` names of a list written as one phrase, its shared head noun given to each."""
    if count < 2 or not names:
        return None
    for short, expanded in sorted(LEXICON.contractions.items(), key=lambda kv: -len(kv[0])):
        if names.startswith(short) and len(expanded) == count and len(names) > len(short):
            rest = names[len(short):]
            return [member + rest for member in expanded]
    parts = [p for p in regex.split(r"[、/]", names) if p]
    if len(parts) < count:
        last = _AND.split(parts[-1]) if parts else []
        if len(parts) - 1 + len(last) == count:
            parts = parts[:-1] + [p for p in last if p]
        else:
            split = [q for p in parts for q in _AND.split(p) if q]
            parts = split if len(split) == count else parts
    if len(parts) != count:
        return None
    head = _shared_head(parts)
    if head:
        parts = [p if p.endswith(head) or _ends_in_head(p) else p + head for p in parts]
    return parts


def _shared_head(parts: list[str]) -> str | None:
    last = parts[-1]
    for head in HEADS:  # longest first
        if last.endswith(head) and len(head) < len(last):
            if not all(_ends_in_head(p) for p in parts[:-1]):
                return head
    return None


def _ends_in_head(name: str) -> bool:
    return any(name.endswith(head) for head in HEADS)
