"""Valpreventie: what a fall-prevention programme would cost and save in a gemeente, region or provincie, and
who saves, in three steps. A schatting op basis van gepubliceerde kengetallen; every figure is editable and a
changed one travels in the link (?vp_waarden=)."""

import streamlit as st

from dashboard.analysis import valpreventie as vp
from dashboard.export import valpreventie as vp_export
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.valpreventie import PROGRAMME_PARAMETERS
from dashboard.render import valpreventie as vp_render
from dashboard.ui import components, data, share_components
from dashboard.ui import valpreventie_components as inputs
from dashboard.ui.components import escape_markdown
from dashboard.ui.sidebar import current_lang
from dashboard.ui.urlstate import VP_PROGRAMME_KEY, VP_YEARS_KEY

lang = current_lang(st.session_state)
kengetallen = data.kengetallen()
inputs.follow_language(lang)
esc = escape_markdown

st.title(t("vp.title", lang))
st.info(t("vp.disclaimer", lang), icon=":material/calculate:")

area = inputs.area_choice(lang)
if area is None:
    st.markdown(t("vp.intro", lang))
    st.stop()

programmes = {code: p.naam for code, p in kengetallen.programmas.items()}
if st.session_state.get(VP_PROGRAMME_KEY) not in programmes:
    st.session_state.pop(VP_PROGRAMME_KEY, None)
published = vp.parameters_for(kengetallen, st.session_state.get(VP_PROGRAMME_KEY, vp.DEFAULT_PROGRAMME))
n65 = vp.inwoners_65plus(data.context_table(), area.members)


def _params(programme: str) -> dict[str, vp.Parameter]:
    own = {k: v for k, v in inputs.own_values().items() if vp.check_override(k, v, kengetallen) is None}
    return vp.parameters_for(kengetallen, programme, own)


def _inputs(step: str, params: dict[str, vp.Parameter], names: list[str] | None = None) -> None:
    with st.expander(t("vp.params", lang), expanded=True, icon=":material/tune:"):
        for naam in names or [n for n, p in published.items() if p.stap == step]:
            inputs.parameter_input(naam, params, published, lang)


# ---- step 1: situatie
st.header(t("vp.step.situatie", lang))
params = _params(st.session_state.get(VP_PROGRAMME_KEY, vp.DEFAULT_PROGRAMME))
situation = vp.situation(n65, params)
st.markdown(esc(vp.situation_sentence(area, situation, lang)))
cols = st.columns(4)
cols[0].metric(t("vp.metric.n65", lang), vp.count(situation.inwoners_65plus, lang))
cols[1].metric(t("vp.metric.risico", lang), vp.count(situation.risicogroep, lang))
cols[2].metric(t("vp.metric.vallen", lang), vp.count(situation.vallen_per_jaar, lang))
cols[3].metric(t("vp.metric.seh", lang), vp.count(situation.seh_per_jaar, lang))
st.caption(t("vp.n65.note", lang))
_inputs("situatie", params)

# ---- step 2: aanpak
st.header(t("vp.step.aanpak", lang))
# Defaults through the session (not value=/index=): the URL layer writes these keys as well.
st.session_state.setdefault(VP_PROGRAMME_KEY, vp.DEFAULT_PROGRAMME)
st.session_state.setdefault(VP_YEARS_KEY, vp.DEFAULT_YEARS)
left, right = st.columns(2)
programme = left.selectbox(
    t("vp.programme", lang),
    list(programmes),
    key=VP_PROGRAMME_KEY,
    format_func=programmes.__getitem__,
    help=t("vp.programme.help", lang),
    on_change=inputs.programme_changed,
)
jaren = right.slider(
    t("vp.years", lang),
    vp.MIN_YEARS,
    vp.MAX_YEARS,
    key=VP_YEARS_KEY,
    help=t("vp.years.help", lang),
)
published = vp.parameters_for(kengetallen, programme)
params = _params(programme)
lacking = vp.missing(params)
for naam in lacking:
    st.warning(
        t("vp.missing", lang, programma=programmes[programme], wat=t(f"vp.missing.{naam}", lang)),
        icon=":material/edit:",
    )
reach_cols = st.columns(2)
reach_cols[0].metric(t("vp.metric.deelnemers", lang), vp.count(n65 * params["bereik"].waarde, lang))
reach_cols[1].metric(t("vp.metric.gescreend", lang), vp.count(n65 * params["screening"].waarde, lang))
# The programme's own figures first (the ones a user may have to enter), then reach and screening.
_inputs(
    "aanpak",
    params,
    [
        *PROGRAMME_PARAMETERS,
        *[n for n, p in published.items() if p.stap == "aanpak" and n not in PROGRAMME_PARAMETERS],
    ],
)
if any(p.eigen for p in params.values()):
    st.button(t("vp.reset", lang), on_click=inputs.reset_values, icon=":material/restart_alt:")

# ---- step 3: kosten en baten
st.header(t("vp.step.kosten_baten", lang))
if lacking:
    st.info(
        t(
            "vp.missing",
            lang,
            programma=programmes[programme],
            wat=", ".join(t(f"vp.missing.{naam}", lang) for naam in lacking),
        ),
        icon=":material/edit:",
    )
    st.stop()
try:
    result = vp.estimate(n65, params, jaren)
except vp.EstimateError as error:
    st.error(esc(error.text(lang)), icon=":material/error:")
    st.stop()
band = vp.band(n65, params, jaren)
swings = vp.sensitivity(n65, params, jaren)
st.markdown(f"**{esc(vp.result_sentence(area, programmes[programme], result, lang))}**")
inputs.result_metrics(result, band, lang)

st.subheader(t("vp.financiers", lang))
left, right = st.columns([3, 2], gap="medium")
with left:
    st.plotly_chart(
        vp_render.financier_figure(result.baten_per_financier, lang),
        width="stretch",
        key="vp_financiers",
        theme=None,
    )
with right:
    st.markdown(t("vp.financiers.note", lang))
for naam in ("aandeel_wlz", "aandeel_wmo"):
    inputs.parameter_input(naam, params, published, lang)

st.plotly_chart(
    vp_render.tornado_figure(swings, result.netto, lang), width="stretch", key="vp_tornado", theme=None
)
st.caption(t("vp.tornado.note", lang))

st.subheader(t("vp.table.params", lang))
rows = vp.parameter_rows(params, lang)
st.dataframe(
    [{t(f"vp.col.{k}", lang): v for k, v in row.items()} for row in rows],
    hide_index=True,
    width="stretch",
    column_config={
        t("vp.col.url", lang): st.column_config.LinkColumn(display_text=t("vp.source.link", lang)),
        t("vp.col.naam", lang): st.column_config.TextColumn(width="small"),
        t("vp.col.bandbreedte", lang): st.column_config.TextColumn(width="medium"),
        t("vp.col.bron", lang): st.column_config.TextColumn(width="large"),
    },
)
result_rows = vp.result_rows(result, band, lang)
left, right = st.columns(2)
vp_csv = vp_export.csv_bytes(
    vp_export.provenance(area, programmes[programme], params, jaren, lang), result_rows, params, lang
)
components.offer_download(
    left,
    t("vp.download", lang),
    writer.offer(f"valpreventie_{area.code}_{programme}_{jaren}jaar", "csv", vp_csv),
    key="vp_download",
)
with right:
    if area.kind in ("gemeente", "regio"):
        share_components.report_button(
            area.kind,
            area.code,
            lang,
            valpreventie=vp_render.section(area, programmes[programme], params, result, band, swings, lang),
        )
    else:
        st.caption(t("vp.report.scope", lang))
