"""The data page: validation report of the records shown or of an upload, downloads, back to server data."""

import json
from pathlib import Path

from dashboard.ingest.validation import load_bytes
from dashboard.ui.data import UPLOAD_KEY, UPLOAD_REPORT_KEY

PAGE = "app_pages/gegevens.py"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _upload(name: str):
    """What the page holds after a user uploaded this fixture."""
    return load_bytes((FIXTURES / name).read_bytes(), name)


def _metrics(at) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.metric}


def _labels(at, kind: str) -> list[str]:
    return [b.proto.label for b in at.get(kind)]


def test_shipped_data_report_and_template_downloads(app):
    at = app(PAGE)
    assert at.title[0].value == "Gegevens"
    # The register's records (loaded from the shipped folder on first start), never the server's path.
    assert "Controle van register" in [h.value for h in at.subheader]
    assert not any(str(FIXTURES.parents[1]) in h.value for h in at.subheader)
    assert _metrics(at) == {"Rijen in bestand": 211, "Rijen geaccepteerd": 211, "Rijen afgekeurd": 0}
    assert "Geen opmerkingen: alle rijen zijn in orde." in [s.value for s in at.success]
    downloads = _labels(at, "download_button")
    assert "Sjabloon downloaden (Excel)" in downloads and "Sjabloon downloaden (CSV)" in downloads
    assert "Afgekeurde rijen downloaden (met foutmeldingen)" not in downloads
    assert {"Initiatieven downloaden (CSV)", "Initiatieven downloaden (Excel)"} <= set(downloads)


def test_upload_with_bad_rows_is_reported_row_by_row_and_loses_nothing(app):
    report = _upload("valid_and_bad.xlsx")
    assert report.rows_accepted and report.rows_rejected
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    metrics = _metrics(at)
    assert metrics["Rijen in bestand"] == metrics["Rijen geaccepteerd"] + metrics["Rijen afgekeurd"]
    assert metrics["Rijen afgekeurd"] == report.rows_rejected
    issues = at.dataframe[0].value
    assert list(issues.columns) == ["Rij", "Kolom", "Waarde", "Soort", "Melding"]
    assert (issues["Soort"] == "fout (rij afgekeurd)").sum() >= report.rows_rejected
    assert issues["Rij"].notna().all()
    assert "Afgekeurde rijen downloaden (met foutmeldingen)" in _labels(at, "download_button")
    # The dashboard now shows the upload, for this session only.
    assert any("U bekijkt uw eigen bestand" in i.value for i in at.info)


def test_upload_without_accepted_rows_keeps_the_report_and_the_server_data(app):
    report = _upload("garbage.csv")
    assert report.rows_accepted == 0
    at = app(PAGE, **{UPLOAD_REPORT_KEY: report})
    assert "Controle van garbage\\.csv" in [s.value for s in at.subheader]  # escaped markdown
    assert at.dataframe[0].value["Melding"].str.len().gt(20).all()
    # Nothing accepted: the records shown are still the server's.
    assert not any("U bekijkt uw eigen bestand" in i.value for i in at.info)


def test_back_to_server_data(app):
    report = _upload("valid_and_bad.xlsx")
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    next(b for b in at.button if b.label == "Terug naar het register").click().run()
    assert UPLOAD_KEY not in at.session_state
    assert _metrics(at)["Rijen in bestand"] == 211


def test_a_hostile_file_name_is_shown_as_text(app):
    name = "[klik hier](javascript:alert(1)) **dringend**.csv"
    report = load_bytes((FIXTURES / "bom_comma.csv").read_bytes(), name)
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    notice = next(i.value for i in at.info if "U bekijkt uw eigen bestand" in i.value)
    heading = next(h.value for h in at.subheader if h.value.startswith("Controle van"))
    for text in (notice.replace("\u2060", ""), heading.replace("\u2060", "")):
        # Every markdown character is escaped: the name cannot become a link or emphasis (and a word joiner
        # follows its colon, so no icon or emoji shortcode can match either).
        assert "\\[klik hier\\]\\(javascript\\:alert\\(1\\)\\)" in text
        assert "\\*\\*dringend\\*\\*" in text


def test_an_upload_stopped_because_the_user_left_is_named_on_the_next_page_once(app):
    from dashboard.ui.data import INTERRUPTED_UPLOAD_KEY

    at = app(None, **{INTERRUPTED_UPLOAD_KEY: "groot_bestand.xlsx"})  # the start page (kaart)
    notices = [w.value for w in at.warning if "groot\\_bestand" in w.value]
    assert len(notices) == 1 and "niet geladen" in notices[0]
    at.run()
    assert not any("groot\\_bestand" in w.value for w in at.warning)


def test_register_plus_my_file(app):
    report = _upload("bom_comma.csv")
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    assert any("U bekijkt uw eigen bestand" in i.value for i in at.info)
    at.radio(key="_upload_mode_widget").set_value("samen").run()
    assert any("register plus uw eigen bestand" in i.value for i in at.info)
    # The choice holds on other pages too (it is not kept in the widget's own state).
    at.switch_page("app_pages/kaart.py").run()
    assert any("register plus uw eigen bestand" in i.value for i in at.info)


def test_initiatives_shown_follow_the_peiljaar_filter(app, records):
    at = app(PAGE)
    latest = int(records["jaar"].max())
    table = at.dataframe[-1].value
    assert len(table) == int((records["jaar"] == latest).sum()) < len(records)
    assert set(table["Peiljaar"]) == {latest}
    assert any(f"peiljaar {latest}" in c.value for c in at.caption)
    at.sidebar.selectbox(key="f_jaar").set_value(2019).run()
    table = at.dataframe[-1].value
    assert set(table["Peiljaar"]) == {2019} and len(table) == int((records["jaar"] == 2019).sum())


def test_the_issues_table_wraps_long_messages_and_fits_whole_file(app):
    """Leftover of the ingest work: at 1366 px long messages were cut in "Melding" and "heel bestand" in "Rij".
    Streamlit wraps a cell only in rows over 64 px; the row column is wide enough for its longest word."""
    name = "duplicate_ids.csv"
    report = load_bytes((FIXTURES / name).read_bytes(), name)
    assert report.issues
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    table = next(d for d in at.dataframe if "Melding" in d.value.columns)
    assert table.proto.row_height > 64
    config = json.loads(table.proto.columns)
    assert config["Rij"]["width"] >= 100 and config["Melding"]["width"] == "large"
