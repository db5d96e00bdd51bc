"""Which reader a file's bytes need: by content first, by the file's extension when content is silent.

>>> detect_format(b"%PDF-1.7\\n...", "report.txt")
'pdf'
>>> detect_format("<!DOCTYPE html><html><body>增长5%</body></html>".encode(), "page.txt")
'html'
>>> detect_format("地区\\t生产总值\\n重庆\\t3.2万亿".encode(), "gdp.tsv"), detect_format(b"plain", "a.txt")
('csv', 'txt')

A page saved as one file (.mhtml: MIME headers, then multipart/related) is told by its headers.
A ZIP file is an office document when its directory names `word/document.xml` (docx) or
`xl/workbook.xml` (xlsx); an OLE compound file (Office 97–2003) is an old Word file (doc) when it
holds a `WordDocument` stream, an .xls workbook when it holds a `Workbook` stream. Any other binary goes
to the text reader, which says what it is and what to do about it (an image: run OCR; an archive:
unpack it; a .ppt: save as .docx).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from .mhtml import looks_like_mhtml

FORMATS = ("txt", "html", "mhtml", "pdf", "docx", "doc", "xlsx", "xls", "csv")
_EXTENSIONS = {".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
               ".pdf": "pdf",
               ".docx": "docx", ".doc": "doc", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".csv": "csv", ".tsv": "csv"}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(?:html|body|head|div|p|br|table|span|meta)\b", re.IGNORECASE)


def detect_format(raw: bytes, name: str = "") -> str:
    """One of FORMATS; "txt" for anything the other readers cannot take (the text reader rejects binaries)."""
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return _office_kind(raw) or "txt"
    if raw.startswith(_OLE):
        suffix = PurePath(name).suffix.lower()
        if _WORD_STREAM in raw and suffix != ".xls":     # (a chart in a .doc holds a workbook stream of its own)
            return "doc"
        workbook = _WORKBOOK_STREAM in raw or _BOOK_STREAM in raw or suffix == ".xls"
        return "xls" if workbook else "txt"  # (a .ppt: rejected, with why; a damaged .xls: the .xls reader says so)
    extension = _EXTENSIONS.get(PurePath(name).suffix.lower())
    if extension in ("pdf", "docx", "doc", "xlsx", "xls"):
        return "txt"                     # named so but not so inside: the text reader says what it is
    if looks_like_mhtml(raw):
        return "mhtml"
    if _looks_like_html(raw):
        return "html"
    return extension or "txt"


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# the names of an .xls file's workbook stream in the compound file's directory (UTF-16LE): Excel 97 and Excel 5
_WORKBOOK_STREAM = "Workbook".encode("utf-16-le")
_BOOK_STREAM = "Book".encode("utf-16-le") + b"\x00\x00"
# the name of a Word 97–2003 file's text stream
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def _office_kind(raw: bytes) -> str | None:
    names = _zip_names(raw)
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def _zip_names(raw: bytes) -> set[str]:
    try:
        return set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


# Office files of other kinds, told by a member of their archive, and what to do with them.
_OTHER_OFFICE = {"ppt/presentation.xml": "a PowerPoint file (.pptx), not text: save its text as .docx or .txt",
                 "content.xml": "an OpenDocument file (.odt/.ods), not text: save it as .docx or .xlsx"}


def unsupported(raw: bytes) -> str | None:
    """Why an office file no reader takes cannot be read, with what to do; None for anything else.

    >>> import io, zipfile
    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as archive:
    ...     archive.writestr("ppt/presentation.xml", "<p/>")
    >>> unsupported(buffer.getvalue())
    'a PowerPoint file (.pptx), not text: save its text as .docx or .txt'
    """
    if not raw.startswith(b"PK\x03\x04"):
        return None
    names = _zip_names(raw)
    return next((reason for member, reason in _OTHER_OFFICE.items() if member in names), None)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:5000]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    if b"\x00" in head[:200]:           # UTF-16 text: decode a little to look
        try:
            head = head.decode("utf-16").encode("utf-8", "replace")
        except UnicodeDecodeError:
            return False
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 2
