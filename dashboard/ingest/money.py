"""What the state pays gemeenten for prevention: the Brede SPUK per gemeente and the SPUK IZA per IZA region.

Both tables come from the VWS letter "Wijziging SPUK IZA en Brede SPUK" (12 September 2025, bijlage 2A/2B; see
``data/BRONNEN.md``). They are money *beside* cooperation: what a gemeente (or an IZA region's mandaatgemeente)
receives, never what was spent on an initiative the app shows.

The files are checked like the other context tables (``dashboard.ingest.context``): a missing column, a code
twice, a gemeente missing or outside the indeling, or an amount that is not a whole number of euros stops the
load with a message naming the file, the row and the column, in the reader's language. Reads files but does not
cache: ``dashboard.ui.data`` is the cached boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.i18n.messages import ListOf, Msg
from dashboard.ingest.context import ContextDataError
from geo.paths import DATA_DIR

SPUK_FILE: Final = DATA_DIR / "gemeente_brede_spuk_2025_2026.csv"
IZA_FILE: Final = DATA_DIR / "iza_regio_spuk_2025_2026.csv"
# The years the letter gives; 2026 is subject to parliament's approval of the VWS budget.
SPUK_YEARS: Final = (2025, 2026)
# Twente's SPUK IZA goes to the cooperation body SamenTwente, which has no gemeente code.
NO_GM_CODE: Final = ""
_WHOLE_EUROS: Final = re.compile(r"^[0-9]{1,12}$")
_GM_CODE: Final = re.compile(r"^GM[0-9]{4}$")
_FIELDS: Final = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def spuk_column(year: int) -> str:
    """The Brede SPUK column of ``year`` ("brede_spuk_2025_eur")."""
    if year not in SPUK_YEARS:
        raise KeyError(year)
    return f"brede_spuk_{year}_eur"


def iza_column(year: int) -> str:
    """The SPUK IZA column of ``year`` ("spuk_iza_2025_eur")."""
    if year not in SPUK_YEARS:
        raise KeyError(year)
    return f"spuk_iza_{year}_eur"


SPUK_COLUMNS: Final = tuple(spuk_column(year) for year in SPUK_YEARS)
IZA_COLUMNS: Final = tuple(iza_column(year) for year in SPUK_YEARS)
IZA_TEXT_COLUMNS: Final = ("iza_regio", "mandaatgemeente", "mandaatgemeente_gm_code")


def _read(path: Path, required: Iterable[str]) -> pd.DataFrame:
    """The file as text cells, or a message saying why it cannot be read."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError:
        raise ContextDataError(Msg("money.error.missing", file=path.name)) from None
    except pd.errors.ParserError as error:
        # "Expected 4 fields in line 3, saw 5": a row with a cell too many (an unquoted "1.234,5", say).
        shape = _FIELDS.search(str(error))
        if shape is None:
            raise ContextDataError(Msg("money.error.unreadable", file=path.name)) from None
        expected, row, found = shape.groups()
        raise ContextDataError(
            Msg("money.error.fields", file=path.name, row=int(row), expected=int(expected), found=int(found))
        ) from None
    except (UnicodeDecodeError, pd.errors.EmptyDataError):
        raise ContextDataError(Msg("money.error.unreadable", file=path.name)) from None
    missing = [column for column in required if column not in frame.columns]
    if missing:
        raise ContextDataError(
            Msg("context.error.columns_missing", n=len(missing), file=path.name, columns=ListOf.of(missing))
        )
    for column in frame.columns:
        frame[column] = frame[column].str.strip()
    return frame


def _row(mask: pd.Series) -> int:
    """The spreadsheet row (under the header) of the first True in ``mask``."""
    return int(mask.to_numpy().argmax()) + 2


def _amounts(frame: pd.DataFrame, columns: Iterable[str], name: str) -> pd.DataFrame:
    """Whole, non-negative euros as int64; a blank cell is an error (a missing amount is not € 0)."""
    out = frame.copy()
    for column in columns:
        text = frame[column]
        bad = ~text.str.fullmatch(_WHOLE_EUROS)
        if bad.any():
            raise ContextDataError(
                Msg(
                    "money.error.amount",
                    file=name,
                    row=_row(bad),
                    column=column,
                    value=text[bad].iloc[0],
                )
            )
        out[column] = text.astype("int64")
    return out


def _twice(frame: pd.DataFrame, column: str, name: str, key: str) -> None:
    duplicated = sorted(set(frame.loc[frame[column].duplicated(), column]))
    if duplicated:
        raise ContextDataError(Msg(key, n=len(duplicated), file=name, codes=ListOf.of(duplicated)))


def read_brede_spuk(path: Path | None = None) -> pd.DataFrame:
    """The Brede SPUK per gemeente: gm_code, gm_naam and one int64 column of euros per year in SPUK_YEARS."""
    path = path or SPUK_FILE
    frame = _read(path, ("gm_code", "gm_naam", *SPUK_COLUMNS))
    frame["gm_code"] = frame["gm_code"].str.upper()
    bad_code = ~frame["gm_code"].str.fullmatch(_GM_CODE)
    if bad_code.any():
        raise ContextDataError(
            Msg(
                "money.error.gm_code",
                file=path.name,
                row=_row(bad_code),
                value=frame["gm_code"][bad_code].iloc[0],
            )
        )
    _twice(frame, "gm_code", path.name, "context.error.codes_twice")
    return _amounts(frame, SPUK_COLUMNS, path.name)[["gm_code", "gm_naam", *SPUK_COLUMNS]]


def read_iza(path: Path | None = None) -> pd.DataFrame:
    """The SPUK IZA per IZA region: iza_regio, mandaatgemeente, mandaatgemeente_gm_code ("" for a payee that is
    no gemeente, such as SamenTwente) and one int64 column of euros per year."""
    path = path or IZA_FILE
    frame = _read(path, (*IZA_TEXT_COLUMNS, *IZA_COLUMNS))
    for column in ("iza_regio", "mandaatgemeente"):
        blank = frame[column] == ""
        if blank.any():
            raise ContextDataError(Msg("money.error.blank", file=path.name, row=_row(blank), column=column))
    frame["mandaatgemeente_gm_code"] = frame["mandaatgemeente_gm_code"].str.upper()
    code = frame["mandaatgemeente_gm_code"]
    bad_code = (code != NO_GM_CODE) & ~code.str.fullmatch(_GM_CODE)
    if bad_code.any():
        raise ContextDataError(
            Msg("money.error.gm_code", file=path.name, row=_row(bad_code), value=code[bad_code].iloc[0])
        )
    _twice(frame, "iza_regio", path.name, "money.error.regions_twice")
    return _amounts(frame, IZA_COLUMNS, path.name)[[*IZA_TEXT_COLUMNS, *IZA_COLUMNS]]


def _outside(codes: Iterable[str], known: set[str], name: str) -> None:
    stray = sorted(set(codes) - known)
    if stray:
        raise ContextDataError(
            Msg("context.error.codes_outside", n=len(stray), file=name, codes=ListOf.of(stray))
        )


def load_brede_spuk(gm_codes: Iterable[str], path: Path | None = None) -> pd.DataFrame:
    """The Brede SPUK with exactly one row per code of ``gm_codes``, in that order.

    A gemeente the file leaves out is an error, not € 0: a total over a region would silently be too low.
    """
    path = path or SPUK_FILE
    codes = list(gm_codes)
    spuk = read_brede_spuk(path)
    _outside(spuk["gm_code"], set(codes), path.name)
    absent = [code for code in codes if code not in set(spuk["gm_code"])]
    if absent:
        raise ContextDataError(
            Msg("money.error.codes_missing", n=len(absent), file=path.name, codes=ListOf.of(absent))
        )
    return spuk.set_index("gm_code").loc[codes].reset_index()


def load_iza(gm_codes: Iterable[str], path: Path | None = None) -> pd.DataFrame:
    """The SPUK IZA table; every mandaatgemeente code must be a gemeente of the current indeling."""
    path = path or IZA_FILE
    iza = read_iza(path)
    named = iza.loc[iza["mandaatgemeente_gm_code"] != NO_GM_CODE, "mandaatgemeente_gm_code"]
    _outside(named, set(gm_codes), path.name)
    return iza.sort_values("iza_regio", key=lambda names: names.str.casefold(), ignore_index=True)
