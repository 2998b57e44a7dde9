"""Files real people make (issue 21.5): column names under a title, Excel's hidden "sep=" line, and messages in
Excel's words (no semicolon advice for a workbook)."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from dashboard.ingest.validation import ImportResult, load_bytes
from tools.bomb import TEMPLATE_HEADER, TEMPLATE_ROW

TITLE = "Overzicht preventie-initiatieven gemeente Zwolle 2020"


def valid(k: int) -> list[str]:
    return [cell.format(id=f"ok-{k}", toelichting="") for cell in TEMPLATE_ROW]


def workbook(rows: list[list[object]], merged: str | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if merged:
        sheet.merge_cells(merged)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def file_messages(result: ImportResult) -> list[str]:
    return [issue.message for issue in result.issues if issue.row is None]


def test_column_names_on_row_3_under_a_merged_title_are_found():
    data = workbook([[TITLE], [], list(TEMPLATE_HEADER), valid(1), valid(2)], merged="A1:R1")
    result = load_bytes(data, "met_titel.xlsx")
    assert (result.rows_total, result.rows_accepted, result.rows_rejected) == (2, 2, 0)
    # Row numbers are Excel's: the data starts in row 4.
    assert list(result.records["bronrij"]) == [4, 5]
    assert file_messages(result) == [
        "De kolomnamen staan in rij 3; de 2 rijen erboven zijn als titel overgeslagen."
    ]
    english = [issue.text("en") for issue in result.issues if issue.row is None]
    assert english == ["The column names are in row 3; the 2 rows above it were skipped as a title."]


def test_column_names_on_row_4_under_a_title_a_source_and_a_date_are_found():
    rows = [[TITLE], ["Bron: eigen inventarisatie", None, "versie 2"], ["Peildatum: november 2020"]]
    data = workbook([*rows, list(TEMPLATE_HEADER), valid(1)], merged="A1:R1")
    result = load_bytes(data, "met_titel.xlsx")
    assert result.rows_accepted == 1 and list(result.records["bronrij"]) == [5]
    assert any("rij 4" in message for message in file_messages(result))


def test_a_workbook_with_only_a_title_gets_advice_in_excels_words():
    result = load_bytes(workbook([[TITLE], ["nog iets"]]), "alleen_titel.xlsx")
    assert result.has_file_error
    message = result.errors[0].message
    assert "rij 1" in message and TITLE in message and "elk in een eigen kolom (A, B, C, ...)" in message
    assert "puntkomma" not in message and ";" not in message


def test_data_above_what_looks_like_the_header_is_refused_naming_both_rows():
    data = workbook([valid(1), list(TEMPLATE_HEADER), valid(2)])
    result = load_bytes(data, "verschoven.xlsx")
    assert result.has_file_error and result.rows_total == 0
    message = result.errors[0].message
    assert "rij 2" in message and "rij 1 erboven bevat ook gegevens" in message
    assert "Verwijder in Excel de rijen boven rij 2" in message
    assert "row 1 above it holds data too" in result.errors[0].text("en")


def test_a_header_in_row_1_is_never_second_guessed_by_values_in_the_data():
    # "gemeente" and "GLI" are also column names (aliases); a data row naming them does not move the header.
    header = ["id", "naam", "jaar", "gemeenten", "reikwijdte", "interventies"]
    rows = [header, ["a", "A", "2020", "Zwolle", "gemeente", "GLI"], ["b", "B", "2020", "Kampen", "", ""]]
    result = load_bytes(workbook(rows), "gewoon.xlsx")
    assert result.rows_accepted == 2 and not file_messages(result)


def csv_bytes(lines: list[str], encoding: str = "utf-8-sig") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_excels_sep_line_is_skipped_and_its_separator_used(separator):
    cells = [cell.replace(",", " en") for cell in valid(1)]
    lines = [f"sep={separator}", separator.join(TEMPLATE_HEADER), separator.join(cells)]
    result = load_bytes(csv_bytes(lines, "cp1252"), "excel.csv")
    assert (result.rows_total, result.rows_accepted) == (1, 1), result.issues
    # Excel hides the line: the header is its row 1 and the data row 2.
    assert list(result.records["bronrij"]) == [2]
    assert not result.errors


def test_a_sep_line_naming_a_separator_the_file_does_not_use_gives_a_clear_message():
    result = load_bytes(csv_bytes(["sep=|", ";".join(TEMPLATE_HEADER), ";".join(valid(1))]), "raar.csv")
    assert result.has_file_error and "één kolom" in result.errors[0].message


def test_a_csv_with_a_title_line_above_the_header_is_read():
    lines = [TITLE, "", ";".join(TEMPLATE_HEADER), ";".join(valid(1)), ";".join(valid(2))]
    result = load_bytes(csv_bytes(lines), "met_titel.csv")
    assert result.rows_accepted == 2 and list(result.records["bronrij"]) == [4, 5]
    assert file_messages(result) == [
        "De kolomnamen staan in rij 3; de 2 rijen erboven zijn als titel overgeslagen."
    ]
