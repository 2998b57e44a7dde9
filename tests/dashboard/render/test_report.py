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
    # The sources in words (issue 21.7), never the server's file names.
    assert "Bron van de initiatieven: bekende initiatieven uit openbare bronnen" in text
    assert "voorbeelddata, gegenereerd (" in text
    assert ".csv" not in text
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
        {
            "naam": "Echt Initiatief",
            "gemeenten": ("GM0363",),
            "samenwerkingsniveau": "formeel",
            "bronbestand": "mijn.csv",
        },
    )
    pdf = _pdf(records, geo, ("regio", "ZK02"), Filters(), "en", "mijn.csv", False, TODAY)
    _, text = _text(pdf)
    assert "Region report Region Amsterdam" in text
    assert "Year all years · made on November 22, 2026" in text
    assert "Source of the initiatives: your own file mijn.csv (1 initiative)" in text
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
    assert '<script>alert("x")</script> & Co – “ß” **vet** =1+2 🚀 {page}' in text or (
        report.emoji_font_file() is None and "=1+2 [U+1F680] {page}" in text
    )
    assert "=1+2 ?" not in text  # no character printed as "?"
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
    assert report.clean("a\x00b\nc🚀", emoji=False) == "a b c[U+1F680]"  # matplotlib: no colour font
    assert report.clean("\U0001f469\u200d\U0001f4bb", emoji=False) == "[U+1F469][U+1F4BB]"
    assert report.clean("x" * 500, 10) == "x" * 9 + "…"


def test_emoji_print_from_the_emoji_font_or_as_their_code_never_as_a_question_mark(geo, monkeypatch):
    """Issue 22.9: "Samen 🚀 bewegen" printed "Samen ? bewegen". With Noto Color Emoji (Debian's
    fonts-noto-color-emoji, OFL) the emoji prints; without it, its code does."""
    records = make_records({"naam": "Samen 🚀 bewegen 👩\u200d💻", "gemeenten": ("GM0363",)})
    args = (records, geo, ("gemeente", "GM0363"), Filters(), "nl", None, False, TODAY)
    if report.emoji_font_file() is not None:
        _, text = _text(_pdf(*args))
        assert "Samen 🚀 bewegen 👩\u200d💻" in text
    monkeypatch.setattr(report, "EMOJI_FONT_FILES", ())
    _, text = _text(_pdf(*args))
    assert "Samen [U+1F680] bewegen [U+1F469][U+1F4BB]" in text
    assert "Samen ?" not in text


def test_a_hostile_installation_reports_names_as_text_and_no_link_but_the_sources(tmp_path):
    """Issue 21.2 in the PDF: region, insurer and initiative names written as markup print as text, a URL in
    them does not read as one (a PDF viewer links what it finds), and the only links are the records' own
    vetted source addresses, shown by their host."""
    from dashboard.ingest.validation import load_path
    from tests.hostile import write_hostile_world

    world = write_hostile_world(tmp_path)
    records = load_path(world.records).records
    hostile_geo = load_layers(load_region_table(world.region_table)).gemeenten
    sources = set(records["bron_url"]) - {""}
    for scope in (("regio", world.region_code), ("gemeente", world.gm_code)):
        pdf = _pdf(records, hostile_geo, scope, Filters(jaar=2020), "nl", None, True, TODAY)
        reader = PdfReader(io.BytesIO(pdf))
        text = "".join(page.extract_text() for page in reader.pages)
        assert "EVILregio log hier in" in text and "EVILnaam log hier in" in text
        assert "https://evil" not in text and "www.evil" not in text and "info@evil" not in text
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                assert action.get("/URI") in sources, action
