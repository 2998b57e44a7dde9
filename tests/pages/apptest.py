"""Start the real app under AppTest: app.py (router, shared sidebar, URL layer) runs on every run."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.register import auth
from dashboard.register.repository import Register

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


@contextmanager
def editor_register(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    email: str,
    password: str,
    scope: tuple[str, ...] = ("ZK31",),
) -> Iterator[Register]:
    """A fresh register with the shipped records, read by the app under test (PREVENTIEKAART_DB),
    with one editor of ``scope`` who can sign in with ``password``."""
    url = f"sqlite:///{folder / 'register.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    register = Register.open(url)
    register.initialize()
    auth.add_user(register.engine, email, "redacteur", scope)
    auth.set_password(register.engine, email, password)
    try:
        yield register
    finally:
        register.engine.dispose()
