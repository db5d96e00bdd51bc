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

from ..listing import DEFAULT_MAX_BYTES, Listing, check_file, find_inputs, kind_of, os_error, printable

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
    error: str | None = None    # why the scan found it cannot be read: its row is rejected, unread
    status: str | None = None   # ok or rejected, once extracted
    n_facts: int | None = None
    reason: str | None = None   # a rejected document's error, as its documents row gives it
    path: str = ""              # the name the system knows the file by (`source` is printable)

    @property
    def opened(self) -> str:
        """The path to open the file by."""
        return self.path or self.source


def shard_key(fingerprint: str, doc_id: str, source: str, content: str) -> str:
    """Same code, same name, same path, same bytes → same key (and so the same rows)."""
    # surrogatepass: a file name that is not UTF-8 (surrogate-escaped bytes) keys its shard too
    digest = hashlib.sha256("\x1f".join((fingerprint, doc_id, source, content)).encode("utf-8", "surrogatepass"))
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
        }, ensure_ascii=True, indent=0)  # ASCII: a file name that is not UTF-8 survives the round trip

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
    """The file's sha256; opened non-blocking and checked again, should it have been replaced by
    a named pipe since its status was read."""
    digest = hashlib.sha256()
    try:
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            kind = kind_of(os.fstat(handle.fileno()).st_mode)
            if kind is not None:
                return None, f"cannot read {printable(path)}: it is {kind}, not a regular file"
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as error:
        return None, os_error(printable(path), error)
    return digest.hexdigest(), None


def scan(inputs: list[str], fingerprint: str, previous: Manifest | None = None,
         rehash: bool = False, exclude: Path | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
         listing: Listing | None = None) -> list[Entry]:
    """Every input document with the digest of its bytes, sorted by doc_id.

    A file whose size and mtime are as the previous manifest recorded (and not racily close to
    that scan) keeps its recorded sha256 without being read; `rehash` reads every file. Files
    inside `exclude` (the output folder) are not inputs. Only regular files no larger than
    `max_bytes` are read (checked before opening); the others, and folders that cannot be
    listed, get their reason in `error` and no sha256: their rows are rejected without reading.
    """
    if listing is None:
        listing = find_inputs(inputs, exclude)
    if listing.problems:
        raise FileNotFoundError("; ".join(listing.problems))
    known = previous.entries if previous is not None and not rehash else {}
    trusted_before = (previous.scanned_ns - RACY_NS) if previous is not None else 0
    entries = []
    for file in listing.files:
        source = printable(file.path)
        if file.error is not None:          # a folder that cannot be listed
            entries.append(Entry(file.doc_id, source, None, None, None,
                                 shard_key(fingerprint, file.doc_id, file.path, f"folder:{file.error}"), file.error))
            continue
        status, error = check_file(file.path, max_bytes)
        size = mtime_ns = None
        if status is not None:
            size, mtime_ns = status.st_size, status.st_mtime_ns
        old = known.get(file.doc_id)
        if error is not None:
            sha256 = None
        elif (old is not None and old.sha256 is not None and old.source == source
                and old.size == size and old.mtime_ns == mtime_ns and mtime_ns is not None
                and mtime_ns < trusted_before):
            sha256 = old.sha256
        else:
            sha256, error = _sha256_file(file.path)
        content = sha256 if sha256 is not None else f"unreadable:{error}"
        entries.append(Entry(file.doc_id, source, sha256, size, mtime_ns,
                             shard_key(fingerprint, file.doc_id, file.path, content), error, path=file.path))
    return entries


def now_ns() -> int:
    return time.time_ns()
