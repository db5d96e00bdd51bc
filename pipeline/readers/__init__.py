"""Readers: one module per input format, each turning bytes into a `ReadDocument` (see base).

>>> doc = read_document("<html><body><h1>公报</h1><p>粮食产量1.2万吨。</p></body></html>".encode(), "a.html")
>>> doc.format, [block.text for block in doc.blocks]
('html', ['公报', '粮食产量1.2万吨。'])

`read_document` picks the reader from the bytes (detect.detect_format) and never raises: a file
it cannot read comes back with `error` set to a reason a person can act on.
"""
from __future__ import annotations

from importlib import import_module

from .base import Block, ReadDocument, Table
from .detect import FORMATS, detect_format, unsupported

__all__ = ["Block", "ReadDocument", "Table", "FORMATS", "detect_format", "read_document"]

_READERS = {"txt": ("text", "read_text"), "html": ("html", "read_html"), "mhtml": ("mhtml", "read_mhtml"), "pdf": ("pdf", "read_pdf"),
            "docx": ("docx", "read_docx"), "doc": ("doc", "read_doc"), "xlsx": ("xlsx", "read_xlsx"), "xls": ("xls", "read_xls"),
            "csv": ("csv", "read_csv")}


def read_document(raw: bytes, name: str = "") -> ReadDocument:
    """The file's blocks by the reader its content asks for (its name breaks a tie)."""
    kind = detect_format(raw, name)
    if kind == "txt":
        reason = unsupported(raw)
        if reason is not None:
            return ReadDocument("txt", error=reason)
    module, function = _READERS[kind]
    return getattr(import_module(f".{module}", __name__), function)(raw)
