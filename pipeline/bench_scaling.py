"""`make bench`, scaling part: how time and memory grow with the size of one document, per shape.

Each shape is a text that scraped pages or hostile input really produce (a page with no 。, a list
flattened into one line, a run of one numeral…), built at a given size in bytes:

>>> text = shape_text("jobs_one_sentence", 300)
>>> text[:17], len(text.encode()) <= 300
('全年城镇新增就业105.8万人，全', True)

Each document is extracted in a fresh child process under a memory ceiling (`RLIMIT_AS`) and a CPU
limit, so a shape that has gone quadratic again cannot take the machine down; the child reports its
CPU seconds and the growth of its peak resident memory over what importing the pipeline took. From
the sizes 1×, 4× and 16× the growth exponent of each is the slope of log(cost) on log(size): 1 is
linear, 2 quadratic.

>>> round(growth_exponent([1, 4, 16], [0.1, 0.4, 1.6]), 2)
1.0

    $ python -m pipeline.bench_scaling                  # every shape, 64 KB / 256 KB / 1 MB
    $ python -m pipeline.bench_scaling --base-kb 640    # 640 KB / 2.5 MB / 10 MB

`make bench` runs it after its throughput figures (`bench_section`), with the rate of extract_document
in a fresh process over the distinct files beside cn2an.transform's.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from pathlib import Path

from .bench import ROOT

SAMPLE = ROOT / "data" / "raw" / "cqrb-2025-05-09.txt"   # real sentences, shipped with the project
TARGET_EXPONENT = 1.2
TARGET_MB_PER_S = 0.2
TARGET_PEAK_MB = 500.0
_FLOOR_S, _FLOOR_MB = 0.05, 8.0


def _real_clauses() -> list[str]:
    """The clauses of the project's sample article, without their stops (they are run together)."""
    text = SAMPLE.read_text(encoding="utf-8") if SAMPLE.is_file() else "全年地区生产总值增长5.4%，城镇新增就业64.1万人。"
    pieces = [piece.strip() for piece in text.replace("\n", "。").replace("；", "。").split("。")]
    return [piece for piece in pieces if piece] or ["增长5.4%"]


def _random_unicode(seed: int, surrogates: bool):
    """Characters from every plane and NUL bytes, lone surrogates among them if `surrogates` (as raw input
    may hold; such bytes are no UTF-8, and the document is rejected)."""
    rng = random.Random(seed)
    while True:
        roll = rng.random()
        if roll < 0.01:
            yield "\x00"
        elif roll < 0.02:
            yield chr(rng.randrange(0xD800, 0xE000)) if surrogates else chr(rng.randrange(0x10000, 0x110000))
        elif roll < 0.5:
            yield chr(rng.randrange(0x4E00, 0x9FFF))
        elif roll < 0.8:
            yield rng.choice("0123456789.%、，。万亿千百十一二三四五六七八九零超过以上左右至-∶：（）“”\n")
        else:
            yield chr(rng.randrange(0x20, 0x3000))


# name: (the unit repeated, what closes the text); the inputs first.
REPEATED = {
    "jobs_one_sentence": ("全年城镇新增就业105.8万人，", ""),
    "jobs_sentences": ("全年城镇新增就业105.8万人。", ""),
    "bare_list_points": ("3、", "3个百分点"),
    "percent_list": ("增长5.5%、", "。"),
    "scale_run": ("万", ""),
    "arabic_digits": ("1234567890", "万人"),
    "chinese_digits": ("一二三四五六七八九零", "万人"),
    "scale_mix": ("万亿千百十", "元"),
    "chinese_points": ("一点", "二万人"),
    "thousands_separators": ("123,", "456万元"),
    "decimal_points": ("1.2", "%"),
    "bounds": ("超过以上左右不到近约", "5%"),
    "ranges": ("3至5万人至", ""),
    "dashes": ("1-2—3~", "%"),
    "percent_signs": ("%", ""),
    "enumeration_commas": ("、", ""),
    "ratio_chain": ("1∶", "2"),
    "brackets": ("（增长5%", "）"),
    "quotes_titles": ("“《增长", "5%"),
    "years_periods": ("2025年前三季度", "增长5%"),
    "table_rows": ("棉花（万吨）\t616\t620\n", ""),
    "tabs_one_line": ("616\t", "万吨"),
    "short_lines": ("增长5%\n", ""),
}
GENERATED = ("random_unicode", "random_with_surrogates", "real_clauses_no_stop", "real_clauses_no_punctuation")
SHAPES = tuple(REPEATED) + GENERATED


def shape_text(shape: str, size: int, seed: int = 0) -> str:
    """A text of the shape, as close to `size` bytes of UTF-8 as whole units allow (never over it)."""
    if shape in REPEATED:
        unit, close = REPEATED[shape]
        count = max(1, (size - len(close.encode())) // len(unit.encode()))
        return unit * count + close
    if shape.startswith("random_"):
        chars, total = [], 0
        for char in _random_unicode(seed, shape == "random_with_surrogates"):
            total += len(char.encode("utf-8", "surrogatepass"))
            if total > size:
                break
            chars.append(char)
        return "".join(chars)
    clauses = _real_clauses()
    rng = random.Random(seed)
    joiner = "，" if shape == "real_clauses_no_stop" else ""
    parts, total = [], 0
    while True:
        clause = rng.choice(clauses)
        if shape == "real_clauses_no_punctuation":
            clause = "".join(char for char in clause if char not in "，、；：。！？（）“”《》")
        total += len((clause + joiner).encode())
        if total > size:
            break
        parts.append(clause + joiner)
    return "".join(parts) or clauses[0][: max(1, size // 3)]


def as_bytes(text: str) -> bytes:
    """The bytes of a text as a file would hold them (lone surrogates written as such)."""
    return text.encode("utf-8", "surrogatepass")


def growth_exponent(sizes: list[float], costs: list[float]) -> float:
    """The slope of log(cost) on log(size), least squares."""
    points = [(math.log(size), math.log(max(cost, 1e-6))) for size, cost in zip(sizes, costs)]
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB, since it started its program.

    Linux's VmHWM belongs to the process's own memory map, made anew by exec; ru_maxrss would carry the
    high-water mark of the parent it was forked from (a bench that has held a 50 MB corpus passes on
    hundreds of MB), so it is only the fallback where /proc is absent.

    >>> 1 < peak_rss_mb() < 100_000
    True
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_CHILD = """
import json, resource, sys, time
limit = int(sys.argv[4]) * 2 ** 20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
resource.setrlimit(resource.RLIMIT_CPU, (int(sys.argv[5]), int(sys.argv[5]) + 1))
from pipeline.bench_scaling import as_bytes, peak_rss_mb, shape_text
from pipeline.document import extract_document
raw = as_bytes(shape_text(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
extract_document("增长5%。".encode(), "warm", "warm.txt")
before = peak_rss_mb()
cpu = time.process_time()
row, facts = extract_document(raw, "x", "x.txt")
cpu = time.process_time() - cpu
peak = peak_rss_mb()
print(json.dumps({"bytes": len(raw), "cpu_s": cpu, "peak_mb": peak, "grown_mb": peak - before,
                  "facts": len(facts), "status": row["status"], "error": row["error"]}))
"""


def measure(shape: str, size: int, memory_mb: int = 3000, cpu_s: int = 120, seed: int = 0) -> dict:
    """One extraction of the shape at `size` bytes in a fresh, limited child process."""
    command = [sys.executable, "-c", _CHILD, shape, str(size), str(seed), str(memory_mb), str(cpu_s)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        failure = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return {"bytes": size, "failed": failure}
    return json.loads(lines[-1])


def scaling(shapes=SHAPES, base_kb: float = 64, factors=(1, 4, 16), memory_mb: int = 3000) -> dict:
    """For each shape, the measurements at each size and the growth exponents of CPU time and memory."""
    results = {}
    for shape in shapes:
        runs = [measure(shape, int(base_kb * 1024 * factor), memory_mb) for factor in factors]
        done = [run for run in runs if "failed" not in run]
        result = {"runs": runs}
        if len(done) == len(runs):
            sizes = [run["bytes"] for run in runs]
            # floors under which a measurement is noise (timer, allocator arenas): a cost below them at
            # every size gives an exponent of 0
            result["time_exponent"] = growth_exponent(sizes, [max(run["cpu_s"], _FLOOR_S) for run in runs])
            # memory grown over the imported pipeline
            result["memory_exponent"] = growth_exponent(sizes, [max(run["grown_mb"], _FLOOR_MB) for run in runs])
        results[shape] = result
        print(_line(shape, result), flush=True)
    return results


def _line(shape: str, result: dict) -> str:
    last = result["runs"][-1]
    if "failed" in last or "time_exponent" not in result:
        failed = next(run["failed"] for run in result["runs"] if "failed" in run)
        return f"{shape:<30} FAILED: {failed}"
    rate = last["bytes"] / 1e6 / max(last["cpu_s"], 1e-6)
    worst = max(result["time_exponent"], result["memory_exponent"])
    met = worst <= TARGET_EXPONENT and rate >= TARGET_MB_PER_S and last["peak_mb"] < TARGET_PEAK_MB
    return (f"{shape:<30}{result['time_exponent']:>7.2f}{result['memory_exponent']:>7.2f}"
            f"{last['bytes'] / 1e6:>9.2f}{last['cpu_s']:>8.2f}{rate:>8.2f}{last['peak_mb']:>9.0f}"
            f"{last['facts']:>9}  {'met' if met else 'NOT met'}")


HEADER = (f"{'shape':<30}{'t exp':>7}{'m exp':>7}{'MB':>9}{'CPU s':>8}{'MB/s':>8}{'peak MB':>9}{'facts':>9}"
          f"  (targets: exponents <= {TARGET_EXPONENT}, >= {TARGET_MB_PER_S} MB/s, peak < {TARGET_PEAK_MB:.0f} MB"
          " at the largest size)")


_FRESH = """
import json, sys, time
started = time.process_time()
from pipeline.document import extract_document
imported = time.process_time()
chars = 0
for name in sys.argv[1:]:
    raw = open(name, "rb").read()
    row, facts = extract_document(raw, name, name)
    chars += len(row["text"] or "")
done = time.process_time()
print(json.dumps({"chars": chars, "cpu_s": done - imported, "import_cpu_s": imported - started}))
"""


def fresh_reports(files: list[Path]) -> dict:
    """extract_document over `files` in a fresh process, nothing seen before (no warm cache, no pattern
    compiled): CPU seconds after the import, chars per CPU second."""
    done = subprocess.run([sys.executable, "-c", _FRESH, *map(str, files)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    measured["chars_per_cpu_s"] = measured["chars"] / max(measured["cpu_s"], 1e-9)
    return measured


def bench_section(files: list[Path], cn2an: dict, quick: bool = False) -> dict:
    """make bench's part: the scaling per shape, then the fresh-process rate beside cn2an.transform's."""
    print("\nscaling per shape: one document at 1x, 4x and 16x the size, each in a fresh limited process", flush=True)
    print(HEADER, flush=True)
    results = {"scaling": scaling(base_kb=16 if quick else 64)}
    fresh = results["fresh"] = fresh_reports(files)
    cn2an_cpu = max(cn2an.get("chars_per_cpu_s_before", 0), cn2an.get("chars_per_cpu_s_after", 0)) \
        or cn2an["chars_per_cpu_s"]
    ratio = results["fresh_vs_cn2an"] = fresh["chars_per_cpu_s"] / cn2an_cpu
    print(f"\nfresh process, {len(files)} files never seen ({fresh['chars']:,} chars): "
          f"{fresh['chars_per_cpu_s'] / 1e6:.3f} M chars/CPU s after a {fresh['import_cpu_s']:.2f} s import; "
          f"cn2an.transform {cn2an_cpu / 1e6:.3f}: {ratio:.2f}x (target >= 2x for the stages alone)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench_scaling", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-kb", type=float, default=64, help="the 1x size in KB (default 64: 64 KB to 1 MB)")
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES, metavar="SHAPE")
    parser.add_argument("--memory-mb", type=int, default=3000, help="memory ceiling of each child (default 3000)")
    parser.add_argument("--json", help="write the measurements there")
    args = parser.parse_args(argv)
    print(HEADER, flush=True)
    results = scaling(args.shapes, args.base_kb, memory_mb=args.memory_mb)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
