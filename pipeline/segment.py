"""Split cleaned text into sentences, with offsets.

>>> [(s.text, s.start, s.paragraph) for s in split_sentences("标题\\n增长5%。下降3%！")]
[('标题', 0, 0), ('增长5%。', 3, 1), ('下降3%！', 8, 1)]

A sentence ends at 。！？；!?; (with any closing quotes after it) or at the end of a paragraph
line, so a headline is a sentence of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from mypy_extensions import mypyc_attr

# A sentence, or what ends a line. One search over the whole text (with the standard re module: no
# feature of `regex` is needed): every piece stops at a line break, so the pieces are those of each
# line in turn, and an empty piece stands for each line break (and one for the text's end).
_SENTENCE = re.compile(r"[^\n。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|(?=\n)|\Z)")


@mypyc_attr(native_class=False)   # compiled, still made through its __dict__ (split_sentences)
@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_NEW = object.__new__
_SET = object.__setattr__


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    append = sentences.append
    paragraph = -1
    new_line = True       # each line with text is a paragraph: count it at its first sentence
    position = 0
    for piece in _SENTENCE.findall(text):    # a list of strings: no match object per sentence
        if not piece:
            position += 1          # a line break (or the text's end)
            new_line = True
            continue
        body = piece.strip()
        if body:
            start = position
            if body is not piece:
                start += len(piece) - len(piece.lstrip())
            if new_line:
                paragraph += 1
                new_line = False
            for at, part in _windows(body) if len(body) > LONGEST else ((0, body),):
                sentence = _NEW(Sentence)      # Sentence(...) without the frozen dataclass's cost per field
                _SET(sentence, "__dict__", {"text": part, "start": start + at, "end": start + at + len(part),
                                            "paragraph": paragraph})
                append(sentence)
        position += len(piece)
    return sentences


# A clause mark before a figure mostly stands within this many characters of it.
_MARK_REACH: Final = 64


def last_mark(text: str, marks: str, end: int) -> int:
    """Where the last of the characters `marks` stands in text[:end], or -1: the same as
    max(text.rfind(mark, 0, end) for mark in marks), but looked for in the last _MARK_REACH characters
    first, the text before them only where none stands there. A figure's clause opening is found so
    without reading the whole document back to its start for each figure.

    >>> last_mark("全年，有28家预计净利润超亿元", "，。", 8), last_mark("增长5%" * 40, "，。", 150)
    (2, -1)
    """
    low = end - _MARK_REACH if end > _MARK_REACH else 0
    at = max(text.rfind(mark, low, end) for mark in marks)
    if at < 0 and low > 0:
        at = max(text.rfind(mark, 0, low) for mark in marks)
    return at


# A sentence longer than this is read in windows: the longest in the 29 provincial reports has 501
# characters, and a figure's name, subject and period stand within a few hundred characters of it. A
# longer "sentence" is a page with no stops or a flattened list, whose readings would otherwise cost
# the square of its length.
LONGEST = 1000
_CLAUSE_BREAKS = frozenset("，,；;：:、 \u3000\t")
# Characters a figure may run on through (digits, numerals, scales, point, percent): no hard cut between two.
_IN_FIGURE = frozenset("0123456789.%０１２３４５６７８９．％零〇一二两三四五六七八九十百千万亿兆点")


def _windows(body: str) -> list[tuple[int, str]]:
    """(offset, text) of the pieces of at most LONGEST characters a long sentence is read in: each cut
    after the last clause break in the second half of the window, else between two characters that are
    not both part of a figure, else at the window's end.

    >>> [(at, len(part)) for at, part in _windows("增长5%，" * 300)]
    [(0, 1000), (1000, 500)]
    """
    pieces, start, length = [], 0, len(body)
    while start < length:
        end = start + LONGEST
        if end < length:
            half = start + LONGEST // 2
            cut = next((at + 1 for at in range(end - 1, half - 1, -1) if body[at] in _CLAUSE_BREAKS), None)
            if cut is None:
                cut = next((at for at in range(end, half, -1)
                            if body[at] not in _IN_FIGURE or body[at - 1] not in _IN_FIGURE), end)
            end = cut
        part = body[start:end]
        stripped = part.lstrip()
        if stripped.strip():
            pieces.append((start + len(part) - len(stripped), stripped.rstrip()))
        start = end
    return pieces
