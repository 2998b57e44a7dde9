"""The data page with files real people make and hostile ones (issue 21.1, 21.4, 21.5): what the report shows."""

from __future__ import annotations

import io

from openpyxl import Workbook

from dashboard.ingest.validation import load_bytes
from dashboard.ui.data import UPLOAD_KEY, UPLOAD_REPORT_KEY
from dashboard.ui.sidebar import LANG_KEY
from tools.bomb import TEMPLATE_HEADER, TEMPLATE_ROW, wide_csv

PAGE = "app_pages/gegevens.py"


def titled_workbook() -> bytes:
    """A workbook as people make it: a merged title in row 1, a blank row, the column names in row 3."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Overzicht preventie-initiatieven 2020"])
    sheet.append([])
    sheet.append(list(TEMPLATE_HEADER))
    for k in (1, 2, 3):
        sheet.append([cell.format(id=f"titel-{k}", toelichting="") for cell in TEMPLATE_ROW])
    sheet.merge_cells("A1:R1")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def metrics(at) -> dict[str, int]:
    return {m.label: int(m.value) for m in at.metric}


def test_a_workbook_with_a_title_above_its_column_names_is_loaded_and_says_so(app):
    report = load_bytes(titled_workbook(), "met_titel.xlsx")
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    assert metrics(at) == {"Rijen in bestand": 3, "Rijen geaccepteerd": 3, "Rijen afgekeurd": 0}
    issues = at.dataframe[0].value
    file_rows = issues[issues["Rij"] == "heel bestand"]
    assert list(file_rows["Melding"]) == [
        "De kolomnamen staan in rij 3; de 2 rijen erboven zijn als titel overgeslagen."
    ]
    assert not issues["Melding"].str.contains("puntkomma").any()
    # The initiatives shown are the file's, numbered from Excel's row 4.
    assert any("U bekijkt uw eigen bestand" in i.value for i in at.info)
    at.sidebar.radio(key=LANG_KEY).set_value("en").run()
    english = at.dataframe[0].value
    assert "The column names are in row 3" in " ".join(english.iloc[:, -1])


def test_a_file_with_hundreds_of_unknown_columns_gives_one_short_line(app):
    report = load_bytes(wide_csv(900, 40), "vragenlijst.csv")
    at = app(PAGE, **{UPLOAD_KEY: report, UPLOAD_REPORT_KEY: report})
    assert metrics(at) == {"Rijen in bestand": 40, "Rijen geaccepteerd": 40, "Rijen afgekeurd": 0}
    issues = at.dataframe[0].value
    unknown = issues[issues["Melding"].str.startswith("Onbekende kolommen")]
    assert len(unknown) == 1
    assert "en 877 andere" in unknown["Melding"].iloc[0]
    assert issues["Melding"].str.len().max() < 700 and issues["Waarde"].fillna("").str.len().max() < 200


def test_a_file_with_ten_thousand_columns_is_refused_with_the_reason(app):
    report = load_bytes(wide_csv(10_000, 40), "breed.csv")
    at = app(PAGE, **{UPLOAD_REPORT_KEY: report})
    assert metrics(at)["Rijen in bestand"] == 0
    (message,) = at.dataframe[0].value["Melding"]
    assert "10.000 kolommen met een naam" in message and len(message) < 400
