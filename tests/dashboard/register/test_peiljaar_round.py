"""Issue 20.1 in the register: each peiljaar is open or vastgesteld, the shipped years are vastgesteld, a
beheerder opens a round (carrying last year over as concepts) and closes it with a reason (untouched concepts
published as carried over), and the public default is the newest vastgesteld year. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dashboard.core.peiljaar import PeiljaarStatus
from dashboard.register import db
from dashboard.register.errors import NotAllowedError, RegisterError
from dashboard.register.model import Status, VersionAction
from dashboard.register.repository import Register
from tests.dashboard.register.conftest import CONSOLE, signed_in

ZL = {"id": "zl", "naam": "Zuid-Limburg beweegt", "jaar": "2025", "gemeenten": "Maastricht"}


def test_the_shipped_peiljaren_are_vastgesteld_and_the_default(register):
    years = {p.jaar: p.status for p in register.peiljaren()}
    assert years == {2019: PeiljaarStatus.VASTGESTELD, 2020: PeiljaarStatus.VASTGESTELD}
    assert register.newest_vastgesteld() == 2020
    rounds = register.rounds()
    assert not rounds.is_open(2020) and rounds.default_year([2019, 2020]) == 2020


def test_one_new_record_in_a_new_year_leaves_the_default_on_the_vastgesteld_year(register):
    """The issue's first finding: one editor's save for 2025 moved every visitor to 2025."""
    editor = signed_in(register, "a@example.nl")
    register.save(editor, ZL)
    rounds = register.rounds()
    assert rounds.is_open(2025)
    assert rounds.default_year(register.records()["jaar"]) == 2020
    assert register.newest_vastgesteld() == 2020
    total = rounds.total_of(2025)
    assert total is not None and (total.total, total.updated, total.carried) == (1, 1, 0)
    # Per region: Maastricht lies in Zuid-Limburg (ZK31) only.
    assert [p.regio for p in rounds.progress_of(2025)] == ["", "ZK31"]


def test_a_round_carries_last_year_over_and_closing_publishes_what_nobody_touched(register):
    editor = signed_in(register, "a@example.nl")
    with pytest.raises(NotAllowedError):
        register.open_peiljaar(editor, 2021)  # a redacteur does not open rounds
    copied = register.open_peiljaar(CONSOLE, 2021)
    published_2020 = register.records().query("jaar == 2020")
    assert len(copied) == len(published_2020) > 100
    assert register.rounds().is_open(2021)
    # Concepts are not what the public sees while the round is open.
    assert 2021 not in set(register.records()["jaar"])
    # An editor updates one initiative of their area; the rest stays as carried over.
    mine = next(key for key in copied if register.get(key).gemeenten == ("GM0917",))
    entry = register.get(mine)
    register.confirm_concepts(editor, [mine])
    progress = register.rounds().total_of(2021)
    assert progress is not None and (progress.updated, progress.carried) == (1, len(copied) - 1)
    # Closing needs a reason, and only a beheerder closes.
    with pytest.raises(RegisterError, match="reden"):
        register.close_peiljaar(CONSOLE, 2021, reason="  ")
    with pytest.raises(NotAllowedError):
        register.close_peiljaar(editor, 2021, reason="klaar")
    published = register.close_peiljaar(CONSOLE, 2021, reason="ronde 2021 gesloten; 1 bijgewerkt")
    assert len(published) == len(copied) - 1 and mine not in published
    closed = {p.jaar: p for p in register.peiljaren()}[2021]
    assert closed.status is PeiljaarStatus.VASTGESTELD and closed.reason.startswith("ronde 2021")
    assert register.newest_vastgesteld() == 2021 and register.last_vaststelling() == closed
    # The untouched ones count, labelled as carried over; their history says so with the reason.
    records = register.records().query("jaar == 2021")
    assert len(records) == len(copied)
    assert records["overgenomen"].sum() == len(copied) - 1
    assert register.get(mine).status is Status.CONFIRMED and entry.version == 1
    (last, *_) = register.history(published[0])
    assert last.action is VersionAction.NOT_UPDATED and last.reason.startswith("ronde 2021")
    # A vastgesteld year is not opened or closed again.
    with pytest.raises(RegisterError, match="vastgesteld"):
        register.open_peiljaar(CONSOLE, 2021)
    with pytest.raises(RegisterError, match="vastgesteld"):
        register.close_peiljaar(CONSOLE, 2021, reason="nog eens")


def test_opening_and_closing_each_raise_the_revision_once_and_are_all_or_nothing(register):
    before = register.revision()
    register.open_peiljaar(CONSOLE, 2021)
    assert register.revision() == before + 1
    with pytest.raises(RegisterError), register.transaction(CONSOLE) as unit:
        unit.close_peiljaar(2021, reason="klaar")
        unit.open_peiljaar(2021)  # refused: the whole unit rolls back
    assert register.rounds().is_open(2021)
    assert register.records(include_concepts=True).query("jaar == 2021")["overgenomen"].sum() == 0


def test_the_migration_marks_existing_years_vastgesteld_and_accounts_have_no_organisation(db_url):
    engine = db.make_engine(db_url)
    db.migrate(engine, "0003")
    register = Register(engine)
    # An account made under revision 0003, before organisations existed.
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (email, role, scope, password_hash, created_at) "
                "VALUES ('oud@example.nl', 'redacteur', '[\"ZK31\"]', NULL, CURRENT_TIMESTAMP)"
            )
        )
    register.initialize()  # migrates to head, then seeds the shipped years
    assert db.current_revision(engine) == "0004"
    assert {p.jaar: p.status for p in register.peiljaren()} == {
        2019: PeiljaarStatus.VASTGESTELD,
        2020: PeiljaarStatus.VASTGESTELD,
    }
    assert register.accounts.get("oud@example.nl").organisation is None
    engine.dispose()


def test_an_upgraded_register_keeps_its_years_vastgesteld(db_url):
    """Records written under revision 0003 (with their years): after the upgrade each of those years is
    vastgesteld, so the public keeps seeing what it saw."""
    engine = db.make_engine(db_url)
    db.migrate(engine, "0003")
    with engine.begin() as connection:
        for year in (2023, 2024):
            connection.execute(
                text(
                    "INSERT INTO initiatives (record_id, jaar, status, withdrawn, withdrawn_reason, version, "
                    "data, updated_at, updated_by) VALUES (:id, :jaar, 'bevestigd', false, '', 1, :data, "
                    "CURRENT_TIMESTAMP, 'x')"
                ),
                {"id": f"r{year}", "jaar": year, "data": _stored(year)},
            )
    db.migrate(engine)
    register = Register(engine)
    assert [(p.jaar, p.status) for p in register.peiljaren()] == [
        (2023, PeiljaarStatus.VASTGESTELD),
        (2024, PeiljaarStatus.VASTGESTELD),
    ]
    assert register.newest_vastgesteld() == 2024
    assert register.get(("r2024", 2024)).confirmation.state.value == "onbevestigd"
    engine.dispose()


def _stored(year: int) -> str:
    import json

    return json.dumps(
        {
            "id": f"r{year}",
            "naam": "Oud",
            "jaar": year,
            "reikwijdte": "gemeente",
            "gemeenten": ["GM0935"],
            "samenwerkingsniveau": "informeel",
        }
    )
