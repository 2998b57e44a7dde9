"""Reading and validating initiative files: one test per rule, each bad-input kind with a real file."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from dashboard.core import schema
from dashboard.ingest.reading import MAX_UPLOAD_BYTES, ImportFileError, read_table
from dashboard.ingest.validation import (
    DATA_ENV_VAR,
    DEFAULT_DATA_PATH,
    RECORD_COLUMNS,
    ImportResult,
    data_path,
    empty_records,
    load_bytes,
    load_path,
    validate_table,
)
from dashboard.ingest.vocab import canonical_column, first_url
from geo.codes import default_resolver

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def load(name: str) -> ImportResult:
    return load_path(FIXTURES / name)


def the_issue(result: ImportResult, severity: str = "error"):
    issues = [issue for issue in result.issues if issue.severity == severity]
    assert len(issues) == 1, result.issues
    return issues[0]


def table(**columns: list[str]) -> pd.DataFrame:
    """A hand-built table of text cells (defaults make a valid row)."""
    n = max((len(v) for v in columns.values()), default=1)
    base = {
        "id": [f"i{k}" for k in range(n)],
        "naam": ["Naam"] * n,
        "jaar": ["2020"] * n,
        "gemeenten": ["Zwolle"] * n,
    }
    return pd.DataFrame({**base, **columns})


def record(**columns: str) -> pd.Series:
    result = validate_table(table(**{k: [v] for k, v in columns.items()}))
    assert result.rows_accepted == 1, result.issues
    return result.records.iloc[0]


def errors_of(**columns: str) -> list[str]:
    result = validate_table(table(**{k: [v] for k, v in columns.items()}))
    assert result.rows_total == result.rows_accepted + result.rows_rejected
    return [issue.message for issue in result.errors]


# --- the records contract -----------------------------------------------------------------------------------


def test_empty_records_has_the_contract_columns():
    empty = empty_records()
    assert tuple(empty.columns) == RECORD_COLUMNS
    assert len(empty) == 0
    assert empty["jaar"].dtype == "int64"
    assert empty["preventiecoalitie"].dtype == bool


def test_valid_row_becomes_a_full_record():
    rec = record(
        preventiecoalitie="ja",
        samenwerkingsniveau="formele afspraken",
        afspraken="inhoud en financiering",
        gemeenten="Almelo; Borne; GM0153; Almelo",
        financiering="Wmo;zvw",
        zorgverzekeraars="Menzis; menzis zorgverzekeraar",
        partijen="Gemeente;ZORGVERZEKERAAR;POH;woningcorporatie",
        interventies="WoR; valpreventie; Beweegkuur voor ouderen",
        gli_programmas="CooL",
        doelgroepen="(kwetsbare) ouderen; statushouders",
        startjaar="2017",
        bron="Zie https://example.nl/pad?q=1, en verder",
        toelichting="  vrije tekst  ",
    )
    assert rec["id"] == "i0"
    assert rec["jaar"] == 2020
    assert rec["preventiecoalitie"] is True or rec["preventiecoalitie"] == True  # noqa: E712 (numpy bool)
    assert rec["reikwijdte"] == "regio"  # several gemeenten, no reach given
    assert rec["gemeenten"] == ("GM0141", "GM0147", "GM0153")  # deduplicated, input order
    assert rec["samenwerkingsniveau"] == "formeel"
    assert rec["afspraken"] == "beide"
    assert rec["financiering"] == ("wmo", "zvw")
    assert rec["zorgverzekeraars"] == ("Menzis",)
    assert rec["partijen"] == ("gemeente", "zorgverzekeraar", "huisarts", "woningcorporatie")
    assert rec["interventies"] == ("welzijn_op_recept", "valpreventie", "Beweegkuur voor ouderen")
    assert rec["gli_programmas"] == ("cool",)
    assert rec["doelgroepen"] == ("ouderen", "statushouders")
    assert rec["startjaar"] == 2017
    assert rec["bron_url"] == "https://example.nl/pad?q=1"
    assert rec["toelichting"] == "vrije tekst"
    assert rec["voorbeelddata"] == False  # noqa: E712
    assert rec["bronrij"] == 2


def test_blank_optional_fields_get_their_defaults():
    rec = record()
    assert rec["samenwerkingsniveau"] == "onbekend"
    assert rec["afspraken"] == ""
    assert rec["reikwijdte"] == "gemeente"
    assert rec["startjaar"] is None
    assert rec["wijken"] == () and rec["partijen"] == ()
    assert rec["preventiecoalitie"] == False  # noqa: E712


def test_reach_is_wijk_when_wijken_are_given():
    assert record(wijken="Holtenbroek")["reikwijdte"] == "wijk"
    assert record(reikwijdte="Provincie", gemeenten="Zwolle;Kampen")["reikwijdte"] == "provincie"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("0", "onbekend"),
        ("1", "geen"),
        ("6", "formeel"),
        ("6.0", "formeel"),
        (" In_Gesprek ", "in_gesprek"),
        ("alleen gemeente of zorgverzekeraar betrokken", "een_partij"),
        ("GEMEENTE EN ZORGVERZEKERAAR APART BETROKKEN", "apart"),
        ("formal agreements", "formeel"),
        ("", "onbekend"),
    ],
)
def test_level_accepts_code_label_and_number(given, expected):
    assert record(samenwerkingsniveau=given)["samenwerkingsniveau"] == expected


@pytest.mark.parametrize("given", ["ja", "Ja", "TRUE", "1", "yes", "waar"])
def test_preventiecoalitie_true_words(given):
    assert record(preventiecoalitie=given, samenwerkingsniveau="6")["preventiecoalitie"] == True  # noqa: E712


def test_preventiecoalitie_without_level_is_derived_formeel_with_warning():
    result = validate_table(table(preventiecoalitie=["ja"], partijen=["gemeente; zorgverzekeraar"]))
    assert result.records.iloc[0]["samenwerkingsniveau"] == "formeel"
    assert "afgeleid" in the_issue(result, "warning").message


def test_voorbeelddata_column_marks_example_data():
    result = validate_table(table(voorbeelddata=["ja", "nee"]))
    assert list(result.records["voorbeelddata"]) == [True, False]
    assert result.is_example
    assert not validate_table(table(naam=["x"])).is_example


def test_headers_are_case_and_space_insensitive():
    raw = pd.DataFrame(
        {" ID ": ["a"], "Naam": ["x"], "JAAR": ["2020"], "Gemeente": ["Zwolle"], "GLI programma's": ["CooL"]}
    )
    result = validate_table(raw)
    assert result.rows_accepted == 1
    assert result.records.iloc[0]["gli_programmas"] == ("cool",)
    assert canonical_column("Samenwerkings niveau") == "samenwerkingsniveau"


def test_unknown_columns_give_one_warning_and_are_left_out():
    result = validate_table(table(kleur=["rood", "blauw"], maat=["L", "M"]))
    warning = the_issue(result, "warning")
    assert warning.row is None
    assert "'kleur'" in warning.message and "'maat'" in warning.message
    assert "kleur" not in result.records.columns


def test_bron_url_only_for_http_links():
    assert first_url("https://a.nl/x") == "https://a.nl/x"
    assert first_url("bron: http://a.nl/x.") == "http://a.nl/x"
    assert first_url("javascript:alert('https://evil.nl')") == ""
    assert first_url("data:text/html;base64,PHNjcmlwdD4=") == ""
    assert first_url("JAVASCRIPT:alert(1)") == ""
    assert first_url("https://") == ""
    assert first_url("rapport RIVM 2020") == ""


def test_formula_guard_is_removed_on_import():
    assert record(naam="'=1+1")["naam"] == "=1+1"
    assert record(naam="'t Gooi")["naam"] == "'t Gooi"


# --- file formats ---------------------------------------------------------------------------------------------


def test_semicolon_cp1252_csv_keeps_accents():
    result = load("semicolon_cp1252.csv")
    assert (result.rows_accepted, result.rows_rejected) == (2, 0)
    assert result.records.iloc[0]["toelichting"] == "Coöperatie met één café’s en ‘Súdwest’ – “gezond”"
    assert result.records.iloc[1]["naam"] == "Preventie Súdwest-Fryslân"
    assert result.records.iloc[1]["gemeenten"] == (default_resolver().resolve("Súdwest-Fryslân").code,)


def test_utf8_bom_comma_csv():
    result = load("bom_comma.csv")
    assert (result.rows_accepted, result.rows_rejected) == (2, 0)
    assert result.records.iloc[0]["id"] == "ok-1"  # no BOM glued to the first header
    assert result.records.iloc[1]["naam"] == "Zorg & welzijn, samen"


def test_utf16_csv_as_excel_unicode_text():
    text = "id\tnaam\tjaar\tgemeenten\r\na\tCafé\t2020\tZwolle\r\n"
    result = load_bytes(text.encode("utf-16"), "unicode.txt")
    assert result.rows_accepted == 1
    assert result.records.iloc[0]["naam"] == "Café"


def test_quoted_line_break_stays_in_its_cell_and_row_numbers_follow_records():
    text = (
        'id;naam;jaar;gemeenten;toelichting\r\na;A;2020;Zwolle;"regel 1\nregel 2"\r\n\r\nb;B;1890;Zwolle;\r\n'
    )
    result = load_bytes(text.encode(), "x.csv")
    assert result.records.iloc[0]["toelichting"] == "regel 1\nregel 2"
    assert the_issue(result).row == 4  # header 1, a 2, blank 3, b 4 — as Excel shows the rows


def test_xlsx_prefers_sheet_initiatieven_skips_empty_rows_and_keeps_row_numbers():
    result = load("valid_and_bad.xlsx")
    assert result.rows_total == 3
    assert (result.rows_accepted, result.rows_rejected) == (2, 1)
    assert list(result.records["bronrij"]) == [2, 4]
    assert result.records.iloc[1]["samenwerkingsniveau"] == "formeel"  # the number cell 6
    assert result.records.iloc[1]["jaar"] == 2020
    issue = the_issue(result)
    assert (issue.row, issue.column, issue.value) == (5, "jaar", "1890")


def test_xlsx_cell_without_header_is_reported_as_unknown_column():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "naam", "jaar", "gemeenten"])
    sheet.append(["a", "A", 2020, "Zwolle", None, "notitie"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = load_bytes(buffer.getvalue(), "notes.xlsx")
    assert result.rows_accepted == 1
    assert "kolom 6" in the_issue(result, "warning").message


def test_read_table_returns_text_cells_and_row_numbers():
    raw = read_table((FIXTURES / "semicolon_cp1252.csv").read_bytes(), "semicolon_cp1252.csv")
    assert list(raw.index) == [2, 3]
    assert list(raw.columns) == list(schema.COLUMNS)
    assert all(isinstance(v, str) for v in raw.to_numpy().ravel())


def test_csv_row_with_extra_cells_is_rejected():
    result = load("shifted_row.csv")
    assert (result.rows_accepted, result.rows_rejected) == (1, 1)
    assert "meer cellen dan de kopregel" in the_issue(result).message


# --- files that are not usable tables: one clear message, never a traceback ---------------------------------


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("garbage.csv", "binair"),
        ("garbage.xlsx", "geen geldig Excel-bestand"),
        ("zip_not_xlsx.xlsx", "zip-bestand"),
        ("document.pdf", "niet ondersteund"),
        ("document_named.csv", "PDF"),
        ("prose.txt", "geen tabel"),
        ("empty.csv", "leeg"),
        ("header_only.csv", "alleen een kopregel"),
    ],
)
def test_unusable_file_gives_one_dutch_message(name, fragment):
    result = load(name)
    assert result.rows_total == result.rows_accepted == result.rows_rejected == 0
    issue = the_issue(result)
    assert issue.row is None
    assert fragment in issue.message
    assert result.has_file_error
    with pytest.raises(ImportFileError):
        read_table((FIXTURES / name).read_bytes(), name)


def test_too_large_upload_is_refused_before_parsing():
    result = load_bytes(b"x" * (MAX_UPLOAD_BYTES + 1), "groot.csv")
    assert "te groot" in the_issue(result).message


def test_too_large_file_on_disk_is_refused_without_reading(tmp_path):
    big = tmp_path / "groot.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: costs no disk space
    assert "te groot" in the_issue(load_path(big)).message


def test_old_xls_and_unknown_extension():
    assert ".xls" in the_issue(load_bytes(b"\xd0\xcf\x11\xe0rest", "oud.xls")).message
    assert "oude Excel-formaat" in the_issue(load_bytes(b"\xd0\xcf\x11\xe0rest", "oud.xlsx")).message
    assert "niet ondersteund" in the_issue(load_bytes(b"{}", "data.json")).message


def test_missing_required_columns_rejects_every_row_and_names_them():
    result = load("missing_column.csv")
    issue = the_issue(result)
    assert issue.row is None
    assert "jaar" in issue.message and "gemeenten" in issue.message
    assert result.rows_total == result.rows_rejected == 1
    assert result.has_file_error


def test_missing_path():
    result = load_path(FIXTURES / "bestaat_niet.csv")
    assert "niet gevonden" in the_issue(result).message


# --- row rules -------------------------------------------------------------------------------------------------

ROW_CASES = [
    # file, column, severity, fragment of the message, accepted (of 2)
    ("ambiguous_bergen.csv", "gemeenten", "error", "Bergen (NH.) (GM0373) of Bergen (L.) (GM0893)", 1),
    ("unknown_gemeente.csv", "gemeenten", "error", "Bedoelt u: Amsterdam", 1),
    ("no_gemeente.csv", "gemeenten", "error", "Geen gemeente", 1),
    ("weesp_old_code.csv", "gemeenten", "warning", "Amsterdam (GM0363)", 2),
    ("haaren_split.csv", "gemeenten", "warning", "Vught", 2),
    ("duplicate_ids.csv", "id", "error", "staat al in rij 2", 1),
    ("impossible_year.csv", "jaar", "error", "Onmogelijk jaar 1890", 1),
    ("year_not_a_number.csv", "jaar", "error", "geen jaartal", 1),
    ("startjaar_after_jaar.csv", "startjaar", "error", "na het jaar 2020", 1),
    ("unknown_level.csv", "samenwerkingsniveau", "error", "6 = formele afspraken", 1),
    ("coalition_below_formeel.csv", "samenwerkingsniveau", "error", "preventiecoalitie", 1),
    ("afspraken_low_level.csv", "afspraken", "error", "niveau 4", 1),
    ("bad_boolean.csv", "preventiecoalitie", "error", "ja of nee", 1),
    ("unknown_reach.csv", "reikwijdte", "error", "regio (meerdere gemeenten)", 1),
    ("javascript_bron.csv", "bron", "warning", "gewone tekst", 2),
]


@pytest.mark.parametrize(("name", "column", "severity", "fragment", "accepted"), ROW_CASES)
def test_row_rule(name, column, severity, fragment, accepted):
    result = load(name)
    assert result.rows_total == 2
    assert result.rows_accepted == accepted
    assert result.rows_accepted + result.rows_rejected == result.rows_total
    issue = the_issue(result, severity)
    assert (issue.row, issue.column) == (3, column)
    assert fragment in issue.message
    assert issue.value is None or isinstance(issue.value, str)
    if severity == "error":
        rejected = result.rejected.iloc[0]
        assert rejected["rij"] == 3
        assert fragment in rejected["fouten"]
        assert rejected["id"] == ("ok-1" if name == "duplicate_ids.csv" else "bad-1")  # original cells kept


def test_mapped_and_split_gemeenten_keep_the_row_with_2025_codes():
    weesp = load("weesp_old_code.csv").records.iloc[1]
    assert weesp["gemeenten"] == ("GM0363",)
    haaren = load("haaren_split.csv").records.iloc[1]
    assert haaren["gemeenten"] == ("GM0865", "GM0824", "GM0855", "GM0757")


def test_unknown_codes_list_the_allowed_values():
    result = load("unknown_codes.csv")
    messages = {issue.column: issue.message for issue in result.errors}
    assert "Wmo, Zvw, Wpg, overig" in messages["financiering"]
    assert "Beweegkuur" in messages["gli_programmas"] and "SLIMMER" in messages["gli_programmas"]


def test_missing_id_and_naam():
    result = load("missing_id_naam.csv")
    assert {issue.column for issue in result.errors} == {"id", "naam"}
    assert result.rows_rejected == 1


def test_formula_cells_are_kept_as_text():
    rec = load("formula_injection.csv").records.iloc[1]
    assert rec["naam"].startswith("=HYPERLINK")
    assert rec["wijken"] == ("@SUM(A1:A2)",)


def test_duplicate_within_one_table_rejects_the_second():
    result = validate_table(table(id=["a", "a", "a"], jaar=["2020", "2020", "2019"]))
    assert result.rows_accepted == 2
    issue = the_issue(result)
    assert issue.row == 3 and "rij 2" in issue.message


def test_level_apart_without_insurer_is_only_a_warning():
    result = validate_table(table(samenwerkingsniveau=["3"], partijen=["gemeente; huisarts"]))
    assert result.rows_accepted == 1
    assert "zorgverzekeraar" in the_issue(result, "warning").message
    # An insurer named in zorgverzekeraars counts as involvement.
    named = validate_table(table(samenwerkingsniveau=["3"], partijen=["gemeente"], zorgverzekeraars=["CZ"]))
    assert named.issues == []


def test_afspraken_at_level_5_and_6_are_fine():
    assert errors_of(samenwerkingsniveau="5", afspraken="inhoud") == []
    assert (
        errors_of(
            samenwerkingsniveau="formeel", afspraken="financiering", partijen="gemeente;zorgverzekeraar"
        )
        == []
    )


def test_startjaar_rules():
    assert errors_of(startjaar="2020") == []
    assert any("Onmogelijk startjaar" in m for m in errors_of(startjaar="1066"))
    assert any("geen jaartal" in m for m in errors_of(startjaar="ooit"))


# --- folders -----------------------------------------------------------------------------------------------------


def test_folder_combines_files_with_unique_ids_across_files():
    result = load_path(FIXTURES / "folder_duplicate")
    assert result.rows_total == 3
    assert result.rows_accepted == 2
    issue = the_issue(result)
    assert issue.message.startswith("b.csv: ")
    assert "rij 2 van bestand a.csv" in issue.message
    assert set(result.records["bronbestand"]) == {"a.csv", "b.csv"}
    assert list(result.rejected.columns[:3]) == ["bestand", "rij", "fouten"]
    assert result.rejected.iloc[0]["bestand"] == "b.csv"


def test_folder_without_tables(tmp_path):
    (tmp_path / "lees mij.md").write_text("niets")
    assert "geen CSV" in the_issue(load_path(tmp_path)).message


def test_folder_with_one_unreadable_file_reports_that_file(tmp_path):
    (tmp_path / "goed.csv").write_bytes((FIXTURES / "bom_comma.csv").read_bytes())
    (tmp_path / "kapot.xlsx").write_bytes(b"geen excel")
    result = load_path(tmp_path)
    assert result.rows_accepted == 2
    assert the_issue(result).message.startswith("kapot.xlsx: ")
    assert result.has_file_error


# --- configuration ----------------------------------------------------------------------------------------------


def test_data_path_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(DATA_ENV_VAR, raising=False)
    assert data_path() == DEFAULT_DATA_PATH
    monkeypatch.setenv(DATA_ENV_VAR, str(tmp_path))
    assert data_path() == tmp_path
    monkeypatch.setenv(DATA_ENV_VAR, "  ")
    assert data_path() == DEFAULT_DATA_PATH


def test_json_dict_shape():
    data = load("ambiguous_bergen.csv").to_json_dict()
    assert list(data) == ["file", "rows_total", "rows_accepted", "rows_rejected", "issues"]
    assert list(data["issues"][0]) == ["row", "column", "value", "severity", "message"]


def test_ordinary_text_in_bron_is_not_flagged():
    result = validate_table(table(bron=["Zie data: RIVM-rapport 2020", "data:text/html,<b>x</b>"]))
    assert [issue.row for issue in result.warnings] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "id;naam;jaar;gemeenten\ra;A;2020;Zwolle\rb;B;2020;Kampen\r",  # old Mac line ends
        "id\tnaam\tjaar\tgemeenten\na\tA\t2020\tZwolle\nb\tB\t2020\tKampen\n",  # tab separated
        'id,naam,jaar,gemeenten\na,"A; met, tekens",2020,Zwolle\nb,B,2020,"Zwolle;Kampen"\n',
    ],
)
def test_separator_and_line_end_detection(text):
    result = load_bytes(text.encode(), "x.csv")
    assert (result.rows_accepted, result.rows_rejected) == (2, 0), result.issues


def test_misspelt_insurer_is_kept_with_a_suggestion_and_known_ones_pass_silently():
    result = validate_table(
        table(
            zorgverzekeraars=["Zilvern Kruis; CZ", "Achmea; Caresq"],
            partijen=["gemeente; zorgverzekeraar", "gemeente; zorgverzekeraar"],
            samenwerkingsniveau=["formeel", "formeel"],
        )
    )
    assert result.rows_accepted == 2
    warning = the_issue(result, "warning")
    assert (warning.row, warning.column, warning.value) == (2, "zorgverzekeraars", "Zilvern Kruis")
    assert "bedoelt u 'Zilveren Kruis (Achmea)'" in warning.message
    # Kept as written (it could be an insurer we do not list); brands map to their concern; unknown
    # names that resemble nothing are kept without a warning.
    assert result.records.iloc[0]["zorgverzekeraars"] == ("Zilvern Kruis", "CZ")
    assert result.records.iloc[1]["zorgverzekeraars"] == ("Zilveren Kruis (Achmea)", "Caresq")
    assert len(result.warnings) == 1
