"""AppTest runs go through app.py (the router draws the shared sidebar that every page relies on)."""

from __future__ import annotations

import pytest

from tests.pages.apptest import open_app


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page test runs on the shipped data and region table, whatever the environment says."""
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)


@pytest.fixture
def app():
    return open_app
