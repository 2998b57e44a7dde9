"""Bounded work per file: row cap, per-part unpacked caps, streaming Excel, bounded suggestions, time budget."""

from __future__ import annotations

import io
import itertools
import re
import zipfile

import pytest
from openpyxl import Workbook

from dashboard.ingest import reading, table
from dashboard.ingest.budget import CHECK_EVERY, Budget, ValidationStoppedError
from dashboard.ingest.validation import MAX_SUGGESTED_VALUES, load_bytes
from geo.codes import default_resolver
from tools.bomb import row_bomb, shared_strings_bomb

HEADER = "id;naam;jaar;gemeenten\n"


def csv_rows(n: int, gemeente: str = "Zwolle") -> bytes:
    return (HEADER + "".join(f"i{k};Naam;2020;{gemeente}\n" for k in range(n))).encode()


def test_a_file_over_the_row_cap_is_refused_with_the_cap_in_the_message(monkeypatch):
    monkeypatch.setattr(table, "MAX_ROWS", 20)
    assert load_bytes(csv_rows(20), "ok.csv").rows_accepted == 20
    result = load_bytes(csv_rows(21), "te_veel.csv")
    assert result.has_file_error and result.rows_total == 0
    assert "meer dan 20 rijen" in result.issues[0].message


def test_the_real_cap_is_50000_rows_and_stated_in_the_readme():
    assert reading.MAX_ROWS == 50_000
    readme = (reading.Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    assert "50.000 rijen" in readme or "50,000 rows" in readme


def test_a_decompression_bomb_within_the_part_caps_stops_at_the_row_cap():
    # 200,000 rows: about 25 MB unpacked, under the part cap, so the rows are really streamed.
    bomb = row_bomb(200_000)
    assert len(bomb) < 100_000
    result = load_bytes(bomb, "bom.xlsx")
    assert result.has_file_error
    assert "meer dan 50.000 rijen" in result.issues[0].message


def test_a_sheet_that_unpacks_beyond_its_part_cap_is_refused_before_reading():
    result = load_bytes(row_bomb(1_000_000), "bom.xlsx")
    assert result.has_file_error
    assert "xl/worksheets/sheet1.xml" in result.issues[0].message


def test_a_huge_shared_strings_table_is_refused_by_name():
    bomb = shared_strings_bomb(1_000_000)
    assert len(bomb) < 1_000_000
    message = load_bytes(bomb, "strings.xlsx").issues[0].message
    assert "xl/sharedStrings.xml" in message and "20 MB" in message


def test_a_declared_sheet_size_is_never_trusted():
    # A writer may declare the whole sheet (A1:XFD1048576) as used: reading only ever sees the cells there are.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["id", "naam", "jaar", "gemeenten"])
    sheet.append(["a", "b", 2020, "Zwolle"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = _with_dimension(buffer.getvalue(), "A1:XFD1048576")
    frame = reading.read_table(data, "groot_opgegeven.xlsx")
    assert list(frame.index) == [2] and list(frame.columns) == ["id", "naam", "jaar", "gemeenten"]


def _with_dimension(data: bytes, ref: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>'.encode(), content)
            target.writestr(info, content)
    return out.getvalue()


class CountingResolver:
    """The real resolver, counting the costly fuzzy searches (resolve with suggestions)."""

    def __init__(self) -> None:
        self.inner = default_resolver()
        self.suggested = 0

    def resolve(self, value, *, suggest: bool = True):
        self.suggested += suggest
        return self.inner.resolve(value, suggest=suggest)

    def name(self, code):
        return self.inner.name(code)


def test_suggestions_are_computed_once_per_distinct_value_and_stop_after_a_few_hundred():
    names = [f"Onbekendstad{k}" for k in range(MAX_SUGGESTED_VALUES + 200)]
    body = "".join(f"i{k};Naam;2020;{name}\n" for k, name in enumerate(names))
    body += "".join(f"j{k};Naam;2020;Zwole\n" for k in range(50))  # one typo, fifty times
    resolver = CountingResolver()
    result = load_bytes((HEADER + body).encode(), "onbekend.csv", resolver)
    assert result.rows_rejected == len(names) + 50  # every row is still reported
    assert resolver.suggested == MAX_SUGGESTED_VALUES
    typo = [issue.message for issue in result.issues if issue.value == "Zwole"]
    assert len(typo) == 50 and len(set(typo)) == 1
    # The report says that suggestions stopped, once, for the file (not per row).
    stopped = [i.message for i in result.warnings if i.row is None and "geen suggesties" in i.message]
    assert stopped == [
        f"Voor meer dan {MAX_SUGGESTED_VALUES} verschillende onbekende waarden worden geen suggesties meer gegeven."
    ]


def test_suggestions_still_help_in_an_ordinary_file():
    result = load_bytes(csv_rows(1, gemeente="Zwole"), "typo.csv")
    assert "Zwolle" in result.issues[0].message
    assert not [i for i in result.issues if "geen suggesties" in i.message]


def test_over_the_time_budget_the_user_gets_a_clear_dutch_message():
    ticks = itertools.count()
    budget = Budget(seconds=5, clock=lambda: next(ticks))
    result = load_bytes(csv_rows(CHECK_EVERY * 20), "traag.csv", budget=budget)
    assert result.has_file_error and result.rows_accepted == 0
    assert "langer dan 5 seconden" in result.issues[0].message


def test_work_stops_when_the_user_has_left():
    asked = iter([False, False, True])
    budget = Budget(should_stop=lambda: next(asked, True))
    with pytest.raises(ValidationStoppedError) as stopped:
        load_bytes(csv_rows(CHECK_EVERY * 4), "weg.csv", budget=budget)
    assert not stopped.value.timed_out
