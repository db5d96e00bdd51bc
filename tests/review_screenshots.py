"""Screenshots of the review site for the README: `python -m tests.review_screenshots [DOCS [REPORTS]]`.

Builds the site for the seed document and for the 29 provincial reports (../shared), opens them
in headless Chromium and saves docs/review-index.png, docs/review-document.png, docs/review-chart.png.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pipeline.review.site import page_name
from tests import chromium
from tests.conftest import SHARED
from tests.review_sites import ROOT, SEED, build

REPORTS = SHARED / "corpus" / "reports-2026" / "txt"


def settle(driver) -> None:
    deadline = time.monotonic() + 30
    while driver.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.4)


def main(docs: Path, reports: Path = REPORTS) -> None:
    reason = chromium.missing()
    if reason:
        sys.exit(reason)
    work = Path(tempfile.mkdtemp(prefix="cnstats-shots-"))
    _, seed_site = build(SEED, work / "seed")
    _, reports_site = build(reports, work / "reports")
    docs.mkdir(exist_ok=True)
    driver = chromium.start(1400, 860)
    try:
        driver.get((reports_site / "index.html").as_uri())
        settle(driver)
        driver.save_screenshot(str(docs / "review-index.png"))

        page = (seed_site / "doc" / page_name("cqrb-2025-05-09")).as_uri()
        driver.get(page + "#f2")                      # 170万人以上: its fields shown, its row lit
        settle(driver)
        driver.execute_script("document.getElementById('f2').scrollIntoView({block: 'center'});"
                              "document.getElementById('f2').click()")
        time.sleep(1.6)                               # let the flash fade
        driver.save_screenshot(str(docs / "review-document.png"))

        driver.set_window_size(1400, 1600)            # the whole chart in view
        driver.get((reports_site / "charts.html").as_uri())
        settle(driver)
        figure = driver.execute_script(
            "var f = Array.from(document.querySelectorAll('figure.chart'));"
            "return f.find(x => x.querySelector('figcaption').textContent.startsWith('地区生产总值')) || f[0]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", figure)
        time.sleep(0.3)
        figure.screenshot(str(docs / "review-chart.png"))
    finally:
        chromium.stop(driver)
    print(f"screenshots in {docs}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs",
         Path(sys.argv[2]) if len(sys.argv) > 2 else REPORTS)
