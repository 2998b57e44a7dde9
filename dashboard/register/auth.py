"""Local accounts (argon2 hashes in the register) and signed-in sessions, for local and OIDC sign-in alike.

Passwords are only ever hashed and verified here; they are never stored, logged or returned. Five failed
attempts lock an account for 15 minutes; a session ends after 8 idle hours (`access.SESSION_IDLE`).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, delete, insert, select, update

from dashboard.i18n.messages import ListOf, Msg
from dashboard.register import db, tables
from dashboard.register.access import ROLES, Actor, session_actor, token_hash
from dashboard.register.errors import NotAllowedError, NotFoundError, RegisterError, SignInError

MAX_FAILED: Final = 5
LOCKOUT: Final = timedelta(minutes=15)
_LOCKOUT_MINUTES: Final = int(LOCKOUT.total_seconds() // 60)
MIN_PASSWORD_LENGTH: Final = 10
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HASHER: Final = PasswordHasher()
# Verifying against this when the account does not exist keeps the answer time the same either way.
_DUMMY_HASH: Final = _HASHER.hash(secrets.token_urlsafe(16))
WRONG: Final = Msg("register.signin.wrong")


@dataclass(frozen=True)
class UserInfo:
    email: str
    role: str
    scope: tuple[str, ...]
    has_password: bool
    locked_until: datetime | None


def normal_email(email: str) -> str:
    return email.strip().lower()


def add_user(engine: Engine, email: str, role: str, scope: tuple[str, ...]) -> UserInfo:
    email = normal_email(email)
    if not _EMAIL.match(email):
        raise RegisterError(Msg("register.error.bad_email", email=email))
    if role not in ROLES:
        raise RegisterError(Msg("register.error.bad_role", role=role, roles=ListOf.of(ROLES, "or")))
    if role == "redacteur" and not scope:
        raise RegisterError(Msg("register.error.needs_scope"))
    with db.writing(engine, bump=False) as connection:
        exists = connection.execute(select(tables.users.c.email).where(tables.users.c.email == email)).first()
        values = {"role": role, "scope": list(scope)}
        if exists:
            connection.execute(update(tables.users).where(tables.users.c.email == email).values(**values))
        else:
            connection.execute(
                insert(tables.users).values(
                    email=email,
                    failed_attempts=0,
                    locked_until=None,
                    password_hash=None,
                    created_at=db.now(),
                    **values,
                )
            )
    return get_user(engine, email)


def get_user(engine: Engine, email: str) -> UserInfo:
    with db.reading(engine) as connection:
        row = (
            connection.execute(select(tables.users).where(tables.users.c.email == normal_email(email)))
            .mappings()
            .first()
        )
    if row is None:
        raise NotFoundError(Msg("register.error.no_user", email=email))
    return _info(row)


def _info(row: Mapping[Any, Any]) -> UserInfo:
    return UserInfo(
        str(row["email"]),
        str(row["role"]),
        tuple(row["scope"] or ()),
        row["password_hash"] is not None,
        row["locked_until"],
    )


def list_users(engine: Engine) -> list[UserInfo]:
    with db.reading(engine) as connection:
        rows = connection.execute(select(tables.users).order_by(tables.users.c.email)).mappings().all()
    return [_info(row) for row in rows]


def remove_user(engine: Engine, email: str) -> None:
    """The account goes; its name stays in the history of what it changed."""
    email = normal_email(email)
    with db.writing(engine, bump=False) as connection:
        connection.execute(delete(tables.sessions).where(tables.sessions.c.email == email))
        gone = connection.execute(delete(tables.users).where(tables.users.c.email == email)).rowcount
    if not gone:
        raise NotFoundError(Msg("register.error.no_user", email=email))


def set_password(engine: Engine, email: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RegisterError(Msg("register.error.short_password", length=MIN_PASSWORD_LENGTH))
    email = normal_email(email)
    hashed = _HASHER.hash(password)
    with db.writing(engine, bump=False) as connection:
        done = connection.execute(
            update(tables.users)
            .where(tables.users.c.email == email)
            .values(password_hash=hashed, failed_attempts=0, locked_until=None)
        ).rowcount
        # A new password ends every open session of the account.
        connection.execute(delete(tables.sessions).where(tables.sessions.c.email == email))
    if not done:
        raise NotFoundError(Msg("register.error.no_user", email=email))


def _new_session(connection: object, email: str, method: str, now: datetime) -> str:
    token = secrets.token_urlsafe(32)
    connection.execute(  # type: ignore[attr-defined]
        insert(tables.sessions).values(
            token_hash=token_hash(token), email=email, method=method, created_at=now, last_seen=now
        )
    )
    return token


def sign_in(engine: Engine, email: str, password: str, now: datetime | None = None) -> str:
    """A session token for a correct password; the same message for an unknown account and a wrong password."""
    now = now or db.now()
    email = normal_email(email)
    # The failure count must be committed even though the sign-in fails: raise only after the transaction.
    failure: Msg | None = None
    token = ""
    with db.writing(engine, bump=False) as connection:
        row = connection.execute(select(tables.users).where(tables.users.c.email == email)).mappings().first()
        if row is None or row["password_hash"] is None:
            _verify(_DUMMY_HASH, password)
            failure = WRONG
        elif row["locked_until"] is not None and row["locked_until"] > now:
            minutes = max(1, int((row["locked_until"] - now).total_seconds() // 60) + 1)
            failure = Msg("register.signin.locked", n=minutes, attempts=MAX_FAILED)
        elif not _verify(row["password_hash"], password):
            failed = int(row["failed_attempts"]) + 1
            locked = now + LOCKOUT if failed >= MAX_FAILED else None
            connection.execute(
                update(tables.users)
                .where(tables.users.c.email == email)
                .values(failed_attempts=0 if locked else failed, locked_until=locked)
            )
            failure = (
                Msg("register.signin.now_locked", wrong=WRONG, attempts=MAX_FAILED, minutes=_LOCKOUT_MINUTES)
                if locked
                else WRONG
            )
        else:
            values: dict[str, object] = {"failed_attempts": 0, "locked_until": None}
            if _HASHER.check_needs_rehash(row["password_hash"]):
                values["password_hash"] = _HASHER.hash(password)
            connection.execute(update(tables.users).where(tables.users.c.email == email).values(**values))
            token = _new_session(connection, email, "wachtwoord", now)
    if failure is not None:
        raise SignInError(failure)
    return token


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def sign_in_oidc(engine: Engine, email: str, now: datetime | None = None) -> str:
    """A session for someone the identity provider vouched for; only accounts the register knows get one."""
    email = normal_email(email)
    with db.writing(engine, bump=False) as connection:
        exists = connection.execute(select(tables.users.c.email).where(tables.users.c.email == email)).first()
        if not exists:
            raise NotAllowedError(Msg("register.signin.oidc_unknown", email=email))
        return _new_session(connection, email, "oidc", now or db.now())


def current_actor(engine: Engine, token: str, now: datetime | None = None) -> Actor | None:
    with db.writing(engine, bump=False) as connection:
        return session_actor(connection, token, now or db.now())


def sign_out(engine: Engine, token: str) -> None:
    with db.writing(engine, bump=False) as connection:
        connection.execute(delete(tables.sessions).where(tables.sessions.c.token_hash == token_hash(token)))
