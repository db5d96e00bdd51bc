"""The README's first table is what `make run` really gives on the shipped sample (issue 15: it had drifted)."""
from __future__ import annotations

import math

from pipeline import extract
from tests.conftest import ROOT


def _first_table(readme: str) -> list[list[str]]:
    lines = readme.split("## What it does", 1)[0].splitlines()
    rows = [line.strip("|").split("|") for line in lines if line.startswith("| ") and "---" not in line]
    return [[cell.strip() for cell in row] for row in rows]


def test_the_readme_opening_table_is_the_sample_output():
    header, *expected = _first_table((ROOT / "README.md").read_text(encoding="utf-8"))
    facts = extract(str(ROOT / "data" / "raw")).facts
    employment = facts.metric.str.endswith("参保人数") | (facts.metric == "城镇新增就业")
    shown = facts[employment].drop_duplicates("figure_id")[header]

    def cell(value) -> str:
        return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)

    assert [[cell(value) for value in row] for row in shown.itertuples(index=False)] == expected
