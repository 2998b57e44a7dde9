"""AppTest runs go through app.py (the router draws the shared sidebar that every page relies on)."""

from __future__ import annotations

import pytest

from dashboard.analysis import aggregate
from dashboard.ingest.validation import data_path, load_path
from dashboard.register.repository import Register
from tests.pages.apptest import open_app
from tests.pages.register_pages import EDITOR, PASSWORD


@pytest.fixture(autouse=True)
def shipped_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page test runs on the shipped data and region table, whatever the environment says."""
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)


@pytest.fixture
def app():
    return open_app


@pytest.fixture
def register(tmp_path, monkeypatch):
    """A fresh register the app reads, with ``EDITOR`` as the editor for Zuid-Limburg (ZK31)."""
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    register = Register.open(url)
    register.initialize()
    register.accounts.add(EDITOR, "redacteur", ("ZK31",))
    register.accounts.set_password(EDITOR, PASSWORD)
    yield register
    register.close()


@pytest.fixture(scope="session")
def records():
    """The shipped records, for computing what a page must show."""
    return load_path(data_path()).records


@pytest.fixture(scope="session")
def year(records):
    """The latest year: the sidebar's default."""
    return max(aggregate.available_years(records))


@pytest.fixture(scope="session")
def latest(records, year):
    return aggregate.for_year(records, year)
