"""Files that were refused or misread for the wrong reason: each now read right or refused with the real one."""

from __future__ import annotations

from pathlib import Path

from dashboard.i18n import t
from dashboard.ingest.validation import ImportResult, load_path
from dashboard.render.tables import issues_table

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def load(name: str) -> ImportResult:
    return load_path(FIXTURES / name)


def messages(result: ImportResult, severity: str) -> list[str]:
    return [issue.message for issue in result.issues if issue.severity == severity]


def test_a_very_long_cell_rejects_its_row_and_keeps_the_rest():
    result = load("long_cell.csv")
    assert (result.rows_total, result.rows_accepted, result.rows_rejected) == (3, 2, 1)
    (error,) = result.errors
    assert (error.row, error.column) == (3, "toelichting") and "140.000 tekens" in error.message


def test_an_unclosed_quote_names_the_row_that_opened_it():
    result = load("unclosed_quote.csv")
    assert result.has_file_error and result.rows_accepted == 0
    assert "rij 3" in result.errors[0].message and "aanhalingsteken" in result.errors[0].message


def test_utf16_without_bom_and_utf32_are_read():
    for name in ("utf16_no_bom.csv", "utf32.csv"):
        result = load(name)
        assert result.rows_accepted == 3, (name, result.issues)
        assert "Één café" in set(result.records["naam"])


def test_mixed_utf8_and_cp1252_is_read_line_by_line_with_a_warning():
    result = load("mixed_encoding.csv")
    assert list(result.records["naam"]) == ["Café Zwolle", "Ëten en bewegen"]
    assert any("twee tekencoderingen" in m for m in messages(result, "warning"))


def test_a_nul_later_in_the_file_is_removed_with_a_warning():
    result = load("nul_later.csv")
    assert result.rows_accepted == 2 and not result.errors
    assert any("nul-teken" in m for m in messages(result, "warning"))


def test_a_password_protected_workbook_is_called_that():
    result = load("password.xlsx")
    assert "wachtwoord" in result.errors[0].message and ".xls)" not in result.errors[0].message


def test_formulas_without_stored_results_are_named():
    result = load("formulas_no_values.xlsx")
    assert any("formule zonder opgeslagen uitkomst" in m for m in messages(result, "warning"))
    # The year cell was read as empty: that row says so, instead of a silent wrong value.
    assert result.rows_rejected == 1


def test_data_on_a_later_sheet_is_found_by_the_templates_header():
    result = load("later_sheet.xlsx")
    assert result.rows_accepted == 2
    assert any("tabblad 'Export 2020'" in m for m in messages(result, "warning"))


def test_look_alike_ids_are_normalised_before_the_duplicate_check_with_a_warning():
    result = load("lookalike_ids.csv")
    assert result.rows_accepted == 1 and result.rows_rejected == 2
    assert all("Dubbel" in m for m in messages(result, "error"))
    assert sum("onzichtbare of afwijkende tekens" in m for m in messages(result, "warning")) == 2


def test_a_file_level_problem_is_not_shown_as_row_none():
    result = load("password.xlsx")
    table = issues_table(result.issues)
    assert list(table[t("issues.row")]) == [t("hardening.whole_file")]
    assert "None" not in table.to_string()
