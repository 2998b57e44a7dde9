"""The one writer: the conventions every file shares, and proof that every download goes through it."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from fpdf import FPDF
from pypdf import PdfReader

from dashboard.analysis import chart_data
from dashboard.export import downloads, need_files, tabular, writer
from dashboard.ingest.validation import load_path
from tests.dashboard.records_factory import make_records

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
APP_SOURCES = sorted(
    [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "dashboard").rglob("*.py")]
)


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_conventions():
    data = writer.csv_bytes(["a", "b"], [[1, "x;y"], [2.25, "=1"]], provenance=["Peiljaar: 2020"], lang="nl")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Dutch Excel reads it as UTF-8
    text = data.decode("utf-8-sig")
    # Text quoted (it stays one cell whatever separator a spreadsheet guesses), whole numbers bare.
    assert text == '"# Peiljaar: 2020"\r\n\r\n"a";"b"\r\n1;"x;y"\r\n"2,2";"\'=1"\r\n'
    # Without provenance the header is the first line (the re-importable files).
    assert writer.csv_bytes(["a"], [[1.5]], lang="en").decode("utf-8-sig") == '"a"\r\n"1.5"\r\n'


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(33.333, "nl", "33,3"), (33.333, "en", "33.3"), (92.0, "nl", 92), (7, "nl", 7), (True, "en", "ja")],
)
def test_csv_cells(value, lang, expected):
    assert writer.csv_cell(value, lang) == expected


def test_offer_names_the_file_and_its_type():
    download = writer.offer("grafiek_2020", "png", b"x")
    assert (download.file_name, download.mime, download.data) == ("grafiek_2020.png", "image/png", b"x")
    assert writer.offer("t", "xlsx", bytes).mime.endswith("spreadsheetml.sheet")


def test_pdf_file_counts_its_pages_without_reading_the_file_back():
    document = FPDF()
    for _ in range(3):
        document.add_page()
    made = writer.pdf_file(document)
    assert made.data.startswith(b"%PDF-")
    assert made.pages == 3 == len(PdfReader(io.BytesIO(made.data)).pages)


# --------------------------------------------------------------------------------------------------------------
# Every CSV the app offers is written by writer.csv_bytes, so they share its conventions.


def _every_csv(records: pd.DataFrame) -> dict[str, bytes]:
    chart = chart_data.parties_table(records)
    shown = pd.DataFrame({"Gemeente": ["Aa"], "Waarde": [29.54]})
    need = need_files.table_download("nood", shown, ["Regel"], "nl").data
    assert isinstance(need, bytes)
    return {
        "chart": downloads.chart_csv_bytes(chart, ["Regel"], "nl"),
        "need": need,
        "records": tabular.records_to_csv_bytes(records),
        "rejected": tabular.rejected_to_csv_bytes(load_path(FIXTURES / "unknown_level.csv")),
        "template": tabular.template_csv_bytes(),
    }


def test_every_csv_goes_through_the_one_writer(monkeypatch):
    records = make_records({"partijen": ("gemeente",)})
    calls: list[int] = []
    real = writer.csv_bytes

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "csv_bytes", spy)
    files = _every_csv(records)
    assert len(calls) == len(files)
    for name, data in files.items():
        assert data.startswith(b"\xef\xbb\xbf"), name
        text = data.decode("utf-8-sig")
        assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), name
        first = text.split("\r\n")[0].strip('"')
        # A provenance block is always marked the same way; files without one start with their header.
        assert first == "# Regel" if name in ("chart", "need") else not first.startswith("#"), name


# --------------------------------------------------------------------------------------------------------------
# Every download button shows a writer.Download


def _calls(path: Path, attribute: str, *, any_use: bool = False) -> list[tuple[str, ast.AST]]:
    """(enclosing function or "<module>", node) for every call of ``attribute(...)`` / ``x.attribute(...)``;
    with ``any_use`` every mention of ``x.attribute`` (a bound method can be called later)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, ast.AST]] = []

    def visit(node: ast.AST, scope: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef) else scope
            if any_use and isinstance(child, ast.Attribute) and child.attr == attribute:
                found.append((scope, child))
            elif not any_use and isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == attribute:
                    found.append((scope, child))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def test_only_offer_download_calls_streamlits_download_button():
    sites = [
        (path.relative_to(ROOT).as_posix(), scope)
        for path in APP_SOURCES
        for scope, _ in _calls(path, "download_button", any_use=True)
    ]
    # container.download_button and st.download_button, both in the one helper.
    assert sites == [("dashboard/ui/components.py", "offer_download")] * 2


def test_only_the_writer_makes_a_download():
    makers = [path.relative_to(ROOT).as_posix() for path in APP_SOURCES if _calls(path, "Download")]
    assert makers == ["dashboard/export/writer.py"]


def test_every_offered_download_is_counted():
    """The pages' and components' offer_download calls: a new download shows up here (and must use it)."""
    sites = {
        path.relative_to(ROOT).as_posix(): len(_calls(path, "offer_download"))
        for path in APP_SOURCES
        if _calls(path, "offer_download")
    }
    assert sites == {
        "dashboard/ui/components.py": 3,
        "dashboard/ui/gala_components.py": 1,
        "dashboard/ui/need_components.py": 2,
        "dashboard/ui/profile_components.py": 3,
        "dashboard/ui/register_components.py": 1,
        "dashboard/ui/share_components.py": 1,
        "dashboard/ui/upload_components.py": 5,
        "dashboard/ui/valpreventie_components.py": 1,
    }
