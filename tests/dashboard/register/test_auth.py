"""Local accounts: argon2, lock-out after 5 failures for 15 minutes, 8 idle hours, OIDC only for known users."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from dashboard.register import auth, db, tables
from dashboard.register.access import SessionToken
from dashboard.register.errors import NotAllowedError, RegisterError, SignInError
from tests.dashboard.register.conftest import MAASTRICHT_CELLS, PASSWORD


def _user(reg, email="a@example.nl", role="redacteur", scope=("ZK31",)):
    auth.add_user(reg.engine, email, role, scope)
    auth.set_password(reg.engine, email, PASSWORD)


def test_password_is_stored_as_argon2_hash_only(empty_register):
    _user(empty_register)
    with empty_register.engine.connect() as connection:
        stored = connection.execute(select(tables.users.c.password_hash)).scalar()
    assert stored.startswith("$argon2") and PASSWORD not in stored


def test_wrong_password_and_unknown_account_say_the_same(empty_register):
    _user(empty_register)
    with pytest.raises(SignInError) as wrong:
        auth.sign_in(empty_register.engine, "a@example.nl", "fout wachtwoord")
    with pytest.raises(SignInError) as unknown:
        auth.sign_in(empty_register.engine, "niemand@example.nl", "fout wachtwoord")
    assert wrong.value.msg == unknown.value.msg == auth.WRONG


def test_five_failures_lock_the_account_for_fifteen_minutes(empty_register):
    engine = empty_register.engine
    _user(empty_register)
    start = db.now()
    for attempt in range(5):
        with pytest.raises(SignInError):
            auth.sign_in(engine, "a@example.nl", f"fout {attempt}", now=start)
    with pytest.raises(SignInError, match="geblokkeerd"):
        auth.sign_in(engine, "a@example.nl", PASSWORD, now=start + timedelta(minutes=14))
    assert auth.sign_in(engine, "a@example.nl", PASSWORD, now=start + timedelta(minutes=16))


def test_sessions_expire_after_eight_idle_hours(empty_register):
    engine = empty_register.engine
    _user(empty_register)
    start = db.now()
    token = auth.sign_in(engine, "a@example.nl", PASSWORD, now=start)
    assert auth.current_actor(engine, token, now=start + timedelta(hours=7)).email == "a@example.nl"
    # Activity keeps the session alive; 8 idle hours end it.
    assert auth.current_actor(engine, token, now=start + timedelta(hours=14)) is not None
    assert auth.current_actor(engine, token, now=start + timedelta(hours=22, minutes=1)) is None
    with pytest.raises(NotAllowedError):
        empty_register.save(SessionToken(token), MAASTRICHT_CELLS)


def test_removed_user_loses_every_session(empty_register):
    engine = empty_register.engine
    _user(empty_register)
    token = auth.sign_in(engine, "a@example.nl", PASSWORD)
    auth.remove_user(engine, "a@example.nl")
    assert auth.current_actor(engine, token) is None
    assert [u.email for u in auth.list_users(engine)] == []


def test_oidc_only_for_accounts_the_register_knows(empty_register):
    engine = empty_register.engine
    with pytest.raises(NotAllowedError, match="geen rol"):
        auth.sign_in_oidc(engine, "vreemde@example.nl")
    auth.add_user(engine, "A@Example.nl", "beheerder", ())
    token = auth.sign_in_oidc(engine, "a@example.nl")
    assert auth.current_actor(engine, token).role == "beheerder"


def test_user_rules(empty_register):
    engine = empty_register.engine
    with pytest.raises(RegisterError, match="werkgebied"):
        auth.add_user(engine, "a@example.nl", "redacteur", ())
    with pytest.raises(RegisterError, match="rol"):
        auth.add_user(engine, "a@example.nl", "koning", ())
    with pytest.raises(RegisterError, match="te kort"):
        auth.add_user(engine, "a@example.nl", "beheerder", ())
        auth.set_password(engine, "a@example.nl", "kort")
