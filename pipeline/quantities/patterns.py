"""The patterns of the scanner, built from the lexicon: numbers (Arabic, Chinese, mixed, scientific),
scales, units (and a unit per unit, a measure word with 次), bound words, ranges, shares and tenths.

`QUANTITY` is the full pattern; `_CANDIDATE` finds where one may start and matches the plain figures
(64.1万人, a lone 一) whole.

>>> QUANTITY.match("约3万至5万人").group("before", "number", "number_max", "unit")
('约', '3', '5', '人')
>>> _CANDIDATE.match("64.1万人，").group("scale", "unit")
('万', '人')
"""
from __future__ import annotations

import re
from typing import Final

import regex

from ..cached_regex import for_re
from ..lexicon import LEXICON
from ..numerals import LONGEST


def _alternation(words) -> str:
    """Longest first; a word ending in a Latin letter must not run on into another (5m, not 5mA), nor index
    points (个点) into a noun 点 begins (1200个点位: grammar.tsv point_noun)."""
    return "|".join(_guarded(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


def _guarded(word: str) -> str:
    """A unit word as a pattern, with what may not follow it (see _alternation)."""
    if word[-1].isascii() and word[-1].isalpha():
        return regex.escape(word) + "(?![A-Za-z])"
    return regex.escape(word) + (_NOT_POINT_NOUN if word == "个点" else "")


_POINT_NOUN: Final = "".join(LEXICON.grammar.get("point_noun", ()))
_NOT_POINT_NOUN: Final = f"(?![{_POINT_NOUN}])" if _POINT_NOUN else ""


_CHINESE_DIGITS: Final = "".join(sorted(LEXICON.digits))
_DIGIT_CLASS: Final = rf"[0-9{_CHINESE_DIGITS}]"
_SCALE_CHARS: Final = "".join(sorted(LEXICON.scales))
# 千 and 兆 directly before a unit that starts with them (5千米, 万千瓦, 100兆瓦) belong to the unit.
_SCALE_CHAR: Final = rf"(?:[{_SCALE_CHARS}](?<![千兆](?=[瓦米克吨伏卡帕赫])))"
# ASCII commas between groups of exactly three digits; k = thousand. (A full-width comma ends a
# clause in Chinese text, so 20，300 is two figures here; parse_number alone reads it as 20300.)
_ARABIC: Final = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:[kK](?![A-Za-z]))?"
_CHINESE_CHAR: Final = rf"(?:[{_CHINESE_DIGITS}]|{_SCALE_CHAR})"
# Inside a number, 百 before 分 starts a new word (百分之七十百分位: 七十, then 百分位).
_CHINESE: Final = rf"{_CHINESE_CHAR}(?:(?!百分){_CHINESE_CHAR}|点(?=[{_CHINESE_DIGITS}]))*"
# Arabic digits with Chinese scales in between, as one figure (5万4千6百 = 54600, 3亿5千万, 4千6百).
# Taiwan's 主計總處 writes the myriads with a thousands comma: 1,150萬3千人, 1,091萬8,000人.
_MYRIADS: Final = r"(?:\d{1,3},\d{3}|\d{1,4})"
_MIXED: Final = (rf"{_MYRIADS}亿(?:零?\d{{1,4}}万)?(?:零?\d{{1,3}}[千百十])+\d?|{_MYRIADS}(?:\.\d+)?[万亿](?:零?\d{{1,3}}[千百十])+\d?"
          r"|\d千(?:零?\d[百十])+\d?|\d千零\d{1,3}(?![\d.])"
          rf"|{_MYRIADS}万零?(?:\d,\d{{3}}|\d{{1,4}})(?![\d.万亿千百十]|,\d)")
# Scientific notation: 2e5, 1.2×10⁴, 3.5×10^8.
_SCIENTIFIC: Final = r"\d+(?:\.\d+)?(?:[eE][-+]?\d+(?![A-Za-z])|[×xX*]10(?:\^[-+]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^[-+]*\d+)"
# (Each tried only where its mark follows the digits: most numbers are plain.)
# (The lookaheads look no further than a number's length: over a run of digits, from each of its starts,
# an unbounded one would cost the square of the run.)
_NUMBER: Final = rf"(?:(?=\d[\d.,]{{0,64}}[eE×xX*^万亿千])(?:{_SCIENTIFIC}|{_MIXED})|{_ARABIC}|{_CHINESE})"
_SCALE: Final = rf"(?:{_SCALE_CHAR})+"
_RANGE_SEPARATOR: Final = r"——|--|至|到|~|～|-|—|–|－"
_LOOK_ALIKES: Final = LEXICON.look_alikes or {}
# A measure word followed by 次 counts passes or visits, one unit as 人次 is (832万辆次, 1.19亿亩次, 91艘次).
_TIMES_MEASURES: Final = "".join(sorted(unit for unit in LEXICON.units
                                  if len(unit) == 1 and "\u4e00" <= unit <= "\u9fff" and unit not in "次个元倍度天周秒"))
_TIMES_UNITS: Final = [measure + "次" for measure in _TIMES_MEASURES]
_TIMES: Final = rf"(?:(?<=[{_TIMES_MEASURES}])次(?![年日要生级数]))?"
_ALL_UNITS: Final = LEXICON.units + _TIMES_UNITS + list(LEXICON.time_units)
_UNITS: Final = _alternation(LEXICON.units + list(LEXICON.time_units))
_COUNT_UNITS: Final = _alternation(LEXICON.units) + "|" + _alternation(_TIMES_UNITS)
# A unit per unit: 0.6人/百亿元, 27克/千克, 10.36百亿亿次/秒, 42万元/人: unit, "/", a scale, a unit.
_PER: Final = rf"/(?:{_SCALE_CHAR})*(?:{_UNITS})(?:[·・]?[月年日天](?![\p{{Han}}]))?"   # and per month: 310元/人月, 元/人·月
# 过 bounds a bare scale only (过亿, 过万人次: grammar.tsv bound_before_scale): more than one 亿
BEFORE_SCALE_GE: Final = frozenset(LEXICON.grammar.get("bound_before_scale_ge", ()))   # 上万场: at least one 万
BEFORE_SCALE: Final = frozenset(LEXICON.grammar.get("bound_before_scale", ())) | BEFORE_SCALE_GE
BEFORE_HALF: Final = frozenset(LEXICON.grammar.get("bound_before_half", ()))   # 过半: more than half
_BEFORE: Final = _alternation(LEXICON.bounds_before) + (
    "|(?:%s)(?=[千万亿](?![0-9〇零一二两三四五六七八九十百]))" % _alternation(BEFORE_SCALE) if BEFORE_SCALE else "") \
    + "".join("|%s(?=半)" % regex.escape(word) for word in sorted(BEFORE_HALF))   # 过半, 过半数: more than half
_AFTER: Final = _alternation(w for w in LEXICON.bounds_after if w not in ("多", "余"))
# Two neighbouring digits give an estimate (两三个 = 2 to 3, 七八十 = 70 to 80, 三五年 = 3 to 5).
_SMALL: Final = [char for char, value in sorted(LEXICON.digits.items(), key=lambda item: item[1]) if 0 < value < 10]
_PAIRS: Final = _alternation(
    first + second for first in _SMALL for second in _SMALL
    if first in "一两二三四五六七八九" and second in "两二三四五六七八九"
    and (LEXICON.digits[second] == LEXICON.digits[first] + 1 or (first, second) == ("三", "五"))
    and (first, second) not in (("一", "二"), ("一", "两"), ("二", "三"))
) + "|一两"   # but 一二, 二三 count off (二三产业, 二三级公司): they do not estimate
# 成 counts tenths (三成 = 30%, 9成 = 90%) and 折 a price in tenths (八折 = 80%, 75折 = 75%), directly
# after a numeral and not as the first character of a word (成本, 成都, 折旧, 折合).
_TENTHS: Final = (r"(?<=[\d一二两三四五六七八九十半])"
           r"(?:成(?![员果效本都为立功交长熟绩型就品色批套片像渝规])|折(?![合旧算射叠扣返腾服线页纸痕子]))")
# Money in 元 may go on in 角 (毛) and 分, and a cheque ends it with 整.
_MONEY_TAIL: Final = (rf"(?<=[元圆块])(?:(?P<jiao>{_DIGIT_CLASS})[角毛](?![度色落逐]))?"
               rf"(?:零?(?P<fen>{_DIGIT_CLASS})分(?![钟贝之]))?(?:[整正](?!\p{{Han}}))?")
# 半 after a measure word adds a half (一吨半, 两个半月), but not as the start of a word (半导体).
_HALF_WORD_ENDS: Final = "导岛径决数价场山身边球"
_UNIT_HALF: Final = rf"半(?![{_HALF_WORD_ENDS}])"
# The Chinese characters that begin a unit (人, 万千瓦 …)
_UNIT_STARTS: Final = "".join(sorted({unit[0] for unit in LEXICON.units + list(LEXICON.time_units) if "\u4e00" <= unit[0]}))
# A digit after 成 adds hundredths (二成五 = 25%, 七成五的企业 = 75%), unless it counts what follows
# (三成五星级酒店: five-star; 两成三年期: a term): not before a numeral, a unit or a word a numeral begins.
_TENTH_DIGIT: Final = rf"(?<=成)[一二三四五六七八九](?![0-9〇零一二两三四五六七八九十百千万亿点.%{_UNIT_STARTS}星级届号成折倍期类代方])"
# A minus sign where a number starts (not a hyphen between figures: 2020-2025, 1万元-5万元).
# 负 is a minus sign unless it ends a word (减负237亿元 is a relief of 237亿元, not −237亿元).
_NOT_SIGN: Final = "|".join(regex.escape(word[:-1]) for word in _LOOK_ALIKES.get("sign", ["减负"]))
# After a Han character a dash is a minus unless that character ends a figure (a unit, a numeral, 多):
# 「人口自然增长率为-0.99‰」 is negative, 「1万元-5万元」 and 「2020年-2025年」 are ranges.
_ENDS_OF_FIGURES: Final = regex.escape("".join(sorted(
    {unit[-1] for unit in LEXICON.units + list(LEXICON.time_units)} | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
    | set("多余来几半整"))))
# A plus sign opens a change only after a bracket, a space or a clause mark (家居设备及服务(+11.08%)): 1+N is a name.
_SIGN: Final = (rf"(?:(?<![^\s(（,，:：;；、=])|(?<=\p{{Han}})(?<![{_ENDS_OF_FIGURES}]))[-−]|(?<=[\s(（,，:：;；、])\+"
         rf"|(?<!{_NOT_SIGN})负(?={_DIGIT_CLASS})|零下(?={_DIGIT_CLASS})")

# A bound word may be followed by a particle before its number (超过了80, 至少有10个).
_PARTICLES: Final = "了是有为"
_PARTICLE: Final = "|".join(_PARTICLES)
# Every quantity starts with one of these characters; saying so first lets most positions fail at once.
_FIRST: Final = "".join(sorted({word[0] for word in LEXICON.bounds_before} | {word[0] for word in BEFORE_SCALE} | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
                        | set("0123456789半数几负-−零+")))

# Written for `regex` (\p{Han}); run by re, about twice as fast on it, with its classes spelled out as
# `regex` reads them (see cached_regex.for_re).
QUANTITY: Final = re.compile(for_re(
    rf"""
    (?=[{regex.escape(_FIRST)}])
    (?:(?P<before>{_BEFORE})(?:{_PARTICLE})?)?
    (?P<sign>{_SIGN})?
    (?P<vague>[数几](?=[十百千万亿])(?!百分之))?     # 数十亿; not 预测数百分之七
    (?:
        (?:(?=[0-9{_CHINESE_DIGITS}{_SCALE_CHARS}.]{{1,64}}又)(?P<whole>{_NUMBER})又)?(?P<denominator>[一壹][百千万]+|{_NUMBER})分之(?P<numerator>{_NUMBER})(?P<fraction_unit>{_UNITS})?
      | (?<!\d\s)(?P<slash>\d{{1,3}}/\d{{1,3}})(?![\d/万千百亿])(?(before)|(?:(?=的)|(?<=[^\d./][1-9]/[2-9])|(?<=[^\d./][1-9]/10)))
        # 1/3的企业, 约1/3: a share; so is a common fraction alone (占全国1/10, 装载量只达1/3; not 4/23, 2024/25,
        # nor the fraction of a mixed number, 4 6/3)
      | (?P<half>一半|半数|(?<=[逾过超近])半(?![{_HALF_WORD_ENDS}年月天日个小时百壁]))   # 逾半, 过半: half after a bound
      | (?P<half_unit>半)(?=(?P<unit_after_half>{_UNITS}))
      | (?P<pair>{_PAIRS})(?![0-9{_CHINESE_DIGITS}])(?={_SCALE}|{_UNITS})
        (?P<pair_scale>{_SCALE})?(?P<pair_unit>{_UNITS})?
      | (?P<number>{_NUMBER})
        (?P<approx>[多余几]|(?<=[十百千])来(?=[万亿]|(?:{_UNITS})))?     # 十来万人: about 十万
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
        (?(unit)(?P<per>{_PER})?(?P<unit_half>{_UNIT_HALF}|{_TENTH_DIGIT})?)
        (?P<money_tail>(?<=块)(?:零(?P<fen_bare>[一二两三四五六七八九])|(?P<jiao_bare>[一二两三四五六七八九]))(?![\p{{Han}}0-9])|{_MONEY_TAIL})?
        (?P<approx_unit>多(?![出于了]))?     # 100元多; 多出 is a verb
        (?P<points>(?<=个多)百分点)?     # 2个多百分点: 多 inside the measure word
    )
    (?P<after>{_AFTER})?
    """),
    re.VERBOSE,
)
_DIGIT_OR_POINT: Final = frozenset("0123456789.")
# Spaces inside a written number and before its unit (一 百 五 十 个 百 分 点, 四点 五, 10 成, 2 厘米), and one
# line break inside a number (1.35\n亿人次), are dropped before matching, except between two Arabic digits:
# table columns and lines (2024 2025) are separate figures.
_NUMERIC: Final = "".join(sorted(set(_CHINESE_DIGITS + "".join(LEXICON.scales) + "0123456789.点分之个成折%kK")))
# 余 and 多 inside a spaced figure too (十 余 万人).
_NUMERIC_SET: Final = frozenset(_NUMERIC + "余多几又")
_SPACE_IN_NUMBER: Final = regex.compile(rf"(?<=[{_NUMERIC}余多几又])(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?=[{_NUMERIC}余多几又{_UNIT_STARTS}])")
# Digits spaced one by one, as PDF text letter-spaces them (1 2 . 5 万), are one figure where a point
# stands among them or a scale or unit follows: a table's columns are numbers of several digits.
_LETTER_SPACED: Final = re.compile(rf"(?<![\d.])\d(?: [\d.])+(?: \.(?: \d)+| ?[{_SCALE_CHARS}{_UNIT_STARTS}%余多折成])")
_BEFORE_TAILS: Final = frozenset({word[-1] for word in LEXICON.bounds_before} | {word[-1] for word in BEFORE_SCALE | BEFORE_HALF}
                                 | set(_PARTICLES))
_BEFORE_LENGTHS: Final = sorted({len(word) for word in LEXICON.bounds_before} | {len(word) for word in BEFORE_SCALE | BEFORE_HALF},
                                reverse=True)
_ASCII_DIGITS: Final = frozenset("0123456789")
_UNIT_SET: Final = frozenset(_ALL_UNITS)
_NOT_UNIT_WORDS: Final = tuple(_LOOK_ALIKES.get("unit", ["台阶"]))
_NOT_UNIT_FIRSTS: Final = frozenset(word[0] for word in _NOT_UNIT_WORDS)
_LONE_FLOATS: Final = {char: float(value) for char, value in LEXICON.digits.items()}
# The plain figures (see `_plain`), and what may stand around them without changing their reading.
_NOT_PLAIN_BEFORE: Final = frozenset(set("0123456789.-−负零下数几") | _BEFORE_TAILS)
_NOT_PLAIN_AFTER: Final = frozenset(
    set("0123456789.,kK%点多余几来成折半角毛分整正至到~～-—–－下/∶:：eE×又^") | set(_CHINESE_DIGITS) | set(_SCALE_CHARS)
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
        groups.append("|".join(_guarded(word) for word in words))
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
_NUMERAL_CHARS: Final = re.escape("".join(sorted(set(_CHINESE_DIGITS) | set(_SCALE_CHARS) | set("0123456789"))))
_NOT_BEFORE_CLASS, _NOT_AFTER_CLASS = _char_class(_NOT_PLAIN_BEFORE), _char_class(_NOT_PLAIN_AFTER)
# A run of Chinese numerals (十四五, 二十, 千亿) with nothing after it that the full pattern would read on
# into: no numeral, unit, bound, range, tenths or 点 (nor 瓦, 米...: 千瓦 and 兆瓦 take the 千 or 兆). The
# full pattern reads it as its number alone, since no bound word begins with a numeral (else the branch
# is left out) and a pair starting it (五六) is left to it (see _plain_chinese).
_CHINESE_RUN_CHARS: Final = _char_class(set(_CHINESE_DIGITS) | set(_SCALE_CHARS))
_NOT_AFTER_CHINESE_RUN: Final = _char_class(_NOT_PLAIN_AFTER | {unit[0] for unit in _UNIT_SET} | set("瓦米克吨伏卡帕赫")
                                     | {word[0] for word in _RANGE_SEPARATOR.split("|")} | set("点分之下"))
_CHINESE_RUN: Final = (rf"|(?<={_CHINESE_RUN_CHARS})(?<!{_NOT_BEFORE_CLASS}.)(?P<chinese>(?>{_CHINESE_RUN_CHARS}*))"
                rf"(?!{_NOT_AFTER_CHINESE_RUN})"
                if not any(word[0] in _CHINESE_DIGITS + _SCALE_CHARS for word in LEXICON.bounds_before)
                else "|(?P<chinese>(?!))")
_ARABIC_PLAIN: Final = (rf"(?>(?P<more_digits>[0-9]*(?:\.[0-9]+)?)(?P<scale>[万亿]{{0,2}})(?P<unit>{_plain_unit()})?)"
                 rf"(?:(?P<bound_after>{_AFTER})|(?!{_NOT_AFTER_CLASS}))")
_CANDIDATE: Final = re.compile(
    rf"[{_NUMERAL_CHARS}半数几负\-−+](?:"
    rf"(?<=[0-9])(?<!{_NOT_BEFORE_CLASS}.){_ARABIC_PLAIN}"
    rf"|(?<={_char_class(LEXICON.digits)})(?<!{_NOT_BEFORE_CLASS}.)(?P<digit>)"
    rf"(?>(?P<digit_unit>{_plain_unit()})?)(?!{_NOT_AFTER_CLASS})"
    rf"{_CHINESE_RUN}"
    rf"|(?<=[{_NUMERAL_CHARS}半])|(?<=[数几])(?=[十百千万亿])|(?<=[负\-−])(?=[{_NUMERAL_CHARS}])|(?<=[(（]\+)(?=[0-9]))")


# The same plain Arabic figure after a bound word (超过320家, 近12年), matched from its first digit: the full
# pattern matches the bound word (and 了/是/有/为) and then, from that digit, what it matches with none
# before (see _plain_after_bound). Its other groups never take part, so that _plain reads its groups.
_PLAIN_AFTER_BOUND: Final = re.compile(rf"[0-9]{_ARABIC_PLAIN}(?:(?P<digit>)(?P<digit_unit>)(?P<chinese>)(?!))?")

# A run of Chinese numerals longer than any number (numerals.LONGEST): 一二三四五…, 万万万… of a scraped
# page. No quantity is read in it; the full pattern would keep state for each of its characters.
_CHINESE_RUN_SET: Final = frozenset(_CHINESE_DIGITS) | frozenset(_SCALE_CHARS)
_LONG_CHINESE_RUN: Final = re.compile(rf"[{re.escape(''.join(sorted(_CHINESE_RUN_SET)))}点]{{{LONGEST + 1},}}")

_URL: Final = regex.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+")

_SCALE_OR_MORE: Final = frozenset(_SCALE_CHARS + "多余几")
_TIMES_ONLY: Final = frozenset(_TIMES_UNITS) - frozenset(LEXICON.units)


_PAIR_SET: Final = frozenset(_PAIRS.split("|"))
