"""Bounded memos for the per-figure readers: a plain dict per function, looked up by the compiled caller.

functools.lru_cache costs a call through Python's protocol, a key built per call and a linked list kept in
order; a compiled function calling another compiled one pays that on every call, a hit included, where a
dict lookup and a direct call cost a fraction of it. On text never seen before most calls miss, and most hits
are the same words asked for again while one figure is read, which a memo that forgets its oldest entries
keeps as well as an LRU does. Each memo holds at most LIMIT entries (its keys are the short texts around a
figure: the readers never look further than a few hundred characters).

>>> memo: dict[str, int] = {}
>>> remember(memo, "增长", 2)
2
>>> [remember(memo, str(k), k, limit=4) for k in range(5)][-1], list(memo)
(4, ['1', '2', '3', '4'])
"""
from __future__ import annotations

from typing import Final, TypeVar

LIMIT: Final = 16384

V = TypeVar("V")


def remember(memo: dict, key: object, value: V, limit: int = LIMIT) -> V:
    """`value` kept in `memo` under `key`, and given back; a full memo first forgets its oldest quarter."""
    if len(memo) >= limit:
        for old in list(memo)[: max(1, limit // 4)]:
            del memo[old]
    memo[key] = value
    return value
