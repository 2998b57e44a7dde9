"""The profile sections' files through the one writer: the money table says what the amounts are not, the IZA
table carries its caveat, the comparison keeps euros and distances at two decimals."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard.analysis import money
from dashboard.analysis.similar import areas_km2, gemeente_features, similar_gemeenten
from dashboard.core.filters import Filters
from dashboard.export import profile_files
from dashboard.export.need_files import TableSource
from dashboard.ingest.context import load_context
from dashboard.ingest.money import load_brede_spuk, load_iza
from dashboard.render.profile import similar_frame
from geo.boundaries import load_layers
from tests.dashboard.records_factory import make_records


@pytest.fixture(scope="module")
def geo():
    return load_layers().gemeenten


@pytest.fixture(scope="module")
def gemeenten(geo):
    return geo.drop(columns="geometry")


@pytest.fixture(scope="module")
def tables(geo):
    codes = geo["gm_code"]
    return money.MoneyData(load_brede_spuk(codes), load_context(codes), load_iza(codes))


def _split(data: bytes) -> tuple[list[str], list[list[str]]]:
    text = data.decode("utf-8-sig")
    head, body = text.split("\r\n\r\n", 1)
    lines = [row[0] for row in csv.reader(io.StringIO(head), delimiter=";")]
    return lines, list(csv.reader(io.StringIO(body), delimiter=";"))


def test_money_csv_says_the_amounts_are_not_spent_on_the_initiatives(tables, gemeenten):
    places = [money.Place("Gemeente Sittard-Geleen", ("GM1883",))]
    table = money.money_table(places, tables.spuk, tables.context, make_records().iloc[0:0], "nl")
    source = TableSource("register", False, Filters(jaar=2020), gemeenten)
    download = profile_files.money_download(
        table, "Gemeente Sittard-Geleen", "brede_spuk_GM1883", source, "nl"
    )
    assert download.file_name == "brede_spuk_GM1883.csv"
    lines, rows = _split(download.data)
    assert lines[0] == "# Brede SPUK naast samenwerking: Gemeente Sittard-Geleen"
    assert any("niet wat aan de getoonde initiatieven is besteed" in line for line in lines)
    assert any("12 september 2025" in line for line in lines)
    assert ["Brede SPUK 2026", "€ 1.666.620"] in rows


def test_iza_csv_carries_the_caveat(tables):
    download = profile_files.iza_download(money.iza_display(tables.iza, "en"), "en")
    lines, rows = _split(download.data)
    assert any("**" not in line and "not the zorgkantoor regions" in line for line in lines)
    assert len(rows) == 43 and ["Zuid-Limburg", "Sittard-Geleen", "5823733", "6244233"] in rows


def test_similar_csv_keeps_two_decimals_in_the_readers_language(tables, geo, gemeenten):
    features = gemeente_features(tables.context, areas_km2(geo))
    ranked = similar_gemeenten(features, "GM0363")
    frame = similar_frame(
        features, ranked, "GM0363", make_records(), tables.spuk, tables.context, gemeenten, 2025, "nl"
    )
    source = TableSource("x.csv", True, Filters(), gemeenten)
    lines, rows = _split(profile_files.similar_download(frame, ["inwoners"], 2025, source, "nl").data)
    assert lines[0] == "# Gemeenten vergelijkbaar met Amsterdam, op: Inwoners"
    assert any(line.startswith("# Let op: voorbeelddata") for line in lines)
    header, first = rows[0], rows[1]
    assert header[:3] == ["Gemeentecode", "Gemeente", "Provincie"]
    assert first[0] == "GM0363" and first[1] == "Amsterdam (gekozen)"
    assert first[header.index("Brede SPUK 2025 per inwoner (€)")] == "16,22"
    assert first[header.index("Afstand")] == "0,00"
    assert len(rows) == 12
