"""An Excel .xlsx workbook: each sheet a table, captioned by the sheet's name (openpyxl, read-only).

>>> import io, openpyxl
>>> book = openpyxl.Workbook()
>>> sheet = book.active; sheet.title = "2024年主要指标"
>>> for row in [["指标", "绝对量", "增长"], ["粮食产量（万吨）", 1080.5, 0.021], ["税收（亿元）", 320, None]]:
...     sheet.append(row)
>>> sheet["C2"].number_format = "0.0%"
>>> buffer = io.BytesIO(); book.save(buffer)
>>> doc = read_xlsx(buffer.getvalue())
>>> doc.blocks[0].table.caption, doc.blocks[0].table.rows
('2024年主要指标', [['指标', '绝对量', '增长'], ['粮食产量（万吨）', '1080.5', '2.1%'], ['税收（亿元）', '320', '']])

Numbers are written as the shortest decimal that reads back the same (1080.5, 320), a cell
formatted as a percentage as one (2.1%), a date as 2024-05-09. The archive's directory is
checked before anything is unpacked, and a workbook of more than MAX_CELLS cells is rejected.
"""
from __future__ import annotations

import datetime
import io

from .base import Block, ReadDocument, Table
from .limits import MAX_CELLS, MAX_UNPACKED, zip_problem


def cell_text(value, number_format: str | None = None) -> str:
    """A cell's value as a reader sees it.

    >>> cell_text(90809.0), cell_text(-7.4), cell_text(0.054, "0.0%"), cell_text(datetime.datetime(2024, 5, 9))
    ('90809', '-7.4', '5.4%', '2024-05-09')
    >>> cell_text(datetime.datetime(2024, 5, 1), 'yyyy"年"m"月"')      # a month's column as the sheet shows it
    '2024年5月'
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if number_format and "%" in number_format:
            return f"{_number(round(value * 100, 10))}%"
        return _number(value)
    if isinstance(value, (datetime.datetime, datetime.date)) and number_format and ("年" in number_format
                                                                                  or "月" in number_format):
        return _chinese_date(value, number_format)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _chinese_date(value, number_format: str) -> str:
    """A date as a Chinese date format shows it (yyyy"年"m"月": a month's column, 2024年5月).

    >>> _chinese_date(datetime.datetime(2024, 5, 1), 'yyyy"年"m"月"'), _chinese_date(datetime.date(2024, 5, 9), 'm"月"d"日"')
    ('2024年5月', '5月9日')
    """
    shown = number_format.lower()
    parts = [f"{value.year}年"] if "y" in shown else []
    if "m" in shown:
        parts.append(f"{value.month}月")
    if "d" in shown:
        parts.append(f"{value.day}日")
    return "".join(parts) or value.isoformat()


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def read_xlsx(raw: bytes, max_cells: int = MAX_CELLS, max_unpacked: int = MAX_UNPACKED) -> ReadDocument:
    problem = zip_problem(raw, max_unpacked)
    if problem is not None:
        return ReadDocument("xlsx", error=problem)
    import openpyxl

    blocks = []
    cells = 0
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        declared = sum((sheet.max_row or 0) * (sheet.max_column or 0) for sheet in book.worksheets)
        if declared > max_cells:        # the sheets' own dimension records, read before any cell
            return ReadDocument("xlsx", error=f"a workbook of {declared:,} cells, more than the {max_cells:,} "
                                              "read from one document: split it or save the sheets needed")
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows():
                cells += len(row)
                if cells > max_cells:
                    return ReadDocument("xlsx", error=f"a workbook of more than {max_cells:,} cells, more than one "
                                                      "document is read with: split it or save the sheets needed")
                rows.append([cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row])
            blocks.append(Block("table", table=Table(rows, caption=sheet.title, sheet=sheet.title)))
        book.close()
    except Exception as error:     # openpyxl and zipfile raise many types for a damaged file
        return ReadDocument("xlsx", error=f"a damaged Excel file ({type(error).__name__}: {error}): "
                                          "open and re-save it, or save it as CSV")
    return ReadDocument("xlsx", blocks)
