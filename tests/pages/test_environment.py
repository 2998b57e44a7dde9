"""Server-wide data from the environment: PREVENTIEKAART_DATA (records) and PREVENTIEKAART_REGIO (regions).

Both are read once per process and cached for every session, so each test clears those caches around itself.
"""

from pathlib import Path

import pytest

from dashboard.ui import data

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GEO_FIXTURES = Path(__file__).resolve().parents[1] / "geo" / "fixtures"


@pytest.fixture
def fresh_caches():
    caches = (data.shipped_result, data.layers, data.border_lines, data.region_colors)
    for cache in caches:
        cache.clear()
    yield
    for cache in caches:
        cache.clear()


def test_records_from_the_environment_with_rejected_rows_are_reported_not_dropped(
    app, monkeypatch, fresh_caches
):
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(FIXTURES / "unknown_gemeente.csv"))
    at = app()
    # The map says rows were rejected and where to look ...
    assert any("1 rij uit de gegevens is afgekeurd" in e.value for e in at.error)  # one row: singular
    # ... and the data page shows each one with its row and a Dutch message.
    at.switch_page("app_pages/gegevens.py").run()
    metrics = {m.label: int(m.value) for m in at.metric}
    assert metrics["Rijen in bestand"] == metrics["Rijen geaccepteerd"] + metrics["Rijen afgekeurd"]
    assert metrics["Rijen afgekeurd"] >= 1
    issues = at.dataframe[0].value
    assert "Bedoelt u" in " ".join(issues["Melding"])


def test_region_table_from_the_environment_replaces_the_default(app, monkeypatch, fresh_caches):
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(GEO_FIXTURES / "regios_utrecht_vijf.csv"))
    at = app("app_pages/regios.py")
    table = at.dataframe[0].value
    utrecht_regions = table[table["VNG–ZN-regio"].str.contains("Utrecht")]
    assert len(table) > 31 and len(utrecht_regions) >= 5


def test_bad_region_table_stops_with_its_problems_not_a_traceback(app, monkeypatch, fresh_caches, tmp_path):
    bad = tmp_path / "regios.csv"
    rows = (GEO_FIXTURES / "regios_utrecht_vijf.csv").read_text(encoding="utf-8").splitlines()[:3]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(bad))
    at = app()
    (error,) = at.error
    assert "De regio-indeling uit PREVENTIEKAART_REGIO is niet bruikbaar** (340 problemen)" in error.value
    assert "… en nog 325 problemen." in error.value
    assert "Aa en Hunze \\(GM1680\\) ontbreekt" in error.value
