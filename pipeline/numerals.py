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

The grammar, as a reader of Chinese figures applies it:
- scales group by myriads: the largest scale splits the number (三亿五千万 = 3·10⁸ + 5000·10⁴), and
  scales written together multiply (四万万 = 4·10⁸, 4.78万亿 = 4.78·10¹²);
- a lone digit after a scale counts one place lower (一万五 = 15000, 三千五 = 3500, 百三 = 130,
  万九 = 19000), unless 零 stands between (一千零五 = 1005); 个 may stand before a myriad (两个亿);
- digits without any scale are read digit by digit (二〇二五 = 2025, 一一 = 11), and so are three or more
  before a scale, as Taiwan writes amounts (一八八一亿 = 1881亿; 八九亿, two, is an estimate);
- 点 starts the decimals, and scales after them multiply (十二点五万 = 125000);
- 分之 writes a fraction, denominator first (五分之一 = 0.2, 百分之三点五 = 0.035), 又 joins a whole part;
- 负 or a minus sign negates; 多, 余, 几 and 来 after a digit or scale mark an inexact figure and read as
  its lower end (二十几万 = 200000); Arabic numbers may carry thousands separators, an exponent
  (2e5, 2^5, 1.2×10⁴) or the suffix k.

A numeral longer than MAX_NUMERAL_CHARS characters (a run of a thousand 万, a 10,000-digit
string), or one whose value a float cannot hold, is not a statistic: it reads as None, so no fact
is made of it, and reading it costs time in proportion to its length at most.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext
from typing import Final

from .cached_regex import compile_for_re as _compiled
from .lexicon import LEXICON
from .script import fold_script, fold_width

DIGITS: Final = {char: Decimal(value) for char, value in {**LEXICON.digits, **LEXICON.capitals}.items()}
SCALES: Final = {char: Decimal(value) for char, value in LEXICON.scales.items()}
MYRIAD: Final = Decimal(10000)

# The grammar words of numerals (not vocabulary: they structure a number, as 点 and 分之 do).
POINT: Final = "点"
FRACTION: Final = "分之"
AND: Final = "又"
HALF: Final = "半"
NEGATIVE: Final = ("负", "-", "−", "－", "﹣")
POSITIVE: Final = ("正", "+")
INEXACT: Final = frozenset("多余几来")
THOUSAND: Final = ("k", "K")
MEASURE: Final = "个"
MYRIADS: Final = ("万", "亿")
# The longest numeral read (一千二百三十四万五千六百七十八亿…: about 30 characters; 1,234,567,890.12:
# 16): longer runs of digits and scales are serial numbers, codes or noise, not statistics.
MAX_NUMERAL_CHARS: Final = 48
_LARGEST: Final = Decimal("1e30")      # beyond this, not a statistic (a float would soon be inf)

# Patterns written for `regex`, run by re (faster per call), with \d and \s as regex reads them.
_ARABIC: Final = _compiled(r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_SCIENTIFIC: Final = _compiled(r"(?P<mantissa>\d+(?:\.\d*)?|\.\d+)[eE](?P<exponent>[-+]?\d+)")
_TIMES_TEN: Final = _compiled(r"(?P<mantissa>\d+(?:\.\d+)?)[×xX*]10(?:\^(?P<exponent>[-+]?\d+)|(?P<raised>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))")
_RAISED: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_POWER: Final = _compiled(r"(?P<base>\d+(?:\.\d+)?)\^(?P<signs>[-+]*)(?P<exponent>\d+)")
_MIXED: Final = _compiled(r"(?P<whole>\d+)\s+(?P<numerator>\d+)/(?P<denominator>\d+)")
_SLASH: Final = _compiled(r"(?P<numerator>\d+(?:\.\d+)?)/(?P<denominator>\d+(?:\.\d+)?)")
_SPACE: Final = _compiled(r"\s+")
_SIMPLE: Final = _compiled(r"(?P<number>\d+(?:\.\d+)?)(?P<scale>[万亿]?)")


def parse_decimal(text: str) -> Decimal | None:
    """The exact value of one cardinal number, or None.

    >>> parse_decimal("2.3亿")
    Decimal('230000000.0')
    >>> parse_decimal("三千五")      # colloquial: the digit after the last scale is one place lower
    Decimal('3500')
    >>> parse_decimal("负3分之负一百五十七").quantize(Decimal("0.01"))
    Decimal('52.33')
    """
    return read_folded(fold_script(fold_width(text)).strip())


def parse_number(text: str) -> float | None:
    """The value of one cardinal number as a float, or None when the string is not one.

    >>> parse_number("5.2万亿")
    5200000000000.0

    A percentage reads as the number printed, as `find_quantities` gives it with unit %: 百分之五点四
    and 5.4% are both 5.4 (千分之三 and 3‰ are 3). Money written in capitals reads as its amount in 元
    (壹拾壹元整 = 11, 叁佰元伍角 = 300.5).

    >>> parse_number("百分之五点四"), parse_number("5.4%"), parse_number("壹拾壹元整")
    (5.4, 5.4, 11.0)

    None says the string is not one cardinal number: two numbers (十一十二), an ordinal (第十一), a
    word around the number (增长5%), a scale alone (万), or an empty string.

    >>> parse_number("十一十二") is None, parse_number("第十一") is None, parse_number("增长5%") is None
    (True, True, True)
    """
    if not text:
        return None
    folded = fold_script(fold_width(text)).strip()
    sign, body = _sign(folded)
    percent = _PERCENT.fullmatch(body)
    if percent:
        value = read_folded(percent["spelled"] or percent["number"])
    else:
        money = _MONEY.fullmatch(body)
        value = _money(money) if money else read_folded(body)
    return None if value is None else float(sign * value)


# A percentage (百分之五点四, 5.4%, 千分之三, 3‰) and money in 元 with its 角 and 分 (壹拾壹元整, 叁佰元伍角).
_PERCENT: Final = _compiled(r"(?:百分之|千分之)(?P<spelled>[^分之]+)|(?P<number>[^%‰]+)[%‰]")
_MONEY: Final = _compiled(r"(?P<number>[^元圆]+)[元圆](?:(?P<jiao>[^角]+)角)?(?:零?(?P<fen>[^分]+)分)?[整正]?")


def _money(match) -> Decimal | None:
    value = read_folded(match["number"])
    for part, size in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        if value is not None and match[part]:
            digit = read_folded(match[part])
            value = None if digit is None or digit >= 10 else value + digit * size
    return value


def read_folded(text: str) -> Decimal | None:
    """parse_decimal for text already folded to simplified script and half width.

    >>> read_folded("1" + "万" * 1000) is None, read_folded("9" * 400) is None, read_folded("四万万")
    (True, True, Decimal('400000000'))
    """
    if not text or len(text) > MAX_NUMERAL_CHARS:
        return None
    value = _read_folded(text)
    if value is None or not value.is_finite() or abs(value) >= _LARGEST:
        return None
    return value


def _read_folded(text: str) -> Decimal | None:
    if text.isdigit() and text.isascii():
        return Decimal(text)                     # most figures: 2025, 64
    simple = _SIMPLE.fullmatch(text)
    if simple:                                   # 64.1, 64.1万, 2.3亿
        value = Decimal(simple["number"])
        return value * SCALES[simple["scale"]] if simple["scale"] else value
    mixed = _MIXED.fullmatch(text)
    if mixed:   # 1 3/5: a whole number and a fraction, written apart
        fraction = _divide(Decimal(mixed["numerator"]), Decimal(mixed["denominator"]))
        return None if fraction is None else Decimal(mixed["whole"]) + fraction
    text = _SPACE.sub("", text)
    sign, text = _sign(text)
    if sign is None or not text:
        return None
    free = _signed_free(text)
    return None if free is None else sign * free


def _sign(text: str) -> tuple[Decimal, str]:
    if text.startswith(NEGATIVE):
        rest = text[1:]
        if rest.startswith(NEGATIVE):      # --9: a typing slip, still one sign
            rest = rest.lstrip("".join(NEGATIVE))
        return Decimal(-1), rest
    if text.startswith(POSITIVE):
        return Decimal(1), text[1:]
    return Decimal(1), text


def _signed_free(text: str) -> Decimal | None:
    """A number after its sign: a whole part joined by 又, a fraction, or a plain number."""
    if AND in text:
        whole_text, _, fraction_text = text.partition(AND)
        whole = _plain(whole_text)
        fraction = _fraction(fraction_text)
        if whole is None or fraction is None:
            return None
        return whole + fraction
    if FRACTION in text or "/" in text:
        return _fraction(text)
    return _plain(text)


def _fraction(text: str) -> Decimal | None:
    """五分之一 (denominator first), 3/5 (numerator first); either side may be negative."""
    if FRACTION in text:
        denominator_text, _, numerator_text = text.partition(FRACTION)
        denominator = _signed_part(denominator_text)
        numerator = _signed_part(numerator_text)
    else:
        slash = _SLASH.fullmatch(text)
        if not slash:
            return None
        numerator, denominator = Decimal(slash["numerator"]), Decimal(slash["denominator"])
    if numerator is None or denominator is None:
        return None
    return _divide(numerator, denominator)


def _signed_part(text: str) -> Decimal | None:
    sign, text = _sign(text)
    value = _plain(text) if text else None
    return None if value is None or sign is None else sign * value


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    if denominator == 0:
        return None
    with localcontext() as context:
        context.prec = 34
        return numerator / denominator


def _plain(text: str) -> Decimal | None:
    """One unsigned number without fraction: Arabic, Chinese or mixed, with decimals and scales."""
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific:
        return Decimal(text)
    times_ten = _TIMES_TEN.fullmatch(text)
    if times_ten:      # 1.2×10⁴ = 12000
        exponent = int(times_ten["exponent"] or times_ten["raised"].translate(_RAISED))
        return Decimal(times_ten["mantissa"]).scaleb(exponent) if abs(exponent) <= 64 else None
    power = _POWER.fullmatch(text)
    if power:
        exponent = int(power["exponent"]) * (-1 if power["signs"].count("-") % 2 else 1)
        if exponent > 64:
            return None
        with localcontext() as context:
            context.prec = 34
            return Decimal(power["base"]) ** exponent
    tokens = _tokenize(text)
    if not tokens:
        return None
    return _evaluate(tokens)


# Tokens: ("arabic", Decimal), ("digit", Decimal), ("zero", 0), ("scale", Decimal),
# ("point", None), ("half", 0.5); inexact markers are dropped where they may stand.
def _tokenize(text: str) -> list | None:
    tokens: list = []
    position = 0
    while position < len(text):
        match = _ARABIC.match(text, position)
        if match:
            try:
                value = Decimal(match.group().replace(",", "").replace("，", ""))
            except InvalidOperation:
                return None
            if tokens and tokens[-1][0] == "arabic":
                return None
            position = match.end()
            if text[position:position + 1] in THOUSAND:     # 40k
                value *= 1000
                position += 1
            tokens.append(("arabic", value))
            continue
        char = text[position]
        if char in DIGITS:
            tokens.append(("zero", DIGITS[char]) if DIGITS[char] == 0 else ("digit", DIGITS[char]))
        elif char in SCALES:
            tokens.append(("scale", SCALES[char]))
        elif char == POINT:
            tokens.append(("point", None))
        elif char == HALF and not tokens:
            tokens.append(("half", Decimal("0.5")))
        elif char == MEASURE and tokens and tokens[-1][0] in ("digit", "arabic") \
                and text[position + 1:position + 2] in MYRIADS:
            pass     # 两个亿: a measure word between a digit and its myriad, as speech puts it
        elif char in INEXACT and tokens and tokens[-1][0] in ("digit", "arabic", "scale", "zero") \
                and not any(token[0] == "point" for token in tokens):
            pass     # 二十几万, 500余万, 四百多: read as the lower end
        else:
            return None
        position += 1
    return tokens


# The run of Chinese numerals the quantity scan skips without reading (万万万…, 一二三四… from a scraped
# page): longer than any number (read_folded reads none over MAX_NUMERAL_CHARS characters), and
# matching it with the full pattern would cost memory per character.
LONGEST: Final = 64


def _evaluate(tokens: list) -> Decimal | None:
    kinds = [token[0] for token in tokens]
    if "point" in kinds:
        if kinds.count("point") > 1:
            return None
        return _with_point(tokens, kinds.index("point"))
    if kinds[0] == "half":     # 半百 = 50
        if len(tokens) == 2 and kinds[1] == "scale":
            return tokens[0][1] * tokens[1][1]
        return None
    if "half" in kinds:
        return None
    return _integer(tokens)


def _with_point(tokens: list, point: int) -> Decimal | None:
    """一百二十三点五万: the whole part, the decimal digits, then scales that multiply."""
    whole_tokens, after = tokens[:point], tokens[point + 1:]
    if not whole_tokens:
        return None
    digits = []
    index = 0
    while index < len(after) and after[index][0] in ("digit", "zero"):
        digits.append(str(int(after[index][1])))
        index += 1
    if not digits and index < len(after) and after[index][0] == "arabic" and "." not in str(after[index][1]):
        digits.append(_arabic_digits(after[index][1]))   # 一百点123
        index += 1
    if not digits:
        return None
    scales = after[index:]
    if any(kind != "scale" for kind, _value in scales):
        return None
    whole = _integer(whole_tokens)
    if whole is None or any(kind == "arabic" for kind, _value in whole_tokens) and not _is_integer(whole):
        return None
    value = whole + Decimal("0." + "".join(digits))
    for _kind, scale in scales:
        value *= scale
    return value


def _arabic_digits(value: Decimal) -> str:
    return format(value, "f")


def _is_integer(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _integer(tokens: list) -> Decimal | None:
    """A whole number from digits, zeros, Arabic numbers and scales."""
    if not tokens:
        return None
    scales = [value for kind, value in tokens if kind == "scale"]
    if not scales:
        return _digit_by_digit(tokens)
    largest = max(scales)
    if largest < MYRIAD:
        return _section(tokens)
    split = max(index for index, (kind, value) in enumerate(tokens) if kind == "scale" and value == largest)
    left, right = tokens[:split], tokens[split + 1:]
    while left and left[-1][0] == "zero":      # 一百零几万: the zero stood before a dropped 几
        left = left[:-1]
    if not left:
        if len(tokens) == 2 and tokens[1][0] == "digit":
            return largest + tokens[1][1] * largest / 10   # 万九 = 一万九 = 19000, as speech clips it
        return None                            # 万, 万万 alone: a word, not a number
    if len(left) == 2 and not any(kind == "scale" for kind, _value in left):
        return None                            # 八九亿: two digits before a scale are an estimate, not 89亿
    if len(left) > 2 and any(kind == "arabic" for kind, _value in left) \
            and not any(kind == "scale" for kind, _value in left):
        return None
    high = _integer(left)
    if high is None:
        return None
    low = _lower_part(right, largest)
    if low is None:
        return None
    return high * largest + low


def _lower_part(tokens: list, scale: Decimal) -> Decimal | None:
    """What follows a scale: 零 and a smaller number, or a lone digit one place lower (一万五)."""
    if not tokens:
        return Decimal(0)
    zero = tokens[0][0] == "zero"
    while tokens and tokens[0][0] == "zero":
        tokens = tokens[1:]
    if not tokens:
        return None      # 一万零: a zero with nothing after it
    if not zero and len(tokens) == 1 and tokens[0][0] == "digit":
        return tokens[0][1] * scale / 10
    value = _integer(tokens)
    if value is None or value >= scale:
        return None
    return value


def _section(tokens: list) -> Decimal | None:
    """Below 万: 二百五十, 一千零五, 两千四百五 (= 2450), 百三 (= 130), 零十 (= 10)."""
    total = Decimal(0)
    pending: Decimal | None = None
    pending_kind = None
    last_scale: Decimal | None = None
    zero = False
    for kind, value in tokens:
        if kind == "zero":
            if pending is not None:
                return None
            zero = True
            continue
        if kind in ("digit", "arabic"):
            if pending is not None:
                return None
            pending, pending_kind = value, kind
            continue
        if last_scale is not None and value >= last_scale:
            return None      # 十一十二, 百千: not one number
        total += (pending if pending is not None else Decimal(1)) * value
        pending, pending_kind, last_scale, zero = None, None, value, False
    if pending is not None:
        if pending_kind == "digit" and last_scale is not None and last_scale >= 100 and not zero:
            pending = pending * last_scale / 10
        elif last_scale is not None and pending >= last_scale:
            return None
        total += pending
    elif zero and last_scale is None:
        return None
    return total


def _digit_by_digit(tokens: list) -> Decimal | None:
    """二〇二五, 一一, 零一: digits without scales, as years and codes are read; or one Arabic number."""
    if len(tokens) == 1 and tokens[0][0] == "arabic":
        return tokens[0][1]
    if all(kind in ("digit", "zero") for kind, _value in tokens):
        return Decimal("".join(str(int(value)) for _kind, value in tokens))
    return None
