"""One finished document on disk: its documents row and facts rows, as Arrow, under its shard key.

The worker that extracts a document also encodes it (`encode`), so the conversion to Arrow is
spread over the workers and the process assembling the tables only concatenates. A shard is
written to a temporary name and renamed, so it is either whole or absent; a run killed mid-way
leaves the shards of the documents it finished, and the next run reuses them.

>>> import tempfile, pathlib
>>> shards = Shards(pathlib.Path(tempfile.mkdtemp()))
>>> shards.write("k1", encode({"doc_id": "a", "status": "ok", "n_facts": 2},
...                           [{"doc_id": "a", "start": 9, "end": 12}, {"doc_id": "a", "start": 3, "end": 5}]))
>>> document, facts = shards.read("k1")
>>> document.column("doc_id").to_pylist(), facts.column("start").to_pylist()   # facts in reading order
(['a'], [3, 9])
>>> shards.read("missing") is None
True
"""
from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pyarrow as pa

from ..tables import DOCUMENTS, FACTS, fact_order, to_batch

# A shard: this header (with a checksum of what follows, verified on every read: a shard whose
# bytes were damaged or edited is extracted again), then the documents row and the facts rows as
# two Arrow IPC record batch messages. The schemas are not repeated in every shard: they are the code's (`tables`), which
# the shard key's fingerprint covers. Stored uncompressed: zstd cost ~3% of a run's CPU (lz4 ~2%)
# for shards 2.5x smaller; shards are a cache of the (compressed) tables, read back once. The checksum is a
# CRC-32 (0.2 ns a byte; a blake2b digest cost 2.2, 1.5% of a run, hashing every shard twice): it catches
# any torn write, bad block or changed bit; a shard is no secret to keep from forgers.
_HEADER = struct.Struct("<8sQQI")   # magic, lengths of the two messages, CRC-32 of both
_MAGIC = b"CNSHARD5"


def _checksum(*parts) -> int:
    checksum = 0
    for part in parts:
        checksum = zlib.crc32(part, checksum)
    return checksum


def encode(document: dict, facts: list[dict]) -> bytes:
    """A document's rows as bytes: its documents row, then its facts sorted by start."""
    head = to_batch([document], DOCUMENTS).serialize()
    tail = to_batch(sorted(facts, key=fact_order), FACTS).serialize()
    return b"".join((_HEADER.pack(_MAGIC, head.size, tail.size, _checksum(head, tail)), head, tail))


def decode(payload: bytes) -> tuple[pa.Table, pa.Table]:
    """The tables of a shard; ValueError when it is not whole or its checksum fails."""
    magic, head, tail, checksum = _HEADER.unpack_from(payload)
    if magic != _MAGIC or len(payload) != _HEADER.size + head + tail:
        raise ValueError("not a whole cnstats shard")
    if _checksum(memoryview(payload)[_HEADER.size:]) != checksum:
        raise ValueError("a damaged cnstats shard: its checksum fails")
    buffer = pa.py_buffer(payload)
    document = pa.ipc.read_record_batch(buffer.slice(_HEADER.size, head), DOCUMENTS)
    facts = pa.ipc.read_record_batch(buffer.slice(_HEADER.size + head, tail), FACTS)
    document.validate()
    facts.validate()
    return pa.Table.from_batches([document]), pa.Table.from_batches([facts])


def _create(folder: str, name: str):
    """A new file open for writing (owner-only, as mkstemp's were), its sub-folder made when
    missing: on the first shard there, or after it was removed (not one mkdir per shard)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    try:
        handle = os.open(name, flags, 0o600)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        handle = os.open(name, flags, 0o600)
    return open(handle, "wb")


class Shards:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.arrows"

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def write(self, key: str, payload: bytes) -> None:
        folder = os.path.join(self.folder, key[:2])
        # One process writes a run's shards (the output lock says so): a name of its own is enough
        # for the temporary file, without mkstemp's random names.
        temporary = os.path.join(folder, f".{key}.{os.getpid()}.tmp")
        try:
            with _create(folder, temporary) as out:
                out.write(payload)
            os.replace(temporary, os.path.join(folder, f"{key}.arrows"))
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise

    def read(self, key: str) -> tuple[pa.Table, pa.Table] | None:
        """The documents and facts tables of a shard, or None when it is absent or damaged."""
        try:
            return decode(self.path(key).read_bytes())
        except (OSError, ValueError, struct.error, pa.ArrowException):
            return None

    def keep_only(self, keys: set[str]) -> int:
        """Delete every shard (and leftover temporary file) not named in `keys`; count them."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in self.folder.iterdir():
            if not sub.is_dir():
                continue
            for file in sub.iterdir():
                if file.name.endswith(".arrows") and file.name[:-7] in keys:
                    continue
                file.unlink(missing_ok=True)
                removed += 1
            try:
                sub.rmdir()
            except OSError:
                pass
        return removed
