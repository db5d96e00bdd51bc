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
])


def to_arrow(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows as a table of exactly the schema's columns, in its order."""
    columns = {name: [row.get(name) for row in rows] for name in schema.names}
    return pa.table(columns, schema=schema)


def write_table(rows: list[dict] | pa.Table, schema: pa.Schema, path: str | os.PathLike) -> None:
    """Write atomically: temporary file, fsync, rename."""
    table = rows if isinstance(rows, pa.Table) else to_arrow(rows, schema)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        pq.write_table(table, temporary, compression="zstd")
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
