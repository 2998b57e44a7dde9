"""Streamlit pieces of the fall-prevention page: the area chooser, one editable input per parameter and the
headline results with their band.

The user's own values live in ``st.session_state[VP_VALUES_KEY]`` (a plain dict naam -> value that the URL
layer carries as ``?vp_waarden=``); the number inputs only show and edit it. Shares are entered in percent.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from dashboard.analysis import valpreventie as vp
from dashboard.i18n import t
from dashboard.ingest.valpreventie import BOUNDS, PROGRAMME_PARAMETERS
from dashboard.ui import data
from dashboard.ui.components import SELECTED_KEY, escape_markdown
from dashboard.ui.state import FILTER_KEYS
from dashboard.ui.urlstate import VP_INPUT_PREFIX, VP_VALUES_KEY

AREA_KEY = "vp_gebied"
_LANG_KEY = "_vp_input_lang"


def own_values() -> dict[str, float]:
    values = st.session_state.get(VP_VALUES_KEY)
    return dict(values) if isinstance(values, dict) else {}


def current_area() -> vp.Area | None:
    state = st.session_state
    return vp.area_from_state(
        state.get(SELECTED_KEY),
        state.get(FILTER_KEYS["regios"]),
        state.get(FILTER_KEYS["provincies"]),
        data.gemeenten_table(),
    )


def area_choice(lang: str) -> vp.Area | None:
    """Type-ahead choice of a gemeente, VNG–ZN region or provincie, kept in the shared (linked) state."""
    gemeenten = data.gemeenten_table()
    area = current_area()
    st.session_state[AREA_KEY] = area.code if area else None
    options = vp.area_options(gemeenten, t("vp.option.regio", lang), t("vp.option.provincie", lang))
    st.selectbox(
        t("vp.pick", lang),
        list(options),
        key=AREA_KEY,
        index=None,
        format_func=options.__getitem__,
        placeholder=t("vp.pick.placeholder", lang),
        on_change=_apply_area,
    )
    return area


def _apply_area() -> None:
    state = st.session_state
    selected, regios, provincies = vp.state_for_area(
        state.get(AREA_KEY),
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
        st.session_state[key] = vp.input_text(eenheid, published, lang)
    else:
        value = vp.parse_input(eenheid, text, lang)
        if value is None:
            low, high = BOUNDS[eenheid]
            st.session_state[_error_key(naam)] = t(
                "vp.input.bad",
                lang,
                text=text[:40],
                low=vp.input_text(eenheid, low, lang),
                high=vp.input_text(eenheid, high, lang),
                unit=t(f"vp.input.unit.{eenheid}", lang),
            )
            return
        if published is not None and value == published:
            values.pop(naam, None)
        else:
            values[naam] = value
        st.session_state[key] = vp.input_text(eenheid, value, lang)  # shown the way the page writes numbers
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
        st.session_state[key] = vp.input_text(eenheid, param.waarde if param else None, lang)
    left, right = st.columns([2, 3], vertical_alignment="center")
    left.text_input(
        vp.parameter_label(naam, lang) + t(f"vp.input.suffix.{eenheid}", lang),
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
            t("vp.own.marker", lang, gepubliceerd=vp.format_value(source, source.waarde, lang))
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
                laag=vp.format_value(source, source.laag, lang),
                hoog=vp.format_value(source, source.hoog, lang),
            )
        lines.append(text)
    else:
        lines.append(t("vp.value.missing", lang))
    right.caption("  \n".join(lines))


# Step 3's headline numbers: money in a row of four, what is prevented in a row of two.
_MONEY = ("kosten_totaal", "baten_totaal", "netto", "baten_per_euro")
_PREVENTED = ("vallen_voorkomen", "seh_voorkomen")


def result_metrics(result: vp.Estimate, band: vp.Band, lang: str) -> None:
    rows = {row.code: row for row in vp.result_rows(result, band, lang)}
    for codes in (_MONEY, _PREVENTED):
        for col, code in zip(st.columns(len(codes)), codes, strict=True):
            row = rows[code]
            col.metric(row.label, row.shown(row.schatting, lang))
            if row.laag != row.hoog:
                col.caption(
                    t("vp.metric.band", lang, laag=row.shown(row.laag, lang), hoog=row.shown(row.hoog, lang))
                )
