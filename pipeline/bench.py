"""`make bench`: throughput and memory of whole runs, beside two references, on one corpus.

    $ python -m pipeline.bench              # >= 50 MB corpus in .bench/, a few minutes
    $ python -m pipeline.bench --quick      # 5 MB, about a minute

The corpus is ../shared/corpus (reports-2026/txt and dev; $CNSTATS_SHARED/corpus when set) repeated into `.bench/corpus/` until it
holds `--size-mb` of text (kept between runs; gitignored). Each copy after the first has its Arabic
figures varied (`varied_copy`), so no copy repeats an earlier one sentence for sentence: a cache
can't replay a whole copy, as it could not on a real folder of distinct documents. Measured on
it, each run a separate `python -m pipeline run` process whose whole process tree (workers
included) is sampled for resident memory:

* full runs with 1 and 2 workers: chars/s and MB/s, per worker, peak RSS (each run twice by
  default, the one of least CPU kept);
* an incremental rerun after 1% of the files changed;
* an incremental rerun with nothing changed over the 29 reports (target < 2 s, wall clock of
  the whole command, Python start-up included);

and two references over the same text, in this process, one core:

* the floor: read the files, one regular-expression pass for numerals, write a Parquet file
  of the matches: what any extractor must at least spend;
* `cn2an.transform` over the same paragraphs: slow, so a fixed sample of paragraphs is timed
  and its chars/s applied to the whole (said so in the output).

>>> floor_pattern().findall("增长5.2%，新增一百二十万人")
['5.2%', '一百二十万']
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_corpus() -> Path:
    """The shared corpus folder: $CNSTATS_SHARED/corpus when that is set, else the first of
    ../shared/corpus and ../../shared/corpus (a worktree one level further down) that exists."""
    named = os.environ.get("CNSTATS_SHARED")
    candidates = [Path(named)] if named else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    return next((place / "corpus" for place in candidates if (place / "corpus").is_dir()), candidates[0] / "corpus")


SHARED = shared_corpus()
REPORTS = SHARED / "reports-2026" / "txt"   # the 29 government work reports
SOURCES = (REPORTS, SHARED / "dev")
TARGETS = {"throughput_vs_cn2an": 1.5, "peak_rss_mb": 1024.0, "no_change_s": 2.0}


def floor_pattern():
    import regex

    return regex.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿][0-9０-９零〇一二两三四五六七八九十百千万亿点.．]*[%％]?")


# --- the corpus -----------------------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9]+")


def varied_copy(text: str, copy: int) -> str:
    """The text with its Arabic figures varied for copy number `copy` (1 leaves it as it is): the
    last two digits of each run of digits move on by `copy` (modulo 100), the last digit of a lone
    one by `copy` (modulo 10). Lengths, magnitudes, dates and wording stay as they were.

    >>> varied_copy("2025年增长5.3%，达到64.1万人", 2)
    '2027年增长7.5%，达到66.3万人'
    >>> varied_copy("2025年增长5.3%", 1)
    '2025年增长5.3%'
    """
    if copy <= 1:
        return text

    def move_on(match) -> str:
        run = match.group()
        if len(run) == 1:
            return str((int(run) + copy) % 10)
        return run[:-2] + f"{(int(run[-2:]) + copy) % 100:02d}"

    return _DIGITS.sub(move_on, text)


def source_files() -> list[Path]:
    files = [path for folder in SOURCES if folder.is_dir() for path in sorted(folder.glob("*.txt"))]
    if not files:
        files = sorted((ROOT / "data" / "raw").glob("*.txt"))
        print("note: ../shared/corpus is absent; the corpus is built from data/raw only")
    return files


def build_corpus(folder: Path, size_mb: float) -> tuple[list[Path], int, int]:
    """Copies of the sources in copy001/, copy002/, ... until `size_mb` is reached; kept if present.

    Returns the files, their bytes and their characters.
    """
    sources = source_files()
    marker = folder / ".built.json"
    wanted = {"size_mb": size_mb, "sources": [str(p) for p in sources], "copies": "varied figures"}
    if marker.is_file() and json.loads(marker.read_text())["spec"] == wanted:
        data = json.loads(marker.read_text())
        return [folder / name for name in data["files"]], data["bytes"], data["chars"]
    shutil.rmtree(folder, ignore_errors=True)
    contents = [(path.name, path.read_bytes()) for path in sources]
    per_copy = sum(len(raw) for _, raw in contents)
    copies = max(1, -(-int(size_mb * 1e6) // per_copy))
    files, total_bytes, total_chars = [], 0, 0
    for copy in range(1, copies + 1):
        sub = folder / f"copy{copy:03d}"
        sub.mkdir(parents=True)
        for name, raw in contents:
            text = varied_copy(raw.decode("utf-8", errors="replace"), copy)
            raw = text.encode("utf-8") if copy > 1 else raw
            (sub / name).write_bytes(raw)
            files.append(sub / name)
            total_bytes += len(raw)
            total_chars += len(text)
    marker.write_text(json.dumps({"spec": wanted, "files": [str(p.relative_to(folder)) for p in files],
                                  "bytes": total_bytes, "chars": total_chars}))
    return files, total_bytes, total_chars


# --- runs as a user would start them --------------------------------------------------------------

def run_measured(args: list[str], poll: float = 0.05) -> dict:
    """Run `python -m pipeline run ARGS` with JSON logs; wall time, summary and peak RSS of its tree."""
    import psutil

    command = [sys.executable, "-m", "pipeline", "run", *args, "--log-format", "json", "--no-progress"]
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak, cpu = 0, {}          # cpu: seconds of user+system time last seen for each process
    while process.poll() is None:
        total = 0
        try:
            for member in [root, *root.children(recursive=True)]:
                try:
                    with member.oneshot():
                        total += member.memory_info().rss
                        times = member.cpu_times()
                    cpu[member.pid] = times.user + times.system
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(poll)
    stderr = process.stderr.read()
    wall = time.perf_counter() - began
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{stderr[-2000:]}")
    events = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    summary = next(event for event in events if event["event"] == "summary")
    return {"wall_s": wall, "cpu_s": sum(cpu.values()), "peak_rss_mb": peak / 2**20, "summary": summary}


# --- the references -------------------------------------------------------------------------------

def measure_floor(files: list[Path], out: Path) -> dict:
    """Read every file, find numerals with one regex pass, write the matches as Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pattern = floor_pattern()
    since = _clocks()
    doc_ids, starts, ends, texts, chars = [], [], [], [], 0
    for number, path in enumerate(files):
        text = path.read_bytes().decode("utf-8", errors="replace")
        chars += len(text)
        for match in pattern.finditer(text):
            doc_ids.append(number)
            starts.append(match.start())
            ends.append(match.end())
            texts.append(match.group())
    table = pa.table({"doc": doc_ids, "start": starts, "end": ends, "text": texts})
    pq.write_table(table, out, compression="zstd")
    return {**_rates(chars, since), "matches": len(texts)}


def _clocks() -> tuple[float, float]:
    """Now, on the wall clock and on this process's CPU clock (for `_rates`)."""
    return time.perf_counter(), time.process_time()


def _rates(chars: int, since: tuple[float, float]) -> dict:
    """`chars` read since `_clocks()` gave `since`: seconds and chars per second, of wall clock and of CPU."""
    seconds, cpu = time.perf_counter() - since[0], time.process_time() - since[1]
    return {"seconds": seconds, "chars": chars, "chars_per_s": chars / seconds,
            "cpu_s": cpu, "chars_per_cpu_s": chars / cpu}


def measure_stages(files: list[Path]) -> dict:
    """`extract_document` alone over the distinct files, in a fresh process each time, so that no
    cache warmed by an earlier measurement flatters it: the stages' own speed on text they have not
    seen, to tell the batch layer's overhead from the extraction's cost."""
    command = [sys.executable, "-m", "pipeline.bench", "--stages-of", *map(str, files)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stages_here(files: list[Path]) -> dict:
    """measure_stages' inside: extract_document in this process over `files` but the first two,
    which are extracted first, untimed, to load the lexicon and compile the patterns."""
    from .document import extract_document

    raws = [(path, path.read_bytes()) for path in files]
    for path, raw in raws[:2]:
        extract_document(raw, path.stem, str(path))
    raws = raws[2:] or raws
    chars = sum(len(raw.decode("utf-8", errors="replace")) for _, raw in raws)
    since = _clocks()
    for path, raw in raws:
        extract_document(raw, path.stem, str(path))
    return _rates(chars, since)


def _mean(before: dict, after: dict) -> dict:
    """Two measurements of one reference: their rates averaged, both kept."""
    merged = dict(after)
    for key in ("chars_per_s", "chars_per_cpu_s"):
        merged[key] = (before[key] + after[key]) / 2
        merged[f"{key}_before"], merged[f"{key}_after"] = before[key], after[key]
    return merged


def paragraphs_of(files: list[Path]) -> list[str]:
    return [line for path in files for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
            if line.strip()]


def measure_cn2an(paragraphs: list[str], budget_s: float) -> dict:
    """cn2an.transform(paragraph, "cn2an") chars/s on a fixed sample: every k-th paragraph."""
    import warnings

    import cn2an

    warnings.filterwarnings("ignore", module="cn2an")   # it warns on every numeral it cannot read
    total_chars = sum(len(p) for p in paragraphs)
    cn2an.transform("增长百分之五", "cn2an")  # load its models before timing
    probe = time.perf_counter()
    sample = paragraphs[::max(1, len(paragraphs) // 50)][:50]
    for paragraph in sample:
        cn2an.transform(paragraph, "cn2an")
    rate = sum(len(p) for p in sample) / max(time.perf_counter() - probe, 1e-9)
    step = max(1, int(total_chars / max(rate * budget_s, 1)))
    sample = paragraphs[::step]
    chars = sum(len(p) for p in sample)
    since = _clocks()
    for paragraph in sample:
        cn2an.transform(paragraph, "cn2an")
    rates = _rates(chars, since)
    return {**rates, "paragraphs": len(sample), "of_paragraphs": len(paragraphs), "of_chars": total_chars,
            "extrapolated_s": total_chars / rates["chars_per_s"]}


# --- the report -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--quick", action="store_true", help="a 5 MB corpus and shorter samples")
    parser.add_argument("--folder", default=str(ROOT / ".bench"), help="work folder (default .bench/)")
    parser.add_argument("--cn2an-seconds", type=float, default=None,
                        help="time to spend timing cn2an.transform (default 20, quick 5)")
    parser.add_argument("--repeats", type=int, default=None,
                        help="full runs of each kind, the least CPU kept (default 2, quick 1)")
    parser.add_argument("--stages-of", nargs="+", help=argparse.SUPPRESS)   # measure_stages' child process
    args = parser.parse_args(argv)
    if args.stages_of:
        print(json.dumps(_stages_here([Path(name) for name in args.stages_of])))
        return 0
    size_mb = 5.0 if args.quick else args.size_mb
    budget = args.cn2an_seconds or (5.0 if args.quick else 20.0)
    repeats = max(1, args.repeats or (1 if args.quick else 2))
    work = Path(args.folder)
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"size_mb": size_mb, "cores": os.cpu_count(), "load_before": os.getloadavg()}
    from . import native
    results["native"] = native.status()   # the runs below are processes of this same install
    print(results["native"], flush=True)

    print(f"building a {size_mb:g} MB corpus in {work / 'corpus'} ...", flush=True)
    files, total_bytes, total_chars = build_corpus(work / "corpus", size_mb)
    results["corpus"] = {"files": len(files), "bytes": total_bytes, "chars": total_chars}
    print(f"corpus: {len(files)} files, {total_bytes / 1e6:.1f} MB, {total_chars:,} chars", flush=True)

    unique = source_files()
    paragraphs = paragraphs_of(unique)

    def references(when: str) -> None:
        """The stages alone and cn2an, once before and once after the runs: a machine whose load
        changes meanwhile shows as a spread between the two."""
        tag = "before" if when.startswith("before") else "after"
        print(f"stages alone (extract_document in this process), {when} ...", flush=True)
        results[f"stages_{tag}"] = measure_stages(unique)
        print(f"cn2an.transform on a sample (about {budget:g} s), {when} ...", flush=True)
        results[f"cn2an_{tag}"] = measure_cn2an(paragraphs, budget / 2)

    references("before the runs")
    runs = {}
    # each full run `repeats` times, 1 and 2 workers in turn, the one of least CPU kept (as cn2an's
    # faster measurement is): a busy moment on a shared machine then costs neither side
    tries: dict[int, list[dict]] = {1: [], 2: []}
    for repeat in range(1, repeats + 1):
        for workers in (1, 2):
            out = work / f"out-w{workers}"
            shutil.rmtree(out, ignore_errors=True)
            print(f"full run, {workers} worker(s), {repeat} of {repeats} ...", flush=True)
            measured = run_measured(["--input", str(work / "corpus"), "--output", str(out), "--full",
                                     "--workers", str(workers)])
            seconds = measured["summary"]["seconds"]
            measured.update(chars_per_s=total_chars / seconds, mb_per_s=total_bytes / 1e6 / seconds,
                            chars_per_s_per_worker=total_chars / seconds / workers,
                            mb_per_s_per_worker=total_bytes / 1e6 / seconds / workers,
                            chars_per_cpu_s=total_chars / measured["cpu_s"])
            tries[workers].append(measured)
    for workers, measured_all in tries.items():
        least = runs[f"full_w{workers}"] = min(measured_all, key=lambda run: run["cpu_s"])
        least["cpu_s_all"] = [run["cpu_s"] for run in measured_all]

    changed = files[:: 100][: max(1, len(files) // 100)]
    print(f"incremental rerun, {len(changed)} of {len(files)} files changed (2 workers) ...", flush=True)
    originals = {path: path.read_bytes() for path in changed}
    try:
        for path in changed:
            path.write_bytes(originals[path] + "\n（本文件已更新。）\n".encode("utf-8"))
        runs["incremental_1pct"] = run_measured(["--input", str(work / "corpus"), "--output",
                                                 str(work / "out-w2"), "--workers", "2"])
    finally:
        for path, raw in originals.items():
            path.write_bytes(raw)

    reports = SOURCES[0] if SOURCES[0].is_dir() else ROOT / "data" / "raw"
    out = work / "out-reports"
    shutil.rmtree(out, ignore_errors=True)
    run_measured(["--input", str(reports), "--output", str(out)])
    no_change = [run_measured(["--input", str(reports), "--output", str(out)]) for _ in range(3)]
    runs["no_change_reports"] = min(no_change, key=lambda r: r["wall_s"])
    results["runs"] = runs

    print("floor (read, one regex pass, write Parquet) ...", flush=True)
    results["floor"] = measure_floor(files, work / "floor.parquet")
    references("after the runs")
    results["stages"] = _mean(results.pop("stages_before"), results.pop("stages_after"))
    results["cn2an"] = _mean(results.pop("cn2an_before"), results.pop("cn2an_after"))

    try:
        from . import bench_quantities
    except ImportError:
        bench_quantities = None
    if bench_quantities is not None and hasattr(bench_quantities, "measure"):
        texts = [path.read_text(encoding="utf-8", errors="replace") for path in unique]
        results["find_quantities"] = bench_quantities.measure(texts)

    from . import bench_formats
    results["formats"] = bench_formats.measure(bench_formats.sample_paragraphs())

    results["load_after"] = os.getloadavg()
    from . import bench_report
    bench_report.report(results)
    bench_formats.report(results["formats"])
    from . import bench_scaling
    results["scaling"] = bench_scaling.bench_section(unique, results["cn2an"], quick=args.quick)
    (work / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(f"\nfull results: {work / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
