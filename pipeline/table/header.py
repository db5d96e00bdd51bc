"""What a table's header and labels say: measure, unit and scale, stat, period (its caption: caption.py).

>>> read_unit("亿元"), read_unit("%"), read_unit("百分点"), read_unit("上年=100")
((100000000, '元'), (1, '%'), (1, '个百分点'), None)
>>> read_unit("新臺幣億元"), read_unit("人民币万元"), read_unit("十億港元"), read_unit("万 吨")
((100000000, '新台币元'), (10000, '元'), (1000000000, '港元'), (10000, '吨'))
>>> header = read_heading("比上年增长（%）")
>>> header.measure, header.unit, header.stat, header.period
(None, (1, '%'), 'growth_rate', None)
>>> read_heading("财政收入指数(上年=100)").measure, read_heading("财政收入指数(上年=100)").unit
('财政收入指数', (1, ''))
>>> read_heading("上年=100 财政收入").measure, read_heading("2010年=100").unit
('财政收入', (1, ''))
>>> read_heading("1997 百萬港元").unit
(1000000, '港元')
>>> read_heading("人均生产总值(按常住人口统计)").measure, read_heading("按行業統計之有薪酬員工數目").measure
('人均生产总值', '按行業統計之有薪酬員工數目')
>>> read_heading("本月止 累计").stat, read_heading("本月止 累计").period, read_heading("上年同期 上年1-本月").period
(None, '本月止', '上年1-本月')
>>> header = read_heading("本月比 上年同月 增长(%)")
>>> header.measure, header.stat, header.period
(None, 'growth_rate', '本月')
>>> read_heading("女Female(每千人 )").measure, read_heading("女Female(每千人 )").unit
(None, (1, '‰'))
>>> read_heading("计算 单位").role, read_heading("地区 Region").role
('unit', 'subject')
>>> header = read_heading("2024年1-8月 出口额（亿美元）")
>>> header.measure, header.unit, header.stat, header.period
('出口额', (100000000, '美元'), None, '2024年1-8月')

Words are matched on the text folded to simplified characters and ASCII widths (one character for one,
so a name cut from the folded text is cut from the text as written at the same places): 「單位：億元」
reads as 「单位：亿元」, and the name keeps the document's own characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..attribute.period import PERIOD
from ..lexicon import LEXICON
from ..quantities import find_quantities
from ..script import fold  # simplified characters and ASCII widths, one for one (offsets kept)

_WORDS = LEXICON.table_words
_STATS = LEXICON.table_stats
_DECLINES = tuple(LEXICON.declines)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}年$")
# 「1-3季度」, 「前三季度」: quarters from the year's start, as table headers write them
_QUARTER_SPAN = re.compile(r"(?:[1一][-—–~至][2-4二三四]|前[二三两])季度")
_UNIT_LIST = re.compile(r"[、和及与]|/(?=%)")
_PARENS = re.compile(r"[（(]([^（）()]{1,16})[）)]")
_TIME_UNITS = frozenset(LEXICON.time_units)
_WORD = re.compile(r"[^\s（）()]+")
_BASE_WRITTEN = re.compile(r"以?(?:上年同月|上年同期|上年同季|上年|上月|上期|上季度?|(?:19|20)\d{2}年)(?:价格)?\s*[=为]\s*100")
_BASE = re.compile(r"[=为]\s*100$")            # 「(上年=100)」: an index, its cells have no unit
_HOME_CURRENCY = frozenset(_WORDS.get("home_currency", ()))
_CURRENCIES = tuple(_WORDS.get("currency_prefix", ())) + tuple(_HOME_CURRENCY)


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_STAT_WORD = re.compile(_alternation(_STATS))
_TIMES = frozenset(_WORDS["time"])
_TO_DATE = frozenset(_WORDS.get("to_date", ()))
_PER_MILLE = frozenset(_WORDS.get("per_mille", ()))
_ENGLISH_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z][a-z]+(?:[ -][A-Za-z]+)*$")
_TIME_START = re.compile(rf"^(?:{_alternation(_WORDS['time'])})(?=\w\w)")
_STAT_ORDER = ("annual_average", "change", "growth_rate", "share", "cumulative")
_QUALIFIERS = _TIMES | {word for word, stat in _STATS.items() if stat == "cumulative"}
_UNIT_LABEL = re.compile(rf"(?:{_alternation(_WORDS['unit_label'])})\s*[：:]\s*([^\s，,；;）)]+)")
_PUNCTUATION = " \t:：,，、.．;；-—–~±%‰+()（）[]【】_"


@dataclass(frozen=True)
class Heading:
    """What one header (or caption, or row label) says about the figures under it."""

    text: str
    measure: str | None = None           # the name of what is measured (出口), None for 绝对量, 2024年
    unit: tuple[int, str] | None = None  # (scale, unit): 亿元 → (100000000, '元')
    stat: str | None = None
    sign: int = 1                        # -1 under a decline word (比上年下降（%）)
    period: str | None = None
    role: str = "value"                  # value, subject, unit, period or skip (table_words.tsv)
    qualifier: str | None = None         # 当月, 累计: which of the measures on its left a rate column is about


@lru_cache(maxsize=4096)
def read_unit(text: str) -> tuple[int, str] | None:
    """(scale, unit) of a unit as written in a header or caption (万吨 → (10000, '吨')), or None."""
    text = unspaced(fold(text).strip())          # 「万 吨」 spaced out to a column's width
    if not text or len(text) > 12 or text[0].isdigit():
        return None
    for prefix in _CURRENCIES:              # 「新台币亿元」: the currency written before the scale
        if text.startswith(prefix) and len(text) > len(prefix) and text.endswith("元"):
            scaled = read_unit(text[len(prefix):])
            if scaled and scaled[1] == "元":
                return scaled[0], ("" if prefix in _HOME_CURRENCY else prefix) + "元"
    found = find_quantities("1" + text)
    if len(found) != 1 or found[0].text != "1" + text:
        return None
    unit = "个百分点" if found[0].unit == "百分点" else found[0].unit
    return int(found[0].value), unit


def listed_units(text: str) -> list:
    """The units a unit line lists for a table's kinds of figure, amounts first (「亿元、%」: the amounts in
    亿元, the rates in %); [None] when it lists none.

    >>> listed_units("亿元、%"), listed_units("%、万人"), listed_units("万元/%"), listed_units("元/吨")
    ([(100000000, '元'), (1, '%')], [(10000, '人'), (1, '%')], [(10000, '元'), (1, '%')], [None])
    """
    units = [read_unit(piece) for piece in _UNIT_LIST.split(text) if piece.strip()]
    units = [unit for unit in units if unit is not None]
    if len(units) < 2:
        return [None]
    return sorted(units, key=lambda unit: unit[1] in ("%", "‰", "个百分点"))


def lists_rates_in_percent(lines: list[str]) -> bool:
    """Whether a caption's unit line gives % beside the amounts' unit (单位：亿元、%): the rates are in %.

    >>> lists_rates_in_percent(["表1 主要指标", "单位：亿元、%"]), lists_rates_in_percent(["单位：亿元"])
    (True, False)
    """
    return any(listed_units(match.group(1))[-1] == (1, "%") for line in lines for match in _UNIT_LABEL.finditer(fold(line)))


def caption_units(lines: list[str]) -> list[tuple[int, str]]:
    """The units a caption's unit line lists for columns of different kinds (单位:户、人: 户数 in 户, 人口数 in 人);
    [] where it gives one unit or none.

    >>> caption_units(["1-1b 各地区户数、人口数和性别比", "单位:户、人"]), caption_units(["单位：亿元"])
    ([(1, '户'), (1, '人')], [])
    """
    for line in lines:
        for match in _UNIT_LABEL.finditer(fold(line)):
            units = listed_units(match.group(1))
            if units[0] is not None:
                return units
    return []


def is_period(text: str) -> bool:
    """Whether a cell is a time alone: 2024年, 1-8月, 2016年6月, or a bare year (2000).

    >>> is_period("2024年"), is_period("2000"), is_period("1-8月"), is_period("房地产开发投资")
    (True, True, True, False)
    >>> is_period("2010 年"), is_period("1-3季度"), read_heading("2013年1-3季度").period
    (True, True, '2013年1-3季度')
    """
    folded = _SPACED_TIME.sub("", fold(text).strip())
    if _YEAR.match(folded) or _QUARTER_SPAN.fullmatch(re.sub(r"^(?:19|20)\d{2}年", "", folded.rstrip("份"))):
        return True
    match = PERIOD.match(folded)
    return bool(match) and match.end() == len(folded.rstrip("份"))


def _role(folded: str) -> str:
    for role in ("subject", "unit", "period", "skip"):
        if folded in _WORDS[role]:
            return role
    return "value"


# 「北 京」, 「合 计」, 「地 区」: yearbooks space out short names to a column's width
_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff])+$")


_SPACED_RUN = re.compile(r"(?<![^\s])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff](?![^\s]))+")


def unspaced(text: str) -> str:
    """A short name spaced out to a column's width, set close again: 「内 蒙 古」 → 「内蒙古」.

    >>> unspaced("内 蒙 古"), unspaced("Gross Domestic Product"), unspaced("居民 消费")
    ('内蒙古', 'Gross Domestic Product', '居民 消费')
    >>> unspaced("城市居民消费 价 格 指 数")
    '城市居民消费 价格指数'

    """
    body = text.strip()
    if _SPACED.match(body):
        return re.sub(r"[ \u3000]+", "", body)
    if " " not in body:
        return text
    # 「城市居民消费 价 格 指 数」: a run of single characters set apart closes up, the words around it stay
    return _SPACED_RUN.sub(lambda match: re.sub(r"[ \u3000]+", "", match.group()), text)


# 「(按可比价计算)」, 「按当年价计」, 「(按常住人口统计)」: how a figure is computed; not 「按行业统计之…」 out of brackets (by
# what the rows split it: caption.py)
_BASIS = re.compile(r"[(（]按[^\s，,()（）]{1,8}?(?:计算|折算|核算|计)[)）]|按[^\s，,()（）]{1,8}?(?:计算|折算|核算|(?<!统)计)[)）]?")


@lru_cache(maxsize=8192)
def read_heading(text: str) -> Heading:
    """Read a column's header (its header rows' cells joined by spaces, top first)."""
    text = _SPACED_TIME.sub("", unspaced(text))        # 「2013 年」 as typeset
    folded = fold(text)
    parts = [part for part in folded.split() if part]
    if len(parts) == 1 and _role(parts[0]) != "value":
        return Heading(text, role=_role(parts[0]))
    # 「计算」 over 「单位」, 「地区 Region」: a role word written over two header rows, or with its translation
    chinese = "".join(part for part in parts if any(_is_han(char) for char in part))
    if len(parts) > 1 and _role(chinese) != "value":
        return Heading(text, role=_role(chinese))
    keep = [True] * len(text)
    unit = period = stat = qualifier = None
    sign = 1

    def drop(start: int, end: int) -> None:
        for index in range(start, end):
            keep[index] = False

    for match in _PARENS.finditer(folded):
        found = read_unit(match.group(1)) or (_UNIT_LABEL.search(match.group(1)) and read_unit(
            _UNIT_LABEL.search(match.group(1)).group(1))) or (_BASE.search(match.group(1)) and (1, "")) \
            or (match.group(1).strip() in _PER_MILLE and (1, "‰"))      # 「(每千人)」: a rate per thousand
        if found:
            unit = unit or found
            drop(*match.span())
    for match in _BASE_WRITTEN.finditer(folded):   # 「上年=100」, 「以上年价格为100」 out of brackets: an index
        if all(keep[match.start():match.end()]):
            unit = unit or (1, "")
            drop(*match.span())
    for match in _UNIT_LABEL.finditer(folded):
        unit = unit or listed_units(match.group(1))[0] or read_unit(match.group(1))
        drop(*match.span())
    if "按" in folded:
        for match in _BASIS.finditer(folded):      # 「(按可比价计算)」: how the figure is computed, no part of its name
            drop(*match.span())
    for match in _WORD.finditer(folded):           # 「1997 百萬港元」: a unit alone on a header row of its own
        alone = read_unit(match.group())
        if alone and alone[1] not in _TIME_UNITS and all(keep[match.start():match.end()]):
            unit = unit or alone
            drop(*match.span())
    if unit is None and "百分点" in folded:
        unit = (1, "个百分点")
    elif unit is None and ("%" in folded or "％" in folded):
        unit = (1, "%")
    # stat words first: 「比去年同期增长」 is a rate, its 去年 no period of the column
    found = []
    # a stat word may run over the header's lines, joined by a space (「本月比 上年同月 增长(%)」)
    at = [index for index, char in enumerate(folded) if not char.isspace()]
    for match in _STAT_WORD.finditer("".join(folded[index] for index in at)):
        start, end = at[match.start()], at[match.end() - 1] + 1
        if all(keep[index] for index in at[match.start():match.end()]):
            found.append(_STATS[match.group()])
            if match.group().endswith(_DECLINES) or match.group() in _DECLINES:
                sign = -1
            if _STATS[match.group()] != "cumulative":    # 「累计产量」 keeps its 累计, as the table writes it
                drop(start, end)
    for match in sorted([*PERIOD.finditer(folded), *_QUARTER_SPAN.finditer(folded)], key=lambda found: found.start()):
        if match.group() and _whole_word(folded, match) and all(keep[match.start():match.end()]):
            found_period = text[match.start():match.end()]
            # 「1-8月」 under 「2024年」 in the rows above: the months of that year
            if period and _YEAR_ALONE.match(fold(period)) and "年" not in fold(found_period):
                period = period + found_period
            elif period and _YEAR_ALONE.match(fold(found_period)) and "年" not in fold(period):
                period = found_period + period
            period = period or found_period
            drop(*match.span())
    for word in parts:
        if _YEAR.match(word):
            period = period or word

    # 「累计增长(%)」 is a rate, 「比重增减（个百分点）」 a change: the kind of change wins over a scope or share
    stat = next((kind for kind in _STAT_ORDER if kind in found), None)
    if stat == "growth_rate" and unit == (1, "") and (_BASE_WRITTEN.search(folded) or any(
            _BASE.search(match.group(1)) for match in _PARENS.finditer(folded))):
        stat = None          # 「环比 上月=100」: an index against the month before, no rate of growth
    timed = False
    for start, end in _pieces(text, keep):          # what is left: a time word (本月, 上年同期) is a period
        if folded[start:end].strip(_PUNCTUATION) in _TIMES:
            # 「本年」 over 「本月」, 「上年同期」 over 「上年1-本月」: the lower header row's time is the column's
            period = text[start:end].strip(_PUNCTUATION) if timed or not period else period
            timed = True
            drop(start, end)
            qualifier = folded[start:end].strip(_PUNCTUATION)
        elif _TIME_START.match(folded, start, end):    # 「当月产量」: 当月 is its period, and stays in its name
            period = period or text[start:_TIME_START.match(folded, start, end).end()]
    measure = _measure(text, folded, keep)
    if found and measure and any(char.islower() for char in measure) and not any(_is_han(char) for char in measure):
        measure = None                              # 「增长(%) Growth」: the English translates the stat
    if measure and fold(measure) in _QUALIFIERS:     # 「累计」 alone names no measure, it qualifies one
        qualifier, measure = fold(measure), None
    if stat == "cumulative" and period and fold(period) in _TO_DATE:
        stat = None          # 「本月止 累计」: the amount from the year's start to this month, a period, no stat
    return Heading(text, measure, unit, stat, sign, period, qualifier=qualifier)


def _whole_word(folded: str, match) -> bool:
    """A period in a header is a word of its own, not the digits of a name (「2号线」)."""
    return match.end() - match.start() >= 2


def _pieces(text: str, keep: list[bool]) -> list[tuple[int, int]]:
    """The spans of kept characters between dropped ones and spaces."""
    pieces, begin = [], None
    for index, char in enumerate(text + " "):
        inside = index < len(text) and keep[index] and not char.isspace()
        if inside and begin is None:
            begin = index
        elif not inside and begin is not None:
            pieces.append((begin, index))
            begin = None
    return pieces


def _measure(text: str, folded: str, keep: list[bool]) -> str | None:
    """What is left of a header once units, periods and stat words are taken out, unless generic."""
    pieces = [range(start, end) for start, end in _pieces(text, keep)]
    names, folded_names = [], []
    for piece in pieces:
        word = "".join(text[i] for i in piece).strip(_PUNCTUATION)
        folded_word = "".join(folded[i] for i in piece).strip(_PUNCTUATION)
        english = _ENGLISH_AFTER.search(word)      # 「男Male」: the translation glued to the name (not GDP, PMI)
        if english and english.start() > 0:
            word, folded_word = word[:english.start()], folded_word[:english.start()]
        if len(word) > 1 and folded_word not in _WORDS["generic"] and not _YEAR.match(folded_word) \
                and any(_is_han(char) or char.isalpha() for char in word) and not folded_word.isdigit():
            names.append(word)
            folded_names.append(folded_word)
    if any(_is_han(text[i]) for piece in pieces for i in piece):    # 「城镇 Urban」: the English translates
        names = [name for name, folded_name in zip(names, folded_names) if any(_is_han(char) for char in name)]
        folded_names = [folded_name for folded_name in folded_names if any(_is_han(char) for char in folded_name)]
    if "".join(folded_names) in _WORDS["generic"]:               # 「绝 对 数」 set with spaces
        return None
    return "".join(names) or None


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_SPACED_TIME = re.compile(r"(?<=\d) +(?=[年月季])")
