"""cnstats: tidy tables of statistics from Chinese reports, bulletins and news.

>>> from pipeline import parse_number, find_quantities
>>> parse_number("一百二十三点五万")
1235000.0
>>> [(q.text, q.value, q.unit, q.bound) for q in find_quantities("归集数据200多亿条")]
[('200多亿条', 20000000000.0, '条', 'gt')]
"""
from .numerals import parse_number
from .quantities import Quantity, find_quantities

__all__ = ["parse_number", "find_quantities", "Quantity"]
__version__ = "0.1.0"
