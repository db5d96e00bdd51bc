"""The document's date (`doc_date`) and year (`doc_year`), from its title, dateline or heading.

>>> document_date("2026年北京市政府工作报告\\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\\n时间：2026-02-02")
(datetime.date(2026, 1, 25), 2026)
>>> document_date("重庆日报\\n2025-05-09 星期五\\n川渝两地城镇新增就业年均170万人以上。")
(datetime.date(2025, 5, 9), 2025)
>>> document_date("成都市2025年国民经济和社会发展统计公报\\n全年地区生产总值增长5.7%。")
(None, 2026)
>>> document_date("全年城镇新增就业105.8万人。")
(None, None)

The first full date in the opening lines wins (a dateline, 时间：, a newspaper's date); else a year
in a title line, moved by the title's kind (`pipeline/lexicon/title_years.tsv`: a bulletin titled
2025年 comes out in 2026). `dates_override` reads the per-file override a person writes.
"""
from __future__ import annotations

import csv
import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..lexicon import _table

HEAD_LINES = 30
OVERRIDE_FILE = ".cnstats-dates.csv"   # beside the documents: file,doc_date (2026-01-25 or 2026)
YEAR_VARIABLE = "CNSTATS_DOC_YEAR"     # set by `--doc-year`: the year of documents that do not say
_DIGITS = str.maketrans("〇零一二三四五六七八九○", "00123456789" + "0")
_FULL = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")
_CN_FULL = re.compile(r"([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")


@lru_cache(maxsize=1)
def _title_words() -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((word, int(shift)) for word, shift in _table("title_years.tsv")),
                        key=lambda row: -len(row[0])))


def _cn_number(text: str) -> int:
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + int(text[1:].translate(_DIGITS))
    if text.endswith("十"):
        return 10 * int(text[:-1].translate(_DIGITS))
    if "十" in text:
        tens, ones = text.split("十")
        return 10 * int(tens.translate(_DIGITS)) + int(ones.translate(_DIGITS))
    return int(text.translate(_DIGITS))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def document_date(text: str | None) -> tuple[date | None, int | None]:
    """(doc_date, doc_year) read from the opening lines; (None, None) when they do not say."""
    if not text:
        return None, None
    lines = [line.strip() for line in text[:4000].splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        for match in _FULL.finditer(line):
            month, day = (match.group(2), match.group(3)) if match.group(2) else (match.group(4), match.group(5))
            found = _valid(int(match.group(1)), int(month), int(day))
            if found:
                return found, found.year
        match = _CN_FULL.search(line)
        if match:
            found = _valid(int(match.group(1).translate(_DIGITS)), _cn_number(match.group(2)), _cn_number(match.group(3)))
            if found:
                return found, found.year
    for line in lines[:10]:
        if len(line) > 60:
            continue
        match = _TITLE_YEAR.search(line)
        if not match:
            continue
        for word, shift in _title_words():
            if word in line:
                return None, int(match.group(1)) + shift
    return None, None


def parse_override(value: str) -> tuple[date | None, int | None]:
    """A date or a year as a person writes it in the override file or `--doc-year`.

    >>> parse_override("2026-01-25"), parse_override("2026")
    ((datetime.date(2026, 1, 25), 2026), (None, 2026))
    """
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return None, int(value)
    found = date.fromisoformat(value)
    return found, found.year


def dates_override(path: str) -> tuple[date | None, int | None] | None:
    """The date a `.cnstats-dates.csv` in the file's folder (or a folder above) gives the file.

    Each line is `file,doc_date`: the file's path relative to the folder holding the CSV, and
    an ISO date or a year. The nearest CSV that names the file wins.
    """
    file = Path(path).resolve()
    for folder in file.parents:
        table = _read_overrides(str(folder / OVERRIDE_FILE))
        if table:
            named = table.get(file.relative_to(folder).as_posix())
            if named:
                return named
    return None


@lru_cache(maxsize=256)
def _read_overrides(csv_path: str) -> dict[str, tuple[date | None, int | None]]:
    if not os.path.isfile(csv_path):
        return {}
    found = {}
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 2 or row[0].strip().startswith("#") or row[0].strip() in ("file", ""):
                continue
            try:
                found[row[0].strip()] = parse_override(row[1])
            except ValueError:
                continue
    return found


def default_year() -> int | None:
    """The year `--doc-year` gives documents that do not say (through CNSTATS_DOC_YEAR)."""
    value = os.environ.get(YEAR_VARIABLE, "").strip()
    return int(value) if value.isdigit() else None


def dates_for(text: str | None, source: str | None = None) -> tuple[date | None, int | None]:
    """(doc_date, doc_year) of a document: the override file's word for it first, then what its
    opening lines say, then `--doc-year` (CNSTATS_DOC_YEAR) for a document that does not say.

    >>> dates_for("全年城镇新增就业105.8万人。", None)
    (None, None)
    """
    if source:
        try:
            named = dates_override(source)
        except (OSError, ValueError):
            named = None
        if named:
            return named
    found = document_date(text)
    if found != (None, None):
        return found
    return None, default_year()
