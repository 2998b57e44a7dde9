"""Server-wide data from the environment: PREVENTIEKAART_DATA (the records an empty register starts with),
PREVENTIEKAART_DB (where the register lives) and PREVENTIEKAART_REGIO (regions).

They are read once per process and cached for every session, so each test clears those caches around itself.
"""

from pathlib import Path

import pytest

from dashboard.ingest.validation import load_path
from dashboard.ui import data

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GEO_FIXTURES = Path(__file__).resolve().parents[1] / "geo" / "fixtures"


@pytest.fixture
def fresh_caches():
    caches = (data.register_store, data.layers, data.border_lines, data.region_colors)
    for cache in caches:
        cache.clear()
    yield
    for cache in caches:
        cache.clear()


def test_records_from_the_environment_fill_an_empty_register_without_rejected_rows(
    app, monkeypatch, fresh_caches, tmp_path
):
    monkeypatch.setenv("PREVENTIEKAART_DB", f"sqlite:///{tmp_path / 'register.sqlite'}")
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(FIXTURES / "unknown_gemeente.csv"))
    at = app("app_pages/gegevens.py")
    metrics = {m.label: int(m.value) for m in at.metric}
    expected = load_path(FIXTURES / "unknown_gemeente.csv")
    assert expected.rows_rejected >= 1  # those stay out of the register (`register init` reports them)
    assert metrics == {
        "Rijen in bestand": expected.rows_accepted,
        "Rijen geaccepteerd": expected.rows_accepted,
        "Rijen afgekeurd": 0,
    }
    assert (tmp_path / "register.sqlite").exists()


def test_unreachable_register_is_a_dutch_message_not_a_traceback(app, monkeypatch, fresh_caches):
    monkeypatch.setenv("PREVENTIEKAART_DB", "postgresql+psycopg://wie:geheim123@127.0.0.1:1/nergens")
    at = app()
    messages = " ".join(e.value for e in at.error)
    assert "Het register is niet bereikbaar" in messages and "geheim123" not in messages


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
