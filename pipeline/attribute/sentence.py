"""Read one sentence: a name, subject, stat and period for each of its statistics.

The sentence is cut into clauses at ，；： and the like; in each clause every figure is named by the
left reading (the noun phrase before it) or the right reading (the noun phrase a count stands before);
a clause that only holds verbs and the number (、增长5.4%) carries the name of the figure before it; a
分别 clause hands each figure one member of its list. Places named as subjects carry to the next
clauses of the sentence; bodies (民营企业) hold for their own clause only.

How a clause is read is in `clause`, what the words around a figure say of it in `figure_words`, how a
figure is named from them in `naming`; the state of the reading, the facts it makes and what carries from
one figure to the next (bounds, tier nouns, subjects) in `carry`.

>>> from pipeline.quantities import find_quantities
>>> from pipeline.segment import split_sentences
>>> text = "金融业、软件和信息服务业增加值分别增长9.7%、15.3%。"
>>> [(f.metric, f.stat, f.value) for f in read_sentence(split_sentences(text)[0], find_quantities(text), None)]
[('金融业增加值', 'growth_rate', 9.7), ('软件和信息服务业增加值', 'growth_rate', 15.3)]
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON
from ..quantities import Quantity
from ..script import fold, fold_script, fold_width
from ..segment import Sentence
from .fact import Fact, replace
from .enumerated import enumerated
from .carried_subject import mask_dateline, opening_subject
from .words import CLAUSE_BREAK, STAT_WORDS, VERBS
from .carry import _Reading, _folded_subject, _mask_asides
from .clause import _read_clause


def _clauses(sentence: str, last_figure: int) -> list[tuple[int, int]]:
    """The clauses of a sentence up to the one holding the position `last_figure` (where its last figure
    starts): what follows it names no figure."""
    # Each break is one character, so the pieces between breaks give the bounds (faster than finditer).
    stop = CLAUSE_BREAK.search(sentence, last_figure)
    bounds, start = [], 0
    for piece in CLAUSE_BREAK.split(sentence[: stop.start()] if stop else sentence):
        end = start + len(piece)
        # 「“一季度全市规模以上工业增加值增长8.2%，”他介绍」: a quotation opening the clause and running on past
        # it is speech; the clause is read from after its mark (a quoted name closes within: “十四五”时期)
        closing = _QUOTE_CLOSES.get(piece[:1])
        bounds.append((start + 1 if closing and closing not in piece else start, end))
        start = end + 1
    return bounds


_QUOTE_CLOSES: Final = {"“": "”", "「": "」", "『": "』", "‘": "’"}


def read_sentence(sentence: Sentence, quantities: list[Quantity], period_before: str | None,
                  name_before: str | None = None, place_before: str | None = None,
                  listed_in_brackets: dict[int, tuple[str | None, str, tuple[str, int] | None]] | None = None,
                  text_before: str = "") -> list[Fact]:
    """The facts of one sentence's statistics (`quantities`, in text order); `name_before` names a figure
    whose clause names nothing before any figure of the sentence is named (the topic of the sentence
    before: 「国内生产总值增长9.8%。三季度同比增长4.9%」); `place_before` is the whole area an earlier
    sentence of the paragraph made the subject (as written), which holds until the sentence names another;
    `listed_in_brackets` gives (place, name) of figures listed in brackets (bracketed.bracketed), by their
    position in `quantities`; `text_before` is the paragraph's text before the sentence, where a figure whose
    name is no indicator finds the one named last (indicator.py)."""
    # Read a folded copy (simplified, half-width digits) of the same length; names are given back
    # as the original text writes them.
    base = sentence.start
    spans = [(q.start - base, q.end - base) for q in quantities]
    text = sentence.text
    # fold() finds text with nothing to fold in one search; the rest is folded in this module's order.
    folded = _mask_asides(text if fold(text) is text else fold_width(fold_script(text)), spans)
    folded = mask_dateline(folded)  # 「新华社北京1月17日电」 names no subject, and is no part of a name
    reading = _Reading(folded, sentence.text, spans, quantities, [q.unit for q in quantities])
    if name_before:
        reading.carried = fold_width(fold_script(name_before))
        reading.carried_written = name_before
    if place_before:  # the place the paragraph is about holds on (「全国就业人员…。其中城镇就业人员42462万人」)
        reading.subject = _folded_subject(reading, place_before)
    if listed_in_brackets:
        reading.bracketed = listed_in_brackets
    reading.before = text_before
    done, count = 0, len(spans)
    clause_text = _join_digit_groups(folded, quantities, base) if "," in folded else folded
    if "《" in clause_text:
        clause_text = _TITLE.sub(_unbroken, clause_text)  # 「《前任4:英年早婚》」: a title's colon ends no clause
    for c_start, c_end in _clauses(clause_text, spans[-1][0]):
        # The figures starting in the clause: spans are in text order, so they follow one another.
        first = done
        while first < count and spans[first][0] < c_start:
            first += 1
        if first == count:
            break  # no figure in this clause or after it: what the rest says names none
        last = first
        while last < count and spans[last][0] < c_end:
            last += 1
        if first == last:
            if first in reading.bracketed and spans[first][0] == c_end + 1:
                continue  # 「广东(」: the place of the bracketed figure after it, for that figure only
            clause = folded[c_start:c_end]
            if reading.topic_fresh and folded[c_start - 1] in "：:" and reading.topic_clause.endswith(_ENUMERATORS):
                # 「人口增长较多的5个省份依次为：广东、浙江……」: the members after the colon, with the ranking before it
                clause = reading.topic_clause + folded[c_start - 1:c_end]
            named = opening_subject(clause) or _part_named(reading, c_start, c_end) or _ranked(clause)
            reading.named_fresh = named is not None or reading.named_fresh and reading.topic_fresh
            reading.subject = named or reading.subject
            reading.enumerated = enumerated(clause) or reading.enumerated
            reading.topic_clause = clause  # read only where a figure needs it (_topic)
            reading.topic_fresh = True
            continue
        done = last
        before = len(reading.facts)
        _read_clause(reading, c_start, c_end, list(range(first, last)), period_before)
        if before and c_start and folded[c_start - 1] in "(（" and spans[first - 1][1] == c_start - 1:
            _like_figure_before(reading, before)
        reading.topic_fresh = reading.named_fresh = False
    return reading.facts


def _like_figure_before(reading: _Reading, first: int) -> None:
    """Figures in brackets right after a figure, of its unit and with no stat of their own, are the same
    measure of other places or times: its stat and sign (「同比增长16.8%（全国7.1%、全省14.8%）」); a figure alone
    there is the same one in another unit (「增加782.7千公顷（1174.1万亩）」)."""
    model, sign = reading.facts[first - 1], reading.word_signs[first - 1]
    if model.stat is None:
        return
    alone = len(reading.facts) - first == 1  # 「增加782.7千公顷（1174.1万亩）」: the same figure in another unit
    for k in range(first, len(reading.facts)):
        fact = reading.facts[k]
        if fact.stat is None and (fact.unit == model.unit or alone):
            reading.facts[k] = replace(fact, stat=model.stat, value=fact.value * sign if fact.value > 0 else fact.value)


_TITLE: Final = regex.compile(r"《[^《》\n]{1,40}》")


def _unbroken(title) -> str:
    """A title with its clause marks blanked, of the same length: 《前任4:英年早婚》 → 《前任4 英年早婚》."""
    return CLAUSE_BREAK.sub(" ", title.group())


def _join_digit_groups(folded: str, quantities: list[Quantity], base: int) -> str:
    """The sentence with the commas inside its figures (3,633,000人) blanked and a half-width comma alone
    between two figures written as 、, so that they break no clause; the length stays the same.

    >>> from pipeline.quantities import find_quantities
    >>> _join_digit_groups("由3,633,000人增加至3,660,400人", find_quantities("由3,633,000人增加至3,660,400人"), 0)
    '由3 633 000人增加至3 660 400人'
    """
    grouped = [q for q in quantities if "," in q.text]
    # 「分别增长57.3%, 36.8%和33.1%」: a half-width comma alone between two figures lists them, as 、 does
    listed = [k for k in range(1, len(quantities))
              if folded[quantities[k - 1].end - base: quantities[k - 1].end - base + 1] == ","
              and _COMMA_ONLY.fullmatch(folded, quantities[k - 1].end - base, quantities[k].start - base)
              and quantities[k].text[:1].isdigit() and "分别" in folded[:quantities[k - 1].start - base]]
    if not grouped and not listed:
        return folded
    chars = list(folded)
    for q in grouped:
        for at in range(q.start - base, q.end - base):
            if chars[at] == ",":
                chars[at] = " "
    for k in listed:
        chars[folded.index(",", quantities[k - 1].end - base)] = "、"
    return "".join(chars)


_COMMA_ONLY: Final = regex.compile_for_re(r",\s*")

_ENUMERATORS: Final = tuple(LEXICON.grammar["list_enumerator"])


def _part_named(reading: _Reading, c_start: int, c_end: int) -> str | None:
    """The part a clause of a bare noun after 其中 names (「其中：新房住宅，成交535套」 → 新房住宅), which the
    clauses after it are about; None for any other clause."""
    if not 2 <= c_end - c_start <= 10 or not reading.s.startswith("其中", c_start - 3):
        return None
    noun = reading.s[c_start:c_end].strip()
    if _NOT_BARE.search(noun) or VERBS.search(noun) or STAT_WORDS.search(noun) or len(noun) < 2:
        return None
    return noun


def _ranked(clause: str) -> str | None:
    """The member a clause without figures ranks first (以X最多) or next (其次为X), whose figures the clauses after
    it give; None for any other clause.

    >>> _ranked("按失业前所担任的职业分析，以服务及销售人员最多"), _ranked("其次为非技术工人")
    ('服务及销售人员', '非技术工人')
    >>> _ranked("以科技创新为引领") is None
    True
    """
    body = clause.strip()
    first = _RANKED_FIRST.search(body) if "以" in body else None
    if first:
        return first.group(1)
    if body.startswith(_NEXT_RANKED):
        item = body[next(len(w) for w in _NEXT_RANKED if body.startswith(w)):]
        return item if _RANKED_ITEM.fullmatch(item) and not VERBS.search(item) else None
    return None


_RANKED_FIRST: Final = regex.compile(
    rf"以([\p{{Han}}、]{{2,14}}?)(?:{'|'.join(LEXICON.grammar.get('ranked_most', ['最多']))})$")
_NEXT_RANKED: Final = tuple(sorted(LEXICON.grammar.get("next_ranked", ()), key=len, reverse=True)) or ("\0",)
_RANKED_ITEM: Final = regex.compile(r"[\p{Han}、]{2,16}")
_NOT_BARE: Final = regex.compile(r"[\d的年月季看]|\P{Han}")
