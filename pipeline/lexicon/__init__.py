"""Language knowledge, loaded once from the data files beside this module.

The engine asks this module for word lists; it never spells a word list out itself.

>>> LEXICON.bounds_after["以上"]
'ge'
>>> LEXICON.units.index("个百分点") < LEXICON.units.index("个")     # longest first
True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The data files lie beside this module (the package is never imported from a zip archive, see
# batch.fingerprint): read by path, which spares every process importing importlib.resources.
_HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    text = (_HERE / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(line.strip())
    return rows


def _table(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


@dataclass(frozen=True)
class Lexicon:
    digits: dict[str, int]
    scales: dict[str, int]
    units: list[str]
    time_units: dict[str, str]
    bounds_before: dict[str, str]
    bounds_after: dict[str, str]
    stats_before: dict[str, str]
    fixed_words: list[str]
    subjects: list[str]
    regions: dict[str, str]          # any name, full or short → full name
    region_full_names: list[str]
    trim_both: list[str]
    trim_prefix: list[str]
    trim_suffix: list[str]
    heads: list[str]
    verbs: list[str]
    periods: list[str]
    declines: list[str]
    paragraph_openers: list[str] = ()
    code_words: list[str] = ()
    name_heads: list[str] = ()
    rank_words: list[str] = ()
    discourse_nouns: list[str] = ()
    class_units: list[str] = ()
    page_labels_before: list[str] = ()
    page_labels_after: list[str] = ()
    # Attribution (pipeline.attribute): see README.md for each file.
    object_verbs: list[str] = ()
    comparisons: list[str] = ()
    place_suffixes: list[str] = ()
    level_nouns: list[str] = ()
    cities: list[str] = ()
    counties: list[str] = ()
    organisations: dict[str, str] = None    # organisations.tsv less organisation_exclusions.txt: name → kind
    sights: list[str] = ()
    industries: list[str] = ()
    hk_macau_taiwan: list[str] = ()
    contractions: dict[str, list[str]] = None
    generic_nouns: list[str] = ()
    measure_units: list[str] = ()
    action_verbs: list[str] = ()
    org_suffixes: list[str] = ()
    look_alikes: dict[str, list[str]] = None     # look_alikes.tsv: kind → words (unit, sign, …)
    capitals: dict[str, int] = None              # numerals.tsv role capital: digits of a number alone
    implied_units: dict[str, str] = None         # implied_units.tsv: head noun → the unit it implies
    unit_symbols: dict[str, str] = None          # unit_symbols.tsv: ㎡ → 平方米
    unit_spellings: dict[str, str] = None        # unit_spellings.tsv: 平米 → 平方米
    unit_nouns: dict[str, str] = None            # unit_nouns.tsv: 平方米 → 面积, what a unit measures
    grammar: dict[str, list[str]] = None         # grammar.tsv: kind → function words, in file order
    # Tables in text (pipeline.table): table_words.tsv kind → words, table_stats.tsv word → stat.
    table_words: dict[str, list[str]] = None
    table_stats: dict[str, str] = None
    english_terms: dict[str, str] = None         # english_terms.tsv: a yearbook row's English label → its Chinese name


@lru_cache(maxsize=1)
def load() -> Lexicon:
    digits, scales = {}, {}
    capitals = {}
    for char, value, role in _table("numerals.tsv"):
        {"digit": digits, "capital": capitals}.get(role, scales)[char] = int(value)
    bounds_before, bounds_after = {}, {}
    for word, position, bound in _table("bounds.tsv"):
        (bounds_before if position == "before" else bounds_after)[word] = bound
    stats_before = {word: stat for word, stat, _where in _table("stats.tsv")}
    regions: dict[str, str] = {}
    full_names = []
    for row in _table("regions.txt"):
        full = row[0]
        full_names.append(full)
        regions[full] = full
        for short in (row[1].split(",") if len(row) > 1 else []):
            regions.setdefault(short, full)
    trim_both, trim_prefix, trim_suffix = [], [], []
    for row in _table("metric_verbs.txt"):
        if len(row) == 2 and row[0] == "prefix":
            trim_prefix.append(row[1])
        elif len(row) == 2 and row[0] == "suffix":
            trim_suffix.append(row[1])
        else:
            trim_both.append(row[0])
    return Lexicon(
        digits=digits,
        scales=scales,
        capitals=capitals,
        units=_longest_first(_lines("units.txt")),
        time_units={row[0]: row[1] for row in _table("time_units.tsv")},
        bounds_before=bounds_before,
        bounds_after=bounds_after,
        stats_before=stats_before,
        fixed_words=_longest_first(_lines("fixed_words.txt")),
        subjects=_longest_first(_lines("subjects.txt")),
        regions=regions,
        region_full_names=full_names,
        trim_both=_longest_first(trim_both),
        trim_prefix=_longest_first(trim_prefix),
        trim_suffix=_longest_first(trim_suffix),
        heads=_longest_first(_lines("heads.txt")),
        verbs=_longest_first(_lines("verbs.txt")),
        periods=_longest_first(_lines("periods.txt")),
        declines=_longest_first(_lines("declines.txt")),
        paragraph_openers=_longest_first(_lines("paragraph_openers.txt")),
        code_words=_longest_first(_lines("code_words.txt")),
        name_heads=_longest_first(_lines("name_heads.txt")),
        rank_words=_longest_first(_lines("rank_words.txt")),
        discourse_nouns=_longest_first(_lines("discourse_nouns.txt")),
        class_units=_longest_first(_lines("class_units.txt")),
        page_labels_before=_longest_first(r[1] for r in _table("page_labels.txt") if r[0] == "before"),
        page_labels_after=_longest_first(r[1] for r in _table("page_labels.txt") if r[0] == "after"),
        object_verbs=_longest_first(_lines("object_verbs.txt")),
        comparisons=_longest_first(_lines("comparisons.txt")),
        place_suffixes=_longest_first(_lines("place_suffixes.txt")),
        level_nouns=_longest_first(_lines("level_nouns.txt")),
        cities=_longest_first(_lines("cities.txt")),
        counties=_longest_first(_lines("counties.txt")),
        organisations=_organisations(),
        sights=_longest_first(_lines("sights.txt")),
        industries=_longest_first(_lines("industries.txt")),
        hk_macau_taiwan=_longest_first(_lines("hk_macau_taiwan.txt")),
        contractions={row[0]: row[1].split(",") for row in _table("contractions.tsv")},
        generic_nouns=_longest_first(_lines("generic_nouns.txt")),
        measure_units=_longest_first(_lines("measure_units.txt")),
        action_verbs=_longest_first(_lines("action_verbs.txt")),
        org_suffixes=_longest_first(_lines("org_suffixes.txt")),
        look_alikes=_look_alikes(),
        implied_units={row[0]: row[1] if len(row) > 1 else "" for row in _table("implied_units.tsv")},
        unit_symbols={row[0]: row[1] for row in _table("unit_symbols.tsv")},
        unit_spellings={row[0]: row[1] for row in _table("unit_spellings.tsv")},
        unit_nouns={row[0]: row[1] for row in _table("unit_nouns.tsv")},
        grammar=_grammar(),
        table_words=_kinds("table_words.tsv"),
        table_stats={word: stat for word, stat in _table("table_stats.tsv")},
        english_terms={english: chinese for english, chinese in _table("english_terms.tsv")},
    )


def _organisations() -> dict[str, str]:
    """organisations.tsv (name → kind: company, bank, port, airport, fair, body), less the names of
    organisation_exclusions.txt (common words, a country's sector: 太阳能, 中国建筑)."""
    excluded = set(_lines("organisation_exclusions.txt"))
    return {row[0]: row[1] for row in _table("organisations.tsv") if row[0] not in excluded}


def _grammar() -> dict[str, list[str]]:
    """grammar.tsv by kind; a line's word may be punctuation (，), so only the kind and tab are split off."""
    kinds: dict[str, list[str]] = {}
    for line in (_HERE / "grammar.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, word = line.partition("\t")
        kinds.setdefault(kind, []).append(word)
    return kinds


def _look_alikes() -> dict[str, list[str]]:
    return _kinds("look_alikes.tsv")


def _kinds(name: str) -> dict[str, list[str]]:
    """A two-column file of kind and word: kind → its words, longest first."""
    kinds: dict[str, list[str]] = {}
    for kind, word in _table(name):
        kinds.setdefault(kind, []).append(word)
    return {kind: _longest_first(words) for kind, words in kinds.items()}


LEXICON = load()
