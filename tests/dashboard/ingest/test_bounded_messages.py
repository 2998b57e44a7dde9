"""Every message names at most a handful of items and says how many more (issue 21.4): the unknown-columns
warning once ran to 234,723 characters. The bound sits in one place (``ListOf``/``Joined`` and the per-row
count); these tests walk the messages a hostile file produces."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard.ingest.validation import ImportResult, load_bytes, validate_table
from geo.paths import REGION_TABLE_FILE
from geo.regions import RegionTableError, load_region_table
from tools import bomb

# A message with five named items and its fixed text (the known columns, the allowed values) stays well below.
LONGEST = 700


def all_texts(result: ImportResult) -> list[str]:
    texts = [issue.text(lang) for issue in result.issues for lang in ("nl", "en")]
    texts += [str(issue.value or "") for issue in result.issues]
    return texts


def test_five_hundred_unknown_columns_make_one_short_warning():
    header = ["id", "naam", "jaar", "gemeenten", *(f"vraag {k}: {'x' * 40}" for k in range(500))]
    data = (";".join(header) + "\r\n" + "i1;Naam;2020;Zwolle\r\n").encode()
    result = load_bytes(data, "vragenlijst.csv")
    assert result.rows_accepted == 1
    (warning,) = result.warnings
    assert "en 495 andere" in warning.message and "and 495 others" in warning.text("en")
    assert max(map(len, all_texts(result))) < LONGEST


def test_a_list_cell_of_thousands_of_unknown_values_gives_a_few_lines_and_a_count():
    cell = ";".join(f"X{k}" for k in range(900))  # under the 10,000 characters of a cell
    result = validate_table(pd.DataFrame([{"id": "a", "naam": "A", "jaar": "2020", "gemeenten": cell}]))
    assert result.rows_rejected == 1
    assert len(result.issues) <= 7
    assert any(
        "En nog 895 meldingen van dezelfde soort over gemeenten" in issue.message for issue in result.issues
    )
    # The rejected-rows download joins the row's messages in one cell: bounded as well.
    assert len(result.rejected_in("nl").iloc[0, 1]) < 6 * LONGEST
    assert max(map(len, all_texts(result))) < LONGEST


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("breed.csv", lambda: bomb.wide_csv(900, 50)),
        ("verdwaald.xlsx", lambda: bomb.stray_column_workbook(50)),
        ("breed_refused.csv", lambda: bomb.wide_csv(10_000, 50)),
    ],
)
def test_no_message_of_a_wide_file_runs_long(name, make):
    result = load_bytes(make(), name)
    assert max(map(len, all_texts(result))) < LONGEST


def test_a_region_table_with_many_conflicting_names_gives_a_bounded_message(tmp_path: Path):
    regions = pd.read_csv(REGION_TABLE_FILE, dtype=str, keep_default_na=False)
    first = regions["regio_code"].value_counts().index[0]  # the region with the most gemeenten
    members = regions.index[regions["regio_code"] == first]
    regions.loc[members, "regio_naam"] = [f"Naam {k}" for k in range(len(members))]
    path = tmp_path / "regios.csv"
    path.write_text(regions.to_csv(index=False), encoding="utf-8")
    with pytest.raises(RegionTableError) as caught:
        load_region_table(path)
    (problem,) = [p for p in caught.value.problems if first in p]
    assert len(members) > 6 and "(en nog" in problem
    assert len(problem) < LONGEST
