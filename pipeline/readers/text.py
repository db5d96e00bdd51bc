"""Plain text: the decoded file as one block, cleaned as a whole (columns re-flowed, page numbers dropped).

>>> doc = read_text("全年粮食产量1.2万吨。".encode("gb18030"))
>>> doc.format, doc.encoding, doc.blocks[0].text
('txt', 'gb18030', '全年粮食产量1.2万吨。')
>>> read_text(b"\\x89PNG\\r\\n\\x1a\\n....").error
'a PNG image, not text: run OCR on it first and give the text file'
"""
from __future__ import annotations

from ..ingest import decode_bytes
from .base import Block, ReadDocument


def read_text(raw: bytes) -> ReadDocument:
    decoded = decode_bytes(raw)
    if decoded.error is not None:
        return ReadDocument("txt", encoding=decoded.encoding, error=decoded.error)
    return ReadDocument("txt", [Block("paragraph", decoded.text)], encoding=decoded.encoding)
