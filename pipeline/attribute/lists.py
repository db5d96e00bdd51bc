"""Parallel lists: a 分别 sentence names several figures at once.

>>> members("金融业、软件和信息服务业增加值", 2)
['金融业增加值', '软件和信息服务业增加值']
>>> members("基本养老、失业和工伤保险参保人数", 3)
['基本养老保险参保人数', '失业保险参保人数', '工伤保险参保人数']
>>> members("航空旅客和货邮吞吐量", 2)
['航空旅客吞吐量', '货邮吞吐量']
>>> members("城乡居民人均可支配收入", 2)
['城镇居民人均可支配收入', '农村居民人均可支配收入']
>>> members("食品、石化、医药、信息等产业增加值", 4)[0]
'食品产业增加值'
>>> members("炼铁、炼钢先进产能", 2)
['炼铁先进产能', '炼钢先进产能']
>>> members("国家级、部级创新平台", 2)
['国家级创新平台', '部级创新平台']
>>> members("城乡居民基础养老金、低保标准", 2)
['城乡居民基础养老金', '低保标准']
>>> members("新能源汽车产销量", 2)
['新能源汽车产量', '新能源汽车销量']
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
    listed = regex.search(r"[、/]|和|及|与", names)
    for short, expanded in sorted(LEXICON.contractions.items(), key=lambda kv: -len(kv[0])):
        at = names.find(short)
        if at >= 0 and len(expanded) == count and len(names) > len(short) and not listed:
            return [names[:at] + member + names[at + len(short):] for member in expanded]
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
    # 「食品、石化、医药、信息等产业增加值」: what follows 等 is shared by every member.
    if "等" in parts[-1][:-1]:
        last, shared = parts[-1].rsplit("等", 1)
        if last and shared:
            return [p + shared for p in parts[:-1]] + [last + shared]
    # 「一、二、三产业增加值」: members of one character share all the last member holds after its first.
    if all(len(p) == 1 for p in parts[:-1]) and len(parts[-1]) > 1:
        shared = parts[-1][1:]
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    shared = _same_length_head(parts)
    if shared:
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    head = _shared_head(parts)
    if head:
        return [p if p.endswith(head) or _ends_in_head(p) else p + head for p in parts]
    shared = _after_same_ending(parts)
    if shared:
        return [p + shared for p in parts[:-1]] + [parts[-1]]
    return parts


def _same_length_head(parts: list[str]) -> str | None:
    """「炼铁、炼钢先进产能」: two-character members share what the last holds after its first two."""
    width = len(parts[0])
    if width > 2 or any(len(p) != width for p in parts[:-1]) or len(parts[-1]) <= width + 1:
        return None
    shared = parts[-1][width:]
    if shared[0] in "和及与、“”" or not any(shared.endswith(h) and len(h) >= 2 for h in HEADS):
        return None
    return shared


def _after_same_ending(parts: list[str]) -> str | None:
    """「国家级、部级创新平台」: members ending alike (级) share what follows that ending in the last."""
    ending = parts[0][-1]
    if any(p[-1] != ending for p in parts[:-1]) or ending not in parts[-1][:-1]:
        return None
    shared = parts[-1][parts[-1].index(ending) + 1:].lstrip("”’」")
    return shared if len(shared) >= 2 else None


def _shared_head(parts: list[str]) -> str | None:
    last = parts[-1]
    for head in HEADS:  # longest first
        # A member ending like the head's first word (制造业 before 产业增加值) takes the shorter head.
        if len(head) < 2 or any(p.endswith(head[1]) for p in parts[:-1]):
            continue
        if last.endswith(head) and len(head) < len(last) and len(head) >= 2:
            if not all(_ends_in_head(p) for p in parts[:-1]):
                return head
    return None


def _ends_in_head(name: str) -> bool:
    return any(name.endswith(head) for head in HEADS)
