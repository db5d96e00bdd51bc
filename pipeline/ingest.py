"""Find input files, name them, and decode their bytes, or say why they cannot be read.

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
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

TEXT_SUFFIXES = (".txt", ".text", ".md", ".htm", ".html", ".csv")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_8"]
_CONTROL_ALLOWED = {9, 10, 12, 13, 27}


@dataclass(frozen=True)
class InputFile:
    """One file to read: where it is, as given, and the id its rows carry."""

    path: str
    doc_id: str


@dataclass(frozen=True)
class Decoded:
    """The text of a file's bytes, or why there is none."""

    text: str | None
    encoding: str | None
    error: str | None = None


def doc_id_for(path: Path, root: Path | None) -> str:
    """The contract's doc_id: path below the input folder, POSIX, no extension.

    >>> doc_id_for(Path("data/raw/2025/chuanyu.txt"), Path("data/raw"))
    '2025/chuanyu'
    >>> doc_id_for(Path("elsewhere/bulletin.txt"), None)
    'bulletin'
    """
    if root is None:
        return path.stem
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return str(relative.with_suffix("")) if relative.suffix else str(relative)


def list_inputs(paths: list[str | os.PathLike]) -> tuple[list[InputFile], list[str]]:
    """Every file under the given folders (recursed, sorted) and the files named directly.

    Returns the files and the problems with the paths themselves (a path that does not exist),
    which the caller reports as a usage error. Hidden files and folders are skipped.
    """
    found: dict[str, InputFile] = {}
    problems: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in sorted(_walk(path)):
                doc_id = doc_id_for(file, path)
                found.setdefault(doc_id, InputFile(str(file), doc_id))
        elif path.exists() or path.is_symlink():
            found.setdefault(path.stem, InputFile(str(path), path.stem))
        else:
            problems.append(f"no such file or folder: {given}")
    return sorted(found.values(), key=lambda f: f.doc_id), problems


def _walk(root: Path):
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                yield Path(folder) / name


def read_bytes(path: str) -> tuple[bytes | None, str | None]:
    """The file's bytes, or a reason a person can act on."""
    try:
        with open(path, "rb") as handle:
            return handle.read(), None
    except PermissionError:
        return None, f"cannot read {path}: permission denied (check the file's permissions)"
    except IsADirectoryError:
        return None, f"cannot read {path}: it is a folder"
    except FileNotFoundError:
        return None, f"cannot read {path}: the file disappeared or is a broken link"
    except OSError as error:
        return None, f"cannot read {path}: {error.strerror or error}"


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a document's bytes; never raises."""
    if not raw:
        return Decoded(None, None, "empty file (0 bytes): nothing to read")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                return Decoded(None, None, f"starts with a {encoding} byte-order mark but byte {error.start} "
                                           "is not valid in that encoding: re-save the file as UTF-8")
    control_share = _control_share(raw)
    if control_share > 0.05:
        return Decoded(None, None, f"not text: {control_share:.0%} of bytes are control characters "
                                   "(a binary file such as a PDF, image or archive? extract its text first)")
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(raw)


def _detect(raw: bytes) -> Decoded:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        from_bytes = None
    if from_bytes is not None:
        best = from_bytes(raw, cp_isolation=_CHINESE_ENCODINGS).best()
        if best is not None:
            encoding = codecs.lookup(best.encoding).name
            try:
                return _checked(raw.decode(encoding), encoding)
            except UnicodeDecodeError:
                pass
    for encoding in ("gb18030", "big5"):
        try:
            return _checked(raw.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return Decoded(None, None, "undecodable: the bytes are not UTF-8, UTF-16, GB18030 or Big5 text "
                               "(re-save the file as UTF-8)")


def _control_share(raw: bytes) -> float:
    sample = raw[:65536]
    control = sum(1 for byte in sample if byte < 32 and byte not in _CONTROL_ALLOWED)
    return control / len(sample)


def _checked(text: str, encoding: str) -> Decoded:
    """Reject text that decoded but is not readable: mostly replacement or private-use characters."""
    if not text.strip():
        return Decoded(None, encoding, "no text: the file holds only white space")
    sample = text[:20000]
    odd = sum(1 for char in sample if char == "\ufffd" or "\ue000" <= char <= "\uf8ff" or (char < " " and char not in "\t\n\r\f"))
    if odd / len(sample) > 0.05:
        return Decoded(None, encoding, f"not readable as {encoding}: {odd / len(sample):.0%} of characters "
                                       "are control, private-use or replacement characters")
    return Decoded(text, encoding)
