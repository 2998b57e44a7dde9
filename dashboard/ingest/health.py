"""Is everything the app needs there and usable? Shipped files against their list, server files as configured.

The shipped files (data/, static/geo/) are checked against ``data/controle.csv``: checksum, row count and the
columns the app reads. A truncated or garbled file then gets a message naming it at start, instead of a
traceback or a silently empty or partial map. ``python -m dashboard check`` runs the same checks for an admin.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dashboard.i18n import DEFAULT_LANG
from dashboard.i18n.messages import ListOf, Msg, WithMsg
from dashboard.ingest.validation import DATA_ENV_VAR, ImportResult, data_path, load_path

ROOT: Final = Path(__file__).resolve().parents[2]
CHECK_LIST: Final = ROOT / "data" / "controle.csv"
CHECK_COLUMNS: Final = ("bestand", "sha256", "rijen", "kolommen")


@dataclass(frozen=True)
class Problem(WithMsg):
    """One unusable file: `file` is the name an admin can act on (relative to the app, or the env variable).

    The banner shows ``text(lang)``, on an English page too.
    """

    file: str
    msg: Msg | str

    def to_json_dict(self, lang: str = DEFAULT_LANG) -> dict[str, str]:
        return {"file": self.file, "message": self.text(lang)}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def count_rows(relative: str, data: bytes) -> tuple[int, tuple[str, ...]]:
    """(rows, columns) of a shipped table: CSV data rows and header, or GeoJSON/JSON features and properties."""
    if relative.endswith(".csv"):
        reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
        header = tuple(next(reader, []))
        return sum(1 for row in reader if any(cell.strip() for cell in row)), header
    document = json.loads(data)
    features = document.get("features", []) if isinstance(document, dict) else []
    keys = tuple(features[0].get("properties", {})) if features else ()
    return len(features), keys


def _check_one(relative: str, digest: str, rows: int, columns: tuple[str, ...]) -> Problem | None:
    path = ROOT / relative
    try:
        data = path.read_bytes()
    except OSError as error:
        return Problem(relative, Msg("hardening.check.missing", error=str(error.strerror or error)))
    try:
        found_rows, found_columns = count_rows(relative, data)
    except (ValueError, UnicodeDecodeError, csv.Error, AttributeError) as error:
        return Problem(relative, Msg("hardening.check.unreadable", error=type(error).__name__))
    missing = [column for column in columns if column not in found_columns]
    if missing:
        return Problem(relative, Msg("hardening.check.columns", n=len(missing), columns=ListOf.of(missing)))
    if found_rows != rows:
        return Problem(relative, Msg("hardening.check.rows", found=found_rows, expected=rows))
    if sha256(data) != digest:
        return Problem(relative, Msg("hardening.check.checksum"))
    return None


def shipped_problems(check_list: Path = CHECK_LIST) -> list[Problem]:
    """Every shipped file that is missing, truncated, garbled or changed since it was listed."""
    try:
        text = check_list.read_text(encoding="utf-8")
    except OSError as error:
        return [
            Problem(
                check_list.relative_to(ROOT).as_posix(),
                Msg("hardening.check.missing", error=str(error.strerror or error)),
            )
        ]
    problems = []
    for entry in csv.DictReader(io.StringIO(text)):
        columns = tuple(c for c in entry["kolommen"].split(";") if c)
        problem = _check_one(entry["bestand"], entry["sha256"], int(entry["rijen"]), columns)
        if problem is not None:
            problems.append(problem)
    return problems


def records_problems(result: ImportResult, path: Path) -> list[Problem]:
    """The server's records (``$PREVENTIEKAART_DATA`` or the shipped folder): every file-level error.

    A mistyped folder, an unreadable or truncated file would otherwise show every gemeente as "geen
    initiatief" without a word.
    """
    configured = bool(os.environ.get(DATA_ENV_VAR, "").strip())
    where = DATA_ENV_VAR if configured else "data/initiatieven"
    if configured and not path.exists():
        return [Problem(DATA_ENV_VAR, Msg("hardening.check.data_missing", env=DATA_ENV_VAR, name=path.name))]
    problems = [
        Problem(where, issue.msg)
        for issue in result.issues
        if issue.row is None and issue.severity == "error"
    ]
    if not problems and result.rows_accepted == 0:
        problems.append(Problem(where, Msg("hardening.check.no_records")))
    return problems


def region_table_problems() -> list[Problem]:
    """The region division the app would use (``$PREVENTIEKAART_REGIO`` or the shipped table)."""
    from geo.regions import ENV_REGION_TABLE, RegionTableError, load_region_table

    try:
        load_region_table()
    except RegionTableError as error:
        name = ENV_REGION_TABLE if error.from_env else f"data/{error.file}"
        first = error.messages[0] if error.messages else ""
        return [Problem(name, Msg("hardening.check.region", n=len(error.messages), first=first))]
    return []


def readiness() -> list[Problem]:
    """Everything the app needs, for ``python -m dashboard check``: shipped files, server records, regions."""
    problems = shipped_problems()
    path = data_path()
    problems += records_problems(load_path(path), path)
    problems += region_table_problems()
    return problems
