"""The charts page's pieces: which chart, compared with which area, and the charts themselves.

Every figure and table comes from ``data.derived``: built once per data, filter state and choice (a rerun
that changes nothing of those, such as opening a chart's table, builds nothing again).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.analysis import chart_data
from dashboard.analysis.aggregate import Base
from dashboard.analysis.region_profile import touching
from dashboard.core.filters import Filters, gemeenten_in
from dashboard.i18n import t
from dashboard.render import chart_views, presentation, provenance
from dashboard.ui import components, data
from dashboard.ui.data import Dataset, FilterState
from dashboard.ui.sidebar import prefixed_text

COMPARE_KEY = "vergelijk"


def kind_control(container: DeltaGenerator, lang: str) -> str:
    """Which chart: parties, interventions, GLI programmes, levels or the years."""
    kind = container.segmented_control(
        t("grafieken.kind", lang),
        list(chart_data.CHART_KINDS),
        key="grafiek",
        wrap=True,  # in a column Streamlit would scroll the last options out of sight instead
        default="partijen",
        format_func=partial(prefixed_text, "grafieken.kind.", lang=lang),
    )
    return kind or "partijen"


def compare_control(container: DeltaGenerator, filters: Filters, lang: str) -> str | None:
    """A VNG–ZN region or provincie to set beside Nederland (None: the chart on its own). It starts on the one
    region or provincie the sidebar already filters by, so the page does not ask for it again."""
    labels = _area_labels(lang)
    areas = [*filters.regios, *filters.provincies]
    # Through Session State only (no index=): a widget given both logs a warning and may show the wrong value.
    components.widget_default(COMPARE_KEY, areas[0] if len(areas) == 1 and areas[0] in labels else None)
    return container.selectbox(
        t("grafieken.compare", lang),
        list(labels),
        key=COMPARE_KEY,
        format_func=labels.__getitem__,
        placeholder=t("grafieken.compare.placeholder", lang),
    )


def _area_labels(lang: str) -> dict[str, str]:
    gemeenten = data.gemeenten_table()
    provinces = dict(zip(gemeenten["pv_code"], gemeenten["pv_naam"], strict=True))
    regions = dict(zip(gemeenten["regio_code"], gemeenten["regio_naam"], strict=True))
    return {
        **{
            c: t("grafieken.compare.regio", lang, name=n)
            for c, n in sorted(regions.items(), key=lambda i: i[1])
        },
        **{
            c: t("grafieken.compare.pv", lang, name=n)
            for c, n in sorted(provinces.items(), key=lambda i: i[1])
        },
    }


def chart_filters(filters: Filters, kind: str) -> Filters:
    """The years chart is about the years: the sidebar's peiljaar does not apply to it."""
    return filters.without_year() if kind == "jaren" else filters


def _year_part(filters: Filters) -> str:
    return str(filters.jaar) if filters.jaar is not None else "alle_jaren"


def chart_lines(
    dataset: Dataset, drawn: pd.DataFrame, drawn_filters: Filters, extra: list[str], lang: str
) -> list[str]:
    """A chart's download lines; example data is declared only when the records drawn include some; an open
    peiljaar says so, and "only confirmed by both sides" how many are."""
    confirmed = components.confirmed_line(dataset, drawn_filters, lang)
    return provenance.provenance_lines(
        source=components.source_of(dataset, drawn, lang),
        is_example=bool(drawn["voorbeelddata"].any()),
        filters=drawn_filters,
        lang=lang,
        names=provenance.area_names(data.gemeenten_table()),
        extra=[*extra, *([confirmed] if confirmed else [])],
        year_note=components.year_note(dataset, drawn_filters, lang),
    )


def national_chart(dataset: Dataset, filters: Filters, kind: str, base: Base, lang: str) -> None:
    """The chart of the sidebar's selection (with the level mix per year under the years chart)."""
    drawn_filters = chart_filters(filters, kind)
    records = data.filter_state(dataset, drawn_filters).records
    if records.empty:
        st.info(t("empty.selection", lang), icon=":material/info:")
    lines = chart_lines(
        dataset, records, drawn_filters, [t("dl.source.rivm_years", lang)] if kind == "jaren" else [], lang
    )
    note = components.year_lines(dataset, drawn_filters, lang)
    components.show_chart(
        data.derived(
            dataset, drawn_filters, _national, kind, lang, base, area_text(drawn_filters, lang), note
        ),
        lines,
        key=f"g_{kind}",
        file_stem=f"preventiekaart_{kind}_{_year_part(drawn_filters)}",
        lang=lang,
    )
    if kind == "jaren":
        components.show_chart(
            data.derived(dataset, drawn_filters, _level_mix, lang),
            lines,
            key="g_levelmix",
            file_stem="preventiekaart_niveaus_per_jaar",
            lang=lang,
        )


def _national(
    state: FilterState, kind: str, lang: str, base: Base, area: str, note: tuple[str, ...] = ()
) -> chart_views.ChartView:
    return chart_views.with_note(chart_views.national(kind, state.records, lang, base, area), note)


def area_text(filters: Filters, lang: str) -> str:
    """The area a chart of ``filters`` is about, by name: the sidebar's regions and provincies, else Nederland."""
    names = provenance.area_names(data.gemeenten_table())
    area = presentation.scope_area(
        [names.get(code, code) for code in filters.regios],
        [names.get(code, code) for code in filters.provincies],
        lang,
    )
    return area or t("chart.nl", lang)


def _level_mix(state: FilterState, lang: str) -> chart_views.ChartView:
    return chart_views.level_mix(state.records, lang)


@dataclass(frozen=True)
class _Compared:
    view: chart_views.ChartView
    region_is_empty: bool


def compared_chart(dataset: Dataset, filters: Filters, kind: str, area: str, base: Base, lang: str) -> None:
    """The chart of a region or provincie beside Nederland (the sidebar's selection without its own region
    or provincie filter)."""
    nl_filters = chart_filters(filters, kind).without_area()
    nl_records = data.filter_state(dataset, nl_filters).records
    name = provenance.area_names(data.gemeenten_table())[area]
    note = components.year_lines(dataset, nl_filters, lang)
    compared = data.derived(dataset, nl_filters, _compare, kind, area, lang, base, note)
    if compared.region_is_empty:
        st.info(t("grafieken.compare.empty", lang, region=components.escape_markdown(name)))
    components.show_chart(
        compared.view,
        chart_lines(dataset, nl_records, nl_filters, [t("dl.compare", lang, region=name)], lang),
        key=f"g_{kind}_vs",
        file_stem=f"preventiekaart_{kind}_{area}_vs_nl_{_year_part(nl_filters)}",
        lang=lang,
    )


def _compare(
    state: FilterState, kind: str, area: str, lang: str, base: Base, note: tuple[str, ...] = ()
) -> _Compared:
    gemeenten = data.gemeenten_table()
    column = "pv_code" if area in set(gemeenten["pv_code"]) else "regio_code"
    region_records = touching(state.records, gemeenten_in(gemeenten, column, [area]))
    name = provenance.area_names(gemeenten)[area]
    view = chart_views.compared(kind, region_records, state.records, name, lang, base, kind != "jaren")
    return _Compared(chart_views.with_note(view, note), region_records.empty)
