"""What a facts row stores of its sentence: the sentence, or a bounded excerpt around the figure.

Every fact carries the sentence it was read from (`facts.sentence`), so that a reader sees the
figure in context without the documents table. A sentence of ordinary length (up to
`SENTENCE_LIMIT` characters) is stored whole. A longer one (a clause-chained list of a thousand
indicators, a table flattened into one line) would be stored once per fact and make the table
grow with the square of the input; it is cut to the `SENTENCE_LIMIT` characters around the
figure, with `…` where the sentence goes on:

>>> text = "全省各项指标：" + "，".join(f"指标{i}增长{i % 10}.5%" for i in range(100)) + "。"
>>> start = text.index("指标50增长")
>>> fact = {"text": "0.5%", "start": start + 6, "end": start + 10, "sentence": text, "value": 0.5}
>>> short = bound_sentences([fact], text, limit=40)[0]["sentence"]
>>> short
'…，指标49增长9.5%，指标50增长0.5%，指标51增长1.5%，指标52增长…'
>>> len(short) <= 42 and "指标50增长0.5%" in short
True

The figure's own offsets (`start`, `end`, into `documents.text`) are unchanged; the whole sentence
is always in `documents.text`. Facts whose value is not a finite number are not statistics (a
numeral too long to be one) and are left out:

>>> [f["value"] for f in bound_sentences([{**fact, "value": float("inf")}, fact], text)]
[0.5]
"""
from __future__ import annotations

import math
from typing import Final

SENTENCE_LIMIT: Final = 300
ELLIPSIS: Final = "…"


def bound_sentences(facts: list[dict], text: str, limit: int = SENTENCE_LIMIT) -> list[dict]:
    """The facts with finite values, each sentence longer than `limit` cut around its figure."""
    where: dict[int, int] = {}        # id of a long sentence string → its offset in the text
    kept = []
    for fact in facts:
        value, value_max = fact.get("value"), fact.get("value_max")
        if value is None or not math.isfinite(value) or (value_max is not None and not math.isfinite(value_max)):
            continue
        sentence = fact.get("sentence")
        if sentence is not None and len(sentence) > limit:
            fact = dict(fact, sentence=_around(fact, sentence, text, limit, where))
        kept.append(fact)
    return kept


def _around(fact: dict, sentence: str, text: str, limit: int, where: dict[int, int]) -> str:
    start, end = fact["start"], fact["end"]
    offset = where.get(id(sentence))
    if offset is None or not offset <= start <= end <= offset + len(sentence):
        offset = _sentence_offset(sentence, text, start, end)
        where[id(sentence)] = offset
    begin, stop = start - offset, end - offset        # the figure within the sentence
    if offset < 0 or not 0 <= begin <= stop <= len(sentence):
        found = sentence.find(fact.get("text") or "")
        begin, stop = (found, found + len(fact.get("text") or "")) if found >= 0 else (0, 0)
    room = max(limit - (stop - begin), 0)
    left = max(begin - room // 2, 0)
    right = min(left + (stop - begin) + room, len(sentence))
    left = max(min(left, right - limit), 0)
    return (ELLIPSIS if left > 0 else "") + sentence[left:right] + (ELLIPSIS if right < len(sentence) else "")


def _sentence_offset(sentence: str, text: str, start: int, end: int) -> int:
    """Where the sentence holding text[start:end] begins in the text (-1 when it is not there)."""
    offset = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))
    return offset if offset >= 0 and offset <= start else -1
