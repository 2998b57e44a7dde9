"""CSV/XLSX we write: formula injection guard, round trips through the importer, the template."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.core import schema
from dashboard.export.tabular import (
    ALLOWED_SHEET,
    EXPORT_COLUMNS,
    INSTRUCTION_SHEET,
    TEMPLATE_SHEET,
    records_to_csv_bytes,
    records_to_xlsx_bytes,
    rejected_to_csv_bytes,
    template_csv_bytes,
    template_xlsx_bytes,
)
from dashboard.export.writer import safe_cell
from dashboard.ingest.reading import read_table
from dashboard.ingest.validation import load_bytes, load_path
from dashboard.ingest.vocab import VOCABULARIES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
# Columns that describe the file a record came from, not the record.
ORIGIN = ["bronbestand", "bronrij"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6 1234", "'+31 6 1234"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("gewoon", "gewoon"),
        ("'t Gooi", "'t Gooi"),
        (-5, "-5"),
        (2020, "2020"),
        (3.0, "3"),
        (2.5, "2.5"),
        (True, "ja"),
        (False, "nee"),
        (None, ""),
        (math.nan, ""),
        (("a", "=b"), "a; =b"),
        (("=a", "b"), "'=a; b"),
        ((), ""),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def comparable(df: pd.DataFrame) -> list[dict]:
    return df.drop(columns=ORIGIN).to_dict(orient="records")


@pytest.fixture(scope="module")
def records() -> pd.DataFrame:
    """Real records with formulas, accents, lists and a link (two files combined)."""
    parts = [load_path(FIXTURES / name).records for name in ("formula_injection.csv", "semicolon_cp1252.csv")]
    combined = pd.concat(parts, ignore_index=True)
    combined.loc[1, "id"] = "ok-3"  # the two files share ok-1
    combined.loc[2, "id"] = "ok-4"
    return combined


def test_csv_is_bom_semicolon_and_guards_formulas(records):
    data = records_to_csv_bytes(records)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header == ";".join(f'"{column}"' for column in EXPORT_COLUMNS)  # every text cell quoted
    assert "\"'=HYPERLINK(" in text
    assert ';"\'+31 6 12345678";' in text
    assert "'@SUM(A1:A2)" in text
    # No cell starts with a formula character.
    raw = read_table(data, "export.csv")
    for value in raw.to_numpy().ravel():
        assert not str(value).startswith(("=", "+", "-", "@"))


def test_csv_round_trip_gives_the_same_records(records):
    again = load_bytes(records_to_csv_bytes(records), "export.csv")
    assert again.rows_rejected == 0
    assert comparable(again.records) == comparable(records)
    assert again.records.iloc[1]["naam"].startswith("=HYPERLINK")


def test_xlsx_round_trip_numbers_stay_numbers_and_no_formulas(records):
    data = records_to_xlsx_bytes(records)
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook[TEMPLATE_SHEET]
    header = [cell.value for cell in sheet[1]]
    assert header == list(EXPORT_COLUMNS)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    jaar = header.index("jaar")
    assert sheet.cell(row=2, column=jaar + 1).value == 2020
    assert sheet.cell(row=3, column=header.index("naam") + 1).value.startswith("'=HYPERLINK")
    again = load_bytes(data, "export.xlsx")
    assert again.rows_rejected == 0
    assert comparable(again.records) == comparable(records)


def test_xlsx_drops_characters_excel_cannot_store(records):
    odd = records.copy()
    odd.loc[0, "toelichting"] = "a\x01b\x1fc"
    workbook = load_workbook(io.BytesIO(records_to_xlsx_bytes(odd)))
    header = [cell.value for cell in workbook.active[1]]
    assert workbook.active.cell(row=2, column=header.index("toelichting") + 1).value == "abc"


def test_rejected_rows_download(tmp_path):
    result = load_path(FIXTURES / "ambiguous_bergen.csv")
    text = rejected_to_csv_bytes(result).decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith('"rij";"fouten";"id";"naam"')
    assert lines[1].startswith("3;")
    assert "Bergen (NH.)" in lines[1]


def test_rejected_rows_are_guarded_too():
    data = b"id;naam;jaar;gemeenten\r\n=1+1;@x;1890;-Zwolle\r\n"
    result = load_bytes(data, "x.csv")
    text = rejected_to_csv_bytes(result).decode("utf-8-sig")
    assert ';"\'=1+1";"\'@x";"1890";"\'-Zwolle"' in text


def test_template_xlsx_has_three_sheets_and_imports_cleanly():
    data = template_xlsx_bytes()
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [TEMPLATE_SHEET, ALLOWED_SHEET, INSTRUCTION_SHEET]
    sheet = workbook[TEMPLATE_SHEET]
    assert [cell.value for cell in sheet[1]] == list(schema.COLUMNS)
    assert sheet.max_row == 3

    allowed = {(row[0], row[1]) for row in workbook[ALLOWED_SHEET].iter_rows(min_row=2, values_only=True)}
    for column, vocab in VOCABULARIES.items():
        for code in vocab.codes:
            assert (column, code) in allowed
    instruction = " ".join(str(row[0]) for row in workbook[INSTRUCTION_SHEET].iter_rows(values_only=True))
    assert "Eén rij per initiatief per jaar" in instruction
    assert "puntkomma" in instruction
    assert "6 = formele afspraken" in instruction

    result = load_bytes(data, "sjabloon.xlsx")
    assert (result.rows_accepted, result.rows_rejected, result.issues) == (2, 0, [])


def test_english_template_explains_in_english_and_still_imports():
    """The format (sheet and column names, codes) stays Dutch; what a reader reads is in their language."""
    data = template_xlsx_bytes("en")
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [TEMPLATE_SHEET, ALLOWED_SHEET, INSTRUCTION_SHEET]
    assert [cell.value for cell in workbook[TEMPLATE_SHEET][1]] == list(schema.COLUMNS)
    allowed = list(workbook[ALLOWED_SHEET].iter_rows(values_only=True))
    assert allowed[0] == ("column", "value", "description", "also accepted")
    assert ("samenwerkingsniveau", "formeel", "formal agreements") in {row[:3] for row in allowed}
    instruction = " ".join(str(row[0]) for row in workbook[INSTRUCTION_SHEET].iter_rows(values_only=True))
    assert instruction.startswith("How to fill in the template")
    assert "6 = formal agreements" in instruction
    assert "puntkomma" not in instruction and "Eén rij" not in instruction
    result = load_bytes(data, "template.xlsx")
    assert (result.rows_accepted, result.rows_rejected, result.issues) == (2, 0, [])
    assert set(result.records["toelichting"]) == {
        "Made-up example: delete this row before you fill in your own data."
    }
    assert b"Made-up example" in template_csv_bytes("en") and b"Verzonnen" not in template_csv_bytes("en")


def test_template_csv_imports_cleanly():
    data = template_csv_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    result = load_bytes(data, "sjabloon.csv")
    assert (result.rows_accepted, result.rows_rejected, result.issues) == (2, 0, [])


def test_csv_export_quotes_every_text_cell_so_a_comma_split_cannot_start_a_formula():
    records = load_bytes(
        b'id;naam;jaar;gemeenten;toelichting\ni1;"Naam, =HYPERLINK(""http://x"")";2020;Zwolle;"a,@SUM(1)"\n',
        "x.csv",
    ).records
    text = records_to_csv_bytes(records).decode("utf-8-sig")
    # Split the way a comma-separating spreadsheet does: quotes keep each cell whole.
    import csv as _csv
    import io as _io

    for separator in (",", "\t", ";"):
        for row in _csv.reader(_io.StringIO(text), delimiter=separator):
            for cell in row:
                assert not cell.strip(' "').startswith(("=", "+", "@")), cell
    line = text.splitlines()[1]
    assert '"Naam, \'=HYPERLINK(""http://x"")"' in line and ";2020;" in line
    again = load_bytes(text.encode("utf-8-sig"), "again.csv").records
    assert again.iloc[0]["naam"] == records.iloc[0]["naam"]
