"""The data page's pieces: the template, a user's upload with its validation report, the records shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Final

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.core.filters import Filters
from dashboard.export import tabular as export
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.ingest.validation import ImportResult
from dashboard.render.tables import for_display, issues_table
from dashboard.ui import components, data
from dashboard.ui.data import UPLOAD_MODE_KEY, UPLOAD_MODES, Dataset
from dashboard.ui.sidebar import prefixed_text

_MODE_WIDGET_KEY = "_upload_mode_widget"


def template_downloads(columns: Sequence[DeltaGenerator], lang: str) -> None:
    """The template as Excel (with the allowed values and instructions) and as CSV."""
    components.offer_download(
        columns[0],
        t("gegevens.template.xlsx", lang),
        writer.offer("preventiekaart_sjabloon", "xlsx", partial(export.template_xlsx_bytes, lang)),
    )
    components.offer_download(
        columns[1],
        t("gegevens.template.csv", lang),
        writer.offer("preventiekaart_sjabloon", "csv", partial(export.template_csv_bytes, lang)),
    )


def upload_section(lang: str) -> Dataset:
    """The uploader, then (with a file shown) the choice alone/with the register and the way back; returns the
    records the dashboard shows after this run's upload."""
    mb = MAX_UPLOAD_BYTES // (1024 * 1024)
    components.uploader_texts(lang, mb)
    uploaded = st.file_uploader(
        t("gegevens.upload.label", lang, mb=mb),
        type=["csv", "xlsx"],
        key=data.UPLOAD_WIDGET_KEY,
        help=t("gegevens.upload.help", lang),
    )
    st.caption(t("gegevens.upload.reload", lang))
    if uploaded is not None:
        data.receive_upload(uploaded.file_id, uploaded.getvalue(), uploaded.name)
    dataset = data.active_dataset()
    if dataset.source == "upload":
        upload_mode_choice(t("gegevens.mode", lang), partial(prefixed_text, "gegevens.mode.", lang=lang))
        dataset = data.active_dataset()
    if dataset.source == "upload" and st.button(t("gegevens.reset", lang), icon=":material/restart_alt:"):
        data.forget_upload()
        st.rerun()
    return dataset


def upload_mode_choice(label: str, format_func: Callable[[str], str]) -> str:
    """The choice "only my file" / "register plus my file". Kept outside the widget's own key, because
    Streamlit forgets a widget's state on pages that do not draw it."""

    def remember() -> None:
        st.session_state[UPLOAD_MODE_KEY] = st.session_state[_MODE_WIDGET_KEY]

    current = str(st.session_state.get(UPLOAD_MODE_KEY, UPLOAD_MODES[0]))
    st.session_state[_MODE_WIDGET_KEY] = current
    st.radio(
        label,
        UPLOAD_MODES,
        key=_MODE_WIDGET_KEY,
        horizontal=True,
        format_func=format_func,
        on_change=remember,
    )
    return current


def validation_report(report: ImportResult, lang: str) -> None:
    """Rows in, accepted and rejected, every issue with its row and column, the rejected rows to download."""
    metrics = st.columns(3)
    metrics[0].metric(t("gegevens.rows_total", lang), report.rows_total)
    metrics[1].metric(t("gegevens.rows_accepted", lang), report.rows_accepted)
    metrics[2].metric(t("gegevens.rows_rejected", lang), report.rows_rejected)
    if report.issues:
        issues_dataframe(report.issues, lang)
    else:
        st.success(t("gegevens.no_issues", lang))
    if report.rows_rejected:
        components.offer_download(
            None,
            t("gegevens.download_rejected", lang),
            writer.offer("afgekeurde_rijen", "csv", export.rejected_to_csv_bytes(report, lang)),
        )


# Streamlit wraps a cell's text only in rows taller than 4rem (64 px): these hold three lines of a message.
ISSUE_ROW_HEIGHT: Final = 72
# "heel bestand" and a five-digit row number fit; the message takes the width that is left.
_ISSUE_WIDTHS: Final = {"issues.row": 112, "issues.column": 150, "issues.value": 170, "issues.severity": 100}


def issues_dataframe(issues: list, lang: str) -> None:
    """Every issue with its row and column; long messages wrap over the row's lines instead of being cut, and
    the row column is wide enough for "heel bestand" (at 1366 px too)."""
    table = issues_table(issues, lang)
    config = {t(key, lang): st.column_config.TextColumn(width=width) for key, width in _ISSUE_WIDTHS.items()}
    config[t("issues.message", lang)] = st.column_config.TextColumn(width="large")
    st.dataframe(
        for_display(table, lang),
        hide_index=True,
        width="stretch",
        row_height=ISSUE_ROW_HEIGHT,
        column_config=config,
    )


def shown_records(dataset: Dataset, filters: Filters, lang: str) -> None:
    """The records the sidebar's filters leave (peiljaar first, like every other page), to read and download."""
    shown = data.filter_state(dataset, filters).records
    year = str(filters.jaar) if filters.jaar is not None else t("report.all_years", lang)
    st.caption(t("gegevens.records.shown", lang, n=len(shown), total=len(dataset.records), year=year))
    components.initiatives_dataframe(shown, lang, height=420)
    cols = st.columns(2)
    components.offer_download(
        cols[0],
        t("gegevens.download_records", lang),
        writer.offer("initiatieven", "csv", export.records_to_csv_bytes(shown)),
    )
    components.offer_download(
        cols[1],
        t("gegevens.download_records_xlsx", lang),
        # Deferred: the workbook is only built when asked for, not on every rerun.
        writer.offer("initiatieven", "xlsx", partial(export.records_to_xlsx_bytes, shown)),
    )
