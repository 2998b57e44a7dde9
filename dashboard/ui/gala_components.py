"""GALA's five ketenaanpakken per gemeente on the page (Mijn regio) and on a presentation slide.

The area is a VNG–ZN region or a provincie: on Mijn regio the chosen place's region or one of its provincies,
on the slide the chosen region or else the sidebar's single provincie. The matrix and its CSV come from
``analysis.gala`` / ``render.gala`` / ``export.profile_files``; this module only draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis.gala import GalaOverview, gala_overview
from dashboard.core.filters import Filters
from dashboard.export import profile_files
from dashboard.export.need_files import TableSource
from dashboard.i18n import t
from dashboard.render import gala as gala_render
from dashboard.ui import components, data
from dashboard.ui.data import Dataset, FilterState


@dataclass(frozen=True)
class GalaArea:
    """A region or provincie: its code, its name as a heading says it, and its gemeenten (code, name)."""

    code: str
    name: str
    gemeenten: tuple[tuple[str, str], ...]


def _area(gemeenten: pd.DataFrame, kind: str, code: str, lang: str) -> GalaArea:
    column = "regio" if kind == "regio" else "pv"
    rows = gemeenten[gemeenten[f"{column}_code"] == code]
    name = rp.place_name(kind, str(rows[f"{column}_naam"].iloc[0]), lang)
    return GalaArea(code, name, tuple(zip(rows["gm_code"], rows["gm_naam"], strict=True)))


def areas_of(profile: rp.Profile, gemeenten: pd.DataFrame, lang: str) -> dict[str, GalaArea]:
    """The areas a profile can show: its VNG–ZN region, then each provincie the chosen place lies in."""
    own = gemeenten[
        gemeenten["gm_code"].isin(profile.members if profile.gm_code is None else (profile.gm_code,))
    ]
    out = {profile.regio_code: _area(gemeenten, "regio", profile.regio_code, lang)}
    for code in sorted(set(own["pv_code"])):
        out[code] = _area(gemeenten, "provincie", code, lang)
    return out


def slide_area(
    profile: rp.Profile | None, filters: Filters, gemeenten: pd.DataFrame, lang: str
) -> GalaArea | None:
    """The slide's area: the chosen region, else the sidebar's single provincie, else none (the slide then shows
    the national picture with a chooser, like the other region slides)."""
    if profile is not None:
        return _area(gemeenten, "regio", profile.regio_code, lang)
    if len(filters.provincies) == 1 and filters.provincies[0] in set(gemeenten["pv_code"]):
        return _area(gemeenten, "provincie", filters.provincies[0], lang)
    return None


@dataclass(frozen=True, eq=False)
class GalaView:
    """The matrix of one area under one filter state, drawn (shared: do not mutate)."""

    overview: GalaOverview
    html: str
    summary: str


def _gala_view(state: FilterState, area: GalaArea, lang: str, max_rows: int | None) -> GalaView:
    # Confirmations by both sides are not recorded yet (issue 20): None says so, and no cell claims one.
    overview = gala_overview(state.records, area.gemeenten, confirmed_by_both=None)
    html = gala_render.matrix_html(overview, area.name, state.filters.jaar, lang, max_rows=max_rows)
    return GalaView(overview, html, gala_render.summary_text(overview, lang))


def gala_view(
    dataset: Dataset, filters: Filters, area: GalaArea, lang: str, max_rows: int | None = None
) -> GalaView:
    """The area's matrix, computed once per data, filter state, area, language and layout."""
    return data.derived(dataset, filters, _gala_view, area, lang, max_rows)


def section(profile: rp.Profile, filters: Filters, dataset: Dataset, lang: str) -> None:
    """Mijn regio's section: the area switch, the matrix, its notes and its CSV."""
    gemeenten = data.gemeenten_table()
    areas = areas_of(profile, gemeenten, lang)
    st.subheader(t("gala.title", lang))
    code = st.radio(
        t("gala.area", lang),
        list(areas),
        key="mr_gala_gebied",
        horizontal=True,
        format_func=partial(_area_label, {c: a.name for c, a in areas.items()}),
    )
    area = areas.get(str(code), next(iter(areas.values())))
    view = gala_view(dataset, filters, area, lang)
    st.markdown(components.say("gala.section.summary", lang, area=area.name, summary=view.summary))
    st.html(view.html)
    notes = [*gala_render.notes(filters.jaar, lang), t("gala.note.confirmations", lang)]
    st.caption("  \n".join(components.escape_markdown(note) for note in notes))
    components.offer_download(
        None,
        t("gala.download", lang),
        profile_files.gala_download(
            view.overview,
            area.name,
            f"gala_ketenaanpakken_{area.code}_{filters.jaar or 'alle_jaren'}",
            table_source(dataset, filters, gemeenten, lang),
            lang,
        ),
        key="mr_gala_download",
    )


def table_source(dataset: Dataset, filters: Filters, gemeenten: pd.DataFrame, lang: str) -> TableSource:
    """Where a section's file comes from: the filtered records in words, example data or not, the filters."""
    records = data.filter_state(dataset, filters).records
    return TableSource(components.source_of(dataset, records, lang), dataset.is_example, filters, gemeenten)


def _area_label(names: dict[str, str], code: object) -> str:
    """format_func of the area switch (a module-level function in a partial: session state stays picklable).
    Radio options are markdown: a region's name from the region table goes through the guard."""
    return components.escape_markdown(names.get(str(code), str(code)))


def slide(area: GalaArea, dataset: Dataset, filters: Filters, lang: str) -> None:
    """The presentation slide: the matrix in projector type, split into blocks so a region fits the screen."""
    view = gala_view(dataset, filters, area, lang, gala_render.SLIDE_ROWS)
    st.html(gala_render.SLIDE_CSS)
    st.html(view.html)
    note = gala_render.slide_note(filters.jaar, lang)
    lines = [view.summary, *([note] if note else [])]
    st.caption(" · ".join(components.escape_markdown(line) for line in lines))
