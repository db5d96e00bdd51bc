"""One document from bytes to rows: decode → clean → segment → quantities → facts.

>>> row, facts = extract_document("川渝两地城镇新增就业年均170万人以上。".encode(), "chuanyu", "chuanyu.txt")
>>> row["status"], row["n_facts"], facts[0]["value"], facts[0]["unit"], facts[0]["bound"]
('ok', 1, 1700000.0, '人', 'ge')

A plain function of the bytes: the same bytes always give the same rows, so a run can be split
over processes or machines and reruns agree. It never raises for bad input: a file that cannot
be read becomes a row with status "rejected" and an error saying why.

The format comes from the bytes (a PDF, Word or Excel file, a web page, CSV, plain text; the
file's name breaks a tie): its reader (pipeline.readers) gives blocks, which become the one
cleaned text the offsets refer to, tables as tab-separated lines. A PDF's facts carry their page.

>>> import pymupdf
>>> pdf = pymupdf.open(); page = pdf.new_page()
>>> _ = page.insert_text((72, 72), "全年粮食产量1.2万吨。", fontname="china-s")
>>> row, facts = extract_document(pdf.tobytes(), "grain", "grain.pdf")
>>> row["format"], row["text"], facts[0]["value"], facts[0]["unit"], facts[0]["page"]
('pdf', '全年粮食产量1.2万吨。', 12000.0, '吨', 1)
"""
from __future__ import annotations

import gc
import hashlib

# The stages' imports make some 10^5 objects (patterns, lexicon tables), all of them kept: the collector,
# run every 700 allocations, would walk them again and again for nothing (~0.05 s of CPU). It is held off
# while they import, in whatever process imports them (a run, a worker pool's server, a notebook).
_COLLECTING = gc.isenabled()
gc.disable()

from .attribute import attribute_facts, document_region  # noqa: E402 - (after the collector is held off)
from .clean import clean_text
from .enrich import dates_for, enrich_facts
from .excerpt import bound_sentences
from .ingest import read_bytes, sha256_of
from .native import compiled_here, pure_module
from .readers import read_document
from .readers.assemble import assemble, page_at
from .quantities import find_quantities
from .segment import split_sentences
from .table import blank_tables, find_tables, table_facts
from . import classify as _classify  # noqa: F401 - (find_quantities imports it at its first call: now, so that
from . import pattern_cache           # its patterns are among those kept)

pattern_cache.save()   # the stages are imported: the patterns they compiled are kept for the next process
if _COLLECTING:
    gc.enable()


def fact_id_for(doc_id: str, start: int, end: int) -> str:
    """Stable across runs: a digest of where the fact stands.

    >>> fact_id_for("cqrb-2025-05-09", 120, 128)
    'bd6d04d04dd12fcd'
    """
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode("utf-8")).hexdigest()[:16]


# The columns enrich_facts fills, present from the start: a row's dict is made at its full size once,
# not grown (and its table copied) as they are added.
_ENRICHED = dict.fromkeys(("year", "period_start", "period_end", "period_kind", "indicator", "value_std",
                           "unit_std", "figure_id"))


def _row(doc_id: str, fields: dict, region: str | None) -> dict:
    """A facts row: the fact's fields (a Fact's __dict__ holds them in their order), its id and the
    document's region, with the columns enrich_facts fills made at once."""
    return {"doc_id": doc_id, "fact_id": fact_id_for(doc_id, fields["start"], fields["end"]), **fields,
            "region": region, "status": "actual", **_ENRICHED}


def extract_text(text: str, doc_id: str, region: str | None = None) -> list[dict]:
    """Facts rows for an already cleaned text; `region` is the document's, copied to every row.

    Table lines give table facts only (pipeline.table): the prose is read with them blanked out.

    >>> [(f["metric"], f["value"], f.get("table")) for f in extract_text("全年粮食产量7065万吨。\\n指标\\t2024年\\n棉花（万吨）\\t616", "d")]
    [('粮食产量', 70650000.0, None), ('棉花', 6160000.0, 1)]
    """
    tables = find_tables(text)
    prose = blank_tables(text, tables) if tables else text
    # the sentences and quantities are let go once read, and each Fact once it is a row: a text dense
    # with figures does not hold all three at once
    facts = attribute_facts(prose, split_sentences(prose), find_quantities(prose))
    facts.reverse()
    pop = facts.pop
    rows = []
    append = rows.append
    while facts:
        append(_row(doc_id, pop().__dict__, region))
    if tables:  # a cell nothing in its table names is no fact, as in prose
        rows.extend(_row(doc_id, fact, region) for fact in table_facts(text, tables) if fact["metric"])
        rows.sort(key=lambda row: (row["start"], row["end"]))
    return rows


def rejected_row(doc_id: str, source: str, error: str | None, sha256: str | None = None) -> dict:
    """The documents row of a document that gave no facts, and why.

    >>> rejected_row("a", "a.pdf", "not text")["status"]
    'rejected'
    """
    return {"doc_id": doc_id, "source": source, "sha256": sha256, "encoding": None, "status": "rejected",
            "error": error, "n_facts": 0, "text": None, "region": None, "format": None}


def internal_error(error: Exception) -> str:
    """What a rejected row says when a bug, not the input, stopped the extraction."""
    return f"internal error while extracting ({type(error).__name__}: {error}); please report it"


def extract_document(raw: bytes, doc_id: str, source: str) -> tuple[dict, list[dict]]:
    """The documents row and the facts rows for one file's bytes.

    The garbage collector is held off while a document is read: the stages make tens of thousands of
    short-lived objects (matches, slices, the memos' entries) and no reference cycle among them (none
    over the 29 reports and 40 news pages), so a collection finds nothing to free, and walking the
    young objects, and now and then every object, cost about 4% of the stages' time. Reference counting
    frees all of it as usual; the collector runs again as it was once the document is done.
    """
    collecting = gc.isenabled()   # (a document read inside another's reading leaves it to the outer one)
    gc.disable()
    try:
        return _extract_document(raw, doc_id, source)
    finally:
        if collecting:
            gc.enable()


def _extract_document(raw: bytes, doc_id: str, source: str) -> tuple[dict, list[dict]]:
    row = rejected_row(doc_id, source, None, sha256_of(raw))
    try:
        read = read_document(raw, source)
    except Exception as error:  # a reader's bug must not lose the document either
        row["error"] = internal_error(error)
        return row, []
    row["encoding"] = read.encoding
    row["format"] = read.format if read.error is None or read.format != "txt" else _named_format(source)
    if read.error is not None:
        row["error"] = read.error
        return row, []
    try:
        text, pages = assemble(read)
        region = document_region(text)
        facts = extract_text(text, doc_id, region)
        if pages:
            for fact in facts:
                fact["page"] = page_at(pages, fact["start"])
        doc_date, doc_year = dates_for(text, source)
        facts = enrich_facts(facts, text, doc_date, doc_year)  # comparable: indicator, year, status, …
        facts = bound_sentences(facts, text)  # a sentence over 300 characters: the excerpt around the figure
    except Exception as error:  # a bug must not lose the document: record it and go on
        if isinstance(error, TypeError) and compiled_here():
            # a compiled module's type check refused a value its annotation did not foresee: the
            # same code as Python reads the document (native.pure_module)
            return pure_module(__name__).extract_document(raw, doc_id, source)
        row["error"] = internal_error(error)
        return row, []
    if not text:
        row["error"] = f"no text: the {read.format} file holds no words to read"
        return row, []
    row.update(status="ok", text=text, n_facts=len(facts), region=region, doc_date=doc_date, doc_year=doc_year)
    return row, facts


def _named_format(source: str) -> str | None:
    """What a file that is no readable text calls itself (png, doc, zip), or None."""
    suffix = source.rsplit(".", 1)[-1].lower() if "." in source.rsplit("/", 1)[-1] else ""
    return suffix or None


def process_file(path: str, doc_id: str) -> tuple[dict, list[dict]]:
    """Read a file and extract it; an unreadable file gives its rejected row."""
    raw, error = read_bytes(path)
    if raw is None:
        row = rejected_row(doc_id, path, error)
        row["format"] = _named_format(path)
        return row, []
    return extract_document(raw, doc_id, path)
