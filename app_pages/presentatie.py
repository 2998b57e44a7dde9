"""Presentation mode: full-screen slides for a projector (no sidebar or chrome, large type, thick borders).

National map by level, the chosen region's map, parties, intervention uptake and the region's gaps, all following
the current filters. Previous/next with the buttons, the arrow keys or a presenter's clicker (PageDown/PageUp,
space, B, period), also while the map has the focus; the slide number is in the link (?dia=N). A region slide
without a chosen region shows the national picture with a region chooser, never an empty slide.
"""

import streamlit as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.analysis.scope import covered_count, scope_classified, selection_members
from dashboard.core.filters import apply_filters
from dashboard.i18n import t, tn
from dashboard.render import charts, maps, presentation, provenance
from dashboard.ui import components, data, gala_components, search
from dashboard.ui.components import SELECTED_KEY
from dashboard.ui.sidebar import current_lang, filters_from_state
from dashboard.ui.state import FILTER_KEYS
from dashboard.ui.urlstate import SLIDE_KEY

REGIOS_KEY = FILTER_KEYS["regios"]
lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
filters = filters_from_state(st.session_state)
records = apply_filters(dataset.records, filters, gemeenten)
gm_codes, regio_codes = set(gemeenten["gm_code"]), set(gemeenten["regio_code"])

st.html(presentation.CSS)
index = presentation.clamp(st.session_state.get(SLIDE_KEY))
st.session_state[SLIDE_KEY] = index
slide = presentation.slide_at(index)
choice = rp.choice_from_state(
    st.session_state.get(SELECTED_KEY), st.session_state.get(REGIOS_KEY), gm_codes, regio_codes
)
profile = rp.profile(gemeenten, choice) if choice else None


def _go(target: int) -> None:
    st.session_state[SLIDE_KEY] = target


# ---- title and controls (arrow keys work too)
# Two rows, so that at 1366×768 no button label is cut: title and stepping, then the scope line and stop/full
# screen.
head, prev_col, count_col, next_col = st.columns([6, 1.6, 1.3, 1.9], vertical_alignment="center")
scope_col, stop_col, full_col = st.columns([7.3, 1.6, 1.9], vertical_alignment="center")
with full_col:
    # Clicker keys and the full-screen button: a fixed script (no data in it) run in the page itself.
    st.html(presentation.deck_script(t("slide.fullscreen", lang)), unsafe_allow_javascript=True)
gala_area = gala_components.slide_area(profile, filters, gemeenten, lang) if slide.code == "gala" else None
region_name = gala_area.name if gala_area else profile.regio_naam if profile else ""
# A region slide without a region shows the national picture (and says so), never an empty slide.
national_instead = slide.needs_region and profile is None and gala_area is None
names = provenance.area_names(gemeenten)
# The national picture counts only the sidebar's region/provincie filter: its title names that area.
area = presentation.scope_area(
    [names.get(code, code) for code in filters.regios],
    [names.get(code, code) for code in filters.provincies],
    lang,
)
national_title = (
    components.say("slide.landelijk.scoped", lang, area=area) if area else t("slide.landelijk", lang)
)
if national_instead or slide.code == "landelijk":
    head.title(national_title)
else:
    head.title(components.say(slide.title_key, lang, regio=region_name))
prev_col.button(
    t("slide.prev", lang),
    on_click=_go,
    args=(presentation.previous_index(index),),
    disabled=index == 1,
    shortcut=presentation.KEY_PREVIOUS,
    key="dia_vorige",
    width="stretch",
)
count_col.markdown(t("slide.counter", lang, n=index, total=len(presentation.SLIDES)))
next_col.button(
    t("slide.next", lang),
    on_click=_go,
    args=(presentation.next_index(index),),
    disabled=index == len(presentation.SLIDES),
    shortcut=presentation.KEY_NEXT,
    key="dia_volgende",
    type="primary",
    width="stretch",
)
if stop_col.button(t("slide.stop", lang), shortcut=presentation.KEY_STOP, key="dia_stop", width="stretch"):
    st.switch_page("app_pages/kaart.py")

year = str(filters.jaar) if filters.jaar is not None else t("report.all_years", lang)
scope_line = components.say(
    "slide.scope", lang, year=year, filters=provenance.describe_filters(filters, lang, names)
)
example_line = " · " + t("dl.example", lang) if dataset.is_example else ""
scope_col.caption(scope_line + example_line, help=t("slide.keys", lang))

# ---- the slide
summary = gemeente_summary(records, gemeenten["gm_code"])
geo_layers = data.layers()
# The national slide follows the sidebar's provincie/region filter like the map page; a region slide its region.
members = profile.members if profile and not national_instead else selection_members(filters, gemeenten)
classified = scope_classified(classify("niveau", summary, lang), members, lang)

if national_instead:
    none_text = (
        components.say("slide.landelijk.none.scoped", lang, area=area)
        if area
        else t("slide.landelijk.none", lang)
    )
    st.info(none_text, icon=":material/travel_explore:")
    search.place_search("dia_regio", t("slide.pick.label", lang), lang)

if slide.code == "landelijk" or national_instead:
    left, right = st.columns([3, 2], gap="large")
    with left:
        groups = [
            maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang),
            maps.border_layer(data.border_lines("regio"), "regio", "#d95f02", 2.5, lang),
        ]
        # Scoped by the sidebar, the slide opens on the selection as the map page does; else on the country.
        center, zoom = maps.view_of(geo_layers.gemeenten, members)
        components.map_widget(
            groups,
            key="dia_kaart_nl",
            height=presentation.MAP_HEIGHT,
            selectable=False,
            center=center,
            zoom=zoom,
        )
    with right:
        covered, total = covered_count(summary, members)
        st.markdown(tn("slide.landelijk.text", len(records), lang, covered=covered, total=total))
        components.legend(classified, lang, [("wijk", t("kaart.legend.wijk", lang))])
        components.source_line(lang)

elif slide.code in ("regio", "gaten") and profile is not None:
    region_records = rp.touching(records, profile.members)
    missing = rp.gaps(records, gemeenten, profile.regio_code, "geen_initiatief")
    no_afstemming = rp.gaps(records, gemeenten, profile.regio_code, "geen_afstemming")
    groups = [
        maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang),
        maps.borders_group(
            geo_layers.regios[geo_layers.regios["code"] == profile.regio_code], "regio", "#000000", 3.5, lang
        ),
    ]
    if slide.code == "gaten":
        groups.append(maps.gaps_group(geo_layers.gemeenten, set(missing["gm_code"]), lang))
    groups.append(maps.selection_group(geo_layers.gemeenten, profile.gm_code))
    center, zoom = maps.view_of(geo_layers.gemeenten, profile.members)
    left, right = st.columns([3, 2], gap="large")
    with left:
        components.map_widget(
            groups,
            key=f"dia_kaart_{slide.code}",
            height=presentation.MAP_HEIGHT,
            selectable=False,
            center=center,
            zoom=zoom,
        )
        components.source_line(lang)
    with right:
        if slide.code == "regio":
            st.markdown(
                tn(
                    "slide.regio.text",
                    len(region_records),
                    lang,
                    members=len(profile.members),
                    verzekeraar=components.escape_markdown(profile.zorgverzekeraar),
                )
            )
            extra = [("regioline", t("mijnregio.legend.regio", lang))]
            components.legend(classified, lang, extra)
        else:
            esc = components.escape_markdown
            for key, rows in (("geen_initiatief", missing), ("geen_afstemming", no_afstemming)):
                st.markdown(t(f"slide.gaten.{key}", lang, n=len(rows), total=len(profile.members)))
                listed = ", ".join(esc(name) for name in rows["gm_naam"])
                st.markdown(listed or t("report.gaps.none", lang))
            extra = [
                ("gap", t("mijnregio.legend.gap", lang)),
                ("regioline", t("mijnregio.legend.regio", lang)),
            ]
            components.legend(classified, lang, extra)

elif slide.code == "gala" and gala_area is not None:
    gala_components.slide(gala_area, records, filters, lang)

elif slide.code == "partijen":
    st.plotly_chart(charts.parties_figure(records, lang), width="stretch", key="dia_partijen")

elif slide.code == "interventies":
    st.plotly_chart(
        charts.interventions_figure(records, "offering", lang), width="stretch", key="dia_interventies"
    )
