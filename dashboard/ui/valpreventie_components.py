"""Streamlit pieces of the fall-prevention page: the area chooser, the three steps (situation, approach, costs
and benefits) with one editable input per parameter, the headline results with their band, the downloads.

The user's own values live in ``st.session_state[VP_VALUES_KEY]`` (a plain dict naam -> value that the URL
layer carries as ``?vp_waarden=``); the number inputs only show and edit it. Shares are entered in percent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

from dashboard.analysis import valpreventie as vp
from dashboard.analysis.search import KINDS
from dashboard.export import valpreventie as vp_export
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.valpreventie import BOUNDS, PROGRAMME_PARAMETERS
from dashboard.render import valpreventie as vp_render
from dashboard.render import valpreventie_text as vp_text
from dashboard.ui import components, data, search, share_components
from dashboard.ui.components import SELECTED_KEY, escape_markdown
from dashboard.ui.state import FILTER_KEYS
from dashboard.ui.urlstate import VP_INPUT_PREFIX, VP_PROGRAMME_KEY, VP_VALUES_KEY, VP_YEARS_KEY
from dashboard.ui.valpreventie_input import input_text, parse_input
from dashboard.ui.valpreventie_state import area_from_state, state_for_area

AREA_KEY = "vp_gebied"
_NOTE_KEY = "_vp_area_note"
_LANG_KEY = "_vp_input_lang"


def own_values() -> dict[str, float]:
    values = st.session_state.get(VP_VALUES_KEY)
    return dict(values) if isinstance(values, dict) else {}


def current_area() -> vp.Area | None:
    state = st.session_state
    return area_from_state(
        state.get(SELECTED_KEY),
        state.get(FILTER_KEYS["regios"]),
        state.get(FILTER_KEYS["provincies"]),
        data.gemeenten_table(),
    )


def area_choice(lang: str) -> vp.Area | None:
    """Type-ahead choice of a gemeente, VNG–ZN region or provincie, kept in the shared (linked) state.

    The same options as every other place chooser (``analysis.search``): the spellings people type ("Den
    Bosch", "Sudwest Fryslan", "Zuid Limburg") and old gemeenten ("Haaren (tot 2021) → …"), each saying what
    it is; a chosen alias stands for its place.
    """
    area = current_area()
    st.session_state[AREA_KEY] = area.code if area else None
    options = data.place_options(lang, KINDS)
    st.selectbox(
        t("vp.pick", lang),
        list(options),
        key=AREA_KEY,
        index=None,
        format_func=search.OptionLabel(options),
        placeholder=t("vp.pick.placeholder", lang),
        on_change=_apply_area,
        args=(lang,),
        filter_mode="contains",  # as every place chooser (ui.search)
    )
    note = st.session_state.pop(_NOTE_KEY, None)
    if note:
        st.info(note, icon=":material/merge:")
    return area


def _apply_area(lang: str) -> None:
    state = st.session_state
    option = data.place_options(lang, KINDS).get(str(state.get(AREA_KEY)))
    if option is not None and option.note:
        state[_NOTE_KEY] = option.note
    selected, regios, provincies = state_for_area(
        option.code if option is not None else None,
        state.get(FILTER_KEYS["regios"]) or [],
        state.get(FILTER_KEYS["provincies"]) or [],
        data.gemeenten_table(),
    )
    if selected is None:
        state.pop(SELECTED_KEY, None)
    else:
        state[SELECTED_KEY] = selected
    state[FILTER_KEYS["regios"]] = regios
    state[FILTER_KEYS["provincies"]] = provincies


def programme_changed() -> None:
    """Another programme: its own effect and cost apply, so the user's values for those two are dropped."""
    values = own_values()
    for naam in PROGRAMME_PARAMETERS:
        values.pop(naam, None)
        st.session_state.pop(VP_INPUT_PREFIX + naam, None)
    st.session_state[VP_VALUES_KEY] = values


def follow_language(lang: str) -> None:
    """The fields hold text in one language's number format ("9.750" is 9750 in Dutch, 9.75 in English):
    after a language switch they are written again from the values."""
    if st.session_state.get(_LANG_KEY) != lang:
        _clear_inputs()
        st.session_state[_LANG_KEY] = lang


def _clear_inputs() -> None:
    for key in [k for k in st.session_state if str(k).startswith(VP_INPUT_PREFIX)]:
        del st.session_state[key]


def reset_values() -> None:
    st.session_state[VP_VALUES_KEY] = {}
    _clear_inputs()


def _error_key(naam: str) -> str:
    return f"_vp_error_{naam}"


def _input_changed(naam: str, eenheid: str, published: float | None, lang: str) -> None:
    """Parse what was typed; a number outside the unit's bounds or no number at all keeps the last value and
    says why under the field."""
    key = VP_INPUT_PREFIX + naam
    text = str(st.session_state.get(key) or "")
    values = own_values()
    st.session_state.pop(_error_key(naam), None)
    if not text.strip():
        values.pop(naam, None)  # empty: back to the published value (or "enter it yourself")
        st.session_state[key] = input_text(eenheid, published, lang)
    else:
        value = parse_input(eenheid, text, lang)
        if value is None:
            low, high = BOUNDS[eenheid]
            st.session_state[_error_key(naam)] = t(
                "vp.input.bad",
                lang,
                text=text[:40],
                low=input_text(eenheid, low, lang),
                high=input_text(eenheid, high, lang),
                unit=t(f"vp.input.unit.{eenheid}", lang),
            )
            return
        if published is not None and value == published:
            values.pop(naam, None)
        else:
            values[naam] = value
        st.session_state[key] = input_text(eenheid, value, lang)  # shown the way the page writes numbers
    st.session_state[VP_VALUES_KEY] = values


def parameter_input(
    naam: str, params: Mapping[str, vp.Parameter], published: Mapping[str, vp.Parameter], lang: str
) -> None:
    """The value as an editable number (shares in %), then its unit, source, year and range, and whether it
    is the user's own value."""
    param = params.get(naam)
    source = published.get(naam)
    known = param or source
    eenheid = known.eenheid if known else vp.units(data.kengetallen())[naam]
    key = VP_INPUT_PREFIX + naam
    if key not in st.session_state:
        st.session_state[key] = input_text(eenheid, param.waarde if param else None, lang)
    left, right = st.columns([2, 3], vertical_alignment="center")
    left.text_input(
        vp_text.parameter_label(naam, lang) + t(f"vp.input.suffix.{eenheid}", lang),
        key=key,
        on_change=_input_changed,
        args=(naam, eenheid, source.waarde if source else None, lang),
        placeholder=t("vp.input.placeholder", lang),
        max_chars=20,
    )
    error = st.session_state.get(_error_key(naam))
    if error:
        left.error(escape_markdown(error), icon=":material/error:")
    lines = []
    if param is not None and param.eigen:
        lines.append(
            t("vp.own.marker", lang, gepubliceerd=vp_text.format_value(source, source.waarde, lang))
            if source
            else t("vp.own.marker.new", lang)
        )
    if source is not None:
        text = t("vp.source", lang, jaar=source.jaar, bron=escape_markdown(source.source(lang)))
        if source.url:
            text += f" [{t('vp.source.link', lang)}]({source.url})"  # vetted https:// in the checked file
        if source.laag != source.hoog:
            text += " · " + t(
                "vp.range",
                lang,
                laag=vp_text.format_value(source, source.laag, lang),
                hoog=vp_text.format_value(source, source.hoog, lang),
            )
        lines.append(text)
    else:
        lines.append(t("vp.value.missing", lang))
    right.caption("  \n".join(lines))


# Step 3's headline numbers: money in a row of four, what is prevented in a row of two.
_MONEY = ("kosten_totaal", "baten_totaal", "netto", "baten_per_euro")
_PREVENTED = ("vallen_voorkomen", "seh_voorkomen")


def result_metrics(result: vp.Estimate, band: vp.Band, lang: str) -> None:
    rows = {row.code: row for row in vp_text.result_rows(result, band, lang)}
    for codes in (_MONEY, _PREVENTED):
        for col, code in zip(st.columns(len(codes)), codes, strict=True):
            row = rows[code]
            col.metric(row.label, row.shown(row.schatting, lang))
            if row.laag != row.hoog:
                col.caption(
                    t("vp.metric.band", lang, laag=row.shown(row.laag, lang), hoog=row.shown(row.hoog, lang))
                )


# --------------------------------------------------------------------------------------------------------------
# The three steps


def inhabitants_65plus(area: vp.Area) -> float:
    """CBS 2024's 65+ inhabitants of the area (an estimate from a whole-percent share)."""
    return vp.inwoners_65plus(data.context_table(), area.members)


def programme_names() -> dict[str, str]:
    return {code: p.naam for code, p in data.kengetallen().programmas.items()}


def current_programme() -> str:
    """The programme in the shared state; one a link names that does not exist (any more) is dropped."""
    if st.session_state.get(VP_PROGRAMME_KEY) not in data.kengetallen().programmas:
        st.session_state.pop(VP_PROGRAMME_KEY, None)
    return str(st.session_state.get(VP_PROGRAMME_KEY, vp.DEFAULT_PROGRAMME))


def parameters(programme: str) -> dict[str, vp.Parameter]:
    """The programme's figures with the user's own values (a value that cannot be used is left out)."""
    kengetallen = data.kengetallen()
    own = {k: v for k, v in own_values().items() if vp.check_override(k, v, kengetallen) is None}
    return vp.parameters_for(kengetallen, programme, own)


def parameter_inputs(
    step: str,
    params: Mapping[str, vp.Parameter],
    published: Mapping[str, vp.Parameter],
    lang: str,
    names: list[str] | None = None,
) -> None:
    """The figures of one step (or ``names``), each editable, in an open expander."""
    with st.expander(t("vp.params", lang), expanded=True, icon=":material/tune:"):
        for naam in names or [n for n, p in published.items() if p.stap == step]:
            parameter_input(naam, params, published, lang)


def situation_step(area: vp.Area, n65: float, lang: str) -> None:
    """Step 1: 65+, the group at raised risk, their falls and SEH visits a year, and the figures behind them."""
    programme = current_programme()
    published = vp.parameters_for(data.kengetallen(), programme)
    params = parameters(programme)
    situation = vp.situation(n65, params)
    st.markdown(escape_markdown(vp_text.situation_sentence(area, situation, lang)))
    cols = st.columns(4)
    cols[0].metric(t("vp.metric.n65", lang), vp_text.count(situation.inwoners_65plus, lang))
    cols[1].metric(t("vp.metric.risico", lang), vp_text.count(situation.risicogroep, lang))
    cols[2].metric(t("vp.metric.vallen", lang), vp_text.count(situation.vallen_per_jaar, lang))
    cols[3].metric(t("vp.metric.seh", lang), vp_text.count(situation.seh_per_jaar, lang))
    st.caption(t("vp.n65.note", lang))
    parameter_inputs("situatie", params, published, lang)


@dataclass(frozen=True)
class Approach:
    """Step 2's choice: the programme, the period, and the figures the estimate uses."""

    programme: str
    name: str
    jaren: int
    params: dict[str, vp.Parameter]
    published: dict[str, vp.Parameter]
    lacking: list[str]  # programme figures nobody published that the user has not entered yet


def approach_step(n65: float, lang: str) -> Approach:
    """Step 2: the programme and the period, what is missing, the reach, and the programme's figures."""
    # Defaults through the session (not value=/index=): the URL layer writes these keys as well.
    st.session_state.setdefault(VP_PROGRAMME_KEY, vp.DEFAULT_PROGRAMME)
    st.session_state.setdefault(VP_YEARS_KEY, vp.DEFAULT_YEARS)
    names = programme_names()
    left, right = st.columns(2)
    programme = left.selectbox(
        t("vp.programme", lang),
        list(names),
        key=VP_PROGRAMME_KEY,
        format_func=names.__getitem__,
        help=t("vp.programme.help", lang),
        on_change=programme_changed,
    )
    jaren = right.slider(
        t("vp.years", lang), vp.MIN_YEARS, vp.MAX_YEARS, key=VP_YEARS_KEY, help=t("vp.years.help", lang)
    )
    published = vp.parameters_for(data.kengetallen(), programme)
    params = parameters(programme)
    lacking = vp.missing(params)
    for naam in lacking:
        st.warning(
            t("vp.missing", lang, programma=names[programme], wat=t(f"vp.missing.{naam}", lang)),
            icon=":material/edit:",
        )
    reach_cols = st.columns(2)
    reach_cols[0].metric(t("vp.metric.deelnemers", lang), vp_text.count(n65 * params["bereik"].waarde, lang))
    reach_cols[1].metric(
        t("vp.metric.gescreend", lang), vp_text.count(n65 * params["screening"].waarde, lang)
    )
    # The programme's own figures first (the ones a user may have to enter), then reach and screening.
    rest = [n for n, p in published.items() if p.stap == "aanpak" and n not in PROGRAMME_PARAMETERS]
    parameter_inputs("aanpak", params, published, lang, [*PROGRAMME_PARAMETERS, *rest])
    if any(p.eigen for p in params.values()):
        st.button(t("vp.reset", lang), on_click=reset_values, icon=":material/restart_alt:")
    return Approach(programme, names[programme], jaren, params, published, lacking)


@dataclass(frozen=True)
class Outcome:
    result: vp.Estimate
    band: vp.Band
    swings: list[vp.Swing]


def outcome(n65: float, approach: Approach, lang: str) -> Outcome | None:
    """Step 3's estimate with its band and sensitivity; None (having said why) while a figure is missing or the
    figures give no meaningful estimate."""
    if approach.lacking:
        wat = ", ".join(t(f"vp.missing.{naam}", lang) for naam in approach.lacking)
        st.info(t("vp.missing", lang, programma=approach.name, wat=wat), icon=":material/edit:")
        return None
    try:
        result = vp.estimate(n65, approach.params, approach.jaren)
    except vp.EstimateError as error:
        st.error(escape_markdown(error.text(lang)), icon=":material/error:")
        return None
    return Outcome(
        result,
        vp.band(n65, approach.params, approach.jaren),
        vp.sensitivity(n65, approach.params, approach.jaren),
    )


def result_summary(area: vp.Area, approach: Approach, shown: Outcome, lang: str) -> None:
    sentence = vp_text.result_sentence(area, approach.name, shown.result, lang)
    st.markdown(f"**{escape_markdown(sentence)}**")
    result_metrics(shown.result, shown.band, lang)


def financiers(approach: Approach, shown: Outcome, lang: str) -> None:
    """Who saves: the costs avoided per financier, and the assumed Wlz and Wmo shares to adjust."""
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.plotly_chart(
            vp_render.financier_figure(shown.result.baten_per_financier, lang),
            width="stretch",
            key="vp_financiers",
            theme=None,
        )
    with right:
        st.markdown(t("vp.financiers.note", lang))
    for naam in ("aandeel_wlz", "aandeel_wmo"):
        parameter_input(naam, approach.params, approach.published, lang)


def tornado(shown: Outcome, lang: str) -> None:
    """Which figure moves the net result most."""
    st.plotly_chart(
        vp_render.tornado_figure(shown.swings, shown.result.netto, lang),
        width="stretch",
        key="vp_tornado",
        theme=None,
    )
    st.caption(t("vp.tornado.note", lang))


def parameter_table(approach: Approach, lang: str) -> None:
    """Every figure with its value, range, unit, source and year, and whether it is the user's own."""
    rows = vp_text.parameter_rows(approach.params, lang)
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


def downloads(area: vp.Area, approach: Approach, shown: Outcome, lang: str) -> None:
    """The estimate as CSV with every figure and source, and in the region report (gemeente or region)."""
    left, right = st.columns(2)
    lines = vp_export.provenance(area, approach.name, approach.params, approach.jaren, lang)
    rows = vp_text.result_rows(shown.result, shown.band, lang)
    components.offer_download(
        left,
        t("vp.download", lang),
        writer.offer(
            f"valpreventie_{area.code}_{approach.programme}_{approach.jaren}jaar",
            "csv",
            vp_export.csv_bytes(lines, rows, approach.params, lang),
        ),
        key="vp_download",
    )
    with right:
        if area.kind in ("gemeente", "regio"):
            section = vp_render.section(
                area, approach.name, approach.params, shown.result, shown.band, shown.swings, lang
            )
            share_components.report_button(area.kind, area.code, lang, valpreventie=section)
        else:
            st.caption(t("vp.report.scope", lang))
