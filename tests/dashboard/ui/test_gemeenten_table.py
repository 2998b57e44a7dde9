"""The gemeente table is built once per loaded layers and never outlives them."""

from __future__ import annotations

import pytest

from dashboard.ui import data
from geo.regions import RegionTableError


@pytest.fixture
def fresh_layers(monkeypatch):
    # The per-session caches it empties on a reload exist only inside a running app.
    monkeypatch.setattr(data, "_forget_states", lambda: None)
    data.layers.clear()
    yield
    data.layers.clear()


def test_table_is_shared_per_layers_but_each_caller_gets_its_own_copy(fresh_layers):
    first, second = data.gemeenten_table(), data.gemeenten_table()
    assert len(first) == 342 and first is not second
    first.loc[:, "gm_naam"] = "x"
    assert "x" not in set(data.gemeenten_table()["gm_naam"])


def test_a_region_table_that_cannot_load_is_not_hidden_by_an_earlier_table(
    fresh_layers, monkeypatch, tmp_path
):
    assert len(data.gemeenten_table()) == 342  # a good table was read before
    bad = tmp_path / "regios.csv"
    bad.write_text("gm_code,regio_code,regio_naam,zorgverzekeraar\nGM0363,X1,X,Y\n", encoding="utf-8")
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(bad))
    data.layers.clear()
    with pytest.raises(RegionTableError):
        data.gemeenten_table()
