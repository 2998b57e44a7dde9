"""Issue 22.4: when the database is busy (another process holds SQLite's write lock) or unreachable (a
PostgreSQL server that stops answering), the Register page does not stop before the form: a signed-in editor's
form stays, with what was typed, beside the message; once the database answers, the same form saves."""

from __future__ import annotations

import time

import pytest

from dashboard.register import db, deadline
from dashboard.register.repository import Register
from tests.conftest import postgres_cluster
from tests.pages.register_pages import EDITOR, NEW_FORM, PASSWORD, page_errors, save, sign_in
from tests.pages.test_register_busy import Writer

PAGE = "app_pages/register.py"


def _fill(at) -> None:
    at.text_input(key=NEW_FORM + "id").input("zl-storing")
    at.text_input(key=NEW_FORM + "naam").input("Getypt tijdens een storing")
    at.number_input(key=NEW_FORM + "jaar").set_value(2025)
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0935"])
    at.text_area(key=NEW_FORM + "toel").input("lange toelichting die niet verloren mag gaan")


def _kept(at) -> bool:
    return (
        at.text_input(key=NEW_FORM + "naam").value == "Getypt tijdens een storing"
        and at.text_area(key=NEW_FORM + "toel").value == "lange toelichting die niet verloren mag gaan"
        and at.multiselect(key=NEW_FORM + "gemeenten").value == ["GM0935"]
    )


def test_a_busy_database_is_a_message_beside_the_kept_form(app, register, tmp_path):
    writer = Writer(str(tmp_path / "register.sqlite"))
    at = sign_in(app(PAGE), "Aanmelden")
    _fill(at)
    writer.hold()
    try:
        started = time.monotonic()
        at = save(at, "Opslaan")
        assert time.monotonic() - started < 30
        assert "bezet" in page_errors(at) and "Uw invoer staat er nog" in page_errors(at)
        assert _kept(at)
        assert ("zl-storing", 2025) not in {e.key for e in register.entries()}
    finally:
        writer.release()
    at = save(at, "Opslaan")
    assert not page_errors(at), page_errors(at)
    assert register.get(("zl-storing", 2025)).record.toelichting.startswith("lange toelichting")


@pytest.fixture
def postgres_register(monkeypatch):
    """A register on a PostgreSQL cluster of this test's own (freezing it leaves the others' server alone)."""
    with postgres_cluster() as server:
        url = server.new_database()
        monkeypatch.setenv(db.DB_ENV_VAR, url)
        register = Register.open(url)
        register.initialize()
        register.accounts.add(EDITOR, "redacteur", ("ZK31",))
        register.accounts.set_password(EDITOR, PASSWORD)
        yield server, register
        register.close()


def test_an_unreachable_database_does_not_stop_the_page_before_the_form(app, postgres_register):
    server, register = postgres_register
    at = sign_in(app(PAGE), "Aanmelden")
    _fill(at)
    with server.frozen():
        started = time.monotonic()
        at = save(at, "Opslaan")
        assert time.monotonic() - started < 30
        # The page went on: the signed-in bar, the tabs and the form with what was typed, beside the message.
        assert any("Aangemeld als" in m.value for m in at.markdown)
        assert _kept(at)
        shown = page_errors(at)
        assert "niet bereikbaar" in shown and "blijft staan" in shown
        assert str(server.port) not in shown
        # Another rerun while it is still down (the register is known to be down: at once).
        at.run()
        assert not at.exception and _kept(at)
    # Answering again; after a readiness probe that got an answer the app asks at once (else within 15 s).
    deadline.forget(register._engine)  # the app's engine has the same URL, so the same mark
    at = save(at, "Opslaan")
    assert not page_errors(at)
    assert register.get(("zl-storing", 2025)).record.naam == "Getypt tijdens een storing"
