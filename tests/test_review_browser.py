"""The review site in a real browser: headless Chromium (Debian's package) opens the pages from the
file system. Skipped, saying why, where Chromium or its driver is not installed (.ci/run installs them)."""
from __future__ import annotations

import time

import pyarrow.parquet as pq
import pytest

from pipeline.review.page import fact_record
from pipeline.review.site import page_name
from tests import chromium
from tests.conftest import shared_path
from tests.review_sites import HOSTILE_NAME, big_report, build, seed_with_hostile_files

SEED = "cqrb-2025-05-09"


@pytest.fixture(scope="module")
def browser():
    reason = chromium.missing()
    if reason:
        pytest.skip(f"no browser for the review site's tests: {reason}")
    driver = chromium.start()
    yield driver
    chromium.stop(driver)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("review-browser")
    return build(seed_with_hostile_files(work / "raw"), work)


def open_page(driver, path, timeout: float = 60.0) -> float:
    """Open a page, wait for its script to be done; return the seconds to the load event."""
    driver.get_log("browser")                       # forget earlier pages' messages
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while driver.execute_script("return document.readyState") != "complete" or \
            driver.execute_script("return document.body.getAttribute('data-ready')") is None and \
            driver.execute_script("return !!document.getElementById('facts-data')"):
        assert time.monotonic() < deadline, f"{path} did not finish loading"
        time.sleep(0.05)
    return driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000


def seed_facts(out, doc_id=SEED):
    facts = [f for f in pq.read_table(out / "facts.parquet").to_pylist() if f["doc_id"] == doc_id]
    return sorted(facts, key=lambda f: (f["start"], f["end"], f["fact_id"]))


def errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def test_the_seed_page_highlights_every_fact(browser, seed_site):
    out, site = seed_site
    open_page(browser, site / "doc" / page_name(SEED))
    facts = seed_facts(out)
    marks = browser.execute_script("return Array.from(document.querySelectorAll('mark.f'), m => m.textContent)")
    assert marks == [f["text"] for f in facts] and len(marks) >= 10
    rows = browser.execute_script("return document.querySelectorAll('#facts .tbody .tr').length")
    assert rows == len(facts)
    assert errors(browser) == []


@pytest.mark.parametrize("text", ["170万人以上", "9226万人", "1816万人", "2340万人"])
def test_hovering_a_figure_shows_its_fields(browser, seed_site, text):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    out, site = seed_site
    open_page(browser, site / "doc" / page_name(SEED))
    facts = seed_facts(out)
    index = next(i for i, f in enumerate(facts) if f["text"] == text)
    mark = browser.find_element(By.ID, f"f{index}")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    pop = browser.find_element(By.ID, "pop")
    assert pop.is_displayed()
    shown = browser.execute_script(
        "return Object.fromEntries(Array.from(document.querySelectorAll('#pop dd'),"
        " d => [d.dataset.field, d.textContent]))")
    expected = {name: value or "—" for name, value in fact_record(facts[index]).items()}
    expected["value"] = f"{facts[index]['value']:,.10f}".rstrip("0").rstrip(".")
    assert shown == expected
    assert {"metric", "value", "unit", "bound"} <= set(shown)


def test_the_table_and_the_text_lead_to_each_other(browser, seed_site):
    from selenium.webdriver.common.by import By

    out, site = seed_site
    open_page(browser, site / "doc" / page_name(SEED))
    last = len(seed_facts(out)) - 1
    browser.find_element(By.CSS_SELECTOR, f"#r{last} span:nth-child(3)").click()    # a row → its figure
    assert browser.execute_script(f"return document.getElementById('f{last}').className").endswith("flash pinned")
    assert browser.find_element(By.ID, "pop").is_displayed()
    browser.execute_script("document.getElementById('f0').scrollIntoView({block: 'center'})")
    browser.find_element(By.ID, "f0").click()                                         # a figure → its row
    assert "flash" in browser.find_element(By.ID, "r0").get_attribute("class")
    assert errors(browser) == []


def test_the_table_sorts_and_filters(browser, seed_site):
    from selenium.webdriver.common.by import By

    out, site = seed_site
    open_page(browser, site / "doc" / page_name(SEED))
    facts = seed_facts(out)
    browser.find_element(By.CSS_SELECTOR, "[data-col=value]").click()
    values = browser.execute_script("return Array.from(document.querySelectorAll('#facts .tbody .tr'),"
                                    " r => parseFloat(r.children[3].dataset.v))")
    assert values == sorted(f["value"] for f in facts)
    browser.find_element(By.ID, "filter").send_keys("参保人数")
    shown = browser.execute_script("return Array.from(document.querySelectorAll('#facts .tbody .tr:not([hidden])'),"
                                   " r => r.children[2].textContent)")
    assert shown and len(shown) == sum("参保人数" in (f["metric"] or "") + (f["subject"] or "") for f in facts)


@pytest.mark.parametrize("page", ["index.html", "charts.html", "doc/{seed}", "doc/{hostile}"])
def test_pages_render_with_no_console_errors_and_run_no_injected_script(browser, seed_site, page):
    _, site = seed_site
    open_page(browser, site / page.format(seed=page_name(SEED), hostile=page_name(HOSTILE_NAME)))
    assert errors(browser) == []
    assert browser.execute_script("return window.pwned") is None
    body = browser.execute_script("return document.body.innerText")
    assert (HOSTILE_NAME in body) == (page in ("index.html", "doc/{hostile}"))
    if page == "doc/{hostile}":
        assert "<script>window.pwned = 2</script>" in body


def test_the_charts_page_draws_bars_that_lead_to_their_figures(browser, tmp_path_factory):
    from selenium.webdriver.common.by import By

    out, site = build(shared_path("corpus", "reports-2026", "txt"), tmp_path_factory.mktemp("charts"))
    open_page(browser, site / "charts.html")
    assert errors(browser) == []
    assert browser.execute_script("return document.querySelectorAll('figure.chart svg').length") >= 10
    link = browser.find_element(By.CSS_SELECTOR, "figure.chart a")
    href = browser.execute_script("return new URL(arguments[0].getAttribute('href'), location.href).href", link)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", link)
    deadline = time.monotonic() + 30
    while browser.execute_script("return document.body.getAttribute('data-ready')") is None:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert browser.current_url == href
    pinned = browser.execute_script("return document.querySelector('mark.pinned').id")
    assert href.endswith("#" + pinned)


def test_a_300_page_report_renders_fast(browser, tmp_path_factory, capsys):
    work = tmp_path_factory.mktemp("big")
    out, site = build(big_report(shared_path("corpus", "reports-2026", "txt"), work / "raw"), work)
    text = pq.read_table(out / "documents.parquet").column("text")[0].as_py()
    facts = pq.read_table(out / "facts.parquet").num_rows
    assert len(text) >= 300 * 1800
    loaded = open_page(browser, site / "doc" / page_name("big-report"))
    setup = browser.execute_script("return window.cnstatsReview.setupMs") / 1000
    assert browser.execute_script("return document.querySelectorAll('mark.f').length") == facts
    assert errors(browser) == []
    with capsys.disabled():
        print(f"\n300-page report: {len(text):,} characters, {facts:,} facts; page loaded in {loaded:.2f} s "
              f"(script {setup:.3f} s)")
    assert loaded < 20 and setup < 5


def test_the_notebook_view_shows_the_seed_facts_in_a_page(browser, seed_site, tmp_path):
    import pandas as pd

    from pipeline.review import show

    out, _ = seed_site
    facts = pd.read_parquet(out / "facts.parquet")
    html = show(facts, pd.read_parquet(out / "documents.parquet"), SEED)._repr_html_()
    page = tmp_path / "cell.html"
    page.write_text(f'<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,">{html}', encoding="utf-8")
    open_page(browser, page)
    tips = browser.execute_script("return Array.from(document.querySelectorAll('mark'), m => [m.textContent, m.title])")
    expected = seed_facts(out)
    assert [text for text, _ in tips] == [f["text"] for f in expected]
    for (_, tip), fact in zip(tips, expected):
        assert f"metric: {fact['metric']}" in tip and f"bound: {fact['bound']}" in tip
    assert errors(browser) == []
