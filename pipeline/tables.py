"""The output tables: their pyarrow schemas and atomic Parquet writes.

>>> import tempfile, pathlib, pandas
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> write_table([{"doc_id": "a", "source": "a.txt", "sha256": "0" * 64, "encoding": "utf-8",
...               "status": "ok", "error": None, "n_facts": 0, "text": "无"}], DOCUMENTS, out / "documents.parquet")
>>> pandas.read_parquet(out / "documents.parquet")["status"].tolist()
['ok']

A table is written to a hidden temporary file in the same folder and renamed over the old one,
so a reader (or a killed run) only ever sees a complete previous or complete new table.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

FACTS = pa.schema([
    ("doc_id", pa.string()),
    ("fact_id", pa.string()),
    ("metric", pa.string()),
    ("subject", pa.string()),
    ("value", pa.float64()),
    ("value_max", pa.float64()),
    ("unit", pa.string()),
    ("bound", pa.string()),
    ("stat", pa.string()),
    ("period", pa.string()),
    ("text", pa.string()),
    ("sentence", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("region", pa.string()),          # beyond the contract: the region the document is about
])

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source", pa.string()),
    ("sha256", pa.string()),
    ("encoding", pa.string()),
    ("status", pa.string()),
    ("error", pa.string()),
    ("n_facts", pa.int64()),
    ("text", pa.string()),
    ("region", pa.string()),          # beyond the contract: 北京市, 广西壮族自治区, … when the text says
])


RUNS = pa.schema([
    ("run_id", pa.string()),
    ("started", pa.timestamp("ms", tz="UTC")),
    ("ended", pa.timestamp("ms", tz="UTC")),
    ("version", pa.string()),
    ("fingerprint", pa.string()),
    ("engine", pa.string()),
    ("workers", pa.int64()),
    ("mode", pa.string()),            # full or incremental
    ("status", pa.string()),          # ok or failed
    ("documents", pa.int64()),        # in the tables after the run
    ("ok", pa.int64()),
    ("rejected", pa.int64()),
    ("processed", pa.int64()),        # extracted by this run
    ("resumed", pa.int64()),          # finished by an earlier, interrupted run
    ("unchanged", pa.int64()),
    ("removed", pa.int64()),
    ("facts", pa.int64()),
    ("bytes_processed", pa.int64()),
    ("seconds", pa.float64()),
    ("error", pa.string()),
])


def to_arrow(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows as a table of exactly the schema's columns, in its order (other keys are ignored).

    >>> to_arrow([{"doc_id": "a", "start": 3, "value": 5, "extra": 1}], FACTS).select(["doc_id", "start", "value"]).to_pylist()
    [{'doc_id': 'a', 'start': 3, 'value': 5.0}]

    Rows go through pyarrow's JSON reader: faster than converting Python objects, and it does
    not make pyarrow import pandas (half a second in every worker process). Rows it cannot take
    (a NaN, say) are converted object by object instead.
    """
    if not rows:
        return schema.empty_table()
    try:
        return _via_json(rows, schema)
    except (ValueError, TypeError, pa.ArrowException):
        columns = {name: [row.get(name) for row in rows] for name in schema.names}
        return pa.table(columns, schema=schema)


_ENCODER = None
_AS_LISTS: dict[pa.Schema, pa.Schema] = {}


def _via_json(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """The rows as one JSON object of columns (one list per field), read by pyarrow as a single
    row of lists and flattened: a third cheaper than a JSON line per row (no key per value)."""
    global _ENCODER
    import pyarrow.json as pajson

    if _ENCODER is None:
        import json

        _ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
    as_lists = _AS_LISTS.get(schema)
    if as_lists is None:
        as_lists = _AS_LISTS[schema] = pa.schema([(field.name, pa.list_(field.type)) for field in schema])
    data = _ENCODER({name: [row.get(name) for row in rows] for name in schema.names}).encode("utf-8")
    table = pajson.read_json(
        pa.BufferReader(data),
        read_options=pajson.ReadOptions(use_threads=False, block_size=max(1 << 20, len(data) + 1)),
        parse_options=pajson.ParseOptions(explicit_schema=as_lists, unexpected_field_behavior="ignore"),
    )
    return pa.Table.from_arrays([table.column(name).combine_chunks().flatten() for name in schema.names],
                                schema=schema)


def write_table(rows: list[dict] | pa.Table, schema: pa.Schema, path: str | os.PathLike) -> None:
    """Write atomically: temporary file, fsync, rename."""
    table = rows if isinstance(rows, pa.Table) else to_arrow(rows, schema)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only
    try:
        pq.write_table(table, temporary, compression="zstd")
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def fact_order(row: dict) -> tuple:
    """Facts of one document in reading order: by start, then end (fact_id breaks ties).

    With documents sorted by doc_id, this is the tables' row order, whatever ran them.
    """
    return (row.get("start") or 0, row.get("end") or 0, row.get("fact_id") or "")


class StreamingWriter:
    """Tables in, row groups out: a Parquet file written as documents arrive, memory bounded.

    >>> import tempfile, pathlib, pandas
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "documents.parquet"
    >>> with StreamingWriter(path, DOCUMENTS, max_rows=1) as writer:
    ...     writer.add(to_arrow([{"doc_id": "a", "status": "ok", "n_facts": 0}], DOCUMENTS))
    ...     writer.add(to_arrow([{"doc_id": "b", "status": "ok", "n_facts": 0}], DOCUMENTS))
    >>> pandas.read_parquet(path)["doc_id"].tolist(), pq.ParquetFile(path).num_row_groups
    (['a', 'b'], 2)

    A row group is written when `max_rows` rows or `max_bytes` bytes are buffered. The caller
    makes the file visible (rename) once `close` returned.
    """

    def __init__(self, path: str | os.PathLike, schema: pa.Schema, max_rows: int = 100_000,
                 max_bytes: int = 64 << 20):
        self.path = Path(path)
        self.schema = schema
        self.max_rows, self.max_bytes = max_rows, max_bytes
        self.rows = 0
        self._buffer: list[pa.Table] = []
        self._buffered_rows = self._buffered_bytes = 0
        self._writer = pq.ParquetWriter(self.path, schema, compression="zstd")

    def add(self, table: pa.Table) -> None:
        if table.schema != self.schema:
            table = table.select(self.schema.names).cast(self.schema)
        self._buffer.append(table)
        self._buffered_rows += table.num_rows
        self._buffered_bytes += table.nbytes
        if self._buffered_rows >= self.max_rows or self._buffered_bytes >= self.max_bytes:
            self.flush()

    def flush(self) -> None:
        if self._buffered_rows:
            table = pa.concat_tables(self._buffer).combine_chunks()
            self._writer.write_table(table, row_group_size=max(table.num_rows, 1))
            self.rows += table.num_rows
        self._buffer, self._buffered_rows, self._buffered_bytes = [], 0, 0

    def close(self) -> None:
        if self._writer is not None:
            self.flush()
            self._writer.close()
            self._writer = None
            with open(self.path, "rb") as written:
                os.fsync(written.fileno())

    def __enter__(self) -> "StreamingWriter":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()
        elif self._writer is not None:
            self._writer.close()
            self._writer = None
