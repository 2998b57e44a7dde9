"""Data page: which records the dashboard shows, upload your own file, see accepted and rejected rows."""

from functools import partial

import streamlit as st

from dashboard.core.filters import apply_filters
from dashboard.export import tabular as export
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.render.tables import for_display, issues_table
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, filters_from_state, prefixed_text

lang = current_lang(st.session_state)
dataset = data.active_dataset()

st.title(t("gegevens.title", lang))
st.markdown(t("gegevens.intro", lang))

st.subheader(t("gegevens.template", lang))
cols = st.columns(2)
components.offer_download(
    cols[0],
    t("gegevens.template.xlsx", lang),
    writer.offer("preventiekaart_sjabloon", "xlsx", partial(export.template_xlsx_bytes, lang)),
)
components.offer_download(
    cols[1],
    t("gegevens.template.csv", lang),
    writer.offer("preventiekaart_sjabloon", "csv", partial(export.template_csv_bytes, lang)),
)

st.subheader(t("gegevens.upload", lang))
components.uploader_texts(lang, MAX_UPLOAD_BYTES // (1024 * 1024))
uploaded = st.file_uploader(
    t("gegevens.upload.label", lang, mb=MAX_UPLOAD_BYTES // (1024 * 1024)),
    type=["csv", "xlsx"],
    key=data.UPLOAD_WIDGET_KEY,
    help=t("gegevens.upload.help", lang),
)
st.caption(t("gegevens.upload.reload", lang))
if uploaded is not None:
    data.receive_upload(uploaded.file_id, uploaded.getvalue(), uploaded.name)
    dataset = data.active_dataset()
if dataset.source == "upload":
    data.upload_mode_choice(t("gegevens.mode", lang), partial(prefixed_text, "gegevens.mode.", lang=lang))
    dataset = data.active_dataset()
if dataset.source == "upload" and st.button(t("gegevens.reset", lang), icon=":material/restart_alt:"):
    data.forget_upload()
    st.rerun()

report = data.validation_report()
st.subheader(t("gegevens.report", lang, file=components.escape_markdown(data.shown_name(report))))
components.dataset_notice(dataset, lang)
metrics = st.columns(3)
metrics[0].metric(t("gegevens.rows_total", lang), report.rows_total)
metrics[1].metric(t("gegevens.rows_accepted", lang), report.rows_accepted)
metrics[2].metric(t("gegevens.rows_rejected", lang), report.rows_rejected)
if report.issues:
    st.dataframe(for_display(issues_table(report.issues, lang), lang), hide_index=True, width="stretch")
else:
    st.success(t("gegevens.no_issues", lang))
if report.rows_rejected:
    components.offer_download(
        None,
        t("gegevens.download_rejected", lang),
        writer.offer("afgekeurde_rijen", "csv", export.rejected_to_csv_bytes(report, lang)),
    )

# "Getoonde initiatieven" follows the sidebar's filters (peiljaar first) like every other page.
filters = filters_from_state(st.session_state)
shown = apply_filters(dataset.records, filters, data.gemeenten_table())
st.subheader(t("gegevens.records", lang))
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
