"""Charts: involved parties, intervention uptake, GLI programmes, collaboration levels and the years; any of
them for a region or provincie side by side with the Netherlands."""

from dataclasses import replace
from functools import partial

import pandas as pd
import streamlit as st

from dashboard.analysis import chart_data
from dashboard.analysis.region_profile import touching
from dashboard.core.filters import Filters, apply_filters, gemeenten_in
from dashboard.i18n import t
from dashboard.render import charts, provenance
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

lang = current_lang(st.session_state)
dataset = data.active_dataset()
gemeenten = data.gemeenten_table()
filters = filters_from_state(st.session_state)

st.title(t("grafieken.title", lang))
components.dataset_notice(dataset, lang)
st.caption(t("grafieken.rule", lang))

controls = st.columns([3, 2])
kind = (
    controls[0].segmented_control(
        t("grafieken.kind", lang),
        list(chart_data.CHART_KINDS),
        key="grafiek",
        wrap=True,  # in a column Streamlit would scroll the last options out of sight instead
        default="partijen",
        format_func=partial(prefixed_text, "grafieken.kind.", lang=lang),
    )
    or "partijen"
)
provinces = dict(zip(gemeenten["pv_code"], gemeenten["pv_naam"], strict=True))
regions = dict(zip(gemeenten["regio_code"], gemeenten["regio_naam"], strict=True))
area_names = provenance.area_names(gemeenten)
area_labels = {
    **{c: t("grafieken.compare.regio", lang, name=n) for c, n in sorted(regions.items(), key=lambda i: i[1])},
    **{c: t("grafieken.compare.pv", lang, name=n) for c, n in sorted(provinces.items(), key=lambda i: i[1])},
}
area = controls[1].selectbox(
    t("grafieken.compare", lang),
    list(area_labels),
    key="vergelijk",
    index=None,
    format_func=area_labels.__getitem__,
    placeholder=t("grafieken.compare.placeholder", lang),
)
base = components.intervention_base("basis", lang) if kind == "interventies" else "offering"


def _chart_lines(drawn: pd.DataFrame, drawn_filters: Filters, extra: list[str]) -> list[str]:
    """A chart's download lines; example data is declared only when the records drawn include some."""
    return provenance.provenance_lines(
        file_name=provenance.source_label(dataset.records, dataset.name),
        is_example=bool(drawn["voorbeelddata"].any()),
        filters=drawn_filters,
        lang=lang,
        names=area_names,
        extra=extra,
    )


# The years chart is about the years: the sidebar's peiljaar does not apply to it.
chart_filters = filters.without_year() if kind == "jaren" else filters
year_part = str(chart_filters.jaar) if chart_filters.jaar is not None else "alle_jaren"
title = charts.chart_title(kind, lang)

if area is None:
    records = apply_filters(dataset.records, chart_filters, gemeenten)
    fig = charts.chart_figure(kind, records, lang, base)
    table = chart_data.drawn_table(kind, records, lang, base)
    percent = kind not in ("niveaus", "jaren")
    if records.empty:
        st.info(t("empty.selection", lang), icon=":material/info:")
    prov_lines = _chart_lines(
        records, chart_filters, [t("dl.source.rivm_years", lang)] if kind == "jaren" else []
    )
    components.chart_block(
        fig,
        table,
        prov_lines,
        key=f"g_{kind}",
        file_stem=f"preventiekaart_{kind}_{year_part}",
        lang=lang,
        percent=percent,
        title=title,
    )
    if kind == "jaren":
        mix = chart_data.level_mix_by_year_table(records, lang)
        components.chart_block(
            charts.level_mix_figure(records, lang),
            mix,
            prov_lines,
            key="g_levelmix",
            file_stem="preventiekaart_niveaus_per_jaar",
            lang=lang,
            title=t("chart.levelmix.title", lang),
        )
else:
    # Nederland = the sidebar's selection without its own region or provincie filter.
    nl_filters = replace(chart_filters, provincies=(), regios=())
    nl_records = apply_filters(dataset.records, nl_filters, gemeenten)
    column = "pv_code" if area in provinces else "regio_code"
    region_records = touching(nl_records, gemeenten_in(gemeenten, column, [area]))
    name = area_names[area]
    if region_records.empty:
        st.info(t("grafieken.compare.empty", lang, region=components.escape_markdown(name)))
    prov_lines = _chart_lines(nl_records, nl_filters, [t("dl.compare", lang, region=name)])
    components.comparison_chart(
        kind,
        region_records,
        nl_records,
        name,
        prov_lines,
        base=base,
        key=f"g_{kind}_vs",
        file_stem=f"preventiekaart_{kind}_{area}_vs_nl_{year_part}",
        lang=lang,
        percent=kind != "jaren",
    )
