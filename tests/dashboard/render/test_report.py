"""The region report: a real PDF, read back as text, for a region and a gemeente, offline and without chromium."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from dashboard.analysis.areas import initiatives_in
from dashboard.analysis.region_profile import touching
from dashboard.core.filters import Filters, apply_filters
from dashboard.export import writer
from dashboard.ingest.validation import data_path, load_path
from dashboard.render import report
from geo.boundaries import load_layers
from geo.regions import load_region_table
from tests.dashboard.records_factory import make_records

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def shipped():
    return load_path(data_path())


@pytest.fixture(scope="module")
def geo():
    return load_layers(load_region_table()).gemeenten


def _pdf(*args) -> bytes:
    """The report as the app offers it: built here, written by the export writer."""
    made = writer.pdf_file(report.build_report(*args))
    assert made.pages == len(PdfReader(io.BytesIO(made.data)).pages)  # fpdf2's count is the file's
    return made.data


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def _flat(value: str) -> str:
    return re.sub(r"\s+", " ", value)


@pytest.mark.parametrize(
    # Region and gemeente share the name: the report says which one it is about.
    ("scope", "name"),
    [(("regio", "ZK02"), "Regio Amsterdam"), (("gemeente", "GM0363"), "Gemeente Amsterdam")],
)
def test_report_for_region_and_gemeente(shipped, geo, scope, name):
    filters = Filters(jaar=2020)
    pdf = _pdf(shipped.records, geo, scope, filters, "nl", shipped.file, shipped.is_example, TODAY)
    assert pdf.startswith(b"%PDF-")
    pages, text = _text(pdf)
    assert pages >= 2
    assert f"Regiorapport {name}" in text
    assert "Peiljaar 2020 · gemaakt op 22 november 2026" in text
    assert "voorbeelddata" in text
    assert "Bron van de initiatieven: initiatieven" in text
    assert "De totalen van de voorbeelddata volgen de RIVM-factsheet 2020." in text
    assert "Bron: CBS, Kadaster/PDOK (CC BY 4.0)" in text
    assert "/work/" not in text  # the server's paths stay on the server
    filtered = apply_filters(shipped.records, filters, geo.drop(columns="geometry"))
    if scope[0] == "gemeente":
        rows = initiatives_in(filtered, scope[1])
    else:
        rows = touching(filtered, geo.loc[geo["regio_code"] == scope[1], "gm_code"])
    assert len(rows) > 0
    assert f"Initiatieven in {name} ({len(rows)})" in text
    for initiative in rows["naam"]:
        assert _flat(initiative) in text


def test_english_report_and_no_example_line_for_real_data(geo):
    records = make_records(
        {"naam": "Echt Initiatief", "gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel"},
    )
    pdf = _pdf(records, geo, ("regio", "ZK02"), Filters(), "en", "mijn.csv", False, TODAY)
    _, text = _text(pdf)
    assert "Region report Region Amsterdam" in text
    assert "Year all years · made on November 22, 2026" in text
    assert "Source of the initiatives: mijn.csv" in text
    assert "RIVM factsheet 2020" not in text
    assert "example data" not in text.lower()
    assert "Echt Initiatief" in text


def test_english_report_names_an_unconfirmed_care_office_in_english(geo):
    records = make_records({"gemeenten": ("GM0513",), "samenwerkingsniveau": "formeel"})
    _, text = _text(_pdf(records, geo, ("regio", "ZK13"), Filters(), "en", "mijn.csv", False, TODAY))
    assert "unknown (to be checked)" in text
    assert "te controleren" not in text


def test_english_report_says_example_rows_are_example_data_in_english(shipped, geo):
    pdf = _pdf(shipped.records, geo, ("regio", "ZK31"), Filters(jaar=2020), "en", shipped.file, True, TODAY)
    _, text = _text(pdf)
    assert "example data (generated, not a real initiative)" in text
    assert "gegenereerd" not in text


def test_odd_and_hostile_names_print_as_plain_text(geo):
    hostile = '<script>alert("x")</script> & Co – “ß” **vet** =1+2 🚀\x07 {page}'
    records = make_records(
        {"naam": hostile, "gemeenten": ("GM0363",), "bron": "javascript:alert(1)"},
        {"naam": "Ålesund–Ĳsselmonde", "gemeenten": ("GM0363",), "bron_url": "https://example.org/a?b=1"},
    )
    pdf = _pdf(records, geo, ("gemeente", "GM0363"), Filters(), "nl", "x.csv", False, TODAY)
    _, text = _text(pdf)
    assert '<script>alert("x")</script> & Co – “ß” **vet** =1+2 ? {page}' in text
    assert "Ålesund–Ĳsselmonde" in text
    assert "example.org" in text  # a vetted link shows its host
    assert b"/JavaScript" not in pdf and b"/JS " not in pdf


def test_empty_selection_still_makes_a_report(geo):
    pdf = _pdf(make_records().iloc[0:0], geo, ("regio", "ZK13"), Filters(), "nl", "leeg.csv", False, TODAY)
    pages, text = _text(pdf)
    assert pages >= 2
    assert "Geen initiatieven voor deze selectie" in text or "geen initiatieven" in text.lower()


def test_unknown_code_raises_keyerror(geo):
    with pytest.raises(KeyError):
        report.build_report(make_records(), geo, ("regio", "ZK99"), Filters(), "nl", "x.csv", False, TODAY)


def test_clean_keeps_dutch_text_and_replaces_what_the_font_lacks():
    assert report.clean("één – ‘Ĳssel’ café") == "één – ‘Ĳssel’ café"
    assert report.clean("a\x00b\nc🚀") == "a b c?"
    assert report.clean("x" * 500, 10) == "x" * 9 + "…"
