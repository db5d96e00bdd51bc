"""Split cleaned text into sentences, with offsets.

>>> [(s.text, s.start, s.paragraph) for s in split_sentences("标题\\n增长5%。下降3%！")]
[('标题', 0, 0), ('增长5%。', 3, 1), ('下降3%！', 8, 1)]

A sentence ends at 。！？；!?; (with any closing quotes after it) or at the end of a paragraph
line, so a headline is a sentence of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence, or what ends a line. One search over the whole text (with the standard re module: no
# feature of `regex` is needed): every piece stops at a line break, so the pieces are those of each
# line in turn, and an empty piece stands for each line break (and one for the text's end).
_SENTENCE = re.compile(r"[^\n。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|(?=\n)|\Z)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


_NEW = object.__new__
_SET = object.__setattr__


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
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
            sentence = _NEW(Sentence)      # Sentence(...) without the frozen dataclass's cost per field
            _SET(sentence, "__dict__", {"text": body, "start": start, "end": start + len(body), "paragraph": paragraph})
            append(sentence)
        position += len(piece)
    return sentences
