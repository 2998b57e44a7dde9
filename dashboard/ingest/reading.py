"""Reading a user's file (CSV or XLSX bytes) into a raw table of text cells, or one clear error message.

Nothing here interprets values: ``read_table`` returns every cell as text with the spreadsheet row number in
the index, and ``dashboard.ingest`` validates the rows.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.core import schema
from dashboard.i18n.messages import Decimal, Msg, render

MAX_UPLOAD_BYTES: Final = 20 * 1024 * 1024
# An xlsx is a zip: 20 MB compressed can unpack to gigabytes (zip bomb), so the unpacked size is capped too.
MAX_UNZIPPED_BYTES: Final = 200 * 1024 * 1024
TEXT_EXTENSIONS: Final = (".csv", ".txt", ".tsv")
XLSX_EXTENSIONS: Final = (".xlsx",)
FOLDER_EXTENSIONS: Final = (".csv", ".xlsx")
PREFERRED_SHEET: Final = "initiatieven"

# `read_table` puts the spreadsheet row number in the index under this name, so that row numbers stay true
# when empty rows are skipped.
ROW_INDEX_NAME: Final = "rij"
# Cells beyond the header in a CSV row (a separator inside an unquoted cell shifts every later value).
OVERFLOW_COLUMN: Final = "(extra cellen)"


class ImportFileError(Exception):
    """The file as a whole cannot be read; `msg` is meant for the user, `message` is it in Dutch."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(render(msg))
        self.msg = msg

    @property
    def message(self) -> str:
        return render(self.msg)


# --------------------------------------------------------------------------------------------------------------
# Reading files


# Well-known non-table formats, recognised by their first bytes, with the catalogue key of their name.
_SIGNATURES: Final = {
    b"%PDF": "ingest.binary.pdf",
    b"\xd0\xcf\x11\xe0": "ingest.binary.old_office",
    b"\x1f\x8b": "ingest.binary.gzip",
    b"\x89PNG": "ingest.binary.png",
    b"\xff\xd8\xff": "ingest.binary.jpeg",
    b"GIF8": "ingest.binary.gif",
    b"Rar!": "ingest.binary.rar",
    b"7z\xbc\xaf": "ingest.binary.7z",
}


def _describe_binary(data: bytes) -> str | None:
    """The catalogue key naming a well-known non-table format, None for anything else."""
    for magic, key in _SIGNATURES.items():
        if data.startswith(magic):
            return key
    return None


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


def _not_a_table(what_key: str) -> ImportFileError:
    return ImportFileError(Msg("ingest.file.not_a_table", what=Msg(what_key)))


def _decode(data: bytes) -> str:
    """Text of a CSV as Dutch Excel writes it: UTF-8 (with or without BOM), UTF-16 (Unicode-tekst) or cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _undecodable() from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _undecodable() from exc
    described = _describe_binary(data)
    if described:
        raise _not_a_table(described)
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(Msg("ingest.file.zip_not_xlsx_name"))
    if b"\x00" in data[:65536]:
        raise _not_a_table("ingest.binary.other")
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise _not_a_table("ingest.binary.other")
        return text
    raise _undecodable()


def _undecodable() -> ImportFileError:
    return ImportFileError(Msg("ingest.file.undecodable"))


def _looks_binary(text: str) -> bool:
    """Control characters other than tab and line breaks do not occur in a real table."""
    sample = text[:65536]
    if not sample:
        return False
    control = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f")
    return control > max(2, len(sample) // 200)


_DELIMITERS: Final = (";", ",", "\t")


def _count_cells(line: str, delimiter: str) -> int:
    """Cells of one line, respecting quotes; plain counting when the csv module refuses the line."""
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:
        return line.count(delimiter) + 1


def _detect_delimiter(text: str) -> str:
    """The separator that splits the header line into the most cells; the sniffer only breaks ties.

    The header is the one line whose content we know (column names without separators), which makes counting
    on it more reliable than csv.Sniffer on rows of free text full of commas.
    """
    # newline=None: universal newlines, so a lone "\r" (old Mac Excel) also ends the header line.
    header_line = next((line.rstrip("\n") for line in io.StringIO(text, newline=None) if line.strip()), "")
    counts = {d: _count_cells(header_line, d) for d in _DELIMITERS}
    best = max(counts.values())
    tied = [d for d in _DELIMITERS if counts[d] == best]
    if len(tied) == 1:
        return tied[0]
    try:
        sniffed = csv.Sniffer().sniff(text[:8192], delimiters="".join(tied)).delimiter
    except csv.Error:
        return tied[0]
    return sniffed if sniffed in tied else tied[0]


def _csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) per CSV record; a quoted line break stays inside its cell as in Excel."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as exc:
        raise ImportFileError(Msg("ingest.file.csv_unreadable", line=reader.line_num)) from exc


def _xlsx_cell_text(value: object) -> str:
    """Text of an Excel cell as the user sees it (2020, not 2020.0; a date as 2020-03-01)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    if not data.startswith(b"PK\x03\x04"):
        described = _describe_binary(data)
        if described == "ingest.binary.old_office":
            raise ImportFileError(Msg("ingest.file.old_xls"))
        raise ImportFileError(Msg("ingest.file.invalid_xlsx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            # Declared sizes bound what zipfile will unpack, so they are a safe measure against zip bombs.
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as exc:
        # zipfile raises BadZipFile, NotImplementedError, ValueError, ... on damaged data: all mean "damaged".
        raise ImportFileError(Msg("ingest.file.damaged_xlsx")) from exc
    if "xl/workbook.xml" not in names:
        raise ImportFileError(Msg("ingest.file.zip_not_workbook"))
    if unpacked > MAX_UNZIPPED_BYTES:
        raise ImportFileError(Msg("ingest.file.unzipped_too_large"))
    # openpyxl is the one third-party parser of user bytes here: whatever it raises on a malformed workbook
    # (XML errors, KeyError, TypeError, ...) means "unreadable file", never a traceback for the user.
    try:
        rows = list(_read_workbook(data))
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(Msg("ingest.file.unreadable_xlsx")) from exc
    yield from rows


def _read_workbook(data: bytes) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # imported here: only xlsx uploads need it

    # read_only streams the sheet; data_only reads cached values, so formulas are never evaluated.
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ImportFileError(Msg("ingest.file.no_sheets"))
        by_name = {name.strip().casefold(): name for name in workbook.sheetnames}
        sheet_name = by_name.get(PREFERRED_SHEET, workbook.sheetnames[0])
        sheet = workbook[sheet_name]
        if not hasattr(sheet, "iter_rows"):
            raise ImportFileError(Msg("ingest.file.chart_sheet", sheet=sheet_name))
        # Some writers store a wrong sheet size; forgetting it makes openpyxl read every cell there is.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            yield number, [_xlsx_cell_text(value) for value in values]
    finally:
        workbook.close()


def _unique_headers(cells: list[str]) -> list[str]:
    headers: list[str] = []
    for position, cell in enumerate(cells, start=1):
        name = " ".join(cell.split()) or f"kolom {position}"
        candidate, copy = name, 2
        while candidate in headers or candidate == OVERFLOW_COLUMN:
            candidate, copy = f"{name} ({copy})", copy + 1
        headers.append(candidate)
    return headers


def _rows_to_frame(rows: Iterable[tuple[int, list[str]]], *, overflow_is_error: bool) -> pd.DataFrame:
    """Header = first non-empty row; fully empty rows are skipped but keep their place in the numbering.

    Cells beyond the header are kept: in a CSV they mean a separator inside an unquoted cell (the row's
    values are shifted, so the row is rejected via OVERFLOW_COLUMN); in a spreadsheet they are a column
    without a name (reported as an unknown column).
    """
    filled = [(number, cells) for number, cells in rows if any(cell.strip() for cell in cells)]
    if not filled:
        raise ImportFileError(Msg("ingest.file.nothing"))
    header_cells = list(filled[0][1])
    while header_cells and not header_cells[-1].strip():
        header_cells.pop()
    body = filled[1:]
    if not overflow_is_error:
        widest = max((_filled_width(cells) for _, cells in body), default=0)
        header_cells.extend([""] * (widest - len(header_cells)))
    header = _unique_headers(header_cells)
    if len([name for name in header if not name.startswith("kolom ")]) < 2:
        raise ImportFileError(Msg("ingest.file.one_column"))
    if not body:
        raise ImportFileError(Msg("ingest.file.header_only"))
    width = len(header)
    table = []
    for _, cells in body:
        extra = [cell for cell in cells[width:] if cell.strip()]
        table.append([*cells[:width], *([""] * (width - len(cells))), schema.LIST_SEPARATOR.join(extra)])
    numbers = pd.Index([number for number, _ in body], name=ROW_INDEX_NAME)
    frame = pd.DataFrame(table, columns=[*header, OVERFLOW_COLUMN], index=numbers, dtype="str")
    if not frame[OVERFLOW_COLUMN].astype(bool).any():
        frame = frame.drop(columns=[OVERFLOW_COLUMN])
    return frame


def _filled_width(cells: list[str]) -> int:
    """Number of cells up to and including the last non-empty one."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def read_table(data: bytes, filename: str) -> pd.DataFrame:
    """All cells of a CSV or XLSX as text, header row as column names, spreadsheet row numbers as index.

    Raises ImportFileError (with a message for the user) for anything that is not a readable table.
    """
    _check_size(data)
    suffix = Path(filename).suffix.lower()
    if suffix in XLSX_EXTENSIONS:
        return _rows_to_frame(_xlsx_rows(data), overflow_is_error=False)
    if suffix in TEXT_EXTENSIONS:
        return _rows_to_frame(_csv_rows(_decode(data)), overflow_is_error=True)
    if suffix in (".xls", ".xlsm", ".xlsb", ".ods", ".numbers"):
        raise ImportFileError(Msg("ingest.file.extension_not_read", suffix=suffix))
    shown: object = suffix or Msg("ingest.file.no_extension")
    raise ImportFileError(Msg("ingest.file.type_unsupported", suffix=shown))
