"""`status`: actual, target or forecast, from the words before a figure, the part of the report
it stands in, and whether its period had closed by the document's date.

>>> from datetime import date
>>> from pipeline.enrich.time import resolve_period
>>> report = date(2026, 1, 25)
>>> figure_status("今年经济社会发展主要预期目标是：地区生产总值增长", resolve_period("今年", report), None, report)
'target'
>>> figure_status("全市地区生产总值5.2万亿元、增长", resolve_period("过去一年", report), None, report)
'actual'
>>> figure_status("增速高于预期目标，地区生产总值增长", resolve_period("2025年", report), None, report)
'actual'
>>> figure_status("预计全年地区生产总值增长", resolve_period("全年", date(2025, 12, 20)), None, date(2025, 12, 20))
'forecast'
>>> figure_status("城镇新增就业", resolve_period("今年", report), "plan", report)
'target'

The rule, in order: a period closed before the document's date is an outcome (actual); a forecast
word (预计) before the figure makes a forecast; a target word (力争, 预期目标, 将), the plan part of
a report (after 「三、2026年重点工作」) or a period still mostly ahead of the document's date
(今年 in January) makes a target; else actual. Words are in `pipeline/lexicon/status_words.tsv`.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Final

from ..memo import remember
from ..lexicon import _kinds
from ..attribute.period import PERIOD, opening_period
from .time import Span

_HEADING: Final = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_PUNCTUATION: Final = re.compile(r"[。，；：！？,;:!?]")


_WORDS_MEMO: Final[dict[None, dict[str, list[str]]]] = {}  # _words's memo (memo.py)


def _words() -> dict[str, list[str]]:
    """status_words.tsv: kind (target, forecast, achieved, not, …) → its words, longest first."""
    found = _WORDS_MEMO.get(None)
    return found if found is not None else remember(_WORDS_MEMO, None, _words_read())


def _words_read() -> dict[str, list[str]]:
    """_words, read (its memo keeps what it gives)."""
    return _kinds("status_words.tsv")


def _has(text: str, kind: str) -> bool:
    """Whether `text` holds a word of `kind` (target or forecast) that counts: look-alikes (将近)
    are blanked, and a target word right after an achieved word (完成目标) does not count."""
    if not _any_word(text, kind):
        return False  # no word of the kind at all (most figures): one pass, not one per word
    words = _words()
    for word in words.get("not", ()):
        if word in text:
            text = text.replace(word, "\0" * len(word))
    achieved = words.get("achieved", ())
    for word in words.get(kind, ()):
        start = text.find(word)
        while start >= 0:
            window = text[max(0, start - 4):start]
            if kind != "target" or not any(a in window for a in achieved):
                return True
            start = text.find(word, start + 1)
    return False


_ANY_OF_MEMO: Final[dict[str, re.Pattern]] = {}  # _any_of's memo (memo.py)


def _any_of(kind: str) -> re.Pattern:
    """A pattern finding any word of `kind` (a pattern that never matches for a kind without words)."""
    found = _ANY_OF_MEMO.get(kind)
    return found if found is not None else remember(_ANY_OF_MEMO, kind, _any_of_read(kind))


def _any_of_read(kind: str) -> re.Pattern:
    """_any_of, read (its memo keeps what it gives)."""
    words = _words().get(kind, ())
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


_LAST: dict = {}  # kind: (the text last looked at, whether a word of the kind stands in it)


def _any_word(text: str, kind: str) -> bool:
    """Whether any word of `kind` stands in `text`. The figures of a sentence come in order, each with
    its sentence up to it: where the text goes on from the last one looked at, which held none, only
    what it adds (and the few characters before, where a word may start) is searched, so a sentence
    with many figures is not searched again from its start for each."""
    pattern = _any_of(kind)
    last = _LAST.get(kind)
    if last is not None and not last[1] and text.startswith(last[0]):
        found = pattern.search(text, max(0, len(last[0]) - _longest(kind) + 1)) is not None
    else:
        found = pattern.search(text) is not None
    _LAST[kind] = (text, found)
    return found


_LONGEST_MEMO: Final[dict[str, int]] = {}  # _longest's memo (memo.py)


def _longest(kind: str) -> int:
    found = _LONGEST_MEMO.get(kind)
    return found if found is not None else remember(_LONGEST_MEMO, kind, _longest_read(kind))


def _longest_read(kind: str) -> int:
    """_longest, read (its memo keeps what it gives)."""
    return max(map(len, _words().get(kind, ())), default=1)


def has_target_word(text: str) -> bool:
    """Whether a target word stands in `text` (see _has).

    >>> has_target_word("力争粮食产量稳定在"), has_target_word("超额完成预期目标，增长"), has_target_word("将近")
    (True, False, False)
    """
    return _has(text, "target")


def has_forecast_word(text: str) -> bool:
    return _has(text, "forecast")


def sections(text: str) -> list[tuple[int, str | None, str | None]]:
    """(offset, kind, period) of each part heading: a top-level one (一、…), or a short line of its
    own naming a plan or a review (「2026年重点工作」, 「“十四五”时期工作回顾」). kind is plan,
    review, or None for a heading that is neither or both (「二、“十四五”时期发展成就和“十五五”时期
    主要目标」); period is the one the heading names, as written, or None.

    >>> sections("一、2025年工作回顾\\n增长5%。\\n二、2026年重点工作\\n增长5%左右。\\n“十四五”时期工作回顾\\n")
    [(0, 'review', '2025年'), (18, 'plan', '2026年'), (38, 'review', '“十四五”时期')]
    >>> sections("一、一年接着一年干，新福建建设持续取得新进展新成效\\n2025年是“十四五”收官之年。\\n")
    [(0, None, '2025年')]
    """
    words = _words()
    found: list[list] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        numbered = _HEADING.match(stripped) and len(stripped) <= 40 and not stripped.endswith("。")
        if numbered or (stripped and len(stripped) <= 20 and not _PUNCTUATION.search(stripped)):
            plan = any(w in stripped for w in words.get("plan", ()))
            review = any(w in stripped for w in words.get("review", ()))
            if numbered or plan or review:
                named = PERIOD.search(stripped)
                found.append([offset + line.find(stripped[0]), "plan" if plan and not review else
                              "review" if review and not plan else None, named.group() if named else None, not named])
                offset += len(line)
                continue
        if stripped and found and found[-1][3]:  # the part's first paragraph: 「2025年是“十四五”收官之年。」
            found[-1][2], found[-1][3] = opening_period(stripped), False
        offset += len(line)
    return [(start, kind, period) for start, kind, period, _open in found]


def section_at(parts: list[tuple[int, str | None, str | None]], position: int) -> tuple[str | None, str | None]:
    """(kind, period) of the part of the text `position` stands in."""
    found: tuple[str | None, str | None] = (None, None)
    for start, kind, period in parts:
        if start > position:
            break
        found = (kind, period)
    return found


def is_ongoing(sentence: str, period: str | None) -> bool:
    """Whether the period is a span up to now (今年以来): year to date, not a target."""
    if not period:
        return False
    at = sentence.find(period)
    return at >= 0 and any(sentence.startswith(w, at + len(period)) for w in _words().get("ongoing", ()))


def figure_status(before: str, span: Span, section: str | None, reference: date | None,
                  ongoing: bool = False, target: bool | None = None) -> str:
    """actual, target or forecast for a figure: `before` is its sentence up to the figure, `span`
    its period, `section` the part of the report (plan, review or None), `reference` the
    document's date (or 1 January of its year). `target`: has_target_word(before), when the caller
    has it already."""
    if reference is not None and span.end is not None and span.end < reference:
        return "actual"
    if has_forecast_word(before):
        return "forecast"
    if (has_target_word(before) if target is None else target) or section == "plan":
        return "target"
    if reference is not None and span.start is not None and span.end is not None and not ongoing:
        elapsed = (reference - span.start).days
        length = (span.end - span.start).days + 1
        if elapsed < length / 2:
            return "target"
    return "actual"
