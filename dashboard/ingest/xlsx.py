"""A bounded reader of Excel workbooks (.xlsx): the filled cells of one sheet, row by row, as text.

Why not openpyxl: it parses the workbook's structure parts as whole XML trees, builds a tree per sheet row and
pads every row to the widest column (one stray character in column XFD made 3,000 rows cost 1.2 GB), needs 40
seconds for a shared-strings table of 20 MB, and offers no point at which reading can stop. Here every part is
streamed through expat in chunks of CHUNK bytes with the time budget checked between chunks; a row is a dict of
its filled cells only, and no text is kept that the caller does not ask for. A DTD is refused outright, so no
entity (XXE, "billion laughs") is ever expanded.

Values are read as Excel shows them: cached results of formulas (never evaluated), numbers without ".0",
booleans as ja/nee, date-formatted numbers as 2020-03-01.
"""

from __future__ import annotations

import contextlib
import functools
import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

from dashboard.i18n.formats import fmt_int
from dashboard.i18n.messages import Decimal, Localized, Msg
from dashboard.ingest.budget import Budget, ValidationStoppedError
from dashboard.ingest.errors import ImportFileError

# 20 MB compressed can unpack to gigabytes (zip bomb): the unpacked size is capped in total and per part. Parts
# that are kept whole in memory (the shared strings) have a lower cap than those that are streamed.
MAX_UNZIPPED_BYTES: Final = 200 * 1024 * 1024
MAX_PART_BYTES: Final = 100 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES: Final = 20 * 1024 * 1024
MAX_STYLES_BYTES: Final = 20 * 1024 * 1024
SHARED_STRINGS_PART: Final = "xl/sharedStrings.xml"
# Python reads a zip's whole directory when it opens one; a workbook has tens of parts, not a hundred thousand.
MAX_PARTS: Final = 10_000
# Excel's last column is XFD: a cell beyond it is not Excel's and is not read.
MAX_COLUMN: Final = 16_384
# Sheets looked at beyond the first thousand are not listed (a sheet is a part, and parts are capped anyway).
MAX_SHEETS: Final = 1_000
CHUNK: Final = 64 * 1024
WORKBOOK_PART: Final = "xl/workbook.xml"

# A row: its spreadsheet number and its filled cells by column position (0 = column A).
Row = tuple[int, dict[int, str]]


def _unreadable() -> ImportFileError:
    return ImportFileError(Msg("ingest.file.unreadable_xlsx"))


def _entry_count(data: bytes) -> int | None:
    """The number of entries the zip's end record declares (read before zipfile builds its directory)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    count = int(struct.unpack_from("<H", data, end + 10)[0])
    if count == 0xFFFF:
        # More than 65,534 entries: the count is in the zip64 end record, which lies before the end record.
        end64 = data.rfind(b"PK\x06\x06", max(0, end - 65_557), end)
        if end64 >= 0 and end64 + 40 <= len(data):
            count = int(struct.unpack_from("<Q", data, end64 + 32)[0])
    return count


def _check_parts(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose parts unpack beyond their caps (declared sizes bound what zipfile unpacks)."""
    for info in archive.infolist():
        cap = MAX_SHARED_STRINGS_BYTES if info.filename == SHARED_STRINGS_PART else MAX_PART_BYTES
        if info.filename.endswith("styles.xml"):
            cap = MAX_STYLES_BYTES
        if info.file_size > cap:
            raise ImportFileError(
                Msg(
                    "hardening.part_too_large",
                    part=info.filename,
                    mb=Decimal(info.file_size / 1024 / 1024, 0),
                    cap=cap // 1024 // 1024,
                )
            )
    if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
        raise ImportFileError(Msg("ingest.file.unzipped_too_large"))


def _too_many_parts(count: int) -> ImportFileError:
    n = Localized.of(lambda lang: fmt_int(count, lang))
    cap = Localized.of(lambda lang: fmt_int(MAX_PARTS, lang))
    return ImportFileError(Msg("read.xlsx.too_many_parts", n=n, cap=cap))


def _open_archive(data: bytes) -> zipfile.ZipFile:
    declared = _entry_count(data)
    # 0xFFFF means "see the zip64 record": more parts than any workbook has.
    if declared is not None and declared > MAX_PARTS:
        raise _too_many_parts(declared)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:
        # zipfile raises BadZipFile, NotImplementedError, ValueError, ... on damaged data: all mean "damaged".
        raise ImportFileError(Msg("ingest.file.damaged_xlsx")) from exc
    try:
        if len(archive.infolist()) > MAX_PARTS:
            raise _too_many_parts(len(archive.infolist()))
        _check_parts(archive)
        if WORKBOOK_PART not in archive.NameToInfo:
            raise ImportFileError(Msg("ingest.file.zip_not_workbook"))
    except BaseException:
        archive.close()
        raise
    return archive


# --------------------------------------------------------------------------------------------------------------
# Streaming one part through expat


def _refuse_dtd(*_args: object) -> int:
    # No workbook part has a DTD; refusing it means no entity can be declared, let alone expanded.
    raise _unreadable()


def _local(name: str) -> str:
    """The element name without its namespace prefix ("x:c" -> "c")."""
    return name.rpartition(":")[2]


class _Handler:
    """Callbacks of one streamed part; `ready` collects what the caller takes after each chunk."""

    def start(self, name: str, attrs: dict[str, str]) -> None:
        raise NotImplementedError

    def end(self, name: str) -> None:
        """Most parts need only their start tags."""

    def text(self, data: str) -> None:
        """Most parts have no text that matters."""


def _stream(archive: zipfile.ZipFile, path: str, handler: _Handler, budget: Budget) -> Iterator[None]:
    """Feed one part to ``handler`` chunk by chunk, yielding after each chunk; the budget is checked between."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    try:
        with archive.open(path) as part:
            while chunk := part.read(CHUNK):
                budget.check()
                parser.Parse(chunk, False)
                yield
            parser.Parse(b"", True)
            yield
    except (ImportFileError, ValidationStoppedError):
        raise
    except Exception as exc:
        # expat's ExpatError, zlib errors in a damaged part, a bad number in a cell: an unreadable workbook.
        raise _unreadable() from exc


def _drain(stream: Iterator[None]) -> None:
    for _ in stream:
        pass


# ST_Xstring escapes characters XML cannot hold: "_x000D_" is a carriage return, "_x005F_" an underscore.
_ESCAPE: Final = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text) if "_x" in text else text


class _RichText(_Handler):
    """Text of <si> (shared string) or <is> (inline string): every <t>, except phonetic guides (<rPh>)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.collecting = False
        self.phonetic = 0

    def open_text(self, local: str) -> bool:
        """Handle a start tag inside a string; True when it was one of the string's own tags."""
        if local == "t":
            self.collecting = not self.phonetic
        elif local == "rPh":
            self.phonetic += 1
        else:
            return local == "r"
        return True

    def close_text(self, local: str) -> None:
        if local == "t":
            self.collecting = False
        elif local == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.collecting:
            self.parts.append(data)

    def take(self) -> str:
        value = _unescape("".join(self.parts))
        self.parts = []
        return value


class _SharedStrings(_RichText):
    def __init__(self) -> None:
        super().__init__()
        self.strings: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:  # noqa: ARG002 - expat's signature
        local = _local(name)
        if local == "si":
            self.parts = []
        else:
            self.open_text(local)

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "si":
            self.strings.append(self.take())
        else:
            self.close_text(local)


class _Styles(_Handler):
    """The number format of every cell style (cellXfs), to tell dates from numbers."""

    def __init__(self) -> None:
        self.custom: dict[int, str] = {}
        self.formats: list[int] = []
        self.in_cell_xfs = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "numFmt":
            with contextlib.suppress(ValueError):
                self.custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            self.in_cell_xfs = True
        elif local == "xf" and self.in_cell_xfs:
            try:
                self.formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                self.formats.append(0)

    def end(self, name: str) -> None:
        if _local(name) == "cellXfs":
            self.in_cell_xfs = False

    def date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """(styles that show a date or time, styles that show a duration) by style index."""
        dates, durations = set(), set()
        for index, number_format in enumerate(self.formats):
            code = self.custom.get(number_format, BUILTIN_FORMATS.get(number_format))
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
        return frozenset(dates), frozenset(durations)


@dataclass(frozen=True)
class Sheet:
    """A sheet by its name; ``path`` is None for a sheet that holds no cells (a chart sheet)."""

    name: str
    path: str | None


class _WorkbookPart(_Handler):
    def __init__(self) -> None:
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id)
        self.date1904 = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "sheet" and len(self.sheets) < MAX_SHEETS:
            rel = next((value for key, value in attrs.items() if key == "id" or key.endswith(":id")), "")
            self.sheets.append((attrs.get("name", ""), rel))
        elif local == "workbookPr":
            self.date1904 = attrs.get("date1904", "").strip().lower() in ("1", "true")


class _Relationships(_Handler):
    def __init__(self, wanted: set[str]) -> None:
        self.wanted = wanted
        self.targets: dict[str, tuple[str, str]] = {}  # id -> (type, target)
        self.by_type: dict[str, str] = {}  # "sharedStrings"/"styles" -> target

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if _local(name) != "Relationship" or attrs.get("TargetMode", "") == "External":
            return
        kind = attrs.get("Type", "").rpartition("/")[2]
        if attrs.get("Id", "") in self.wanted:
            self.targets[attrs["Id"]] = (kind, attrs.get("Target", ""))
        elif kind in ("sharedStrings", "styles"):
            self.by_type.setdefault(kind, attrs.get("Target", ""))


def _part_path(target: str) -> str:
    """A relationship target of the workbook as a path in the archive (relative to xl/, or absolute)."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return posixpath.normpath(path)


# --------------------------------------------------------------------------------------------------------------
# Cells


@functools.lru_cache(maxsize=MAX_COLUMN)
def _column_of(letters: str) -> int:
    """Column position of letters ("A" -> 0, "XFD" -> 16383); -1 for anything else."""
    number = 0
    for ch in letters.upper():
        if not "A" <= ch <= "Z":
            return -1
        number = number * 26 + ord(ch) - 64
    return number - 1


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _moment_text(value: object) -> str:
    """A date as 2020-03-01, a moment as 2020-03-01 10:30:00, a time or duration as Python writes it."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


class _SheetRows(_RichText):
    """Rows of a worksheet as (number, {column position: text}), filled cells only."""

    def __init__(
        self, strings: list[str], dates: frozenset[int], durations: frozenset[int], epoch: datetime
    ) -> None:
        super().__init__()
        self.strings, self.dates, self.durations, self.epoch = strings, dates, durations, epoch
        self.ready: list[Row] = []
        self.row = 0
        self.cells: dict[int, str] = {}
        self.column = -1
        self.kind = "n"
        self.style = 0
        self.value: list[str] | None = None  # the <v> text as it arrives
        self.in_value = False
        self.inline: str | None = None
        self.in_inline = False
        self.formula = False
        self.formulas_without_value = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "c":
            reference = attrs.get("r")
            self.column = _column_of(reference.rstrip("0123456789")) if reference else self.column + 1
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style and style.isdigit() else 0
            self.value, self.inline, self.formula = None, None, False
        elif local == "v":
            self.value, self.in_value = [], True
        elif self.in_inline:
            self.open_text(local)
        elif local == "is":
            self.in_inline, self.parts = True, []
        elif local == "f":
            self.formula = True
        elif local == "row":
            number = attrs.get("r", "")
            self.row = int(float(number)) if number.strip() else self.row + 1
            self.cells, self.column = {}, -1

    def end(self, name: str) -> None:
        local = _local(name)
        if local == "c":
            self._finish_cell()
        elif local == "v":
            self.in_value = False
        elif local == "is":
            self.inline, self.in_inline = self.take(), False
        elif self.in_inline:
            self.close_text(local)
        elif local == "row":
            if self.cells:
                self.ready.append((self.row, self.cells))
            self.cells = {}

    def text(self, data: str) -> None:
        if self.in_value and self.value is not None:
            self.value.append(data)
        elif self.in_inline:
            super().text(data)

    def _finish_cell(self) -> None:
        raw = "".join(self.value) if self.value is not None else None
        if self.formula and not (raw or "").strip():
            # A formula whose result was never stored (written by a program, not by Excel): read as empty.
            self.formulas_without_value += 1
        if not 0 <= self.column < MAX_COLUMN:
            return
        text = self._cell_text(raw)
        if text:
            self.cells[self.column] = text

    def _cell_text(self, raw: str | None) -> str:
        kind = self.kind
        if kind == "inlineStr":
            return self.inline or ""
        if raw is None or raw == "":
            return ""
        if kind == "s":
            return self.strings[int(raw)]
        if kind == "b":
            return "ja" if raw.strip() in ("1", "true") else "nee"
        if kind in ("str", "e"):
            return _unescape(raw)
        if kind == "d":
            try:
                return _moment_text(datetime.fromisoformat(raw.strip()))
            except ValueError:
                return raw
        return self._number(raw)

    def _number(self, raw: str) -> str:
        try:
            number: float | int = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
        except ValueError:
            return raw
        if self.style in self.dates:
            try:
                moment = from_excel(number, self.epoch, timedelta=self.style in self.durations)
            except (OverflowError, ValueError):
                return _number_text(number)
            return str(moment) if isinstance(moment, timedelta) else _moment_text(moment)
        return _number_text(number)


# --------------------------------------------------------------------------------------------------------------
# The workbook


class Workbook:
    """An opened workbook: its sheets, and a stream of rows per sheet (``open_workbook``)."""

    def __init__(self, archive: zipfile.ZipFile, budget: Budget) -> None:
        self._archive, self._budget = archive, budget
        workbook = _WorkbookPart()
        _drain(_stream(archive, WORKBOOK_PART, workbook, budget))
        relationships = _Relationships({rel for _, rel in workbook.sheets})
        rels_path = "xl/_rels/workbook.xml.rels"
        if rels_path in archive.NameToInfo:
            _drain(_stream(archive, rels_path, relationships, budget))
        self.sheets: list[Sheet] = []
        for name, rel in workbook.sheets:
            kind, target = relationships.targets.get(rel, ("", ""))
            path = _part_path(target) if kind == "worksheet" and target else None
            self.sheets.append(Sheet(name, path if path in archive.NameToInfo else None))
        self._epoch = MAC_EPOCH if workbook.date1904 else WINDOWS_EPOCH
        self._strings = self._shared_strings(relationships)
        self._dates, self._durations = self._styles(relationships)
        self.formulas_without_value = 0

    def _existing(self, relationships: _Relationships, kind: str, default: str) -> str | None:
        target = relationships.by_type.get(kind)
        path = _part_path(target) if target else default
        return path if path in self._archive.NameToInfo else None

    def _shared_strings(self, relationships: _Relationships) -> list[str]:
        path = self._existing(relationships, "sharedStrings", SHARED_STRINGS_PART)
        if path is None:
            return []
        table = _SharedStrings()
        _drain(_stream(self._archive, path, table, self._budget))
        return table.strings

    def _styles(self, relationships: _Relationships) -> tuple[frozenset[int], frozenset[int]]:
        path = self._existing(relationships, "styles", "xl/styles.xml")
        if path is None:
            return frozenset(), frozenset()
        styles = _Styles()
        _drain(_stream(self._archive, path, styles, self._budget))
        return styles.date_styles()

    def rows(self, sheet: Sheet) -> Iterator[Row]:
        """The filled rows of a worksheet in order; ``formulas_without_value`` is set once it is read to the end."""
        if sheet.path is None:
            return
        reader = _SheetRows(self._strings, self._dates, self._durations, self._epoch)
        try:
            for _ in _stream(self._archive, sheet.path, reader, self._budget):
                ready, reader.ready = reader.ready, []
                yield from ready
        except IndexError as exc:  # a shared-string index beyond the table
            raise _unreadable() from exc
        self.formulas_without_value = reader.formulas_without_value

    def close(self) -> None:
        self._archive.close()


def open_workbook(data: bytes, budget: Budget) -> Workbook:
    """Open a workbook's bytes (after the caller checked they are a zip); ImportFileError for anything unusable."""
    archive = _open_archive(data)
    try:
        return Workbook(archive, budget)
    except BaseException:
        archive.close()
        raise


def first_rows(rows: Iterator[Row], count: int, is_filled: Callable[[dict[int, str]], bool]) -> list[Row]:
    """The first ``count`` filled rows of a stream (for choosing a sheet)."""
    found: list[Row] = []
    for row in rows:
        if is_filled(row[1]):
            found.append(row)
            if len(found) == count:
                break
    return found
