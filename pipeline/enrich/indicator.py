"""`indicator`: the catalogue's canonical name for what a figure measures, or None.

>>> find_indicator("全省生产总值", "%", "growth_rate")
'地区生产总值'
>>> find_indicator("经济", "%", "growth_rate"), find_indicator("经济", "元", None)
('地区生产总值', None)
>>> find_indicator("全国GDP", "%", "growth_rate")
'国内生产总值'
>>> find_indicator("地区生产总值按", "%", "growth_rate")     # 地区生产总值按增长5%安排
'地区生产总值'
>>> find_indicator("规上工业增加值", "%", "growth_rate")
'规模以上工业增加值'
>>> find_indicator("地区生产总值", "个", None) is None     # 迈上3个台阶: not the GDP figure
True
>>> find_indicator("空气优良天数", "%", "share")            # 空气优良天数比率达83.8%
'空气质量优良天数比率'


The catalogue is `pipeline/lexicon/indicators.tsv`; a metric is looked up whole, once the place
words that open it (全省, 我市, 北京) and quote marks are taken off. Nothing is guessed: a metric
that is no alias gives None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..memo import remember
from ..lexicon import LEXICON, _lines, _table
from .units import dimension

# units that fit any indicator: a rate of change, a share, a multiple, or no unit written
_RELATIVE_UNITS: Final = frozenset({"", "%", "‰", "个百分点", "百分点", "倍"})
_MONEY: Final = frozenset({"CNY", "USD", "EUR", "JPY", "HKD"})   # currency dimensions of unit_conversions.tsv
_CHANGES: Final = frozenset({"growth_rate", "change", "annual_average"})   # stats whose percentage is a change of the indicator
_SCALES: Final = ("万亿", "亿", "千万", "百万", "万")
# quote marks and spaces dropped, full-width brackets and point made half-width: one translate
_QUOTES: Final = str.maketrans("（）．", "().", "“”‘’\"'「」『』《》_ ")
# What _QUOTES changes, looked for first: str.translate with a table costs a dictionary lookup per
# character (7,500 instructions for a metric, compiled), a search a few per character, and most names hold none.
_TRANSLATED: Final = re.compile("[" + re.escape("".join(chr(code) for code in sorted(_QUOTES))) + "]")


@dataclass(frozen=True)
class Indicator:
    code: str
    indicator: str
    indicator_en: str
    unit: str
    scope: str                 # regional, national or any
    national: str | None       # code of the national counterpart of a regional indicator
    aliases: tuple[str, ...]   # as written in the file, @growth_rate marks included


@dataclass(frozen=True)
class Catalogue:
    indicators: tuple[Indicator, ...]
    by_code: dict[str, Indicator]
    names: dict[str, Indicator]          # alias → indicator, any stat
    growth_names: dict[str, Indicator]   # alias → indicator, growth rates only


def parse_catalogue(rows: list[list[str]]) -> Catalogue:
    """The catalogue from indicators.tsv rows; a duplicate alias or code raises ValueError.

    >>> parse_catalogue([["gdp", "地区生产总值", "GRP", "亿元", "regional", "地区生产总值,GDP"],
    ...                  ["x", "X", "X", "个", "any", "GDP"]])
    Traceback (most recent call last):
    ...
    ValueError: alias 'GDP' of x is already an alias of gdp
    """
    indicators: list[Indicator] = []
    names: dict[str, Indicator] = {}
    growth: dict[str, Indicator] = {}
    seen: dict[str, str] = {}
    codes: dict[str, Indicator] = {}
    for row in rows:
        code, name, english, unit, scope, aliases = row
        scope, _, national = scope.partition(":")
        entry = Indicator(code, name, english, unit, scope, national or None, tuple(aliases.split(",")))
        if code in codes:
            raise ValueError(f"code {code!r} appears twice")
        codes[code] = entry
        indicators.append(entry)
        for alias in entry.aliases:
            plain, _, only = alias.partition("@")
            key = normalise(plain)
            if key in seen:
                raise ValueError(f"alias {plain!r} of {code} is already an alias of {seen[key]}")
            seen[key] = code
            (growth if only == "growth_rate" else names)[key] = entry
    return Catalogue(tuple(indicators), codes, names, growth)


_CATALOGUE_MEMO: Final[dict[None, Catalogue]] = {}  # catalogue's memo (memo.py)


def catalogue() -> Catalogue:
    found = _CATALOGUE_MEMO.get(None)
    return found if found is not None else remember(_CATALOGUE_MEMO, None, _catalogue_read())


def _catalogue_read() -> Catalogue:
    """catalogue, read (its memo keeps what it gives)."""
    return parse_catalogue(_table("indicators.tsv"))


def normalise(name: str) -> str:
    """A name as looked up: quote marks, spaces and PM_2.5's underscore taken off, full-width folded.

    >>> normalise("专精特新“小巨人”企业"), normalise("PM_2.5平均浓度")
    ('专精特新小巨人企业', 'PM2.5平均浓度')
    """
    return name.translate(_QUOTES) if _TRANSLATED.search(name) else name


_OPENERS_MEMO: Final[dict[None, tuple[tuple[str, ...], tuple[str, ...]]]] = {}  # _openers's memo (memo.py)


def _openers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(place words, national words) that may open a metric, longest first."""
    found = _OPENERS_MEMO.get(None)
    return found if found is not None else remember(_OPENERS_MEMO, None, _openers_read())


def _openers_read() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """_openers, read (its memo keeps what it gives)."""
    places = set(_lines("place_words.txt")) | set(LEXICON.regions) | set(LEXICON.cities)
    national = set(_lines("national_words.txt"))
    return (tuple(sorted(places, key=len, reverse=True)), tuple(sorted(national, key=len, reverse=True)))


_OPENER_PATTERNS_MEMO: Final[dict[None, tuple[_Opener, _Opener]]] = {}  # _opener_patterns's memo (memo.py)


def _opener_patterns() -> tuple[_Opener, _Opener]:
    """(national words, place words) as openers (see _Opener), longest first.

    >>> national, places = _opener_patterns()
    >>> national.opening("全国GDP"), places.opening("全省生产总值"), places.opening("生产总值")
    (2, 2, 0)
    """
    found = _OPENER_PATTERNS_MEMO.get(None)
    return found if found is not None else remember(_OPENER_PATTERNS_MEMO, None, _opener_patterns_read())


def _opener_patterns_read() -> tuple[_Opener, _Opener]:
    """_opener_patterns, read (its memo keeps what it gives)."""
    places, national = _openers()
    return _Opener(national), _Opener(places)


class _Opener:
    """The length of the longest of some words a name starts with (0 for none), by a set lookup per
    word length, longest first: what an alternation of the words sorted longest first matches at
    the name's start, without trying each word in turn."""

    def __init__(self, words) -> None:
        self.words = frozenset(word for word in words if word)
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[0], set()).add(len(word))
        # by first character: a name that starts with none of the words' (most names) costs one lookup
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def opening(self, name: str) -> int:
        lengths = self.lengths.get(name[:1])
        if lengths:
            words = self.words
            for length in lengths:
                if length <= len(name) and name[:length] in words:
                    return length
        return 0


_TAILS_MEMO: Final[dict[None, tuple[str, ...]]] = {}  # _tails's memo (memo.py)


def _tails() -> tuple[str, ...]:
    found = _TAILS_MEMO.get(None)
    return found if found is not None else remember(_TAILS_MEMO, None, _tails_read())


def _tails_read() -> tuple[str, ...]:
    """_tails, read (its memo keeps what it gives)."""
    return tuple(sorted(_lines("metric_tails.txt"), key=len, reverse=True))


def base_unit(unit: str) -> str:
    """The catalogue's unit without its scale: 亿元 → 元, 万人次 → 人次, 万千瓦 → 千瓦.

    >>> base_unit("亿元"), base_unit("万人次"), base_unit("千瓦"), base_unit("%")
    ('元', '人次', '千瓦', '%')
    """
    for scale in _SCALES:
        if unit.startswith(scale) and len(unit) > len(scale):
            return unit[len(scale):]
    return unit


def fits(unit: str | None, expected: str, stat: str | None = None) -> bool:
    """Whether a figure in `unit` can be a value of an indicator reported in `expected`.

    >>> fits("人", "万人"), fits("斤", "万吨"), fits("%", "亿元", "growth_rate"), fits("个", "亿元"), fits("家", "个")
    (True, True, True, False, True)
    >>> fits("美元", "亿元"), fits("人", "亿元")
    (True, False)

    A percentage of an indicator not measured in percent is its rate of change, or else a share
    of something (税收占一般公共预算收入比重超75%): not the indicator's value.
    >>> fits("%", "亿元", None), fits("%", "亿元", "share"), fits("%", "%", None), fits("个百分点", "亿元")
    (False, False, True, False)
    """
    unit = unit or ""
    if unit in ("%", "‰") and stat not in _CHANGES and base_unit(expected) not in ("%", "‰"):
        return False
    if unit in ("个百分点", "百分点") and base_unit(expected) not in ("%", "‰"):
        return False  # 占比提升10.6个百分点, 高于全国0.8个百分点: a share's or a rate's change
    if unit in _RELATIVE_UNITS:
        return True
    want = base_unit(expected)
    if dimension(unit) in _MONEY and dimension(want) in _MONEY:
        return True  # 实际使用外资33.8亿美元: an amount in another currency is still the amount
    return unit == want or dimension(unit) == dimension(want)


def own_subject(subject: str | None, region: str | None) -> bool | None:
    """Whether a figure's subject is the document's own place (全省, 我市, 北京 in a Beijing report):
    True; the country (全国): None; a part or another place (脱贫地区, 宁波舟山港, 东盟): False. In a
    document about no one region (a news page: region None) every subject is its own (川渝两地).

    >>> own_subject("全省", "浙江省"), own_subject("陕西", "陕西省"), own_subject("全国", "北京市"), own_subject("东盟", "广西壮族自治区")
    (True, True, None, False)
    >>> own_subject("川渝两地", None)
    True
    """
    if not subject:
        return True
    _places, national_words = _openers()
    name = normalise(subject)
    if name in national_words:
        return None
    if name in _place_words():
        return True
    if region is None:
        return True
    full = LEXICON.regions.get(name) or (name + "市" if name in LEXICON.cities else name)
    return full == region


_PLACE_WORDS_MEMO: Final[dict[None, frozenset[str]]] = {}  # _place_words's memo (memo.py)


def _place_words() -> frozenset[str]:
    found = _PLACE_WORDS_MEMO.get(None)
    return found if found is not None else remember(_PLACE_WORDS_MEMO, None, _place_words_read())


def _place_words_read() -> frozenset[str]:
    """_place_words, read (its memo keeps what it gives)."""
    return frozenset(_lines("place_words.txt"))


def lookup(metric: str | None, stat: str | None = None, subject: str | None = None,
           region: str | None = None) -> Indicator | None:
    """The catalogue entry a metric names, whatever its unit (see find_indicator).

    >>> lookup("全省生产总值").code == lookup("地区生产总值").code, lookup("生产总值", None, "全国").indicator
    (True, '国内生产总值')
    """
    if not metric:
        return None
    if _own_subject(subject, region) is False:  # 脱贫地区农村居民人均可支配收入, 对东盟进出口: not the region's indicator
        return None
    entry, national = _named(metric, stat == "growth_rate")
    if entry is not None and entry.national and (national or _national_subject(subject)):
        entry = catalogue().by_code[entry.national]
    return entry


# a subject and a region are few in a document and across documents: their reading is kept
_OWN_SUBJECT_MEMO: Final[dict[tuple[str | None, str | None], bool | None]] = {}


def _own_subject(subject: str | None, region: str | None) -> bool | None:
    """own_subject, kept (memo.py)."""
    key = (subject, region)
    if key in _OWN_SUBJECT_MEMO:
        return _OWN_SUBJECT_MEMO[key]
    return remember(_OWN_SUBJECT_MEMO, key, own_subject(subject, region), 4096)


_NATIONAL_SUBJECT_MEMO: Final[dict[str | None, bool]] = {}  # _national_subject's memo (memo.py)


def _national_subject(subject: str | None) -> bool:
    """Whether a figure's subject is the country (全国): its entry is then the national one."""
    found = _NATIONAL_SUBJECT_MEMO.get(subject)
    return found if found is not None else remember(_NATIONAL_SUBJECT_MEMO, subject, _national_subject_read(subject))


def _national_subject_read(subject: str | None) -> bool:
    """_national_subject, read (its memo keeps what it gives)."""
    return subject is not None and normalise(subject) in _openers()[1]


# _named's memos (memo.py), for rates and for other figures: a text alone is a key cheaper to look up
_NAMED_MEMO: Final[dict[str, tuple[Indicator | None, bool]]] = {}
_NAMED_GROWTH_MEMO: Final[dict[str, tuple[Indicator | None, bool]]] = {}


def _named(metric: str, growth: bool) -> tuple[Indicator | None, bool]:
    """(the entry `metric` names, whether a national word opened it): what the metric's words alone
    say, whatever its subject, so that a metric met again under another subject is not read again.

    >>> _named("全国GDP", True)[0].indicator, _named("全国GDP", True)[1], _named("经济", False)[0]
    ('地区生产总值', True, None)
    """
    memo = _NAMED_GROWTH_MEMO if growth else _NAMED_MEMO
    found = memo.get(metric)
    return found if found is not None else remember(memo, metric, _named_read(metric, growth))


def _named_read(metric: str, growth: bool) -> tuple[Indicator | None, bool]:
    """_named, read (its memo keeps what it gives)."""
    book = catalogue()
    name = normalise(metric)
    if name.endswith(_tail_tuple()):
        for tail in _tails():
            if name.endswith(tail) and len(name) > len(tail) + 1:
                name = name[: -len(tail)]
                break
    national = False
    entry = None
    national_opener, place_opener = _opener_patterns()
    for _ in range(4):  # 全国…, 全省…, 全年…: at most a few openers, the name whole first
        entry = book.names.get(name) or (book.growth_names.get(name) if growth else None)
        if entry is not None:
            break
        opener = national_opener.opening(name)
        if opener and opener < len(name):
            name, national = name[opener:], True
            continue
        opener = place_opener.opening(name)
        if not opener or opener == len(name):
            break
        name = name[opener:]
    return entry, national


_TAIL_TUPLE_MEMO: Final[dict[None, tuple[str, ...]]] = {}  # _tail_tuple's memo (memo.py)


def _tail_tuple() -> tuple[str, ...]:
    found = _TAIL_TUPLE_MEMO.get(None)
    return found if found is not None else remember(_TAIL_TUPLE_MEMO, None, _tail_tuple_read())


def _tail_tuple_read() -> tuple[str, ...]:
    """_tail_tuple, read (its memo keeps what it gives)."""
    return tuple(_tails())


def find_indicator(metric: str | None, unit: str | None = None, stat: str | None = None,
                   subject: str | None = None, region: str | None = None) -> str | None:
    """The canonical indicator name of a metric, or None when no entry fits (name, unit or subject:
    a figure about a part of the document's region, or another place, is not the region's indicator)."""
    entry = lookup(metric, stat, subject, region)
    if metric and unit in ("%", "‰") and (entry is None or not fits(unit, entry.unit, stat)):
        for suffix in _share_suffixes():  # 空气优良天数比率达83.8%: the sentence took 比率 for the stat
            entry = lookup(metric + suffix, stat, subject, region)
            if entry is not None and fits(unit, entry.unit, stat):
                return entry.indicator
        return None
    if entry is None or not fits(unit, entry.unit, stat):
        return None
    return entry.indicator


_SHARE_SUFFIXES_MEMO: Final[dict[None, tuple[str, ...]]] = {}  # _share_suffixes's memo (memo.py)


def _share_suffixes() -> tuple[str, ...]:
    found = _SHARE_SUFFIXES_MEMO.get(None)
    return found if found is not None else remember(_SHARE_SUFFIXES_MEMO, None, _share_suffixes_read())


def _share_suffixes_read() -> tuple[str, ...]:
    """_share_suffixes, read (its memo keeps what it gives)."""
    return tuple(sorted(_lines("share_suffixes.txt"), key=len, reverse=True))
