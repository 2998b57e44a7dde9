"""Reading a user's file (CSV or XLSX bytes) into a raw table of text cells, or one clear error message.

Nothing here interprets values: ``read_table`` returns every cell as text with the spreadsheet row number in
the index, and ``dashboard.ingest`` validates the rows.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import pandas as pd

from dashboard.core import schema
from dashboard.i18n.formats import fmt_int
from dashboard.i18n.messages import Decimal, Localized, Msg, MsgError
from dashboard.ingest.budget import Budget, ValidationStoppedError

MAX_UPLOAD_BYTES: Final = 20 * 1024 * 1024
# An xlsx is a zip: 20 MB compressed can unpack to gigabytes (zip bomb), so the unpacked size is capped too.
MAX_UNZIPPED_BYTES: Final = 200 * 1024 * 1024
# Neither cap bounds the *work*: a workbook of under 1 MB can unpack to a million rows. So every part of an
# xlsx is capped on its own (openpyxl holds the whole shared-strings table in memory, hence its lower cap), and
# no file may have more than MAX_ROWS rows of data.
MAX_PART_BYTES: Final = 100 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES: Final = 20 * 1024 * 1024
SHARED_STRINGS_PART: Final = "xl/sharedStrings.xml"
MAX_ROWS: Final = 50_000
# The csv module refuses a field over 128 KB and loses the whole file; the upload cap bounds a field anyway,
# so the module may read it and the validator rejects only that row (see MAX_CELL_CHARS in validation).
csv.field_size_limit(MAX_UPLOAD_BYTES)
# File-level warnings found while reading travel with the table in DataFrame.attrs under this key.
WARNINGS_ATTR: Final = "leeswaarschuwingen"
TEXT_EXTENSIONS: Final = (".csv", ".txt", ".tsv")
XLSX_EXTENSIONS: Final = (".xlsx",)
FOLDER_EXTENSIONS: Final = (".csv", ".xlsx")
PREFERRED_SHEET: Final = "initiatieven"

# `read_table` puts the spreadsheet row number in the index under this name, so that row numbers stay true
# when empty rows are skipped.
ROW_INDEX_NAME: Final = "rij"
# Cells beyond the header in a CSV row (a separator inside an unquoted cell shifts every later value).
OVERFLOW_COLUMN: Final = "(extra cellen)"


class ImportFileError(MsgError):
    """The file as a whole cannot be read; `msg` is meant for the user, `message` is it in Dutch."""

    msg: Msg


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


def _utf16_32_without_bom(data: bytes) -> str | None:
    """The codec of UTF-32 or UTF-16 text without BOM, recognised by where its zero bytes fall."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    quarters = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    if quarters[1] > 0.9 and quarters[2] > 0.9 and quarters[3] > 0.9 and quarters[0] < 0.5:
        return "utf-32-le"
    if quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[2] > 0.9 and quarters[3] < 0.5:
        return "utf-32-be"
    even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.7 and even < 0.3:
        return "utf-16-le"
    if even > 0.7 and odd < 0.3:
        return "utf-16-be"
    return None


def _decode_mixed(data: bytes) -> tuple[str, bool]:
    """Line by line: UTF-8 where a line is valid UTF-8, cp1252 otherwise; True when both occur (mixed file)."""
    lines: list[str] = []
    utf8_lines = cp1252_lines = 0
    for raw in data.splitlines(keepends=True):
        try:
            line = raw.decode("utf-8")
            utf8_lines += not raw.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: latin-1 reads every byte
                line = raw.decode("latin-1")
            cp1252_lines += 1
        lines.append(line)
    return "".join(lines), bool(utf8_lines and cp1252_lines)


def _decode(data: bytes, warnings: list[Msg] | None = None) -> str:
    """Text of a CSV as Dutch Excel writes it: UTF-8 (with or without BOM), UTF-16 (Unicode-tekst) or cp1252.

    Also UTF-32 and UTF-16 without BOM; a file mixing UTF-8 and cp1252 lines is read line by line with a
    warning; NUL characters anywhere are removed with a warning (a few) or refused as binary (many).
    """
    warnings = [] if warnings is None else warnings
    text = _decode_text(data, warnings)
    nul = text.count("\x00")
    if nul:
        if nul > max(2, len(text) // 200):
            raise _not_a_table("ingest.binary.other")
        warnings.append(Msg("hardening.nul_removed", n=nul))
        text = text.replace("\x00", "")
    if _looks_binary(text):
        raise _not_a_table("ingest.binary.other")
    return text


def _decode_text(data: bytes, warnings: list[Msg]) -> str:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _undecodable() from exc
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
    wide = _utf16_32_without_bom(data)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError as exc:
            raise _undecodable() from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text, mixed = _decode_mixed(data)
    if mixed:
        warnings.append(Msg("hardening.mixed_encoding"))
    return text


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


def _swallowed_rows(cells: list[str], delimiter: str, width: int) -> bool:
    """True when a cell holds a line break followed by a line that looks like rows of the file (many
    separators): a real multi-line cell (an address, a note) has few or none."""
    needed = max(2, width // 3)
    return any(
        any(line.count(delimiter) >= needed for line in cell.splitlines()[1:])
        for cell in cells
        if "\n" in cell or "\r" in cell
    )


def _checked_records(reader: Iterator[list[str]], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    width = 0
    for number, cells in enumerate(reader, start=1):
        width = width or len(cells)
        if number > 1 and _swallowed_rows(cells, delimiter, width):
            raise ImportFileError(Msg("hardening.unclosed_quote", row=number))
        yield number, cells


def _csv_rows(text: str, budget: Budget) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) per CSV record; a quoted line break stays inside its cell as in Excel."""
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from bounded_rows(_checked_records(reader, delimiter), budget)
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


def bounded_rows(rows: Iterable[tuple[int, list[str]]], budget: Budget) -> Iterator[tuple[int, list[str]]]:
    """The rows, stopped with a clear message after MAX_ROWS rows of data (plus the header) or when the budget
    runs out: reading stops there, so a decompression bomb costs the time of MAX_ROWS rows, not of its size."""
    filled = 0
    for position, (number, cells) in enumerate(rows):
        budget.every(position)
        if any(cell.strip() for cell in cells):
            filled += 1
            if filled > MAX_ROWS + 1:
                raise ImportFileError(Msg("hardening.rows_cap", cap=Localized.of(partial(fmt_int, MAX_ROWS))))
        yield number, cells


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts unpack beyond their caps (declared sizes bound what zipfile unpacks)."""
    for info in archive.infolist():
        cap = MAX_SHARED_STRINGS_BYTES if info.filename == SHARED_STRINGS_PART else MAX_PART_BYTES
        if info.file_size > cap:
            raise ImportFileError(
                Msg(
                    "hardening.part_too_large",
                    part=info.filename,
                    mb=Decimal(info.file_size / 1024 / 1024, 0),
                    cap=cap // 1024 // 1024,
                )
            )


def _xlsx_rows(data: bytes, budget: Budget, warnings: list[Msg]) -> Iterator[tuple[int, list[str]]]:
    if not data.startswith(b"PK\x03\x04"):
        described = _describe_binary(data)
        if described == "ingest.binary.old_office" and "EncryptedPackage".encode("utf-16-le") in data:
            # Excel stores a workbook with a password to open as an encrypted package inside an old-style
            # Office container: it is not an .xls at all.
            raise ImportFileError(Msg("hardening.password"))
        if described == "ingest.binary.old_office":
            raise ImportFileError(Msg("ingest.file.old_xls"))
        raise ImportFileError(Msg("ingest.file.invalid_xlsx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            # Declared sizes bound what zipfile will unpack, so they are a safe measure against zip bombs.
            unpacked = sum(info.file_size for info in archive.infolist())
            _check_parts(archive)
    except ImportFileError:
        raise
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
        rows = list(bounded_rows(_read_workbook(data, warnings), budget))
    except (ImportFileError, ValidationStoppedError):
        raise
    except Exception as exc:
        raise ImportFileError(Msg("ingest.file.unreadable_xlsx")) from exc
    yield from rows


def _sheet_size_from_header(self: Any) -> None:
    """openpyxl's ReadOnlyWorksheet._get_size without its flaw: openpyxl looks for <dimension> with end events,
    and the end of <sheetData> comes only after the whole sheet, so a sheet without <dimension> is parsed in
    full when the workbook is opened, before a single row is read (a decompression bomb then costs minutes).
    The schema puts <dimension> before <sheetData>, so stopping at the start of <sheetData> finds the same."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.constants import SHEET_MAIN_NS

    with self._get_source() as source:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == f"{{{SHEET_MAIN_NS}}}dimension":
                ref = element.get("ref")
                if ref:
                    bounds = SheetDimension(ref=ref).boundaries
                    self._min_column, self._min_row, self._max_column, self._max_row = bounds
                return
            if element.tag == f"{{{SHEET_MAIN_NS}}}sheetData":
                return


def _openpyxl() -> ModuleType:
    """openpyxl with the bounded sheet-size probe (imported here: only xlsx uploads need it)."""
    import openpyxl
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    # A private method, not in the type stubs: set by name.
    setattr(ReadOnlyWorksheet, "_get_size", _sheet_size_from_header)  # noqa: B010
    return openpyxl


# A formula cell without a stored result: <f>…</f> (or <f/>) directly followed by the end of the cell.
_FORMULA_WITHOUT_VALUE: Final = re.compile(
    rb"<f(?:\s[^>]*)?(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>"
)
# Rows looked at per sheet to find the template's header.
_HEADER_SCAN_ROWS: Final = 20


def _header_score(sheet: Any) -> int:
    """How many known column names the first non-empty row of a sheet (within its first rows) has."""
    from dashboard.ingest.vocab import canonical_column  # the column vocabulary lives with the validator

    for values in itertools.islice(sheet.iter_rows(values_only=True), _HEADER_SCAN_ROWS):
        cells = [_xlsx_cell_text(value).strip() for value in values]
        if any(cells):
            return len({canonical_column(cell) for cell in cells if cell} - {None})
    return 0


def _choose_sheet(workbook: Any, warnings: list[Msg]) -> str:
    """The sheet named "initiatieven", else the first sheet with the template's header, else the first."""
    names: list[str] = workbook.sheetnames
    by_name = {name.strip().casefold(): name for name in names}
    if PREFERRED_SHEET in by_name:
        return by_name[PREFERRED_SHEET]
    tables = [name for name in names if hasattr(workbook[name], "iter_rows")]
    scores = {name: _header_score(workbook[name]) for name in tables}
    best = max(tables, key=lambda name: scores[name], default=names[0])
    if best != names[0] and scores[best] >= 2:
        warnings.append(Msg("hardening.later_sheet", sheet=best, first=names[0]))
        return best
    return names[0]


def _formulas_without_value(data: bytes, sheet_path: str) -> int:
    """Formula cells without a stored result in one sheet part, streamed in chunks (bounded memory)."""
    count, tail = 0, b""
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(sheet_path) as part:
        while chunk := part.read(1 << 20):
            text = tail + chunk
            # Count only matches that end before the last cell boundary; the rest is carried over.
            cut = text.rfind(b"</c>") + 4 if b"</c>" in text else 0
            count += len(_FORMULA_WITHOUT_VALUE.findall(text, 0, cut))
            tail = text[cut:]
    return count


def _read_workbook(data: bytes, warnings: list[Msg]) -> Iterator[tuple[int, list[str]]]:
    openpyxl = _openpyxl()

    # read_only streams the sheet; data_only reads cached values, so formulas are never evaluated.
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ImportFileError(Msg("ingest.file.no_sheets"))
        sheet_name = _choose_sheet(workbook, warnings)
        sheet = workbook[sheet_name]
        if not hasattr(sheet, "iter_rows"):
            raise ImportFileError(Msg("ingest.file.chart_sheet", sheet=sheet_name))
        # Some writers store a wrong sheet size; forgetting it makes openpyxl read every cell there is.
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            yield number, [_xlsx_cell_text(value) for value in values]
        # Only for a sheet within the row cap (a bomb stops above, before this scan).
        formulas = _formulas_without_value(data, sheet._worksheet_path.lstrip("/"))
        if formulas:
            warnings.append(Msg("hardening.formulas", n=formulas, sheet=sheet_name))
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


def read_table(data: bytes, filename: str, budget: Budget | None = None) -> pd.DataFrame:
    """All cells of a CSV or XLSX as text, header row as column names, spreadsheet row numbers as index.

    Raises ImportFileError (with a message for the user) for anything that is not a readable table,
    ValidationStoppedError when the budget runs out or the user has left.
    """
    _check_size(data)
    budget = budget or Budget()
    suffix = Path(filename).suffix.lower()
    warnings: list[Msg] = []
    if suffix in XLSX_EXTENSIONS:
        frame = _rows_to_frame(_xlsx_rows(data, budget, warnings), overflow_is_error=False)
    elif suffix in TEXT_EXTENSIONS:
        frame = _rows_to_frame(_csv_rows(_decode(data, warnings), budget), overflow_is_error=True)
    else:
        frame = None
    if frame is not None:
        frame.attrs[WARNINGS_ATTR] = warnings
        return frame
    if suffix in (".xls", ".xlsm", ".xlsb", ".ods", ".numbers"):
        raise ImportFileError(Msg("ingest.file.extension_not_read", suffix=suffix))
    shown: object = suffix or Msg("ingest.file.no_extension")
    raise ImportFileError(Msg("ingest.file.type_unsupported", suffix=shown))
