"""Reading and validating files of initiatives (CSV or XLSX) into the records the whole app uses.

Two promises hold for every file a user can throw at it:

- nothing raises on user content: a file that cannot be read becomes an `ImportResult` with one clear Dutch
  message, and every row problem becomes an `Issue` with the spreadsheet row number (header = row 1);
- rows in = rows accepted + rows rejected: a row is either a record or a rejected row with its messages.

Records are one row per initiative per year with the columns of `RECORD_COLUMNS` (codes of dashboard.schema,
lists as tuples, gemeenten as 2025 GM codes).
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import math
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal
from urllib.parse import urlsplit

import pandas as pd

from dashboard import schema
from dashboard.i18n import t
from dashboard.insurers import canonical_insurer

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver, Resolution

Severity = Literal["error", "warning"]

# Shipped example data; `data_path()` lets an environment variable point the app at other files.
DEFAULT_DATA_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "initiatieven"
DATA_ENV_VAR: Final = "PREVENTIEKAART_DATA"

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
REJECTED_ROW_COLUMN: Final = "rij"
REJECTED_ERRORS_COLUMN: Final = "fouten"
REJECTED_FILE_COLUMN: Final = "bestand"
ERROR_JOINER: Final = " | "

# Start years before this are typing errors, not prevention initiatives.
MIN_START_YEAR: Final = 1900

RECORD_COLUMNS: Final = (
    "id",
    "naam",
    "jaar",
    "preventiecoalitie",
    "reikwijdte",
    "gemeenten",
    "wijken",
    "samenwerkingsniveau",
    "afspraken",
    "financiering",
    "zorgverzekeraars",
    "partijen",
    "interventies",
    "gli_programmas",
    "doelgroepen",
    "startjaar",
    "bron",
    "bron_url",
    "toelichting",
    "voorbeelddata",
    "bronbestand",
    "bronrij",
)
_RECORD_DTYPES: Final[dict[str, str]] = {
    "jaar": "int64",
    "preventiecoalitie": "bool",
    "voorbeelddata": "bool",
    "bronrij": "int64",
    "startjaar": "object",
    **dict.fromkeys(schema.LIST_COLUMNS, "object"),
}


def data_path() -> Path:
    """Where the app reads its records: `$PREVENTIEKAART_DATA` if set, else the shipped example data."""
    configured = os.environ.get(DATA_ENV_VAR, "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_DATA_PATH


# --------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Issue:
    """One problem; `row` is the spreadsheet row (header = 1), None for a problem with the file itself."""

    row: int | None
    column: str | None
    value: str | None
    severity: Severity
    message: str

    def to_json_dict(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "severity": self.severity,
            "message": self.message,
        }


class ImportFileError(Exception):
    """The file as a whole cannot be read; `message` is Dutch and meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ImportResult:
    file: str
    rows_total: int
    records: pd.DataFrame
    rejected: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)

    @property
    def rows_accepted(self) -> int:
        return len(self.records)

    @property
    def rows_rejected(self) -> int:
        return len(self.rejected)

    @property
    def is_example(self) -> bool:
        """True when any record is marked as generated example data ("voorbeelddata")."""
        return bool(self.records["voorbeelddata"].any()) if len(self.records) else False

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == "warning"]

    @property
    def has_file_error(self) -> bool:
        """The file (not a row) is unusable: unreadable, empty, or without the required columns."""
        return any(issue.row is None and issue.severity == "error" for issue in self.issues)

    def to_json_dict(self) -> dict[str, object]:
        """Exactly the JSON of `python -m dashboard validate --json`."""
        return {
            "file": self.file,
            "rows_total": self.rows_total,
            "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected,
            "issues": [issue.to_json_dict() for issue in self.issues],
        }


def empty_records() -> pd.DataFrame:
    """A records frame without rows, with the columns and dtypes of real records."""
    return _records_frame([])


def _records_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    if not rows:
        # Without rows pandas cannot infer anything: give every column its final dtype explicitly.
        return frame.astype({c: _RECORD_DTYPES.get(c, "str") for c in RECORD_COLUMNS})
    for column in (*schema.LIST_COLUMNS, "startjaar"):
        # Tuples and None must stay Python objects; pandas would otherwise turn None into NaN.
        frame[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype="object")
    return frame.astype(
        {c: _RECORD_DTYPES[c] for c in ("jaar", "preventiecoalitie", "voorbeelddata", "bronrij")}
    )


def _file_error_result(file: str, message: str, rows_total: int = 0) -> ImportResult:
    rejected = pd.DataFrame(columns=[REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN])
    return ImportResult(
        file, rows_total, empty_records(), rejected, [Issue(None, None, None, "error", message)]
    )


# --------------------------------------------------------------------------------------------------------------
# Reading files


def _describe_binary(data: bytes) -> str | None:
    """A Dutch name for well-known non-table formats, recognised by their first bytes."""
    signatures = {
        b"%PDF": "een PDF-bestand",
        b"\xd0\xcf\x11\xe0": "een oud Office-bestand (bijvoorbeeld .xls of .doc)",
        b"\x1f\x8b": "een gecomprimeerd bestand (gzip)",
        b"\x89PNG": "een afbeelding (PNG)",
        b"\xff\xd8\xff": "een afbeelding (JPEG)",
        b"GIF8": "een afbeelding (GIF)",
        b"Rar!": "een gecomprimeerd bestand (rar)",
        b"7z\xbc\xaf": "een gecomprimeerd bestand (7z)",
    }
    for magic, description in signatures.items():
        if data.startswith(magic):
            return description
    return None


def _too_large(size: int) -> ImportFileError:
    return ImportFileError(
        f"Het bestand is te groot ({size / 1024 / 1024:.1f} MB); de grens is "
        f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB. Splits het bestand of verwijder overbodige tabbladen."
    )


def _check_size(data: bytes) -> None:
    if len(data) == 0:
        raise ImportFileError("Het bestand is leeg (0 bytes).")
    if len(data) > MAX_UPLOAD_BYTES:
        raise _too_large(len(data))


def _not_a_table(what: str) -> ImportFileError:
    return ImportFileError(
        f"Dit bestand is geen tabel maar lijkt {what}. Sla de gegevens op als Excel-werkmap (.xlsx) of als "
        "CSV-bestand (.csv); het sjabloon laat zien hoe."
    )


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
        raise ImportFileError(
            "Dit bestand is een zip- of Excel-bestand, maar de naam eindigt niet op .xlsx. "
            "Geef een Excel-werkmap de extensie .xlsx, of sla de gegevens op als CSV."
        )
    if b"\x00" in data[:65536]:
        raise _not_a_table("een binair bestand (geen leesbare tekst)")
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise _not_a_table("een binair bestand (geen leesbare tekst)")
        return text
    raise _undecodable()


def _undecodable() -> ImportFileError:
    return ImportFileError(
        "De tekens in dit bestand kunnen niet worden gelezen. Sla het in Excel op als "
        "'CSV UTF-8 (door lijstscheidingsteken gescheiden)' en probeer het opnieuw."
    )


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
        raise ImportFileError(
            f"Het CSV-bestand is onleesbaar rond regel {reader.line_num}: controleer de aanhalingstekens."
        ) from exc


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
        if described and "xls" in described:
            raise ImportFileError(
                "Dit is een bestand in het oude Excel-formaat (.xls). Open het in Excel en sla het op als "
                "Excel-werkmap (.xlsx)."
            )
        raise ImportFileError(
            "Dit bestand heeft de extensie .xlsx maar is geen geldig Excel-bestand. Open het in Excel en sla "
            "het opnieuw op als Excel-werkmap (.xlsx)."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            # Declared sizes bound what zipfile will unpack, so they are a safe measure against zip bombs.
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as exc:
        # zipfile raises BadZipFile, NotImplementedError, ValueError, ... on damaged data: all mean "damaged".
        raise ImportFileError("Dit Excel-bestand is beschadigd en kan niet worden geopend.") from exc
    if "xl/workbook.xml" not in names:
        raise ImportFileError(
            "Dit is een zip-bestand, geen Excel-werkmap. Sla de gegevens op als Excel-werkmap (.xlsx) of CSV."
        )
    if unpacked > MAX_UNZIPPED_BYTES:
        raise ImportFileError(
            "Dit Excel-bestand is uitgepakt te groot om te verwerken. Verwijder overbodige tabbladen of "
            "sla de gegevens op als CSV."
        )
    # openpyxl is the one third-party parser of user bytes here: whatever it raises on a malformed workbook
    # (XML errors, KeyError, TypeError, ...) means "unreadable file", never a traceback for the user.
    try:
        rows = list(_read_workbook(data))
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            "Dit Excel-bestand kan niet worden gelezen. Open het in Excel en sla het opnieuw op als "
            "Excel-werkmap (.xlsx)."
        ) from exc
    yield from rows


def _read_workbook(data: bytes) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # imported here: only xlsx uploads need it

    # read_only streams the sheet; data_only reads cached values, so formulas are never evaluated.
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ImportFileError("Dit Excel-bestand bevat geen tabbladen.")
        by_name = {name.strip().casefold(): name for name in workbook.sheetnames}
        sheet_name = by_name.get(PREFERRED_SHEET, workbook.sheetnames[0])
        sheet = workbook[sheet_name]
        if not hasattr(sheet, "iter_rows"):
            raise ImportFileError(f"Tabblad '{sheet_name}' is een grafiek, geen tabel.")
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
        raise ImportFileError("Het bestand bevat geen gegevens: er staat niets in.")
    header_cells = list(filled[0][1])
    while header_cells and not header_cells[-1].strip():
        header_cells.pop()
    body = filled[1:]
    if not overflow_is_error:
        widest = max((_filled_width(cells) for _, cells in body), default=0)
        header_cells.extend([""] * (widest - len(header_cells)))
    header = _unique_headers(header_cells)
    if len([name for name in header if not name.startswith("kolom ")]) < 2:
        raise ImportFileError(
            "Dit bestand lijkt geen tabel: de eerste rij heeft maar één kolom. Zet de kolomnamen (id, naam, "
            "jaar, gemeenten, ...) in de eerste rij, gescheiden door puntkomma's (;), of gebruik het sjabloon."
        )
    if not body:
        raise ImportFileError("Het bestand bevat alleen een kopregel en geen initiatieven.")
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

    Raises ImportFileError (Dutch message) for anything that is not a readable table.
    """
    _check_size(data)
    suffix = Path(filename).suffix.lower()
    if suffix in XLSX_EXTENSIONS:
        return _rows_to_frame(_xlsx_rows(data), overflow_is_error=False)
    if suffix in TEXT_EXTENSIONS:
        return _rows_to_frame(_csv_rows(_decode(data)), overflow_is_error=True)
    if suffix in (".xls", ".xlsm", ".xlsb", ".ods", ".numbers"):
        raise ImportFileError(
            f"Bestanden met de extensie {suffix} worden niet gelezen. Sla de gegevens in Excel op als "
            "Excel-werkmap (.xlsx) of als CSV-bestand (.csv)."
        )
    shown = suffix or "(geen extensie)"
    raise ImportFileError(
        f"Bestandstype {shown} wordt niet ondersteund. Gebruik een Excel-werkmap (.xlsx) of een CSV-bestand (.csv)."
    )


# --------------------------------------------------------------------------------------------------------------
# Vocabularies: codes of dashboard.schema, their i18n labels (nl, en) and a few everyday variants


# Cached: files repeat the same few labels thousands of times, and normalising is the validator's hot spot.
@functools.lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """Compare values ignoring case, accents, punctuation and spacing ("Welzijn-op-recept" = "welzijn op recept")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


@dataclass(frozen=True)
class Vocabulary:
    """The allowed codes of one column and every spelling that maps to them."""

    column: str
    kind: str  # the i18n label prefix: level, party, intervention, ...
    codes: tuple[str, ...]
    lookup: Mapping[str, str]  # match_key(spelling) -> code
    aliases: Mapping[str, str]  # everyday spelling as written -> code (besides codes and i18n labels)

    def code(self, text: str) -> str | None:
        return self.lookup.get(match_key(text))

    def label(self, code: str) -> str:
        return t(f"{self.kind}.{code}")

    def allowed_text(self) -> str:
        """The allowed values as a civil servant reads them: 'Wmo, Zvw, Wpg, overig'."""
        parts = []
        for code in self.codes:
            label = self.label(code)
            label_key, code_key = match_key(label), match_key(code)
            # "Wmo" for wmo and "regio (meerdere gemeenten)" for regio: the label already shows the code.
            says_code = label_key == code_key or label_key.startswith(f"{code_key} ")
            parts.append(label if says_code else f"{code} ({label})")
        return ", ".join(parts)

    def other_spellings(self, code: str) -> list[str]:
        """Everyday spellings of a code besides the code and its Dutch label (for the template)."""
        shown = {match_key(code), match_key(self.label(code))}
        spellings = [alias for alias, target in self.aliases.items() if target == code]
        return [alias for alias in spellings if match_key(alias) not in shown]


def _vocabulary(column: str, kind: str, codes: tuple[str, ...], aliases: Mapping[str, str]) -> Vocabulary:
    lookup: dict[str, str] = {}
    # Codes and labels first, so an alias can never hide them.
    for code in codes:
        for spelling in (code, t(f"{kind}.{code}", "nl"), t(f"{kind}.{code}", "en")):
            lookup.setdefault(match_key(spelling), code)
    for alias, code in aliases.items():
        lookup.setdefault(match_key(alias), code)
    return Vocabulary(column, kind, codes, lookup, dict(aliases))


_LEVEL_ALIASES: Final[dict[str, str]] = {
    # RIVM numbers the scale 1-6; 0 is how people write "not known".
    **{str(number): code for number, code in enumerate(schema.LEVELS)},
    **{f"niveau {number}": code for number, code in enumerate(schema.LEVELS)},
    "onbekend": "onbekend",
    "alleen gemeente": "een_partij",
    "alleen zorgverzekeraar": "een_partij",
    "een partij": "een_partij",
    "apart betrokken": "apart",
    "in gesprek": "in_gesprek",
    "informele afspraak": "informeel",
    "formele afspraak": "formeel",
}
_PARTY_ALIASES: Final[dict[str, str]] = {
    "gemeenten": "gemeente",
    "zorgverzekeraars": "zorgverzekeraar",
    "verzekeraar": "zorgverzekeraar",
    "huisartsen": "huisarts",
    "huisartsenpraktijk": "huisarts",
    "huisartsenpraktijken": "huisarts",
    "huisartsenzorg": "huisarts",
    "POH": "huisarts",
    "praktijkondersteuner": "huisarts",
    "praktijkondersteuners": "huisarts",
    "huisarts en POH": "huisarts",
    "huisartsen en POH": "huisarts",
    "welzijn": "welzijn",
    "welzijnsorganisatie": "welzijn",
    "welzijnswerk": "welzijn",
    "welzijnsinstelling": "welzijn",
    "thuiszorgorganisatie": "thuiszorg",
    "thuiszorgorganisaties": "thuiszorg",
    "gemeentelijke gezondheidsdienst": "ggd",
    "paramedicus": "paramedici",
    "paramedische zorg": "paramedici",
    "fysiotherapeut": "paramedici",
    "fysiotherapeuten": "paramedici",
    "fysiotherapie": "paramedici",
    "diëtist": "paramedici",
    "diëtisten": "paramedici",
    "ergotherapeut": "paramedici",
    "ergotherapeuten": "paramedici",
    "sociaal werker": "sociaal_werk",
    "sociaal werkers": "sociaal_werk",
    "maatschappelijk werk": "sociaal_werk",
    "inwoner": "inwoners",
    "bewoners": "inwoners",
    "buurtbewoners": "inwoners",
    "burgers": "inwoners",
    "kennisinstituut": "kennisinstituut",
    "kennisinstituten": "kennisinstituut",
    "universiteit": "kennisinstituut",
    "universiteiten": "kennisinstituut",
    "mbo": "beroepsonderwijs",
    "ROC": "beroepsonderwijs",
    "hbo": "beroepsonderwijs",
    "middelbaar beroepsonderwijs": "beroepsonderwijs",
    "hoger beroepsonderwijs": "beroepsonderwijs",
}
_INTERVENTION_ALIASES: Final[dict[str, str]] = {
    "WoR": "welzijn_op_recept",
    "Welzijn op Recept": "welzijn_op_recept",
    "GLI": "gli",
    "gecombineerde leefstijlinterventie": "gli",
    "gecombineerde leefstijl interventie": "gli",
    "leefstijlinterventie": "gli",
    "val preventie": "valpreventie",
    "overgewicht bij kinderen": "kinderen_overgewicht",
    "overgewicht kinderen": "kinderen_overgewicht",
    "JOGG": "kinderen_overgewicht",
    "diabetes type 2": "diabetes",
    "diabetespreventie": "diabetes",
}
_GLI_ALIASES: Final[dict[str, str]] = {
    "de beweegkuur": "beweegkuur",
    "coaching op leefstijl": "cool",
    "SSiB": "samen_sportief_in_beweging",
    "anders": "overig",
    "andere": "overig",
    "overige": "overig",
    "ander programma": "overig",
}
_FUNDING_ALIASES: Final[dict[str, str]] = {
    "wet maatschappelijke ondersteuning": "wmo",
    "zorgverzekeringswet": "zvw",
    "wet publieke gezondheid": "wpg",
    "anders": "overig",
    "overige": "overig",
}
_AGREEMENT_ALIASES: Final[dict[str, str]] = {
    "inhoudelijk": "inhoud",
    "inhoudelijke afspraken": "inhoud",
    "financieel": "financiering",
    "financiële afspraken": "financiering",
    "inhoud financiering": "beide",
    "financiering en inhoud": "beide",
    "financiering inhoud": "beide",
    "beiden": "beide",
}
_REACH_ALIASES: Final[dict[str, str]] = {
    "wijken": "wijk",
    "buurt": "wijk",
    "wijkniveau": "wijk",
    "gemeentelijk": "gemeente",
    "lokaal": "gemeente",
    "regionaal": "regio",
    "meerdere gemeenten": "regio",
    "provinciaal": "provincie",
}
_TARGET_ALIASES: Final[dict[str, str]] = {
    "ouderen": "ouderen",
    "kwetsbare ouderen": "ouderen",
    "psychische klachten": "psychische_klachten",
    "jeugd": "jongeren",
    "overgewicht": "overgewicht",
    "lage sociaaleconomische status": "lage_ses",
    "lage sociaal-economische status": "lage_ses",
    "mantelzorg": "mantelzorgers",
    "mantelzorger": "mantelzorgers",
    "onderwijs": "onderwijs",
    "leerlingen": "onderwijs",
    "leerkrachten": "onderwijs",
    "scholen": "onderwijs",
    "iedereen": "alle_inwoners",
    "inwoners": "alle_inwoners",
}

LEVELS_VOCAB: Final = _vocabulary("samenwerkingsniveau", "level", schema.LEVELS, _LEVEL_ALIASES)
PARTIES_VOCAB: Final = _vocabulary("partijen", "party", schema.PARTIES, _PARTY_ALIASES)
INTERVENTIONS_VOCAB: Final = _vocabulary(
    "interventies", "intervention", schema.INTERVENTIONS, _INTERVENTION_ALIASES
)
GLI_VOCAB: Final = _vocabulary("gli_programmas", "gli", schema.GLI_PROGRAMS, _GLI_ALIASES)
FUNDING_VOCAB: Final = _vocabulary("financiering", "funding", schema.FUNDING, _FUNDING_ALIASES)
AGREEMENTS_VOCAB: Final = _vocabulary("afspraken", "agreement", schema.AGREEMENTS, _AGREEMENT_ALIASES)
REACH_VOCAB: Final = _vocabulary("reikwijdte", "reach", schema.REACH, _REACH_ALIASES)
TARGETS_VOCAB: Final = _vocabulary("doelgroepen", "target", schema.TARGET_GROUPS, _TARGET_ALIASES)
VOCABULARIES: Final[dict[str, Vocabulary]] = {
    vocab.column: vocab
    for vocab in (
        LEVELS_VOCAB,
        REACH_VOCAB,
        AGREEMENTS_VOCAB,
        FUNDING_VOCAB,
        PARTIES_VOCAB,
        INTERVENTIONS_VOCAB,
        GLI_VOCAB,
        TARGETS_VOCAB,
    )
}

TRUE_WORDS: Final = frozenset({"ja", "j", "true", "waar", "1", "yes", "y"})
FALSE_WORDS: Final = frozenset({"nee", "n", "false", "onwaar", "0", "no"})


def level_allowed_text() -> str:
    """'0 = onbekend, 1 = geen van beide betrokken, …' for messages, the template and the instruction."""
    return ", ".join(f"{number} = {t(f'level.{code}')}" for number, code in enumerate(schema.LEVELS))


# --------------------------------------------------------------------------------------------------------------
# Parsing single cells (pure)

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def unguard(text: str) -> str:
    """Undo export.safe_cell: a leading ' before a formula character was added by us, not typed by the user."""
    if len(text) >= 2 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """Any cell (str from a file, or a number/NaN in a hand-built frame) as text; missing = ""."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value)


def split_list(text: str) -> list[str]:
    """Items of a list cell: ';' separates, and so does a line break (Alt+Enter in Excel)."""
    items = re.split(r"[;\n\r]", text)
    return [" ".join(item.split()) for item in items if item.strip()]


def parse_int(text: str) -> int | None:
    """A whole number written as 2020, 2020.0 or ' 2020 '; None for anything else."""
    match = re.fullmatch(r"\s*([+-]?\d{1,9})(?:[.,]0+)?\s*", text)
    return int(match.group(1)) if match else None


def parse_bool(text: str) -> bool | None:
    key = match_key(text)
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    return None


_URL: Final = re.compile(r"""(?:(?<=^)|(?<=[\s;,(\[<"]))https?://[^\s<>"'`]+""", re.IGNORECASE)
# "javascript: x" runs in a browser even with a space; "data:"/"file:" only directly followed by content,
# so that an ordinary "Zie data: RIVM" is not flagged.
_UNSAFE_SCHEME: Final = re.compile(r"\b(?:(?:javascript|vbscript)\s*:|(?:data|file):\S)", re.IGNORECASE)


def first_url(text: str) -> str:
    """The first http(s) URL that stands on its own in `text`; "" if none.

    Only http(s) ever becomes a link: "javascript:…" or "data:…" stays plain text. The URL must start at a
    word boundary, so "javascript:go('https://x')" yields nothing.
    """
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)]}")
        parts = urlsplit(url)
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return url
    return ""


def involved_parties(partijen: Iterable[str], zorgverzekeraars: Iterable[str]) -> set[str]:
    """Parties involved in an initiative: its partijen, plus "zorgverzekeraar" when an insurer is named."""
    involved = set(partijen)
    if any(True for _ in zorgverzekeraars):
        involved.add("zorgverzekeraar")
    return involved


# --------------------------------------------------------------------------------------------------------------
# Headers

_HEADER_ALIASES: Final[dict[str, str]] = {
    "peiljaar": "jaar",
    "jaartal": "jaar",
    "gemeente": "gemeenten",
    "gemeentecodes": "gemeenten",
    "wijk": "wijken",
    "niveau": "samenwerkingsniveau",
    "samenwerking": "samenwerkingsniveau",
    "afspraak": "afspraken",
    "zorgverzekeraar": "zorgverzekeraars",
    "verzekeraars": "zorgverzekeraars",
    "partij": "partijen",
    "partners": "partijen",
    "interventie": "interventies",
    "gliprogramma": "gli_programmas",
    "gli": "gli_programmas",
    "doelgroep": "doelgroepen",
    "start": "startjaar",
    "bronnen": "bron",
    "opmerkingen": "toelichting",
    "opmerking": "toelichting",
}
KNOWN_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)


def _header_key(name: str) -> str:
    return match_key(name).replace(" ", "")


_HEADER_LOOKUP: Final[dict[str, str]] = {
    **{_header_key(alias): column for alias, column in _HEADER_ALIASES.items()},
    **{_header_key(column): column for column in KNOWN_COLUMNS},
}


def canonical_column(header: str) -> str | None:
    """The schema column a header names ("Gemeente", "GLI-programma's", " JAAR " …), None if unknown."""
    return _HEADER_LOOKUP.get(_header_key(header))


# --------------------------------------------------------------------------------------------------------------
# Validation


@dataclass
class _Context:
    """What validating one file needs besides the row: resolver, caches and keys seen in earlier files."""

    file: str
    resolver: GemeenteResolver
    seen: dict[tuple[str, int], tuple[str, int]]
    resolutions: dict[str, Resolution] = field(default_factory=dict)

    def resolve(self, item: str) -> Resolution:
        if item not in self.resolutions:
            self.resolutions[item] = self.resolver.resolve(item)
        return self.resolutions[item]


class _Row:
    """Collects the problems of one row."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.issues: list[Issue] = []

    def error(self, column: str | None, value: str | None, message: str) -> None:
        self.issues.append(Issue(self.number, column, value, "error", message))

    def warn(self, column: str | None, value: str | None, message: str) -> None:
        self.issues.append(Issue(self.number, column, value, "warning", message))

    @property
    def ok(self) -> bool:
        return not any(issue.severity == "error" for issue in self.issues)


def _level_phrase(level: str) -> str:
    return f"niveau {schema.level_rank(level)} ({t(f'level.{level}')})"


def _parse_year(row: _Row, column: str, text: str, low: int, high: int) -> int | None:
    if not text:
        return None
    number = parse_int(text)
    if number is None:
        row.error(
            column, text, f"De waarde '{text}' in {column} is geen jaartal; vul een jaar in zoals 2020."
        )
        return None
    if not low <= number <= high:
        row.error(column, text, f"Onmogelijk {column} {number}: kies een jaar van {low} tot en met {high}.")
        return None
    return number


def _parse_level(row: _Row, text: str) -> str | None:
    """The level code ("onbekend" for a blank cell), None when the value is not a level."""
    if not text:
        return schema.UNKNOWN_LEVEL
    number = parse_int(text)  # "6", "6.0" and "6,0" are all level 6
    code = LEVELS_VOCAB.code(str(number) if number is not None else text)
    if code is None:
        row.error(
            "samenwerkingsniveau",
            text,
            f"Onbekend samenwerkingsniveau '{text}'. Vul een getal of omschrijving in: {level_allowed_text()} "
            f"(de codes {', '.join(schema.LEVELS)} mogen ook).",
        )
    return code


def _parse_codes(row: _Row, vocab: Vocabulary, text: str) -> tuple[str, ...]:
    """A list cell of which every item must be a known code (financiering, gli_programmas)."""
    codes: list[str] = []
    for item in split_list(text):
        code = vocab.code(item)
        if code is None:
            row.error(
                vocab.column,
                item,
                f"Onbekende waarde '{item}' in {vocab.column}. Toegestaan: {vocab.allowed_text()}.",
            )
        elif code not in codes:
            codes.append(code)
    return tuple(codes)


def _parse_open_list(vocab: Vocabulary, text: str) -> tuple[str, ...]:
    """A list cell where known labels become codes and anything else is kept as free text."""
    values: list[str] = []
    for item in split_list(text):
        value = vocab.code(item) or item
        if value not in values:
            values.append(value)
    return tuple(values)


def _parse_gemeenten(row: _Row, ctx: _Context, text: str) -> tuple[str, ...]:
    codes: list[str] = []
    items = split_list(text)
    if not items:
        row.error(
            "gemeenten",
            text or None,
            "Geen gemeente ingevuld: elk initiatief hoort bij minstens één gemeente.",
        )
        return ()
    for item in items:
        resolution = ctx.resolve(item)
        status = resolution.status
        if status in ("ok", "mapped", "split"):
            codes.extend(code for code in resolution.codes if code not in codes)
            if status != "ok":
                row.warn(
                    "gemeenten",
                    item,
                    resolution.message or f"Gemeente '{item}' is omgezet naar de indeling 2025.",
                )
        elif status == "ambiguous":
            row.error("gemeenten", item, resolution.message or _ambiguous_message(ctx, item, resolution))
        elif status == "unknown":
            message = resolution.message or f"Gemeente '{item}' niet gevonden."
            if "," in item:
                message += " Scheid meerdere gemeenten met een puntkomma (;)."
            row.error("gemeenten", item, message)
        # "empty" cannot occur: split_list drops blank items.
    return tuple(codes)


def _ambiguous_message(ctx: _Context, item: str, resolution: Resolution) -> str:
    options = [f"{ctx.resolver.name(code)} ({code})" for code in resolution.candidates]
    return f"{item} is dubbelzinnig: bedoelt u {' of '.join(options)}?"


def _check_level_consistency(
    row: _Row,
    *,
    level: str,
    coalition: bool,
    afspraken: str,
    involved: set[str],
    level_text: str,
    afspraken_text: str,
) -> str:
    """Contradictions between preventiecoalitie, level, afspraken and parties; returns the (derived) level."""
    if coalition:
        if level == schema.UNKNOWN_LEVEL:
            # The documented rule of the data (issue 3): RIVM counts every preventiecoalitie at formeel.
            level = "formeel"
            row.warn(
                "samenwerkingsniveau",
                level_text or None,
                "Samenwerkingsniveau afgeleid als 6 (formele afspraken): RIVM telt elke preventiecoalitie "
                "als formele afspraken.",
            )
        elif level != "formeel":
            row.error(
                "samenwerkingsniveau",
                level_text,
                f"Tegenstrijdig: een preventiecoalitie heeft volgens RIVM altijd formele afspraken (niveau 6), "
                f"maar hier staat {_level_phrase(level)}. Pas het niveau of de kolom preventiecoalitie aan.",
            )
    rank = schema.level_rank(level)
    if afspraken:
        if rank is None:
            row.warn(
                "afspraken",
                afspraken_text,
                "Er zijn afspraken ingevuld terwijl het samenwerkingsniveau onbekend is; vul het niveau in "
                "(5 = informele afspraken of 6 = formele afspraken).",
            )
        elif rank < schema.LEVEL_RANK["informeel"]:
            row.error(
                "afspraken",
                afspraken_text,
                f"Tegenstrijdig: afspraken horen alleen bij niveau 5 (informele afspraken) of 6 (formele "
                f"afspraken), maar hier staat {_level_phrase(level)}. Maak de kolom afspraken leeg of pas het "
                "niveau aan.",
            )
    both = {"gemeente", "zorgverzekeraar"}
    if rank is not None and rank >= schema.LEVEL_RANK["apart"] and not both <= involved:
        missing = " en ".join(t(f"party.{party}") for party in sorted(both - involved))
        row.warn(
            "partijen",
            None,
            f"Bij {_level_phrase(level)} zijn gemeente en zorgverzekeraar betrokken, maar bij de partijen "
            f"ontbreekt: {missing}.",
        )
    elif level == "geen" and involved & both:
        row.warn(
            "partijen",
            None,
            "Niveau 1 betekent dat gemeente en zorgverzekeraar geen van beide betrokken zijn, maar ze staan wel bij de partijen.",
        )
    elif level == "een_partij" and both <= involved:
        row.warn(
            "partijen",
            None,
            "Niveau 2 betekent dat alleen de gemeente óf de zorgverzekeraar betrokken is, maar beide staan bij de partijen.",
        )
    return level


def _parse_reach(row: _Row, text: str, *, wijken: tuple[str, ...], gemeenten: tuple[str, ...]) -> str:
    if not text:
        # Blank reach follows from the geography given: wijken → wijk, one gemeente → gemeente, more → regio.
        return "wijk" if wijken else ("gemeente" if len(gemeenten) <= 1 else "regio")
    reach = REACH_VOCAB.code(text)
    if reach is None:
        row.error(
            "reikwijdte", text, f"Onbekende reikwijdte '{text}'. Toegestaan: {REACH_VOCAB.allowed_text()}."
        )
    return reach or ""


def _parse_single_code(row: _Row, vocab: Vocabulary, text: str) -> str:
    """One code (afspraken); "" for a blank cell."""
    if not text:
        return ""
    code = vocab.code(text)
    if code is None:
        row.error(
            vocab.column,
            text,
            f"Onbekende waarde '{text}' in {vocab.column}. Toegestaan: {vocab.allowed_text()}.",
        )
    return code or ""


def _check_bron(row: _Row, bron: str) -> None:
    if _UNSAFE_SCHEME.search(bron):
        row.warn(
            "bron",
            bron,
            "De bron bevat een link die niet met http:// of https:// begint; die wordt als gewone tekst "
            "getoond, niet als link.",
        )


def _check_duplicate(row: _Row, ctx: _Context, record_id: str, jaar: int) -> None:
    """(id, jaar) must be unique in the file and across the files of a folder; the later row is rejected."""
    key = (record_id, jaar)
    if key not in ctx.seen:
        ctx.seen[key] = (ctx.file, row.number)
        return
    other_file, other_row = ctx.seen[key]
    where = f"rij {other_row}" if other_file == ctx.file else f"rij {other_row} van bestand {other_file}"
    row.error("id", record_id, f"Dubbel: id '{record_id}' met jaar {jaar} staat al in {where}.")


def _validate_row(
    cells: Mapping[str, str], number: int, ctx: _Context
) -> tuple[dict[str, object] | None, list[Issue]]:
    """One row of canonical cells (column -> stripped text) to a record, or None with its errors."""
    row = _Row(number)
    get = cells.get

    record_id = " ".join(get("id", "").split())
    if not record_id:
        row.error("id", None, "Het id ontbreekt; geef elk initiatief een eigen id.")
    naam = " ".join(get("naam", "").split())
    if not naam:
        row.error("naam", None, "De naam van het initiatief ontbreekt.")

    jaar_text = get("jaar", "")
    jaar = _parse_year(row, "jaar", jaar_text, schema.MIN_YEAR, schema.MAX_YEAR)
    if jaar is None and not jaar_text:
        row.error("jaar", None, "Het jaar ontbreekt; vul het peiljaar in (bijvoorbeeld 2020).")
    start_text = get("startjaar", "")
    startjaar = _parse_year(row, "startjaar", start_text, MIN_START_YEAR, schema.MAX_YEAR)
    if startjaar is not None and jaar is not None and startjaar > jaar:
        row.error("startjaar", start_text, f"Het startjaar {startjaar} ligt na het jaar {jaar} van deze rij.")

    flags: dict[str, bool] = {}
    for column in ("preventiecoalitie", schema.EXAMPLE_COLUMN):
        text = get(column, "")
        value = parse_bool(text) if text else False
        if value is None:
            row.error(column, text, f"Onbekende waarde '{text}' in {column}: vul ja of nee in.")
        flags[column] = bool(value)

    level_text = get("samenwerkingsniveau", "")
    level = _parse_level(row, level_text)

    gemeenten = _parse_gemeenten(row, ctx, get("gemeenten", ""))
    wijken = tuple(dict.fromkeys(split_list(get("wijken", ""))))
    reach = _parse_reach(row, get("reikwijdte", ""), wijken=wijken, gemeenten=gemeenten)
    afspraken_text = get("afspraken", "")
    afspraken = _parse_single_code(row, AGREEMENTS_VOCAB, afspraken_text)
    financiering = _parse_codes(row, FUNDING_VOCAB, get("financiering", ""))
    gli = _parse_codes(row, GLI_VOCAB, get("gli_programmas", ""))
    insurers = tuple(
        dict.fromkeys(canonical_insurer(item) for item in split_list(get("zorgverzekeraars", "")))
    )
    partijen = _parse_open_list(PARTIES_VOCAB, get("partijen", ""))
    interventies = _parse_open_list(INTERVENTIONS_VOCAB, get("interventies", ""))
    doelgroepen = _parse_open_list(TARGETS_VOCAB, get("doelgroepen", ""))
    if gli and "gli" not in interventies:
        row.warn(
            "gli_programmas",
            get("gli_programmas", ""),
            "Er is een GLI-programma ingevuld, maar GLI staat niet bij de interventies.",
        )

    bron = get("bron", "")
    _check_bron(row, bron)

    overflow = get(OVERFLOW_COLUMN, "")
    if overflow:
        row.error(
            None,
            overflow,
            "Deze rij heeft meer cellen dan de kopregel. Staat er een scheidingsteken (; of ,) in een cel? "
            "Zet zo'n cel tussen aanhalingstekens of sla het bestand opnieuw op vanuit Excel.",
        )

    record: dict[str, object] = {
        "id": record_id,
        "naam": naam,
        "jaar": jaar,
        "preventiecoalitie": flags["preventiecoalitie"],
        "reikwijdte": reach,
        "gemeenten": gemeenten,
        "wijken": wijken,
        "samenwerkingsniveau": level or schema.UNKNOWN_LEVEL,
        "afspraken": afspraken,
        "financiering": financiering,
        "zorgverzekeraars": insurers,
        "partijen": partijen,
        "interventies": interventies,
        "gli_programmas": gli,
        "doelgroepen": doelgroepen,
        "startjaar": startjaar,
        "bron": bron,
        "bron_url": first_url(bron),
        "toelichting": get("toelichting", ""),
        "voorbeelddata": flags[schema.EXAMPLE_COLUMN],
        "bronbestand": ctx.file,
        "bronrij": number,
    }
    if level is not None:
        # An unreadable level is already an error; checking it against other fields would only add noise.
        record["samenwerkingsniveau"] = _check_level_consistency(
            row,
            level=level,
            coalition=flags["preventiecoalitie"],
            afspraken=afspraken,
            involved=involved_parties(partijen, insurers),
            level_text=level_text,
            afspraken_text=afspraken_text,
        )

    if record_id and jaar is not None:
        _check_duplicate(row, ctx, record_id, jaar)
    return (record if row.ok else None), row.issues


def _header_map(columns: Iterable[str]) -> tuple[dict[str, str], list[Issue]]:
    """raw header -> schema column, plus file-level warnings for unknown and repeated columns."""
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    issues: list[Issue] = []
    for header in columns:
        if header == OVERFLOW_COLUMN:
            mapping[header] = OVERFLOW_COLUMN
            continue
        column = canonical_column(header)
        if column is None:
            unknown.append(header)
        elif column in mapping.values():
            issues.append(
                Issue(
                    None,
                    header,
                    None,
                    "warning",
                    f"De kolom {column} staat twee keer in de kopregel ('{header}'); alleen de eerste wordt gebruikt.",
                )
            )
        else:
            mapping[header] = column
    if unknown:
        names = ", ".join(f"'{name}'" for name in unknown)
        issues.append(
            Issue(
                None,
                None,
                ", ".join(unknown),
                "warning",
                f"Onbekende kolommen worden niet gebruikt: {names}. Bekende kolommen: {', '.join(KNOWN_COLUMNS)}.",
            )
        )
    return mapping, issues


def _row_numbers(raw: pd.DataFrame) -> list[int]:
    if raw.index.name == ROW_INDEX_NAME:
        return [int(number) for number in raw.index]
    # A frame built by hand: number rows as a spreadsheet would (header = row 1).
    return list(range(2, len(raw) + 2))


def _rejected_frame(raw: pd.DataFrame, numbers: list[int], errors: dict[int, list[str]]) -> pd.DataFrame:
    """The rejected rows (errors keyed by position in raw) with their original cells, after rij and fouten."""
    positions = sorted(errors)
    original = raw.iloc[positions].reset_index(drop=True)
    original = original.rename(
        columns=lambda name: (
            f"{name} (origineel)" if name in (REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN) else name
        )
    )
    original = original.map(cell_text) if len(original) else original.astype(object)
    front = pd.DataFrame(
        {
            REJECTED_ROW_COLUMN: pd.Series([numbers[p] for p in positions], dtype="int64"),
            REJECTED_ERRORS_COLUMN: pd.Series([ERROR_JOINER.join(errors[p]) for p in positions], dtype="str"),
        }
    )
    return pd.concat([front, original], axis=1)


def _validate(
    raw: pd.DataFrame, file: str, resolver: GemeenteResolver, seen: dict[tuple[str, int], tuple[str, int]]
) -> ImportResult:
    numbers = _row_numbers(raw)
    raw = raw.copy()
    raw.columns = [cell_text(column).strip() for column in raw.columns]
    # Duplicate header names would make raw[column] ambiguous; read_table never produces them.
    raw = raw.loc[:, ~raw.columns.duplicated()]
    mapping, issues = _header_map(raw.columns)
    missing = [column for column in schema.REQUIRED_COLUMNS if column not in mapping.values()]
    if len(raw) == 0:
        issues.append(Issue(None, None, None, "error", "Het bestand bevat geen rijen met initiatieven."))
        return ImportResult(file, 0, empty_records(), _rejected_frame(raw, numbers, {}), issues)
    if missing:
        message = f"Verplichte kolom(men) ontbreken: {', '.join(missing)}."
        if not mapping:
            message += (
                " De eerste rij bevat geen enkele bekende kolomnaam: is dit wel een bestand met initiatieven?"
            )
        message += " Zet de kolomnamen in de eerste rij; het sjabloon laat zien hoe."
        issues = [Issue(None, None, ", ".join(missing), "error", message), *issues]
        every_row = {position: [message] for position in range(len(raw))}
        return ImportResult(file, len(raw), empty_records(), _rejected_frame(raw, numbers, every_row), issues)

    ctx = _Context(file=file, resolver=resolver, seen=seen)
    used = list(mapping.items())
    records: list[dict[str, object]] = []
    errors: dict[int, list[str]] = {}
    values = raw[[header for header, _ in used]].to_numpy(dtype=object)
    for position, (number, row_values) in enumerate(zip(numbers, values, strict=True)):
        cells = {
            column: unguard(cell_text(value).strip())
            for (_, column), value in zip(used, row_values, strict=True)
        }
        record, row_issues = _validate_row(cells, number, ctx)
        issues.extend(row_issues)
        if record is None:
            errors[position] = [issue.message for issue in row_issues if issue.severity == "error"]
        else:
            records.append(record)
    rejected = _rejected_frame(raw, numbers, errors)
    return ImportResult(file, len(raw), _records_frame(records), rejected, issues)


def _default_resolver() -> GemeenteResolver:
    from geo.codes import default_resolver  # imported lazily: building the resolver reads the gemeente tables

    return default_resolver()


def validate_table(
    raw: pd.DataFrame, *, file: str = "", resolver: GemeenteResolver | None = None
) -> ImportResult:
    """Validate a table of text cells (as `read_table` returns) into records and rejected rows."""
    return _validate(raw, file, resolver or _default_resolver(), {})


def load_bytes(data: bytes, filename: str, resolver: GemeenteResolver | None = None) -> ImportResult:
    """Read and validate one uploaded file; a file-level problem becomes a result with one error issue."""
    name = Path(filename).name or filename
    try:
        raw = read_table(data, name)
    except ImportFileError as exc:
        return _file_error_result(name, exc.message)
    return validate_table(raw, file=name, resolver=resolver)


def _read_path(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        # Refuse before reading: a huge file should not be loaded into memory only to be rejected.
        raise _too_large(size)
    return path.read_bytes()


def _load_file(
    path: Path, resolver: GemeenteResolver, seen: dict[tuple[str, int], tuple[str, int]]
) -> ImportResult:
    try:
        data = _read_path(path)
        raw = read_table(data, path.name)
    except ImportFileError as exc:
        return _file_error_result(path.name, exc.message)
    except OSError as exc:
        return _file_error_result(path.name, f"Het bestand kan niet worden geopend ({exc.strerror or exc}).")
    return _validate(raw, path.name, resolver, seen)


def folder_files(folder: Path) -> list[Path]:
    """The CSV and XLSX files of a folder, sorted; Excel's lock files (~$…) and hidden files are skipped."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in FOLDER_EXTENSIONS and not p.name.startswith(("~$", "."))
    )


def load_path(path: Path, resolver: GemeenteResolver | None = None) -> ImportResult:
    """Read and validate a file, or every CSV/XLSX in a folder combined (ids unique across the files)."""
    path = Path(path)
    resolver = resolver or _default_resolver()
    if not path.exists():
        return _file_error_result(str(path), f"Bestand of map niet gevonden: {path}")
    if path.is_file():
        result = _load_file(path, resolver, {})
        result.file = str(path)
        return result
    files = folder_files(path)
    if not files:
        return _file_error_result(
            str(path), f"De map {path} bevat geen CSV- of Excel-bestanden (.csv, .xlsx)."
        )
    seen: dict[tuple[str, int], tuple[str, int]] = {}
    results = [_load_file(file, resolver, seen) for file in files]
    return _combine(str(path), results)


def _combine(name: str, results: list[ImportResult]) -> ImportResult:
    """One result for a folder; messages name their file, rejected rows get a column bestand."""
    issues = [
        Issue(issue.row, issue.column, issue.value, issue.severity, f"{result.file}: {issue.message}")
        for result in results
        for issue in result.issues
    ]
    record_parts = [result.records for result in results if len(result.records)]
    records = pd.concat(record_parts, ignore_index=True) if record_parts else empty_records()
    rejected_parts = [
        result.rejected.assign(**{REJECTED_FILE_COLUMN: result.file})
        for result in results
        if len(result.rejected)
    ]
    if rejected_parts:
        rejected = pd.concat(rejected_parts, ignore_index=True).fillna("")
        front = [REJECTED_FILE_COLUMN, REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN]
        rejected = rejected[front + [c for c in rejected.columns if c not in front]]
    else:
        rejected = pd.DataFrame(columns=[REJECTED_FILE_COLUMN, REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN])
    total = sum(result.rows_total for result in results)
    return ImportResult(name, total, records, rejected, issues)
