"""The data-loading boundary: the only place that reads files for the app and the only place that caches.

Shipped data (boundaries, region table, example records) is immutable and shared by all sessions through
``st.cache_resource``; callers must not mutate what they get. A user's upload lives in that user's session
state only, never in a cache shared across sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import geopandas as gpd
import pandas as pd
import streamlit as st

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.context_measures import classify_map_measure
from dashboard.analysis.measures import Classified, adjacent_colors, classify
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest import health
from dashboard.ingest.budget import Budget, ValidationStoppedError
from dashboard.ingest.validation import ImportResult, data_path, load_bytes, load_path
from dashboard.ingest.valpreventie import Kengetallen, read_kengetallen
from dashboard.render import maps
from dashboard.render.mapjs import ChoroplethData
from geo.boundaries import Layers, load_layers
from geo.regions import load_region_table
from geo.topology import neighbours

UPLOAD_KEY: Final = "upload_result"
# The last upload's validation report (kept even when every row was rejected) and which file it was for.
UPLOAD_REPORT_KEY: Final = "upload_report"
_UPLOAD_ID_KEY: Final = "_upload_id"
# The name of an upload whose validation was stopped because the user left the page (shown on the next page).
INTERRUPTED_UPLOAD_KEY: Final = "_upload_interrupted"
UPLOAD_WIDGET_KEY: Final = "upload_file"
Source = Literal["shipped", "upload"]


@dataclass(frozen=True)
class Dataset:
    """The records the pages show, and where they came from."""

    result: ImportResult
    source: Source

    @property
    def records(self) -> pd.DataFrame:
        return self.result.records

    @property
    def is_example(self) -> bool:
        return self.result.is_example

    @property
    def name(self) -> str:
        return shown_name(self.result)


def shown_name(result: ImportResult) -> str:
    """The file or folder name users see: never the server's path (a user's own file name stays as it is)."""
    return Path(result.file).name or result.file


@st.cache_resource(show_spinner=False)
def layers() -> Layers:
    """Gemeenten with their regions and the dissolved region layers (region table may come from the env)."""
    loaded = load_layers(load_region_table())
    _forget_states()  # derived from the previous layers, if any
    return loaded


def geometry_url() -> str:
    """URL of the encoded gemeente coverage the map fetches once (static file, honours server.baseUrlPath)."""
    return maps.geometry_url(st.get_option("server.baseUrlPath") or "")


@st.cache_resource(show_spinner=False)
def border_lines(kind: str) -> maps.BorderLines:
    """Encoded borders of one region layer ("regio", "provincie" or "ggd"), computed once."""
    geo_layers = layers()
    regions = {"regio": geo_layers.regios, "provincie": geo_layers.provincies, "ggd": geo_layers.ggd_regios}[
        kind
    ]
    return maps.border_lines(regions)


@st.cache_resource(show_spinner=False)
def gemeente_centroids() -> dict[str, tuple[float, float]]:
    return maps.centroids(layers().gemeenten)


@st.cache_resource(show_spinner=False)
def file_problems() -> list[health.Problem]:
    """Shipped files that are missing, truncated or changed, and server records that cannot be used (once).

    The shipped files are checked first and on their own: when one of them is what breaks the records, the
    banner still names it (the page then shows the error page under it).
    """
    problems = health.shipped_problems()
    try:
        return problems + health.records_problems(shipped_result(), data_path())
    except Exception:
        if problems:
            return problems
        raise


@st.cache_resource(show_spinner=False)
def shipped_result() -> ImportResult:
    """The records named by PREVENTIEKAART_DATA, or the shipped example data; validated like an upload."""
    result = load_path(data_path())
    _forget_states()  # derived from the previous records, if any
    return result


def gemeenten_table() -> pd.DataFrame:
    """gm_code with its names and region codes, without geometry (for filters and tables)."""
    return pd.DataFrame(layers().gemeenten.drop(columns="geometry"))


def gemeenten_geo() -> gpd.GeoDataFrame:
    return layers().gemeenten


def active_dataset() -> Dataset:
    """This session's upload when there is one, otherwise the server's records."""
    upload = st.session_state.get(UPLOAD_KEY)
    if isinstance(upload, ImportResult):
        return Dataset(upload, "upload")
    return Dataset(shipped_result(), "shipped")


def receive_upload(file_id: str, content: bytes, name: str) -> ImportResult:
    """Validate an uploaded file once (reruns hand the same file again) and keep it for this session only.

    The validation report is kept even when no row was accepted, so the user sees why; the dashboard then stays
    on the server's data.
    """
    report = st.session_state.get(UPLOAD_REPORT_KEY)
    if st.session_state.get(_UPLOAD_ID_KEY) == file_id and isinstance(report, ImportResult):
        return report
    # Streamlit refuses files over server.maxUploadSize; load_bytes enforces the same cap itself.
    try:
        report = load_bytes(content, name, budget=Budget(should_stop=user_left()))
    except ValidationStoppedError:
        # The user clicked elsewhere: stop now (no work left running for a page nobody sees) and say so there.
        st.session_state[INTERRUPTED_UPLOAD_KEY] = name
        st.empty()  # a Streamlit call: this is where Streamlit acts on the pending rerun (the user's new page)
        st.stop()  # reached only if no rerun was pending after all
    st.session_state.pop(INTERRUPTED_UPLOAD_KEY, None)
    st.session_state[_UPLOAD_ID_KEY] = file_id
    st.session_state[UPLOAD_REPORT_KEY] = report
    if report.rows_accepted:
        st.session_state[UPLOAD_KEY] = report
    else:
        st.session_state.pop(UPLOAD_KEY, None)
    return report


def user_left() -> Callable[[], bool]:
    """True once this script run has been asked to stop or rerun (another page, another widget, tab closed).

    Streamlit only notices such a request at its next call, and validation makes none; so the validator asks
    this between rows. Streamlit has no public accessor for pending requests: read the request state
    defensively, and treat a Streamlit without it as "never asked" (the time budget still bounds the work).
    """
    from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequestType
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    requests = getattr(get_script_run_ctx(), "script_requests", None)

    def asked() -> bool:
        state = getattr(requests, "_state", ScriptRequestType.CONTINUE)
        return state != ScriptRequestType.CONTINUE

    return asked


def take_interrupted_upload() -> str | None:
    """The name of an upload stopped because the user left, once (the notice is shown a single time)."""
    name: str | None = st.session_state.pop(INTERRUPTED_UPLOAD_KEY, None)
    return name


def upload_id() -> str | None:
    """Which upload the session shows (None for the server's data): a new file with the same name differs."""
    return (
        st.session_state.get(_UPLOAD_ID_KEY)
        if isinstance(st.session_state.get(UPLOAD_KEY), ImportResult)
        else None
    )


def forget_upload() -> None:
    """Back to the server's records."""
    for key in (UPLOAD_KEY, UPLOAD_REPORT_KEY):
        st.session_state.pop(key, None)


def validation_report() -> ImportResult:
    """The last upload's validation report, or the report of the records shown."""
    report = st.session_state.get(UPLOAD_REPORT_KEY)
    return report if isinstance(report, ImportResult) else active_dataset().result


@st.cache_resource(show_spinner=False)
def region_colors() -> dict[str, str]:
    """A colour per VNG–ZN region such that neighbouring regions differ."""
    regios = layers().regios
    return adjacent_colors(list(regios["code"]), neighbours(regios))


@st.cache_resource(show_spinner=False)
def context_table() -> pd.DataFrame:
    """Population (CBS 2024) and young-adult health (GMJV 2024) for every gemeente; unpublished = NaN."""
    from dashboard.ingest.context import (
        load_context,  # local import keeps this addition one block in a shared file
    )

    return load_context(gemeenten_table()["gm_code"])


@st.cache_resource(show_spinner=False)
def kengetallen() -> Kengetallen:
    """The published fall-prevention figures (data/valpreventie_kengetallen.toml), checked once."""
    return read_kengetallen()


# --------------------------------------------------------------------------------------------------------------
# Per filter state: what the map pages derive from the records, computed once per state instead of every rerun.
# The shipped data's states are shared by all sessions; an upload's stay in its own session (scope="session").


@dataclass(frozen=True)
class FilterState:
    """The filtered records and the per-gemeente summary of one filter state (shared: do not mutate)."""

    records: pd.DataFrame
    summary: pd.DataFrame


@dataclass(frozen=True)
class MapState:
    """One measure applied to a filter state: the legend's classes and what the choropleth sends."""

    classified: Classified
    choropleth: ChoroplethData


def filter_state(dataset: Dataset, filters: Filters) -> FilterState:
    if dataset.source == "upload":
        return _upload_filter_state(upload_id(), filters, dataset.records)
    return _shipped_filter_state(filters)


def map_state(
    dataset: Dataset, filters: Filters, measure: str, context_measure: str | None, lang: str
) -> MapState:
    """``context_measure`` (need-side context) replaces the offer ``measure`` when set."""
    if dataset.source == "upload":
        return _upload_map_state(upload_id(), filters, measure, context_measure, lang, dataset.records)
    return _shipped_map_state(filters, measure, context_measure, lang)


def _forget_states() -> None:
    """The per-state caches hold what came from the loaded records and layers: reloading those empties them."""
    for cache in (_shipped_filter_state, _shipped_map_state, _upload_filter_state, _upload_map_state):
        cache.clear()


def _compute_filter_state(records: pd.DataFrame, filters: Filters) -> FilterState:
    gemeenten = gemeenten_table()
    filtered = apply_filters(records, filters, gemeenten)
    return FilterState(filtered, gemeente_summary(filtered, gemeenten["gm_code"]))


def _compute_map_state(state: FilterState, measure: str, context_measure: str | None, lang: str) -> MapState:
    classified = (
        classify_map_measure(context_measure, state.records, context_table(), lang)
        if context_measure
        else classify(measure, state.summary, lang)
    )
    choropleth = maps.choropleth_data(classified, state.summary, gemeenten_table(), lang)
    return MapState(classified, choropleth)


@st.cache_resource(show_spinner=False, max_entries=64)
def _shipped_filter_state(filters: Filters) -> FilterState:
    return _compute_filter_state(shipped_result().records, filters)


@st.cache_resource(show_spinner=False, max_entries=128)
def _shipped_map_state(filters: Filters, measure: str, context_measure: str | None, lang: str) -> MapState:
    return _compute_map_state(_shipped_filter_state(filters), measure, context_measure, lang)


@st.cache_resource(show_spinner=False, max_entries=16, scope="session")
def _upload_filter_state(upload: str | None, filters: Filters, _records: pd.DataFrame) -> FilterState:
    del upload  # part of the cache key only: which upload ``_records`` are
    return _compute_filter_state(_records, filters)


@st.cache_resource(show_spinner=False, max_entries=32, scope="session")
def _upload_map_state(
    upload: str | None,
    filters: Filters,
    measure: str,
    context_measure: str | None,
    lang: str,
    _records: pd.DataFrame,
) -> MapState:
    return _compute_map_state(_upload_filter_state(upload, filters, _records), measure, context_measure, lang)
