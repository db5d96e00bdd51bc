"""`make bench`'s printed report: the figures of a bench run (pipeline.bench.main's results), beside their
targets. Rates per CPU second are what one core does whatever else runs on the machine; wall-clock rates are
what a user waits for. The targets are judged per CPU second.

>>> _rate(1_234_567.0)
'1.235'
"""
from __future__ import annotations

from .bench import TARGETS


def _rate(chars_per_s: float) -> str:
    return f"{chars_per_s / 1e6:.3f}"


def report(results: dict) -> None:
    """Print the figures. Rates per CPU second are what one core does whatever else runs on the
    machine; wall-clock rates are what a user waits for. The targets are judged per CPU second."""
    runs, floor, cn2an, stages = results["runs"], results["floor"], results["cn2an"], results["stages"]
    corpus = results["corpus"]
    print(f"\n== cnstats bench: {corpus['files']} files, {corpus['bytes'] / 1e6:.1f} MB, "
          f"{corpus['chars']:,} chars, {results['cores']} cores ==")
    print(results.get("native", ""))
    load = results.get("load_before", (0, 0, 0))[0], results.get("load_after", (0, 0, 0))[0]
    print(f"load average before/after: {load[0]:.2f} / {load[1]:.2f}"
          + ("  (other work was running: wall-clock figures are pessimistic)" if max(load) > 1.0 else ""))
    print(f"\n{'run':<26}{'wall s':>8}{'CPU s':>8}{'M chars/s':>11}{'/worker':>9}{'MB/s/worker':>13}"
          f"{'M chars/CPU s':>15}{'peak RSS MB':>13}")
    for name, workers in (("full_w1", 1), ("full_w2", 2)):
        run = runs[name]
        print(f"{'full, %d worker%s' % (workers, 's' if workers > 1 else ''):<26}{run['wall_s']:>8.2f}"
              f"{run['cpu_s']:>8.1f}{_rate(run['chars_per_s']):>11}{_rate(run['chars_per_s_per_worker']):>9}"
              f"{run['mb_per_s_per_worker']:>13.3f}{_rate(run['chars_per_cpu_s']):>15}{run['peak_rss_mb']:>13.0f}"
              + (f"   least CPU of {', '.join(f'{cpu:.1f}' for cpu in run['cpu_s_all'])} s"
                 if len(run.get("cpu_s_all", [])) > 1 else ""))
    inc, still = runs["incremental_1pct"], runs["no_change_reports"]
    print(f"{'incremental, 1% changed':<26}{inc['wall_s']:>8.2f}{inc['cpu_s']:>8.1f}{'':>56}{inc['peak_rss_mb']:>13.0f}"
          f"   {inc['summary']['processed']} processed, {inc['summary']['unchanged']} unchanged")
    print(f"{'no change, 29 reports':<26}{still['wall_s']:>8.2f}{still['cpu_s']:>8.1f}{'':>56}{still['peak_rss_mb']:>13.0f}"
          f"   {still['summary']['unchanged']} unchanged; wall clock incl. Python start-up, best of 3")
    print("\nreferences, one process, one core           M chars/s  M chars/CPU s")
    print(f"  floor: read + 1 regex pass + Parquet        {_rate(floor['chars_per_s']):>9}  "
          f"{_rate(floor['chars_per_cpu_s']):>13}   ({floor['matches']:,} matches)")
    print(f"  stages alone: extract_document, no batch    {_rate(stages['chars_per_s']):>9}  "
          f"{_rate(stages['chars_per_cpu_s']):>13}   (the distinct files, {stages['chars']:,} chars; "
          f"per CPU s before/after the runs: {_rate(stages['chars_per_cpu_s_before'])}/"
          f"{_rate(stages['chars_per_cpu_s_after'])})")
    print(f"  cn2an.transform(paragraph, 'cn2an')         {_rate(cn2an['chars_per_s']):>9}  "
          f"{_rate(cn2an['chars_per_cpu_s']):>13}   (sampled {cn2an['paragraphs']} of {cn2an['of_paragraphs']} "
          f"paragraphs, {cn2an['chars']:,} of {cn2an['of_chars']:,} chars, rate applied per char; "
          f"per CPU s before/after the runs: {_rate(cn2an['chars_per_cpu_s_before'])}/"
          f"{_rate(cn2an['chars_per_cpu_s_after'])})")
    if "find_quantities" in results:
        fq = results["find_quantities"]
        print(f"  find_quantities (bench_quantities.measure)  {_rate(fq['chars_per_second']):>9}  "
              f"{_rate(fq['chars_per_cpu_second']):>13}   ({fq['texts']} texts, best of its repeats)")

    one, two = runs["full_w1"], runs["full_w2"]
    # the ratios take cn2an's faster measurement (before or after the runs): the conservative side
    cn2an_cpu = max(cn2an["chars_per_cpu_s_before"], cn2an["chars_per_cpu_s_after"])
    cn2an_wall = max(cn2an["chars_per_s_before"], cn2an["chars_per_s_after"])
    versus = one["chars_per_cpu_s"] / cn2an_cpu
    peak = max(run["peak_rss_mb"] for run in runs.values())
    verdict = lambda ok: "met" if ok else "NOT met"  # noqa: E731
    print(f"\nratios (per CPU second unless said; cn2an at its faster measurement, {_rate(cn2an_cpu)} M chars/CPU s):")
    print(f"  end-to-end, 1 worker / cn2an.transform:   {versus:.2f}x   "
          f"target >= {TARGETS['throughput_vs_cn2an']}x: {verdict(versus >= TARGETS['throughput_vs_cn2an'])}"
          f"   (wall clock side by side: {one['chars_per_s_per_worker'] / cn2an_wall:.2f}x)")
    print(f"  end-to-end, 2 workers / cn2an.transform:  {two['chars_per_cpu_s'] / cn2an_cpu:.2f}x")
    print(f"  stages alone / cn2an.transform:           {stages['chars_per_cpu_s'] / cn2an_cpu:.2f}x")
    print(f"  end-to-end, 1 worker / stages alone:      {one['chars_per_cpu_s'] / stages['chars_per_cpu_s']:.2f}"
          "    (the batch layer costs; the copies after the first find word-level caches warm,"
          " which text never seen before does not)")
    print(f"  end-to-end, 1 worker / floor:             {one['chars_per_cpu_s'] / floor['chars_per_cpu_s']:.3f}")
    print(f"  2 workers / 1 worker, wall clock:         {two['chars_per_s'] / one['chars_per_s']:.2f}x")
    print(f"  incremental 1% / full 2 workers, wall:    {inc['wall_s'] / two['wall_s']:.3f}")
    print(f"  peak RSS of any run (workers included):   {peak:.0f} MB   "
          f"target < {TARGETS['peak_rss_mb']:.0f} MB: {verdict(peak < TARGETS['peak_rss_mb'])}")
    print(f"  no-change rerun over the 29 reports:      {still['wall_s']:.2f} s   "
          f"target < {TARGETS['no_change_s']} s: {verdict(still['wall_s'] < TARGETS['no_change_s'])}")

