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
from array import array
from itertools import chain, repeat
from operator import is_not, itemgetter
from pathlib import Path

import numpy
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
    ("region", pa.string()),          # the region the document is about (北京市)
    ("indicator", pa.string()),       # canonical name from the shipped catalogue; null when none fits
    ("year", pa.int32()),             # calendar year the figure belongs to; null when it spans several
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("period_kind", pa.string()),     # year, quarter, months, month, multi_year
    ("status", pa.string()),          # actual, target or forecast
    ("page", pa.int32()),             # PDF page the figure stands on (1-based)
    ("table", pa.int32()),            # for a figure read from a table: which table of the document
    ("row", pa.int32()),              # ... and the cell
    ("column", pa.int32()),
    ("figure_id", pa.string()),       # fact_id of the first mention of the same figure in the document
    ("value_std", pa.float64()),      # value in its dimension's standard unit (斤 → 吨, 亩 → 公顷)
    ("unit_std", pa.string()),
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
    ("region", pa.string()),          # 北京市, 广西壮族自治区, … when the text says
    ("format", pa.string()),          # txt, html, pdf, docx, xlsx, csv, …
    ("doc_date", pa.date32()),        # the document's date, read from its title or dateline
    ("doc_year", pa.int32()),
])

# Columns whose values seldom repeat (a fact's id and sentence, a document's text and digest):
# Parquet's dictionary encoding, tried on every column, is given up on these once its dictionary
# outgrows a page, work for nothing. Written plain, the files are as small and the tables the same.
PLAIN_COLUMNS = {"facts": ("fact_id", "sentence"), "documents": ("text", "sha256")}


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
    >>> to_arrow([{"subject": None, "value": float("nan")}, {"subject": "全市"}], FACTS).select(["subject", "value"]).to_pylist()
    [{'subject': None, 'value': nan}, {'subject': '全市', 'value': None}]
    """
    if not rows:
        return schema.empty_table()
    return pa.Table.from_batches([to_batch(rows, schema)])


def to_batch(rows: list[dict], schema: pa.Schema) -> pa.RecordBatch:
    """Rows as one record batch of the schema (see `to_arrow`).

    Columns of strings and numbers are laid out as Arrow buffers here (`_column`): pyarrow's own
    conversion of Python objects makes it import pandas (half a second in every worker process),
    and a detour through its JSON reader costs twice as much. Other types, and a column too
    big for 32-bit string offsets, are converted object by object.
    """
    try:
        columns = _columns(rows, schema.names)
        kinds = schema.types
        arrays = [None if kind == _STRING else _column(values, kind) for values, kind in zip(columns, kinds)]
        strings = [k for k, kind in enumerate(kinds) if kind == _STRING]
        for k, array_ in zip(strings, _strings([columns[k] for k in strings])):
            arrays[k] = array_
        return pa.RecordBatch.from_arrays(arrays, schema=schema)
    except (OverflowError, _Unbuildable):
        columns = {name: [row.get(name) for row in rows] for name in schema.names}
        return pa.RecordBatch.from_pydict(columns, schema=schema)


def _columns(rows: list[dict], names: list[str]) -> list:
    """The rows' values of each name, None where a row has none: the names the first row has taken from
    every row at once (itemgetter, then zip: a pass over the rows, not one per name), the others (and all
    of them, when a row lacks one the first row has) name by name.

    >>> _columns([{"a": 1, "b": "x"}, {"b": "y", "a": 2}, {"a": 3, "b": "z", "c": 0}], ["b", "c", "a"])
    [('x', 'y', 'z'), [None, None, 0], (1, 2, 3)]
    """
    present = [name for name in names if name in rows[0]] if rows else []
    if len(present) > 1:
        try:
            taken = dict(zip(present, zip(*map(itemgetter(*present), rows))))
        except KeyError:
            pass
        else:
            return [taken[name] if name in taken else list(map(dict.get, rows, repeat(name))) for name in names]
    return [list(map(dict.get, rows, repeat(name))) for name in names]


class _Unbuildable(Exception):
    """A column of a type `_column` does not lay out itself."""


_STRING, _FLOAT, _INT, _INT32, _DATE = pa.string(), pa.float64(), pa.int64(), pa.int32(), pa.date32()
_LAID_OUT = (_STRING, _FLOAT, _INT, _INT32, _DATE)   # the types _column lays out (a column of None only: pa.nulls)
_INT32_MAX = 2 ** 31 - 1
_EPOCH_ORDINAL = 719163  # datetime.date(1970, 1, 1).toordinal(): date32 counts days from it


def _column(values, kind: pa.DataType) -> pa.Array:
    """One column (a list or tuple of values) as an Arrow array of type `kind`, None as null (a NaN stays
    a value)."""
    if kind in _LAID_OUT and values and values.count(None) == len(values):
        return pa.nulls(len(values), kind)
    validity = _validity(values)
    if kind == _STRING:
        if validity is not None:
            values = ["" if value is None else value for value in values]
        encoded = list(map(str.encode, values))
        # Arrow's `string`: int32 offsets into the UTF-8 bytes (a column past 2 GB cannot have them)
        offsets = numpy.zeros(len(encoded) + 1, numpy.int64)
        numpy.cumsum(numpy.fromiter(map(len, encoded), numpy.int64, len(encoded)), out=offsets[1:])
        if offsets[-1] > _INT32_MAX:
            raise OverflowError("a string column of more than 2 GB")
        return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(offsets.astype(numpy.int32)),
                                                         pa.py_buffer(b"".join(encoded))])
    if kind == _FLOAT or kind == _INT:
        if validity is not None:
            values = [0 if value is None else value for value in values]
        numbers = array("d" if kind == _FLOAT else "q", values)
        return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(numbers)])
    if kind == _INT32 or kind == _DATE:
        if kind == _DATE:  # datetime.date (or an ISO string) as days since 1970-01-01
            values = [None if value is None else _days(value) for value in values]
        if validity is not None:
            values = [0 if value is None else value for value in values]
        return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(array("i", values))])
    raise _Unbuildable(kind)


def _strings(columns: list) -> list[pa.Array]:
    """Columns of strings (each a list or tuple, of one length, None as null) as Arrow arrays sharing one
    buffer of UTF-8 bytes, each with its slice of one array of offsets: the values of all of them encoded
    and measured in one pass, instead of a pass and a few calls into numpy and pyarrow per column. (An
    array's offsets need not start at 0; an IPC message holds only its own bytes.)

    >>> [array.to_pylist() for array in _strings([("增长", None), (None, None), ("", "5%")])]
    [['增长', None], [None, None], ['', '5%']]
    """
    if not columns:
        return []
    size = len(columns[0])
    validities, laid_out = [], []
    for values in columns:
        validity = _validity(values)
        if validity is not None:
            if values.count(None) == size:
                validities.append(None)      # a column of None only: pa.nulls
                continue
            values = ["" if value is None else value for value in values]
        validities.append(validity)
        laid_out.append(values)
    encoded = list(map(str.encode, chain.from_iterable(laid_out)))
    # Arrow's `string`: int32 offsets into the UTF-8 bytes (a column past 2 GB cannot have them)
    offsets = numpy.zeros(len(encoded) + 1, numpy.int64)
    numpy.cumsum(numpy.fromiter(map(len, encoded), numpy.int64, len(encoded)), out=offsets[1:])
    if offsets[-1] > _INT32_MAX:
        raise OverflowError("string columns of more than 2 GB")
    offsets = offsets.astype(numpy.int32)
    data = pa.py_buffer(b"".join(encoded))
    arrays, at = [], 0
    for values, validity in zip(columns, validities):
        if validity is None and None in values:
            arrays.append(pa.nulls(size, _STRING))
            continue
        arrays.append(pa.Array.from_buffers(_STRING, size, [validity, pa.py_buffer(offsets[at:at + size + 1]), data]))
        at += size
    return arrays


def _days(value) -> int:
    """A date as date32's day count.

    >>> _days("2025-12-31"), _days(__import__("datetime").date(1970, 1, 2))
    (20453, 1)
    """
    if isinstance(value, str):
        from datetime import date
        value = date.fromisoformat(value)
    return value.toordinal() - _EPOCH_ORDINAL


def _validity(values: list) -> pa.Buffer | None:
    """Arrow's validity bitmap (one bit per value, least significant first), or None when no
    value is None."""
    if None not in values:
        return None
    present = numpy.frombuffer(bytes(map(is_not, values, repeat(None))), dtype=numpy.bool_)
    return pa.py_buffer(numpy.packbits(present, bitorder="little"))


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
    makes the file visible (rename) once `close` returned. Columns named in `plain` are written
    without dictionary encoding (see PLAIN_COLUMNS).
    """

    def __init__(self, path: str | os.PathLike, schema: pa.Schema, max_rows: int = 100_000,
                 max_bytes: int = 64 << 20, plain: tuple[str, ...] = ()):
        self.path = Path(path)
        self.schema = schema
        self.max_rows, self.max_bytes = max_rows, max_bytes
        self.rows = 0
        self._buffer: list[pa.Table] = []
        self._buffered_rows = self._buffered_bytes = 0
        dictionary = [name for name in schema.names if name not in plain] if plain else True
        self._writer = pq.ParquetWriter(self.path, schema, compression="zstd", use_dictionary=dictionary)

    def add(self, table: pa.Table) -> None:
        if table.schema != self.schema:
            table = table.select(self.schema.names).cast(self.schema)
        self._buffer.append(table)
        self._buffered_rows += table.num_rows
        # the buffers' sizes: `nbytes` would walk every string array's offsets (15x slower)
        self._buffered_bytes += table.get_total_buffer_size()
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
