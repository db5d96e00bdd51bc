"""Read input files and decode their bytes, or say why they cannot be read (listing: `pipeline.listing`).

>>> decode_bytes("川渝两地".encode("gb18030")).encoding
'gb18030'
>>> decode_bytes(b"").error
'empty file (0 bytes): nothing to read'
>>> decode_bytes(b"\\x00\\x01\\x02\\x03PK\\x03\\x04").error.startswith("not text:")
True

Decoding tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, then
charset-normalizer's best guess among the encodings Chinese text arrives in (GB18030, Big5,
UTF-16). A result that is not readable Chinese or Latin text is rejected with the reason.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass

import regex

from .listing import (DEFAULT_MAX_BYTES, InputFile, check_file, doc_id_for, find_inputs, kind_of,  # noqa: F401
                      os_error, printable)
from .script import fold_script

__all__ = ["InputFile", "doc_id_for", "list_inputs", "read_bytes", "decode_bytes", "sha256_of", "printable"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_8"]
_CONTROL_ALLOWED = {9, 10, 12, 13, 27}
# replacement, private-use, control (re: a class of ranges, scanned faster than by `regex`)
_ODD = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0e-\x1f]+")
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in _CONTROL_ALLOWED)  # deleted to count the rest
_HAN = regex.compile(r"\p{Han}")
# First bytes of binary formats people hand to a text pipeline by mistake, and what to do instead.
_MAGIC = {
    b"%PDF-": ("a PDF file", "give it as a PDF file, which is read by its own reader"),
    b"\x89PNG\r\n\x1a\n": ("a PNG image", "run OCR on it first and give the text file"),
    b"\xff\xd8\xff": ("a JPEG image", "run OCR on it first and give the text file"),
    b"GIF8": ("a GIF image", "run OCR on it first and give the text file"),
    b"PK\x03\x04": ("a ZIP archive (not a .docx or .xlsx file)", "unpack it first"),
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": ("an old Microsoft Office file (.ppt, or a damaged .doc: not an .xls workbook)",
                                         "save it as .docx (or its text as .txt)"),
    b"\x1f\x8b": ("a gzip archive", "unpack it first"),
    b"Rar!": ("a RAR archive", "unpack it first"),
    b"7z\xbc\xaf\x27\x1c": ("a 7-Zip archive", "unpack it first"),
    b"{\\rtf": ("an RTF document", "save it as plain text first"),
    b"\x7fELF": ("a program (ELF executable)", "give a text file instead"),
}


@dataclass(frozen=True)
class Decoded:
    """The text of a file's bytes, or why there is none."""

    text: str | None
    encoding: str | None
    error: str | None = None


def list_inputs(paths: list[str | os.PathLike]) -> tuple[list[InputFile], list[str]]:
    """Every file under the given folders (recursed) and the files named directly, one per file
    with a unique doc_id (see `pipeline.listing`), sorted by doc_id; and the problems with the
    paths themselves (a path that does not exist), which the caller reports as a usage error.
    """
    listing = find_inputs(paths)
    return listing.files, listing.problems


def read_bytes(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[bytes | None, str | None]:
    """The file's bytes, or a reason a person can act on.

    Only a regular file no larger than `max_bytes` is read: a named pipe, a device or a socket
    is refused without waiting on it (opened non-blocking, checked before reading).
    """
    shown = printable(path)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        return None, os_error(shown, error)
    try:
        status = os.fstat(handle)
        kind = kind_of(status.st_mode)
        if kind is not None:
            return None, f"cannot read {shown}: it is {kind}, not a regular file"
        if max_bytes is not None and status.st_size > max_bytes:
            return None, check_file(path, max_bytes)[1] or f"too large: {shown}"
        with open(handle, "rb", closefd=False) as stream:
            return stream.read(), None
    except OSError as error:
        return None, os_error(shown, error)
    finally:
        os.close(handle)


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a document's bytes; never raises.

    >>> decode_bytes("兩地參保人數分別達到9226萬人，同比增長百分之三點二。".encode("big5")).encoding
    'big5'
    >>> decode_bytes(b"%PDF-1.7\\n%\\xe2\\xe3\\xcf\\xd3\\n1 0 obj").error
    'a PDF file, not text: give it as a PDF file, which is read by its own reader'
    """
    if not raw:
        return Decoded(None, None, "empty file (0 bytes): nothing to read")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                return Decoded(None, None, f"starts with a {encoding} byte-order mark but byte {error.start} "
                                           "is not valid in that encoding: re-save the file as UTF-8")
    kind = _binary_kind(raw)
    if kind is not None:
        return Decoded(None, None, kind)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _checked(raw.decode(utf16), utf16)
    control_share = _control_share(raw)
    if control_share > 0.05:
        return Decoded(None, None, f"not text: {control_share:.0%} of bytes are control characters "
                                   "(a binary file such as an image, archive or office document? "
                                   "save or extract it as plain text first)")
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(raw)


def _binary_kind(raw: bytes) -> str | None:
    """Name a binary format from its first bytes, with what to do about it."""
    for magic, (name, advice) in _MAGIC.items():
        if raw.startswith(magic):
            return f"{name}, not text: {advice}"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the zero bytes of ASCII characters sit on one side.

    Chinese text in UTF-16 still has digits, punctuation and line breaks, whose high byte is 0.
    """
    if len(raw) < 4 or len(raw) % 2:
        return None
    sample = raw[:65536]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even + odd < max(2, len(sample) // 50):
        return None
    if odd >= 9 * even:
        encoding = "utf-16-le"
    elif even >= 9 * odd:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    readable = sum(1 for char in text if char.isprintable() or char in "\t\n\r")
    return encoding if readable >= 0.95 * len(text) else None


def _detect(raw: bytes) -> Decoded:
    """GB18030 or Big5 (or what charset-normalizer finds): the reading with more common characters wins.

    Both encodings accept most byte pairs of the other, so strict decoding alone cannot tell them
    apart. Read in the wrong one, real text turns into rare characters; read in the right one it is
    mostly the few thousand characters of everyday writing (GB2312 level 1, after folding
    traditional to simplified). On a tie GB18030 wins, the mainland default.
    """
    candidates: dict[str, str] = {}
    for encoding in ("gb18030", "big5", "big5hkscs"):
        try:
            candidates.setdefault(raw.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    guessed = _charset_normalizer_guess(raw)
    if guessed is not None and guessed[1] not in candidates.values():
        candidates.setdefault(guessed[0], guessed[1])
    if not candidates:
        return Decoded(None, None, "undecodable: the bytes are not UTF-8, UTF-16, GB18030 or Big5 text "
                                   "(re-save the file as UTF-8)")
    scored = sorted(((common_share(text), -order, text, encoding)
                     for order, (text, encoding) in enumerate(candidates.items())), reverse=True)
    share, _order, text, encoding = scored[0]
    han = len(_HAN.findall(text[:20000]))
    if han >= 20 and share < 0.5:
        return Decoded(None, None, f"undecodable: not UTF-8, and read as {encoding} only {share:.0%} of its "
                                   "Chinese characters are common ones, so it is not GB18030 or Big5 text "
                                   "either (re-save the file as UTF-8)")
    return _checked(text, encoding)


def _charset_normalizer_guess(raw: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return None
    best = from_bytes(raw[:200000], cp_isolation=_CHINESE_ENCODINGS).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name
    try:
        return raw.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return None


def common_share(text: str) -> float:
    """Share of the Han characters that are everyday ones (GB2312 level 1 once folded to simplified).

    >>> round(common_share("兩地基本養老保險參保人數"), 2)
    1.0
    >>> common_share("abc")
    0.0
    """
    han = _HAN.findall(text[:20000])
    if not han:
        return 0.0
    folded = fold_script("".join(han))
    common = 0
    for char in folded:
        try:
            encoded = char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7:
            common += 1
    return common / len(han)


def _control_share(raw: bytes) -> float:
    sample = raw[:65536]
    control = len(sample.translate(None, _NOT_CONTROL))
    return control / len(sample)


def _checked(text: str, encoding: str) -> Decoded:
    """Reject text that decoded but is not readable: mostly replacement or private-use characters."""
    if not text.strip():
        return Decoded(None, encoding, f"no text: the file holds only white space ({len(text)} characters)")
    sample = text[:20000]
    odd = sum(map(len, _ODD.findall(sample)))
    if odd / len(sample) > 0.05:
        return Decoded(None, encoding, f"not readable as {encoding}: {odd / len(sample):.0%} of characters "
                                       "are control, private-use or replacement characters")
    return Decoded(text, encoding)
