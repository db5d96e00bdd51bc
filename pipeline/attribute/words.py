"""Word lists for attribution, compiled once from the lexicon (pipeline/lexicon)."""
from __future__ import annotations

import re
from typing import Final

import regex

from ..cached_regex import compile_for_re
from ..lexicon import LEXICON


def alternation(words) -> str:
    """A regex alternation, longest word first so that the longest match wins.

    >>> alternation(["增长", "同比增长"])
    '同比增长|增长'
    """
    return "|".join(regex.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)) if word)


def grouped(words) -> str:
    """alternation(words), its words grouped by their first character in the same order: the same matches,
    but the standard re module, which tries the branches of an alternation one by one, tries one group's
    words only where its character stands (about twice as fast on the clause openings of subject_words).

    >>> grouped(["增长", "同比增长", "增速"])
    '同(?:比增长)|增(?:速|长)'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            groups.setdefault(word[0], []).append(regex.escape(word[1:]))
    return "|".join(f"{regex.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


STATS: Final = LEXICON.stats_before                      # word → cumulative, growth_rate, change, share, level
SCOPE_STATS: Final = {w: s for w, s in STATS.items() if s in ("cumulative", "annual_average")}
# One-character scope words (共), cumulative where no character around them makes them part of another word
# (公共, 共同): grammar.tsv scope_char, scope_char_not_before, scope_char_not_after.
_SCOPE_CHARS: Final = LEXICON.grammar.get("scope_char", [])
SCOPE_STATS.update((char, "cumulative") for char in _SCOPE_CHARS)
_GUARDED_SCOPE_CHARS: Final = "|".join(
    rf"(?<![{regex.escape(''.join(LEXICON.grammar.get('scope_char_not_before', [])))}]){regex.escape(char)}"
    rf"(?![{regex.escape(''.join(LEXICON.grammar.get('scope_char_not_after', [])))}])"
    for char in _SCOPE_CHARS) or "(?!)"
# The word lists searched in every clause, run by re with their words grouped by their first character (grouped:
# the same matches, in the same order where a pattern holding one backtracks), which lets re skip the positions
# where none starts: a fraction of the cost of a call of regex
STAT_WORDS: Final = compile_for_re(grouped(STATS))
DECLINES: Final = compile_for_re(grouped(LEXICON.declines))
VERBS: Final = compile_for_re(grouped(LEXICON.verbs))
OBJECT_VERBS: Final = compile_for_re(grouped(LEXICON.object_verbs))


def word_set(words) -> frozenset:
    """The texts `regex.fullmatch(alternation(words), text)` matches, for a set lookup instead
    (an empty list makes the empty pattern, which matches the empty text).

    >>> sorted(word_set(["增长", "同比增长", ""])), word_set([])
    (['同比增长', '增长'], frozenset({''}))
    """
    return frozenset(word for word in words if word) or frozenset({""})


VERB_WORDS: Final = word_set(LEXICON.verbs)                # VERBS.fullmatch(x) ⇔ x in VERB_WORDS
OBJECT_VERB_WORDS: Final = word_set(LEXICON.object_verbs)  # likewise for OBJECT_VERBS
STAT_WORD_SET: Final = word_set(STATS)                     # and STAT_WORDS
# 累计 always says how a figure is counted; 年均 only where a verb, a stat word or the figure follows
# (年均增长5%, 年均170万人), not where it qualifies a noun (PM2.5年均浓度).
_CUMULATIVE: Final = [w for w, s in SCOPE_STATS.items() if s == "cumulative"]
_AVERAGE: Final = [w for w, s in SCOPE_STATS.items() if s != "cumulative"]
SCOPE_WORDS: Final = regex.compile(
    rf"(?:{alternation([w for w in _CUMULATIVE if w not in _SCOPE_CHARS])})|{_GUARDED_SCOPE_CHARS}"
    rf"|(?:{alternation(_AVERAGE)})(?=$|\s|分别|{alternation(LEXICON.verbs + LEXICON.object_verbs + list(STATS))})"
)
# A cumulative word before 后 is a step done to the figure (合计后总薪资平均数: after adding up), no scope of it:
# grammar.tsv scope_word_not_after.
_NOT_AFTER_SCOPE: Final = "".join(LEXICON.grammar.get("scope_word_not_after", []))
_STEP_SCOPE: Final = regex.compile(
    rf"(?:{alternation([w for w in _CUMULATIVE if w not in _SCOPE_CHARS])})(?=[{regex.escape(_NOT_AFTER_SCOPE)}])"
    if _NOT_AFTER_SCOPE else "(?!)")
_SCOPE_CHAR_ENDS: Final = tuple(_SCOPE_CHARS) or ("\0",)


def unscoped(words: str) -> str:
    """The words before a figure without the scope words that say no scope of it: a one-character scope word right
    before the figure is a copula (全国人口共141178万人: there are so many in all), a cumulative word before 后 a step
    done to it (合计后总薪资平均数为).

    >>> unscoped("全国人口共"), unscoped("合计后总薪资平均数为"), unscoped("全县共输出各类劳务人员")
    ('全国人口', '后总薪资平均数为', '全县共输出各类劳务人员')
    """
    body = words.rstrip()
    if body.endswith(_SCOPE_CHAR_ENDS):
        words = body[:-1]
    if _NOT_AFTER_SCOPE and any(char in words for char in _NOT_AFTER_SCOPE):
        words = _STEP_SCOPE.sub("", words)
    return words


# The same, with the count of years an average runs over (两年平均, 三年年均): the count is part of the
# scope word, not a name (「两年平均增长5.2%」 names no 两).
_YEAR_COUNTS: Final = "0-9" + "".join(sorted(LEXICON.digits)) + "十"
SCOPE_SPANS: Final = regex.compile(rf"(?:[{_YEAR_COUNTS}]+年?(?=年))?(?:{SCOPE_WORDS.pattern})")
_NOT_COMPARISONS: Final = [line.split("\t", 1)[1] for line in LEXICON.comparisons if line.startswith("not\t")]
_COMPARISON_WORDS: Final = [line for line in LEXICON.comparisons if not line.startswith("not\t")]
# A comparison word, unless it begins a word that only looks like one (占地, 居民) or ends one (之比, 环比).
_NOT_BEFORE_COMPARISON: Final = "之环同相对无类"
COMPARISONS: Final = regex.compile(
    rf"(?<![{_NOT_BEFORE_COMPARISON}])(?!{alternation(_NOT_COMPARISONS)})(?:{alternation(_COMPARISON_WORDS)})"
)


def _by_first_character(words: list[str], not_words: list[str], not_before: str) -> str:
    """COMPARISONS's pattern with a branch for each first character, which opens it (re then skips the positions
    where no branch can start): the character, the test of the one before it (written after it: 较(?<![相]较)),
    the words it begins that are none (占地: 占(?!地)), the rests of the words, longest first. The same matches.

    >>> _by_first_character(["高于", "较", "占"], ["占地"], "相")
    '高(?<![相]高)(?:于)|占(?<![相]占)(?!地)(?:)|较(?<![相]较)(?:)'
    """
    if not not_words:
        return "(?!)"  # (?!) before the words: COMPARISONS matches nothing
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        nots = sorted({w[1:] for w in not_words if w and w[0] == first}, key=lambda w: (-len(w), w))
        if "" in nots:
            continue  # a word that is no comparison is the character alone: the branch never matches
        char = regex.escape(first)
        avoided = f"(?!{'|'.join(regex.escape(w) for w in nots)})" if nots else ""
        branches.append(f"{char}(?<![{not_before}]{char}){avoided}(?:{'|'.join(regex.escape(r) for r in rests)})")
    return "|".join(branches) or "(?!)"


# COMPARISONS for patterns run by re (cached_regex.compile_for_re)
COMPARISONS_BY_FIRST: Final = _by_first_character(_COMPARISON_WORDS, _NOT_COMPARISONS, _NOT_BEFORE_COMPARISON)
BOUND_WORDS: Final = list(LEXICON.bounds_before) + list(LEXICON.bounds_after)
HEADS: Final = LEXICON.heads
LEVEL_NOUNS: Final = LEXICON.level_nouns
PERIOD_WORDS: Final = LEXICON.periods
# Clause punctuation: a clause is what a figure's name may be read from. A plain class of characters,
# which the standard re module finds faster than regex does.
CLAUSE_BREAK: Final = re.compile(r"[，,；;：:。！？!?（）()\[\]【】\n]")
# Words that may open a clause without being part of a name.
OPENERS: Final = regex.compile(
    r"^(?:其中|同时|此外|另外|并且|而且|以及|并|和|及|与|且|还|也|都|均|共计|全年|今年|去年|当年|本年|"
    r"截至目前|截至|目前|预计|力争|确保|争取|提出|实现|推动|推进|助力|带动|促进)"
)
