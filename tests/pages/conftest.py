"""AppTest runs go through app.py (the router draws the shared sidebar that every page relies on)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch):
    """A fresh app on the shipped data, with environment overrides removed."""
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)

    def start(page: str | None = None, **state: object) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=90)
        for key, value in state.items():
            at.session_state[key] = value
        at.run()
        if page is not None:
            at.switch_page(page)
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return start
