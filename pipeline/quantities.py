"""Find quantities in text: number, scale, unit, bound and range, with offsets.

>>> [(q.text, q.value, q.unit, q.bound) for q in find_quantities("归集数据200多亿条")]
[('200多亿条', 20000000000.0, '条', 'gt')]
>>> [(q.text, q.value, q.value_max, q.unit) for q in find_quantities("3万至5万人")]
[('3万至5万人', 30000.0, 50000.0, '人')]

Every quantity is returned, with `kind` saying what it is: "statistic" for what the facts table
holds, otherwise date, period, ordinal, name or other (see `classify`).

Besides number + scale + unit + bound, the scanner reads: ratios, one quantity a term (4.0∶37.7∶58.3 in
%, the 2.9 of 2.9∶1; `ratio` is set on them), doublings (翻一番 = 2倍, 翻两番 = 4倍), 对折/半折 (50%) and
半成 (5%), a unit per unit (0.6人/百亿元, 10.36百亿亿次/秒), a measure word with 次 (832万辆次), and bare
numbers in a 、-list, which take the unit and scale of the last member (提高20.9、36.2、54个百分点).

>>> [(q.text, q.value, q.unit) for q in find_quantities("城乡居民收入比由2.9∶1缩小至2.52∶1，研发投入翻一番")
...  if q.kind == "statistic"]
[('2.9', 2.9, ''), ('2.52', 2.52, ''), ('翻一番', 2.0, '倍')]

Matching runs on a folded copy of the text (full-width to ASCII, traditional to simplified) of the
same length, so offsets and `text` refer to the string given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter
from decimal import Decimal
from math import isfinite

import re

import regex

from .cached_regex import finditer_at, for_re
from .lexicon import LEXICON
from .numerals import LONGEST, parse_decimal, read_folded
from .script import fold


@dataclass(frozen=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    bound: str
    kind: str = "statistic"
    # What the engine saw, for the later stages; not part of the public comparison.
    number_text: str = field(default="", compare=False, repr=False)
    chinese: bool = field(default=False, compare=False, repr=False)
    scaled: bool = field(default=False, compare=False, repr=False)
    ratio: bool = field(default=False, compare=False, repr=False)     # a term of a ratio (4.0∶37.7∶58.3)

    def with_kind(self, kind: str) -> "Quantity":
        """A copy with another kind (as dataclasses.replace, without its cost per call)."""
        if kind == self.kind:
            return self          # frozen: the same kind needs no copy
        fields = self.__dict__.copy()
        fields["kind"] = kind
        copy = object.__new__(Quantity)
        object.__setattr__(copy, "__dict__", fields)
        return copy


def _alternation(words) -> str:
    """Longest first; a word ending in a Latin letter must not run on into another (5m, not 5mA)."""
    return "|".join(regex.escape(word) + ("(?![A-Za-z])" if word[-1].isascii() and word[-1].isalpha() else "")
                    for word in sorted(set(words), key=lambda w: (-len(w), w)))


_CHINESE_DIGITS = "".join(sorted(LEXICON.digits))
_DIGIT_CLASS = rf"[0-9{_CHINESE_DIGITS}]"
_SCALE_CHARS = "".join(sorted(LEXICON.scales))
# 千 and 兆 directly before a unit that starts with them (5千米, 万千瓦, 100兆瓦) belong to the unit.
_SCALE_CHAR = rf"(?:[{_SCALE_CHARS}](?<![千兆](?=[瓦米克吨伏卡帕赫])))"
# ASCII commas between groups of exactly three digits; k = thousand. (A full-width comma ends a
# clause in Chinese text, so 20，300 is two figures here; parse_number alone reads it as 20300.)
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:[kK](?![A-Za-z]))?"
_CHINESE_CHAR = rf"(?:[{_CHINESE_DIGITS}]|{_SCALE_CHAR})"
# Inside a number, 百 before 分 starts a new word (百分之七十百分位: 七十, then 百分位).
_CHINESE = rf"{_CHINESE_CHAR}(?:(?!百分){_CHINESE_CHAR}|点(?=[{_CHINESE_DIGITS}]))*"
# Arabic digits with Chinese scales in between, as one figure (5万4千6百 = 54600, 3亿5千万, 4千6百).
_MIXED = (r"\d{1,4}亿(?:零?\d{1,4}万)?(?:零?\d{1,3}[千百十])+\d?|\d{1,4}(?:\.\d+)?[万亿](?:零?\d{1,3}[千百十])+\d?"
          r"|\d千(?:零?\d[百十])+\d?|\d千零\d{1,3}(?![\d.])|\d{1,4}万零?\d{1,4}(?![\d.万亿千百十])")
# Scientific notation: 2e5, 1.2×10⁴, 3.5×10^8.
_SCIENTIFIC = r"\d+(?:\.\d+)?(?:[eE][-+]?\d+(?![A-Za-z])|[×xX*]10(?:\^[-+]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^[-+]*\d+)"
# (Each tried only where its mark follows the digits: most numbers are plain.)
# (The lookaheads look no further than a number's length: over a run of digits, from each of its starts,
# an unbounded one would cost the square of the run.)
_NUMBER = rf"(?:(?=\d[\d.]{{0,64}}[eE×xX*^万亿千])(?:{_SCIENTIFIC}|{_MIXED})|{_ARABIC}|{_CHINESE})"
_SCALE = rf"(?:{_SCALE_CHAR})+"
_RANGE_SEPARATOR = r"——|--|至|到|~|～|-|—|–|－"
_LOOK_ALIKES = LEXICON.look_alikes or {}
# A measure word followed by 次 counts passes or visits, one unit as 人次 is (832万辆次, 1.19亿亩次, 91艘次).
_TIMES_MEASURES = "".join(sorted(unit for unit in LEXICON.units
                                  if len(unit) == 1 and "\u4e00" <= unit <= "\u9fff" and unit not in "次个元倍度天周秒"))
_TIMES_UNITS = [measure + "次" for measure in _TIMES_MEASURES]
_TIMES = rf"(?:(?<=[{_TIMES_MEASURES}])次(?![年日要生级数]))?"
_ALL_UNITS = LEXICON.units + _TIMES_UNITS + list(LEXICON.time_units)
_UNITS = _alternation(LEXICON.units + list(LEXICON.time_units))
_COUNT_UNITS = _alternation(LEXICON.units) + "|" + _alternation(_TIMES_UNITS)
# A unit per unit: 0.6人/百亿元, 27克/千克, 10.36百亿亿次/秒, 42万元/人: unit, "/", a scale, a unit.
_PER = rf"/(?:{_SCALE_CHAR})*(?:{_UNITS})(?:[·・]?[月年日天](?![\p{{Han}}]))?"   # and per month: 310元/人月, 元/人·月
_BEFORE = _alternation(LEXICON.bounds_before)
_AFTER = _alternation(w for w in LEXICON.bounds_after if w not in ("多", "余"))
# Two neighbouring digits give an estimate (两三个 = 2 to 3, 七八十 = 70 to 80, 三五年 = 3 to 5).
_SMALL = [char for char, value in sorted(LEXICON.digits.items(), key=lambda item: item[1]) if 0 < value < 10]
_PAIRS = _alternation(
    first + second for first in _SMALL for second in _SMALL
    if first in "一两二三四五六七八九" and second in "两二三四五六七八九"
    and (LEXICON.digits[second] == LEXICON.digits[first] + 1 or (first, second) == ("三", "五"))
    and (first, second) not in (("一", "二"), ("一", "两"), ("二", "三"))
) + "|一两"   # but 一二, 二三 count off (二三产业, 二三级公司): they do not estimate
# 成 counts tenths (三成 = 30%, 9成 = 90%) and 折 a price in tenths (八折 = 80%, 75折 = 75%), directly
# after a numeral and not as the first character of a word (成本, 成都, 折旧, 折合).
_TENTHS = (r"(?<=[\d一二两三四五六七八九十半])"
           r"(?:成(?![员果效本都为立功交长熟绩型就品色批套片像渝规])|折(?![合旧算射叠扣返腾服线页纸痕子]))")
# Money in 元 may go on in 角 (毛) and 分, and a cheque ends it with 整.
_MONEY_TAIL = (rf"(?<=[元圆块])(?:(?P<jiao>{_DIGIT_CLASS})[角毛](?![度色落逐]))?"
               rf"(?:零?(?P<fen>{_DIGIT_CLASS})分(?![钟贝之]))?(?:[整正](?!\p{{Han}}))?")
# 半 after a measure word adds a half (一吨半, 两个半月), but not as the start of a word (半导体).
_UNIT_HALF = r"半(?![导岛径决数价场山身边球])"
# A minus sign where a number starts (not a hyphen between figures: 2020-2025, 1万元-5万元).
# 负 is a minus sign unless it ends a word (减负237亿元 is a relief of 237亿元, not −237亿元).
_NOT_SIGN = "|".join(regex.escape(word[:-1]) for word in _LOOK_ALIKES.get("sign", ["减负"]))
# After a Han character a dash is a minus unless that character ends a figure (a unit, a numeral, 多):
# 「人口自然增长率为-0.99‰」 is negative, 「1万元-5万元」 and 「2020年-2025年」 are ranges.
_ENDS_OF_FIGURES = regex.escape("".join(sorted(
    {unit[-1] for unit in LEXICON.units + list(LEXICON.time_units)} | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
    | set("多余来几半整"))))
_SIGN = (rf"(?:(?<![^\s(（,，:：;；、=])|(?<=\p{{Han}})(?<![{_ENDS_OF_FIGURES}]))[-−]"
         rf"|(?<!{_NOT_SIGN})负(?={_DIGIT_CLASS})|零下(?={_DIGIT_CLASS})")

# A bound word may be followed by a particle before its number (超过了80, 至少有10个).
_PARTICLES = "了是有为"
_PARTICLE = "|".join(_PARTICLES)
# Every quantity starts with one of these characters; saying so first lets most positions fail at once.
_FIRST = "".join(sorted({word[0] for word in LEXICON.bounds_before} | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
                        | set("0123456789半数几负-−零")))

# Written for `regex` (\p{Han}); run by re, about twice as fast on it, with its classes spelled out as
# `regex` reads them (see cached_regex.for_re).
QUANTITY = re.compile(for_re(
    rf"""
    (?=[{regex.escape(_FIRST)}])
    (?:(?P<before>{_BEFORE})(?:{_PARTICLE})?)?
    (?P<sign>{_SIGN})?
    (?P<vague>[数几](?=[十百千万亿]))?
    (?:
        (?:(?=[0-9{_CHINESE_DIGITS}{_SCALE_CHARS}.]{{1,64}}又)(?P<whole>{_NUMBER})又)?(?P<denominator>[一壹][百千万]+|{_NUMBER})分之(?P<numerator>{_NUMBER})(?P<fraction_unit>{_UNITS})?
      | (?P<slash>\d{{1,3}}/\d{{1,3}})(?![\d/])(?(before)|(?=的))     # 1/3的企业, 约1/3: a share
      | (?P<half>一半|半数)
      | (?P<half_unit>半)(?=(?P<unit_after_half>{_UNITS}))
      | (?P<pair>{_PAIRS})(?![0-9{_CHINESE_DIGITS}])(?={_SCALE}|{_UNITS})
        (?P<pair_scale>{_SCALE})?(?P<pair_unit>{_UNITS})?
      | (?P<number>{_NUMBER})
        (?P<approx>[多余几])?
        (?:(?<=[{_CHINESE_DIGITS}])个(?=[万亿](?:的|(?![\p{{Han}}]))))?     # 两个亿: speech puts 个 before a myriad
        (?P<scale>{_SCALE})?
        (?:
            (?=[^，。；、\s]{{0,8}}?(?:{_RANGE_SEPARATOR}))     # a range only where a separator follows soon
            (?:(?P<unit_first>%|个百分点)|(?P<unit_low>{_COUNT_UNITS}))?
            (?P<separator>{_RANGE_SEPARATOR})
            (?P<number_max>{_NUMBER})
            (?P<scale_max>{_SCALE})?
        )?
        (?P<approx_after>[多余])?
        (?P<unit>(?(unit_low)(?P=unit_low)|(?:{_TENTHS}|(?:{_UNITS}){_TIMES})))?
        (?(unit)(?P<per>{_PER})?(?P<unit_half>{_UNIT_HALF})?)
        (?P<money_tail>(?<=块)(?:零(?P<fen_bare>[一二两三四五六七八九])|(?P<jiao_bare>[一二两三四五六七八九]))(?![\p{{Han}}0-9])|{_MONEY_TAIL})?
        (?P<approx_unit>多)?
    )
    (?P<after>{_AFTER})?
    """),
    re.VERBOSE,
)
_DIGIT_OR_POINT = frozenset("0123456789.")
# Spaces inside a written number and before its unit (一 百 五 十 个 百 分 点, 四点 五, 10 成, 2 厘米), and one
# line break inside a number (1.35\n亿人次), are dropped before matching, except between two Arabic digits:
# table columns and lines (2024 2025) are separate figures.
_NUMERIC = "".join(sorted(set(_CHINESE_DIGITS + "".join(LEXICON.scales) + "0123456789.点分之个成折%kK")))
_UNIT_STARTS = "".join(sorted({unit[0] for unit in LEXICON.units + list(LEXICON.time_units) if "\u4e00" <= unit[0]}))
# 余 and 多 inside a spaced figure too (十 余 万人).
_NUMERIC_SET = frozenset(_NUMERIC + "余多几又")
_SPACE_IN_NUMBER = regex.compile(rf"(?<=[{_NUMERIC}余多几又])(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?=[{_NUMERIC}余多几又{_UNIT_STARTS}])")
# Digits spaced one by one, as PDF text letter-spaces them (1 2 . 5 万), are one figure where a point
# stands among them or a scale or unit follows: a table's columns are numbers of several digits.
_LETTER_SPACED = re.compile(rf"(?<![\d.])\d(?: [\d.])+(?: \.(?: \d)+| ?[{_SCALE_CHARS}{_UNIT_STARTS}%余多折成])")
_BEFORE_TAILS = frozenset({word[-1] for word in LEXICON.bounds_before} | set(_PARTICLES))
_BEFORE_LENGTHS = sorted({len(word) for word in LEXICON.bounds_before}, reverse=True)
_ASCII_DIGITS = frozenset("0123456789")
_UNIT_SET = frozenset(_ALL_UNITS)
_NOT_UNIT_WORDS = tuple(_LOOK_ALIKES.get("unit", ["台阶"]))
_NOT_UNIT_FIRSTS = frozenset(word[0] for word in _NOT_UNIT_WORDS)
_LONE_FLOATS = {char: float(value) for char, value in LEXICON.digits.items()}
# The plain figures (see `_plain`), and what may stand around them without changing their reading.
_NOT_PLAIN_BEFORE = frozenset(set("0123456789.-−负零下数几") | _BEFORE_TAILS)
_NOT_PLAIN_AFTER = frozenset(
    set("0123456789.,kK%点多余几成折半角毛分整正至到~～-—–－下/∶:：eE×又^") | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
    | {word[0] for word in LEXICON.bounds_after})


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


def _plain_unit() -> str:
    """A unit as the full pattern reads it after a number: the longest unit written, but none where a
    look-alike word starts (台阶, 方面), and a Latin unit not running on into letters (5m, not 5mA).

    Units are grouped by their first character, so that one test of it picks the group, and a look at
    that character first lets a figure without a unit fail at once."""
    groups = []
    for first in sorted({unit[0] for unit in _UNIT_SET}):
        words = sorted((unit for unit in _UNIT_SET if unit[0] == first), key=lambda unit: (-len(unit), unit))
        groups.append("|".join(re.escape(word) + ("(?![A-Za-z])" if word[-1].isascii() and word[-1].isalpha()
                                                  else "") for word in words))
    not_units = "|".join(re.escape(word) for word in _NOT_UNIT_WORDS)
    firsts = _char_class({unit[0] for unit in _UNIT_SET})
    return f"(?={firsts})(?!{not_units})(?:" + "|".join(f"(?:{group})" for group in groups) + ")"


# Where a quantity may start, besides a bound word: a numeral, 半, 数/几 before a scale, or a sign. The
# pattern starts with one character class, so that re skips in C to where one stands. The commonest
# figures, a plain Arabic number with 万/亿 and a unit (64.1万人) and a lone Chinese digit (统一), are
# matched whole by the first two branches when nothing before or after them could change their reading
# (atomic: the longest number, scale and unit are taken, and where the character after them would change
# the reading no shorter ones are tried); every other start is matched as its one character, for the
# full pattern. Lookbehinds test the character matched first, and (two back) the one before it. An
# Arabic figure may end in a bound word (10亿元以上, 10%左右), which the full pattern reads the same way
# unless its unit starts with a scale or 多 (兆字节, 多年: see _plain).
_NUMERAL_CHARS = re.escape("".join(sorted(set(_CHINESE_DIGITS) | set(_SCALE_CHARS) | set("0123456789"))))
_NOT_BEFORE_CLASS, _NOT_AFTER_CLASS = _char_class(_NOT_PLAIN_BEFORE), _char_class(_NOT_PLAIN_AFTER)
# A run of Chinese numerals (十四五, 二十, 千亿) with nothing after it that the full pattern would read on
# into: no numeral, unit, bound, range, tenths or 点 (nor 瓦, 米...: 千瓦 and 兆瓦 take the 千 or 兆). The
# full pattern reads it as its number alone, since no bound word begins with a numeral (else the branch
# is left out) and a pair starting it (五六) is left to it (see _plain_chinese).
_CHINESE_RUN_CHARS = _char_class(set(_CHINESE_DIGITS) | set(_SCALE_CHARS))
_NOT_AFTER_CHINESE_RUN = _char_class(_NOT_PLAIN_AFTER | {unit[0] for unit in _UNIT_SET} | set("瓦米克吨伏卡帕赫")
                                     | {word[0] for word in _RANGE_SEPARATOR.split("|")} | set("点分之下"))
_CHINESE_RUN = (rf"|(?<={_CHINESE_RUN_CHARS})(?<!{_NOT_BEFORE_CLASS}.)(?P<chinese>(?>{_CHINESE_RUN_CHARS}*))"
                rf"(?!{_NOT_AFTER_CHINESE_RUN})"
                if not any(word[0] in _CHINESE_DIGITS + _SCALE_CHARS for word in LEXICON.bounds_before)
                else "|(?P<chinese>(?!))")
_ARABIC_PLAIN = (rf"(?>(?P<more_digits>[0-9]*(?:\.[0-9]+)?)(?P<scale>[万亿]{{0,2}})(?P<unit>{_plain_unit()})?)"
                 rf"(?:(?P<bound_after>{_AFTER})|(?!{_NOT_AFTER_CLASS}))")
_CANDIDATE = re.compile(
    rf"[{_NUMERAL_CHARS}半数几负\-−](?:"
    rf"(?<=[0-9])(?<!{_NOT_BEFORE_CLASS}.){_ARABIC_PLAIN}"
    rf"|(?<={_char_class(LEXICON.digits)})(?<!{_NOT_BEFORE_CLASS}.)(?P<digit>)"
    rf"(?>(?P<digit_unit>{_plain_unit()})?)(?!{_NOT_AFTER_CLASS})"
    rf"{_CHINESE_RUN}"
    rf"|(?<=[{_NUMERAL_CHARS}半])|(?<=[数几])(?=[十百千万亿])|(?<=[负\-−])(?=[{_NUMERAL_CHARS}]))")


# The same plain Arabic figure after a bound word (超过320家, 近12年), matched from its first digit: the full
# pattern matches the bound word (and 了/是/有/为) and then, from that digit, what it matches with none
# before (see _plain_after_bound). Its other groups never take part, so that _plain reads its groups.
_PLAIN_AFTER_BOUND = re.compile(rf"[0-9]{_ARABIC_PLAIN}(?:(?P<digit>)(?P<digit_unit>)(?P<chinese>)(?!))?")

# A run of Chinese numerals longer than any number (numerals.LONGEST): 一二三四五…, 万万万… of a scraped
# page. No quantity is read in it; the full pattern would keep state for each of its characters.
_CHINESE_RUN_SET = frozenset(_CHINESE_DIGITS) | frozenset(_SCALE_CHARS)
_LONG_CHINESE_RUN = re.compile(rf"[{re.escape(''.join(sorted(_CHINESE_RUN_SET)))}点]{{{LONGEST + 1},}}")

_URL = regex.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+")


def find_quantities(text: str) -> list["Quantity"]:
    """All quantities in `text`, classified, in order of position.

    >>> [(q.text, q.kind) for q in find_quantities("2025年城镇新增就业64.1万人")]
    [('2025年', 'date'), ('64.1万人', 'statistic')]
    >>> [(q.text, q.value, q.unit) for q in find_quantities("一百五十 个百分点，9成，打八折")]
    [('一百五十 个百分点', 150.0, '个百分点'), ('9成', 90.0, '%'), ('八折', 80.0, '%')]
    """
    from .classify import classify_quantities

    folded = fold(text)
    return classify_quantities(folded, text, scan_quantities(folded, text), fresh=True)


def scan_quantities(folded: str, original: str | None = None) -> list[Quantity]:
    """Quantities as matched, before classification (kind left as "statistic").

    The full pattern is tried only where a numeral (or a sign) stands, and a bound word before it
    (超过, 不到) is found by looking back from there. The commonest figures, a plain Arabic number
    with 万/亿 and a unit (64.1万人) and a lone Chinese digit (统一), are read without it when
    nothing before or after them could change their reading; the result is the same.
    """
    original = folded if original is None else original
    text, to_original = _close_spaces(folded)
    found = []
    joined = []      # starts of quantities right after 、/和/与/及 (members of a list, see _share_list_units)
    position = 0     # where the last figure ended: a bound word before the next starts here at the earliest
    at = 0           # where the next search for a start begins
    search, match = _CANDIDATE.search, QUANTITY.match
    while True:
        candidate = search(text, at)
        if candidate is None:
            break
        start = candidate.start()
        if candidate.lastindex:          # a plain figure, unless its unit is 圆 or its number unreadable
            quantity = _plain(candidate, start, original, to_original)
            if quantity is not None:
                if quantity is not _NO_FIGURE:
                    found.append(quantity)
                    if start and text[start - 1] in _LIST_JOINS:
                        joined.append(quantity.start)
                position = at = candidate.end()
                continue
        if text[start] in _CHINESE_RUN_SET:
            run = _LONG_CHINESE_RUN.match(text, start)
            if run is not None:    # no number (numerals.LONGEST), and matching it would cost memory per character
                position = at = run.end()
                continue
        whole = None
        if start and text[start - 1] in _BEFORE_TAILS:
            read = _plain_after_bound(text, start, position, original, to_original) \
                if text[start] in _ASCII_DIGITS else None
            if read is not None:      # 超过320家: (quantity, where its bound word starts, where it ends)
                quantity, earlier, position = read
                found.append(quantity)
                if earlier and text[earlier - 1] in _LIST_JOINS:
                    joined.append(quantity.start)
                at = position
                continue
            for earlier in _bound_word_starts(text, start, position):
                whole = match(text, earlier)
                if whole is not None:
                    break
        if whole is None:
            whole = match(text, start)
        if whole is None:
            position = at = start + 1
            continue
        if whole.group("number_max") is not None:
            level_at = _change_then_level(whole, text)
            if level_at is not None:    # 下降0.4个百分点至5.3%: the change alone; the level is matched next
                whole = match(text, whole.start(), level_at) or whole
        quantity = _read(whole, text, original, to_original)
        if quantity is not None:
            found.append(quantity)
            if whole.start() and text[whole.start() - 1] in _LIST_JOINS:
                joined.append(quantity.start)
        position = whole.end()
        at = max(position, start + 1)    # each start is tried once
    if "://" in folded or "www." in folded:
        links = [link.span() for link in _URL.finditer(folded)]
        found = [q for q in found if not any(start < q.end and q.start < end for start, end in links)]
    words = []
    if "番" in text or "对折" in text or "半折" in text or "半成" in text:
        words = _word_figures(text, original, to_original)
    if "∶" in text or ":" in text or "：" in text:
        words += _ratios(text, original, to_original, found)
    if words:
        found = _replace(found, words)
    if joined:
        _share_list_units(folded, found, joined)
    if not all(map(_finite, found)):  # a ratio's term of 400 digits, 1亿亿亿…: no figure a float can hold
        found = [q for q in found if _finite(q)]
    return found


def _finite(quantity: Quantity) -> bool:
    return isfinite(quantity.value) and (quantity.value_max is None or isfinite(quantity.value_max))


# A change, then the level it reaches (比上年下降0.4个百分点至5.3%, 比上年末增加12万人至350万人,
# 由115700人下跌约600人至115100人): two figures, not a range. So read where the two ends have different
# units (个百分点 … %), or where a comparison or a starting level (比上年, 由…) and a change verb stand right
# before the first.
_CHANGE_WORDS = [word for word, stat in LEXICON.stats_before.items() if stat in ("growth_rate", "change")]
_CHANGE_BEFORE = re.compile(r"(?:[比较][^，。；、,;0-9]{0,8}?|[由从][^，。；,;]{1,24}?)(?:%s)$" % "|".join(
    re.escape(word) for word in sorted(_CHANGE_WORDS, key=lambda word: (-len(word), word))))
_CHANGE_VERB_BEFORE = re.compile(r"(?:%s)$" % "|".join(
    re.escape(word) for word in sorted(_CHANGE_WORDS, key=lambda word: (-len(word), word))))
_TO_LEVEL = frozenset(["至", "到"])
_CHANGE_UNITS = frozenset(["个百分点", "百分点", "倍"])   # units of a change only: 8.2倍至828.2万 is no range


def _change_then_level(whole, text: str) -> int | None:
    """Where the change of a "change 至 level" match ends (the separator), or None for a true range.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("比上年下降0.4个百分点至5.3%")]
    [('0.4个百分点', 0.4, '个百分点'), ('5.3%', 5.3, '%')]
    >>> [(q.text, q.value, q.value_max) for q in find_quantities("增长5%至10%")]
    [('5%至10%', 5.0, 10.0)]
    """
    if whole.group("separator") not in _TO_LEVEL:
        return None
    first_unit = whole.group("unit_first") or whole.group("unit_low")
    if not first_unit:
        return None
    last_unit = whole.group("unit") or ""
    if first_unit != last_unit and (last_unit or first_unit in _CHANGE_UNITS) \
            or _CHANGE_BEFORE.search(text, max(0, whole.start() - 32), whole.start()):
        return whole.start("separator")
    if _CHANGE_VERB_BEFORE.search(text, max(0, whole.start() - 4), whole.start()):
        # 「失业人数减少600人至115100人」: after a change verb, ends of different magnitudes are a change
        # and a level (a range spans one magnitude: 增加3万至5万人)
        low = _value(whole.group("number") + (whole.group("scale") or ""))
        high = _value(whole.group("number_max") + (whole.group("scale_max") or ""))
        if low and high and high > 10 * low:
            return whole.start("separator")
    return None


# Figures written as words: 翻一番 = 2倍 and 翻两番 = 4倍 (doubling n times), 对折 and 半折 = 50%, 半成 = 5%.
_WORD_FIGURES = re.compile(r"翻了?(?P<doublings>[一两二三四五])番|打(?P<half_price>对折)|(?P<half_off>半折)"
                           r"|(?P<half_tenth>半成)(?![品熟])")
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _word_figures(text: str, original: str, to_original) -> list[Quantity]:
    """翻一番 (2 倍), 翻两番 (4 倍), 打对折 (50%), 半成 (5%), as quantities."""
    figures = []
    for match in _word_figure_matches(text):
        if match["doublings"]:
            value, unit, number = 2 ** _DOUBLINGS[match["doublings"]], "倍", match["doublings"]
        else:
            value, unit, number = (5 if match["half_tenth"] else 50), "%", "半"
        start = match.start("half_price") if match["half_price"] else match.start()
        figures.append(_made(start, match.end(), value, unit, "eq", number, True, False,
                             original, to_original))
    return figures


_WORD_FIGURE_KEYS = (("番", 3), ("对折", 1), ("半折", 0), ("半成", 0))   # key, how far before it a match may start


def _word_figure_matches(text: str):
    """The matches of _WORD_FIGURES, found from their key characters (str.find is the fast search)."""
    matches = {}
    for key, reach in _WORD_FIGURE_KEYS:
        at = text.find(key)
        while at >= 0:
            for start in range(max(0, at - reach), at + 1):
                match = _WORD_FIGURES.match(text, start)
                if match and match.end() > at:
                    matches[match.start()] = match
                    break
            at = text.find(key, at + 1)
    return [matches[start] for start in sorted(matches)]


def _made(start: int, end: int, value, unit: str, bound: str, number_text: str, chinese: bool, ratio: bool,
          original: str, to_original, scaled: bool = False) -> Quantity:
    """A quantity of one value from `start` to `end` in the scanned text (offsets taken back to `original`)."""
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    return _quantity({
        "text": original[start:end], "start": start, "end": end, "value": float(value), "value_max": None,
        "unit": unit, "bound": bound, "kind": "statistic", "number_text": number_text, "chinese": chinese,
        "scaled": scaled, "ratio": ratio})


# A ratio written with ∶ (U+2236), : or ：, two terms or more: 4.0∶37.7∶58.3, 2.9∶1, 2：1.
_RATIO = re.compile(r"(?<![\d.∶:：])\d+(?:\.\d+)?(?:[∶:：]\d+(?:\.\d+)?)+(?![\d.]|[∶:：]\d)")
_RATIO_TERM = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")
_RATIO_WORDS = ("比", "结构")


def _ratios(text: str, original: str, to_original, found: list[Quantity]) -> list[Quantity]:
    """Each term of a ratio as its own quantity, but not the 1 of x∶1 (its base).

    Terms of a structure that add up to 100 (三次产业比重为4.0∶37.7∶58.3) are shares in %; other terms
    have no unit (城乡居民收入比由2.9∶1缩小至2.52∶1 → 2.9 and 2.52). With : or ：, the clause must speak of
    a ratio (比, 结构) and the figure must not be a clock time (9:00, 09:02:33).
    """
    ratios = []
    near = None
    for match in _ratio_chains(text):
        chain = match.group()
        if "∶" not in chain:
            parts = _RATIO_SIGN.split(chain)
            if all(len(part) == 2 and part.isdigit() for part in parts[1:]) and parts[0].isdigit() \
                    and int(parts[0]) <= 24:
                continue                      # a clock time
            clause = _CLAUSE_END.split(text[max(0, match.start() - 20):match.start()])[-1]
            if not any(word in clause for word in _RATIO_WORDS):
                continue
        near = near or _Around(found)
        terms = list(_RATIO_TERM.finditer(chain))
        values = [Decimal(term.group()) for term in terms]
        bound_after = "eq"
        if len(terms) == 2 and values[1] == 1:
            terms = terms[:1]                 # 2.9∶1: the 1 is the base, no figure
            base_end = match.end() if to_original is None else to_original(match.end() - 1) + 1
            for q in near.spanning(base_end, before=True):   # 2：1以内: the bound after the base bounds the ratio
                if q.start < base_end <= q.end and q.bound != "eq" and q.end > base_end:
                    bound_after = q.bound
        unit = "%" if len(values) >= 3 and abs(sum(values) - 100) <= Decimal("1.5") else ""
        for term in terms:
            start, end = match.start() + term.start(), match.start() + term.end()
            bound = bound_after
            if term.start() == 0:     # a bound word before the first term stays with it (突破1：1)
                for q in near.spanning(to_original(start) if to_original else start):
                    if q.end > (to_original(start) if to_original else start) >= q.start \
                            and q.bound != "eq" and q.number_text == term.group():
                        bound, start = q.bound, (q.start if to_original is None else start)
            ratios.append(_made(start, end, Decimal(term.group()), unit, bound, term.group(), False, True,
                                original, to_original))
    return ratios


_RATIO_SIGN = re.compile("[:：]")


class _Around:
    """The quantities found (in order of their starts), for those that may hold an offset."""

    def __init__(self, found: list[Quantity]):
        self.found = found
        self.starts = [q.start for q in found]
        self.reach = list(accumulate((q.end for q in found), max))    # the furthest end so far

    def spanning(self, offset: int, before: bool = False) -> list[Quantity]:
        """The quantities, in order, that start at `offset` or before it (strictly before, if `before`)
        and that are not ended by it as all quantities before them are: those that may span it."""
        first = bisect_right(self.reach, offset)
        last = (bisect_left if before else bisect_right)(self.starts, offset)
        return self.found[first:last]


_RATIO_CHARS = frozenset("0123456789.∶:：")


def _ratio_signs(text: str):
    """Positions of ∶, : and ： with a digit on both sides, in order (str.find is the fast search)."""
    signs = []
    for char in "∶:：":
        at = text.find(char)
        while at >= 0:
            if at and text[at - 1] in _ASCII_DIGITS and text[at + 1:at + 2] in _ASCII_DIGITS:   # ("" is not in it)
                signs.append(at)
            at = text.find(char, at + 1)
    return sorted(signs)


def _ratio_chains(text: str):
    """The matches of _RATIO, found from their signs (a search from every digit costs more)."""
    position = 0
    for sign in _ratio_signs(text):
        if sign < position:
            continue
        start = sign
        while start and text[start - 1] in _RATIO_CHARS:
            start -= 1
        match = None
        while start < sign:
            match = _RATIO.match(text, start)
            if match and match.end() > sign:
                break
            match = None
            start += 1
        if match is None:
            continue
        yield match
        position = match.end()


def _replace(found: list[Quantity], figures: list[Quantity]) -> list[Quantity]:
    """The quantities found, with `figures` standing in for those they overlap."""
    starts = [q.start for q in found]
    dropped = set()
    for figure in figures:     # found is in text order: look only at the quantities near each figure
        index = bisect_right(starts, figure.start)
        for near in range(max(0, index - 2), len(found)):
            q = found[near]
            if q.start >= figure.end:
                break
            if q.end > figure.start:
                dropped.add(near)
    kept = [q for index, q in enumerate(found) if index not in dropped] if dropped else found
    return sorted(kept + figures, key=_START)


_START = attrgetter("start")
_LIST_JOINS = frozenset(["、", "和", "与", "及"])
# The scales a list's last member may lend the others (1.2、3.4万吨), as the lexicon values them.
_SHARED_SCALES = {"万": LEXICON.scales["万"], "亿": LEXICON.scales["亿"], "万亿": LEXICON.scales["万"] * LEXICON.scales["亿"]}


def _share_list_units(folded: str, found: list[Quantity], joined: list[int]) -> None:
    """Bare numbers in a list take the unit (and scale) of the last member: 「提高20.9、36.2、54个百分点」
    → 20.9 and 36.2 个百分点, 「分别增长8.3、7.9%」 → 8.3%, 「1.2、3.4万吨」 → 1.2万吨 (in place)."""
    starts = [q.start for q in found]
    for start in reversed(joined):
        index = bisect_right(starts, start) - 1
        if index < 1 or starts[index] != start:
            continue
        last, bare = found[index], found[index - 1]
        if not last.unit or last.chinese or last.value_max is not None or last.ratio:
            continue
        if bare.unit or bare.chinese or bare.value_max is not None or bare.ratio or bare.scaled:
            continue
        if folded[bare.end:last.start] not in _LIST_JOINS:
            continue
        fields = bare.__dict__.copy()
        fields["unit"] = last.unit
        if last.scaled:
            scale = _scale_of(last)
            if scale:
                fields["value"] = float(Decimal(bare.number_text) * scale) if _SIMPLE_NUMBER.fullmatch(
                    bare.number_text) else bare.value * float(scale)
                fields["scaled"] = True
        found[index - 1] = _quantity(fields)


_SIMPLE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _scale_of(quantity: Quantity) -> Decimal | None:
    """The myriad scale written after a quantity's number (3.4万吨 → 10000), or None."""
    text = quantity.text
    at = text.find(quantity.number_text)
    if at < 0:
        return None
    rest = text[at + len(quantity.number_text):]
    for word in ("万亿", "亿", "万"):
        if rest.startswith(word):
            return Decimal(_SHARED_SCALES[word])
    return None


def _plain(candidate, start: int, original: str, to_original):
    """The quantity of a plain figure `_CANDIDATE` matched whole, if the full pattern reads it the same way
    (None where it may not; _NO_FIGURE where it takes no figure there, see _plain_chinese)."""
    more_digits, scale, unit, bound_after, digit, digit_unit, chinese = candidate.groups()
    if chinese is not None:
        return _plain_chinese(candidate, start, original, to_original)
    end = candidate.end()
    bound = "eq"
    if digit is None:
        if unit == "圆":
            return None
        if bound_after is not None:
            if unit and unit[0] in _SCALE_OR_MORE:
                return None      # a unit starting with a scale or 多 the full pattern may read otherwise
                #                  before a bound word (5兆字节 as 5兆, 5多年 as 5多 and 年): left to it
            bound = LEXICON.bounds_after[bound_after]
        number_text = candidate.string[start:start + 1 + len(more_digits)]
        value = _float_value(number_text + scale if scale else number_text)
        if value is None:
            return None
        chinese, scaled = False, bool(scale)
    else:
        unit = digit_unit
        if unit == "圆":
            return None
        number_text = candidate.string[start]
        value, chinese, scaled = _LONE_FLOATS[number_text], True, False
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    quantity = _NEW(Quantity)      # _quantity, inline: the commonest figure
    _SET(quantity, "__dict__", {
        "text": original[start:end], "start": start, "end": end, "value": value,
        "value_max": None, "unit": unit or "", "bound": bound, "kind": "statistic",
        "number_text": number_text, "chinese": chinese, "scaled": scaled, "ratio": False})
    return quantity


_SCALE_OR_MORE = frozenset(_SCALE_CHARS + "多余几")
_TIMES_ONLY = frozenset(_TIMES_UNITS) - frozenset(LEXICON.units)


def _plain_after_bound(text: str, start: int, floor: int, original: str, to_original):
    """A plain Arabic figure after a bound word (超过320家, 近12年), as _read reads the full pattern's match
    from the bound word: the figure _plain reads from its digit on, with the bound word's bound (unless a
    bound word after it says another) and starting at the bound word. With the offsets in `text` where
    the match starts and ends; None where _plain leaves the figure to the full pattern, or no bound word
    ends there (after `floor`)."""
    earlier = next(_bound_word_starts(text, start, floor), None)
    if earlier is None:
        return None
    figure = _PLAIN_AFTER_BOUND.match(text, start)
    unit = figure and figure.group("unit")
    if figure is None or unit and (unit[0] in _SCALE_OR_MORE or unit in _TIMES_ONLY
                                   or text[figure.end():figure.end() + 1] == "次"):
        return None      # the full pattern may read these otherwise: 5兆字节 as 5兆, 5多年 as 5多 and 年,
        #                  3斤次日 as 3斤 (a measure with 次 is no unit before 年, 日...), 5公升次 as one unit
    quantity = _plain(figure, start, original, to_original)
    if quantity is None:
        return None
    fields = quantity.__dict__
    if figure.group("bound_after") is None:
        word = text[earlier:start]       # the word the full pattern matches: the longest, then 了/是/有/为
        fields["bound"] = LEXICON.bounds_before[word if word in LEXICON.bounds_before else word[:-1]]
    first = earlier if to_original is None else to_original(earlier)
    fields["start"], fields["text"] = first, original[first:fields["end"]]
    return quantity, earlier, figure.end()


_PAIR_SET = frozenset(_PAIRS.split("|"))


_NO_FIGURE = object()     # _plain's answer for a match the full pattern would make and _read reject


def _plain_chinese(candidate, start: int, original: str, to_original):
    """The quantity of a run of Chinese numerals with nothing after it to read on (十四五, 二十), as _read
    reads the full pattern's match of it: the number alone, no unit, no bound. _NO_FIGURE where _read
    takes no figure from that match (十五五 is no number, 万 alone is none), to be skipped whole as the
    full pattern's is; None (left to the full pattern) for a run starting with a pair of digits (五六)."""
    end = candidate.end()
    number_text = candidate.string[start:end]
    if number_text[:2] in _PAIR_SET:
        return None
    value = None if _is_bare_scale(number_text) else _value(number_text)
    if value is None:
        return _NO_FIGURE
    chinese, scaled = _shape(number_text)
    return _made(start, end, value, "", "eq", number_text, chinese, False, original, to_original, scaled)


def _bound_word_starts(text: str, start: int, floor: int):
    """Where a bound word (with 了/是/有/为 after it) ending at `start` would begin, longest first."""
    ends = (start, start - 1) if text[start - 1] in _PARTICLES else (start,)
    for end in ends:
        for length in _BEFORE_LENGTHS:
            begin = end - length
            if begin >= floor and text[begin:end] in LEXICON.bounds_before:
                yield begin


def _letter_spaced(folded: str, space: int) -> bool:
    """Whether the space at `space`, between two digits, lies inside digits spaced one by one that read
    as one figure (_LETTER_SPACED): looked at only for such spaces, which are rare."""
    start = space - 1
    while start >= 2 and folded[start - 1] == " " and folded[start - 2] in _DIGIT_OR_POINT:
        start -= 2
    match = _LETTER_SPACED.match(folded, start)
    return match is not None and match.end() > space


def _close_spaces(folded: str):
    """The text without spaces inside numbers, and a function from its offsets back to `folded`'s."""
    if " " not in folded and "\t" not in folded and "\n" not in folded:
        return folded, None
    # Matches start at a space, tab or line break after a numeral: tried only there (finditer's matches).
    cuts = [match.span() for match in finditer_at(_SPACE_IN_NUMBER, folded, " \t\r\n", _NUMERIC_SET)
            if not (folded[match.start() - 1].isdigit() and folded[match.end()].isdigit())
            or _letter_spaced(folded, match.start())]
    if not cuts:
        return folded, None
    pieces, compact_starts, removed = [], [], []
    position, total = 0, 0
    for start, end in cuts:
        pieces.append(folded[position:start])
        total += end - start
        compact_starts.append(end - total)     # compact offsets from here on lie `total` further on
        removed.append(total)
        position = end
    pieces.append(folded[position:])

    def to_original(offset: int) -> int:
        index = bisect_right(compact_starts, offset) - 1
        return offset + (removed[index] if index >= 0 else 0)

    return "".join(pieces), to_original


_GROUP = {name: index - 1 for name, index in QUANTITY.groupindex.items()}
(_G_BEFORE, _G_SIGN, _G_VAGUE, _G_DENOMINATOR, _G_NUMERATOR, _G_FRACTION_UNIT, _G_HALF, _G_HALF_UNIT,
 _G_UNIT_AFTER_HALF, _G_PAIR, _G_PAIR_SCALE, _G_PAIR_UNIT, _G_NUMBER,
 _G_APPROX, _G_SCALE, _G_UNIT_FIRST, _G_UNIT_LOW, _G_NUMBER_MAX, _G_SCALE_MAX, _G_APPROX_AFTER, _G_UNIT,
 _G_UNIT_HALF, _G_MONEY_TAIL, _G_FEN_BARE, _G_JIAO_BARE, _G_JIAO, _G_FEN, _G_APPROX_UNIT, _G_AFTER) = (
    _GROUP[name] for name in (
        "before", "sign", "vague", "denominator", "numerator", "fraction_unit", "half", "half_unit",
        "unit_after_half", "pair", "pair_scale", "pair_unit", "number",
        "approx", "scale", "unit_first", "unit_low", "number_max", "scale_max", "approx_after", "unit",
        "unit_half", "money_tail", "fen_bare", "jiao_bare", "jiao", "fen", "approx_unit", "after"))
_G_PER = _GROUP["per"]
_G_SLASH = _GROUP["slash"]
_G_WHOLE = _GROUP["whole"]
_NEW = object.__new__
_SET = object.__setattr__


def _quantity(values: dict) -> Quantity:
    """Quantity(**values), without the frozen dataclass's cost per field (values name every field)."""
    quantity = _NEW(Quantity)
    _SET(quantity, "__dict__", values)
    return quantity


_HALF = Decimal(50)
_CENTS = Decimal("0.01")
_TEN = Decimal(10)
_ONE = Decimal(1)
_POINT_FIVE = Decimal("0.5")


def _read(match, folded: str, original: str, to_original=None) -> Quantity | None:
    groups = match.groups()
    start, end = match.span()
    before = groups[_G_BEFORE]
    if start and not before and folded[start - 1] in _DIGIT_OR_POINT:
        return None     # the tail of a longer number the pattern could not take whole
    bound = LEXICON.bounds_before[before] if before else "eq"
    value_max = None
    unit = groups[_G_UNIT] or groups[_G_UNIT_LOW] or ""
    if unit[:1] in _NOT_UNIT_FIRSTS and folded.startswith(_NOT_UNIT_WORDS, match.start(_G_UNIT + 1)) \
            and groups[_G_UNIT]:
        # 千亿台阶, 零部件: the word takes the unit's character; the figure ends before it
        end = match.start(_G_UNIT + 1)
        unit = ""
        groups = groups[:_G_UNIT] + (None,) * (len(groups) - _G_UNIT)
    elif groups[_G_PER]:
        unit += groups[_G_PER]       # 人/百亿元, 次/秒
    scale = groups[_G_SCALE]
    scaled = bool(scale)
    number_max = groups[_G_NUMBER_MAX]
    if groups[_G_DENOMINATOR]:
        number_text = groups[_G_NUMERATOR]
        value, unit = _share(groups[_G_DENOMINATOR], number_text)
        if groups[_G_WHOLE]:      # 三百五又三分之一: a whole number and a fraction, no share
            whole = _value(groups[_G_WHOLE])
            if whole is None or value is None:
                return None
            value, unit = whole + value / {"%": 100, "‰": 1000}.get(unit, 1), ""
        if not unit and not groups[_G_FRACTION_UNIT] and value is not None and value <= 1:
            # 三分之一 with no unit is a share: 33.33 %, approx where the rounding drops digits
            value, unit = value * 100, "%"
            if value >= 1 and value != value.quantize(_CENTS):
                value, bound = value.quantize(_CENTS), ("approx" if bound == "eq" else bound)
        unit = unit or groups[_G_FRACTION_UNIT] or ""
    elif groups[_G_SLASH]:
        number_text = groups[_G_SLASH]
        numerator, _, denominator = number_text.partition("/")
        if not int(denominator) or int(numerator) > int(denominator):
            return None
        value, unit = Decimal(numerator) * 100 / Decimal(denominator), "%"
        if value != value.quantize(_CENTS):
            value, bound = value.quantize(_CENTS), ("approx" if bound == "eq" else bound)
    elif groups[_G_HALF_UNIT]:
        # 半小时, 半公升: half of one unit; the unit itself is matched by the next search
        number_text = "半"
        value, unit = _POINT_FIVE, groups[_G_UNIT_AFTER_HALF]
        end = match.end(_G_UNIT_AFTER_HALF + 1)
    elif groups[_G_HALF]:
        number_text = groups[_G_HALF]
        value = _HALF
        unit = "%"
    elif groups[_G_PAIR]:
        number_text = groups[_G_PAIR]
        pair_scale = groups[_G_PAIR_SCALE] or ""
        value, value_max = _value(number_text[0] + pair_scale), _value(number_text[1] + pair_scale)
        if value is None or value_max is None:
            return None
        unit, bound, scaled = groups[_G_PAIR_UNIT] or "", "approx", bool(pair_scale)
    else:
        number_text = groups[_G_NUMBER]
        if number_text.endswith("点"):
            return None
        if _is_bare_scale(number_text):
            # 超千场, 近百场, 逾万人: a bound word and a measure word make the scale alone a round count
            # (one 千); without them 千校万企, 万元地区生产总值 stay words, and 近百年 stays a time
            if not (before and groups[_G_UNIT] and groups[_G_UNIT] not in LEXICON.time_units):
                return None
            number_text = "一" + number_text
        value = _value(number_text + scale if scale else number_text)
        if value is None and before and _only_scales(number_text):
            value = _value("一" + number_text + (scale or ""))    # 突破万亿元: 万亿 alone is one 万亿
        if value is None:
            return None
        if number_max:
            value, value_max = _read_range(number_text, scale, number_max, groups[_G_SCALE_MAX], value)
            if value is None:
                return None
            scaled = scaled or bool(groups[_G_SCALE_MAX])
        if groups[_G_UNIT_FIRST] and not unit:
            unit = groups[_G_UNIT_FIRST]
        if unit == "折" and value == _TEN:
            return None              # 十折 is no discount
        if unit == "成" or unit == "折":
            # 三成 = 30%; 八折 = 80% but 75折 = 75% (two digits already give the percentage)
            factor = _TEN if unit == "成" or value < _TEN else _ONE
            value, unit = value * factor, "%"
            value_max = None if value_max is None else value_max * factor
            if groups[_G_UNIT_HALF]:
                value += 5           # 三成半 = 35%
        elif groups[_G_UNIT_HALF]:
            value += _POINT_FIVE     # 一吨半 = 1.5 吨
        if groups[_G_MONEY_TAIL]:
            value += _cents(groups[_G_JIAO] or groups[_G_JIAO_BARE], groups[_G_FEN] or groups[_G_FEN_BARE])
        if unit == "圆":
            unit = "元"
    if value is None:
        return None
    if groups[_G_SIGN]:
        value = -value
    if groups[_G_APPROX] or groups[_G_APPROX_AFTER] or groups[_G_APPROX_UNIT] or groups[_G_VAGUE]:
        bound = "gt"      # 200多亿, 500余万, 数十亿: more than the figure written
    if groups[_G_AFTER]:
        bound = LEXICON.bounds_after[groups[_G_AFTER]]
    chinese, scaled_number = _shape(number_text)
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    return _quantity({
        "text": original[start:end], "start": start, "end": end, "value": float(value),
        "value_max": None if value_max is None else float(value_max), "unit": unit, "bound": bound,
        "kind": "statistic", "number_text": number_text, "chinese": chinese,
        "scaled": bool(scaled or scaled_number or (number_max is not None and _shape(number_max)[1])),
        "ratio": False})


def _share(denominator_text: str, number_text: str) -> tuple[Decimal | None, str]:
    """百分之五 → (5, %); 千分之二 → (2, ‰); 万分之三 → (0.03, %); 三分之一 → (0.333…, "") (which _read
    gives as a share, 33.33 % approx, where no unit follows)."""
    value = _value(number_text)
    if denominator_text[:1] in "一壹" and _only_scales(denominator_text[1:]):
        denominator_text = denominator_text[1:]      # 一百分之二 is 百分之二
    denominator = _value(denominator_text if _has_digit(denominator_text) else "一" + denominator_text)
    if value is None or not denominator:
        return None, ""
    if _has_digit(denominator_text):
        return value / denominator, ""
    if denominator == 100:
        return value, "%"
    if denominator == 1000:
        return value, "‰"
    return value * 100 / denominator, "%"


def _only_scales(text: str) -> bool:
    return bool(text) and all(char in LEXICON.scales for char in text)


def _has_digit(text: str) -> bool:
    return any(char.isdigit() or char in LEXICON.digits for char in text)


def _cents(jiao: str | None, fen: str | None) -> Decimal:
    """壹角 and 伍分 after 元: tenths and hundredths of the amount."""
    total = Decimal(0)
    tenths = _value(jiao) if jiao else None
    if tenths:                         # 〇角 and 零分 read as Decimal 0: nothing to add
        total += tenths / _TEN
    hundredths = _value(fen) if fen else None
    if hundredths:
        total += hundredths / 100
    return total


def _value(number_text: str) -> Decimal | None:
    """parse_decimal on text already folded, remembered: reports repeat their numbers. A text longer than
    any number (numerals.LONGEST characters) is none, and is not kept: the caches hold short keys only."""
    return _read_value(number_text) if len(number_text) <= LONGEST else None


@lru_cache(maxsize=65536)
def _read_value(number_text: str) -> Decimal | None:
    value = read_folded(number_text)
    return value if value is None or abs(value) <= _LARGEST else None


_LARGEST = Decimal("1e300")  # beyond it a figure is no statistic, and its float would soon be infinite


def _float_value(number_text: str) -> float | None:
    """_value as a float (a Decimal converts through its text: remembered too)."""
    return _read_float(number_text) if len(number_text) <= LONGEST else None


@lru_cache(maxsize=65536)
def _read_float(number_text: str) -> float | None:
    value = _value(number_text)
    return None if value is None else float(value)


@lru_cache(maxsize=65536)
def _shape(number_text: str) -> tuple[bool, bool]:
    """(written without Arabic digits, holds 万 or 亿) for one number as written."""
    return _ARABIC_DIGIT.search(number_text) is None, _MYRIAD.search(number_text) is not None


def clear_caches() -> None:
    """Forget the numbers read so far (for benchmarks; the caches only hold pure functions)."""
    for cached in (_read_value, _read_float, _shape, _is_bare_scale):
        cached.cache_clear()


_ARABIC_DIGIT = regex.compile(r"\d")
_MYRIAD = regex.compile("[万亿]")


@lru_cache(maxsize=65536)
def _is_bare_scale(number_text: str) -> bool:
    """万, 千 alone are not numbers (万元地区生产总值, 千校万企); 千亿, 百万 and 十 are."""
    has_digit = any(char.isdigit() or char in LEXICON.digits for char in number_text)
    return not has_digit and len(number_text) < 2 and LEXICON.scales[number_text] >= 100


def _read_range(number: str, scale: str | None, number_max: str, scale_max: str | None,
                low: Decimal) -> tuple[Decimal | None, Decimal | None]:
    """3万至5万 keeps both scales; 3-5万, 十八至三十万 and 八到九百亿 lend the upper end's scale to the lower."""
    high = _value(number_max + scale_max if scale_max else number_max)
    if high is None:
        return None, None
    if not scale and not _MYRIAD.search(number):
        low = _lend_scale(number, low, number_max, scale_max or "", high)
    if low is None or low > high:
        return None, None
    return low, high


_TRAILING_MYRIADS = regex.compile("[万亿兆kK]+$")


def _lend_scale(low_text: str, low: Decimal, high_text: str, high_scale: str, high: Decimal) -> Decimal:
    multiplier = None
    if high_scale:
        multiplier = parse_decimal("1" + high_scale)
    elif len(low_text) == 1 and low_text in LEXICON.digits and len(high_text) >= 2 \
            and high_text[0] in LEXICON.digits and not _has_digit(high_text[1:]):
        multiplier = parse_decimal("一" + high_text[1:])     # 八到九百亿: 八百亿 to 九百亿
    else:
        trailing = _TRAILING_MYRIADS.search(high_text)
        if trailing and trailing.start() > 0:
            multiplier = parse_decimal("1" + trailing.group())   # 十八至三十万: 十八万 to 三十万; 10~15k
    if multiplier is not None and low * multiplier <= high:
        return low * multiplier
    return low     # 从8500到3万: the lower end already stands in the unit
