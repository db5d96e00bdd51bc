"""Bare numbers in a 、-list take the unit and scale of the last member (提高20.9、36.2、54个百分点).

>>> from . import find_quantities
>>> [(q.text, q.value, q.unit) for q in find_quantities("产量分别为1.2、3.4万吨")]
[('1.2', 12000.0, '吨'), ('3.4万吨', 34000.0, '吨')]
>>> [(q.text, q.unit) for q in find_quantities("客流量分别突破6.2万、7.7万和14.5万人次")]
[('突破6.2万', '人次'), ('7.7万', '人次'), ('14.5万人次', '人次')]
>>> [(q.text, q.unit) for q in find_quantities("分别高于3个、13.3个和5个百分点")]
[('高于3个', '个百分点'), ('13.3个', '个百分点'), ('5个百分点', '个百分点')]
"""
from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
import re

from ..lexicon import LEXICON
from .quantity import Quantity, _quantity


_LIST_JOINS = frozenset(["、", "和", "与", "及"])
# The scales a list's last member may lend the others (1.2、3.4万吨), as the lexicon values them.
_SHARED_SCALES = {"万": LEXICON.scales["万"], "亿": LEXICON.scales["亿"], "万亿": LEXICON.scales["万"] * LEXICON.scales["亿"]}


def _share_list_units(folded: str, found: list[Quantity], joined: list[int]) -> None:
    """Bare numbers in a list take the unit (and scale) of the last member: 「提高20.9、36.2、54个百分点」
    → 20.9 and 36.2 个百分点, 「分别增长8.3、7.9%」 → 8.3%, 「1.2、3.4万吨」 → 1.2万吨, 「6.2万、7.7万和14.5万人次」
    → 6.2万人次 (in place)."""
    starts = [q.start for q in found]
    for start in reversed(joined):
        index = bisect_right(starts, start) - 1
        if index < 1 or starts[index] != start:
            continue
        last, bare = found[index], found[index - 1]
        if not last.unit or last.chinese or last.value_max is not None or last.ratio:
            continue
        cut_short = bool(bare.unit) and len(bare.unit) < len(last.unit) and last.unit.startswith(bare.unit)
        if bare.unit and not cut_short or bare.chinese or bare.value_max is not None or bare.ratio:
            continue  # (「高于……3个、13.3个和5个百分点」: a measure word cut short is the last member's unit)
        if folded[bare.end:last.start] not in _LIST_JOINS:
            continue
        fields = bare.__dict__.copy()
        fields["unit"] = last.unit
        if cut_short:
            pass  # the number keeps its own value
        elif bare.scaled:
            pass  # 「突破6.2万、7.7万和14.5万人次」: a member with its own scale takes the unit alone
        elif last.scaled:
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
