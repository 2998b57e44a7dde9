"""Sessions (issue 22.6/22.9): a check only reads, `last_seen` moves at most every few minutes, a session ended by
a new password says so, and the rows of closed tabs and ended sessions are removed a few at a time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, insert, select

from dashboard.register import db, tables
from dashboard.register.access import TOUCH_EVERY, SessionEnd, token_hash
from dashboard.register.accounts import CLEANUP_BATCH, SESSION_RETENTION
from tests.dashboard.register.conftest import PASSWORD

EDITOR = "a@example.nl"


def _editor(register):
    register.accounts.add(EDITOR, "redacteur", ("ZK31",))
    register.accounts.set_password(EDITOR, PASSWORD)
    return register.accounts


def _last_seen(db_url, token):
    engine = db.make_engine(db_url)
    with engine.connect() as connection:
        value = connection.execute(
            select(tables.sessions.c.last_seen).where(tables.sessions.c.token_hash == token_hash(token))
        ).scalar()
    engine.dispose()
    return value


def test_checking_a_session_writes_at_most_every_few_minutes(empty_register, db_url):
    accounts = _editor(empty_register)
    start = db.now()
    token = accounts.sign_in(EDITOR, PASSWORD, now=start)
    for seconds in (10, 60, 200):
        assert accounts.check_session(token, now=start + timedelta(seconds=seconds)).actor is not None
    assert _last_seen(db_url, token) == start
    later = start + TOUCH_EVERY + timedelta(seconds=1)
    assert accounts.check_session(token, now=later).actor is not None
    assert _last_seen(db_url, token) == later


def test_a_new_password_ends_the_session_and_says_so(empty_register):
    accounts = _editor(empty_register)
    token = accounts.sign_in(EDITOR, PASSWORD)
    accounts.set_password(EDITOR, "een heel ander wachtwoord")
    check = accounts.check_session(token)
    assert check.actor is None and check.ended is SessionEnd.PASSWORD_CHANGED
    idle = accounts.sign_in(EDITOR, "een heel ander wachtwoord")
    later = db.now() + timedelta(hours=9)
    assert accounts.check_session(idle, now=later).ended is SessionEnd.IDLE
    # Once found idle, it stays ended.
    assert accounts.check_session(idle).ended is SessionEnd.IDLE
    assert accounts.check_session("nooit uitgegeven").ended is SessionEnd.UNKNOWN


def test_rows_of_closed_tabs_are_removed_at_sign_in_a_batch_at_a_time(empty_register, db_url):
    accounts = _editor(empty_register)
    now = db.now()
    long_ago = now - timedelta(hours=8) - SESSION_RETENTION - timedelta(minutes=1)
    engine = db.make_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            insert(tables.sessions),
            [
                {
                    "token_hash": f"{n:064d}",
                    "email": EDITOR,
                    "method": "wachtwoord",
                    "created_at": long_ago,
                    "last_seen": long_ago,
                }
                for n in range(CLEANUP_BATCH + 20)
            ],
        )

    def sessions() -> int:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(tables.sessions)).scalar_one()

    recent = accounts.sign_in(EDITOR, PASSWORD, now=now)
    assert sessions() == 20 + 1  # one batch removed; the fresh session stays
    accounts.sign_in(EDITOR, PASSWORD, now=now)
    assert sessions() == 2
    assert accounts.check_session(recent, now=now).actor is not None
    engine.dispose()
