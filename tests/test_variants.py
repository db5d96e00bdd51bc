"""The same document in another dress gives the same facts.

Real documents arrive in traditional characters, in GB18030, Big5 or UTF-16, and with lines broken
by newspaper columns or PDF extraction. Each variant below is built from a real document of the dev
corpus; its facts must equal the original's (value, unit, bound, stat, and the metric read back
into simplified characters).
"""
from __future__ import annotations

import codecs
import random

import opencc
import pytest

from pipeline.document import extract_document
from tests.conftest import shared_path

_S2T = opencc.OpenCC("s2t").convert
_S2TW = opencc.OpenCC("s2tw").convert  # Taiwan usage: what Big5 files hold, all of it encodable
_T2S = opencc.OpenCC("t2s").convert


def wrap_in_columns(text: str, width: int, seed: int) -> str:
    """Break every paragraph into lines of `width` characters, with stray blank lines inside."""
    chance = random.Random(seed)
    lines = []
    for paragraph in filter(None, (line.strip() for line in text.split("\n"))):
        for begin in range(0, len(paragraph), width):
            lines.append(paragraph[begin:begin + width])
            if chance.random() < 0.08:
                lines.append("")
        lines.append("")
    return "\n".join(lines)


VARIANTS = {
    "gb18030": lambda text: text.encode("gb18030"),
    "utf-16": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "traditional, utf-8": lambda text: _S2T(text).encode("utf-8"),
    "traditional (Taiwan), big5": lambda text: _S2TW(text).encode("big5"),
    "columns of 14": lambda text: wrap_in_columns(text, 14, seed=1).encode("utf-8"),
    "traditional, lines of 38": lambda text: _S2T(wrap_in_columns(text, 38, seed=2)).encode("utf-8"),
}


def fact_keys(raw: bytes, doc_id: str) -> list[tuple]:
    row, facts = extract_document(raw, doc_id, doc_id)
    assert row["status"] == "ok", row["error"]
    return sorted(
        (fact["value"], _T2S(fact["unit"]), fact["bound"], fact["stat"] or "", _T2S(fact["metric"]))
        for fact in facts
    )


@pytest.mark.parametrize("document", ["bj-gov-report-2026-part1.txt", "cqrb-2025-05-09.txt"])
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_variant_gives_the_same_facts(document, variant):
    text = shared_path("corpus", "dev", document).read_text(encoding="utf-8")
    if variant.startswith(("columns", "traditional, lines")) and document.startswith("cqrb"):
        pytest.skip("the newspaper page is already broken into columns")
    original = fact_keys(text.encode("utf-8"), "doc")
    assert original, "the original document gives facts"
    assert fact_keys(VARIANTS[variant](text), "doc") == original
