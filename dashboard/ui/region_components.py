"""The pieces of Mijn regio (one gemeente's or VNG–ZN region's profile) and of the regions overview.

What a profile shows under the sidebar's filters (its records, Nederland's, the map classes, the comparison) is
derived once per data, filter state, place and language (``FilterState.derive``), not on every rerun.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

import pandas as pd
import streamlit as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis.aggregate import Base
from dashboard.analysis.areas import gemeente_summary, initiatives_in
from dashboard.analysis.measures import Classified, classify, classify_regions
from dashboard.analysis.scope import scope_classified, selection_members
from dashboard.core.filters import Filters
from dashboard.core.schema import INTERVENTION_VOCABULARY
from dashboard.i18n import insurer, label, t
from dashboard.render import chart_views, maps, provenance
from dashboard.render.tables import for_display, region_table
from dashboard.ui import components, data
from dashboard.ui.data import Dataset, FilterState
from dashboard.ui.sidebar import prefixed_text

esc = components.escape_markdown
COMPARED_KINDS = ("niveaus", "partijen", "interventies")


@dataclass(frozen=True, eq=False)
class RegionView:
    """A chosen gemeente or region under one filter state (shared: do not mutate)."""

    choice: rp.Choice
    profile: rp.Profile
    place: str  # "Gemeente Utrecht" / "Regio Utrecht": which namesake is meant
    region_place: str
    records: pd.DataFrame  # the filtered records (all of them: the gaps and the comparison read them)
    own: pd.DataFrame  # a gemeente's own initiatives, highest level first (empty for a region)
    region_records: pd.DataFrame  # touching the region
    scope_records: pd.DataFrame  # the chosen place itself: the gemeente's, or the region's
    nl: FilterState  # Nederland: the same filters without the provincie and region
    summary: pd.DataFrame
    classified: Classified  # levels, only the region's gemeenten coloured and counted
    comparison: pd.DataFrame  # the place next to its region and Nederland


def region_view(dataset: Dataset, filters: Filters, choice: rp.Choice, lang: str) -> RegionView:
    return data.derived(dataset, filters, _region_view, choice.kind, choice.code, lang)


def _region_view(state: FilterState, kind: rp.Kind, code: str, lang: str) -> RegionView:
    gemeenten = data.gemeenten_table()
    choice = rp.Choice(kind, code)
    profile = rp.profile(gemeenten, choice)
    records = state.records
    nl = state.with_filters(state.filters.without_area())
    return RegionView(
        choice=choice,
        profile=profile,
        place=rp.place_name(kind, profile.naam, lang),
        region_place=rp.place_name("regio", profile.regio_naam, lang),
        records=records,
        # initiatives_in fails on an empty frame (an object-dtype empty mask selects columns): guard it here.
        own=initiatives_in(records, code) if kind == "gemeente" and len(records) else records.iloc[0:0],
        region_records=rp.touching(records, profile.members).sort_values("naam"),
        scope_records=rp.scope_records(records, profile),
        nl=nl,
        summary=state.summary,
        classified=scope_classified(classify("niveau", state.summary, lang), profile.members, lang),
        comparison=rp.profile_comparison(records, nl.records, profile, set(gemeenten["gm_code"]), lang),
    )


def place_facts(view: RegionView, lang: str) -> None:
    """The way to the fall-prevention page, where the place sits, and its region's gemeenten."""
    profile = view.profile
    # The chosen gemeente or region is shared state: the fall-prevention page opens on it.
    st.page_link(
        "app_pages/valpreventie.py",
        label=components.say("vp.open.button", lang, naam=profile.naam),
        icon=":material/elderly:",
    )
    if view.choice.kind == "gemeente":
        components.gemeente_whereabouts(view.choice.code, lang)
    else:
        st.markdown(
            t(
                "mijnregio.where.regio",
                lang,
                verzekeraar=esc(insurer(profile.zorgverzekeraar, lang)),
                provincies=esc(", ".join(profile.provincies)),
                ggd=esc(", ".join(profile.ggd_regios)),
            )
        )
    gemeenten = data.gemeenten_table()
    names = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
    members = ", ".join(names[c] for c in profile.members)
    st.markdown(
        t(
            "mijnregio.members",
            lang,
            regio=esc(profile.regio_naam),
            n=len(profile.members),
            names=esc(members),
        )
    )
    st.caption(t("mijnregio.zorgkantoor_note", lang))


def gaps_list(dataset: Dataset, filters: Filters, view: RegionView, lang: str) -> pd.DataFrame:
    """Which kind of gap, then the region's gemeenten that have it; returns them (gm_code, gm_naam)."""
    gap_kind = st.radio(
        t("mijnregio.gaps.kind", lang),
        list(rp.GAP_KINDS),
        key="mr_hiaat",
        format_func=partial(prefixed_text, "mijnregio.gaps.kind.", lang=lang),
    )
    intervention = None
    if gap_kind == "zonder_interventie":
        intervention = st.selectbox(
            t("mijnregio.gaps.intervention", lang),
            list(INTERVENTION_VOCABULARY),
            key="mr_interventie",
            format_func=partial(label, "intervention", lang=lang, year=filters.jaar),
        )
    gap_rows = data.derived(dataset, filters, _gaps, view.profile.regio_code, gap_kind, intervention)
    if gap_rows.empty:
        st.success(t("mijnregio.gaps.none", lang), icon=":material/check_circle:")
    else:
        st.markdown(
            t("mijnregio.gaps.count", lang, n=len(gap_rows), total=len(view.profile.members))
            + "\n"
            + "\n".join(f"- {esc(n)}" for n in gap_rows["gm_naam"])
        )
    st.caption(t("mijnregio.gaps.note", lang))
    return gap_rows


def _gaps(state: FilterState, regio_code: str, kind: rp.GapKind, intervention: str | None) -> pd.DataFrame:
    return rp.gaps(state.records, data.gemeenten_table(), regio_code, kind, intervention)


def region_map(view: RegionView, gap_rows: pd.DataFrame, lang: str) -> None:
    """The region outlined, its gaps hatched, the chosen gemeente marked; the rest of the country as context."""
    geo_layers = data.layers()
    profile = view.profile
    groups = [
        maps.choropleth_group(
            data.geometry_url(), view.classified, view.summary, data.gemeenten_table(), lang
        ),
        maps.borders_group(
            geo_layers.regios[geo_layers.regios["code"] == profile.regio_code], "regio", "#000000", 3.5, lang
        ),
        maps.gaps_group(geo_layers.gemeenten, set(gap_rows["gm_code"]), lang),
        maps.selection_group(geo_layers.gemeenten, profile.gm_code),
    ]
    center, zoom = maps.view_of(geo_layers.gemeenten, profile.members)
    components.map_widget(
        groups, key="mijn_regio_kaart", height=560, selectable=False, center=center, zoom=zoom
    )
    components.source_line(lang)


def region_legend(view: RegionView, lang: str) -> None:
    extra = [("gap", t("mijnregio.legend.gap", lang)), ("regioline", t("mijnregio.legend.regio", lang))]
    if view.profile.gm_code:
        extra.append(("selected", t("mijnregio.legend.selected", lang)))
    components.legend(view.classified, lang, extra)


def initiatives(view: RegionView, lang: str) -> None:
    """A gemeente's own initiatives, then every initiative touching its region."""
    if view.choice.kind == "gemeente":
        st.subheader(components.say("mijnregio.own", lang, naam=view.place, n=len(view.own)), anchor=False)
        if view.own.empty:
            st.info(t("empty.selection", lang))
        else:
            components.initiatives_dataframe(view.own, lang)
    st.subheader(
        components.say(
            "mijnregio.region_initiatives", lang, regio=view.profile.regio_naam, n=len(view.region_records)
        ),
        anchor=False,
    )
    st.caption(t("grafieken.rule", lang))
    if view.region_records.empty:
        st.info(t("empty.selection", lang))
    else:
        components.initiatives_dataframe(view.region_records, lang)


def comparison(dataset: Dataset, filters: Filters, view: RegionView, lang: str) -> None:
    """The place next to its region and Nederland: the key figures, then levels, parties and interventions."""
    if view.profile.gm_code is not None:
        heading = components.say(
            "mijnregio.compare.gemeente", lang, gemeente=view.place, regio=view.region_place
        )
    else:
        heading = components.say("mijnregio.compare.regio", lang, regio=view.place)
    st.subheader(heading, anchor=False)
    st.dataframe(for_display(view.comparison, lang), hide_index=True, width="stretch")
    lines = provenance.provenance_lines(
        source=components.source_of(dataset, view.nl.records, lang),
        is_example=bool(view.nl.records["voorbeelddata"].any()),
        filters=view.nl.filters,
        lang=lang,
        extra=[t("dl.compare", lang, region=view.place)],
        year_note=components.year_note(dataset, view.nl.filters, lang),
    )
    year_part = str(filters.jaar) if filters.jaar is not None else "alle_jaren"
    tabs = st.tabs([t(f"grafieken.kind.{kind}", lang) for kind in COMPARED_KINDS])
    for tab, kind in zip(tabs, COMPARED_KINDS, strict=True):
        with tab:
            base = components.intervention_base("mr_basis", lang) if kind == "interventies" else "offering"
            chart = data.derived(
                dataset, filters, _compared, view.choice.kind, view.choice.code, kind, lang, base
            )
            components.show_chart(
                chart,
                lines,
                key=f"mr_{kind}",
                file_stem=f"preventiekaart_{view.choice.code}_{kind}_vs_nl_{year_part}",
                lang=lang,
            )


def _compared(
    state: FilterState, kind: rp.Kind, code: str, chart: str, lang: str, base: Base
) -> chart_views.ChartView:
    view = state.derive(_region_view, kind, code, lang)
    return chart_views.compared(chart, view.scope_records, view.nl.records, view.place, lang, base)


# ---- the regions overview (VNG–ZN regional work structure)


def regions_map(filters: Filters, lang: str) -> None:
    """Every VNG–ZN region in its own colour (neighbours differ), with its borders and a legend of the regions
    and their number of gemeenten. The sidebar's region or provincie filter is followed as on the map page:
    only the regions in it are coloured and listed, the map opens on them, the rest is drawn as context."""
    gemeenten = data.gemeenten_table()
    members = selection_members(filters, gemeenten)
    classified = regions_classified(gemeenten, data.region_colors(), members, lang)
    summary = gemeente_summary(data.active_dataset().records.iloc[0:0], gemeenten["gm_code"])
    groups = [
        maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang, with_levels=False),
        maps.border_layer(data.border_lines("regio"), "regio", "#222222", 2.5, lang),
    ]
    center, zoom = maps.view_of(data.layers().gemeenten, members)
    components.map_widget(groups, key="regiokaart", selectable=False, center=center, zoom=zoom)
    components.source_line(lang)
    components.legend(classified, lang, columns=True)


def regions_classified(
    gemeenten: pd.DataFrame, colors: dict[str, str], members: frozenset[str] | None, lang: str
) -> Classified:
    """One class per region with a gemeente in ``members`` (None: every region), the rest as context."""
    classified = scope_classified(
        classify_regions(gemeenten, colors, t("regios.legend", lang)), members, lang
    )
    shown = set(classified.by_gemeente)
    return replace(classified, classes=tuple(c for c in classified.classes if c.code in shown))


def regions_table(lang: str) -> None:
    """One row per region: its gemeenten, zorgkantoor (designated 2015) and provincies."""
    table = region_table(data.layers().regios, data.gemeenten_table(), lang)
    st.dataframe(for_display(table, lang), hide_index=True, width="stretch", height=560)
