"""Reusable Streamlit pieces shared by pages: notices, the map widget with click-to-select, the legend."""

from __future__ import annotations

import functools
import json
import logging
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Final, Literal

import folium
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit_folium import st_folium

from dashboard.analysis.aggregate import Base
from dashboard.analysis.areas import initiatives_in
from dashboard.analysis.measures import Classified
from dashboard.core.confirmation import CONFIRMATION_COLUMN, ConfirmationState
from dashboard.core.filters import Filters
from dashboard.export import downloads, writer
from dashboard.export.writer import Download
from dashboard.i18n import insurer, t, tn
from dashboard.i18n.formats import fmt_date
from dashboard.i18n.messages import render
from dashboard.render import chart_views, charts, maps, peiljaar, plaintext, provenance
from dashboard.render.tables import for_display, initiatives_table
from dashboard.ui import data
from dashboard.ui.data import SHOW_CONCEPTS_KEY, Dataset
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text
from geo.regions import ENV_REGION_TABLE, RegionTableError

_LOG: Final = logging.getLogger("preventiekaart")
SELECTED_KEY: Final = "selected_gm"
# The map page's map: most of a 1366×768 screen under the browser's own bars, and no scrolling to reach it.
MAP_PAGE_HEIGHT: Final = 610
# Less empty space above a page's first element (Streamlit's default is 6rem), so the map starts high.
_COMPACT_CSS: Final = (
    "<style>[data-testid='stMainBlockContainer']{padding-top:2.2rem !important}"
    "[data-testid='stMainBlockContainer'] h1{font-size:1.75rem;padding:0 0 .4rem 0;overflow-wrap:normal;"
    "word-break:normal;hyphens:manual}"
    # The map fills the screen under the title on a laptop (768 px high) as on a 1080 px screen.
    "iframe[title='streamlit_folium.st_folium']{height:max(420px,calc(100vh - 150px)) !important}</style>"
)
_LAST_CLICK_KEY: Final = "_last_map_click"
LEGEND_CSS: Final = (
    """<style>
.pk-legend ul{list-style:none;padding-left:0;margin:.3rem 0}
.pk-legend li{display:flex;align-items:center;gap:.5rem;margin:.15rem 0;font-size:1rem}
.pk-swatch{display:inline-block;width:1.4rem;height:1rem;border:1px solid #555;flex:none}
.pk-swatch.pk-wijk{background:#fff;border:2.5px dashed #2a788e}
.pk-swatch.pk-coalitie{border-radius:50%;background:#f28e2b;border:3px solid #000;width:1rem}
.pk-swatch.pk-marker{border-radius:50%;background:#d62728;border:1.5px solid #fff;width:.8rem;height:.8rem}
.pk-count{color:#444}
.pk-legend.pk-columns ul{columns:16rem 3;column-gap:1.5rem}
.pk-legend.pk-columns li{break-inside:avoid}
</style>"""
    + maps.OUTLINE_LEGEND_CSS
)  # one set of swatches for every page's legend


def compact_page() -> None:
    """A page whose first screen is its content (the map page): less padding above the title."""
    st.html(_COMPACT_CSS)


def _css_string(text: str) -> str:
    """Our own catalogue text as a CSS string literal (for ``content``)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Streamlit 1.67 draws the empty state of a selectbox's and a multiselect's search ("No results") as a span
# with these emotion classes and no test id; the version is pinned, and a browser test fails when they change.
EMPTY_DROPDOWN_CLASSES: Final = ("equpb2c9", "eo2qvtu11")


def dropdown_texts(lang: str) -> None:
    """Replace Streamlit's English "No results" of every selectbox and multiselect search by our text."""
    text = _css_string(t("dropdown.no_results", lang))
    rules = "".join(
        f".{name}{{font-size:0 !important}}.{name}::after{{content:{text};font-size:.875rem}}"
        for name in EMPTY_DROPDOWN_CLASSES
    )
    st.html(f"<style>{rules}</style>")


# Rewrites Streamlit's English texts that no parameter or CSS can reach (they carry the user's own words): the
# "Add: …" option of a select box that takes new values, and the "Page not found" dialog of a link to a page
# that does not exist. A fixed script; the texts are the app's own, JSON-encoded. React may write a text again:
# the observer then rewrites it again.
_STREAMLIT_TEXTS_JS: Final = r"""<script>
(function () {
  var cfg = __CONFIG__;
  var state = window.__pkTexts || (window.__pkTexts = {});
  state.cfg = cfg;
  if (state.observer) { state.fix(document.body); return; }
  var notFound = /^You have requested page \/(.*), but no corresponding file was found in the app's pages\/ directory\. Running the app's main page\.$/;
  function text(node) {
    var c = state.cfg, value = node.nodeValue;
    if (!c.rewrite || !value) { return; }
    if (value.indexOf('Add: ') === 0 && node.parentElement && node.parentElement.closest('[role="option"], li')) {
      node.nodeValue = c.add + value.slice(5);
    } else if (value === 'Page not found') {
      node.nodeValue = c.notFound;
    } else {
      var match = notFound.exec(value);
      if (match) { node.nodeValue = c.notFoundText.replace('{page}', match[1]); }
      else if (value.indexOf('The page that you have requested does not seem to exist') === 0) {
        node.nodeValue = c.notFoundGeneric;
      }
    }
  }
  state.fix = function (root) {
    if (!root) { return; }
    if (root.nodeType === 3) { text(root); return; }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) { text(node); }
  };
  state.observer = new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'characterData') { text(record.target); }
      record.addedNodes.forEach(function (node) { state.fix(node); });
    });
  });
  state.observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  state.fix(document.body);
})();
</script>"""


def streamlit_texts(lang: str) -> None:
    """Streamlit's English "Add: …" and "Page not found" in the reader's language (a fixed script, no data)."""
    config = {
        "rewrite": lang != "en",
        "add": t("streamlit.add", lang),
        "notFound": t("streamlit.not_found", lang),
        "notFoundText": t("streamlit.not_found.text", lang, page="{page}"),
        "notFoundGeneric": t("streamlit.not_found.generic", lang),
    }
    script = _STREAMLIT_TEXTS_JS.replace("__CONFIG__", json.dumps(config).replace("<", "\\u003c"))
    st.html(script, unsafe_allow_javascript=True)


def uploader_texts(lang: str, mb: int = 20) -> None:
    """Streamlit's file uploader has English texts it offers no parameter for: replace them by ours (CSS
    ``content``; our own fixed texts, quoted as CSS strings)."""
    drop, limit = t("uploader.drop", lang), t("uploader.limit", lang, mb=mb)
    browse = t("uploader.browse", lang)
    zone = '[data-testid="stFileUploaderDropzone"]'
    st.html(
        "<style>"
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] span,'
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] small{{display:none}}'
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] > div::before'
        f"{{content:{_css_string(drop)};display:block;font-size:1rem}}"
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] > div::after'
        f"{{content:{_css_string(limit)};display:block;font-size:.85rem;color:#444}}"
        # The button's own label is a markdown paragraph ("Upload"): hide its text, show ours in its place.
        f'{zone} button [data-testid="stMarkdownContainer"] p{{font-size:0 !important}}'
        f'{zone} button [data-testid="stMarkdownContainer"] p::after'
        f"{{content:{_css_string(browse)};font-size:.875rem}}"
        "</style>"
    )


def widget_default(key: str, value: object) -> None:
    """Give a widget its default through Session State only.

    A widget that gets ``default=``/``index=`` while its key is also set through Session State (the URL layer
    and the page-keeping code do that) logs a warning and can show the wrong value after a rerun; so widgets
    whose key is shared state take no default argument and get it here, once, instead.
    """
    if key not in st.session_state:
        st.session_state[key] = value


def source_of(dataset: Dataset, records: pd.DataFrame, lang: str) -> str:
    """Where the ``records`` shown come from, in words (``provenance.source_label``); the dataset's file name
    only when it is the reader's own upload."""
    return provenance.source_label(records, lang, dataset.name if dataset.source == "upload" else None)


def map_png_button(
    dataset: Dataset,
    classified: Classified,
    filters: Filters,
    members: Collection[str] | None,
    lang: str,
    records: pd.DataFrame | None = None,
) -> None:
    """Download the map view as PNG for a slide (made on the server on click, offline).

    ``dataset`` is the page's: reading it again here would be one more register query in every map rerun.
    """
    gemeenten = data.gemeenten_table()
    names = provenance.area_names(gemeenten)
    places = [t("place.provincie", lang, naam=names[c]) for c in filters.provincies if c in names]
    places += [t("place.regio", lang, naam=names[c]) for c in filters.regios if c in names]
    where = ", ".join(places) if members is not None and places else t("kaart.png.nl", lang)
    year = str(filters.jaar) if filters.jaar is not None else t("report.all_years", lang)
    confirmed = confirmed_line(dataset, filters, lang)
    lines = provenance.provenance_lines(
        source=source_of(dataset, dataset.records if records is None else records, lang),
        is_example=dataset.is_example,
        filters=filters,
        lang=lang,
        names=names,
        year_note=year_note(dataset, filters, lang),
        extra=[confirmed] if confirmed else (),
    )
    build = partial(
        downloads.map_png_bytes,
        data.gemeenten_geo(),
        classified,
        where=where,
        year=year,
        provenance=lines,
        lang=lang,
        members=members,
        regions=data.layers().regios,
    )
    stem = f"preventiekaart_kaart_{classified.measure}_{year}".replace(" ", "_")
    offer_download(
        None,
        t("kaart.png", lang),
        writer.offer(stem, "png", build),
        key="kaart_png",
        icon=":material/image:",
        help=t("kaart.png.help", lang),
        width="stretch",
    )


def year_lines(dataset: Dataset, filters: Filters, lang: str) -> tuple[str, ...]:
    """The open-year note for the chosen peiljaar (nothing when it is vastgesteld, or the data is a user's
    file): the banner's text, and what every chart, PNG, slide and report of that year carries. With one
    VNG–ZN region chosen, that region's progress."""
    regio = filters.regios[0] if len(filters.regios) == 1 else None
    name = provenance.area_names(data.gemeenten_table()).get(regio) if regio else None
    return peiljaar.open_year_lines(dataset.rounds, filters.jaar, lang, regio, name)


def year_short(dataset: Dataset, filters: Filters, lang: str) -> str | None:
    """The open-year banner in one short sentence (beside the map, above a slide)."""
    regio = filters.regios[0] if len(filters.regios) == 1 else None
    return peiljaar.open_year_short(dataset.rounds, filters.jaar, lang, regio)


def year_note(dataset: Dataset, filters: Filters, lang: str) -> str | None:
    """`year_lines` as one line (None for a vastgesteld year)."""
    lines = year_lines(dataset, filters, lang)
    return " ".join(lines) if lines else None


def confirmed_line(dataset: Dataset, filters: Filters, lang: str) -> str | None:
    """With "only confirmed by both sides" on: how many of the selection without that filter are."""
    if not filters.alleen_bevestigd:
        return None
    records = data.filter_state(dataset, replace(filters, alleen_bevestigd=False)).records
    column = records.get(CONFIRMATION_COLUMN)
    both = 0 if column is None else int((column == ConfirmationState.BOTH.value).sum())
    return peiljaar.confirmed_note(both, len(records), lang)


def year_notice(dataset: Dataset, filters: Filters, lang: str, compact: bool = False) -> None:
    """The banner of an open peiljaar (with its progress per region unless ``compact``), and the count behind
    "only confirmed by both sides"."""
    note = year_short(dataset, filters, lang) if compact else year_note(dataset, filters, lang)
    if note is not None and filters.jaar is not None:
        st.warning(escape_markdown(note), icon=":material/pending:")
        default = dataset.default_year
        if not compact:
            with st.expander(t("peiljaar.banner.table", lang), icon=":material/table_chart:"):
                if default is not None and default != filters.jaar:
                    st.caption(t("peiljaar.banner.default", lang, year=default))
                names = provenance.area_names(data.gemeenten_table())
                st.dataframe(
                    peiljaar.progress_frame(dataset.rounds, filters.jaar, names, lang),
                    hide_index=True,
                    width="stretch",
                )
    line = confirmed_line(dataset, filters, lang)
    if line is not None:
        st.info(t("peiljaar.only_confirmed", lang, counts=line), icon=":material/verified:")


def dataset_notice(dataset: Dataset, lang: str, compact: bool = False) -> None:
    """Say plainly when example data is shown, whose file is shown, and that rejected rows exist
    (``compact``: the example notice in one short line, for a page whose first screen is the map); and when
    the chosen peiljaar is still open (`year_notice`)."""
    records = dataset.records
    year_notice(dataset, filters_from_state(st.session_state), lang, compact)
    if dataset.problem:
        problem = escape_markdown(render(dataset.problem, lang))
        if dataset.stale_since is not None:
            since = dataset.stale_since
            day, time = fmt_date(since.date(), lang), since.strftime("%H:%M")
            st.warning(
                t("notice.stale", lang, date=day, time=time, problem=problem), icon=":material/cloud_off:"
            )
        else:
            st.error(t("notice.unavailable", lang, problem=problem), icon=":material/cloud_off:")
    if dataset.source == "upload":
        name = escape_markdown(dataset.name)  # a user's file name: never markdown (links, emphasis)
        if dataset.mode == "samen":
            st.info(t("notice.combined", lang, name=name), icon=":material/upload_file:")
        else:
            st.info(tn("notice.upload", len(records), lang, name=name), icon=":material/upload_file:")
    if st.session_state.get(SHOW_CONCEPTS_KEY):
        st.info(t("notice.concepts", lang), icon=":material/edit_note:")
    if dataset.is_example:
        n_real = int((~records["voorbeelddata"]).groupby(records["id"]).any().sum())
        key = "notice.example.short" if compact else "notice.example"
        st.warning(t(key, lang, n_real=n_real), icon=":material/science:")
    if dataset.result.rows_rejected:
        st.error(tn("notice.rejected", dataset.result.rows_rejected, lang), icon=":material/error:")


def file_problems_banner(lang: str) -> None:
    """A loud banner on every page naming each server or shipped file that cannot be used (never a silently
    empty or partial picture). Names only: server paths stay in the log and in `python -m dashboard check`."""
    problems = data.file_problems()
    if not problems:
        return
    shipped = [p for p in problems if p.file.startswith(("data/", "static/"))]
    server = [p for p in problems if p not in shipped]
    for intro, group in (("hardening.banner.shipped", shipped), ("hardening.banner.server", server)):
        if group:
            lines = "\n".join(
                f"- **{escape_markdown(p.file)}**: {escape_markdown(p.text(lang))}" for p in group
            )
            st.error(t(intro, lang) + "\n\n" + lines, icon=":material/report:")


def error_page(lang: str) -> None:
    """The app's own Dutch error page: no traceback or server path for the visitor, the details in the log
    under a short code the visitor can pass on."""
    reference = uuid.uuid4().hex[:8]
    _LOG.exception("Pagina mislukt [%s]", reference)
    st.error(t("hardening.error_page", lang, ref=reference), icon=":material/sentiment_dissatisfied:")


def guarded(body: Callable[[], None]) -> Callable[[], None]:
    """``body`` with the error page instead of Streamlit's exception box: for fragments, whose exceptions
    Streamlit handles itself before app.py's guard could."""

    @functools.wraps(body)
    def run() -> None:
        try:
            body()
        except Exception:
            error_page(current_lang(st.session_state))

    return run


def interrupted_upload_notice(lang: str, page_path: str) -> None:
    """Say on the page the user went to that the upload they left behind was stopped, not loaded.

    On the data page itself the uploader may still hold the file (a rerun from another widget there): it is
    validated again, so no notice then.
    """
    if page_path == "gegevens" and st.session_state.get(data.UPLOAD_WIDGET_KEY) is not None:
        return
    name = data.take_interrupted_upload()
    if name is not None:
        st.warning(
            t("hardening.upload_interrupted", lang, name=escape_markdown(name)), icon=":material/warning:"
        )


def region_table_error(error: RegionTableError, lang: str, shown: int = 15) -> None:
    """Stop with the problems of a replacement region table (PREVENTIEKAART_REGIO) instead of a traceback.

    The app does not fall back to the default regions: managers would then read the wrong regions as theirs.
    """
    texts = error.texts(lang)
    problems = "\n".join(f"- {escape_markdown(problem)}" for problem in texts[:shown])
    more = len(texts) - shown
    if error.from_env:
        intro = tn("config.region_table", len(texts), lang, env=ENV_REGION_TABLE)
    else:
        intro = tn(
            "hardening.banner.shipped_region_table", len(texts), lang, name=escape_markdown(error.file)
        )
    st.error(
        intro + "\n\n" + problems + ("\n\n" + tn("config.more", more, lang) if more > 0 else ""),
        icon=":material/error:",
    )
    st.stop()


def intervention_base(key: str, lang: str) -> Base:
    """The switch between RIVM's base "initiatives offering at least one" and "all initiatives"."""
    return st.radio(
        t("grafieken.base", lang),
        ["offering", "all"],
        key=key,
        horizontal=True,
        format_func=partial(prefixed_text, "grafieken.base.", lang=lang),
    )


def legend(
    classified: Classified, lang: str, extra: Sequence[tuple[str, str]] = (), columns: bool = False
) -> None:
    """The map's legend (``columns``: its entries in newspaper columns, for a long list such as the regions)."""
    html = maps.legend_html(classified, lang, extra)
    if columns:
        html = html.replace('class="pk-legend"', 'class="pk-legend pk-columns"', 1)
    st.html(LEGEND_CSS + html)


def map_widget(
    groups: Sequence[folium.FeatureGroup],
    *,
    key: str,
    height: int = 640,
    basemap: bool = False,
    selectable: bool = True,
    center: tuple[float, float] | None = None,
    zoom: float | None = None,
) -> None:
    """Draw the constant base map with changing ``groups``; a click on a gemeente selects it.

    Only ``last_object_clicked`` is returned, so panning and zooming never rerun the app; the base map never
    changes between reruns, so filter changes swap layers without a remount (the view is kept).
    """
    base = maps.base_map(st.get_option("server.baseUrlPath") or "", basemap=basemap)
    # A click is handled in the callback, before the run (or fragment run) it triggers draws anything: the
    # selection outline and the panel then appear in that same run, without a second st.rerun().
    returned = st_folium(
        base,
        key=key,
        height=height,
        use_container_width=True,
        feature_group_to_add=list(groups),
        returned_objects=["last_object_clicked"] if selectable else [],
        # Dynamic view (lat, lon): st_folium moves the map without remounting it; the base map stays constant.
        center=center,
        zoom=zoom,
        on_change=partial(_select_on_change, key) if selectable else None,
    )
    if selectable and _select_from_click(returned):
        st.rerun()  # only if the callback did not see the click (it normally does)


def _select_on_change(key: str) -> None:
    _select_from_click(st.session_state.get(key))


def _select_from_click(returned: dict | None) -> bool:
    """Select the gemeente under a new click; True when the selection changed."""
    point = maps.clicked_point(returned)
    # st_folium keeps returning the last click on every rerun; act only on a click we have not seen.
    if point is None or point == st.session_state.get(_LAST_CLICK_KEY):
        return False
    st.session_state[_LAST_CLICK_KEY] = point
    code = maps.gemeente_at(data.gemeenten_geo(), *point)
    if code is not None and code != st.session_state.get(SELECTED_KEY):
        st.session_state[SELECTED_KEY] = code
        return True
    return False


def clear_selection() -> None:
    st.session_state.pop(SELECTED_KEY, None)


def source_line(lang: str) -> None:
    st.caption(t("source.cbs", lang))


def gemeente_whereabouts(gm_code: str, lang: str, compact: bool = False) -> None:
    """Where a gemeente sits: VNG–ZN region, zorgkantoor (designated 2015), provincie and GGD-regio
    (``compact``: in caption type, for the column beside the map)."""
    info = data.gemeenten_table().set_index("gm_code").loc[gm_code]
    (st.caption if compact else st.markdown)(
        t(
            "panel.where",
            lang,
            regio=escape_markdown(info["regio_naam"]),
            verzekeraar=escape_markdown(insurer(info["zorgverzekeraar"], lang)),
            provincie=escape_markdown(info["pv_naam"]),
            ggd=escape_markdown(info["ggd_naam"]),
        )
    )


def gemeente_card(records: pd.DataFrame, gm_code: str, lang: str) -> None:
    """The selected gemeente in short, for beside the map (in view on a laptop): its name, where it sits, how
    many initiatives cover it, and the way to clear the choice."""
    with st.container(border=True, key="gemeente_kaart"):
        st.subheader(
            escape_markdown(data.gemeenten_table().set_index("gm_code").at[gm_code, "gm_naam"]), anchor=False
        )
        gemeente_whereabouts(gm_code, lang, compact=True)
        st.markdown(f"**{tn('panel.count', len(initiatives_in(records, gm_code)), lang)}**")
        st.button(
            t("panel.clear", lang), on_click=clear_selection, icon=":material/close:", key="panel_clear"
        )


def gemeente_initiatives(records: pd.DataFrame, gm_code: str, lang: str) -> None:
    """Every filtered initiative covering the gemeente, as a table (or the note that there is none)."""
    rows = initiatives_in(records, gm_code)
    if rows.empty:
        st.info(t("empty.selection", lang))
    else:
        name = data.gemeenten_table().set_index("gm_code").at[gm_code, "gm_naam"]
        st.subheader(say("panel.table", lang, naam=name, n=len(rows)), anchor=False)
        initiatives_dataframe(rows, lang)


def initiatives_dataframe(rows: pd.DataFrame, lang: str, height: int | Literal["auto"] = "auto") -> None:
    """Initiatives as a sortable table; sources are links only when they are vetted http(s) URLs."""
    table = initiatives_table(rows, lang)
    st.dataframe(
        for_display(table, lang),
        hide_index=True,
        width="stretch",
        height=height,
        column_config={
            t("table.bron", lang): st.column_config.LinkColumn(display_text=t("panel.link", lang))
        },
    )


def escape_markdown(value: object) -> str:
    """Make data text inert in st.markdown: `plaintext.markdown`, the one guard (kept under this name for pages)."""
    return plaintext.markdown(value)


def say(key: str, lang: str, **fields: object) -> str:
    """The catalogue text ``key`` with every text field from data escaped for markdown (numbers as they are)."""
    return t(key, lang, **plaintext.markdown_fields(fields))


def offer_download(
    container: DeltaGenerator | None,
    label: str,
    download: Download,
    *,
    key: str | None = None,
    icon: str = ":material/download:",
    disabled: bool = False,
    help: str | None = None,
    width: Literal["content", "stretch"] = "content",
    primary: bool = False,
) -> None:
    """The only call of Streamlit's download_button: every file the app offers is a ``writer.Download``.

    ``container`` is a column or other container; None puts the button in the page's main flow.

    ``on_click="ignore"``: a download never reruns the page (a rerun would rebuild every chart and map).
    """
    button = container.download_button if container is not None else st.download_button
    button(
        label,
        data=download.data,
        file_name=download.file_name,
        mime=download.mime,
        key=key,
        icon=icon,
        on_click="ignore",
        disabled=disabled,
        help=help,
        width=width,
        type="primary" if primary else "secondary",
    )


def chart_block(
    fig: go.Figure,
    table: pd.DataFrame,
    provenance: Sequence[str],
    *,
    key: str,
    file_stem: str,
    lang: str = "nl",
    percent: bool = True,
    title: str = "",
    scope_names: Mapping[str, str] | None = None,
) -> None:
    """The chart, its CSV and PNG downloads, its numbers as a table and its provenance under it."""
    st.plotly_chart(
        fig,
        key=f"{key}_chart",
        theme=None,
        config=downloads.plotly_config(file_stem),
        width="stretch",
        alt=charts.alt_text(table, title, lang, percent) if title else None,
    )
    left, right = st.columns(2)
    csv_file = writer.offer(
        file_stem, "csv", downloads.chart_csv_bytes(table, provenance, lang, percent, scope_names)
    )
    offer_download(
        left, t("dl.csv", lang), csv_file, key=f"{key}_csv", icon=":material/table:", width="stretch"
    )
    reason = writer.png_unavailable_reason(lang)
    # Deferred: kaleido starts chromium only when the user clicks (about 3 s), never on a rerun.
    png_file = writer.offer(file_stem, "png", partial(writer.figure_png, fig, provenance))
    offer_download(
        right,
        t("dl.png", lang),
        png_file,
        key=f"{key}_png",
        icon=":material/image:",
        disabled=reason is not None,
        help=reason or t("dl.png.help", lang),
        width="stretch",
    )
    if reason:
        right.caption(reason)
    with st.expander(t("dl.table", lang)):
        st.dataframe(
            for_display(downloads.display_table(table, lang, percent, scope_names), lang),
            hide_index=True,
            width="stretch",
        )
    st.caption("  \n".join(escape_markdown(line) for line in provenance))


def show_chart(
    view: chart_views.ChartView, provenance: Sequence[str], *, key: str, file_stem: str, lang: str
) -> None:
    """A chart view (``render.chart_views``) with its downloads, its table and its provenance."""
    chart_block(
        view.figure,
        view.table,
        provenance,
        key=key,
        file_stem=file_stem,
        lang=lang,
        percent=view.percent,
        title=view.title,
        scope_names=view.scope_names,
    )


def comparison_chart(
    kind: str,
    region_records: pd.DataFrame,
    nl_records: pd.DataFrame,
    region_name: str,
    provenance: Sequence[str],
    *,
    base: Base,
    key: str,
    file_stem: str,
    lang: str,
    percent: bool = True,
) -> None:
    """One chart kind for a region, provincie or gemeente next to Nederland, built on every call: for records a
    page holds itself. Records of a filter state go through ``data.derived`` and ``show_chart`` instead."""
    view = chart_views.compared(kind, region_records, nl_records, region_name, lang, base, percent)
    show_chart(view, provenance, key=key, file_stem=file_stem, lang=lang)
