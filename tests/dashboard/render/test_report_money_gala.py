"""The region report's money section (Brede SPUK beside cooperation, the IZA caveat) and its GALA page, in
Dutch and English, read back from the PDF."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from dashboard.analysis.money import MoneyData
from dashboard.core.filters import Filters
from dashboard.export import writer
from dashboard.ingest.context import load_context
from dashboard.ingest.money import load_brede_spuk, load_iza
from dashboard.ingest.validation import data_path, load_path
from dashboard.render import report
from geo.boundaries import load_layers
from tests.dashboard.records_factory import make_records

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def geo():
    return load_layers().gemeenten


@pytest.fixture(scope="module")
def money(geo):
    codes = geo["gm_code"]
    return MoneyData(load_brede_spuk(codes), load_context(codes), load_iza(codes))


def _pages(pdf_bytes: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf_bytes)).pages]


def _report(records, geo, scope, lang, money=None, filters=None) -> list[str]:
    filters = filters or Filters(jaar=2020)
    made = writer.pdf_file(
        report.build_report(records, geo, scope, filters, lang, "x.csv", False, TODAY, money=money)
    )
    return _pages(made.data)


def test_gemeente_report_has_its_brede_spuk_beside_its_region_and_nl(geo, money):
    shipped = load_path(data_path())
    pages = _report(shipped.records, geo, ("gemeente", "GM1883"), "nl", money)
    text = " ".join(pages)
    assert "Geld naast samenwerking: Brede SPUK" in text
    assert "€ 1.666.620" in text  # Sittard-Geleen 2026
    assert "€ 1.957.364" in text  # Sittard-Geleen 2025
    assert "€ 310.475.334" in text  # Nederland 2025
    assert "niet wat aan de getoonde initiatieven is besteed" in text
    assert "IZA-regio Zuid-Limburg: mandaatgemeente Sittard-Geleen, 2025: € 5.823.733" in text
    assert "niet de zorgkantoorregio's" in text and "niet gepubliceerd" in text


def test_the_gala_page_lists_every_gemeente_of_the_region_with_its_counts(geo, money):
    records = make_records(
        {
            "gemeenten": ("GM1883", "GM0917"),
            "samenwerkingsniveau": "formeel",
            "interventies": ("valpreventie",),
        },
        {"gemeenten": ("GM0935",), "samenwerkingsniveau": "apart", "interventies": ("gli",), "jaar": 2024},
    )
    pages = _report(records, geo, ("regio", "ZK31"), "nl", money, Filters(jaar=2020))
    gala = next(page for page in pages if "Ketenaanpakken per gemeente in Regio Zuid-Limburg" in page)
    assert "0 van 16 gemeenten bieden alle vijf aan." in gala
    assert "2 van 16 gemeenten" in gala  # valpreventie in Sittard-Geleen and Heerlen
    for name in ("Beek (L.)", "Heerlen", "Maastricht", "Voerendaal"):
        assert name in gala
    assert "✗ gat" in gala and "formeel" in gala
    assert "Peiljaar van vóór GALA" in gala  # RIVM's names for 2020


def test_english_report_and_gala_names_from_2023(geo, money):
    records = make_records(
        {"jaar": 2024, "gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel", "interventies": ("welzijn_op_recept",)},
    )  # fmt: skip
    pages = _report(records, geo, ("regio", "ZK02"), "en", money, Filters(jaar=2024))
    text = " ".join(pages)
    assert "Money beside cooperation: Brede SPUK" in text
    assert "€ 15,514,422" in text  # Regio Amsterdam (Amsterdam and Diemen) 2025
    assert "not what was spent on the initiatives shown" in text
    gala = next(page for page in pages if "Chain approaches per municipality in Region Amsterdam" in page)
    assert "Social referral (Welzijn op Recept)" in gala and "Kind naar Gezonder Gewicht" in gala
    assert "1 of 2 municipalities" in gala


def test_without_the_money_tables_the_report_still_has_its_gala_page(geo):
    pages = _report(make_records(), geo, ("regio", "ZK02"), "nl")
    text = " ".join(pages)
    assert "Brede SPUK" not in text
    assert "Ketenaanpakken per gemeente in Regio Amsterdam" in text
