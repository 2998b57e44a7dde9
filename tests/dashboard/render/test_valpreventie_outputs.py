"""The estimate's figures, CSV and PDF section: the same numbers, every parameter with its source."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from pypdf import PdfReader

from dashboard.analysis import valpreventie as vp
from dashboard.cli import area_table
from dashboard.core.filters import Filters
from dashboard.export import valpreventie as vp_export
from dashboard.export import writer
from dashboard.ingest.context import read_bevolking
from dashboard.ingest.validation import data_path, load_path
from dashboard.ingest.valpreventie import read_kengetallen
from dashboard.render import report
from dashboard.render import valpreventie as vp_render
from dashboard.render import valpreventie_text as vp_text
from dashboard.render.valpreventie import ValpreventieSection
from geo.boundaries import load_layers
from geo.regions import load_region_table

KENGETALLEN = read_kengetallen()
AREA = vp.resolve_area(area_table(), "gemeente", "GM1900")
N65 = vp.inwoners_65plus(read_bevolking(), AREA.members)
PARAMS = vp.parameters_for(KENGETALLEN, "in_balans", {"bereik": 0.05})
RESULT = vp.estimate(N65, PARAMS, 3)
BAND = vp.band(N65, PARAMS, 3)
SWINGS = vp.sensitivity(N65, PARAMS, 3)


def test_csv_has_provenance_results_and_every_parameter_with_source() -> None:
    data = vp_export.csv_bytes(
        vp_export.provenance(AREA, "In Balans", PARAMS, 3), vp_text.result_rows(RESULT, BAND), PARAMS
    )
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0].startswith("# ") and "schatting op basis van gepubliceerde kengetallen" in rows[0][0]
    assert any("Eigen waarden van de gebruiker: Bereik" in r[0] for r in rows if r)
    by_code = {r[4]: r for r in rows if len(r) == 5}
    assert by_code["netto"][1] == f"{RESULT.netto:.0f}"
    assert by_code["baten_per_euro"][1] == f"{RESULT.baten_per_euro:.2f}".replace(".", ",")
    header = rows.index(
        ["parameter", "omschrijving", "waarde", "laag", "hoog", "eenheid", "bron", "link", "jaar", "herkomst"]
    )
    params = {r[0]: r for r in rows[header + 1 :] if r}
    assert set(params) == set(PARAMS)
    assert params["bereik"][2] == "0,0500" and params["bereik"][9] == "eigen waarde"
    assert params["seh_aandeel"][6] and params["seh_aandeel"][8] == "2021"


def test_english_csv_writes_every_note_in_english() -> None:
    data = vp_export.csv_bytes(
        vp_export.provenance(AREA, "In Balans", PARAMS, 3, "en"),
        vp_text.result_rows(RESULT, BAND, "en"),
        PARAMS,
        "en",
    )
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header = rows.index(
        ["parameter", "description", "value", "low", "high", "unit", "source", "link", "year", "origin"]
    )
    notes = {r[0]: r[6] for r in rows[header + 1 :] if r}
    assert notes == {naam: param.bron_en for naam, param in PARAMS.items()}
    published = KENGETALLEN.parameters["bereik"]
    assert notes["bereik"] == f"your own value (published: {published.bron_en})"
    assert notes["vallen_per_persoon"].startswith("In Balans RCT, control group: 1.98 falls")
    assert not {param.bron for param in PARAMS.values()} & set(notes.values())


def test_figures_write_euros_the_dutch_way() -> None:
    bars = vp_render.financier_figure(RESULT.baten_per_financier).to_dict()
    assert bars["layout"]["separators"] == ",."
    assert bars["data"][0]["text"][0] == vp_text.euro(RESULT.baten_per_financier["zvw"])
    tornado = vp_render.tornado_figure(SWINGS, RESULT.netto).to_dict()
    assert len(tornado["data"]) == 2 and len(tornado["data"][0]["y"]) == len(SWINGS)
    assert tornado["data"][0]["base"] == RESULT.netto


def _report_text(section: ValpreventieSection, lang: str) -> str:
    """The text of the region report for Súdwest-Fryslân with ``section``, as a reader of the PDF gets it."""
    shipped = load_path(data_path())
    document = report.build_report(
        shipped.records,
        load_layers(load_region_table()).gemeenten,
        ("gemeente", "GM1900"),
        Filters(jaar=2020),
        lang,
        shipped.file,
        shipped.is_example,
        date(2026, 12, 2),
        valpreventie=section,
    )
    pdf = writer.pdf_file(document).data
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_region_report_carries_the_estimate_with_its_sources() -> None:
    section = vp_render.section(AREA, "In Balans", PARAMS, RESULT, BAND, SWINGS)
    text = _report_text(section, "nl")
    assert "Valpreventie: kosten en baten (schatting) — Súdwest-Fryslân" in text
    assert "schatting op basis van gepubliceerde kengetallen" in text
    assert vp_text.euro(RESULT.netto) in text
    assert "GALA-doel" in text and "eigen waarde" in text


def test_english_region_report_prints_the_notes_in_english() -> None:
    section = vp_render.section(AREA, "In Balans", PARAMS, RESULT, BAND, SWINGS, "en")
    assert [row[3].split(" https://")[0] for row in section.parameters] == [
        param.bron_en for param in PARAMS.values()
    ]
    text = _report_text(section, "en")
    assert "GALA target" in text and "your own value" in text
    assert "GALA-doel" not in text and "controlegroep" not in text and "eigen waarde" not in text
