"""The data-loading boundary: the only place that reads files or the register for the app, and that caches.

Shipped data (boundaries, region table) is immutable and shared by all sessions through ``st.cache_resource``;
callers must not mutate what they get. The records come from the register: one engine per process, and the
records cached under the register's revision, so the next rerun of any session (also one served by another
process on the same database) sees a change, with no timer. A user's upload lives in that user's session
state only, never in a cache shared across sessions, as a preview beside (or instead of) the register.

What the pages show is computed here once per dataset and filter state (``filter_state``, ``derived``; see the
section at the end), not on every rerun. This module draws nothing: widgets live in the components modules.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Final, Literal, TypeVar, cast

import geopandas as gpd
import pandas as pd
import streamlit as st

from dashboard.analysis import search
from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.context_measures import classify_map_measure
from dashboard.analysis.measures import Classified, adjacent_colors, classify
from dashboard.analysis.money import MoneyData
from dashboard.analysis.scope import scope_classified, selection_members
from dashboard.core.filters import Filters, apply_filters
from dashboard.i18n.messages import Msg
from dashboard.ingest import health
from dashboard.ingest.budget import Budget, ValidationStoppedError
from dashboard.ingest.validation import ImportResult, data_path, load_bytes, load_path
from dashboard.ingest.valpreventie import Kengetallen, read_kengetallen
from dashboard.register import db
from dashboard.register.errors import UnavailableError
from dashboard.register.repository import Entry, Key, Register, VersionInfo
from dashboard.render import maps
from dashboard.render.mapjs import ChoroplethData
from dashboard.ui import interrupt
from geo.boundaries import Layers, load_layers
from geo.codes import default_resolver
from geo.regions import load_region_table
from geo.topology import neighbours

UPLOAD_KEY: Final = "upload_result"
# The last upload's validation report (kept even when every row was rejected) and which file it was for.
UPLOAD_REPORT_KEY: Final = "upload_report"
_UPLOAD_ID_KEY: Final = "_upload_id"
# (the upload shown, its name for the caches): see ``upload_id``.
_UPLOAD_SEEN_KEY: Final = "_upload_seen"
# The name of an upload whose validation was stopped because the user left the page (shown on the next page).
INTERRUPTED_UPLOAD_KEY: Final = "_upload_interrupted"
UPLOAD_WIDGET_KEY: Final = "upload_file"
# How an upload is shown: on its own, or on top of the register (its rows win on the same id and year).
UPLOAD_MODE_KEY: Final = "upload_mode"
UPLOAD_MODES: Final = ("alleen", "samen")
# A signed-in editor may preview the concepts of a new peiljaar on every page.
SHOW_CONCEPTS_KEY: Final = "register_show_concepts"
Source = Literal["register", "upload"]


@dataclass(frozen=True)
class Dataset:
    """The records the pages show, and where they came from.

    `stale_since` is set when the register could not be read and the pages show what was read last.
    """

    result: ImportResult
    source: Source
    mode: str = "alleen"
    stale_since: datetime | None = None
    # Why the register could not be read, rendered in the reader's language where it is shown.
    problem: Msg | str = ""
    # Which records these are (database, revision, concepts; or which upload on top of what): the per-state
    # caches below are keyed by it, so a change in the register is a new key and never shows stale figures.
    key: str = ""

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
def place_options(lang: str, kinds: tuple[search.PlaceKind, ...]) -> dict[str, search.PlaceOption]:
    """The options of the place chooser (every spelling of every gemeente, the regions), built once."""
    return search.place_options(gemeenten_table(), default_resolver(), lang, kinds)


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
    """The records named by PREVENTIEKAART_DATA, or the shipped example data: what an empty register is
    filled from, validated like an upload (its problems reach the banner, file by file)."""
    return load_path(data_path())


@st.cache_resource(show_spinner=False)
def register_store(url: str) -> Register:
    """One register (engine) per process and database, created and filled with the shipped records on first
    start. A failure is not cached: the next rerun tries again."""
    register = Register.open(url)
    register.initialize()
    return register


def register() -> Register:
    return register_store(db.database_url())


@st.cache_resource(show_spinner=False, max_entries=8)
def _register_result(url: str, revision: int, include_concepts: bool) -> ImportResult:
    """The register's records at one revision; a new revision is a new key, so no session sees old data."""
    del revision  # part of the cache key only
    return register_store(url).result(include_concepts=include_concepts)


@dataclass
class _LastRead:
    result: ImportResult
    at: datetime
    key: str


@st.cache_resource(show_spinner=False)
def _last_reads() -> tuple[dict[tuple[str, bool], _LastRead], threading.Lock]:
    """Per process: what each database gave last, shown with a notice while it is unreachable."""
    return {}, threading.Lock()


def register_dataset(include_concepts: bool = False) -> Dataset:
    """The register's records; when the database is down, the last records read with a notice from when."""
    url = db.database_url()
    last, lock = _last_reads()
    try:
        revision = register_store(url).revision()
        result = _register_result(url, revision, include_concepts)
    except UnavailableError as error:
        with lock:
            seen = last.get((url, include_concepts)) or last.get((url, False))
        if seen is None:
            return Dataset(_unavailable_result(error.msg), "register", problem=error.msg, key="down")
        return Dataset(seen.result, "register", stale_since=seen.at, problem=error.msg, key=seen.key)
    key = f"{url}#{revision}#{int(include_concepts)}"
    with lock:
        last[(url, include_concepts)] = _LastRead(result, db.now(), key)
    return Dataset(result, "register", key=key)


def _unavailable_result(message: Msg | str) -> ImportResult:
    from dashboard.ingest.validation import Issue, empty_records

    rejected = pd.DataFrame(columns=["rij", "fouten"])
    return ImportResult("register", 0, empty_records(), rejected, [Issue(None, None, None, "error", message)])


def combined_result(register_result: ImportResult, upload: ImportResult) -> ImportResult:
    """The register plus a user's file: the file's rows replace the register's on the same id and year."""
    mine = upload.records
    keys = set(zip(mine["id"], mine["jaar"], strict=True))
    theirs = register_result.records
    keep = [key not in keys for key in zip(theirs["id"], theirs["jaar"], strict=True)]
    records = pd.concat([theirs[keep], mine], ignore_index=True) if len(theirs) else mine
    return ImportResult(upload.file, upload.rows_total, records, upload.rejected, upload.issues)


def gemeenten_table() -> pd.DataFrame:
    """gm_code with its names and region codes, without geometry (for filters and tables).

    A copy of one shared table: a map rerun asks for it four times, and dropping the geometry from the
    GeoDataFrame each time was about a tenth of the rerun's server time; the copy costs hundredths of a
    millisecond and stays the caller's own to change.
    """
    geo_layers = layers()  # the layers decide: a region table that cannot be loaded raises here, every time
    held = _GEMEENTEN_FRAME.get("current")
    if held is None or held[0] is not geo_layers:
        held = (geo_layers, pd.DataFrame(geo_layers.gemeenten.drop(columns="geometry")))
        _GEMEENTEN_FRAME["current"] = held
    return held[1].copy()


# The table without geometry, built once per loaded layers (held beside them, so it is never of other layers).
_GEMEENTEN_FRAME: dict[str, tuple[Layers, pd.DataFrame]] = {}


def gemeenten_geo() -> gpd.GeoDataFrame:
    return layers().gemeenten


def active_dataset() -> Dataset:
    """The register's records, or this session's upload alone or on top of them."""
    concepts = bool(st.session_state.get(SHOW_CONCEPTS_KEY))
    upload = st.session_state.get(UPLOAD_KEY)
    if not isinstance(upload, ImportResult):
        return register_dataset(concepts)
    mode = st.session_state.get(UPLOAD_MODE_KEY, "alleen")
    mine = f"upload:{upload_id()}"
    if mode == "samen":
        server = register_dataset(concepts)
        return Dataset(
            combined_result(server.result, upload), "upload", "samen", server.stale_since, server.problem,
            f"{mine}+{server.key}",
        )  # fmt: skip
    return Dataset(upload, "upload", key=mine)


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
        report = load_bytes(content, name, budget=Budget(should_stop=interrupt.user_left()))
    except ValidationStoppedError:
        # The user clicked elsewhere: stop now (no work left running for a page nobody sees) and say so there.
        st.session_state[INTERRUPTED_UPLOAD_KEY] = name
        interrupt.yield_to_rerun()
    st.session_state.pop(INTERRUPTED_UPLOAD_KEY, None)
    st.session_state[_UPLOAD_ID_KEY] = file_id
    st.session_state[UPLOAD_REPORT_KEY] = report
    if report.rows_accepted:
        st.session_state[UPLOAD_KEY] = report
    else:
        st.session_state.pop(UPLOAD_KEY, None)
    return report


def take_interrupted_upload() -> str | None:
    """The name of an upload stopped because the user left, once (the notice is shown a single time)."""
    name: str | None = st.session_state.pop(INTERRUPTED_UPLOAD_KEY, None)
    return name


def upload_id() -> str | None:
    """Which upload the session shows (None for the server's data): a new file with the same name differs.

    The per-state caches are keyed by it, so it names the records object itself: the uploader's file id, with
    a token for this very object. An upload that reached the session another way (without a file id, or a new
    result under an old one) gets a new token, so two files can never share cached figures.
    """
    upload = st.session_state.get(UPLOAD_KEY)
    if not isinstance(upload, ImportResult):
        return None
    seen = st.session_state.get(_UPLOAD_SEEN_KEY)
    if not (isinstance(seen, tuple) and len(seen) == 2 and seen[0] is upload):
        seen = (upload, f"{st.session_state.get(_UPLOAD_ID_KEY)}~{uuid.uuid4().hex[:12]}")
        st.session_state[_UPLOAD_SEEN_KEY] = seen
    return str(seen[1])


def forget_upload() -> None:
    """Back to the server's records."""
    for key in (UPLOAD_KEY, UPLOAD_REPORT_KEY, _UPLOAD_SEEN_KEY):
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
def money_data() -> MoneyData:
    """The Brede SPUK per gemeente and the SPUK IZA per IZA region (VWS, 2025/2026), with the CBS population
    they are divided by; a file that cannot be used raises its message (``ingest.money``)."""
    from dashboard.ingest.money import load_brede_spuk, load_iza  # one block in a shared file

    codes = gemeenten_table()["gm_code"]
    return MoneyData(load_brede_spuk(codes), context_table(), load_iza(codes))


@st.cache_resource(show_spinner=False)
def gemeente_features() -> pd.DataFrame:
    """The characteristics "vergelijkbare gemeenten" compares: CBS figures and the area of the shipped
    boundaries (equal-area projection), once per process."""
    from dashboard.analysis.similar import areas_km2
    from dashboard.analysis.similar import gemeente_features as features

    return features(context_table(), areas_km2(gemeenten_geo()))


@st.cache_resource(show_spinner=False)
def kengetallen() -> Kengetallen:
    """The published fall-prevention figures (data/valpreventie_kengetallen.toml), checked once."""
    return read_kengetallen()


# --------------------------------------------------------------------------------------------------------------
# Per filter state: the filtered records, and everything a page derives from them, computed once per dataset and
# filter state instead of on every rerun. The register's states are shared by all sessions and keyed by its
# revision (``Dataset.key``); an upload's stay in its own session (scope="session"). Pages never filter or
# aggregate themselves: they ask ``filter_state`` for the records and the summary, and ``derived`` (or the
# state's ``derive``) for the rest.

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class FilterState:
    """The records of one dataset under one filter state (shared between reruns and, for the register, between
    sessions: never mutate what it holds or what ``derive`` returns)."""

    filters: Filters
    records: pd.DataFrame
    gm_codes: pd.Series  # every gemeente, in the table's order: the rows of ``summary``
    key: str = field(repr=False)  # the dataset's ``Dataset.key``
    upload: bool = field(repr=False)  # the dataset is (or holds) a user's upload: session-scoped caches
    source: pd.DataFrame = field(repr=False)  # the dataset's records before filtering

    @cached_property
    def summary(self) -> pd.DataFrame:
        """Per gemeente: count, highest level, coalition (computed on first use; not every page needs it)."""
        return gemeente_summary(self.records, self.gm_codes)

    @cached_property
    def selection(self) -> frozenset[str] | None:
        """The gemeenten of the provincie/region filters, which alone are coloured and counted (None: all)."""
        return selection_members(self.filters, gemeenten_table())

    def with_filters(self, filters: Filters) -> FilterState:
        """The same dataset under other filters (for a comparison with Nederland, say)."""
        cache = _upload_filter_state if self.upload else _register_filter_state
        return cache(self.key, filters, self.upload, self.source)

    def derive(self, compute: Callable[..., T], *args: Hashable) -> T:
        """``compute(self, *args)``, once per dataset, filter state, computation and ``args``.

        ``compute`` must be a module-level pure function: its qualified name is part of the cache key, next to
        the dataset's key, the filters and ``args`` (hashable values: codes, languages, frozen specs). What it
        returns is shared: callers must not mutate it.
        """
        name = f"{compute.__module__}.{compute.__qualname__}"
        if "<" in name:  # a lambda or a nested function: two of them could share a name, and so a cache entry
            raise ValueError(f"derive() needs a module-level function, not {name}")
        cache = _upload_derived if self.upload else _register_derived
        return cast(T, cache(self.key, self.filters, name, args, compute, self.upload, self.source))


@dataclass(frozen=True)
class MapState:
    """One measure applied to a filter state: the legend's classes and what the choropleth sends."""

    classified: Classified
    choropleth: ChoroplethData


def filter_state(dataset: Dataset, filters: Filters) -> FilterState:
    """The dataset's records under ``filters`` (with their summary and selection), computed once."""
    upload = dataset.source == "upload"
    cache = _upload_filter_state if upload else _register_filter_state
    return cache(dataset.key, filters, upload, dataset.records)


def derived(dataset: Dataset, filters: Filters, compute: Callable[..., T], *args: Hashable) -> T:
    """``compute(filter_state(dataset, filters), *args)``, computed once (see ``FilterState.derive``)."""
    return filter_state(dataset, filters).derive(compute, *args)


def map_state(
    dataset: Dataset, filters: Filters, measure: str, context_measure: str | None, lang: str
) -> MapState:
    """``context_measure`` (need-side context) replaces the offer ``measure`` when set."""
    return derived(dataset, filters, _compute_map_state, measure, context_measure, lang)


def _forget_states() -> None:
    """The per-state caches hold what came from the loaded records and layers: reloading those empties them."""
    for cache in (_register_filter_state, _register_derived, _upload_filter_state, _upload_derived):
        cache.clear()


def _compute_filter_state(key: str, filters: Filters, upload: bool, records: pd.DataFrame) -> FilterState:
    gemeenten = gemeenten_table()
    filtered = apply_filters(records, filters, gemeenten)
    return FilterState(filters, filtered, gemeenten["gm_code"], key, upload, records)


def _compute_map_state(state: FilterState, measure: str, context_measure: str | None, lang: str) -> MapState:
    measured = (
        classify_map_measure(context_measure, state.records, context_table(), lang)
        if context_measure
        else classify(measure, state.summary, lang)
    )
    # A provincie or region filter: only its gemeenten are coloured and counted, the rest is context.
    classified = scope_classified(measured, state.selection, lang)
    choropleth = maps.choropleth_data(classified, state.summary, gemeenten_table(), lang)
    return MapState(classified, choropleth)


# ``key`` names the records (which register revision, or which upload on top of what): ``_records`` themselves
# are not hashed. ``upload`` is part of the key only so that a state knows which caches its siblings live in.


@st.cache_resource(show_spinner=False, max_entries=64)
def _register_filter_state(key: str, filters: Filters, upload: bool, _records: pd.DataFrame) -> FilterState:
    return _compute_filter_state(key, filters, upload, _records)


@st.cache_resource(show_spinner=False, max_entries=256)
def _register_derived(
    key: str,
    filters: Filters,
    name: str,
    args: tuple[Hashable, ...],
    _compute: Callable[..., object],
    upload: bool,
    _records: pd.DataFrame,
) -> object:
    del name  # part of the cache key only: which computation ``_compute`` is
    return _compute(_register_filter_state(key, filters, upload, _records), *args)


@st.cache_resource(show_spinner=False, max_entries=16, scope="session")
def _upload_filter_state(key: str, filters: Filters, upload: bool, _records: pd.DataFrame) -> FilterState:
    return _compute_filter_state(key, filters, upload, _records)


@st.cache_resource(show_spinner=False, max_entries=64, scope="session")
def _upload_derived(
    key: str,
    filters: Filters,
    name: str,
    args: tuple[Hashable, ...],
    _compute: Callable[..., object],
    upload: bool,
    _records: pd.DataFrame,
) -> object:
    del name  # part of the cache key only: which computation ``_compute`` is
    return _compute(_upload_filter_state(key, filters, upload, _records), *args)


# --------------------------------------------------------------------------------------------------------------
# The Register page's reads: the entries and the versions at one revision, shared by every session (frozen
# values; callers must not change the tuples). A change is a new revision, so nobody sees an old list.


@st.cache_resource(show_spinner=False, max_entries=4)
def _register_entries(url: str, revision: int) -> tuple[Entry, ...]:
    del revision  # part of the cache key only
    return tuple(register_store(url).entries())


def register_entries(revision: int) -> tuple[Entry, ...]:
    """Every entry of the register (withdrawn ones too) at `revision` (the one the page just read)."""
    return _register_entries(db.database_url(), revision)


@st.cache_resource(show_spinner=False, max_entries=16)
def _register_history(url: str, revision: int, key: Key | None, regio: str | None) -> tuple[VersionInfo, ...]:
    del revision  # part of the cache key only
    return tuple(register_store(url).history(key, regio=regio))


def register_history(
    revision: int, key: Key | None = None, regio: str | None = None
) -> tuple[VersionInfo, ...]:
    """The versions at `revision`, newest first: all, of one initiative, or of those touching a region."""
    return _register_history(db.database_url(), revision, key, regio)


@st.cache_resource(show_spinner=False, max_entries=16)
def _register_history_table(
    url: str, revision: int, key: Key | None, regio: str | None, lang: str
) -> pd.DataFrame:
    from dashboard.render.register_tables import history_frame

    return history_frame(_register_history(url, revision, key, regio), lang)


def register_history_table(
    revision: int, lang: str, key: Key | None = None, regio: str | None = None
) -> pd.DataFrame:
    """`register_history` as the page's table in the reader's language (shared: do not change it)."""
    return _register_history_table(db.database_url(), revision, key, regio, lang)
