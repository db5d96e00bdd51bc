"""The time a figure belongs to, as written.

>>> find_period("2025年全市地区生产总值5.2万亿元", 12)
'2025年'
>>> find_period("前三季度，规上工业增加值增长7.7%", 15)
'前三季度'
>>> find_period("今年前10个月，我国货物贸易进出口总值37.31万亿元", 25)
'今年前10个月'
>>> find_period("10月份，规模以上工业增加值同比增长4.9%", 20)
'10月份'
>>> find_period("增长7.7%", 2) is None
True
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Final

from mypy_extensions import mypyc_attr

from ..first_chars import starts
from ..memo import remember
from .. import cached_regex as regex

from ..lexicon import LEXICON
from .words import PERIOD_WORDS, alternation

_DIGIT: Final = r"[0-9〇零一二三四五六七八九十]"
# A month's number, a span of months (1至7月, 一至七月) and a part of the year (前三季度, 上半年, 首10个月), as
# written inside names and right after a subject (metric.py, subject.py)
MONTH_NUMBER: Final = r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])"
MONTH_SPAN: Final = rf"{MONTH_NUMBER}\s*[-—–~至到]\s*{MONTH_NUMBER}月份?"
PART_OF_YEAR: Final = (rf"(?:今年|去年|上年|本年)?"
                       rf"(?:前三季度|前两季度|第?[一二三四]季度|[上下]半年|[前首]{MONTH_NUMBER}个?月)")
PERIOD: Final = regex.compile(
    # a year, its months (a span may run into the next year: 2022年12月至2023年2月) or its quarter (二季度, and
    # 第3季 as Hong Kong and Macao write it)
    # (Taiwan counts years from 1912, in three digits, written with a month or quarter: 107 年 3 月, 112年第3季;
    # PDF text spaces the digits from 年 and 月)
    r"(?:(?:截至|截止)?(?:\d{4}|\d{3}(?=\s?年\s?(?:\d{1,2}\s?月|第))|[一二〇零○三四五六七八九]{4})\s?年(?:度)?(?:底|末|初)?"
    r"(?:\s?(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:\s*[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}))?\s?月(?:份)?"
    r"(?:\s*[-—–~至到]\s*(?:\d{4}年)?\d{1,2}月(?:份)?)?)?"
    r"(?:(?:一|二|三|四|第一|第二|第三|第四|前三|前两|上半|下半)(?:季度|年)|[1-4]季度|(?:第|首)(?:\d|[一二三四])季(?:度)?)?)"
    r"|(?:(?:今年|去年|上年|本年|前年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?)"  # 1-7月, 一至七月, 去年10至12月
    rf"|(?:(?:截至|截止)?(?:\d{{1,2}}\s?|十[一二]?|[一二三四五六七八九])月(?:份|底|末|(?![\d日号\s])))"  # 11月失业率 too
    rf"|(?:(?:今年|去年|全年)?(?<![提超领])前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月)"
    rf"|(?:(?:今年|去年|全年)?首(?:\d{{1,2}}|[二三四五六七八九十]{{1,2}})个月)"  # 首10个月, as Hong Kong writes 前10个月
    rf"|(?:(?:过去|近){_DIGIT}{{1,2}}年)"
    rf"|(?:{_DIGIT}{{1,2}}年(?:来|以来|间))"
    rf"|(?:“?十[一二三四五六七八九]五”?(?:时期|期间|以来|期末|末))"
    r"|(?:(?:第|首)(?:\d|[一二三四])季(?:度)?)"
    + (rf"|(?:{alternation(PERIOD_WORDS)})" if PERIOD_WORDS else "")
)
# Every period holds one of these characters (年 of a year or span, 月 of a month, 十 of 十四五, 季 of a
# quarter, and a character of each period word without them): most sentences hold none, and need no search.
_MARKS: Final = tuple(sorted({"年", "月", "十", "季"} | {w[0] for w in PERIOD_WORDS if not set(w) & {"年", "月", "十", "季"}}))


# The characters a period starts with, and how many characters (blanks not counted) a period holds at most
# before its first character of _MARKS (截至2025年: six; 过去的一年: four; 1 - 7月: three; 前10个月: four)
_FIRSTS: Final = starts(PERIOD)
# PERIOD run by re (the same matches): a call costs a fraction of one of regex, for match and fullmatch
PERIOD_RE: Final = regex.compile_for_re(PERIOD.pattern)
_BEFORE_MARK: Final = 8
# The characters a period may hold: those PERIOD writes (its only ranges are of ASCII digits), its digits (\d), and
# blanks (str.isspace: every \s and more)
_IN_PERIOD: Final = frozenset(PERIOD.pattern) | frozenset(
    chr(code) for first, last in regex.code_points(r"\d") for code in range(first, last + 1))


def may_hold_period(text: str) -> bool:
    """Whether `text` may hold a period (False means PERIOD, _OPENING, _TRAILING_AT and _DURATION find none)."""
    for mark in _MARKS:
        if mark in text:
            return True
    return False


def find_period(text: str, position: int) -> str | None:
    """The period written nearest before `position` in `text`, or None.

    A period after 较, 比 or 与 is the base of a comparison, not the figure's own time:
    >>> find_period("高价值发明专利较“十三五”时期增长148%", 20) is None
    True
    """
    return period_at(periods_in(text), text, position)


def period_at(periods, text: str, position: int) -> str | None:
    """find_period, given the periods of `text` (periods_in): found by bisection, so that a sentence with
    many figures and many periods costs no more per figure than a short one."""
    if not periods:
        return None
    k = bisect_right(periods.ends, position)       # periods[:k] end by `position`
    if k < len(periods) and periods[k][0] < position:
        # a period running over `position`: read the text before it alone; the periods before it read
        # the same, so only what follows the start of that period is read again
        return _period_before(text, position, periods[k][0], periods.best[k])
    return periods.best[k]


@mypyc_attr(native_class=False)   # a tuple subclass: a Python class, compiled or not
class Periods(tuple):
    """The periods of a sentence in text order, with the end of each (`ends`) and, for each count k of
    them, the last of the first k that is no comparison's base (`best[k]`): made by _periods."""

    ends: list[int]
    best: list[str | None]


def _periods(found) -> Periods:
    periods = Periods(found)
    periods.ends = [end for _start, end, _period, _base in periods]
    best: list[str | None] = [None]
    for _start, _end, period, base in periods:
        best.append(best[-1] if base else period)
    periods.best = best
    return periods


def periods_in(text: str) -> Periods:
    """(start, end, period, whether it is a comparison's base) of the periods of a sentence, read once
    for all its figures (period_at): up to a figure the reading is the same as of the text before it alone."""
    found = _period_matches(text)  # (none where the text holds no character of _MARKS: may_hold_period)
    if not found:
        return _NO_PERIODS
    return _periods([(m.start(), m.end(), m.group(), _is_base(text, m.start())) for m in found])


def _period_matches(text: str) -> list:
    """PERIOD.finditer(text), as a list, tried only near the characters every period holds (_MARKS): a match
    holds one at most _BEFORE_MARK characters (blanks not counted) after its start, so it starts in the few
    positions before one, where it starts with a character of _FIRSTS; they are tried in text order, past the
    last match, as finditer does (a scan trying the whole pattern at every position costs ten times more).

    >>> [m.group() for m in _period_matches("2025年全市增长5%，前三季度 1 - 7月份")]
    ['2025年', '前三季度', '1 - 7月份']
    """
    marks: list[int] = []
    for char in _MARKS:
        at = text.find(char)
        while at >= 0:
            marks.append(at)
            at = text.find(char, at + 1)
    marks.sort()
    found = []
    tried = 0  # every position before it is tried, or inside a match
    for mark in marks:
        if mark < tried:
            continue
        at, held = mark, 0
        while at > tried and held < _BEFORE_MARK:
            char = text[at - 1]
            if char.isspace():
                at -= 1
            elif char in _IN_PERIOD:
                at -= 1
                held += 1
            else:
                break  # a period holding it would hold every character up to the mark: none starts before it
        while at <= mark:
            if text[at] in _FIRSTS:
                match = PERIOD_RE.match(text, at)
                if match is not None:
                    found.append(match)
                    at = match.end()
                    break
            at += 1
        tried = at
    return found


def _is_base(text: str, start: int) -> bool:
    """Whether a comparison word (较, 比, 高于…) ends right at `start`: the period after it is a base. Only the
    few characters before it are searched (_BASE's words are short), not the whole text back to its start."""
    return _BASE.search(text, max(0, start - _BASE_LONGEST), start) is not None


def _period_before(text: str, position: int, since: int = 0, best: str | None = None) -> str | None:
    """The period nearest before `position` read in the text up to it alone, from `since` on (`best`: the
    one found before `since`)."""
    for match in PERIOD.finditer(text, since, position):
        if match.end() <= position and not _is_base(text, match.start()):
            best = match.group()
    return best


_OPENING_PERIOD_MEMO: Final[dict[str, str | None]] = {}  # opening_period's memo (memo.py)


def opening_period(text: str) -> str | None:
    """The period a sentence opens with (「2025年，全市……」, 「过去五年，……」), which holds for its paragraph.

    >>> opening_period("过去五年，我们坚持稳中求进。")
    '过去五年'
    >>> opening_period("高价值发明专利较2020年增长148%") is None
    True

    A month with no year that qualifies a noun (「5月的莫斯科」, 「三月的江南」) sets a scene, not the time
    of the figures after it:
    >>> opening_period("5月的莫斯科，天高云阔。") is None
    True
    """
    if text in _OPENING_PERIOD_MEMO:
        return _OPENING_PERIOD_MEMO[text]
    return remember(_OPENING_PERIOD_MEMO, text, _opening_period_read(text))


def _opening_period_read(text: str) -> str | None:
    """opening_period, read (its memo keeps what it gives)."""
    match = _OPENING.match(text) if _may_open_with_period(text) else None
    if match is None or (text.startswith("的", match.end(1)) and _BARE_MONTH.fullmatch(match.group(1))):
        return None
    return match.group(1)


def _may_open_with_period(text: str) -> bool:
    """Whether _OPENING may match `text`: it holds a character of _MARKS, and every character before the first
    one is one _OPENING's words or a period may hold (a match runs on from the start to a mark).

    >>> _may_open_with_period("2025年，全市……"), _may_open_with_period("全市地区生产总值增长5%，比上年提高")
    (True, False)
    """
    first = -1
    for char in _MARKS:
        at = text.find(char, 0, first) if first >= 0 else text.find(char)
        if at >= 0:
            first = at
    if first < 0:
        return False
    for at in range(first):
        char = text[at]
        if char not in _IN_OPENING and not char.isspace():
            return False
    return True


def carried_periods(paragraphs: list[list[str]]) -> list[str | None]:
    """The period each paragraph inherits from the structure of the text before it, or None.

    A heading that names a period (「一、2025年工作回顾」, 「二、“十五五”时期主要目标任务」) sets it for
    the paragraphs under it, until the next heading of its rank; a heading without one clears it. A
    paragraph that opens with a period (「这五年，我们……取得新成效。」, 「各位代表！刚刚过去的2025年，……」)
    or says which span it is about (「这是经济实力持续提升的五年。」) sets it for the paragraphs after it,
    until the next heading or such a paragraph. The sentence's own period, and one opening its own
    paragraph, come first.

    >>> carried_periods([["一、2025年工作回顾"], ["全年地区生产总值增长5%。"], ["二、工作安排"], ["新增就业60万人。"]])
    [None, '2025年', None, None]
    >>> carried_periods([["一、工作回顾"], ["这五年，我们砥砺奋进。"], ["地区生产总值年均增长5%。"], ["（一）2025年"], ["增长6%。"]])
    [None, None, '这五年', None, '2025年']
    >>> carried_periods([["一、2025年和“十四五”时期工作回顾"], ["各位代表！", "刚刚过去的2025年，极不平凡。"], ["增长5%。"]])
    [None, '2025年和“十四五”时期', '2025年']
    """
    carried: list[str | None] = []
    section = lead = None
    for sentences in paragraphs:
        text = "".join(sentences).strip() if _opening_char(sentences) in _HEADING_FIRST else ""
        heading = _HEADING.match(text) if text else None  # a heading opens with one of _HEADING_FIRST
        if heading and len(text) <= 40 and not text.endswith("。"):
            named = _heading_period(text[heading.end():])
            if heading.group(1):        # 一、: a new part of the text
                section, lead = named, None
            else:                       # （一）: a subsection keeps the part's period unless it names one
                lead = named
            carried.append(None)
            continue
        carried.append(lead or section)
        lead = _lead_period(sentences) or lead
    return carried


def _opening_char(sentences: list[str]) -> str:
    """The first character of the paragraph's text once stripped ('' for none), without joining it."""
    for sentence in sentences:
        sentence = sentence.lstrip()
        if sentence:
            return sentence[0]
    return ""


def _lead_period(sentences: list[str]) -> str | None:
    """The period a lead paragraph opens with: its first sentence after a vocative (各位代表！), or the
    span a one-sentence paragraph names (「这是经济实力持续提升的五年。」)."""
    first, more = None, False  # the first sentence that is no vocative, and whether another follows
    for sentence in sentences:
        if len(sentence) <= _VOCATIVE_LONGEST and _VOCATIVE.fullmatch(sentence):
            continue
        if first is not None:
            more = True
            break
        first = sentence
    if first is None:
        return None
    opened = opening_period(first)
    if opened:
        return opened
    span = _SPAN.match(first) if not more and first.startswith("这是") else None
    return span.group(1) if span else None


def _heading_period(title: str) -> str | None:
    """The period a heading names; two joined by 和 are given as written (2025年和“十四五”时期)."""
    found = list(PERIOD.finditer(title))
    if not found:
        return None
    if len(found) > 1 and regex.fullmatch(r"和|及|与|、", title[found[0].end(): found[1].start()]):
        return title[found[0].start(): found[1].end()]
    return found[0].group()


_VOCATIVE: Final = regex.compile_for_re(r"[^，。！]{1,8}[！!：:]")
_VOCATIVE_LONGEST: Final = 9  # characters a _VOCATIVE match holds at most: a longer sentence needs no test
_SPAN: Final = regex.compile(r"^这是[^，。]{1,30}的(五年|一年)[。！]?$")


_HEADING: Final = regex.compile_for_re(r"^(?:([一二三四五六七八九十]{1,3}、)|[（(][一二三四五六七八九十]{1,3}[）)])")
_HEADING_FIRST: Final = frozenset("一二三四五六七八九十（(")  # what a _HEADING match starts with
# A span of days a figure is counted over, written inside its name after whose it is (「三坊七巷历史文化街区7天
# 累计接待游客」, 「黄龙景区前4天累计接待」): the time of the figure, no part of what it measures.
DAY_SPAN: Final = (rf"(?:{alternation(LEXICON.grammar.get('duration_before', ['前']))})?"
            r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})天"
            rf"(?:{alternation([w for w in LEXICON.grammar.get('duration_after', []) if w not in ('累计', '共')] or ['内'])})?")
_DURATION: Final = regex.compile(rf"(?:近|过去)?{_DIGIT}{{1,3}}(?:个)?(?:年|月|季度)(?:来|间|内)?")
_BASE: Final = regex.compile(r"(?rp)(?:较|比|与|同|相比|从|[高低快慢多少]于|恢复至|恢复到|回复至|相当于)$")
_BASE_LONGEST: Final = 4  # characters a _BASE match spans at most (three, and a line break before $)
_NO_PERIODS: Final = _periods(())
_BARE_MONTH: Final = regex.compile(r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月")  # 5月, 十二月: a month with no year
# (the characters _OPENING's words hold, and those of a period)
_IN_OPENING: Final = _IN_PERIOD | frozenset("各位代表，,在截至到刚刚过去的")
_OPENING: Final = regex.compile_for_re(rf"^(?:各位代表[，,])?(?:在|截至|到|至|刚刚过去的|过去的)?({PERIOD.pattern})")  # 各位代表，刚刚过去的2025年


_STRIP_PERIODS_MEMO: Final[dict[str, str]] = {}  # strip_periods's memo (memo.py)


def strip_periods(name: str) -> str:
    """A name without the periods written at its start or end.

    >>> strip_periods("2025年地区生产总值")
    '地区生产总值'
    """
    found = _STRIP_PERIODS_MEMO.get(name)
    return found if found is not None else remember(_STRIP_PERIODS_MEMO, name, _strip_periods_read(name))


def _strip_periods_read(name: str) -> str:
    """strip_periods, read (its memo keeps what it gives)."""
    changed = may_hold_period(name)
    while changed and name:
        changed = False
        match = PERIOD_RE.match(name)
        if match and match.end() < len(name):
            end = match.end() + 2 if name.startswith("以来", match.end()) else match.end()  # 今年以来
            name, changed = name[end:].lstrip("，, "), True
        if _DURATION.fullmatch(name):
            return ""  # 「3年增长58.6%」: a span of time, not a name
        tail = (_trailing() if name.endswith("\n") else _TRAILING_FROM_END).search(name)
        if tail and tail.start() > 0:
            name, changed = name[: tail.start()], True
    return name


# 于 after a comparative (高于, 快于) belongs to the comparison, which peel_tail takes off whole.
_TRAILING_AT: Final = rf"(?:从|由|自|在|(?<![高低快慢多少大小])于|到|至)?(?:{PERIOD.pattern})(?:的|底|末|以来)?$"


@lru_cache(maxsize=1)
def _trailing():
    """_TRAILING_AT searched forward, for a name ending in a line break (rare): compiled on first use."""
    return regex.compile(_TRAILING_AT)


# Searched from the end, longest first: the same match as _trailing() without trying every start, for a
# name that does not end in a line break (where $ has two places to match).
_TRAILING_FROM_END: Final = regex.compile("(?rp)" + _TRAILING_AT)


def only_period(name: str) -> bool:
    """Whether a name is only a period, with the preposition that leads to it (「从去年12月份」 leaves 从去年).

    >>> only_period("从去年"), only_period("去年"), only_period("去年新增就业")
    (True, True, False)
    """
    if not may_hold_period(name):
        return False
    tail = _TRAILING_FROM_END.search(name)
    return tail is not None and tail.start() == 0
