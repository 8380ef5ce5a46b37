#!/usr/bin/python3
"""Writes a workbook with openpyxl from the JSON dump of scripts/corpus/dump.ts.

Usage: python3 write-openpyxl.py dump.json out.xlsx

The workbook is written from scratch, as a school's Python export would: cells (formulas as
"=..." strings, no cached results), number formats, merges, column widths, and each table added
with openpyxl's Table over its range. openpyxl writes its package relationships with absolute
targets ("/xl/worksheets/sheet1.xml"), which is what the corpus wants to exercise. The document
properties carry a fixed date so the file does not depend on the day it is generated.
"""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.utils import get_column_letter

FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def main(src: str, out: str) -> None:
    with open(src, encoding="utf-8") as f:
        dump = json.load(f)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in dump["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        for cell in sheet["cells"]:
            target = ws.cell(row=cell["row"], column=cell["col"])
            if "formula" in cell:
                target.value = "=" + cell["formula"]
            else:
                target.value = cell["value"]
                if isinstance(cell["value"], str):
                    target.data_type = "s"  # text stays text, even "=..." or "3.28"
            if cell.get("numFmt"):
                target.number_format = cell["numFmt"]
        for merge in sheet["merges"]:
            ws.merge_cells(merge)
        for w in sheet["widths"]:
            ws.column_dimensions[get_column_letter(w["col"])].width = w["width"]
        for t in sheet["tables"]:
            table = Table(displayName=t["name"], ref=t["ref"])
            table.tableStyleInfo = TableStyleInfo(
                name="TableStyleMedium2", showRowStripes=True
            )
            ws.add_table(table)
    wb.properties.creator = "openpyxl"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.calculation.fullCalcOnLoad = True
    wb.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
