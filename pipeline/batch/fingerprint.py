"""What a document's rows depend on besides its bytes: the extraction code and the lexicon.

Results are reused only under the same fingerprint; any edit to a stage or a lexicon file
changes it, and the next run rebuilds everything.

>>> len(code_fingerprint())
16
>>> code_fingerprint() == code_fingerprint()
True
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
# Files of the package that do not change what a document's rows hold.
_BATCH_LAYER = {"cli.py", "run.py", "__main__.py", "bench.py", "bench_quantities.py"}


def extraction_files(package: Path = PACKAGE) -> list[Path]:
    """The source and data files that decide a document's rows, in a fixed order."""
    files = []
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if not path.is_file() or "__pycache__" in relative.parts or relative.parts[0] == "batch":
            continue
        if len(relative.parts) == 1 and path.name in _BATCH_LAYER:
            continue
        if path.suffix in (".py", ".txt", ".tsv", ".json", ".csv"):
            files.append(path)
    return files


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A short digest of the extraction code and lexicon (and the schema version)."""
    digest = hashlib.sha256(b"cnstats-shards-v4\n")  # bump when the shard format changes
    digest.update(os.environ.get("CNSTATS_DOC_YEAR", "").encode() + b"\0")  # --doc-year changes rows
    for path in extraction_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
