"""A web page saved as one file (.mhtml, .mht: "网页，单个文件"): the page inside, read as a web page.

A browser that saves a page "as a single file" wraps the page and its images in a MIME message,
the page quoted-printable or base64 encoded, in its own charset. The `email` package (made for
MIME) unwraps it; the page is then read by the web-page reader, charset and furniture rules included:

>>> saved = '''From: <Saved by Blink>
... MIME-Version: 1.0
... Content-Type: multipart/related; type="text/html"; boundary="----B"
...
... ------B
... Content-Type: text/html
... Content-Transfer-Encoding: quoted-printable
...
... <html><head><meta charset=3D"utf-8"></head><body><div class=3D"nav">=E9=A6=96=E9=A1=B5</div>
... <p>=E5=85=A8=E5=B9=B4=E7=B2=AE=E9=A3=9F=E4=BA=A7=E9=87=8F1.2=E4=B8=87=E5=90=A8=E3=80=82</p></body></html>
... ------B--
... '''
>>> doc = read_mhtml(saved.encode())
>>> doc.format, [block.text for block in doc.blocks]
('mhtml', ['全年粮食产量1.2万吨。'])

The page is the part the message's `type` or `start` names, else its first text/html part. A
message with no page in it is rejected with what to do.
"""
from __future__ import annotations

import email
import email.policy
import re

from .base import ReadDocument
from .html import read_html
from .limits import MAX_HTML_BYTES, megabytes

# the first lines of a saved page: MIME headers, a multipart/related body
MIME_START = re.compile(rb"\A(?:\s*[A-Za-z-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){1,30}?\s*Content-Type:\s*multipart/related",
                        re.IGNORECASE)


def looks_like_mhtml(raw: bytes) -> bool:
    """Whether the bytes are a saved single-file page: MIME headers leading to multipart/related.

    >>> looks_like_mhtml(b'MIME-Version: 1.0\\nContent-Type: multipart/related; boundary="b"\\n'), looks_like_mhtml(b"<html>")
    (True, False)
    """
    return bool(MIME_START.match(raw[:4000].replace(b"\r\n", b"\n")))


def read_mhtml(raw: bytes, max_bytes: int = MAX_HTML_BYTES) -> ReadDocument:
    """The saved page's blocks, or why there are none."""
    if len(raw) > max_bytes * 3:     # images and styles ride along: allow them, within a bound
        return ReadDocument("mhtml", error=f"a saved web page of {megabytes(len(raw))}, more than the "
                                           f"{megabytes(max_bytes * 3)} read from one file: save the page as .html")
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    page = _page_part(message)
    if page is None:
        return ReadDocument("mhtml", error="a saved web page (.mhtml) with no page in it, only images or styles: "
                                           "save the page again, as .html")
    payload = page.get_payload(decode=True) or b""
    charset = page.get_content_charset()
    if charset and b"charset" not in payload[:2000].lower():   # the charset named only in the MIME header
        payload = f'<meta charset="{charset}">'.encode("ascii", "ignore") + payload
    doc = read_html(payload, max_bytes)
    return ReadDocument("mhtml", doc.blocks, encoding=doc.encoding, error=doc.error)


def _page_part(message):
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    parts = [part for part in message.walk() if not part.is_multipart()]
    start = (message.get_param("start") or "").strip("<>")
    if start:
        named = [part for part in parts if (part.get("Content-ID") or "").strip("<>") == start]
        if named:
            return named[0]
    return next((part for part in parts if part.get_content_type() == "text/html"), None)
