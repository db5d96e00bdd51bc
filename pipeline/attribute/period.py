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

import regex

from .words import PERIOD_WORDS, alternation

_DIGIT = r"[0-9〇零一二三四五六七八九十]"
PERIOD = regex.compile(
    r"(?:(?:截至|截止)?(?:\d{4}|[一二〇零三四五六七八九]{4})年(?:底|末|初)?"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:\s*[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2}))?月(?:份)?)?"
    r"(?:(?:一|二|三|四|第一|第二|第三|第四|前三|前两|上半|下半)(?:季度|年))?)"
    r"|(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}月)"
    rf"|(?:(?:截至|截止)?(?:\d{{1,2}}|十[一二]?|[一二三四五六七八九])月(?:份|底|末))"
    rf"|(?:(?:今年|去年|全年)?(?<![提超领])前(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个月)"
    rf"|(?:(?:过去|近){_DIGIT}{{1,2}}年)"
    rf"|(?:{_DIGIT}{{1,2}}年(?:来|以来|间))"
    rf"|(?:“?十[一二三四五六七八九]五”?(?:时期|期间|以来|期末|末))"
    + (rf"|(?:{alternation(PERIOD_WORDS)})" if PERIOD_WORDS else "")
)


def find_period(text: str, position: int) -> str | None:
    """The period written nearest before `position` in `text`, or None.

    A period after 较, 比 or 与 is the base of a comparison, not the figure's own time:
    >>> find_period("高价值发明专利较“十三五”时期增长148%", 20) is None
    True
    """
    best = None
    for match in PERIOD.finditer(text, 0, position):
        if match.end() <= position and not _BASE.search(text, 0, match.start()):
            best = match.group()
    return best


def opening_period(text: str) -> str | None:
    """The period a sentence opens with (「2025年，全市……」, 「过去五年，……」), which holds for its paragraph.

    >>> opening_period("过去五年，我们坚持稳中求进。")
    '过去五年'
    >>> opening_period("高价值发明专利较2020年增长148%") is None
    True
    """
    match = _OPENING.match(text)
    return match.group(1) if match else None


_DURATION = regex.compile(rf"(?:近|过去)?{_DIGIT}{{1,3}}(?:个)?(?:年|月|季度)(?:来|间|内)?")
_BASE = regex.compile(r"(?:较|比|与|同|相比|从)$")
_OPENING = regex.compile(rf"^(?:在|截至|到|至)?({PERIOD.pattern})")


def strip_periods(name: str) -> str:
    """A name without the periods written at its start or end.

    >>> strip_periods("2025年地区生产总值")
    '地区生产总值'
    """
    changed = True
    while changed and name:
        changed = False
        match = PERIOD.match(name)
        if match and match.end() < len(name):
            name, changed = name[match.end():].lstrip("，, "), True
        if _DURATION.fullmatch(name):
            return ""  # 「3年增长58.6%」: a span of time, not a name
        tail = _TRAILING.search(name)
        if tail and tail.start() > 0:
            name, changed = name[: tail.start()], True
    return name


_TRAILING = regex.compile(rf"(?:从|在|于|到)?(?:{PERIOD.pattern})(?:的|底|末)?$")
