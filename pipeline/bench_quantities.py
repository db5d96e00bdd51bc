"""Micro-benchmark: how fast `find_quantities` reads text, in characters per second on one core.

    $ python -m pipeline.bench_quantities
    find_quantities: 29 texts, 559,525 chars, 14,406 quantities, best of 3: 0.222 s wall, 2.52 M chars/s; ...

`measure(texts)` is the same measurement as a function, for `make bench`:

>>> result = measure(["城镇新增就业64.1万人，增长5.2%。"], repeat=1)
>>> result["texts"], result["chars"], result["quantities"]
(1, 20, 2)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .bench import REPORTS
from .quantities import clear_caches, find_quantities


def measure(texts: list[str], repeat: int = 3) -> dict:
    """Best-of-`repeat` wall time of `find_quantities` over every text, one core, one process.

    Returns texts, chars, quantities, seconds and chars_per_second (wall clock), and cpu_seconds and
    chars_per_cpu_second (this process's CPU time: steadier on a shared machine). A first pass loads the
    OpenCC converter; the per-number caches are emptied before every timed pass, so each pass
    reads every number afresh, as a run over new documents would.
    """
    chars = sum(len(text) for text in texts)
    found = sum(len(find_quantities(text)) for text in texts)  # warm-up, and the count
    best, best_cpu = float("inf"), float("inf")
    for _ in range(max(1, repeat)):
        clear_caches()
        began, began_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            find_quantities(text)
        best = min(best, time.perf_counter() - began)
        best_cpu = min(best_cpu, time.process_time() - began_cpu)
    return {
        "texts": len(texts),
        "chars": chars,
        "quantities": found,
        "seconds": best,
        "chars_per_second": chars / best if best > 0 else float("inf"),
        "cpu_seconds": best_cpu,
        "chars_per_cpu_second": chars / best_cpu if best_cpu > 0 else float("inf"),
    }


def load_reports(folder: Path = REPORTS) -> list[str]:
    """The 29 government work reports beside the project, or [] when ../shared is absent."""
    if not folder.exists():
        return []
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def main(argv: list[str] | None = None) -> int:
    texts = load_reports()
    if not texts:
        print(f"bench_quantities: skipped, {REPORTS} is absent (../shared is not beside the project)")
        return 0
    result = measure(texts)
    print(
        f"find_quantities: {result['texts']} texts, {result['chars']:,} chars, "
        f"{result['quantities']:,} quantities, best of 3: {result['seconds']:.3f} s wall, "
        f"{result['chars_per_second'] / 1e6:.2f} M chars/s; {result['cpu_seconds']:.3f} s CPU, "
        f"{result['chars_per_cpu_second'] / 1e6:.2f} M chars/CPU-s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
