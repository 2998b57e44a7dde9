"""Reading a user's file (CSV or XLSX bytes) into a raw table of text cells, or one clear error message.

Nothing here interprets values: ``read_table`` returns the cells it keeps as text with the spreadsheet row
number in the index, and ``dashboard.ingest.validation`` validates the rows.

The work is bounded by what the app can use, whatever the file claims, and the time budget covers every
phase (opening, decoding, streaming, building the table):

- a CSV is decoded and split line by line (``dashboard.ingest.csvtext``), an Excel sheet streamed cell by cell
  (``dashboard.ingest.xlsx``): neither is ever held as one text or one tree;
- of the columns only the known ones and a few others are kept (``dashboard.ingest.table``); a file with
  absurdly many columns is refused;
- at most MAX_ROWS rows of data are read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.i18n.messages import Decimal, Msg
from dashboard.ingest import xlsx
from dashboard.ingest.budget import Budget
from dashboard.ingest.csvtext import TextLines, csv_records, describe_binary
from dashboard.ingest.errors import ImportFileError
from dashboard.ingest.table import (
    DROPPED_ATTR,
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    MAX_ROWS,
    OVERFLOW_COLUMN,
    ROW_INDEX_NAME,
    build_table,
    is_filled,
    known_columns,
    sparse,
)

__all__ = [
    "DROPPED_ATTR",
    "FOLDER_EXTENSIONS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MAX_UPLOAD_BYTES",
    "OVERFLOW_COLUMN",
    "ROW_INDEX_NAME",
    "WARNINGS_ATTR",
    "ImportFileError",
    "read_table",
    "too_large",
]

MAX_UPLOAD_BYTES: Final = 20 * 1024 * 1024
# File-level warnings found while reading travel with the table in DataFrame.attrs under this key.
WARNINGS_ATTR: Final = "leeswaarschuwingen"
TEXT_EXTENSIONS: Final = (".csv", ".txt", ".tsv")
XLSX_EXTENSIONS: Final = (".xlsx",)
FOLDER_EXTENSIONS: Final = (".csv", ".xlsx")
PREFERRED_SHEET: Final = "initiatieven"
# The csv module refuses a field over 128 KB and loses the whole file; the upload cap bounds a field anyway,
# so the module may read it and the validator rejects only that row (see MAX_CELL_CHARS in validation).
csv.field_size_limit(MAX_UPLOAD_BYTES)


def too_large(size: int) -> ImportFileError:
    return ImportFileError(
        Msg(
            "ingest.file.too_large",
            size=Decimal(size / 1024 / 1024, 1),
            limit=MAX_UPLOAD_BYTES // 1024 // 1024,
        )
    )


def _check_size(data: bytes) -> None:
    if len(data) == 0:
        raise ImportFileError(Msg("ingest.file.empty"))
    if len(data) > MAX_UPLOAD_BYTES:
        raise too_large(len(data))


def bounded_rows(
    rows: Iterable[tuple[int, list[str]]], budget: Budget
) -> Iterator[tuple[int, dict[int, str]]]:
    """CSV records as sparse rows, with the budget checked every few hundred (blank ones included)."""
    for position, (number, cells) in enumerate(rows):
        budget.every(position)
        yield number, sparse(cells)


def _read_csv(data: bytes, budget: Budget, warnings: list[Msg]) -> pd.DataFrame:
    text = TextLines(data, budget)
    frame = build_table(bounded_rows(csv_records(text), budget), "csv", warnings)
    text.finish(warnings)
    return frame


# --------------------------------------------------------------------------------------------------------------
# Excel


def _refuse_non_zip(data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        return
    described = describe_binary(data)
    if described == "ingest.binary.old_office" and "EncryptedPackage".encode("utf-16-le") in data:
        # Excel stores a workbook with a password to open as an encrypted package inside an old-style Office
        # container: it is not an .xls at all.
        raise ImportFileError(Msg("hardening.password"))
    if described == "ingest.binary.old_office":
        raise ImportFileError(Msg("ingest.file.old_xls"))
    raise ImportFileError(Msg("ingest.file.invalid_xlsx"))


def _header_score(workbook: xlsx.Workbook, sheet: xlsx.Sheet) -> int:
    """How many known column names the best of a sheet's first filled rows has."""
    best = 0
    rows = workbook.rows(sheet)
    try:
        seen = 0
        for _number, cells in rows:
            if is_filled(cells):
                best = max(best, len(known_columns(cells)))
                seen += 1
                if seen == HEADER_SCAN_ROWS:
                    break
    finally:
        rows.close()  # type: ignore[attr-defined]  # a generator
    return best


def _choose_sheet(workbook: xlsx.Workbook, warnings: list[Msg]) -> xlsx.Sheet:
    """The sheet named "initiatieven", else the first sheet with the template's header, else the first."""
    sheets = workbook.sheets
    by_name = {sheet.name.strip().casefold(): sheet for sheet in sheets}
    if PREFERRED_SHEET in by_name:
        return by_name[PREFERRED_SHEET]
    first = sheets[0]
    scores = {index: _header_score(workbook, sheet) for index, sheet in enumerate(sheets) if sheet.path}
    best = max(scores, key=lambda index: (scores[index], -index), default=0)
    if best != 0 and scores[best] >= 2 and scores[best] > scores.get(0, 0):
        warnings.append(Msg("hardening.later_sheet", sheet=sheets[best].name, first=first.name))
        return sheets[best]
    return first


def _read_xlsx(data: bytes, budget: Budget, warnings: list[Msg]) -> pd.DataFrame:
    _refuse_non_zip(data)
    workbook = xlsx.open_workbook(data, budget)
    try:
        if not workbook.sheets:
            raise ImportFileError(Msg("ingest.file.no_sheets"))
        sheet = _choose_sheet(workbook, warnings)
        if sheet.path is None:
            raise ImportFileError(Msg("ingest.file.chart_sheet", sheet=sheet.name))
        frame = build_table(workbook.rows(sheet), "xlsx", warnings)
        if workbook.formulas_without_value:
            warnings.append(Msg("hardening.formulas", n=workbook.formulas_without_value, sheet=sheet.name))
    finally:
        workbook.close()
    return frame


def read_table(data: bytes, filename: str, budget: Budget | None = None) -> pd.DataFrame:
    """The kept cells of a CSV or XLSX as text, header row as column names, spreadsheet row numbers as index.

    Raises ImportFileError (with a message for the user) for anything that is not a readable table,
    ValidationStoppedError when the budget runs out or the user has left.
    """
    _check_size(data)
    budget = budget or Budget()
    suffix = Path(filename).suffix.lower()
    warnings: list[Msg] = []
    if suffix in XLSX_EXTENSIONS:
        frame = _read_xlsx(data, budget, warnings)
    elif suffix in TEXT_EXTENSIONS:
        frame = _read_csv(data, budget, warnings)
    elif suffix in (".xls", ".xlsm", ".xlsb", ".ods", ".numbers"):
        raise ImportFileError(Msg("ingest.file.extension_not_read", suffix=suffix))
    else:
        shown: object = suffix or Msg("ingest.file.no_extension")
        raise ImportFileError(Msg("ingest.file.type_unsupported", suffix=shown))
    frame.attrs[WARNINGS_ATTR] = warnings
    return frame
