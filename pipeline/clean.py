"""Clean decoded text: fold widths and repair lines broken by newspaper columns or PDF extraction.

>>> page = ["跨区域就业招聘活动累计", "提供岗位信息457.4万个", "", "在推动落实促进更加充分更高质量",
...         "就业方面，两地人社部门积极推进就业", "政策协同共享。", "", "同时，两地建立企业职工基本养老",
...         "保险退休申请业务档案互查机制，川渝", "", "基本养老保险关系、失业保险关系转移",
...         "资金定期清算机制，交换20", "多份文本。"]
>>> print(clean_text("\\n".join(page)))
跨区域就业招聘活动累计提供岗位信息457.4万个
在推动落实促进更加充分更高质量就业方面，两地人社部门积极推进就业政策协同共享。
同时，两地建立企业职工基本养老保险退休申请业务档案互查机制，川渝基本养老保险关系、失业保险关系转移资金定期清算机制，交换20多份文本。
>>> clean_text("各位代表：\\n全市地区生产总值５．２万亿元。")
'各位代表：\\n全市地区生产总值5.2万亿元。'

Paragraphs come out one per line. Text laid out in narrow columns (most lines of one width) is
re-flowed. Between two lines the break is kept when the first ends a sentence; otherwise:
- a line that fills the column runs on into the next, across a blank line too (a column that
  ended mid-sentence);
- a short line is a headline or the end of a paragraph: it runs on only into another short line
  (a headline set on two lines), never across a blank line;
- a number at the end of a line always runs on into a unit at the start of the next (「交换20\\n多份」).
Text whose lines are paragraphs keeps them, except where a number is split from its unit.
Lines that are only a page number (「- 3 -」, 「第3页」) are dropped; an HTML page keeps its text.
Table lines (pipeline.table.detect: rows split by tabs, 「|」 or aligned spaces, and their caption) are
kept as they are: nothing is joined to them and their separators and indents stay.

>>> print(clean_text("表1 主要指标\\n指标 | 绝对量 | 比上年增长（%）\\n房地产开发投资（亿元） | 90809 | -7.4"))
表1 主要指标
指标 | 绝对量 | 比上年增长（%）
房地产开发投资（亿元） | 90809 | -7.4
"""
from __future__ import annotations

import html
import re
from collections import Counter
from typing import Final

import regex

from .cached_regex import for_re
from .lexicon import LEXICON
from .script import fold_script, fold_width
from .table.detect import may_hold_table, table_line_spans

_INVISIBLE_CHARS: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"   # zero-width and soft hyphen, looked for first
_INVISIBLE: Final = regex.compile(f"[{_INVISIBLE_CHARS}]")
_SENTENCE_END: Final = tuple("。！？；：!?;:…")
_CLOSING_QUOTES: Final = ("。”", "！”", "？”", "。」", "！」", "？」", "。）", "。)", "。’", "。』")
_UNIT_STARTS: Final = tuple({word[0] for word in LEXICON.units} | set("多余万亿千百%"))
# Run by re (faster per line), with \s and \d as regex reads them (cached_regex.for_re).
_PAGE_NUMBER: Final = re.compile(for_re(
    r"[-—–－·\s]*(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,4})[-—–－·\s]*"))
_WIDE_FROM: Final = 0x2E80
_NARROW_RUN: Final = regex.compile(f"[^ {chr(_WIDE_FROM)}-\U0010ffff]+")  # Latin letters, digits, signs
_NO_LINE_START: Final = tuple("。，、；：！？）」』”’》,.;:!?)%")
_WEAK_ENDS: Final = ("：", ":", "；", ";")
_OPENERS: Final = tuple(LEXICON.paragraph_openers)
_RUNNING_NUMBER: Final = regex.compile(r"\p{Han}{4}[^\n]*\p{Han}\d+(?:\.\d+)?$")
_CLAUSE_MARK: Final = regex.compile(r"[，、；,。！？：]")
_HTML_SIGN: Final = regex.compile(r"<(?:!doctype\s+html|html|body|head|div|p|br|table|span|meta)\b", regex.IGNORECASE)
_HTML_DROP: Final = regex.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", regex.IGNORECASE | regex.DOTALL)
_HTML_BLOCK: Final = regex.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|nav|aside|blockquote|pre|dd|dt|dl|hr|title)\b[^>]*>",
    regex.IGNORECASE)
_HTML_TAG: Final = regex.compile(r"<[^<>]{0,2000}>")


# A character glossed with its pinyin in brackets, as some re-posting sites print rarer ones (指標(biāo), 費(fèi)):
# the gloss is no part of the text. Only a bracket of Latin letters with a tone mark is one.
_TONE_MARKS: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS: Final = regex.compile(rf"(?<=\p{{Han}})\((?=[a-zü]{{0,5}}[{_TONE_MARKS}])[a-zü{_TONE_MARKS}]{{1,7}}\)")


def without_glosses(text: str) -> str:
    """The text without the pinyin glosses of its characters, as a table's cell needs it too.

    >>> without_glosses("批發(fā)零售業(yè)"), without_glosses("(a)项")
    ('批發零售業', '(a)项')
    """
    if any(char in text for char in _TONE_MARKS):
        return _PINYIN_GLOSS.sub("", text)
    return text


def clean_text(text: str) -> str:
    """The cleaned text that every offset of the output refers to.

    >>> clean_text("社會消費品零售總額指標(biāo)，(a)项")
    '社會消費品零售總額指標，(a)项'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        text = strip_html(text)
    if any(char in text for char in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    text = fold_width(text)
    text = without_glosses(text)
    if may_hold_table(text):
        raw = text.split("\n")
        tables = table_line_spans([line.rstrip() for line in raw])
        if tables:
            return "\n".join(_around_tables(raw, tables))
    lines = [line.strip() for line in text.split("\n")]
    lines = ["" if _may_be_page_number(line) and _PAGE_NUMBER.fullmatch(line) else line for line in lines]
    return "\n".join(_paragraphs(lines, column_width(lines)))


def _paragraphs(lines: list[str], width: float | None) -> list[str]:
    if width is not None:
        return _reflow_columns(lines, width)
    return _join_split_numbers([line for line in lines if line])


def _around_tables(raw: list[str], tables: list[tuple[int, int, int]]) -> list[str]:
    """Table lines as they are (a row's separators and indent kept, nothing joined to them); the text
    between tables cleaned as any text, with the column width of all of it.

    >>> _around_tables(["全年粮食产量7065", "万吨。", "表1 主要指标", "指标\\t2024年", "  其中：住宅\\t12 ", "完。"], [(2, 3, 5)])
    ['全年粮食产量7065万吨。', '表1 主要指标', '指标\\t2024年', '  其中：住宅\\t12', '完。']
    """
    pieces: list[tuple[bool, list[str]]] = []
    previous = 0
    for caption, first, end in tables:
        pieces.append((False, raw[previous:caption]))
        pieces.append((True, [line.strip() for line in raw[caption:first]]
                       + [line.rstrip() for line in raw[first:end] if line.strip()]))
        previous = end
    pieces.append((False, raw[previous:]))
    prose = []
    for is_table, lines in pieces:
        if not is_table:
            lines[:] = ["" if _may_be_page_number(line) and _PAGE_NUMBER.fullmatch(line) else line
                        for line in (line.strip() for line in lines)]
            prose.extend(lines)
    width = column_width(prose)
    result: list[str] = []
    for is_table, lines in pieces:
        result.extend(lines if is_table else _paragraphs(lines, width))
    return result


def _may_be_page_number(line: str) -> bool:
    """Whether a stripped line may be a page number: it starts with a dash, 第, a digit or a space.

    A letter (a Han character is one) never does, and most lines start with one: the full pattern
    is tried only on the others.
    """
    return bool(line) and (line[0] in "-—–－·第" or not line[0].isalpha())


def looks_like_html(text: str) -> bool:
    """A web page saved as is: several HTML tags near the top.

    >>> looks_like_html("<html><body><p>增长5%</p></body></html>"), looks_like_html("增长<5%的企业")
    (True, False)
    """
    return len(_HTML_SIGN.findall(text[:5000])) >= 2


def strip_html(text: str) -> str:
    """The text of a web page: scripts and styles dropped, block tags made line breaks.

    >>> strip_html("<div>城镇新增就业<b>64.1万人</b></div><script>var a=1;</script><p>增长&nbsp;5%</p>")
    '\\n城镇新增就业64.1万人\\n\\n增长\\xa05%\\n'
    """
    text = _HTML_DROP.sub("", text)
    text = _HTML_BLOCK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    return html.unescape(text)


def display_width(line: str) -> float:
    """Columns a line takes on the page, in Chinese characters.

    A Chinese character is 1, a Latin letter or digit ½, and a run of them gets ½ more for the
    space set around it; a space between Chinese characters stands for a full-width one.

    >>> display_width("提供岗位信息457.4万个")
    11.0
    >>> display_width("据新华社电 当地时间5月8日上")
    15.0
    """
    runs = _NARROW_RUN.findall(line)
    narrow = sum(map(len, runs))
    # each wide character or space 1, each narrow one ½, and ½ more for the first of each run
    return float(len(line) - narrow) + 0.5 * (narrow + len(runs))


def column_width(lines: list[str]) -> float | None:
    """The width most lines share when the text is set in columns, else None.

    >>> column_width(["两地建立企业职工基本养老", "保险退休申请业务档案互查", "机制，川渝基本养老保险关"] * 3)
    12.0
    >>> column_width(["各位代表：", "现在，我代表北京市人民政府，向大会报告政府工作，请予审议。"])
    """
    filled = [line for line in lines if line]
    if len(filled) < 8:
        return _short_column_width(filled)
    if not _may_share_a_width(filled):
        return None
    widths = [round(display_width(line)) for line in filled]
    mode, _count = Counter(widths).most_common(1)[0]
    if mode > 60 or mode < 6:
        return None
    near = sum(1 for width in widths if mode - 2 <= width <= mode + 1)
    return float(mode) if near >= 0.4 * len(widths) else None


def _short_column_width(lines: list[str]) -> float | None:
    """The width of a short passage (4 to 7 lines) set in a column: every line but the last within 2½
    columns of the widest, most of them ending inside a sentence (「全市规模以」「上工业增加值」); else None. Few lines
    are weak evidence, so the test is stricter than for a page.

    >>> _short_column_width(["本报讯 今年前三季度，全市规模以", "上工业增加值同比增长6.2%，社会消", "费品零售总额达到1256.8亿元，同比增", "长7.1%。"])
    18.0
    >>> _short_column_width(["一、全市生产总值增长5%。", "二、城镇新增就业8万人。", "三、粮食产量增长2%。", "四、出口增长3%。"])
    """
    if not 4 <= len(lines) < 8:
        return None
    widths = [display_width(line) for line in lines[:-1]]
    widest = max(widths)
    if widest < 6 or widest > 60 or any(width < widest - 2.5 for width in widths):
        return None
    open_ends = sum(1 for line in lines[:-1] if not _ends_sentence(line))
    return float(round(widest)) if open_ends * 3 >= len(widths) * 2 else None


# A line of this many characters is at least 62 columns wide (a character takes ½ at least): wider than
# any column. Only the shorter lines can be near a column's width, and they are few and short to measure.
_LONG_LINE: Final = 124


def _may_share_a_width(lines: list[str]) -> bool:
    """Whether 40% of the lines are within -2..+1 of some width from 6 to 60, as a column width needs.

    Such lines are all shorter than _LONG_LINE: when no width has them, the answer is known without
    measuring the long lines (most lines of a text whose lines are paragraphs).
    """
    needed = 0.4 * len(lines)
    short = [round(display_width(line)) for line in lines if len(line) < _LONG_LINE]
    if len(short) < needed:
        return False
    widths = Counter(short)
    return any(widths[width - 2] + widths[width - 1] + widths[width] + widths[width + 1] >= needed
               for width in range(6, 61))


def _fills(line: str, width: float, indent: float = 0.0) -> bool:
    """Whether a line reaches the column's edge (PDF text counts characters, print measures them)."""
    return max(display_width(line), len(line)) + indent >= width - max(3.5, 0.12 * width)


def _ends_sentence(line: str) -> bool:
    return line.endswith(_SENTENCE_END) or line.endswith(_CLOSING_QUOTES)


def _number_split(line: str, following: str) -> bool:
    """「交换20」「多份」, 「增长8」「.1%」: a number broken from its unit or its decimals."""
    if not line[-1:].isdigit():
        return False
    return following.startswith(_UNIT_STARTS) or (following[:1] == "." and following[1:2].isdigit())


def _runs_on(line: str, following: str, blank_between: bool, width: float, opens: bool, alone: bool) -> bool:
    """Whether `following` continues the paragraph that `line` ends.

    `opens`: `line` is a paragraph's first line, set two characters in (首行缩进), so it fills the
    column two characters short. `alone`: `line` stands between blank lines.
    """
    if following.startswith(_NO_LINE_START):
        return True    # print never starts a line with 。，、 or a closing bracket
    if _number_split(line, following):
        return True
    fills = _fills(line, width, 2.0 if opens else 0.0)
    if _ends_sentence(line) and not (fills and not blank_between and line.endswith(_WEAK_ENDS)):
        return False
    if fold_script(following[:8]).startswith(_OPENERS) and not _fills(line, width):
        return False   # 据新华社电…: a dateline opens a paragraph
    if blank_between:
        # A column that ended mid-sentence; but a lone line without punctuation is a headline,
        # unless what follows fills the column to its edge (a column's next line, not a new block).
        headline = alone and not _CLAUSE_MARK.search(line) and max(display_width(following), len(following)) < width - 0.5
        return fills and not headline
    return fills or not _fills(following, width)


def local_widths(lines: list[str], width: float, reach: int = 12) -> list[float]:
    """The column width around each line: a page may set articles in columns of different widths.

    The width most of the `reach` lines on either side share when it is at least 3 characters off
    the page's width, else the page's width.
    """
    rounded = [round(display_width(line)) for line in lines]
    filled = [index for index, line in enumerate(lines) if line]
    result = [width] * len(lines)
    for position, index in enumerate(filled):
        around = [rounded[i] for i in filled[max(0, position - reach):position + reach + 1]]
        mode, _count = Counter(around).most_common(1)[0]
        near = sum(1 for value in around if mode - 2 <= value <= mode + 1)
        if 6 <= mode <= 60 and near >= 0.5 * len(around) and abs(mode - width) >= 3:
            result[index] = float(mode)   # another article's columns; small drifts are noise
    return result


def _reflow_columns(lines: list[str], width: float) -> list[str]:
    paragraphs: list[str] = []
    previous = ""
    previous_width = width
    previous_opens = previous_after_blank = False
    blank_since = True
    for line, here in zip(lines, local_widths(lines, width)):
        if not line:
            blank_since = True
            continue
        alone = previous_after_blank and blank_since
        if paragraphs and _runs_on(previous, line, blank_since, previous_width, previous_opens, alone):
            paragraphs[-1] += line
            previous_opens = False
        else:
            paragraphs.append(line)
            previous_opens = True
        previous = line
        previous_width = here
        previous_after_blank = blank_since
        blank_since = False
    return paragraphs


def _join_split_numbers(lines: list[str]) -> list[str]:
    """Lines are paragraphs: join only a running text's number to its unit (not 「附件2」「名词解释」)."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and paragraphs[-1][-1:].isdigit() and _number_split(paragraphs[-1], line) \
                and _RUNNING_NUMBER.search(paragraphs[-1]):     # (the digit test first: most lines end otherwise)
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
    return paragraphs
