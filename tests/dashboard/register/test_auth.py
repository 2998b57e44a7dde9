"""Local accounts: argon2, lock-out after 5 failures for 15 minutes, 8 idle hours, OIDC only for known users."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from dashboard.register import accounts as auth
from dashboard.register import db, tables
from dashboard.register.access import SessionToken
from dashboard.register.errors import NotAllowedError, RegisterError, SignInError
from tests.dashboard.register.conftest import MAASTRICHT_CELLS, PASSWORD


def _user(reg, email="a@example.nl", role="redacteur", scope=("ZK31",)):
    reg.accounts.add(email, role, scope)
    reg.accounts.set_password(email, PASSWORD)


def test_password_is_stored_as_argon2_hash_only(empty_register, db_url):
    _user(empty_register)
    engine = db.make_engine(db_url)
    with engine.connect() as connection:
        stored = connection.execute(select(tables.users.c.password_hash)).scalar()
    engine.dispose()
    assert stored.startswith("$argon2") and PASSWORD not in stored


def test_wrong_password_and_unknown_account_say_the_same(empty_register):
    _user(empty_register)
    with pytest.raises(SignInError) as wrong:
        empty_register.accounts.sign_in("a@example.nl", "fout wachtwoord")
    with pytest.raises(SignInError) as unknown:
        empty_register.accounts.sign_in("niemand@example.nl", "fout wachtwoord")
    assert wrong.value.msg == unknown.value.msg == auth.WRONG


def test_five_failures_lock_the_account_for_fifteen_minutes(empty_register):
    accounts = empty_register.accounts
    _user(empty_register)
    start = db.now()
    for attempt in range(5):
        with pytest.raises(SignInError):
            accounts.sign_in("a@example.nl", f"fout {attempt}", now=start)
    with pytest.raises(SignInError, match="geblokkeerd"):
        accounts.sign_in("a@example.nl", PASSWORD, now=start + timedelta(minutes=14))
    assert accounts.sign_in("a@example.nl", PASSWORD, now=start + timedelta(minutes=16))


def test_sessions_expire_after_eight_idle_hours(empty_register):
    accounts = empty_register.accounts
    _user(empty_register)
    start = db.now()
    token = accounts.sign_in("a@example.nl", PASSWORD, now=start)
    assert accounts.current_actor(token, now=start + timedelta(hours=7)).email == "a@example.nl"
    # Activity keeps the session alive; 8 idle hours end it.
    assert accounts.current_actor(token, now=start + timedelta(hours=14)) is not None
    assert accounts.current_actor(token, now=start + timedelta(hours=22, minutes=1)) is None
    with pytest.raises(NotAllowedError):
        empty_register.save(SessionToken(token), MAASTRICHT_CELLS)


def test_removed_user_loses_every_session(empty_register):
    accounts = empty_register.accounts
    _user(empty_register)
    token = accounts.sign_in("a@example.nl", PASSWORD)
    accounts.remove("a@example.nl")
    assert accounts.current_actor(token) is None
    assert [u.email for u in accounts.list_users()] == []


def test_oidc_only_for_accounts_the_register_knows(empty_register):
    accounts = empty_register.accounts
    with pytest.raises(NotAllowedError, match="geen rol"):
        accounts.sign_in_oidc("vreemde@example.nl")
    accounts.add("A@Example.nl", "beheerder", ())
    token = accounts.sign_in_oidc("a@example.nl")
    assert accounts.current_actor(token).role == "beheerder"


def test_user_rules(empty_register):
    accounts = empty_register.accounts
    with pytest.raises(RegisterError, match="werkgebied"):
        accounts.add("a@example.nl", "redacteur", ())
    with pytest.raises(RegisterError, match="rol"):
        accounts.add("a@example.nl", "koning", ())
    with pytest.raises(RegisterError, match="te kort"):
        accounts.add("a@example.nl", "beheerder", ())
        accounts.set_password("a@example.nl", "kort")
