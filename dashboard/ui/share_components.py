"""Streamlit glue for sharing and presenting: the URL kept in step with the view, the link control, the report.

Call order in app.py (each once per run): ``sync_url_start`` before anything reads the session (it may set the
language), ``after_sidebar`` once the shared sidebar is drawn, ``sync_url_end`` after the page has run.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any, Final
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.analysis import context_measures, measures
from dashboard.analysis.valpreventie import units as vp_units
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_decimal
from dashboard.ingest.valpreventie import BOUNDS
from dashboard.render import presentation, report
from dashboard.render.valpreventie import ValpreventieSection
from dashboard.ui import components, data, urlstate
from dashboard.ui.components import escape_markdown
from dashboard.ui.sidebar import current_lang, filter_options, filters_from_state
from dashboard.ui.state import FILTER_KEYS, LANG_KEY
from dashboard.ui.urlstate import AllowList, ViewState

PRESENTATION_PATH: Final = "presentatie"
PRESENTATION_SCRIPT: Final = "app_pages/presentatie.py"
# Session keys of this module (underscored: not widget keys, never in a link).
_SEEN_KEY: Final = "_url_seen"
_WRITTEN_KEY: Final = "_url_written"
_NOTICES_KEY: Final = "_url_notices"
LINK_OPEN_KEY: Final = "share_link_open"  # the link expander (drawn only while open)
# Set when the presenter left the deck: the next page opens the sidebar again (the deck had collapsed it).
_LEFT_DECK_KEY: Final = "_left_presentation"
MAP_SCRIPT: Final = "app_pages/kaart.py"


def measure_options() -> tuple[str, ...]:
    """The map measures a link may name: read at call time, so measures added to the module count."""
    return (*measures.MEASURES, *context_measures.MAP_MEASURES)


def slide_count() -> int:
    return len(presentation.SLIDES)


def allow_list(records: pd.DataFrame, gemeenten: pd.DataFrame) -> AllowList:
    kengetallen = data.kengetallen()
    return AllowList.build(
        filter_options(records, gemeenten),
        gemeenten["gm_code"],
        measure_options(),
        urlstate.MAP_LAYERS,
        slide_count(),
        vp_programmes=kengetallen.programmas,
        vp_bounds={naam: BOUNDS[unit] for naam, unit in vp_units(kengetallen).items()},
    )


def _current_query() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def sync_url_start(records: pd.DataFrame, gemeenten: pd.DataFrame) -> ViewState | None:
    """Apply the address bar to the session when the user opened a link; return the view applied, if any.

    A link is applied on the first run of a session and on browser back/forward to another query. On any other
    run the address bar is only an echo of what ``sync_url_end`` wrote, and it can lag behind: a click that
    interrupts a run, or arrives before the browser took the last write, carries the previous query. An empty
    query is a page switch (Streamlit clears the query on navigation), never a request to reset the view.
    """
    state = st.session_state
    query = _current_query()
    normalised = urlstate.normalise_query(query)
    first = _SEEN_KEY not in state
    state[_SEEN_KEY] = True
    went_back = _is_history_navigation() and normalised and normalised != state.get(_WRITTEN_KEY)
    if not first and not went_back:
        urlstate.keep_page_widgets(state)
        return None
    view, notices = urlstate.parse_query(query, allow_list(records, gemeenten), current_lang(state))
    if not first:
        # Back/forward within this session: the session's own upload is still shown, so no "server data" note.
        notices = [n for n in notices if n != t("share.notice.upload", view.taal)]
    urlstate.apply_to_session(view, state)
    state[_WRITTEN_KEY] = normalised
    state[_NOTICES_KEY] = (tuple(notices), None)
    return view


def _is_history_navigation() -> bool:
    """Did the browser's back/forward start this run? (Streamlit tells the run, not the public API.)"""
    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def after_sidebar(page: Any, applied: ViewState | None, upload: bool) -> None:
    """Open presentation mode when a link asks for it, show link notices, and draw the link control."""
    lang = current_lang(st.session_state)
    if applied is not None and applied.presentatie and page.url_path != PRESENTATION_PATH:
        st.switch_page(
            PRESENTATION_SCRIPT, query_params=urlstate.to_query(urlstate.without(applied, "presentatie"))
        )
    if page.url_path == PRESENTATION_PATH:
        st.set_page_config(initial_sidebar_state="collapsed")
    elif st.session_state.pop(_LEFT_DECK_KEY, False):
        st.set_page_config(initial_sidebar_state="expanded")
    _show_notices()
    share_link(lang, upload, page.url_path)


def _show_notices() -> None:
    """Notices about the opened link stay until the user changes the view they describe."""
    state = st.session_state
    notices, seen_view = state.get(_NOTICES_KEY, ((), None))
    if not notices:
        return
    now = urlstate.from_session(state)
    if seen_view is not None and now != seen_view:
        state.pop(_NOTICES_KEY, None)
        return
    state[_NOTICES_KEY] = (notices, now)
    st.warning("\n".join(f"- {escape_markdown(n)}" for n in notices), icon=":material/link_off:")


def stop_presentation() -> None:
    """on_click of Stoppen (and Esc): mark the view to keep, before the run that leaves the deck.

    ``st.switch_page`` starts the next run without the browser's widget states, so Streamlit drops every widget
    value as stale (the peiljaar fell back to the latest year, the map to other colours). A value written
    through the Session State API is kept; widgets' values may only be written before they are drawn, so here.
    """
    state = st.session_state
    for key in (*FILTER_KEYS.values(), LANG_KEY, *urlstate.PAGE_WIDGET_KEYS):
        if key in state:
            state[key] = state[key]
    state[_LEFT_DECK_KEY] = True


def leave_presentation(upload: bool) -> None:
    """After ``stop_presentation``: back to the map with the very view the deck showed (peiljaar, filters,
    measure, layers, language) as its link from the first run, and the sidebar open again."""
    view = urlstate.without(urlstate.from_session(st.session_state, upload=upload), "presentatie", "dia")
    st.switch_page(MAP_SCRIPT, query_params=urlstate.to_query(view))


def current_view(upload: bool, page_path: str) -> ViewState:
    view = urlstate.from_session(st.session_state, upload=upload)
    # The slide number only means something on the presentation page.
    return view if page_path == PRESENTATION_PATH else urlstate.without(view, "dia")


def share_url(view: ViewState) -> str:
    """Absolute link when the browser told us its address, else a relative ``?query``."""
    query = urlencode(urlstate.to_query(view))
    base = st.context.url or ""
    return f"{base}?{query}" if query else (base or "?")


def share_link(lang: str, upload: bool, page_path: str) -> None:
    """The "kopieer link" control at the bottom of the sidebar: the link in a code box with a copy button."""
    with st.sidebar:
        _share_link(lang, upload, page_path)


@st.fragment
def _share_link(lang: str, upload: bool, page_path: str) -> None:
    """The code box is drawn only while the expander is open: st.code pulls in Streamlit's syntax highlighter, a
    1.5 MB frontend chunk every first visit would otherwise download for a link nobody has asked for yet. A
    fragment, so that opening it reruns only this control, not the page."""
    expander = st.expander(
        t("share.link", lang), icon=":material/link:", key=LINK_OPEN_KEY, on_change="rerun"
    )
    if not expander.open:
        return
    with expander:
        st.caption(t("share.link.help", lang))
        if upload:
            st.caption(t("share.link.upload", lang))
        st.code(share_url(current_view(upload, page_path)), language=None, wrap_lines=True)


def sync_url_end(page: Any, upload: bool) -> None:
    """Write the view back to the address bar (only when it changed, so no needless browser history)."""
    write_url(page.url_path, upload)


def write_url(page_path: str, upload: bool) -> None:
    """``sync_url_end`` for a fragment: a map click or measure change reruns only its fragment, not app.py."""
    state = st.session_state
    query = urlstate.to_query(current_view(upload, page_path))
    if urlstate.normalise_query(query) != urlstate.normalise_query(_current_query()):
        st.query_params.from_dict(query)
    state[_WRITTEN_KEY] = urlstate.normalise_query(query)


def report_button(
    scope_kind: str, code: str, lang: str, valpreventie: ValpreventieSection | None = None
) -> None:
    """ "Maak regiorapport (PDF)": build the report of a region or gemeente on click, then offer the download.

    The PDF is kept in the session with the view it was made for, so the download button survives reruns but
    never offers a report of other filters, data or language. ``valpreventie`` adds the fall-prevention
    estimate as shown on that page (a report with other values is another report).
    """
    dataset = data.active_dataset()
    filters = filters_from_state(st.session_state)
    # The upload's id, not only its name: a corrected file uploaded under the same name is other data.
    year_note = components.year_note(dataset, filters, lang)
    confirmed = components.confirmed_line(dataset, filters, lang)
    made_for = (
        scope_kind, code, filters, lang, dataset.source, dataset.name, data.upload_id(), valpreventie,
        year_note, confirmed,
    )  # fmt: skip
    suffix = "_vp" if valpreventie is not None else ""
    key = f"_report_{scope_kind}_{code}{suffix}"
    label = t("vp.report" if valpreventie is not None else "report.button", lang)
    if st.button(label, key=f"report_button_{scope_kind}_{code}{suffix}", icon=":material/picture_as_pdf:"):
        with st.spinner(t("report.building", lang)):
            started = time.perf_counter()
            pdf = writer.pdf_file(
                report.build_report(
                    dataset.records,
                    data.gemeenten_geo(),
                    (scope_kind, code),  # type: ignore[arg-type]
                    filters,
                    lang,
                    dataset.name if dataset.source == "upload" else None,
                    dataset.is_example,
                    date.today(),
                    valpreventie=valpreventie,
                    year_note=year_note,
                    confirmed_note=confirmed,
                    money=data.money_data(),
                )
            )
            seconds = time.perf_counter() - started
        st.session_state[key] = (made_for, pdf, seconds)
    stored = st.session_state.get(key)
    if not stored or stored[0] != made_for:
        return
    _, pdf, seconds = stored
    year = filters.jaar if filters.jaar is not None else "alle"
    stem = f"regiorapport_{code}_{year}{'_valpreventie' if valpreventie else ''}"
    download = writer.offer(stem, "pdf", pdf.data)
    components.offer_download(None, t("report.download", lang), download, primary=True)
    kb = round(len(pdf.data) / 1024)
    st.caption(
        t("report.ready", lang, pages=pdf.pages, kb=kb, seconds=fmt_decimal(seconds, lang, 1, fixed=True))
    )
