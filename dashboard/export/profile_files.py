"""Downloads of the profile sections: GALA's ketenaanpakken per gemeente, the Brede SPUK beside cooperation,
the SPUK IZA table and the similar gemeenten, each as CSV through the one writer with its provenance block.

Where the records come from is the need page's ``TableSource`` (file, example data, filters, area names)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.analysis.gala import GalaOverview
from dashboard.export import writer
from dashboard.export.need_files import TableSource, source_lines
from dashboard.i18n import t
from dashboard.render import gala as gala_render
from dashboard.render.profile import criteria_text, similar_columns


def _lines(title: str, source: TableSource, lang: str, extra: Sequence[str] = ()) -> list[str]:
    return source_lines(title, list(extra), source, lang)


def _plain(text: str) -> str:
    """A catalogue text written for the page (with **bold**) as a plain file line."""
    return text.replace("**", "")


def money_notes(lang: str) -> list[str]:
    """What every file with Brede SPUK amounts says: not spent on the initiatives, per-capita basis, source."""
    return [_plain(t("money.not_spent", lang)), t("money.note", lang), t("money.source", lang)]


def gala_download(
    overview: GalaOverview, area: str, stem: str, source: TableSource, lang: str = "nl"
) -> writer.Download:
    """The matrix as CSV: a row per gemeente with each cell's reading, the missing ketenaanpakken, the counts."""
    year = source.filters.jaar
    table = gala_render.display_table(overview, year, lang)
    extra = [*gala_render.notes(year, lang), gala_render.summary_text(overview, lang)]
    if not overview.confirmations_recorded:
        extra.append(t("gala.note.confirmations", lang))
    lines = _lines(t("gala.export.title", lang, area=area), source, lang, extra)
    return writer.offer(stem, "csv", writer.frame_csv_bytes(table, lines, lang))


def money_download(
    table: pd.DataFrame, area: str, stem: str, source: TableSource, lang: str = "nl"
) -> writer.Download:
    """The money table as shown, with what the amounts are and are not (never spent on the initiatives)."""
    lines = _lines(t("money.export.title", lang, area=area), source, lang, money_notes(lang))
    return writer.offer(stem, "csv", writer.frame_csv_bytes(table, lines, lang))


def iza_download(table: pd.DataFrame, lang: str = "nl") -> writer.Download:
    """The SPUK IZA per IZA region; the caveat (not zorgkantoorregio's, membership unpublished) goes with it."""
    lines = [t("money.iza.export.title", lang), _plain(t("money.iza.caveat", lang)), t("money.source", lang)]
    return writer.offer("spuk_iza_2025_2026", "csv", writer.frame_csv_bytes(table, lines, lang))


def similar_download(
    frame: pd.DataFrame, criteria: Sequence[str], year: int, source: TableSource, lang: str = "nl"
) -> writer.Download:
    """The comparison (``render.profile.similar_frame``) as CSV: the gemeente code added, euros and distance at
    exactly two decimals."""
    out = frame.copy()
    for column, places in (("spuk", 2), ("afstand", 2), ("dichtheid", 0)):
        fixed = [writer.Fixed(float(v), places) for v in out[column]]
        out[column] = pd.Series(fixed, index=out.index, dtype=object)
    table = out.drop(columns="naam").rename(
        columns={"gm_code": t("gala.col.code", lang), **similar_columns(year, lang)}
    )
    gm_code = str(frame["gm_code"].iloc[0])
    name = str(frame["naam"].iloc[0])
    title = t("similar.export.title", lang, naam=name, criteria=criteria_text(criteria, lang))
    extra = [
        t("similar.method", lang),
        t("profile.population.note", lang),
        _plain(t("money.not_spent", lang)),
    ]
    lines = _lines(title, source, lang, extra)
    return writer.offer(
        f"vergelijkbare_gemeenten_{gm_code}", "csv", writer.frame_csv_bytes(table, lines, lang)
    )
