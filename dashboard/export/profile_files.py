"""Downloads of the profile sections: GALA's ketenaanpakken per gemeente, the Brede SPUK beside cooperation,
the SPUK IZA table and the similar gemeenten, each as CSV through the one writer with its provenance block."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.analysis.gala import GalaOverview
from dashboard.core.filters import Filters
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.render import gala as gala_render
from dashboard.render import provenance
from dashboard.render.profile import criteria_text, similar_columns, similar_frame


def _lines(
    title: str,
    file_name: str,
    is_example: bool,
    filters: Filters,
    gemeenten: pd.DataFrame,
    lang: str,
    extra: Sequence[str] = (),
) -> list[str]:
    return provenance.provenance_lines(
        title=title,
        file_name=file_name,
        is_example=is_example,
        filters=filters,
        lang=lang,
        names=provenance.area_names(gemeenten),
        extra=list(extra),
    )


def gala_download(
    overview: GalaOverview,
    area: str,
    stem: str,
    *,
    file_name: str,
    is_example: bool,
    filters: Filters,
    gemeenten: pd.DataFrame,
    lang: str = "nl",
) -> writer.Download:
    """The matrix as CSV: a row per gemeente with each cell's reading, the missing ketenaanpakken, the counts."""
    table = gala_render.display_table(overview, filters.jaar, lang)
    extra = [*gala_render.notes(filters.jaar, lang), gala_render.summary_text(overview, lang)]
    if not overview.confirmations_recorded:
        extra.append(t("gala.note.confirmations", lang))
    lines = _lines(
        t("gala.export.title", lang, area=area), file_name, is_example, filters, gemeenten, lang, extra
    )
    return writer.offer(stem, "csv", writer.frame_csv_bytes(table, lines, lang))


def money_download(
    table: pd.DataFrame,
    area: str,
    stem: str,
    *,
    file_name: str,
    is_example: bool,
    filters: Filters,
    gemeenten: pd.DataFrame,
    lang: str = "nl",
) -> writer.Download:
    """The money table as shown, with what the amounts are and are not (never spent on the initiatives)."""
    extra = [_plain(t("money.not_spent", lang)), t("money.note", lang), t("money.source", lang)]
    lines = _lines(
        t("money.export.title", lang, area=area), file_name, is_example, filters, gemeenten, lang, extra
    )
    return writer.offer(stem, "csv", writer.frame_csv_bytes(table, lines, lang))


def iza_download(table: pd.DataFrame, lang: str = "nl") -> writer.Download:
    """The SPUK IZA per IZA region; the caveat (not zorgkantoorregio's, membership unpublished) goes with it."""
    lines = [
        t("money.iza.export.title", lang),
        _plain(t("money.iza.caveat", lang)),
        t("money.source", lang),
    ]
    return writer.offer("spuk_iza_2025_2026", "csv", writer.frame_csv_bytes(table, lines, lang))


def similar_download(
    features: pd.DataFrame,
    ranked: pd.DataFrame,
    gm_code: str,
    criteria: Sequence[str],
    records: pd.DataFrame,
    spuk: pd.DataFrame,
    context: pd.DataFrame,
    gemeenten: pd.DataFrame,
    year: int,
    *,
    file_name: str,
    is_example: bool,
    filters: Filters,
    lang: str = "nl",
) -> writer.Download:
    """The comparison as CSV: the gemeente code added, euros and distance at exactly two decimals."""
    frame = similar_frame(features, ranked, gm_code, records, spuk, context, gemeenten, year, lang)
    for column, places in (("spuk", 2), ("afstand", 2), ("dichtheid", 0)):
        fixed = [writer.Fixed(float(v), places) for v in frame[column]]
        frame[column] = pd.Series(fixed, index=frame.index, dtype=object)
    table = frame.rename(columns={"gm_code": t("gala.col.code", lang), **similar_columns(year, lang)})
    name = str(features.set_index("gm_code").at[gm_code, "gm_naam"])
    title = t("similar.export.title", lang, naam=name, criteria=criteria_text(criteria, lang))
    extra = [
        t("similar.method", lang),
        t("profile.population.note", lang),
        _plain(t("money.not_spent", lang)),
    ]
    lines = _lines(title, file_name, is_example, filters, gemeenten, lang, extra)
    return writer.offer(
        f"vergelijkbare_gemeenten_{gm_code}", "csv", writer.frame_csv_bytes(table, lines, lang)
    )


def _plain(text: str) -> str:
    """A catalogue text written for the page (with **bold**) as a plain file line."""
    return text.replace("**", "")
