"""The command line: `cnstats run --input DIR_OR_FILE... --output DIR` (installed with the
package; `python -m pipeline run …` is the same command).

Exit status: 0 when every document was processed or recorded as rejected; 2 for a usage error
(bad options, an input that does not exist); 1 when the run itself failed, including when
another run holds the output folder (the second run refuses and changes nothing) or the Dask
cluster cannot be used.

`python -m pipeline review OUT [--output DIR]` writes a static site to review OUT's tables
(see `pipeline.review`): 0 when written, 2 when OUT has no tables.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys

# The command extracts; it does no linear algebra. numpy (imported by pyarrow) would otherwise start
# OpenBLAS's threads, one per core, which wait spinning: ~0.03 s of CPU in every process of a run.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# pyarrow's default allocator (mimalloc) hands freed pages back and takes fresh ones, which the kernel zeroes:
# 5-8% of a run's CPU went to clear_page for the shards' and tables' buffers; the C library's malloc keeps
# them (and the run's resident memory is lower: 170 MB instead of 212 MB over a 5 MB corpus).
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

EPILOG = """\
incremental runs:
  A run extracts only documents that are new or whose bytes changed (sha256) since the
  tables in OUT were written, keeps the rows of the others and drops the rows of deleted
  files; the tables are the same as a --full run's, row for row. A change to the extraction
  code or lexicon makes the next run a full one by itself.

restarts and concurrent runs:
  Each finished document is kept under OUT/.cnstats/ at once, and new tables replace the old
  ones in one step, so a run killed at any point leaves the last complete tables readable and
  the next run carries on where it stopped. A second run on the same OUT while one is working
  refuses with exit status 1.

exit status:
  0  every document was processed or recorded as rejected
  1  the run failed (another run holds OUT, the cluster is unreachable, the disk is full, ...)
  2  usage error (unknown option, an input that does not exist, ...)

every file is a row:
  Each input file is a row of documents.parquet; one that cannot be read (not text, too
  large, a named pipe or device, a folder that cannot be listed) is a rejected row with the
  reason, and the summary names it. Where two files would share a doc_id, each keeps its
  extension (bj.pdf, bj.txt), then its input folder's name (a/bj.txt); the run warns.

examples:
  cnstats run --input data/raw --output data/out
  cnstats run --input data/raw --output data/out --workers 2 --log-format json
  cnstats run --input /mnt/corpus --output /data/out --engine dask \\
      --scheduler tcp://scheduler-host:8786
"""


def _prog() -> str:
    """`cnstats`, or `python -m pipeline` when run so."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "python -m pipeline" if name in ("__main__.py", "-m", "-c", "") else "cnstats"


def _megabytes(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not value > 0 or value != value or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 MB, not {text}")
    return int(value * 1_000_000)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    from .batch.engines import default_workers
    from .batch.guard import default_max_memory_mb
    from .listing import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(  # exits 2 on a usage error, as the contract says
        prog=_prog(),
        description="cnstats: turn Chinese reports, bulletins and news into tidy tables of statistics.",
    )
    parser.add_argument("--version", action="version", version=f"cnstats {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="extract statistics from documents into Parquet tables",
        description="Read text files (folders are searched recursively) and write "
                    "facts.parquet, documents.parquet and runs.parquet to the output folder.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("--input", "-i", nargs="+", required=True, metavar="DIR_OR_FILE",
                     help="folders or files to read")
    run.add_argument("--output", "-o", required=True, metavar="DIR", help="folder for the tables")
    run.add_argument("--full", action="store_true",
                     help="extract every document again instead of only new and changed ones")
    run.add_argument("--workers", "-j", type=int, default=None, metavar="N",
                     help=f"worker processes (default: this machine's cores, {default_workers()}, "
                          "except that a job under 2 MB runs in this process); with --engine dask "
                          "and no --scheduler, the LocalCluster's workers. The tables do not depend on N")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: this machine's processes (default); dask: a Dask distributed "
                          "cluster (see --scheduler)")
    run.add_argument("--scheduler", metavar="ADDRESS", default=None,
                     help="with --engine dask: the scheduler of an existing cluster, such as "
                          "tcp://host:8786; inputs must be readable at the same paths on its "
                          "workers. Without it a LocalCluster is started on this machine")
    run.add_argument("--connect-timeout", type=float, default=30.0, metavar="SECONDS",
                     help="with --engine dask: how long to wait for the scheduler and a first worker "
                          "(default 30)")
    run.add_argument("--log-format", choices=("text", "json"), default="text",
                     help="text: progress and a summary naming the rejected files (default); "
                          "json: one JSON object per line on stderr for schedulers")
    run.add_argument("--no-progress", action="store_true",
                     help="never show progress (a bar on a terminal, a line every 10 s elsewhere)")
    run.add_argument("--max-size", type=_megabytes, default=DEFAULT_MAX_BYTES, metavar="MB", dest="max_bytes",
                     help=f"larger files are not read but recorded as rejected, too large (default "
                          f"{DEFAULT_MAX_BYTES // 1_000_000})")
    run.add_argument("--doc-timeout", type=float, default=60.0, metavar="SECONDS",
                     help="a document whose extraction takes longer is recorded as rejected, and the run "
                          "goes on (default 60; 0: no limit)")
    run.add_argument("--max-memory", type=int, default=None, metavar="MB",
                     help="memory a worker may add to extract one document; a document needing more is "
                          f"recorded as rejected (default {default_max_memory_mb()}: half this machine's memory "
                          "shared among its cores; 0: no limit)")
    run.add_argument("--rehash", action="store_true",
                     help="read every input to check its sha256, even files whose size and "
                          "modification time are unchanged")
    run.add_argument("--doc-year", type=int, default=None, metavar="YEAR",
                     help="the year of documents whose title and dateline give none (今年, 过去一年 are read "
                          "against it); a .cnstats-dates.csv beside the files (file,date) sets one per file")
    run.add_argument("--text-column", metavar="NAME", default=None,
                     help="read each CSV, JSON Lines or Parquet input as a corpus, one document per row, "
                          "its text in column NAME (each row written to OUT-corpus/FILE/ID.txt and read from there)")
    run.add_argument("--id-column", metavar="NAME", default=None,
                     help="with --text-column: the column that names each row's document "
                          "(default: the file's name and the row's number)")
    review = commands.add_parser(
        "review", help="write a static site to review the facts in their text, with charts",
        description="Write a static site from OUT's Parquet tables: an index of documents, a page per "
                    "document with every fact highlighted in its text, and charts across documents. "
                    "It opens from the file system (no server, nothing fetched).")
    review.add_argument("out", metavar="OUT", help="folder holding facts.parquet and documents.parquet")
    review.add_argument("--output", "-o", metavar="DIR", default=None, help="folder for the site (default: OUT/review)")
    return parser


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "review":
        from .review.site import main as review
        return review(args.out, args.output)
    from .batch.report import Reporter
    from .run import EngineError, RunLocked, UsageError, run_pipeline

    if args.doc_year is not None:  # read by document.extract_document in every worker (enrich.doc_date)
        import os
        os.environ["CNSTATS_DOC_YEAR"] = str(args.doc_year)
    reporter = Reporter(args.log_format, False if args.no_progress else None)
    if args.text_column is not None:  # corpora as one file: a document per row (readers.corpus)
        from pathlib import Path

        from .readers.corpus import CorpusError, split_corpora
        try:
            args.input = split_corpora(args.input, Path(args.output), args.text_column, args.id_column)
        except (CorpusError, OSError) as error:
            reporter.failure(f"error: {error}", 2)
            return 2
    signal.signal(signal.SIGTERM, _interrupt)   # a scheduler's stop: end as Ctrl-C does, on record
    try:
        summary = run_pipeline(args.input, args.output, full=args.full, workers=args.workers,
                               engine=args.engine, scheduler=args.scheduler, rehash=args.rehash,
                               connect_timeout=args.connect_timeout,
                               reporter=reporter, doc_timeout=args.doc_timeout, max_memory=args.max_memory,
                               max_bytes=args.max_bytes)
    except UsageError as error:
        reporter.failure(f"error: {error}", 2)
        return 2
    except (RunLocked, EngineError) as error:
        reporter.failure(f"run refused: {error}", 1)
        return 1
    except KeyboardInterrupt:
        reporter.failure("run interrupted: the last complete tables are in place, and the documents "
                         "finished so far are kept; run again to finish", 1)
        return 1
    except Exception as error:  # the run itself failed (disk full, output not writable, ...)
        reporter.failure(f"run failed: {type(error).__name__}: {error}", 1)
        return 1
    reporter.summary(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
