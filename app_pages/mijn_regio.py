"""Mijn regio: a gemeente's or VNG–ZN region's profile, its initiatives, a comparison with the Netherlands
and the gaps, for municipalities checking their region. The choice lives in the URL (?gemeente= / ?regio=) through the app's shared URL layer."""

from dataclasses import replace
from functools import partial

import streamlit as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis.areas import gemeente_summary, initiatives_in
from dashboard.analysis.measures import classify
from dashboard.analysis.scope import scope_classified
from dashboard.core.filters import apply_filters
from dashboard.core.schema import INTERVENTION_VOCABULARY
from dashboard.i18n import insurer, label, t
from dashboard.render import maps, provenance
from dashboard.render.tables import for_display
from dashboard.ui import components, data, gala_components, profile_components, search, share_components
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
filters = filters_from_state(st.session_state)
records = apply_filters(dataset.records, filters, gemeenten)
gm_codes = set(gemeenten["gm_code"])

st.title(t("mijnregio.title", lang))
components.dataset_notice(dataset, lang)

choice = search.place_search("mr_keuze", t("mijnregio.pick", lang), lang)
if choice is None:
    st.info(t("mijnregio.intro", lang), icon=":material/travel_explore:")
    st.stop()

profile = rp.profile(gemeenten, choice)
region_records = rp.touching(records, profile.members)
own_records = rp.scope_records(records, profile)
# The chosen place under a name that says what it is ("Gemeente Utrecht" / "Regio Utrecht").
place = rp.place_name(choice.kind, profile.naam, lang)
region_place = rp.place_name("regio", profile.regio_naam, lang)
nl_records = apply_filters(dataset.records, replace(filters, provincies=(), regios=()), gemeenten)
esc = components.escape_markdown

st.header(esc(place))
share_components.report_button(choice.kind, choice.code, lang)
# The chosen gemeente or region is shared state: the fall-prevention page opens on it.
st.page_link(
    "app_pages/valpreventie.py", label=t("vp.open.button", lang, naam=profile.naam), icon=":material/elderly:"
)
if choice.kind == "gemeente":
    components.gemeente_whereabouts(choice.code, lang)
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
names = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
members = ", ".join(names[c] for c in profile.members)
st.markdown(
    t("mijnregio.members", lang, regio=esc(profile.regio_naam), n=len(profile.members), names=esc(members))
)
st.caption(t("mijnregio.zorgkantoor_note", lang))
profile_components.population_section(profile, lang)

# ---- map and gaps
st.subheader(components.say("mijnregio.gaps.title", lang, regio=profile.regio_naam))
left, right = st.columns([3, 2], gap="medium")
with right:
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
    gap_rows = rp.gaps(records, gemeenten, profile.regio_code, gap_kind, intervention)
    if gap_rows.empty:
        st.success(t("mijnregio.gaps.none", lang), icon=":material/check_circle:")
    else:
        st.markdown(
            t("mijnregio.gaps.count", lang, n=len(gap_rows), total=len(profile.members))
            + "\n"
            + "\n".join(f"- {esc(n)}" for n in gap_rows["gm_naam"])
        )
    st.caption(t("mijnregio.gaps.note", lang))

summary = gemeente_summary(records, gemeenten["gm_code"])
# Only the region's gemeenten are coloured and counted; the rest of the country is neutral context.
classified = scope_classified(classify("niveau", summary, lang), profile.members, lang)
geo_layers = data.layers()
groups = [
    maps.choropleth_group(data.geometry_url(), classified, summary, gemeenten, lang),
    maps.borders_group(
        geo_layers.regios[geo_layers.regios["code"] == profile.regio_code], "regio", "#000000", 3.5, lang
    ),
    maps.gaps_group(geo_layers.gemeenten, set(gap_rows["gm_code"]), lang),
    maps.selection_group(geo_layers.gemeenten, profile.gm_code),
]
center, zoom = maps.view_of(geo_layers.gemeenten, profile.members)
with left:
    components.map_widget(
        groups, key="mijn_regio_kaart", height=560, selectable=False, center=center, zoom=zoom
    )
    components.source_line(lang)
with right:
    extra = [("gap", t("mijnregio.legend.gap", lang)), ("regioline", t("mijnregio.legend.regio", lang))]
    if profile.gm_code:
        extra.append(("selected", t("mijnregio.legend.selected", lang)))
    components.legend(classified, lang, extra)

# ---- initiatives
if choice.kind == "gemeente":
    # initiatives_in fails on an empty frame (an object-dtype empty mask selects columns): guard it here.
    own = initiatives_in(records, choice.code) if len(records) else records
    st.subheader(components.say("mijnregio.own", lang, naam=place, n=len(own)))
    if own.empty:
        st.info(t("empty.selection", lang))
    else:
        components.initiatives_dataframe(own, lang)
st.subheader(
    components.say("mijnregio.region_initiatives", lang, regio=profile.regio_naam, n=len(region_records))
)
st.caption(t("grafieken.rule", lang))
if region_records.empty:
    st.info(t("empty.selection", lang))
else:
    components.initiatives_dataframe(region_records.sort_values("naam"), lang)

# ---- comparison with the Netherlands
if profile.gm_code is not None:
    st.subheader(components.say("mijnregio.compare.gemeente", lang, gemeente=place, regio=region_place))
else:
    st.subheader(components.say("mijnregio.compare.regio", lang, regio=place))
st.dataframe(
    for_display(rp.profile_comparison(records, nl_records, profile, gm_codes, lang), lang),
    hide_index=True,
    width="stretch",
)
prov_lines = provenance.provenance_lines(
    file_name=provenance.source_label(dataset.records, dataset.name),
    is_example=bool(nl_records["voorbeelddata"].any()),
    filters=replace(filters, provincies=(), regios=()),
    lang=lang,
    extra=[t("dl.compare", lang, region=place)],
)
year_part = str(filters.jaar) if filters.jaar is not None else "alle_jaren"
for tab, kind in zip(
    st.tabs([t(f"grafieken.kind.{k}", lang) for k in ("niveaus", "partijen", "interventies")]),
    ("niveaus", "partijen", "interventies"),
    strict=True,
):
    with tab:
        base = components.intervention_base("mr_basis", lang) if kind == "interventies" else "offering"
        components.comparison_chart(
            kind,
            own_records,
            nl_records,
            place,
            prov_lines,
            base=base,
            key=f"mr_{kind}",
            file_stem=f"preventiekaart_{choice.code}_{kind}_vs_nl_{year_part}",
            lang=lang,
        )

# ---- GALA per gemeente, money beside cooperation, similar gemeenten
gala_components.section(profile, records, filters, dataset, lang)
profile_components.money_section(profile, records, filters, dataset, lang)
if profile.gm_code is not None:
    profile_components.similar_section(profile.gm_code, records, filters, dataset, lang)
