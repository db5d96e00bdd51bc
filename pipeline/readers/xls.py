"""An Excel 97–2003 .xls workbook (the binary format statistics bureaus still publish): each sheet a
table, captioned by the sheet's name (xlrd).

>>> import io, xlwt
>>> book = xlwt.Workbook(encoding="utf-8")
>>> sheet = book.add_sheet("2024年主要指标")
>>> for r, row in enumerate([["指标", "绝对量", "增长"], ["粮食产量（万吨）", 1080.5, 0.021]]):
...     for c, value in enumerate(row):
...         sheet.write(r, c, value, xlwt.easyxf(num_format_str="0.0%") if value == 0.021 else xlwt.Style.default_style)
>>> buffer = io.BytesIO(); book.save(buffer)
>>> doc = read_xls(buffer.getvalue())
>>> doc.format, doc.blocks[0].table.caption, doc.blocks[0].table.rows
('xls', '2024年主要指标', [['指标', '绝对量', '增长'], ['粮食产量（万吨）', '1080.5', '2.1%']])

Cells read as the .xlsx reader reads them (xlsx.cell_text): the shortest decimal, a cell formatted as a
percentage as one, a date as 2024-05-09. A workbook of more than MAX_CELLS cells is rejected before
any cell is read, from the sheets' own dimensions.
"""
from __future__ import annotations

from .base import Block, ReadDocument, Table
from .limits import MAX_CELLS
from .xlsx import cell_text


def read_xls(raw: bytes, max_cells: int = MAX_CELLS) -> ReadDocument:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=raw, formatting_info=True, on_demand=True)
    except Exception as error:     # xlrd raises its own and struct/IndexError types for a damaged file
        return ReadDocument("xls", error=f"an .xls file that cannot be read ({type(error).__name__}: {error}): "
                                         "open and re-save it as .xlsx or CSV")
    try:
        blocks = []
        declared = 0
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            declared += sheet.nrows * sheet.ncols
            if declared > max_cells:
                return ReadDocument("xls", error=f"a workbook of more than {max_cells:,} cells, more than one "
                                                 "document is read with: split it or save the sheets needed")
            rows = [[_cell(book, sheet.cell(r, c)) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
            blocks.append(Block("table", table=Table(rows, caption=sheet.name, sheet=sheet.name)))
            book.unload_sheet(index)
    except Exception as error:
        return ReadDocument("xls", error=f"a damaged .xls file ({type(error).__name__}: {error}): "
                                         "open and re-save it as .xlsx or CSV")
    finally:
        book.release_resources()
    return ReadDocument("xls", blocks)


def _cell(book, cell) -> str:
    """A cell's text: numbers with their percent format, dates as dates, errors and blanks as nothing."""
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), _number_format(book, cell))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return cell_text(cell.value, _number_format(book, cell))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    return cell_text(cell.value)


def _number_format(book, cell) -> str | None:
    try:
        return book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    except (IndexError, KeyError, AttributeError, TypeError):
        return None

