"""Files the register page offers: the history of changes as CSV (guarded against spreadsheet formulas)."""

from __future__ import annotations

import csv
import io

import pandas as pd

from dashboard.export.tabular import CSV_SEPARATOR, safe_cell


def table_csv_bytes(frame: pd.DataFrame) -> bytes:
    """Any display table as CSV the way Dutch Excel opens it (UTF-8 with BOM, ";")."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    writer.writerow([safe_cell(column) for column in frame.columns])
    for row in frame.itertuples(index=False):
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")
