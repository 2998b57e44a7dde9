"""Start the real app under AppTest: app.py (router, shared sidebar, URL layer) runs on every run."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"


def open_app(page: str | None = None, query: Mapping[str, str] | None = None, **state: object) -> AppTest:
    """The app after its first run (with ``query`` as the link's query string and ``state`` preset),
    then switched to ``page`` when given."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
