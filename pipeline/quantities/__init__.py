"""Find quantities in text: number, scale, unit, bound and range, with offsets.

>>> [(q.text, q.value, q.unit, q.bound) for q in find_quantities("归集数据200多亿条")]
[('200多亿条', 20000000000.0, '条', 'gt')]
>>> [(q.text, q.value, q.value_max, q.unit) for q in find_quantities("3万至5万人")]
[('3万至5万人', 30000.0, 50000.0, '人')]

Every quantity is returned, with `kind` saying what it is: "statistic" for what the facts table
holds, otherwise date, period, ordinal, name or other (see `classify`).

Besides number + scale + unit + bound, the scanner reads: ratios, one quantity a term (4.0∶37.7∶58.3 in
%, the 2.9 of 2.9∶1; `ratio` is set on them), doublings (翻一番 = a growth of 100%, 翻两番 = 300%), 对折/半折 (50%) and
半成 (5%), a unit per unit (0.6人/百亿元, 10.36百亿亿次/秒), a measure word with 次 (832万辆次), and bare
numbers in a 、-list, which take the unit and scale of the last member (提高20.9、36.2、54个百分点).

>>> [(q.text, q.value, q.unit) for q in find_quantities("城乡居民收入比由2.9∶1缩小至2.52∶1，研发投入翻一番")
...  if q.kind == "statistic"]
[('2.9', 2.9, ''), ('2.52', 2.52, ''), ('翻一番', 100.0, '%')]

Matching runs on a folded copy of the text (full-width to ASCII, traditional to simplified) of the
same length, so offsets and `text` refer to the string given.

Modules: scan (find_quantities, scan_quantities: where figures start and which reading takes them),
patterns (the patterns, from the lexicon's units, scales and bound words), read (a match of the full
pattern as a Quantity), plain (the fast paths for plain figures), values (numbers, fractions, ranges),
ratios (ratios and figures written as words), lists (units shared along a 、-list), quantity (the type).
"""
from __future__ import annotations

from .patterns import QUANTITY
from .quantity import Quantity
from .scan import find_quantities, scan_quantities
from .values import clear_caches

__all__ = ["Quantity", "find_quantities", "scan_quantities", "clear_caches", "QUANTITY"]
