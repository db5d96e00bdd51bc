"""A web page saved "as a single file" (.mhtml) by a real browser: Debian's Chromium, through the
DevTools command a browser's "Save page as… single file" runs (Page.captureSnapshot).

    $ python -m tests.formats.saved_page      # rebuilds tests/formats/own-page.mhtml

own-page.mhtml is kept here, made once, so that the reader is tested where no browser is installed;
tests/test_readers.py also saves pages anew where Chromium runs.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from tests import chromium
from tests.formats.makers import html_page

HERE = Path(__file__).parent
OWN_PAGE = (["2024年全市地区生产总值30145.79亿元，比上年增长5.7%。全年粮食产量1089.9万吨，增长0.6%。", "表1 主要指标"],
            [[["指标", "绝对量", "比上年增长（%）"], ["房地产开发投资（亿元）", "90809", "-7.4"]]])


def saved_page(page: bytes) -> bytes:
    """The page as Chromium saves it into one .mhtml file."""
    folder = Path(tempfile.mkdtemp(prefix="cnstats-page-"))
    (folder / "page.html").write_bytes(page)
    driver = chromium.start()
    try:
        driver.get((folder / "page.html").as_uri())
        snapshot = driver.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
    finally:
        chromium.stop(driver)
    return snapshot.encode("utf-8")


if __name__ == "__main__":
    (HERE / "own-page.mhtml").write_bytes(saved_page(html_page(*OWN_PAGE, charset="gbk")))
    print("written: own-page.mhtml")
