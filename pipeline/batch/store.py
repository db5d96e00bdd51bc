"""The output folder: versioned tables swapped in at once, and the runs table.

New tables are written into a fresh folder `.cnstats/tables/<run id>/` beside their manifest;
then one rename makes the link `.cnstats/current` point at it. `OUT/facts.parquet` and
`OUT/documents.parquet` are fixed links through `current`, so a reader sees either the old
pair or the new pair, never a half-written file nor facts without their documents rows, and
a run killed at any moment leaves the last complete tables in place.

>>> import tempfile, pathlib, pandas
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> store = Store(out)
>>> from pipeline.batch.shards import decode, encode
>>> docs = [decode(encode({"doc_id": "a", "status": "ok", "n_facts": 1, "text": "增长5%"},
...                       [{"doc_id": "a", "fact_id": "x", "value": 5.0, "start": 2, "end": 4}]))]
>>> store.commit("r1", docs, '{"entries": []}')
(1, 1)
>>> pandas.read_parquet(out / "facts.parquet")["value"].tolist()
[5.0]
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa

from ..tables import DOCUMENTS, FACTS, PLAIN_COLUMNS, RUNS, StreamingWriter, write_table
from .manifest import Manifest, load_manifest

WORK = ".cnstats"
TABLES = ("documents", "facts")
CHECKSUMS = "checksums.json"      # beside the tables: each table file's sha256 and rows
PENDING_BYTES = 8192              # room reserved for a run's record before it starts working


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _replace_link(link: Path, target: str) -> None:
    """Point `link` at `target` in one rename (a reader never finds it missing)."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    try:
        os.replace(temporary, link)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def _write_indicators(folder: Path) -> None:
    """The indicator catalogue beside the facts (`indicators.parquet`, joined on facts.indicator)."""
    from ..enrich.api import INDICATORS, indicators_table

    write_table(indicators_table(), INDICATORS, folder / "indicators.parquet")


class Store:
    def __init__(self, output: str | os.PathLike):
        self.out = Path(output)
        self.work = self.out / WORK
        self.versions = self.work / "tables"
        self.current = self.work / "current"
        self.shards_folder = self.work / "shards"

    # --- what is there -------------------------------------------------------------------
    def current_version(self) -> Path | None:
        """The folder of the tables now visible, if any."""
        if self.current.is_symlink() or self.current.is_dir():
            folder = self.current.resolve()
            if all((folder / f"{name}.parquet").is_file() for name in TABLES):
                return folder
        return None

    def tables_intact(self) -> bool:
        """The current tables are the files their version recorded (sha256 of each file): a
        truncated or edited table makes the run rebuild them from the shards."""
        folder = self.current_version()
        if folder is None:
            return False
        try:
            recorded = json.loads((folder / CHECKSUMS).read_text(encoding="utf-8"))
            return all(_sha256_file(folder / f"{name}.parquet") == recorded[name]["sha256"] for name in TABLES)
        except (OSError, ValueError, KeyError, TypeError):
            return False

    def current_manifest(self) -> Manifest | None:
        folder = self.current_version()
        return load_manifest(folder / "manifest.json") if folder is not None else None

    def tables_visible(self) -> bool:
        """Both tables are readable at their contract names."""
        return all((self.out / f"{name}.parquet").is_file() for name in TABLES)

    # --- writing -------------------------------------------------------------------------
    def commit(self, run_id: str, documents: Iterable[tuple[pa.Table, pa.Table]],
               manifest_json: str | Callable[[], str]) -> tuple[int, int]:
        """Write the tables from each document's (documents, facts) tables, given in doc_id order
        with facts in reading order (as `shards.encode` leaves them); swap them in.

        `manifest_json` (or a function giving it, called once the rows are written) is stored
        beside the tables. Returns the numbers of documents and facts rows written.
        """
        self.versions.mkdir(parents=True, exist_ok=True)
        building = self.versions / f".{run_id}.building"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        try:
            # row groups of at most ~16 MB buffered: memory stays flat however large the corpus
            with StreamingWriter(building / "documents.parquet", DOCUMENTS, max_rows=2_000, max_bytes=16 << 20,
                                 plain=PLAIN_COLUMNS["documents"]) as docs, \
                    StreamingWriter(building / "facts.parquet", FACTS, max_rows=100_000, max_bytes=16 << 20,
                                    plain=PLAIN_COLUMNS["facts"]) as facts:
                for document, rows in documents:
                    docs.add(document)
                    facts.add(rows)
            counts = (docs.rows, facts.rows)
            _verify(building, dict(zip(TABLES, counts)))
            _write_indicators(building)
            text = manifest_json() if callable(manifest_json) else manifest_json
            (building / "manifest.json").write_text(text, encoding="utf-8")
            _fsync_dir(building)
            final = self.versions / run_id
            os.replace(building, final)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        _fsync_dir(self.versions)
        self._publish(run_id)
        return counts

    def _publish(self, run_id: str) -> None:
        """Point `current` at the new version: the one step that makes both tables change."""
        try:
            _replace_link(self.current, f"tables/{run_id}")
            _fsync_dir(self.work)
            for name in TABLES + ("indicators",):  # made once; documents first, so facts never show without them
                link = self.out / f"{name}.parquet"
                target = f"{WORK}/current/{name}.parquet"
                if link.is_symlink() and os.readlink(link) == target:
                    continue
                if link.is_dir() and not link.is_symlink():
                    raise FileExistsError(f"{link} is a folder cnstats did not write: move it away")
                _replace_link(link, target)
        except PermissionError as error:
            if error.errno == errno.EPERM:  # e.g. a FAT or SMB mount without symbolic links
                raise OSError(f"cannot make symbolic links in {self.out} ({error}); cnstats swaps "
                              "its tables in through links: write the output to a Linux file system") from error
            raise
        _fsync_dir(self.out)

    def prune(self, keep: int = 2) -> None:
        """Delete all but the newest `keep` table versions (the current one always stays)."""
        if not self.versions.is_dir():
            return
        current = self.current_version()
        folders = sorted((p for p in self.versions.iterdir() if p.is_dir() and not p.name.startswith(".")),
                         key=lambda p: p.stat().st_mtime_ns)
        for folder in folders[:-keep] if keep else folders:
            if current is None or folder.resolve() != current:
                shutil.rmtree(folder, ignore_errors=True)
        for leftover in self.versions.glob(".*.building"):
            shutil.rmtree(leftover, ignore_errors=True)

    # --- the runs table --------------------------------------------------------------------
    @property
    def pending_folder(self) -> Path:
        return self.work / "runs"

    def begin_run(self, record: dict) -> None:
        """Before a run works: its record, as a failed run's, in room reserved for its final one.

        A run killed at any point (after the swap included) leaves this record, and a run
        that cannot write runs.parquet (disk full) leaves its final record here: the next run
        adds them to runs.parquet.
        """
        self.pending_folder.mkdir(parents=True, exist_ok=True)
        path = self.pending_folder / f"{record['run_id']}.json"
        # written aside and renamed: a run killed between creating the file and writing it would
        # otherwise leave an empty record, a row with no status
        partial = path.with_name(f".{path.name}.partial")
        with open(partial, "wb") as out:
            out.write(_padded(record))
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)

    def end_run(self, record: dict) -> None:
        """Write the run's final record over its reserved room (no new disk space needed), then
        fold every pending record into runs.parquet."""
        path = self.pending_folder / f"{record['run_id']}.json"
        try:
            with open(path, "r+b") as out:
                out.write(_padded(record))
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            pass
        self.append_run(record)

    def _pending_records(self, current: dict) -> list[tuple[Path, dict]]:
        found = []
        if not self.pending_folder.is_dir():
            return found
        for path in sorted(self.pending_folder.glob("*.json")):
            try:
                record = json.loads(path.read_bytes().rstrip(b" \n\0") or b"{}")
            except (OSError, ValueError):
                continue
            if record.get("run_id") == current.get("run_id"):
                record = current
            found.append((path, record))
        return found

    def append_run(self, record: dict) -> None:
        """Add one row to OUT/runs.parquet (rewritten whole by temporary file and rename), and
        the records of earlier runs that could not add theirs (killed, disk full).

        Built through pyarrow's JSON reader and read back with `ParquetFile`: converting Python
        objects would make pyarrow import pandas, which costs a run with nothing to do most of
        its time.
        """
        import io

        import pyarrow as pa
        import pyarrow.json as pajson
        import pyarrow.parquet as pq

        path = self.out / "runs.parquet"
        pending = self._pending_records(record)
        records = sorted((item for _path, item in pending), key=lambda item: item.get("started") or "")
        if not any(item.get("run_id") == record.get("run_id") for item in records):
            records.append(record)
        lines = "\n".join(json.dumps({name: item.get(name) for name in RUNS.names}, ensure_ascii=False)
                          for item in records)
        row = pajson.read_json(io.BytesIO(lines.encode("utf-8")),
                               parse_options=pajson.ParseOptions(explicit_schema=RUNS))
        if path.is_file():
            try:
                previous = pq.ParquetFile(path).read().select(RUNS.names)
                if previous.schema != RUNS:  # an older table only: a cast imports pyarrow.compute (~0.1 s)
                    previous = previous.cast(RUNS)
                row = pa.concat_tables([previous, row])
            except Exception:  # an unreadable or older runs table is started afresh
                pass
        write_table(row, RUNS, path)
        for pending_path, _record in pending:
            pending_path.unlink(missing_ok=True)
        for partial in self.pending_folder.glob(".*.json.partial"):   # runs killed before their record
            partial.unlink(missing_ok=True)


def _padded(record: dict) -> bytes:
    """A run's record as JSON padded to PENDING_BYTES (its error cut to fit)."""
    data = json.dumps(record, ensure_ascii=True).encode("ascii")
    if len(data) >= PENDING_BYTES and record.get("error"):
        data = json.dumps({**record, "error": record["error"][:PENDING_BYTES // 2] + "…"}, ensure_ascii=True).encode()
    return data[:PENDING_BYTES].ljust(PENDING_BYTES, b" ")


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _verify(folder: Path, rows: dict[str, int]) -> None:
    """Before the swap: each table written reads back as Parquet with the rows written; its
    sha256 is recorded beside it (checked by later runs: `tables_intact`)."""
    import pyarrow.parquet as pq

    checksums = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        found = pq.ParquetFile(path).metadata.num_rows
        if found != rows[name]:
            raise OSError(f"{path} holds {found} rows after writing {rows[name]}: the disk lost data")
        checksums[name] = {"sha256": _sha256_file(path), "rows": found}
    (folder / CHECKSUMS).write_text(json.dumps(checksums, indent=1), encoding="utf-8")
