"""Names that name nothing: words that say no thing (empty_names.txt: conjunctions, adverbs, verbs of
expecting), adverbs alone, a word that opens a clause alone; and a name without the empty words it ends on.

>>> only_empty_words("也只"), without_empty_tail("优势依然"), only_adverbs("则逆势"), _only_opener("预计")
(True, '优势', True, True)
"""
from __future__ import annotations

from typing import Final

from .. import cached_regex as regex
from ..lexicon import LEXICON, _lines
from ..memo import remember
from .trim import peel_tail
from .words import OPENERS, alternation

_GRAMMAR: Final = LEXICON.grammar
# How the names of measures end (额, 量, 率): an adverb of one character after one goes (「出生率仅」)
_MEASURE_ENDS: Final = tuple(_GRAMMAR["measure_end"])

_EMPTY_WORDS: Final = frozenset(_lines("empty_names.txt"))
_EMPTY_LONGEST: Final = max(map(len, _EMPTY_WORDS), default=0)
_ADVERB_AFTER_NAME: Final = frozenset(_GRAMMAR["adverb_after_name"])
# what a name may end on and lose: empty words of two characters and the adverbs of one (not 大会, 拔地而起)
_TAIL_EMPTY_WORDS: Final = frozenset([word for word in _EMPTY_WORDS if len(word) > 1] + list(_ADVERB_AFTER_NAME))
_TAIL_LONGEST: Final = max(map(len, _TAIL_EMPTY_WORDS), default=0)


_EMPTY_RUNS: Final[dict[str, bool]] = {}  # only_empty_words' memos, one for each set of words (memo.py)
_TAIL_RUNS: Final[dict[str, bool]] = {}


def only_empty_words(name: str, words: frozenset[str] = _EMPTY_WORDS) -> bool:
    """Whether a name is only words that name nothing, one after another (empty_names.txt: conjunctions,
    adverbs, verbs of expecting): 「也只有39.18%」 leaves 也只, 「全年可望下降5%」 可望.

    >>> only_empty_words("也只"), only_empty_words("可望"), only_empty_words("估计亦"), only_empty_words("大豆")
    (True, True, True, False)
    """
    if not name or len(name) > 3 * _EMPTY_LONGEST:
        return False
    memo = _EMPTY_RUNS if words is _EMPTY_WORDS else _TAIL_RUNS if words is _TAIL_EMPTY_WORDS else None
    found = memo.get(name) if memo is not None else None
    if found is None:
        found = _empty_run(name, words)
        if memo is not None:
            remember(memo, name, found)
    return found


def _empty_run(name: str, words: frozenset[str]) -> bool:
    """only_empty_words, read."""
    ends = {0}  # the positions a run of empty words can reach from the start
    for start in range(len(name)):
        if start not in ends:
            continue
        for length in range(1, _EMPTY_LONGEST + 1):
            if name[start: start + length] in words:
                ends.add(start + length)
    return len(name) in ends


def without_empty_tail(name: str) -> str:
    """A name without the run of empty words of two characters or more it ends on (「青岛港则逆势」 → 青岛港,
    「优势依然」 → 优势, 「郊区也只」 → 郊区), as long as two characters are left.

    >>> without_empty_tail("优势依然"), without_empty_tail("郊区也只"), without_empty_tail("可望")
    ('优势', '郊区', '可望')
    >>> without_empty_tail("基隆市的出生率仅"), without_empty_tail("15至64岁仅")
    ('基隆市的出生率', '15至64岁仅')
    >>> without_empty_tail("联合国气候变化大会"), without_empty_tail("楼宇拔地而起")
    ('联合国气候变化大会', '楼宇拔地而起')
    """
    while len(name) > 3:
        # (a run of empty words ends on one: a name ending on none, most names, has no run to lose)
        for length in range(min(2 * _EMPTY_LONGEST, len(name) - 2) if _ends_on_empty_word(name) else 1, 1, -1):
            if only_empty_words(name[-length:], _TAIL_EMPTY_WORDS):
                name = peel_tail(name[:-length])
                break
        else:
            if name[-1] in _ADVERB_AFTER_NAME and name[:-1].endswith(_MEASURE_ENDS):
                return name[:-1]  # 「基隆市的出生率仅」: an adverb of one character after a measure's name
            return name
    return name


def _ends_on_empty_word(name: str) -> bool:
    """Whether a name ends on one of the words without_empty_tail peels (_TAIL_EMPTY_WORDS)."""
    for length in range(1, min(_TAIL_LONGEST, len(name)) + 1):
        if name[-length:] in _TAIL_EMPTY_WORDS:
            return True
    return False


def _only_opener(name: str) -> bool:
    """Whether a name is only a word that opens a clause (「预计全年将超过1200万人」 leaves 预计): it names nothing.

    >>> _only_opener("预计"), _only_opener("预计投资")
    (True, False)
    """
    if len(name) > 4:  # (the longest opener has four characters)
        return False
    match = OPENERS.match(name)
    return match is not None and match.end() == len(name)


_ADVERBS_ONLY: Final = regex.compile(rf"(?:{alternation(_GRAMMAR.get('subject_adverb', ['则']))})+")


def only_adverbs(name: str) -> bool:
    """Whether a name left after its subject holds adverbs alone (「则逆势」 of 「青岛港则逆势增长2.9%」): it names nothing.

    >>> only_adverbs("则逆势"), only_adverbs("逆势增长点")
    (True, False)
    """
    return bool(name) and _ADVERBS_ONLY.fullmatch(name) is not None
