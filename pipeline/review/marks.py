"""The marks a document page lays over its text: every fact, and the numbers read that are not facts.

>>> text = "2025年全市生产总值增长5.4%。"
>>> facts = [{"start": 12, "end": 16, "stat": "growth_rate"}]
>>> [(q["text"], q["kind"]) for q in others(text, facts)]
[('2025年', 'date')]
>>> html = highlight(text, facts, others(text, facts))
>>> html.count('class="f '), html.count('class="q ')
(1, 1)
"""
from __future__ import annotations

from html import escape

# The stat kinds CONTRACT.md names; any other value is drawn as "other" (it never reaches a class name).
STATS = ("cumulative", "annual_average", "growth_rate", "change", "share")
KINDS = ("date", "period", "ordinal", "name", "other")


def stat_class(stat: str | None) -> str:
    """The CSS class of a fact's stat kind.

    >>> stat_class("growth_rate"), stat_class(None), stat_class('x" onclick="y')
    ('s-growth_rate', 's-none', 's-other')
    """
    if stat is None:
        return "s-none"
    return f"s-{stat}" if stat in STATS else "s-other"


def placed(fact: dict, size: int) -> bool:
    """Whether a fact has offsets inside a text of `size` characters (a figure read from a table
    cell outside the text has none: it is listed in the table, not marked).

    >>> placed({"start": 0, "end": 3}, 5), placed({"start": None, "end": None}, 5), placed({"start": 4, "end": 9}, 5)
    (True, False, False)
    """
    start, end = fact.get("start"), fact.get("end")
    return start is not None and end is not None and 0 <= start <= end <= size


def others(text: str, facts: list[dict]) -> list[dict]:
    """Numbers `find_quantities` read in `text` that are not statistics and overlap no fact.

    >>> [(q["text"], q["kind"], q["start"]) for q in others("第三届大会于2025年5月举行", [])]
    [('三', 'ordinal', 1), ('2025年', 'date', 6), ('5月', 'date', 11)]
    """
    from .. import find_quantities

    spans = sorted((fact["start"], fact["end"]) for fact in facts if placed(fact, len(text)))
    marks, index = [], 0
    for quantity in find_quantities(text):
        if quantity.kind == "statistic":
            continue
        while index < len(spans) and spans[index][1] <= quantity.start:
            index += 1
        if index < len(spans) and spans[index][0] < quantity.end:
            continue      # a fact stands there
        marks.append({"start": quantity.start, "end": quantity.end, "kind": quantity.kind,
                      "text": quantity.text})
    return marks


def highlight(text: str, facts: list[dict], other_marks: list[dict]) -> str:
    """The text as HTML paragraphs, one <mark> per fact (`data-i` its index in `facts`), one
    <span> per number that is not a statistic; everything escaped.

    >>> highlight("甲<b>增长5%\\n乙", [{"start": 6, "end": 8, "stat": "growth_rate"}], [])
    '<p>甲&lt;b&gt;增长<mark class="f s-growth_rate" id="f0" data-i="0" tabindex="0">5%</mark></p>\\n<p>乙</p>'

    A fact inside another is nested in its mark; one that crosses another's end starts where the
    other ends, so every fact keeps exactly one mark.
    """
    events = []   # (start, end, opening html)
    for i, fact in enumerate(facts):
        if not placed(fact, len(text)):
            continue
        events.append((fact["start"], fact["end"],
                       f'<mark class="f {stat_class(fact.get("stat"))}" id="f{i}" data-i="{i}" tabindex="0">',
                       "</mark>"))
    for mark in other_marks:
        kind = mark["kind"] if mark["kind"] in KINDS else "other"
        events.append((mark["start"], mark["end"],
                       f'<span class="q k-{kind}" title="not a statistic: {kind}">', "</span>"))
    events.sort(key=lambda event: (event[0], -event[1]))
    pieces, open_ends, position = ["<p>"], [], 0

    def plain(upto: int) -> None:
        nonlocal position
        if upto > position:
            chunk = escape(text[position:upto], quote=False)
            pieces.append(chunk.replace("\n", "</p>\n<p>") if not open_ends else chunk)
            position = upto

    def close_until(upto: int) -> None:
        while open_ends and open_ends[-1][0] <= upto:
            end, closing = open_ends.pop()
            plain(end)
            pieces.append(closing)

    for start, end, opening, closing in events:
        close_until(start)
        start = max(start, position)
        if open_ends and end > open_ends[-1][0]:
            close_until(open_ends[-1][0])         # crossing: begin after the mark it crosses
            start = max(start, position)
        if end <= start:
            end = start                            # nothing left of it: an empty mark still counts
        plain(start)
        pieces.append(opening)
        open_ends.append((end, closing))
    close_until(len(text))
    plain(len(text))
    pieces.append("</p>")
    return "".join(pieces)
