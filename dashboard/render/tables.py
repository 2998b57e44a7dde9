"""Display tables (pure): records and per-gemeente figures turned into labelled, sortable frames."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, Final

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.analysis.areas import NO_INITIATIVE
from dashboard.core.schema import LEVEL_RANK
from dashboard.i18n import TEXTS, insurer, label, t
from dashboard.i18n.formats import MISSING, fmt_value

# Year columns are numbers without thousands separators ("2020", never "2.020").
_YEAR_KEYS: Final = ("table.jaar", "dl.col.jaar")
# pandas refuses to style larger tables; beyond this the cells are shown as they are (gaps still filled).
_MAX_STYLED_CELLS: Final = 200_000


def for_display(
    frame: pd.DataFrame,
    lang: str = "nl",
    formatters: Mapping[str, Callable[[object], str]] | None = None,
    missing: str = MISSING,
) -> Styler | pd.DataFrame:
    """A table as the reader's language writes it: "1.509.235" and "0,3" in Dutch, "1,509,235" in English.

    Numbers stay numbers (the table still sorts by value); only their display text is formatted. A column
    with gaps becomes text, because the table would show a gap as "None": gaps read ``missing`` ("–"), or
    what the column's formatter says ("niet gepubliceerd"). ``formatters`` set the text of a column's values.
    """
    formatters = dict(formatters or {})
    years = {t(key, lang) for key in _YEAR_KEYS}
    out = frame.reset_index(drop=True)
    shown: dict[str, Callable[[object], str]] = {}
    for column in out.columns:
        series = out[column]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if column in formatters:
            format_cell = formatters[column]
        elif column in years:
            format_cell = _plain_cell
        else:
            format_cell = partial(fmt_value, lang=lang)
        if series.isna().any():
            out[column] = [
                format_cell(v)
                if column in formatters
                else (missing if _gap(v) else format_cell(v) if numeric else v)
                for v in series
            ]
        elif numeric:
            shown[column] = format_cell
    if out.size > _MAX_STYLED_CELLS:
        return out
    # pandas-stubs types the mapping's values as optional formatters; ours are all set.
    return out.style.format(dict[Any, Any](shown)) if shown else out.style


def _gap(value: object) -> bool:
    scalar: Any = value  # a cell: any scalar pandas holds
    return not isinstance(value, list | tuple) and bool(pd.isna(scalar))


def _plain_cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return MISSING if _gap(value) else str(value)


def _labels(values: tuple[str, ...], kind: str, lang: str, year: object = None) -> str:
    return ", ".join(label(kind, v, lang, year) for v in values)


def record_status(confirmation: object, carried: object, lang: str = "nl") -> str:
    """One register record's standing: "overgenomen (niet bijgewerkt)" when a vaststelling published it as it
    was carried over, else its two sides' confirmation ("bevestigd door beide kanten", "betwist", ...)."""
    if carried is True:
        return t("peiljaar.carried_label", lang)
    key = f"peiljaar.state.{confirmation}"
    return t(key, lang) if key in TEXTS else ""


def initiatives_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """One row per initiative with Dutch (or English) labels; ``bron`` only holds vetted http(s) URLs. Records
    of the register get a status column (carried over; confirmed by whom, or disputed)."""
    table = _initiatives_table(records, lang)
    if "bevestiging" in records.columns:
        carried = (
            records["overgenomen"] if "overgenomen" in records.columns else pd.Series(False, records.index)
        )
        status = [
            record_status(c, bool(o) if o is not None and not pd.isna(o) else False, lang)
            for c, o in zip(records["bevestiging"], carried, strict=True)
        ]
        table.insert(2, t("table.status", lang), status)
    return table


def _initiatives_table(records: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("table.naam", lang): records["naam"],
            t("table.jaar", lang): records["jaar"],
            t("table.niveau", lang): records["samenwerkingsniveau"].map(lambda c: label("level", c, lang)),
            t("table.coalitie", lang): records["preventiecoalitie"].map(
                lambda b: t("map.class.ja", lang) if b else t("map.class.nee", lang)
            ),
            t("table.reikwijdte", lang): records["reikwijdte"].map(lambda c: label("reach", c, lang)),
            t("table.partijen", lang): records["partijen"].map(lambda v: _labels(v, "party", lang)),
            # GALA's names for peiljaren from 2023, RIVM's before (per row: a table may span years).
            t("table.interventies", lang): pd.Series(
                [
                    _labels(v, "intervention", lang, int(y))
                    for v, y in zip(records["interventies"], records["jaar"], strict=True)
                ],
                index=records.index,
                dtype="object",
            ),
            t("table.zorgverzekeraars", lang): records["zorgverzekeraars"].map(", ".join),
            # "" rather than None: the link column shows a gap as "None" but an empty text as nothing.
            t("table.bron", lang): records["bron_url"].fillna(""),
        }
    ).reset_index(drop=True)


def gemeente_overview(summary: pd.DataFrame, gemeenten: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """Gemeente, region, highest level and number of initiatives: the map as an accessible table."""
    merged = summary.merge(gemeenten[["gm_code", "gm_naam", "regio_naam"]], on="gm_code", how="left")

    def level_text(row: pd.Series) -> str:
        if row["hoogste_niveau"] == NO_INITIATIVE:
            if row["n_wijk"]:
                return t(
                    "map.tooltip.wijk_only", lang, level=label("level", row["hoogste_niveau_wijk"], lang)
                )
            return t("map.class.geen_initiatief", lang)
        return label("level", row["hoogste_niveau"], lang)

    return pd.DataFrame(
        {
            t("table.gemeente", lang): merged["gm_naam"],
            t("table.regio", lang): merged["regio_naam"],
            t("table.hoogste_niveau", lang): merged.apply(level_text, axis=1),
            # Rank column so that sorting by level is by the scale, not alphabetical; unknown sorts apart.
            t("table.niveau_rang", lang): merged["hoogste_niveau"].map(LEVEL_RANK).astype("Int64"),
            t("table.initiatieven", lang): merged["n_initiatieven"],
        }
    ).sort_values(t("table.gemeente", lang), key=lambda s: s.str.casefold(), ignore_index=True)


def region_table(regions: pd.DataFrame, gemeenten: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """One row per VNG–ZN region: code, name, zorgkantoor (designated 2015), verified flag, member gemeenten."""
    members = (
        gemeenten.sort_values("gm_naam", key=lambda s: s.str.casefold())
        .groupby("regio_code")["gm_naam"]
        .agg(", ".join)
    )
    return pd.DataFrame(
        {
            t("table.regio", lang): regions["naam"].to_numpy(),
            t("table.zorgkantoor", lang): regions["zorgverzekeraar"]
            .map(lambda v: insurer(v, lang))
            .to_numpy(),
            t("table.geverifieerd", lang): regions["geverifieerd"]
            .map(lambda b: t("map.class.ja", lang) if b else t("map.class.nee", lang))
            .to_numpy(),
            t("table.n_gemeenten", lang): regions["n_gemeenten"].to_numpy(),
            t("table.gemeente", lang): regions["code"].map(members).to_numpy(),
            "code": regions["code"].to_numpy(),
        }
    ).sort_values(t("table.regio", lang), key=lambda s: s.str.casefold(), ignore_index=True)


def issues_table(issues: list, lang: str = "nl") -> pd.DataFrame:
    """Import problems as a table a civil servant can sort: row, column, value, severity, message."""
    severity = {"error": t("issues.error", lang), "warning": t("issues.warning", lang)}
    return pd.DataFrame(
        {
            # A problem of the whole file says so, instead of an empty row number ("None" in the grid).
            t("issues.row", lang): [
                str(i.row) if i.row is not None else t("hardening.whole_file", lang) for i in issues
            ],
            t("issues.column", lang): [i.column or "" for i in issues],
            t("issues.value", lang): [i.value or "" for i in issues],
            t("issues.severity", lang): [severity[i.severity] for i in issues],
            t("issues.message", lang): [i.text(lang) for i in issues],
        }
    )
