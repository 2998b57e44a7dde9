"""Region structure: the CBS indeling per gemeente and the replaceable VNG–ZN region table.

The VNG–ZN regions are data, not code: by default the zorgkantoorregio's 2025, but a user may supply
another table (Utrecht works with five aanspreekpunten). A replacement is validated in full and every
problem is reported at once, naming the row or gemeente, so it can be fixed in one pass. Problems are
catalogue messages (`dashboard.i18n.messages.Msg`): Dutch by default, English for an English reader.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.i18n.messages import Joined, ListOf, Msg, render
from geo.codes import GemeenteResolver, default_resolver
from geo.paths import INDELING_FILE, REGION_TABLE_FILE

ENV_REGION_TABLE = "PREVENTIEKAART_REGIO"
INDELING_COLUMNS = ["gm_code", "gm_naam", "pv_code", "pv_naam", "ggd_code", "ggd_naam", "zk_code", "zk_naam"]
REGION_COLUMNS = ["gm_code", "gm_naam", "regio_code", "regio_naam", "zorgverzekeraar", "rol", "geverifieerd"]
REQUIRED_REGION_COLUMNS = ("regio_code", "regio_naam", "zorgverzekeraar")
GEMEENTE_COLUMNS = ("gm_code", "gm_naam")
OPTIONAL_EXTRA_COLUMNS = ("regiomanager", "aanspreekpunt_gemeenten")
# A user's own table describes the actual VNG–ZN structure, so its insurer is the trekker unless stated.
DEFAULT_ROLE = "trekker"
UNKNOWN_INSURER = "onbekend"

# Header spellings people use for the same column (after lower-casing and spaces -> underscores).
_HEADER_ALIASES = {
    "gemeentecode": "gm_code",
    "gemeente_code": "gm_code",
    "gemeente": "gm_naam",
    "gemeentenaam": "gm_naam",
    "gemeente_naam": "gm_naam",
    "regiocode": "regio_code",
    "regionaam": "regio_naam",
    "regio": "regio_naam",
    "verzekeraar": "zorgverzekeraar",
    "aanspreekpunt": "aanspreekpunt_gemeenten",
}
_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0"}
_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_FIRST_DATA_ROW = 2  # spreadsheet row of the first data line, under the header


class RegionTableError(ValueError):
    """A region table that cannot be used; `messages` lists every reason, `problems` them in Dutch."""

    def __init__(self, problems: list[Msg], *, from_env: bool = False, file: str = "") -> None:
        self.messages = list(problems)
        # Whether the table came from PREVENTIEKAART_REGIO: only then is that setting to blame.
        self.from_env = from_env
        self.file = file
        super().__init__("\n- ".join([render(Msg("geo.regions.unusable")), *self.problems]))

    @property
    def problems(self) -> list[str]:
        return self.texts("nl")

    def texts(self, lang: str) -> list[str]:
        """Every reason in the reader's language."""
        return [render(message, lang) for message in self.messages]


def load_indeling(path: Path | None = None) -> pd.DataFrame:
    """gemeente -> provincie, GGD-regio and zorgkantoorregio (2025), one row per gemeente."""
    frame = pd.read_csv(path or INDELING_FILE, dtype=str, keep_default_na=False)
    return frame[INDELING_COLUMNS].copy()


def _decode(raw: bytes) -> str:
    # Excel's "Unicode text" export is UTF-16 with a byte order mark.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for encoding in _ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")


def _header_key(name: str) -> str:
    key = "_".join(str(name).replace("\ufeff", "").strip().lower().replace("-", " ").split())
    return _HEADER_ALIASES.get(key, key)


def read_table_text(raw: bytes) -> pd.DataFrame:
    """Read a CSV as Excel writes it: comma, semicolon or tab; UTF-8 (with or without BOM), cp1252 or UTF-16."""
    text = _decode(raw)
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    separator = max((",", ";", "\t"), key=first_line.count)
    try:
        # Blank lines are kept (and dropped below) so the index still counts spreadsheet rows.
        frame = pd.read_csv(
            io.StringIO(text), sep=separator, dtype=str, keep_default_na=False, skip_blank_lines=False
        )
    except pd.errors.EmptyDataError as error:
        raise RegionTableError([Msg("geo.regions.empty")]) from error
    except pd.errors.ParserError as error:
        raise RegionTableError([Msg("geo.regions.unparsable", error=str(error))]) from error
    frame.columns = [_header_key(column) for column in frame.columns]
    frame = frame.fillna("").apply(lambda column: column.str.strip())
    # Excel leaves fully empty lines at the end of an edited sheet; they are not rows.
    kept: pd.DataFrame = frame[(frame != "").any(axis=1)]
    return kept


def _parse_flag(text: str) -> bool | None:
    value = text.strip().lower()
    if value == "" or value in _TRUE:
        return True
    return False if value in _FALSE else None


@dataclass
class _Assignment:
    row: int
    code: str
    status: str
    values: dict[str, str] = field(default_factory=dict)


def _rows(numbers: Iterable[int]) -> Msg:
    ordered = sorted(numbers)
    return Msg("geo.regions.rows", n=len(ordered), rows=ListOf.of(str(number) for number in ordered))


def _check_columns(frame: pd.DataFrame) -> list[Msg]:
    problems = [
        Msg("geo.regions.column_missing", column=column)
        for column in REQUIRED_REGION_COLUMNS
        if column not in frame
    ]
    duplicated = sorted({column for column in frame.columns if list(frame.columns).count(column) > 1})
    problems += [Msg("geo.regions.column_repeated", column=column) for column in duplicated]
    if not any(column in frame for column in GEMEENTE_COLUMNS):
        problems.append(Msg("geo.regions.no_gemeente_column"))
    return problems


def _resolve_row(
    record: dict[str, str], row: int, resolver: GemeenteResolver
) -> tuple[_Assignment | None, list[Msg], list[Msg]]:
    """One row -> its assignment (or None), problems and notes."""
    code_text, name_text = record.get("gm_code", ""), record.get("gm_naam", "")
    given = code_text or name_text
    resolution = resolver.resolve(given)
    where = Msg("geo.regions.row", row=row)
    explained = resolution.msg or ""
    if resolution.status == "split":
        return None, [], [Msg("geo.regions.split_skipped", where=where, message=explained)]
    if resolution.code is None:
        return None, [Msg("geo.regions.row_message", where=where, message=explained)], []
    code = resolution.code
    problems: list[Msg] = []
    notes = (
        [Msg("geo.regions.row_message", where=where, message=explained)]
        if resolution.status == "mapped"
        else []
    )
    if code_text and name_text:
        by_name = resolver.resolve(name_text).code
        if by_name is not None and by_name != code:
            problems.append(
                Msg(
                    "geo.regions.code_name_mismatch",
                    where=where,
                    code=code_text,
                    code_name=resolver.name(code),
                    name=name_text,
                    name_name=resolver.name(by_name),
                    name_code=by_name,
                )
            )
    label = Msg("geo.regions.row_named", row=row, name=resolver.name(code))
    for column in ("regio_code", "regio_naam"):
        if not record.get(column):
            problems.append(Msg("geo.regions.cell_empty", where=label, column=column))
    if _parse_flag(record.get("geverifieerd", "")) is None:
        problems.append(Msg("geo.regions.verified_invalid", where=label, value=record["geverifieerd"]))
    return _Assignment(row, code, resolution.status, record), problems, notes


def _check_membership(assignments: list[_Assignment], resolver: GemeenteResolver) -> list[Msg]:
    problems: list[Msg] = []
    by_code: dict[str, list[_Assignment]] = {}
    for assignment in assignments:
        by_code.setdefault(assignment.code, []).append(assignment)
    for code, group in by_code.items():
        regions = sorted({assignment.values["regio_code"] for assignment in group})
        direct = [assignment for assignment in group if assignment.status == "ok"]
        label = Msg("geo.gemeente.labelled", name=resolver.name(code), code=code)
        if len(regions) > 1:
            problems.append(
                Msg(
                    "geo.regions.several_regions",
                    gemeente=label,
                    regions=", ".join(regions),
                    rows=_rows(a.row for a in group),
                )
            )
        elif len(direct) > 1:
            problems.append(
                Msg(
                    "geo.regions.times_in_table",
                    n=len(direct),
                    gemeente=label,
                    rows=_rows(a.row for a in direct),
                )
            )
    for code, name in resolver.names.items():
        if code not in by_code:
            gemeente = Msg("geo.gemeente.labelled", name=name, code=code)
            problems.append(Msg("geo.regions.gemeente_missing", gemeente=gemeente))
    return problems


def _check_consistency(assignments: list[_Assignment]) -> list[Msg]:
    problems: list[Msg] = []
    by_region: dict[str, list[_Assignment]] = {}
    for assignment in assignments:
        by_region.setdefault(assignment.values["regio_code"], []).append(assignment)
    for region, group in sorted(by_region.items()):
        for column, key in (
            ("regio_naam", "geo.regions.different_names"),
            ("zorgverzekeraar", "geo.regions.different_insurers"),
        ):
            rows_per_value: dict[str, list[int]] = {}
            for assignment in group:
                rows_per_value.setdefault(assignment.values[column], []).append(assignment.row)
            if len(rows_per_value) > 1:
                listed = Joined.of(
                    Msg("geo.regions.value_rows", value=value, rows=_rows(rows))
                    for value, rows in rows_per_value.items()
                )
                problems.append(Msg(key, region=region, listed=listed))
    return problems


def _table_path(path: Path | None) -> Path:
    if path is not None:
        return path
    override = os.environ.get(ENV_REGION_TABLE, "").strip()
    return Path(override) if override else REGION_TABLE_FILE


def validate_region_table(frame: pd.DataFrame, resolver: GemeenteResolver) -> pd.DataFrame:
    """Check a read table and return it in the standard shape; raise RegionTableError otherwise."""
    problems = _check_columns(frame)
    if problems:
        raise RegionTableError(problems)
    extras = [column for column in OPTIONAL_EXTRA_COLUMNS if column in frame]
    assignments: list[_Assignment] = []
    notes: list[Msg] = []
    for index, record in zip(frame.index, frame.to_dict("records"), strict=True):
        values = {str(key): str(value) for key, value in record.items()}
        values["zorgverzekeraar"] = values["zorgverzekeraar"] or UNKNOWN_INSURER
        assignment, row_problems, row_notes = _resolve_row(values, int(index) + _FIRST_DATA_ROW, resolver)
        problems += row_problems
        notes += row_notes
        if assignment is not None and assignment.values["regio_code"]:
            assignments.append(assignment)
    problems += _check_membership(assignments, resolver)
    problems += _check_consistency(assignments)
    if problems:
        raise RegionTableError(problems)

    first_per_code: dict[str, _Assignment] = {}
    for assignment in assignments:
        first_per_code.setdefault(assignment.code, assignment)
    rows = []
    for code, assignment in first_per_code.items():
        values = assignment.values
        row = {
            "gm_code": code,
            "gm_naam": resolver.name(code),
            "regio_code": values["regio_code"],
            "regio_naam": values["regio_naam"],
            "zorgverzekeraar": values["zorgverzekeraar"],
            "rol": values.get("rol") or DEFAULT_ROLE,
            "geverifieerd": bool(_parse_flag(values.get("geverifieerd", ""))),
        }
        row.update({column: values.get(column, "") for column in extras})
        rows.append(row)
    table = pd.DataFrame(rows, columns=REGION_COLUMNS + extras)
    table = table.sort_values(["regio_code", "gm_naam"], ignore_index=True)
    # Mapped old codes and skipped split gemeenten are fine but worth telling the user.
    table.attrs["meldingen"] = [render(note) for note in notes]
    return table


def load_region_table(path: Path | None = None, resolver: GemeenteResolver | None = None) -> pd.DataFrame:
    """The VNG–ZN region table: `path`, else $PREVENTIEKAART_REGIO, else data/vngzn_regios.csv.

    Returns one row per 2025 gemeente (gm_code, gm_naam, regio_code, regio_naam, zorgverzekeraar, rol,
    geverifieerd as bool, plus regiomanager / aanspreekpunt_gemeenten when present);
    `.attrs["meldingen"]` holds Dutch notes about old codes that were mapped. Raises RegionTableError.
    """
    table_path = _table_path(path)
    from_env = path is None and table_path != REGION_TABLE_FILE
    try:
        raw = table_path.read_bytes()
    except OSError as error:
        # The file's name, not its server path: the message reaches visitors.
        raise RegionTableError(
            [Msg("geo.regions.cannot_open", path=table_path.name, reason=str(error.strerror))],
            from_env=from_env,
            file=table_path.name,
        ) from error
    try:
        return validate_region_table(read_table_text(raw), resolver or default_resolver())
    except RegionTableError as error:
        raise RegionTableError(error.messages, from_env=from_env, file=table_path.name) from error
