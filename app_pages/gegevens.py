"""Data page: which records the dashboard shows, upload your own file, see accepted and rejected rows."""

from functools import partial

import streamlit as st

from dashboard.export import tabular as export
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.render.tables import for_display, issues_table
from dashboard.ui import components, data
from dashboard.ui.sidebar import current_lang, prefixed_text

lang = current_lang(st.session_state)
dataset = data.active_dataset()

st.title(t("gegevens.title", lang))
st.markdown(t("gegevens.intro", lang))

st.subheader(t("gegevens.template", lang))
cols = st.columns(2)
components.offer_download(
    cols[0],
    t("gegevens.template.xlsx", lang),
    writer.offer("preventiekaart_sjabloon", "xlsx", export.template_xlsx_bytes),
)
components.offer_download(
    cols[1],
    t("gegevens.template.csv", lang),
    writer.offer("preventiekaart_sjabloon", "csv", export.template_csv_bytes),
)

st.subheader(t("gegevens.upload", lang))
uploaded = st.file_uploader(
    t("gegevens.upload.label", lang, mb=MAX_UPLOAD_BYTES // (1024 * 1024)),
    type=["csv", "xlsx"],
    key=data.UPLOAD_WIDGET_KEY,
    help=t("gegevens.upload.help", lang),
)
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

st.subheader(t("gegevens.records", lang))
components.initiatives_dataframe(dataset.records, lang, height=420)
cols = st.columns(2)
components.offer_download(
    cols[0],
    t("gegevens.download_records", lang),
    writer.offer("initiatieven", "csv", export.records_to_csv_bytes(dataset.records)),
)
components.offer_download(
    cols[1],
    t("gegevens.download_records_xlsx", lang),
    # Deferred: the workbook is only built when asked for, not on every rerun.
    writer.offer("initiatieven", "xlsx", partial(export.records_to_xlsx_bytes, dataset.records)),
)
