"""Comparable across documents: the stage after attribution (see stage.py), and `compare` for notebooks.

- indicator.py  the catalogue's canonical indicator name (lexicon/indicators.tsv)
- time.py       year, period_start, period_end, period_kind from the period as written
- doc_date.py   the document's date and year, from its opening lines or an override
- status.py     actual, target or forecast
- units.py      value_std and unit_std (lexicon/unit_conversions.tsv)
- repeats.py    figure_id shared by the mentions of one figure
- api.py        compare(facts, indicator, …) and the indicators table
"""
from .doc_date import dates_for
from .stage import enrich_facts

__all__ = ["enrich_facts", "dates_for"]
