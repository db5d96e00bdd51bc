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


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    paragraph = 0
    position = 0
    for line in text.split("\n"):
        for match in _SENTENCE.finditer(line):
            piece = match.group()
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            start = position + match.start() + lead
            sentences.append(Sentence(body, start, start + len(body), paragraph))
        position += len(line) + 1
        if line.strip():
            paragraph += 1
    return sentences
