"""Whether a name is an indicator's, and which known indicator a text named last: set lookups against the
gazetteer of indicator names (lexicon/indicator_names.txt, the catalogue's aliases in indicators.tsv and the
head nouns of heads.txt), no pattern scans.

A name made only of words that say something of an indicator (达到, 居冠, 仍以, 城市环比上涨: verbs, stat
words, particles, the nouns a count counts; lexicon/predicate_words.txt) is no indicator: the figure takes
the indicator its clause chain named. A known indicator ending a name after a relative clause that sorts
its scope (以劳动密集型产业为主的, 监测的重点城市) is what a reader calls the indicator.

>>> no_indicator("达到"), no_indicator("城市环比上涨"), no_indicator("财政收入"), no_indicator("池杉")
(True, True, False, False)
>>> last_indicator("具体来看,1-7月财政收入位居前三的依然是广东、江苏和浙江。")
'财政收入'
>>> without_qualifier("以劳动密集型产业为主的加工贸易进出口"), without_qualifier("规模以上工业的增加值")
('加工贸易进出口', '规模以上工业的增加值')
"""
from __future__ import annotations

from typing import Final

from ..lexicon import LEXICON, _lines, _table
from ..memo import remember
from .empty import _EMPTY_WORDS
from .words import OBJECT_VERB_WORDS, STAT_WORD_SET, STATS, VERB_WORDS


def _gazetteer() -> frozenset[str]:
    """The indicator names known whole: the gazetteer and the catalogue's names and aliases."""
    names = set(_lines("indicator_names.txt"))
    for row in _table("indicators.tsv"):
        if len(row) >= 6:
            names.update(alias.partition("@")[0] for alias in row[5].split(","))
            names.add(row[1])
    return frozenset(name for name in names if len(name) >= 2)


NAMED: Final = _gazetteer()  # what the chain may have named: 财政收入, not the bare head 总量 or 人次
BARE_HEADS: Final = frozenset(head for head in LEXICON.heads if head not in NAMED)
INDICATORS: Final = NAMED | frozenset(head for head in LEXICON.heads if len(head) >= 2)
_LONGEST: Final = max(map(len, INDICATORS), default=0)
_LENGTHS: Final = sorted({len(name) for name in INDICATORS}, reverse=True)

_PREDICATE_ROWS: Final = _lines("predicate_words.txt")
_COUNTED: Final = frozenset(row.split("\t", 1)[1] for row in _PREDICATE_ROWS if row.startswith("counted\t"))
_QUALIFIER_ENDS: Final = tuple(row.split("\t", 1)[1] for row in _PREDICATE_ROWS if row.startswith("qualifier\t"))
# what says something of an indicator: the predicate words, and the verbs and stat words of two characters or more
_SAYING: Final = frozenset([row for row in _PREDICATE_ROWS if "\t" not in row]
                           + [w for w in VERB_WORDS | STAT_WORD_SET | OBJECT_VERB_WORDS if len(w) > 1]
                           + [w for w in _EMPTY_WORDS if len(w) > 1]
                           + [w for w in LEXICON.trim_both if len(w) > 1])
_SAYING_LONGEST: Final = max(map(len, _SAYING | _COUNTED), default=0)
_CHANGES: Final = frozenset(("growth_rate", "change"))
_NO_INDICATOR_MEMO: Final[dict[str, bool]] = {}  # no_indicator's memo (memo.py)


def holds_indicator(name: str) -> bool:
    """Whether a known indicator name stands anywhere in a name (「各项贷款余额」 holds 贷款余额).

    >>> holds_indicator("全省一般公共预算收入"), holds_indicator("仔细翻阅")
    (True, False)
    """
    for start in range(len(name) - 1):
        for length in range(2, min(_LONGEST, len(name) - start) + 1):
            if name[start: start + length] in INDICATORS:
                return True
    return False


def no_indicator(name: str, counted: bool = True) -> bool:
    """Whether a name is no indicator's: it holds no known indicator and is only words that say something of
    one (lexicon/predicate_words.txt, verbs, stat words), with at most the nouns a count counts (not where
    `counted` is False: the name of a count, 「7座城市环比上涨」, is what it counts). A 的 phrase names the ones
    it describes (「呈现增长的8个」) and is kept.

    >>> no_indicator("仍以"), no_indicator("地区则出现了不同程度"), no_indicator("亦刷新纪录"), no_indicator("城市")
    (True, True, True, False)
    >>> no_indicator("城市环比上涨", counted=False), no_indicator("呈现增长的"), no_indicator("增产")
    (False, False, False)
    """
    if not name or len(name) > 16 or (name[-1] == "的" and len(name) > 2) or STATS.get(name) in _CHANGES:
        return False  # (a change alone names itself: 「增产59.3亿斤」, 「降幅分别比上月扩大0.2」)
    key = name if counted else "\0" + name
    found = _NO_INDICATOR_MEMO.get(key)
    if found is None:
        found = remember(_NO_INDICATOR_MEMO, key, _only_saying(name, counted) and not holds_indicator(name))
    return found


def _only_saying(name: str, counted: bool = True) -> bool:
    """Whether a name is a run of predicate words and counted nouns, at least one predicate word among them."""
    reach: dict[int, bool] = {0: False}  # position → whether a predicate word was read to reach it
    for start in range(len(name)):
        if start not in reach:
            continue
        said = reach[start]
        for length in range(1, min(_SAYING_LONGEST, len(name) - start) + 1):
            word = name[start: start + length]
            if word in _SAYING:
                reach[start + length] = True
            elif counted and word in _COUNTED and start + length not in reach:
                reach[start + length] = said
    return reach.get(len(name), False)


def indicator_at_end(name: str) -> str:
    """The longest known indicator name that ends a name ('' where none does).

    >>> indicator_at_end("监测的重点城市成交总面积"), indicator_at_end("池杉")
    ('成交总面积', '')
    """
    return _known_at_end(name, INDICATORS)


def _known_at_end(name: str, known: frozenset[str]) -> str:
    """The longest of `known` that ends a name ('')."""
    for length in _LENGTHS:
        if length <= len(name) and name[-length:] in known:
            return name[-length:]
    return ""


def last_indicator(text: str) -> str:
    """The known indicator named last in a text: the one ending nearest its end, the longest there ('');
    bare heads (总量, 人次) are no indicator named.

    >>> last_indicator("全国共实现一般公共预算收入13.57万亿元，其中地方财政收入7.59万亿元")
    '财政收入'
    """
    for end in range(len(text), 1, -1):
        if not ("\u4e00" <= text[end - 1] <= "\u9fff" or text[end - 1].isalnum()):
            continue
        found = _known_at_end(text[max(0, end - _LONGEST):end], NAMED)
        if found:
            return found
    return ""


def without_qualifier(name: str) -> str:
    """A name without the relative clause before the known indicator that ends it, where the clause sorts
    the indicator's scope with a verb (以…为主的, 监测的): 「以劳动密集型产业为主的加工贸易进出口」 → 加工贸易进出口,
    「监测的重点城市成交总面积」 → 成交总面积; any other name as it is (「规模以上工业的增加值」).

    >>> without_qualifier("本周监测的重点城市成交总面积"), without_qualifier("城镇非私营单位就业人员年平均工资")
    ('成交总面积', '城镇非私营单位就业人员年平均工资')
    """
    found = _QUALIFIED_MEMO.get(name)
    return found if found is not None else remember(_QUALIFIED_MEMO, name, _without_qualifier_read(name))


_QUALIFIED_MEMO: Final[dict[str, str]] = {}  # without_qualifier's memo (memo.py)


def _without_qualifier_read(name: str) -> str:
    """without_qualifier, read (its memo keeps what it gives)."""
    if "由" in name or "从" in name:
        name = _without_from(name)
    if "的" not in name:
        return name
    known = indicator_at_end(name)
    qualifier = name[: len(name) - len(known)] if known else ""
    mark = qualifier.rfind("的")
    if mark < 1 or not qualifier[:mark].endswith(_QUALIFIER_ENDS):
        return name
    return known


_FROM: Final = ("由", "从")


def _without_from(name: str) -> str:
    """A name without the level a known indicator moved from (由/从 after it: 「经季节性调整失业率由去年10至12月的由」
    → 经季节性调整失业率); the name as it is where no known indicator ends right before 由 or 从.

    >>> _without_from("经季节性调整失业率由去年10至12月的由"), _without_from("由于出口")
    ('经季节性调整失业率', '由于出口')
    """
    for at, char in enumerate(name):
        if char in _FROM and at >= 2 and _known_at_end(name[:at], NAMED):
            return name[:at]
    return name
