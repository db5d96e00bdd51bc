"""General readings of news, bulletins and briefings, one rule a table (issue 12).

Cases live in tests/cases/readings.tsv, one expected fact a line: the reading it tests, a passage
written as statistics-bureau releases, bulletins and news write, the quantity as it stands (with `#n`
for its n-th mention), its value and unit, the acceptable metric names, the stat and (where given) the
subject. Each passage
runs through the real pipeline (pipeline.document.extract_text); adding a case is adding a line.
A line whose text is `-` says the passage gives no fact at all for the value (it must be left out).
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.conftest import case_rows, facts_of

CASES = Path(__file__).with_name("cases") / "readings.tsv"


def load_cases() -> list[dict]:
    rows = []
    for number, row in case_rows(CASES, 8):
        reading, passage, text, value, unit, names, stat, subject = row[:8]
        text, _, nth = text.partition("#")
        rows.append({"id": f"{number}-{reading}-{text}", "passage": passage, "text": text,
                     "nth": int(nth or 1), "value": float(value), "unit": unit,
                     "names": names.split("|"), "stat": stat or None, "subject": subject or None})
    return rows


CASE_ROWS = load_cases()


@pytest.mark.parametrize("case", CASE_ROWS, ids=[case["id"] for case in CASE_ROWS])
def test_reading(case):
    facts = facts_of(case["passage"])
    if case["text"] == "-":
        assert not [f for f in facts if math.isclose(f["value"], case["value"])], "no fact expected"
        return
    found = [f for f in facts if f["text"] == case["text"]]
    assert len(found) >= case["nth"], f"no statistic {case['text']!r} (mention {case['nth']}) in {facts}"
    fact = found[case["nth"] - 1]
    assert math.isclose(fact["value"], case["value"], rel_tol=1e-9), "value (a decline is negative)"
    assert fact["unit"] == case["unit"], "unit"
    assert fact["metric"] in case["names"], "metric"
    assert fact["stat"] == case["stat"], "stat"
    assert fact["metric"], "no fact is written with an empty metric"
    if case["subject"]:
        assert fact["subject"] == case["subject"], "subject"
