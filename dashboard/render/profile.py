"""Tables of the gemeente profile: the need figures beside the gemeenten's median, and the similar gemeenten
beside the chosen one (their initiatives, level and Brede SPUK per inwoner).

Builders only: the page shows the frames with ``render.tables.for_display`` and offers the CSV through
``export.profile_files`` (euros at two decimals there).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.analysis.areas import NO_INITIATIVE, gemeente_summary
from dashboard.analysis.money import per_gemeente
from dashboard.analysis.similar import CRITERIA
from dashboard.core.schema import UNKNOWN_LEVEL
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_decimal
from dashboard.ingest.context import INDICATORS, format_value, indicator_title


def level_text(summary_row: pd.Series, lang: str) -> str:
    """The highest collaboration level of a gemeente in the GALA matrix's short words ("formeel", "apart (wijk)",
    "? onbekend"), so the comparison fits beside the figures; "geen initiatief" when there is none."""
    wijk_only = bool(summary_row["alleen_wijk"])
    level = str(summary_row["hoogste_niveau_wijk" if wijk_only else "hoogste_niveau"])
    if level == NO_INITIATIVE:
        return t("map.class.geen_initiatief", lang)
    text = t("gala.cell.unknown", lang) if level == UNKNOWN_LEVEL else t(f"gala.level.{level}", lang)
    return t("gala.cell.wijk", lang, level=text) if wijk_only else text


def health_table(context: pd.DataFrame, gm_code: str, lang: str = "nl") -> pd.DataFrame:
    """Young-adult health (GMJV 2024) of one gemeente beside the median of the gemeenten that have a figure;
    "niet gepubliceerd" where the source suppressed it (never 0)."""
    own = context.set_index("gm_code").loc[gm_code]
    rows = []
    for code, info in INDICATORS.items():
        if info.source != "gmjv":
            continue
        median = context[code].median()
        rows.append(
            [
                indicator_title(code, lang),
                format_value(code, float(own.to_dict()[code]), lang),
                format_value(code, float(median), lang),
            ]
        )
    name = str(own["gm_naam"])
    return pd.DataFrame(
        rows, columns=[t("profile.health.col.indicator", lang), name, t("profile.health.col.median", lang)]
    )


def has_health_figures(context: pd.DataFrame, gm_code: str) -> bool:
    own = context.set_index("gm_code").loc[gm_code]
    return bool(any(pd.notna(own[c]) for c, i in INDICATORS.items() if i.source == "gmjv"))


def similar_frame(
    features: pd.DataFrame,
    ranked: pd.DataFrame,
    gm_code: str,
    records: pd.DataFrame,
    spuk: pd.DataFrame,
    context: pd.DataFrame,
    gemeenten: pd.DataFrame,
    year: int,
    lang: str,
) -> pd.DataFrame:
    """The chosen gemeente first, then the ranked ones: codes, names and raw values."""
    order = [gm_code, *ranked["gm_code"]]
    distance = dict(zip(ranked["gm_code"], ranked["afstand"], strict=True))
    distance[gm_code] = 0.0
    rows = features.set_index("gm_code").loc[order]
    summary = gemeente_summary(records, order).set_index("gm_code")
    money = per_gemeente(spuk, context).set_index("gm_code")
    provincie = gemeenten.set_index("gm_code")["pv_naam"]
    return pd.DataFrame(
        {
            "gm_code": order,
            "gemeente": [
                t("similar.chosen", lang, naam=rows.at[code, "gm_naam"])
                if code == gm_code
                else rows.at[code, "gm_naam"]
                for code in order
            ],
            "naam": [rows.at[code, "gm_naam"] for code in order],
            "provincie": [provincie.get(code, "") for code in order],
            **{criterion: rows[criterion].to_numpy() for criterion in CRITERIA},
            "initiatieven": summary.loc[order, "n_initiatieven"].to_numpy(),
            "niveau": [level_text(summary.loc[code], lang) for code in order],
            "spuk": money.loc[order, f"per_inwoner_{year}"].to_numpy(),
            "afstand": [distance[code] for code in order],
        }
    )


def similar_columns(year: int, lang: str) -> dict[str, str]:
    return {
        "gemeente": t("similar.col.gemeente", lang),
        "provincie": t("similar.col.provincie", lang),
        **{criterion: t(f"similar.col.{criterion}", lang) for criterion in CRITERIA},
        "initiatieven": t("similar.col.initiatieven", lang),
        "niveau": t("similar.col.niveau", lang),
        "spuk": t("money.col.per_inwoner", lang, year=year),
        "afstand": t("similar.col.afstand", lang),
    }


def similar_table(frame: pd.DataFrame, year: int, lang: str = "nl") -> tuple[pd.DataFrame, dict[str, object]]:
    """``similar_frame`` to show, with formatters for ``for_display``: numbers stay numbers; euros with two
    decimals, the density whole, the distance with two decimals."""
    columns = similar_columns(year, lang)
    shown = frame.drop(columns=["gm_code", "naam"]).rename(columns=columns)
    shown[columns["dichtheid"]] = shown[columns["dichtheid"]].round(0)

    def two(value: object) -> str:
        return fmt_decimal(float(value), lang, 2, fixed=True)  # type: ignore[arg-type]

    return shown, {columns["spuk"]: two, columns["afstand"]: two}


def criteria_text(criteria: Sequence[str], lang: str) -> str:
    return ", ".join(t(f"similar.criterion.{c}", lang) for c in criteria)
