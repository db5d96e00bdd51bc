"""Clean decoded text: fold widths and repair lines broken by newspaper columns or PDF extraction.

>>> clean_text("两地建立企业职工基本养老\\n保险退休申请业务档案互查机制，川渝\\n\\n基本养老保险关系")
'两地建立企业职工基本养老保险退休申请业务档案互查机制，川渝基本养老保险关系'
>>> clean_text("各位代表：\\n全市地区生产总值５．２万亿元。")
'各位代表：\\n全市地区生产总值5.2万亿元。'

Paragraphs come out one per line. Text laid out in narrow columns (most lines of one width) is
re-flowed: a line that does not end a sentence runs on into the next, across a blank line too
when it fills the column. Text whose lines are paragraphs keeps them, except where a number is
split from its unit (「交换20\\n多份」).
"""
from __future__ import annotations

from collections import Counter

import regex

from .lexicon import LEXICON
from .script import fold_width

_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SENTENCE_END = tuple("。！？；：!?;:…")
_CLOSING_QUOTES = ("。”", "！”", "？”", "。」", "！」", "？」", "。）", "。)")
_UNIT_STARTS = tuple({word[0] for word in LEXICON.units} | set("多余万亿千百%") | {"以上", "左右"})
_WIDE_FROM = 0x2E80


def clean_text(text: str) -> str:
    """The cleaned text that every offset of the output refers to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = fold_width(text)
    lines = [line.strip() for line in text.split("\n")]
    if _is_column_layout(lines):
        paragraphs = _reflow_columns(lines)
    else:
        paragraphs = _join_split_numbers([line for line in lines if line])
    return "\n".join(paragraphs)


def display_width(line: str) -> float:
    """Columns a line takes on the page: a Chinese character 1, a Latin one ½.

    >>> display_width("提供岗位信息457.4万个")
    10.5
    """
    return sum(1.0 if ord(char) >= _WIDE_FROM else 0.5 for char in line)


def _column_width(lines: list[str]) -> float | None:
    widths = [round(display_width(line)) for line in lines if line]
    if len(widths) < 8:
        return None
    mode, _count = Counter(widths).most_common(1)[0]
    if mode > 40 or mode < 6:
        return None
    near = sum(1 for width in widths if mode - 2 <= width <= mode + 1)
    return float(mode) if near >= 0.4 * len(widths) else None


def _is_column_layout(lines: list[str]) -> bool:
    return _column_width(lines) is not None


def _ends_sentence(line: str) -> bool:
    return line.endswith(_SENTENCE_END) or line.endswith(_CLOSING_QUOTES)


def _reflow_columns(lines: list[str]) -> list[str]:
    width = _column_width(lines) or 0.0
    paragraphs: list[str] = []
    current = ""
    last_line = ""
    blank_since_last = False
    for line in lines:
        if not line:
            blank_since_last = True
            continue
        fills_column = display_width(last_line) >= width - 3.5
        if current and not _ends_sentence(current) and (not blank_since_last or fills_column):
            current += line
        else:
            if current:
                paragraphs.append(current)
            current = line
        last_line = line
        blank_since_last = False
    if current:
        paragraphs.append(current)
    return paragraphs


def _join_split_numbers(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and paragraphs[-1][-1:].isdigit() and line.startswith(_UNIT_STARTS):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    return paragraphs
