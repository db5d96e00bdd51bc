"""Numbers the words near them make no statistic: identifiers after a code word (电话, 邮编) or with a
leading zero, a web page's own counters (浏览次数：568, 第1页 共3页), and the size of a sample surveyed
(重点监测的244家商业企业, a "frame"); and the one scan that finds those words in a document.

>>> _code_ends_and_page("联系电话：023-12345678，浏览次数：568")
([4], True, False)
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import regex

from .cached_regex import compile_for_re as _compiled  # patterns for `regex`, run by re (faster per call)
from .lexicon import LEXICON
from .quantities import Quantity


def _grouped(words) -> str:
    """An alternation of literal words in their order, grouped by first character: re tries one group's
    words only where that character stands, and the first word that matches there wins, as before."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _never_overlap(words, others) -> bool:
    """Whether no occurrence of one of `words` can overlap one of `others`, in any text."""
    def overlap(a: str, b: str) -> bool:
        return a in b or b in a or any(a.endswith(b[:size]) for size in range(1, len(b))) \
            or any(b.endswith(a[:size]) for size in range(1, len(a)))
    return not any(overlap(word, other) for word in words for other in others)


_CODE_WORDS: Final = tuple(LEXICON.code_words)
_PAGE_BEFORE: Final = tuple(LEXICON.page_labels_before)
_PAGE_AFTER: Final = tuple(LEXICON.page_labels_after)
_PAGE_WORDS: Final = _PAGE_BEFORE + _PAGE_AFTER + ("页",)
# Page furniture needs a colon (or a space) just before the figure, 页 as its unit, or a page word
# starting right after the figure or at its unit: tested first, before _is_page_furniture.
_COLON_OR_SPACE: Final = frozenset(": ：")
_PAGE_AFTER_FIRSTS: Final = frozenset(word[0] for word in _PAGE_AFTER)
_CODE_WORD_SEARCH: Final = re.compile(_grouped(_CODE_WORDS))
_PAGE_WORD_SEARCH: Final = re.compile(_grouped(_PAGE_WORDS))
# Code words and page words cannot overlap (as the lexicon has them): then one scan finds the matches of
# each as its own scan would, since a match of one never hides a match of the other.
# (No group names around them: a pattern that starts with its words' first characters is scanned fast.)
# The words of a sample surveyed (监测, 调查: grammar.tsv sample_marker) are found in the same scan.
_SAMPLE_WORDS: Final = tuple(LEXICON.grammar.get("sample_marker", ()))
_CODE_OR_PAGE: Final = re.compile(_grouped(_CODE_WORDS + _PAGE_WORDS + _SAMPLE_WORDS)) \
    if _never_overlap(_CODE_WORDS, _PAGE_WORDS + _SAMPLE_WORDS) and _never_overlap(_PAGE_WORDS, _SAMPLE_WORDS) else None
_SAMPLE_WORD_SEARCH: Final = re.compile(_grouped(_SAMPLE_WORDS)) if _SAMPLE_WORDS else re.compile("(?!)")
_PAGE_WORD_SET: Final = frozenset(_PAGE_WORDS)
_SAMPLE_WORD_SET: Final = frozenset(_SAMPLE_WORDS)
_SAMPLE_MARKERS: Final = "|".join(regex.escape(word) for word in LEXICON.grammar.get("sample_marker", ())) or "(?!)"
_SAMPLE_BEFORE: Final = _compiled(rf"(?:{_SAMPLE_MARKERS})\p{{Han}}{{0,2}}$")
_SAMPLE_AFTER: Final = _compiled(rf"[^，,；;。：:\d]{{0,20}}?(?:{_SAMPLE_MARKERS})")


def _sample(folded: str, start: int, end: int) -> bool:
    """Whether a count is the size of a sample surveyed (重点监测的244家商业企业, 34家重点监测的餐饮企业,
    对14家国内外机构的调查, 重点监测的60种商品中): no statistic of its own.

    >>> _sample("市商务局重点监测的244家商业企业", 9, 13), _sample("新增41个大类行业", 2, 5)
    (True, False)
    """
    if _SAMPLE_BEFORE.search(folded, max(0, start - 6), start):
        return True
    return _SAMPLE_AFTER.match(folded, end) is not None


def _near(ends: list[int], start: int) -> bool:
    """Whether a word ends within the 10 characters before `start` (a code word: 电话, 邮编)."""
    index = bisect_right(ends, start)
    return index > 0 and ends[index - 1] >= start - 10


def _code_ends_and_page(folded: str) -> tuple[list[int], bool, bool]:
    """Where code words end (电话, 邮编), whether a page word (浏览次数, 页) stands anywhere, and whether a
    sample's word (监测, 调查) does."""
    if _CODE_OR_PAGE is None:
        return ([match.end() for match in _CODE_WORD_SEARCH.finditer(folded)],
                _PAGE_WORD_SEARCH.search(folded) is not None, _SAMPLE_WORD_SEARCH.search(folded) is not None)
    code_ends, page, samples = [], False, False
    for match in _CODE_OR_PAGE.finditer(folded):
        word = match.group()
        if word in _PAGE_WORD_SET:
            page = True
        elif word in _SAMPLE_WORD_SET:
            samples = True
        else:
            code_ends.append(match.end())
    return code_ends, page, samples


def _is_code(folded: str, start: int, number_start: int, quantity: Quantity) -> bool:
    """An identifier: named by a code word just before, or digits with a leading zero (023, 05060933)."""
    number = quantity.number_text
    if number[:1] == "0" and len(number) >= 3 and number.isdigit():
        return True
    lead = folded[max(0, start - 10):start].rstrip(" :：#№")
    return lead.endswith(_CODE_WORDS)


def _is_page_furniture(folded: str, start: int, end: int, quantity: Quantity) -> bool:
    """A web page's own counters: a page label and a colon before, a page word after, or 共N页."""
    lead = folded[max(0, start - 8):start].rstrip(" ")
    if lead.endswith((":", "：")) and lead[:-1].rstrip(" ").endswith(_PAGE_BEFORE):
        return True
    if quantity.unit == "页" and folded[start - 1:start] == "共":
        return True
    tail = folded[end:end + 4]
    return tail.startswith(_PAGE_AFTER) or (bool(quantity.unit) and (quantity.unit + tail).startswith(_PAGE_AFTER))
