"""The region a document is about, from its title: 「2026年北京市政府工作报告」 → 北京市.

>>> document_region("2026年北京市政府工作报告\\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上")
'北京市'
>>> document_region("成都市2025年国民经济和社会发展统计公报")
'成都市'
>>> document_region("习近平同俄罗斯总统普京会谈") is None
True

A document of a national body that names no region of its own is about the whole country:
>>> national_document("国家统计局发布2014年粮食产量公告"), national_document("2026年北京市政府工作报告")
(True, False)
>>> national_document("政府工作报告\\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\\n国务院总理 李强")
True
"""
from __future__ import annotations

from collections import Counter
from typing import Final

import regex

from ..lexicon import LEXICON
from ..lexicon import _lines as LEXICON_LINES
from .words import alternation

_NAMES: Final = regex.compile(
    rf"(?:{alternation([n for n in LEXICON.regions if len(n) >= 2])})"
    rf"|(?:{alternation(LEXICON.cities)})(?:市|州|地区|盟)"
)
_TITLE_WORDS: Final = ("政府工作报告", "统计公报", "国民经济和社会发展", "人民代表大会", "市长", "省长", "主席")


def document_region(text: str, head_lines: int = 20) -> str | None:
    """The province or city named in the document's opening lines, by its full name, or None."""
    lines = opening_lines(text, head_lines)
    counts: Counter[str] = Counter()
    for line in lines:
        if not any(word in line for word in _TITLE_WORDS):
            continue
        for match in _NAMES.finditer(line):
            counts[LEXICON.regions.get(match.group(), match.group())] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def opening_lines(text: str, count: int) -> list[str]:
    """The first `count` lines of a text that hold more than spaces, stripped: what
    `[line.strip() for line in text.splitlines() if line.strip()][:count]` gives, without cutting the
    whole document into lines (a report's thousands of lines, for the twenty of its title).

    >>> opening_lines("\\n 标题 \\r\\n\\n第二行\\n第三行", 2), opening_lines("一行", 5)
    (['标题', '第二行'], ['一行'])
    """
    size = _FIRST_READ
    while True:
        lines = text[:size].splitlines()
        if size >= len(text):
            return [line.strip() for line in lines if line.strip()][:count]
        # the last line read may go on past `size`: only the lines before it are whole
        whole = [line.strip() for line in lines[:-1] if line.strip()]
        if len(whole) >= count:
            return whole[:count]
        size *= 4


_FIRST_READ: Final = 4096
_NATIONAL_TITLES: Final = tuple(LEXICON_LINES("national_titles.txt"))
_NATIONAL_REACH: Final = 600  # the opening lines: the title, the source and the first paragraph


_NATIONAL_BODIES: Final = tuple(LEXICON_LINES("national_bodies.txt"))


def national_document(text: str) -> bool:
    """Whether the document's opening lines say it is about the whole country (国务院, 国家统计局), or its
    headline is a national body's news (「中国工信部:……」), and no title line names a province or city.

    >>> national_document("中国工信部:上半年光伏产业链主要环节产量高速增长"), national_document("山西：据人社部数据……")
    (True, False)
    """
    head = text[:_NATIONAL_REACH]
    headline = head.lstrip().split("\n", 1)[0]
    return (any(word in head for word in _NATIONAL_TITLES) or any(word in headline for word in _NATIONAL_BODIES)) \
        and document_region(head) is None and not _NAMES.search(headline)
