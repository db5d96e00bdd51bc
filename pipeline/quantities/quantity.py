"""The `Quantity` type: one figure found in text, with its offsets, value, unit and bound.

>>> Quantity("3万人", 0, 3, 30000.0, None, "人", "eq").with_kind("statistic").value
30000.0
>>> _made(0, 2, 5, "%", "eq", "5", False, False, "5%。", None).text
'5%'
"""
from __future__ import annotations

from dataclasses import dataclass, field


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

_NEW = object.__new__
_SET = object.__setattr__


def _quantity(values: dict) -> Quantity:
    """Quantity(**values), without the frozen dataclass's cost per field (values name every field)."""
    quantity = _NEW(Quantity)
    _SET(quantity, "__dict__", values)
    return quantity


def _made(start: int, end: int, value, unit: str, bound: str, number_text: str, chinese: bool, ratio: bool,
          original: str, to_original, scaled: bool = False) -> Quantity:
    """A quantity of one value from `start` to `end` in the scanned text (offsets taken back to `original`)."""
    if to_original is not None:
        start, end = to_original(start), to_original(end - 1) + 1
    return _quantity({
        "text": original[start:end], "start": start, "end": end, "value": float(value), "value_max": None,
        "unit": unit, "bound": bound, "kind": "statistic", "number_text": number_text, "chinese": chinese,
        "scaled": scaled, "ratio": ratio})
