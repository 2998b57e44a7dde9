"""Rows in = rows accepted + rows rejected, for any table, through validate_table and through load_bytes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.ingest.validation import RECORD_COLUMNS, load_bytes, validate_table
from dashboard.ingest.vocab import KNOWN_COLUMNS
from geo.codes import default_resolver

RESOLVER = default_resolver()

# Values that reach the interesting branches: valid and invalid years, levels, gemeenten, booleans, links.
INTERESTING = (
    "",
    " ",
    "2020",
    "2019",
    "1890",
    "20x0",
    "ja",
    "nee",
    "misschien",
    "6",
    "formeel",
    "informele afspraken",
    "beide",
    "0",
    "7",
    "Zwolle",
    "Bergen",
    "Weesp",
    "GM0457",
    "Haaren",
    "Amsterdm",
    "Zwolle; Kampen",
    "wmo;zvw",
    "gemeente;zorgverzekeraar",
    "GLI;WoR",
    "CooL",
    "=1+1",
    "'=1+1",
    "javascript:alert(1)",
    "https://a.nl",
    "nan",
    "None",
    "a1",
    "a1",
)
HEADER_VARIANTS = ("Naam", " JAAR ", "Gemeente", "niveau", "extra", "rij", "fouten")

text_cells = st.one_of(st.sampled_from(INTERESTING), st.text(max_size=12))
any_cells = st.one_of(text_cells, st.integers(-5, 3000), st.floats(allow_nan=True), st.none(), st.booleans())
header_names = st.one_of(st.sampled_from(KNOWN_COLUMNS + HEADER_VARIANTS), st.text(max_size=8))
# Names without separators, quotes or line breaks, so the CSV's header is unambiguous (see the CSV test).
safe_header_names = st.one_of(
    st.sampled_from(KNOWN_COLUMNS + HEADER_VARIANTS),
    st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=8),
)


@st.composite
def tables(draw: st.DrawFn, names: st.SearchStrategy[str], cells: st.SearchStrategy[object]) -> pd.DataFrame:
    columns = draw(st.lists(names, min_size=0, max_size=10, unique=True))
    n_rows = draw(st.integers(0, 8))
    rows = [[draw(cells) for _ in columns] for _ in range(n_rows)]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def check_result(result, rows_in: int | None = None) -> None:
    assert result.rows_total == result.rows_accepted + result.rows_rejected
    if rows_in is not None:
        assert result.rows_total == rows_in
    assert tuple(result.records.columns) == RECORD_COLUMNS
    assert "rij" in result.rejected.columns and "fouten" in result.rejected.columns
    rejected_rows = set(result.rejected["rij"])
    error_rows = {issue.row for issue in result.errors if issue.row is not None}
    if not result.has_file_error:
        # Every rejected row has an error of its own and every row with an error is rejected.
        assert rejected_rows == error_rows
        assert not set(result.records["bronrij"]) & rejected_rows
    for issue in result.issues:
        assert issue.severity in ("error", "warning") and issue.message
        assert issue.value is None or isinstance(issue.value, str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(header_names, any_cells))
def test_validate_table_conserves_rows(raw: pd.DataFrame):
    result = validate_table(raw, file="random", resolver=RESOLVER)
    check_result(result, len(raw) if len(raw.columns) else None)


def to_csv(raw: pd.DataFrame, delimiter: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(list(raw.columns))
    writer.writerows(raw.itertuples(index=False, name=None))
    return buffer.getvalue()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tables(safe_header_names, text_cells),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_load_bytes_of_serialised_csv_conserves_rows(raw: pd.DataFrame, delimiter: str, encoding: str):
    text = to_csv(raw, delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    result = load_bytes(data, "random.csv", resolver=RESOLVER)
    check_result(result)
    if not result.has_file_error:
        # Fully blank rows are skipped, nothing else is lost or counted twice.
        filled = sum(any(str(cell).strip() for cell in row) for row in raw.itertuples(index=False, name=None))
        assert result.rows_total == filled


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["x.csv", "x.xlsx", "x.txt", "x.bin", "x"]))
def test_load_bytes_never_raises_on_random_bytes(data: bytes, name: str):
    check_result(load_bytes(data, name, resolver=RESOLVER))


VALID_XLSX = (Path(__file__).resolve().parents[2] / "fixtures" / "valid_and_bad.xlsx").read_bytes()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), max_size=20),
    st.integers(0, 100),
)
def test_damaged_xlsx_never_raises(changes: list[tuple[int, int]], keep_pct: int):
    damaged = bytearray(VALID_XLSX)
    for position, byte in changes:
        damaged[position] = byte
    check_result(
        load_bytes(bytes(damaged[: len(damaged) * keep_pct // 100 or None]), "x.xlsx", resolver=RESOLVER)
    )
