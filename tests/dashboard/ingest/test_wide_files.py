"""Work and memory bounded by the columns the app can use (issue 21.1), and the time budget over every phase.

Memory is measured here with tracemalloc in the test process (Python allocations: what the old reader spent
its 1.2 GB on); `python -m tools bench` measures the process's peak RSS in a fresh process.
"""

from __future__ import annotations

import io
import itertools
import time
import tracemalloc
import zipfile

import pytest

from dashboard.ingest.budget import Budget, ValidationStoppedError
from dashboard.ingest.reading import read_table
from dashboard.ingest.validation import load_bytes
from dashboard.ingest.vocab import KNOWN_COLUMNS
from tools import bomb

# The reader keeps the known columns and ten others (dashboard.ingest.table.EXTRA_COLUMNS).
EXTRA_COLUMNS = 10
KEPT_AT_MOST = len(KNOWN_COLUMNS) + EXTRA_COLUMNS
# Excel's widest row, the most cells a CSV line may have (dashboard.ingest.csvtext.MAX_LINE_CELLS).
MAX_LINE_CELLS = 16_384


def traced_peak_mb(work) -> tuple[object, float]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_a_stray_character_in_column_xfd_costs_nothing_and_is_named():
    data = bomb.stray_column_workbook(600)  # 600 rows: 9.8 million padded cells in the old reader
    result, peak = traced_peak_mb(lambda: load_bytes(data, "verdwaald.xlsx"))
    assert (result.rows_total, result.rows_accepted, result.rows_rejected) == (600, 600, 0)
    assert peak < 40, peak
    (unknown,) = [issue for issue in result.warnings if issue.row is None]
    assert "'x'" in unknown.message and len(unknown.message) < 400


def test_only_the_known_columns_and_a_few_others_become_columns_of_the_table():
    raw = read_table(bomb.stray_column_workbook(20), "verdwaald.xlsx")
    assert len(raw.columns) <= KEPT_AT_MOST
    assert set(KNOWN_COLUMNS) - {"voorbeelddata"} <= set(raw.columns)


def test_a_csv_with_ten_thousand_named_columns_is_refused_at_its_header():
    data = bomb.wide_csv(10_000)
    assert 1_000_000 < len(data) < 2_000_000
    started = time.perf_counter()
    result, peak = traced_peak_mb(lambda: load_bytes(data, "breed.csv"))
    assert time.perf_counter() - started < 10
    assert peak < 40, peak
    assert result.has_file_error and result.rows_total == 0
    message = result.errors[0].message
    assert "10.000 kolommen" in message and "hoogstens 1.000" in message
    assert "1,000 columns" in result.errors[0].text("en")


def test_a_csv_under_the_column_cap_keeps_only_what_it_can_use_and_says_how_many_more():
    data = bomb.wide_csv(900, 2_000)
    result, peak = traced_peak_mb(lambda: load_bytes(data, "breed.csv"))
    assert (result.rows_total, result.rows_accepted) == (2_000, 2_000)
    assert peak < 60, peak
    (unknown,) = [issue for issue in result.warnings if issue.row is None]
    assert "en 877 andere" in unknown.message and len(unknown.message) < 400
    assert "and 877 others" in unknown.text("en")
    assert len(unknown.value or "") < 120
    # The rejected-rows download can still show a few unknown columns beside the known ones.
    assert len(read_table(data, "breed.csv").columns) == len(bomb.TEMPLATE_HEADER) + EXTRA_COLUMNS


def test_a_line_wider_than_excel_is_refused_before_it_is_split():
    line = ";".join(["ab"] * (MAX_LINE_CELLS + 5))
    data = f"id;naam;jaar;gemeenten\ni1;Naam;2020;Zwolle\n{line}\n".encode()
    result = load_bytes(data, "lang.csv")
    assert result.has_file_error
    assert "Regel 3" in result.errors[0].message and "16.384 cellen" in result.errors[0].message


def test_an_excel_row_as_wide_as_excel_allows_is_read_like_any_other():
    # Excel writes every row up to the last used column: 16,383 separators per line is a real file.
    data = (
        "id;naam;jaar;gemeenten" + ";" * 16_379 + "x\n" + "i1;Naam;2020;Zwolle" + ";" * 16_380 + "\n"
    ).encode()
    result = load_bytes(data, "excel_breed.csv")
    assert result.rows_accepted == 1


def test_a_workbook_of_a_hundred_thousand_parts_is_refused_before_its_directory_is_read():
    data = bomb.many_parts_workbook(70_000)  # beyond 65,535: the count sits in the zip64 record
    started = time.perf_counter()
    result = load_bytes(data, "onderdelen.xlsx")
    assert time.perf_counter() - started < 2
    assert "70.005 onderdelen" in result.errors[0].message


def test_more_text_than_a_full_csv_holds_is_refused():
    result = load_bytes(bomb.text_bomb(30_000, 1_000), "tekst.xlsx")
    assert result.has_file_error and "25.000.000 tekens" in result.errors[0].message


def test_a_dtd_in_a_workbook_part_is_refused_and_entities_never_expand():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>'
    )
    external = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>'
    )
    for table_xml in (laughs, external):
        data = _replace_part(bomb.row_bomb(2), "xl/sharedStrings.xml", table_xml.encode())
        result = load_bytes(data, "dtd.xlsx")
        assert result.has_file_error and "kan niet worden gelezen" in result.errors[0].message
        assert "root:" not in str(result.to_json_dict())


def _replace_part(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == name else source.read(info))
    return out.getvalue()


# --- the time budget covers every phase ------------------------------------------------------------------------


def ticking_budget(limit: int) -> tuple[Budget, itertools.count]:
    """A budget whose clock advances one second per look at it: it runs out after `limit` checks."""
    ticks = itertools.count()
    return Budget(seconds=limit, clock=lambda: next(ticks)), ticks


def test_the_budget_is_checked_while_a_workbook_is_opened():
    # A shared-strings table is read before the first row: the old reader never looked at the clock there.
    budget, _ = ticking_budget(5)
    result = load_bytes(bomb.distinct_strings_workbook(100_000), "strings.xlsx", budget=budget)
    assert result.has_file_error and "langer dan 5 seconden" in result.errors[0].message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "cp1252"])
def test_work_stops_while_a_csv_is_still_being_decoded(encoding):
    # The user has left before the first row: the old reader decoded all 16 MB (and copied it) first.
    text = "id;naam;jaar;gemeenten\n" + "i;Naam met een ë;2020;Zwolle\n" * (
        280_000 if encoding == "utf-16" else 550_000
    )
    data = text.encode(encoding)
    assert 15_000_000 < len(data) < 20_000_000
    budget = Budget(should_stop=lambda: True)
    _, peak = traced_peak_mb(lambda: _stopped(data, budget))
    assert peak < 5, peak


def _stopped(data: bytes, budget: Budget) -> None:
    with pytest.raises(ValidationStoppedError):
        load_bytes(data, "groot.csv", budget=budget)


@pytest.mark.parametrize("name", ["breed.csv", "verdwaald.xlsx"])
def test_work_stops_inside_a_file_when_the_user_leaves(name):
    data = bomb.wide_csv(900, 3_000) if name.endswith(".csv") else bomb.stray_column_workbook(3_000)
    asked = itertools.count()
    budget = Budget(should_stop=lambda: next(asked) > 3)
    with pytest.raises(ValidationStoppedError):
        load_bytes(data, name, budget=budget)


def test_the_sheet_reader_yields_only_filled_cells():
    from dashboard.ingest import xlsx

    workbook = xlsx.open_workbook(bomb.stray_column_workbook(2), Budget())
    try:
        (sheet,) = workbook.sheets
        rows = list(workbook.rows(sheet))
    finally:
        workbook.close()
    assert [number for number, _ in rows] == [1, 2, 3]
    assert rows[0][1][16_383] == "x" and len(rows[0][1]) == len(bomb.TEMPLATE_HEADER) + 1
    assert all(cell for _, cells in rows for cell in cells.values())
