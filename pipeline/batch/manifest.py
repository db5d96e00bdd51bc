"""What the inputs are now, and what they were when the current tables were written.

An `Entry` says which bytes a document had (sha256) and so which shard holds its rows.
The manifest of the current tables lies beside them; comparing it with a fresh `scan` tells
which documents are new, changed, unchanged or gone.

>>> import tempfile, pathlib
>>> raw = pathlib.Path(tempfile.mkdtemp())
>>> _ = (raw / "a.txt").write_text("全年粮食产量1300万吨。", encoding="utf-8")
>>> [(e.doc_id, e.sha256[:8]) for e in scan([str(raw)], "fp")]
[('a', 'd59b0092')]
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from ..ingest import list_inputs

# A file whose mtime is this close to the previous scan may have changed again within the
# same clock tick, so its recorded sha256 is not trusted (the "racy" case).
RACY_NS = 2_000_000_000


@dataclass
class Entry:
    """One input document as found by a scan."""

    doc_id: str
    source: str
    sha256: str | None          # None when the file cannot be read
    size: int | None
    mtime_ns: int | None
    key: str                    # names the shard holding this document's rows
    error: str | None = None    # why the file cannot be read
    status: str | None = None   # ok or rejected, once extracted
    n_facts: int | None = None


def shard_key(fingerprint: str, doc_id: str, source: str, content: str) -> str:
    """Same code, same name, same path, same bytes → same key (and so the same rows)."""
    digest = hashlib.sha256("\x1f".join((fingerprint, doc_id, source, content)).encode("utf-8"))
    return digest.hexdigest()[:32]


@dataclass
class Manifest:
    """The state the current tables were built from."""

    fingerprint: str
    scanned_ns: int
    entries: dict[str, Entry]
    run_id: str = ""

    def to_json(self) -> str:
        return json.dumps({
            "fingerprint": self.fingerprint, "scanned_ns": self.scanned_ns, "run_id": self.run_id,
            "entries": [vars(entry) for entry in self.entries.values()],  # flat: asdict's deep copy is not needed
        }, ensure_ascii=False, indent=0)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        entries = {item["doc_id"]: Entry(**item) for item in data["entries"]}
        return cls(data["fingerprint"], data["scanned_ns"], entries, data.get("run_id", ""))


def load_manifest(path: Path) -> Manifest | None:
    """The manifest at `path`, or None when there is none (or it cannot be read)."""
    try:
        return Manifest.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _sha256_file(path: str) -> tuple[str | None, str | None]:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as error:
        return None, f"{type(error).__name__}: {error.strerror or error}"
    return digest.hexdigest(), None


def scan(inputs: list[str], fingerprint: str, previous: Manifest | None = None,
         rehash: bool = False, exclude: Path | None = None) -> list[Entry]:
    """Every input document with the digest of its bytes, sorted by doc_id.

    A file whose size and mtime are as the previous manifest recorded (and not racily close to
    that scan) keeps its recorded sha256 without being read; `rehash` reads every file. Files
    inside `exclude` (the output folder, when it lies within an input folder) are not inputs.
    """
    files, problems = list_inputs(inputs)
    if problems:
        raise FileNotFoundError("; ".join(problems))
    if exclude is not None:
        outside = exclude.resolve()
        files = [file for file in files if outside not in Path(os.path.abspath(file.path)).parents]
    known = previous.entries if previous is not None and not rehash else {}
    trusted_before = (previous.scanned_ns - RACY_NS) if previous is not None else 0
    entries = []
    for file in files:
        try:
            stat = os.stat(file.path)
            size, mtime_ns = stat.st_size, stat.st_mtime_ns
        except OSError:
            size = mtime_ns = None
        old = known.get(file.doc_id)
        if (old is not None and old.sha256 is not None and old.source == file.path
                and old.size == size and old.mtime_ns == mtime_ns and mtime_ns is not None
                and mtime_ns < trusted_before):
            sha256, error = old.sha256, None
        else:
            sha256, error = _sha256_file(file.path)
        content = sha256 if sha256 is not None else f"unreadable:{error}"
        entries.append(Entry(file.doc_id, file.path, sha256, size, mtime_ns,
                             shard_key(fingerprint, file.doc_id, file.path, content), error))
    return entries


def now_ns() -> int:
    return time.time_ns()
