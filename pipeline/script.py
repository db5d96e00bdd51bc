"""Character folding that keeps every offset: one character in, one character out.

>>> fold_width("１２３．４％，增长")
'123.4%，增长'
>>> fold_script("兩地參保人數9226萬人")
'两地参保人数9226万人'

Chinese punctuation (，。：；！？) keeps its full-width form, since it marks clauses (but a full-width
comma between full-width digit groups, １，２３４, is a thousands separator and folds to ","); letters,
digits and symbols fold to ASCII. Traditional characters fold to simplified with OpenCC, one
character for one character, so that text read from the folded copy has the same offsets.
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Final

from .memo import remember
from .lexicon import _lines

KEEP_FULL_WIDTH: Final = set("，。：；！？（）【】「」『』、《》“”‘’")
_WIDTH_TABLE: Final = {}
for _code in range(0xFF01, 0xFF5F):
    _char = chr(_code)
    if _char not in KEEP_FULL_WIDTH:
        _folded = unicodedata.normalize("NFKC", _char)
        if len(_folded) == 1:
            _WIDTH_TABLE[_code] = _folded
_WIDTH_TABLE.update({0x3000: " ", 0xFE6A: "%", 0xA0: " "})
# Most text has few characters to fold: find them first, and translate only when there are any.
_TO_FOLD: Final = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_WIDTH_TABLE)) + "]")


# A full-width comma between full-width digit groups (１１１，１１１) was typed in full-width mode, where it
# separates thousands; after ASCII digits it ends a clause (「$20，300美圆」 is two prices).
_FULL_WIDTH_THOUSANDS: Final = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def fold_width(text: str) -> str:
    """Full-width letters, digits and symbols to ASCII; the length is unchanged.

    >>> fold_width("１１１，１１１个百分点，20，300")
    '111,111个百分点，20，300'
    """
    first = _TO_FOLD.search(text)
    if first is None:
        return text
    at = first.start()
    folded = text[:at] + _TO_FOLD.sub(_fold_match, text[at:])     # (the text before is searched already)
    if "，" in text:
        commas = [match.start() for match in _FULL_WIDTH_THOUSANDS.finditer(text)]
        if commas:
            characters = list(folded)
            for position in commas:
                characters[position] = ","
            folded = "".join(characters)
    return folded


def _fold_match(match) -> str:
    return _WIDTH_TABLE[ord(match.group())]


@lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    converter = _converter()
    if converter is None:
        return char
    folded = converter.convert(char)
    return folded if len(folded) == 1 else char


def traditional_ranges() -> list[str]:
    """The characters of the CJK blocks OpenCC's t2s changes on its own (about 4,000), as runs of
    code points (see _ranges): what `lexicon/traditional_chars.txt` lists, computed from the installed
    OpenCC (tests/test_clean.py checks that they agree; `python -m pipeline.script` rewrites the file)."""
    converter = _converter()
    chars = [chr(code) for block in _CJK_BLOCKS for code in range(block[0], block[1] + 1)]
    converted = converter.convert("\n".join(chars)).split("\n")
    return list(_ranges([char for char, simple in zip(chars, converted) if char != simple]))


_TRADITIONAL_FILE: Final = Path(__file__).resolve().parent / "lexicon" / "traditional_chars.txt"


_TRADITIONAL_MEMO: Final[dict[None, re.Pattern]] = {}  # _traditional's memo (memo.py)


def _traditional() -> re.Pattern:
    """A search for any character OpenCC's t2s changes on its own, from the precomputed list (reading
    it costs a fraction of converting the CJK blocks, and no OpenCC is loaded for simplified text);
    from OpenCC itself where the list is missing."""
    found = _TRADITIONAL_MEMO.get(None)
    return found if found is not None else remember(_TRADITIONAL_MEMO, None, _traditional_read())


def _traditional_read() -> re.Pattern:
    """_traditional, read (its memo keeps what it gives)."""
    try:
        listed = _lines(_TRADITIONAL_FILE.name)
    except OSError:
        listed = []
    return re.compile("[" + "".join(listed or traditional_ranges()) + "]")


_HAS_OPENCC_MEMO: Final[dict[None, bool]] = {}  # _has_opencc's memo (memo.py)


def _has_opencc() -> bool:
    """Whether OpenCC can be imported, without loading its dictionaries."""
    found = _HAS_OPENCC_MEMO.get(None)
    return found if found is not None else remember(_HAS_OPENCC_MEMO, None, _has_opencc_read())


def _has_opencc_read() -> bool:
    """_has_opencc, read (its memo keeps what it gives)."""
    return importlib.util.find_spec("opencc") is not None


def _ranges(chars: list[str]):
    """Runs of consecutive code points as character-class ranges (a shorter class compiles faster).

    >>> list(_ranges(["萬", "並", "丟", "丠"]))
    ['丟-丠', '並', '萬']
    """
    codes = sorted(ord(char) for char in chars)
    index = 0
    while index < len(codes):
        last = index
        while last + 1 < len(codes) and codes[last + 1] == codes[last] + 1:
            last += 1
        first_char, last_char = re.escape(chr(codes[index])), re.escape(chr(codes[last]))
        yield first_char if last == index else f"{first_char}-{last_char}"
        index = last + 1


_CJK_BLOCKS: Final = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def fold_script(text: str) -> str:
    """Traditional characters to simplified, one for one, so offsets still hold.

    Text with no traditional character is returned as it is, without running the converter (most
    documents are simplified: the search costs a fraction of a conversion).
    """
    if text.isascii() or not _has_opencc() or _traditional().search(text) is None:
        return text
    converter = _converter()
    if converter is None:
        return text
    folded = converter.convert(text)
    if len(folded) == len(text):
        return folded
    return "".join(_fold_char(char) for char in text)


_TO_FOLD_EITHER_MEMO: Final[dict[None, re.Pattern | None]] = {}  # _to_fold_either's memo (memo.py)


def _to_fold_either() -> re.Pattern | None:
    """A search for any character that fold_width or fold_script would change (None without OpenCC)."""
    if None in _TO_FOLD_EITHER_MEMO:
        return _TO_FOLD_EITHER_MEMO[None]
    return remember(_TO_FOLD_EITHER_MEMO, None, _to_fold_either_read())


def _to_fold_either_read() -> re.Pattern | None:
    """_to_fold_either, read (its memo keeps what it gives)."""
    if not _has_opencc():
        return None
    return re.compile(_TO_FOLD.pattern[:-1] + _traditional().pattern[1:])


def fold(text: str) -> str:
    """fold_script(fold_width(text)); text with nothing to fold (most text) is found so in one search.

    >>> fold("兩地參保人數９２２６萬人"), fold("增长5%")
    ('两地参保人数9226万人', '增长5%')
    """
    either = _to_fold_either()
    if either is not None and either.search(text) is None:
        return text
    return fold_script(fold_width(text))


if __name__ == "__main__":  # rewrite lexicon/traditional_chars.txt from the installed OpenCC
    import opencc

    _TRADITIONAL_FILE.write_text(
        f"# characters OpenCC {getattr(opencc, '__version__', '')} t2s changes on their own, as runs of code points"
        " (written by python -m pipeline.script)\n" + "\n".join(traditional_ranges()) + "\n", encoding="utf-8")
