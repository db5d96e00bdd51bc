"""The command line: `python -m pipeline run --input DIR_OR_FILE... --output DIR`.

Exit status: 0 when every document was processed or recorded as rejected, 2 for a usage error,
1 when the run itself failed.
"""
from __future__ import annotations

import argparse
import sys

from .run import UsageError, run_pipeline


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="cnstats: turn Chinese reports, bulletins and news into tidy tables of statistics.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="extract statistics from documents into Parquet tables",
        description="Read text files (folders are searched recursively) and write "
                    "facts.parquet and documents.parquet to the output folder.",
    )
    run.add_argument("--input", "-i", nargs="+", required=True, metavar="DIR_OR_FILE",
                     help="folders or files to read")
    run.add_argument("--output", "-o", required=True, metavar="DIR", help="folder for the tables")
    run.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        summary = run_pipeline(args.input, args.output, progress=False if args.no_progress else None)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # the run itself failed (disk full, output not writable, ...)
        print(f"run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(summary.line(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
