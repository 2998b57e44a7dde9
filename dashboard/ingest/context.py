"""Need-side context per gemeente: population (CBS, 1-1-2024) and young-adult health (GMJV 2024, 16–25 years).

A blank cell in the sources is a figure that was not published (suppressed); it stays missing (NaN) all the
way to the screen and is never read as 0 or filled in. Gemeenten the health table leaves out altogether (the
four Wadden islands) get the status "niet_gepubliceerd". The 65+ count is derived from a whole-percent share,
so it is flagged as an estimate wherever it is shown.

Reads files but does not cache: ``dashboard.data.context_table`` is the cached boundary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.formats import fmt_decimal, fmt_pct
from dashboard.i18n.messages import ListOf, Msg, MsgError
from geo.paths import DATA_DIR

BEVOLKING_FILE: Final = DATA_DIR / "gemeente_bevolking_2024.csv"
GEZONDHEID_FILE: Final = DATA_DIR / "gemeente_gezondheid_jongvolwassenen_2024.csv"

# The vintage and age band the legend promises; a file that says otherwise is refused instead of mislabelled.
PEILJAAR: Final = 2024
GMJV_AGE: Final = "16-25"

Source = Literal["cbs", "gmjv"]
Unit = Literal["pct", "count"]


@dataclass(frozen=True)
class Indicator:
    """A context column: where it comes from, its unit, and which way need grows."""

    code: str
    source: Source
    unit: Unit
    derived: bool = False
    higher_is_need: bool = True


INDICATORS: Final[dict[str, Indicator]] = {
    i.code: i
    for i in (
        Indicator("inwoners", "cbs", "count"),
        Indicator("pct_65plus", "cbs", "pct"),
        Indicator("inwoners_65plus_est", "cbs", "count", derived=True),
        Indicator("pct_eenpersoonshuishoudens", "cbs", "pct"),
        Indicator("pct_eenzaam", "gmjv", "pct"),
        Indicator("pct_sterk_eenzaam", "gmjv", "pct"),
        Indicator("pct_overgewicht", "gmjv", "pct"),
        Indicator("pct_obesitas", "gmjv", "pct"),
        Indicator("pct_goed_ervaren_gezondheid", "gmjv", "pct", higher_is_need=False),
        Indicator("pct_goed_ervaren_mentale_gezondheid", "gmjv", "pct", higher_is_need=False),
        Indicator("pct_beperkt_door_psychische_klachten", "gmjv", "pct"),
        Indicator("pct_heel_vaak_gestrest", "gmjv", "pct"),
        Indicator("pct_moeite_met_rondkomen", "gmjv", "pct"),
        Indicator("pct_rookt_tabak", "gmjv", "pct"),
        Indicator("pct_zware_drinker", "gmjv", "pct"),
        Indicator("pct_sport_wekelijks", "gmjv", "pct", higher_is_need=False),
        Indicator("pct_mantelzorger", "gmjv", "pct"),
    )
}
BEVOLKING_COLUMNS: Final = (*(code for code, i in INDICATORS.items() if i.source == "cbs"), "huishoudens")
GEZONDHEID_COLUMNS: Final = tuple(code for code, i in INDICATORS.items() if i.source == "gmjv")

STATUS_OK: Final = "ok"
STATUS_PARTLY: Final = "deels_onderdrukt"
STATUS_SUPPRESSED: Final = "onderdrukt"
STATUS_NOT_PUBLISHED: Final = "niet_gepubliceerd"
# The source's own status words -> our codes.
_STATUS_CODES: Final[dict[str, str]] = {
    "ok": STATUS_OK,
    "deels onderdrukt": STATUS_PARTLY,
    "geen cijfers (onderdrukt)": STATUS_SUPPRESSED,
    "niet in tabel": STATUS_NOT_PUBLISHED,
}
STATUS_COLUMN: Final = "gezondheid_status"
CONTEXT_COLUMNS: Final = ("gm_code", "gm_naam", *BEVOLKING_COLUMNS, *GEZONDHEID_COLUMNS, STATUS_COLUMN)


class ContextDataError(MsgError, ValueError):
    """A context file that cannot be used as it is: `msg` names the file, row and column, in any language."""


def _read(path: Path, required: Iterable[str]) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in ("gm_code", *required) if c not in frame.columns]
    if missing:
        raise ContextDataError(
            Msg("context.error.columns_missing", n=len(missing), file=path.name, columns=ListOf.of(missing))
        )
    frame["gm_code"] = frame["gm_code"].str.strip().str.upper()
    duplicated = sorted(set(frame.loc[frame["gm_code"].duplicated(), "gm_code"]))
    if duplicated:
        raise ContextDataError(
            Msg("context.error.codes_twice", n=len(duplicated), file=path.name, codes=ListOf.of(duplicated))
        )
    return frame


def _numbers(frame: pd.DataFrame, columns: Iterable[str], name: str) -> pd.DataFrame:
    """Text cells to floats; a blank cell becomes NaN (not published), anything unreadable is an error."""
    out = frame.copy()
    for column in columns:
        text = frame[column].str.strip().str.replace(",", ".", regex=False)
        values = pd.to_numeric(text.where(text != "", None), errors="coerce").astype("float64")
        bad = values.isna() & (text != "")
        if bad.any():
            row = int(bad.to_numpy().argmax()) + 2  # spreadsheet row under the header
            raise ContextDataError(
                Msg(
                    "context.error.not_a_number",
                    file=name,
                    row=row,
                    column=column,
                    value=frame[column][bad].iloc[0],
                )
            )
        if column in INDICATORS and INDICATORS[column].unit == "pct":
            outside = (values < 0) | (values > 100)
            if outside.any():
                row = int(outside.to_numpy().argmax()) + 2
                raise ContextDataError(Msg("context.error.pct_outside", file=name, row=row, column=column))
        out[column] = values
    return out


def read_bevolking(path: Path | None = None) -> pd.DataFrame:
    """CBS population per gemeente: gm_code, gm_naam and the numeric columns in ``BEVOLKING_COLUMNS``."""
    path = path or BEVOLKING_FILE
    frame = _read(path, ("gm_naam", *BEVOLKING_COLUMNS))
    return _numbers(frame, BEVOLKING_COLUMNS, path.name)[["gm_code", "gm_naam", *BEVOLKING_COLUMNS]]


def read_gezondheid(path: Path | None = None) -> pd.DataFrame:
    """GMJV 2024 (16–25 years) per gemeente, blanks as NaN, with the status mapped to our codes."""
    path = path or GEZONDHEID_FILE
    frame = _read(path, (*GEZONDHEID_COLUMNS, "status", "leeftijd", "meetjaar"))
    wrong_age = frame["leeftijd"].str.strip().ne(GMJV_AGE) | frame["meetjaar"].str.strip().ne(str(PEILJAAR))
    if wrong_age.any():
        row = int(wrong_age.to_numpy().argmax()) + 2
        raise ContextDataError(
            Msg("context.error.wrong_vintage", file=path.name, row=row, age=GMJV_AGE, year=str(PEILJAAR))
        )
    unknown = sorted(set(frame["status"].str.strip()) - set(_STATUS_CODES))
    if unknown:
        raise ContextDataError(
            Msg("context.error.unknown_status", n=len(unknown), file=path.name, values=ListOf.of(unknown))
        )
    out = _numbers(frame, GEZONDHEID_COLUMNS, path.name)
    out[STATUS_COLUMN] = frame["status"].str.strip().map(_STATUS_CODES)
    return out[["gm_code", *GEZONDHEID_COLUMNS, STATUS_COLUMN]]


def join_context(gm_codes: Iterable[str], bevolking: pd.DataFrame, gezondheid: pd.DataFrame) -> pd.DataFrame:
    """One row per code in ``gm_codes`` (in that order): population and health side by side.

    A gemeente missing from a source keeps NaN there (health status "niet_gepubliceerd"); a source row for a
    code outside ``gm_codes`` is an error, because it means the source uses another gemeente indeling.
    """
    codes = list(gm_codes)
    for name, frame in (("bevolking", bevolking), ("gezondheid", gezondheid)):
        stray = sorted(set(frame["gm_code"]) - set(codes))
        if stray:
            raise ContextDataError(
                Msg("context.error.codes_outside", n=len(stray), file=name, codes=ListOf.of(stray))
            )
    out = (
        pd.DataFrame({"gm_code": codes})
        .merge(bevolking, on="gm_code", how="left", validate="one_to_one")
        .merge(gezondheid, on="gm_code", how="left", validate="one_to_one")
    )
    out[STATUS_COLUMN] = out[STATUS_COLUMN].fillna(STATUS_NOT_PUBLISHED)
    return out[list(CONTEXT_COLUMNS)]


def load_context(
    gm_codes: Iterable[str], bevolking_path: Path | None = None, gezondheid_path: Path | None = None
) -> pd.DataFrame:
    """The shipped context files joined onto ``gm_codes`` (the 342 gemeenten of 2025)."""
    return join_context(gm_codes, read_bevolking(bevolking_path), read_gezondheid(gezondheid_path))


# --------------------------------------------------------------------------------------------------------------
# Writing values and names the way the legend and tables show them


def decimals(indicator: str) -> int:
    """CBS publishes its percentages as whole numbers; GMJV with one decimal; counts are whole."""
    info = INDICATORS[indicator]
    return 1 if info.source == "gmjv" and info.unit == "pct" else 0


def format_value(indicator: str, value: float, lang: str = "nl") -> str:
    """A value of ``indicator`` with its unit, or "niet gepubliceerd" when missing (never 0)."""
    if pd.isna(value):
        return t("context.niet_gepubliceerd", lang)
    places = decimals(indicator)
    if INDICATORS[indicator].unit == "pct":
        return fmt_pct(float(value), lang, places, fixed=True)
    return fmt_decimal(float(value), lang, places, fixed=True)


def indicator_title(indicator: str, lang: str = "nl") -> str:
    """Name with age group and year, e.g. "% overgewicht (incl. obesitas), 16–25 jaar, 2024"."""
    info = INDICATORS[indicator]
    name = t(f"context.name.{indicator}", lang)
    if info.derived:
        name = t("context.derived", lang, name=name)
    age = GMJV_AGE.replace("-", "–")
    return t(f"context.title.{info.source}", lang, name=name, age=age, year=PEILJAAR)
