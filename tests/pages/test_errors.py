"""No traceback to a visitor: the app's own Dutch error page, loud banners naming unusable files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.ingest import health
from dashboard.render import maps
from dashboard.ui import data
from tests.pages.apptest import open_app

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".streamlit" / "config.toml"


@pytest.fixture
def fresh_caches():
    caches = (data.shipped_result, data.layers, data.border_lines, data.region_colors, data.file_problems)
    for cache in caches:
        cache.clear()
    yield
    for cache in caches:
        cache.clear()


def test_streamlit_never_shows_error_details():
    assert 'showErrorDetails = "none"' in CONFIG.read_text(encoding="utf-8")


def test_a_failing_page_shows_the_dutch_error_page_without_traceback_or_path(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("/srv/geheim/pad/bestand.csv is stuk")

    monkeypatch.setattr(maps, "legend_html", broken)
    at = open_app()
    assert not at.exception
    texts = [e.value for e in at.error]
    page = next(text for text in texts if "Er ging iets mis" in text)
    assert "/srv/geheim" not in " ".join(texts)
    reference = page.split("de code **")[1].split("**")[0]
    assert any(reference in record.getMessage() and record.exc_info for record in caplog.records)


def test_a_mistyped_data_folder_gives_a_banner_naming_the_setting(monkeypatch, fresh_caches, tmp_path):
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(tmp_path / "initiatievn"))
    at = open_app()
    banner = next(e.value for e in at.error if "gegevens van de server" in e.value)
    assert "PREVENTIEKAART\\_DATA" in banner and "initiatievn" in banner
    assert str(tmp_path) not in banner


def test_a_truncated_shipped_file_gives_a_banner_naming_it(monkeypatch, fresh_caches, tmp_path):
    for folder in ("data", "static"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    population = tmp_path / "data" / "gemeente_bevolking_2024.csv"
    population.write_text("".join(population.read_text(encoding="utf-8").splitlines(True)[:100]))
    monkeypatch.setattr(health, "ROOT", tmp_path)
    at = open_app()
    banner = next(e.value for e in at.error if "Een bestand van de app is niet bruikbaar" in e.value)
    assert "gemeente\\_bevolking\\_2024\\.csv" in banner and "342" in banner


def test_a_missing_shipped_region_table_is_not_blamed_on_the_setting(monkeypatch, fresh_caches, tmp_path):
    import geo.regions

    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)
    missing = tmp_path / "vngzn_regios.csv"
    monkeypatch.setattr(geo.regions, "REGION_TABLE_FILE", missing)
    at = open_app()
    text = " ".join(e.value for e in at.error)
    assert "meegeleverde bestand met de regio-indeling" in text
    assert "PREVENTIEKAART_REGIO" not in text.replace("\\_", "_")
    assert str(tmp_path) not in text
