"""cnstats: tidy tables of statistics from Chinese reports, bulletins and news.

>>> from pipeline import parse_number, find_quantities
>>> parse_number("一百二十三点五万")
1235000.0
>>> [(q.text, q.value, q.unit, q.bound) for q in find_quantities("归集数据200多亿条")]
[('200多亿条', 20000000000.0, '条', 'gt')]
"""
__all__ = ["parse_number", "find_quantities", "Quantity", "compare", "indicators_table", "extract"]
__version__ = "0.2.0"

from . import native as _native

_native.install()   # the compiled hot path where it is built and up to date, else the sources (native.py)

from . import pattern_cache as _pattern_cache

_pattern_cache.install()   # compiled patterns read from a file, not compiled again (pattern_cache.py)

# The stages are imported when first used, not with the package: a run with nothing to do, and
# the process that only hands documents to worker processes, never need them (~0.2 s of CPU).
_LAZY = {"parse_number": "numerals", "find_quantities": "quantities", "Quantity": "quantities",
         "compare": "enrich.api", "indicators_table": "enrich.api", "extract": "api"}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = globals()[name] = getattr(import_module(f".{module}", __name__), name)
    return value
