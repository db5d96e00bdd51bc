"""Read one cardinal number written in Chinese, Arabic or mixed numerals.

>>> parse_number("一百二十三点五万")
1235000.0
>>> parse_number("两千零五")
2005.0
>>> parse_number("二〇二五")
2025.0
>>> parse_number("1.1万")
11000.0
>>> parse_number("第十一") is None
True

Values are computed with `Decimal`, so 2.3亿 is exactly 230000000.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from .lexicon import LEXICON
from .script import fold_script, fold_width

DIGITS = {char: Decimal(value) for char, value in LEXICON.digits.items()}
SCALES = {char: Decimal(value) for char, value in LEXICON.scales.items()}
SMALL_SCALES = {char: value for char, value in SCALES.items() if value < 10000}
_ARABIC = regex.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_NEGATIVE = ("负", "-", "−", "－")


def parse_decimal(text: str) -> Decimal | None:
    """The exact value of one cardinal number, or None.

    >>> parse_decimal("2.3亿")
    Decimal('230000000.0')
    >>> parse_decimal("三千五")      # colloquial: the digit after the last scale is one place lower
    Decimal('3500')
    """
    return read_folded(fold_script(fold_width(text)).strip())


def read_folded(text: str) -> Decimal | None:
    """parse_decimal for text already folded to simplified script and half width."""
    if not text:
        return None
    sign = Decimal(1)
    if text.startswith(_NEGATIVE):
        sign, text = Decimal(-1), text[1:].lstrip()
        if text.startswith(("-", "−")):
            return None
    if text.startswith("正"):
        text = text[1:]
    tokens = _tokenize(text)
    if not tokens:
        return None
    value = _evaluate(tokens)
    return None if value is None else sign * value


def parse_number(text: str) -> float | None:
    """The value of one cardinal number as a float, or None when the string is not one.

    >>> parse_number("5.2万亿")
    5200000000000.0
    """
    value = parse_decimal(text)
    return None if value is None else float(value)


def _tokenize(text: str) -> list | None:
    """Split into Decimal numbers, scale characters and the decimal point 点."""
    tokens: list = []
    position = 0
    while position < len(text):
        match = _ARABIC.match(text, position)
        if match:
            try:
                tokens.append(Decimal(match.group().replace(",", "")))
            except InvalidOperation:
                return None
            position = match.end()
            continue
        char = text[position]
        if char in DIGITS:
            tokens.append(("digit", DIGITS[char], char))
        elif char in SCALES:
            tokens.append(("scale", SCALES[char], char))
        elif char == "点" or char == "點":
            tokens.append(("point", None, char))
        else:
            return None
        position += 1
    return tokens


def _evaluate(tokens: list) -> Decimal | None:
    kinds = [token[0] if isinstance(token, tuple) else "arabic" for token in tokens]
    if "scale" not in kinds and "point" not in kinds:
        if kinds == ["arabic"]:
            return tokens[0]
        if all(kind == "digit" for kind in kinds):
            # 二〇二五: digit by digit, as years and codes are read
            return Decimal("".join(str(int(token[1])) for token in tokens))
        return None
    if kinds.count("point") > 1:
        return None
    if "point" in kinds:
        return _evaluate_with_point(tokens, kinds)
    return _evaluate_scaled(tokens)


def _evaluate_with_point(tokens: list, kinds: list[str]) -> Decimal | None:
    """一百二十三点五万: integer part, then decimal digits, then trailing scales."""
    point = kinds.index("point")
    after = tokens[point + 1:]
    fraction_digits = []
    while after and isinstance(after[0], tuple) and after[0][0] == "digit":
        fraction_digits.append(str(int(after.pop(0)[1])))
    if not fraction_digits:
        return None
    if any(not (isinstance(token, tuple) and token[0] == "scale") for token in after):
        return None
    whole = _evaluate_scaled(tokens[:point]) if point else Decimal(0)
    if whole is None:
        return None
    value = whole + Decimal("0." + "".join(fraction_digits))
    for token in after:
        value *= token[1]
    return value


def _evaluate_scaled(tokens: list) -> Decimal | None:
    """Positional reading with sections: 三亿五千万 → 350000000; 一万五 → 15000."""
    total = Decimal(0)      # everything above the current 亿 section
    myriads = Decimal(0)    # the 万 part inside the current 亿 section
    section = Decimal(0)    # below 万
    number: Decimal | None = None
    last_scale = None
    previous_kind = None
    had_zero = False
    for token in tokens:
        if not isinstance(token, tuple):
            if number is not None:
                return None
            number = token
            previous_kind = "number"
            continue
        kind, value, char = token
        if kind == "digit":
            if value == 0:
                had_zero = True
                previous_kind = "zero"
                continue
            if number is not None and previous_kind in ("number", "digit"):
                return None      # two digits in a row inside a scaled number
            number = value
            previous_kind = "digit"
            continue
        # a scale character
        if value < 10000:
            if last_scale is not None and last_scale < 10000 and value >= last_scale and previous_kind == "scale":
                return None      # 百千 and the like
            section += (number if number is not None else Decimal(1)) * value
        elif value == 10000:
            amount = section + (number if number is not None else Decimal(0))
            if amount == 0 and myriads == 0:
                amount = Decimal(1)
            if amount == 0:
                return None
            myriads = myriads * value if amount == 0 else amount * value
            section = Decimal(0)
        else:  # 亿 and above
            amount = myriads + section + (number if number is not None else Decimal(0))
            if amount == 0:
                amount = Decimal(1) if total == 0 else Decimal(0)
            if amount == 0:
                total *= value   # 万亿 written as 亿 after 万: handled through myriads, so this is 亿亿
            else:
                total = (total + amount) * value
            myriads = Decimal(0)
            section = Decimal(0)
        number = None
        last_scale = value
        previous_kind = "scale"
        had_zero = False
    if number is not None and previous_kind == "digit" and last_scale is not None and last_scale >= 100 and not had_zero:
        # 一万五, 三千五: the trailing digit counts in the next lower place
        number *= last_scale / 10
    return total + myriads + section + (number if number is not None else Decimal(0))
