"""Rows of a file (CSV records or Excel rows) into the raw table the validator reads: the header row found,
the columns chosen, the rows numbered as the spreadsheet numbers them.

Memory is bounded by the columns the app can use, not by the width the file claims. Of the columns only the
known ones (the template's, first occurrence) and EXTRA_COLUMNS others are kept; the rest are counted for the
report ("… en 9.995 andere") and their cells are never stored. A header with more than MAX_COLUMNS named
columns is refused outright.

The header is looked for within the first HEADER_SCAN_ROWS filled rows: a workbook with a title (and merged
cells) above its column names is read from the row that names them, with a warning; when the rows above that
row hold data too, the file is refused with a message that names the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

import pandas as pd

from dashboard.core import schema
from dashboard.i18n.formats import fmt_int
from dashboard.i18n.messages import MAX_LISTED, ListOf, Localized, Msg
from dashboard.ingest.errors import ImportFileError
from dashboard.ingest.vocab import KNOWN_COLUMNS, canonical_column

MAX_ROWS: Final = 50_000
# A file of initiatives has 19 columns; one with more than this many named columns is not a table we can use.
MAX_COLUMNS: Final = 1_000
# Columns kept besides the known ones (unknown names, repeated names, cells without a column name): they are
# shown in the rejected-rows download. Beyond these, columns are only counted.
EXTRA_COLUMNS: Final = 10
# A CSV under the upload cap holds at most 20 million characters; a workbook may not hold much more text than
# that, though its XML compresses so well that a file of 1 MB can unpack to 100 MB of cells.
MAX_TABLE_CHARS: Final = 25_000_000
# Filled rows looked at for the header (a title, a subtitle, a date and blank rows above it are common).
HEADER_SCAN_ROWS: Final = 10

# `read_table` puts the spreadsheet row number in the index under this name, so that row numbers stay true
# when empty rows are skipped.
ROW_INDEX_NAME: Final = "rij"
# Cells beyond the header in a CSV row (a separator inside an unquoted cell shifts every later value).
OVERFLOW_COLUMN: Final = "(extra cellen)"
# Columns that were not read, for the unknown-columns warning: (first names, how many in all).
DROPPED_ATTR: Final = "weggelaten_kolommen"

Cells = Mapping[int, str]
Kind = Literal["csv", "xlsx"]


def sparse(cells: list[str]) -> dict[int, str]:
    """A CSV record's non-empty cells by position (an Excel row already comes like this)."""
    return {position: cell for position, cell in enumerate(cells) if cell}


def is_filled(cells: Cells) -> bool:
    return any(cell.strip() for cell in cells.values())


def _tidy(cell: str) -> str:
    return " ".join(cell.split())


def known_columns(cells: Cells) -> list[str]:
    """The schema columns a row names, in the order it names them (for choosing the header row)."""
    found: dict[str, None] = {}
    for position in sorted(cells):
        column = canonical_column(cells[position])
        if column is not None:
            found.setdefault(column)
    return list(found)


def _required(columns: Iterable[str]) -> int:
    return len(set(columns) & set(schema.REQUIRED_COLUMNS))


@dataclass
class _Columns:
    """Which positions of the file become columns of the table, and what was left out."""

    header: dict[int, str]  # filled header cells, tidied
    width: int  # positions up to the last filled header cell
    kind: Kind
    positions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    extra: int = 0
    dropped_names: list[str] = field(default_factory=list)
    dropped: int = 0
    unnamed_seen: set[int] = field(default_factory=set)
    kept: dict[int, int] = field(default_factory=dict)  # position -> index in positions

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for position in sorted(self.header):
            name = self.header[position]
            column = canonical_column(name)
            if column is not None and column not in seen:
                seen.add(column)
                self._keep(position, name)
            else:
                self._extra(position, name)

    def _keep(self, position: int, name: str) -> None:
        candidate, copy = name, 2
        while candidate in self.names or candidate == OVERFLOW_COLUMN:
            candidate, copy = f"{name} ({copy})", copy + 1
        self.kept[position] = len(self.positions)
        self.positions.append(position)
        self.names.append(candidate)

    def _extra(self, position: int, name: str) -> bool:
        if self.extra < EXTRA_COLUMNS:
            self.extra += 1
            self._keep(position, name)
            return True
        self.dropped += 1
        if len(self.dropped_names) < MAX_LISTED:
            self.dropped_names.append(name)
        return False

    def unnamed(self, position: int) -> bool:
        """A cell without a column name holds data: keep its column ("kolom 7") while the margin allows."""
        if position in self.unnamed_seen:
            return False
        self.unnamed_seen.add(position)
        return self._extra(position, f"kolom {position + 1}")


def _refuse_ambiguous(header_number: int, header_names: list[str], above: int) -> ImportFileError:
    return ImportFileError(
        Msg("read.header.ambiguous", row=header_number, names=ListOf.of(header_names), above=above)
    )


def _choose_header(prefix: list[tuple[int, Cells]], warnings: list[Msg]) -> int:
    """Index in ``prefix`` (the first filled rows) of the header row.

    The first row, unless a later one names at least two required columns and more known columns than the
    first. The rows above such a row must look like a title (a few filled cells, no column names); otherwise
    the file is refused with a message that names both rows.
    """
    named = [known_columns(cells) for _, cells in prefix]
    best = 0
    for index in range(1, len(prefix)):
        if _required(named[index]) >= 2 and len(named[index]) > len(named[best]):
            best = index
    if best == 0:
        return 0
    header_number, header_cells = prefix[best]
    title_cells = max(2, sum(1 for cell in header_cells.values() if cell.strip()) // 3)
    for number, cells in prefix[:best]:
        filled = sum(1 for cell in cells.values() if cell.strip())
        if filled > title_cells or _required(known_columns(cells)) >= 2:
            raise _refuse_ambiguous(header_number, named[best], number)
    warnings.append(Msg("read.header.found_lower", n=header_number - 1, row=header_number))
    return best


def _one_column(kind: Kind, number: int, cells: Cells) -> ImportFileError:
    if kind == "xlsx":
        value = next((_tidy(cell) for cell in cells.values() if cell.strip()), "")
        return ImportFileError(Msg("read.header.title_only_xlsx", row=number, value=value[:80]))
    return ImportFileError(Msg("ingest.file.one_column"))


def build_table(rows: Iterator[tuple[int, Cells]], kind: Kind, warnings: list[Msg]) -> pd.DataFrame:
    """The table of a file's rows: header row found, columns chosen, blank rows skipped (they keep their number).

    Cells beyond the header are kept: in a CSV they mean a separator inside an unquoted cell (the row's values
    are shifted, so the row is rejected via OVERFLOW_COLUMN); in a spreadsheet they are a column without a name
    (reported as an unknown column).
    """
    prefix: list[tuple[int, Cells]] = []
    for number, cells in rows:
        if is_filled(cells):
            prefix.append((number, cells))
            if len(prefix) == HEADER_SCAN_ROWS:
                break
    if not prefix:
        raise ImportFileError(Msg("ingest.file.nothing"))
    start = _choose_header(prefix, warnings)
    header_number, header_cells = prefix[start]
    header = {position: _tidy(cell) for position, cell in header_cells.items() if cell.strip()}
    if len(header) > MAX_COLUMNS:
        raise ImportFileError(
            Msg(
                "read.columns.too_many",
                row=header_number,
                n=Localized.of(lambda lang: fmt_int(len(header), lang)),
                cap=Localized.of(lambda lang: fmt_int(MAX_COLUMNS, lang)),
                known=len(KNOWN_COLUMNS),
            )
        )
    if len(header) < 2:
        raise _one_column(kind, header_number, header_cells)
    columns = _Columns(header, max(header) + 1, kind)
    store = _body(columns, _chain(prefix[start + 1 :], rows))
    if not store.numbers:
        raise ImportFileError(Msg("ingest.file.header_only"))
    return _frame(columns, store)


def _chain(first: list[tuple[int, Cells]], rest: Iterator[tuple[int, Cells]]) -> Iterator[tuple[int, Cells]]:
    yield from first
    yield from rest


class _Store:
    """The kept cells, converted to compact string arrays every BATCH rows (pandas' "str" dtype is stored by
    Arrow as UTF-8: a tenth of what the same cells cost as Python strings), so that reading never holds the
    whole table as Python objects."""

    BATCH: Final = 4096

    def __init__(self, width: int) -> None:
        self.chunks: list[list[pd.api.extensions.ExtensionArray]] = [[] for _ in range(width)]
        self.first: list[int] = [0] * width  # rows stored before the column was added
        self.batch: list[list[str]] = []
        self.overflow: list[str] = []
        self.any_overflow = False
        self.numbers: list[int] = []
        self.stored = 0

    def add_column(self) -> None:
        self.chunks.append([])
        self.first.append(self.stored)

    def append(self, number: int, values: list[str], overflow: str) -> None:
        self.batch.append(values)
        self.numbers.append(number)
        self.overflow.append(overflow)
        self.any_overflow = self.any_overflow or bool(overflow)
        if len(self.batch) == self.BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        for index, chunks in enumerate(self.chunks):
            chunks.append(
                pd.array([row[index] if index < len(row) else "" for row in self.batch], dtype="str")
            )
        self.stored += len(self.batch)
        self.batch = []

    def column(self, index: int) -> pd.Series:
        pieces = self.chunks[index]
        if self.first[index]:
            pieces = [pd.array([""] * self.first[index], dtype="str"), *pieces]
        return pd.concat([pd.Series(piece, dtype="str") for piece in pieces], ignore_index=True)


def _body(columns: _Columns, rows: Iterator[tuple[int, Cells]]) -> _Store:
    """The kept cells of every filled row after the header, with their row numbers and (CSV) overflow text."""
    store = _Store(len(columns.positions))
    csv_file = columns.kind == "csv"
    chars = 0
    for number, cells in rows:
        if not is_filled(cells):
            continue
        if len(store.numbers) >= MAX_ROWS:
            cap = Localized.of(lambda lang: fmt_int(MAX_ROWS, lang))
            raise ImportFileError(Msg("hardening.rows_cap", cap=cap))
        values = [cells.get(position, "") for position in columns.positions]
        overflow = ""
        for position, cell in cells.items():
            if position in columns.kept or position in columns.header or not cell.strip():
                continue
            if csv_file and position >= columns.width:
                continue  # overflow, below
            if columns.unnamed(position):
                store.add_column()
                values.append(cell)
        if csv_file and len(cells) and max(cells) >= columns.width:
            extra = [cells[p] for p in sorted(cells) if p >= columns.width and cells[p].strip()]
            overflow = schema.LIST_SEPARATOR.join(extra)
        chars += sum(map(len, values)) + len(overflow)
        if chars > MAX_TABLE_CHARS:
            cap = Localized.of(lambda lang: fmt_int(MAX_TABLE_CHARS, lang))
            raise ImportFileError(Msg("read.table.too_much_text", cap=cap))
        store.append(number, values, overflow)
    store.flush()
    return store


def _frame(columns: _Columns, store: _Store) -> pd.DataFrame:
    order = sorted(range(len(columns.positions)), key=lambda index: columns.positions[index])
    data = {columns.names[index]: store.column(index) for index in order}
    if store.any_overflow:
        data[OVERFLOW_COLUMN] = pd.Series(store.overflow, dtype="str")
    frame = pd.DataFrame(data)
    frame.index = pd.Index(store.numbers, name=ROW_INDEX_NAME)
    frame.attrs[DROPPED_ATTR] = (tuple(columns.dropped_names), columns.dropped)
    return frame
