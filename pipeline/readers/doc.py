"""An old Word file (.doc, Word 97–2003): its paragraphs and tables in body order, read by antiword.

Word's binary format keeps the text in pieces scattered over the file, with tables told apart only
by paragraph properties; `antiword` (Debian's package of that name) is the program made to read it.
It is asked for DocBook XML (`antiword -x db`), which keeps each table as rows of cells:

>>> page = '''<?xml version="1.0" encoding="utf-8"?><book><chapter><title/>
... <para>2016年国民经济和社会发展统计公报</para><para>[pic]</para>
... <para><emphasis role='bold'>表1 主要指标</emphasis></para>
... <para><informaltable><tgroup cols='2'><tbody>
... <row><entry>指标</entry><entry>比上年增长（%）</entry></row>
... <row><entry>居民消费价格</entry><entry>1.5</entry></row></tbody></tgroup></informaltable></para>
... <para>全年粮食产量1.2万吨。</para></chapter></book>'''
>>> [(block.kind, block.text or block.table.rows, block.table and block.table.caption)
...  for block in blocks_of_docbook(page.encode())]
[('paragraph', '2016年国民经济和社会发展统计公报', None), ('table', [['指标', '比上年增长（%）'], ['居民消费价格', '1.5']], '表1 主要指标'), ('paragraph', '全年粮食产量1.2万吨。', None)]

Pictures (「[pic]」) and empty paragraphs are left out. Where antiword is not installed, the file
is rejected with what to do; a file antiword cannot read (damaged, encrypted, Word 6 and older) is
rejected with antiword's own reason.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

from .assemble import attach_captions
from .base import Block, ReadDocument, Table
from .limits import MAX_DOC_SECONDS

_PICTURE = "[pic]"
_LAYOUT = re.compile(r"[ \t]*\n\s*")
_NO_ANTIWORD = ("an old Word file (.doc, Word 97–2003): reading it needs the antiword program, which is not "
                "installed here (apt-get install antiword); or save the file as .docx")


def read_doc(raw: bytes, seconds: float = MAX_DOC_SECONDS) -> ReadDocument:
    """The file's blocks as antiword reads them, or why it cannot be read."""
    program = shutil.which("antiword")
    if program is None:
        return ReadDocument("doc", error=_NO_ANTIWORD)
    handle, path = tempfile.mkstemp(suffix=".doc", prefix="cnstats-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
        done = subprocess.run([program, "-x", "db", path], capture_output=True, timeout=seconds,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
    except subprocess.TimeoutExpired:
        return ReadDocument("doc", error=f"an old Word file that antiword did not read within {seconds:g} s: "
                                         "save it as .docx, or split it")
    finally:
        os.unlink(path)
    if done.returncode != 0 or not done.stdout.strip():
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return ReadDocument("doc", error=f"an old Word file that antiword could not read ({said[0] if said else 'no text'}): "
                                         "open it in Word or LibreOffice and save it as .docx")
    try:
        blocks = blocks_of_docbook(done.stdout)
    except Exception as error:     # lxml raises several types for broken XML
        return ReadDocument("doc", error=f"an old Word file whose text antiword gave garbled ({type(error).__name__}): "
                                         "open it in Word or LibreOffice and save it as .docx")
    return ReadDocument("doc", blocks, encoding="utf-8")


def blocks_of_docbook(xml: bytes) -> list[Block]:
    """Headings, paragraphs and tables of antiword's DocBook output, in order, captions attached."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, recover=True, huge_tree=True)
    root = etree.fromstring(xml, parser)
    blocks: list[Block] = []
    if root is not None:
        _walk(root, blocks)
    return attach_captions(blocks)


def _walk(element, blocks: list[Block]) -> None:
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("informaltable", "table"):
            rows = [[_text(entry) for entry in row.iter("entry")] for row in child.iter("row")]
            if any(any(cell for cell in row) for row in rows):
                blocks.append(Block("table", table=Table(rows)))
        elif tag in ("title", "para") and not _holds_table(child):
            text = _text(child)
            if text and text.replace(_PICTURE, "").strip():
                blocks.append(Block("heading" if tag == "title" else "paragraph", text.replace(_PICTURE, "").strip()))
        elif tag not in ("bookinfo",):
            _walk(child, blocks)


def _holds_table(element) -> bool:
    return any(True for _ in element.iter("informaltable", "table"))


def _text(element) -> str:
    """The element's text without the line breaks antiword lays its XML out with."""
    return _LAYOUT.sub("", "".join(element.itertext())).strip()
