"""How much one file may ask of a run: bounds that turn a hostile or huge file into a rejected row.

>>> import io, zipfile
>>> buffer = io.BytesIO()
>>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
...     archive.writestr("word/document.xml", b"0" * 3_000_000)
>>> zip_problem(buffer.getvalue(), max_total=1_000_000)
'the archive unpacks to 3.0 MB, more than the 1.0 MB read from one office file (a very large document, or a zip bomb): split it or save the part needed'

Every bound is a module constant, named, so that a test can read it and a person can change it.
"""
from __future__ import annotations

import io
import zipfile

MAX_UNPACKED = 300_000_000       # bytes an office file's members may unpack to, in all
MAX_RATIO = 200                  # unpacked / packed size of one member above which it is a bomb
MAX_PDF_PAGES = 1000             # pages read from one PDF
MAX_CELLS = 500_000              # cells read from one spreadsheet or CSV file (all sheets)
MAX_DOC_SECONDS = 60.0           # time antiword may take over one old Word file
MAX_HTML_BYTES = 20_000_000      # size of one web page (a 50 MB page reads in ~8 s but takes ~0.9 GB)


def megabytes(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def zip_problem(raw: bytes, max_total: int = MAX_UNPACKED, max_ratio: int = MAX_RATIO) -> str | None:
    """Why an office file's archive must not be unpacked, from its directory alone; None when it may."""
    try:
        members = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        return f"a damaged office file (its ZIP directory cannot be read: {error}): re-save it and try again"
    total = sum(member.file_size for member in members)
    if total > max_total:
        return (f"the archive unpacks to {megabytes(total)}, more than the {megabytes(max_total)} read from one "
                "office file (a very large document, or a zip bomb): split it or save the part needed")
    for member in members:
        if member.file_size > 10_000_000 and member.file_size > max_ratio * max(member.compress_size, 1):
            return (f"its member {member.filename} unpacks {member.file_size // max(member.compress_size, 1)} "
                    "times larger than it is stored (a zip bomb?): re-save the document and try again")
    return None
