"""What a table's caption says: the title's measure (its number, scope and by-what words taken off), period,
unit and stat.

>>> read_caption("表1  2022年1—8月份全国房地产开发投资  单位：亿元")
Heading(text='表1  2022年1—8月份全国房地产开发投资  单位：亿元', measure='房地产开发投资', unit=(100000000, '元'), stat=None, sign=1, period='2022年1—8月份', role='value', qualifier=None)
"""
from __future__ import annotations

import re

from ..lexicon import LEXICON
from .detect import SOURCE_LINE
from .header import (_PARENS, _PUNCTUATION, _SPACED_TIME, _STATS, _UNIT_LABEL, _YEAR, Heading, _alternation, _is_han, fold,
                     read_heading, read_unit)

_WORDS = LEXICON.table_words
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_CAPTION_NUMBER = re.compile(rf"^(?:(?:{_alternation(_WORDS['caption_opener'])})\s*[\d一二三四五六七八九十]+(?:[-—.．]\d+)*"
                             r"|\d+(?:[-—.．]\d+)+)\s*[:：、.．]?")


def read_captions(lines: list[str]) -> Heading:
    """The caption of a table from its lines: the measure and period of the numbered title line
    (表2 …) when there is one, else of the line nearest the table that has them; the first unit found.

    >>> caption = read_captions(["国家统计局关于2015年粮食产量的公告", "表 2 2015 年全国及各省(区、市)粮食产量 | |||"])
    >>> caption.measure, caption.period
    ('粮食产量', '2015年')
    """
    lines = [line for line in lines if not SOURCE_LINE.match(fold(line.strip()))]     # 「资料来源：…」
    # a caption written in a row of bars, or once per column of the table it spans
    lines = [" ".join(dict.fromkeys(piece.strip() for piece in re.split(r"[\t|]", line) if piece.strip()))
             for line in lines]
    read = [read_caption(line) for line in lines]
    numbered = [heading for line, heading in zip(lines, read) if _CAPTION_NUMBER.match(fold(line))]
    order = numbered + list(reversed(read))
    # 「(10000 tons)」 translates a Chinese caption; an English line alone names a measure only as an acronym (GDP)
    measure = next((heading.measure for heading in order if heading.measure and (
        any(_is_han(char) for char in heading.measure) or _ACRONYM.match(heading.measure))), None)
    period = next((heading.period for heading in order if heading.period), None)
    unit = next((heading.unit for heading in read if heading.unit), None)
    stat = next((heading for heading in order if heading.stat), None)
    return Heading(" ".join(lines), measure, unit, stat.stat if stat else None, stat.sign if stat else 1, period)


_STAT_AT_END = re.compile(rf"(?:{_alternation(_STATS)})$")


def closing_stat(lines: list[str]) -> str | None:
    """The stat a caption's title ends with, its unit set aside: what every cell of its table is.

    >>> closing_stat(["指标:工业增加值_同比增长(%)"]), closing_stat(["表1 制造业PMI及构成指数 单位:%"])
    ('growth_rate', None)
    """
    for line in lines:
        folded = _UNIT_LABEL.sub("", _PARENS.sub("", fold(line))).strip(_PUNCTUATION)
        match = _STAT_AT_END.search(folded)
        if match:
            return _STATS[match.group()]
    return None


def read_caption(text: str) -> Heading:
    """A table's caption: its period, its unit (单位：万吨) and the title's measure (表1 taken off);
    a line that is a unit alone is the unit.

    >>> read_caption("十億港元").unit, read_caption("单位:新臺幣億元").unit
    ((1000000000, '港元'), (100000000, '新台币元'))
    """
    text = _SPACED_TIME.sub("", text)            # 「2015 年」 as typeset
    alone = read_unit(text.strip(_PUNCTUATION))
    if alone:                                    # a line that is a unit alone: 「十億港元」, 「(百万港元)」
        return Heading(text, unit=alone)
    folded = fold(text)
    number = _CAPTION_NUMBER.match(folded)
    body_at = number.end() if number else 0
    heading = read_heading(" " * body_at + text[body_at:])
    # a bare year is a period in a column's header, not in a caption (where it lists a header's years)
    period = heading.period if heading.period and not _YEAR.match(heading.period) else None
    return Heading(text, caption_measure(heading.measure), heading.unit, heading.stat, heading.sign, period)


_SCOPES = sorted({fold(word) for word in _WORDS.get("caption_scope", [])}, key=len, reverse=True)
# 「按居住国家/地区划分的」 before a caption's measure, 「-依縣市別分」 after it: by what the rows split it
_BY = "(?:%s)[^\\s的]{1,16}?(?:%s)" % (_alternation(_WORDS.get("by_opener", ["按"])), _alternation(_WORDS.get("by_closer", ["分"])))
_BY_LINK = _alternation(_WORDS.get("by_link", ["的"]))
_BY_BEFORE = re.compile(rf"^{_BY}(?:{_BY_LINK})?")
_BY_AFTER = re.compile(rf"[-—–_－]?{_BY}$")
_GLUED_YEARS = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:19|20)\d{2}){1,2}$")
_ERA_YEAR = re.compile(r"^(?:民国)?\d{2,3}年度?(?=[\u4e00-\u9fff])")     # 「102年嬰兒死亡率」: a year of the Minguo era
_TAILS = sorted({fold(word) for word in _WORDS.get("caption_tail", [])}, key=len, reverse=True)


_BY_SOMEWHERE = re.compile(_BY)
_WHO_DIMENSIONS = tuple(_WORDS.get("who_dimension", ()))


def splits_by_who(lines: list[str]) -> bool:
    """Whether a caption says that its table splits the measure by who (按行業統計之有薪酬員工數目, 按行业分城镇非私营
    单位就业人员平均工资): by industry, place or kind of unit, not by component (按三次产业分) nor by time.

    >>> splits_by_who(["按 行 業 統 計 之 有 薪 酬 員 工 數 目"]), splits_by_who(["按三次产业分地区生产总值"])
    (True, False)
    """
    for line in lines:
        folded = re.sub(r"[ \u3000]+", "", fold(line))
        if any(word in match.group() for match in _BY_SOMEWHERE.finditer(folded) for word in _WHO_DIMENSIONS):
            return True
    return False


def caption_measure(measure: str | None) -> str | None:
    """The measure a caption's title names, without the words that say which rows follow or what
    kind of table it is.

    >>> caption_measure("各市地区生产总值"), caption_measure("全国及各省(区、市)粮食产量"), caption_measure("主要农产品产量情况")
    ('地区生产总值', '粮食产量', '农产品产量')
    >>> caption_measure("指标:工业增加值_"), caption_measure("主要工业产品产量及其")
    ('工业增加值', '工业产品产量')
    >>> caption_measure("按居住国家/地区划分的访港旅客人数"), caption_measure("102年嬰兒死亡率-依縣市別分")
    ('访港旅客人数', '嬰兒死亡率')
    >>> caption_measure("规模以上工业企业单位数20062007"), caption_measure("縣市別人口")
    ('规模以上工业企业单位数', '人口')
    >>> caption_measure("分县(市、区)社会消费品零售总额"), caption_measure("按行业分城镇非私营单位就业人员平均工资")
    ('社会消费品零售总额', '城镇非私营单位就业人员平均工资')
    >>> caption_measure("省、自治区、直辖市的户数、人口数和性别比(城市)"), caption_measure("按選定主要行業組別劃分的就業人數(公務員除外)")
    ('户数、人口数和性别比', '就業人數')
    """
    if not measure:
        return measure
    label = re.match(r"^([^:：]{1,6})[:：]", fold(measure))
    if label and label.group(1) in _WORDS["generic"]:      # 「指标:工业增加值」: the name after its label
        measure = measure[label.end():]
    folded = fold(measure)
    era = _ERA_YEAR.match(folded)
    if era:
        measure, folded = measure[era.end():], folded[era.end():]
    before, after = _BY_BEFORE.match(folded), _BY_AFTER.search(folded) or _GLUED_YEARS.search(folded)
    if before and before.end() < len(folded) - 1:
        measure, folded = measure[before.end():], folded[before.end():]
    if after and after.start() > 1:      # 「…单位数20062007」: the years (2006-2007) run into the title
        measure, folded = measure[:after.start()], folded[:after.start()]
    start, end = 0, len(measure)
    moved = True
    while moved:
        moved = False
        for word in _SCOPES:
            if folded.startswith(word, start) and end - start > len(word) + 1:
                start, moved = start + len(word), True
                break
        for word in _TAILS:
            if folded.endswith(word, start, end) and end - start > len(word) + 1:
                end, moved = end - len(word), True
                break
    cut = _NOTE.sub("", measure[start:end]).strip(_PUNCTUATION)
    return None if not cut or fold(cut) in _WORDS["generic"] else cut


# 「(城市)」, 「(公務員除外)」: a note in brackets on which units a caption's figures cover, no part of its measure's name
_NOTE = re.compile(r"(?<=[^\s（(])[（(][^（）()\d]{1,12}(?:[）)]|$)")

