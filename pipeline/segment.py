"""Split cleaned text into sentences, with offsets.

>>> [(s.text, s.start, s.paragraph) for s in split_sentences("标题\\n增长5%。下降3%！")]
[('标题', 0, 0), ('增长5%。', 3, 1), ('下降3%！', 8, 1)]

A sentence ends at 。！？；!?; (with any closing quotes after it) or at the end of a paragraph
line, so a headline is a sentence of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_SENTENCE = regex.compile(r"[^\n。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|(?=\n)|$)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_NEW = object.__new__
_SET = object.__setattr__


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    """Sentence(text, start, end, paragraph), without the frozen dataclass's cost per field."""
    sentence = _NEW(Sentence)
    _SET(sentence, "__dict__", {"text": text, "start": start, "end": end, "paragraph": paragraph})
    return sentence


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    append = sentences.append
    paragraph = 0
    position = 0
    finditer = _SENTENCE.finditer
    for line in text.split("\n"):
        if not line:
            position += 1
            continue
        for match in finditer(line):
            piece = match.group()
            body = piece.strip()
            if not body:
                continue
            start = position + match.start() + len(piece) - len(piece.lstrip())
            append(_sentence(body, start, start + len(body), paragraph))
        position += len(line) + 1
        if not line.isspace():
            paragraph += 1
    return sentences
