"""Accounts and signed-in sessions (`Register.accounts`): users, passwords, sign-in with its throttle, sessions.

Passwords are only ever hashed (argon2) and verified here; they are never stored, logged or returned.

**The sign-in throttle.** Failed sign-ins are counted per address typed in, whether or not an account has it,
so the answers and their timing never tell which accounts exist:

- per (account, client address): at most `MAX_FAILED` password checks per `LOCKOUT` window. The check is
  reserved by one atomic conditional UPDATE that is committed *before* the password is verified, so parallel
  attempts (threads, browser tabs, processes) cannot get more. The fifth failure locks that pair for `LOCKOUT`.
- per client address, over all accounts: `CLIENT_MAX_FAILED` failures in a window lock the address for
  `CLIENT_LOCKOUT` (a password sprayer), and each failure beyond the third waits longer before its answer
  (`failure_delay`: 0.25 s doubling up to 8 s).
- per account, over all clients: only after `ACCOUNT_MAX_FAILED` failures from at least
  `ACCOUNT_MIN_CLIENTS` different addresses, a short `ACCOUNT_LOCKOUT` — and never for an address that signed
  in to that account successfully in the last `TRUSTED_FOR` days. So a stranger can slow a guess but cannot
  lock a real editor out of their usual place for long.

Every lock is stored (`sign_in_locks`) and listed for the beheerder by ``python -m dashboard users list``.
A session ends after `access.SESSION_IDLE` without activity; a new password ends the account's sessions (their
tabs say why). Old session, throttle and lock rows are removed a few at a time at each sign-in.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, Engine, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from dashboard.core.organisation import Organisation
from dashboard.i18n.messages import ListOf, Msg
from dashboard.register import db, tables
from dashboard.register.access import (
    ROLES,
    SESSION_IDLE,
    Actor,
    SessionCheck,
    SessionEnd,
    check_session,
    end_session,
    organisation_of,
    token_hash,
    touch_session,
)
from dashboard.register.errors import (
    NotAllowedError,
    NotFoundError,
    RegisterError,
    SignInError,
    UnavailableError,
)

MAX_FAILED: Final = 5
LOCKOUT: Final = timedelta(minutes=15)
_LOCKOUT_MINUTES: Final = int(LOCKOUT.total_seconds() // 60)
CLIENT_MAX_FAILED: Final = 30
CLIENT_LOCKOUT: Final = timedelta(minutes=15)
ACCOUNT_MAX_FAILED: Final = 20
ACCOUNT_MIN_CLIENTS: Final = 3
ACCOUNT_LOCKOUT: Final = timedelta(minutes=5)
TRUSTED_FOR: Final = timedelta(days=30)
# Ended and expired sessions stay this long (a tab that comes back can still say why), lock events longer.
SESSION_RETENTION: Final = timedelta(days=1)
LOCK_EVENT_RETENTION: Final = timedelta(days=90)
CLEANUP_BATCH: Final = 100
MIN_PASSWORD_LENGTH: Final = 10
# A client address as stored: long enough for IPv6, cut so a forged header cannot fill the table.
CLIENT_CHARS: Final = 64
UNKNOWN_CLIENT: Final = "onbekend"
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HASHER: Final = PasswordHasher()
# Verifying against this when the account does not exist keeps the answer time the same either way.
_DUMMY_HASH: Final = _HASHER.hash(secrets.token_urlsafe(16))
WRONG: Final = Msg("register.signin.wrong")

_T = tables.sign_in_throttle
_S = tables.sessions
_L = tables.sign_in_locks
_U = tables.users


class LockKind(StrEnum):
    """What a lock holds back (stored in `sign_in_throttle.kind` and `sign_in_locks.kind`)."""

    PAIR = "paar"
    CLIENT = "adres"
    ACCOUNT = "account"


@dataclass(frozen=True)
class UserInfo:
    email: str
    role: str
    scope: tuple[str, ...]
    has_password: bool
    # None until a beheerder sets it (an account without one cannot confirm for a side).
    organisation: Organisation | None = None


@dataclass(frozen=True)
class LockEvent:
    at: datetime
    kind: LockKind
    account: str
    client: str
    until: datetime
    failures: int


def normal_email(email: str) -> str:
    return email.strip().lower()[:254]


def normal_client(client: str | None) -> str:
    return (client or "").strip()[:CLIENT_CHARS] or UNKNOWN_CLIENT


def failure_delay(failures: int) -> float:
    """Seconds a failed sign-in waits before its answer: nothing for the first three failures (of the pair
    or of the client address, the larger), then 0.25 s doubling to at most 8 s."""
    if failures <= 3:
        return 0.0
    return float(min(8.0, 0.25 * 2 ** (failures - 4)))


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() // 60) + 1)


class Accounts:
    """The register's accounts and sessions. `sleep` is how a failed sign-in waits (a test may replace it)."""

    def __init__(self, engine: Engine, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self._engine = engine
        self.sleep = sleep

    # ----------------------------------------------------------------------------------------------------------
    # Users

    def add(
        self, email: str, role: str, scope: tuple[str, ...], organisation: Organisation | None = None
    ) -> UserInfo:
        """Create a user, or change the role and scope of an existing one (and its organisation when given;
        without, an existing account keeps its own)."""
        email = normal_email(email)
        if not _EMAIL.match(email):
            raise RegisterError(Msg("register.error.bad_email", email=email))
        if role not in ROLES:
            raise RegisterError(Msg("register.error.bad_role", role=role, roles=ListOf.of(ROLES, "or")))
        if role == "redacteur" and not scope:
            raise RegisterError(Msg("register.error.needs_scope"))
        with db.writing(self._engine, bump=False) as connection:
            exists = connection.execute(select(_U.c.email).where(_U.c.email == email)).first()
            values: dict[str, object] = {"role": role, "scope": list(scope)}
            if organisation is not None:
                values |= _organisation_values(organisation)
            if exists:
                connection.execute(update(_U).where(_U.c.email == email).values(**values))
            else:
                connection.execute(
                    insert(_U).values(email=email, password_hash=None, created_at=db.now(), **values)
                )
        return self.get(email)

    def get(self, email: str) -> UserInfo:
        with db.reading(self._engine) as connection:
            row = connection.execute(select(_U).where(_U.c.email == normal_email(email))).mappings().first()
        if row is None:
            raise NotFoundError(Msg("register.error.no_user", email=email))
        return self._info(row)

    def set_organisation(self, email: str, organisation: Organisation | None) -> UserInfo:
        """The organisation an account speaks for (None: none, it can no longer confirm for a side). Earlier
        changes keep the organisation they were made for (it is stored with each version)."""
        email = normal_email(email)
        values = _organisation_values(organisation) if organisation is not None else _NO_ORGANISATION
        with db.writing(self._engine, bump=False) as connection:
            done = connection.execute(update(_U).where(_U.c.email == email).values(**values)).rowcount
        if not done:
            raise NotFoundError(Msg("register.error.no_user", email=email))
        return self.get(email)

    @staticmethod
    def _info(row: Mapping[Any, Any]) -> UserInfo:
        return UserInfo(
            str(row["email"]),
            str(row["role"]),
            tuple(str(code) for code in row["scope"] or ()),
            row["password_hash"] is not None,
            organisation_of(row),
        )

    def list_users(self) -> list[UserInfo]:
        with db.reading(self._engine) as connection:
            rows = connection.execute(select(_U).order_by(_U.c.email)).mappings().all()
        return [self._info(row) for row in rows]

    def remove(self, email: str) -> None:
        """The account goes; its name stays in the history of what it changed."""
        email = normal_email(email)
        with db.writing(self._engine, bump=False) as connection:
            connection.execute(delete(_S).where(_S.c.email == email))
            gone = connection.execute(delete(_U).where(_U.c.email == email)).rowcount
        if not gone:
            raise NotFoundError(Msg("register.error.no_user", email=email))

    def set_password(self, email: str, password: str, *, now: datetime | None = None) -> None:
        """A new password: the account's open sessions end (their tabs say so) and its sign-in locks lift."""
        if len(password) < MIN_PASSWORD_LENGTH:
            raise RegisterError(Msg("register.error.short_password", length=MIN_PASSWORD_LENGTH))
        email = normal_email(email)
        now = now or db.now()
        hashed = _HASHER.hash(password)
        with db.writing(self._engine, bump=False) as connection:
            done = connection.execute(
                update(_U).where(_U.c.email == email).values(password_hash=hashed)
            ).rowcount
            connection.execute(
                update(_S)
                .where(_S.c.email == email, _S.c.ended_reason.is_(None))
                .values(ended_at=now, ended_reason=SessionEnd.PASSWORD_CHANGED.value)
            )
            connection.execute(
                delete(_T).where(
                    _T.c.account == email, _T.c.kind.in_([LockKind.PAIR.value, LockKind.ACCOUNT.value])
                )
            )
        if not done:
            raise NotFoundError(Msg("register.error.no_user", email=email))

    def lock_events(self, *, since: datetime | None = None) -> list[LockEvent]:
        """The locks the throttle set, newest first (default: the last 30 days)."""
        since = since or db.now() - timedelta(days=30)
        with db.reading(self._engine) as connection:
            rows = connection.execute(
                select(_L).where(_L.c.at >= since).order_by(_L.c.at.desc(), _L.c.pk.desc())
            )
            return [
                LockEvent(row.at, LockKind(row.kind), row.account, row.client, row.until, row.failures)
                for row in rows
            ]

    # ----------------------------------------------------------------------------------------------------------
    # Signing in

    def sign_in(
        self, email: str, password: str, *, client: str | None = None, now: datetime | None = None
    ) -> str:
        """A session token for a correct password. The same answers (and the same work) for an unknown
        account, an account without a password and a wrong password; `client` is the client's address."""
        now = now or db.now()
        email = normal_email(email)
        client = normal_client(client)
        with db.writing(self._engine, bump=False) as connection:
            refusal, stored = self._reserve(connection, email, client, now)
        if refusal is not None:
            raise SignInError(refusal)
        ok = _verify(stored or _DUMMY_HASH, password) and stored is not None
        with db.writing(self._engine, bump=False) as connection:
            self._clean_up(connection, now)
            if ok:
                return self._succeeded(connection, email, client, now, password, stored or "")
            failure, delay = self._failed(connection, email, client, now)
        self.sleep(delay)
        raise SignInError(failure)

    def _reserve(
        self, connection: Connection, email: str, client: str, now: datetime
    ) -> tuple[Msg | None, str | None]:
        """Take one password check for (email, client), committed before the check runs; or why not."""
        rows = {
            LockKind.PAIR: (email, client),
            LockKind.CLIENT: ("", client),
            LockKind.ACCOUNT: (email, ""),
        }
        for kind, (account, address) in rows.items():
            self._ensure_row(connection, kind, account, address, now)
            window = LOCKOUT if kind is LockKind.PAIR else CLIENT_LOCKOUT
            connection.execute(
                update(_T)
                .where(
                    *_key(kind, account, address),
                    or_(
                        and_(_T.c.locked_until.is_not(None), _T.c.locked_until <= now),
                        and_(_T.c.locked_until.is_(None), _T.c.window_start < now - window),
                    ),
                )
                .values(failures=0, locked_until=None, window_start=now)
            )
        client_row = self._throttle(connection, LockKind.CLIENT, "", client)
        if client_row.locked_until is not None and client_row.locked_until > now:
            return Msg("register.signin.client_locked", n=_minutes_left(client_row.locked_until, now)), None
        pair = self._throttle(connection, LockKind.PAIR, email, client)
        account_row = self._throttle(connection, LockKind.ACCOUNT, email, "")
        trusted = pair.last_success is not None and now - pair.last_success < TRUSTED_FOR
        if account_row.locked_until is not None and account_row.locked_until > now and not trusted:
            minutes = _minutes_left(account_row.locked_until, now)
            return Msg("register.signin.locked", n=minutes, attempts=MAX_FAILED), None
        # The reservation: one statement, so concurrent attempts cannot both pass the count (PostgreSQL
        # re-checks the WHERE on the row another transaction just updated; SQLite has one writer at a time).
        reserved = connection.execute(
            update(_T)
            .where(
                *_key(LockKind.PAIR, email, client),
                _T.c.failures < MAX_FAILED,
                or_(_T.c.locked_until.is_(None), _T.c.locked_until <= now),
            )
            .values(
                failures=_T.c.failures + 1,
                locked_until=case((_T.c.failures + 1 >= MAX_FAILED, now + LOCKOUT), else_=None),
            )
        ).rowcount
        if reserved != 1:
            pair = self._throttle(connection, LockKind.PAIR, email, client)
            until = pair.locked_until or now + LOCKOUT
            return Msg("register.signin.locked", n=_minutes_left(until, now), attempts=MAX_FAILED), None
        stored = connection.execute(select(_U.c.password_hash).where(_U.c.email == email)).scalar()
        return None, None if stored is None else str(stored)

    def _succeeded(
        self, connection: Connection, email: str, client: str, now: datetime, password: str, stored: str
    ) -> str:
        connection.execute(
            update(_T)
            .where(*_key(LockKind.PAIR, email, client))
            .values(failures=0, locked_until=None, window_start=now, last_success=now)
        )
        if _HASHER.check_needs_rehash(stored):
            connection.execute(
                update(_U).where(_U.c.email == email).values(password_hash=_HASHER.hash(password))
            )
        return self._new_session(connection, email, "wachtwoord", now)

    def _failed(self, connection: Connection, email: str, client: str, now: datetime) -> tuple[Msg, float]:
        """Count a failure for the client and the account, lock what reached its limit; the answer and how
        long it waits."""
        pair = self._throttle(connection, LockKind.PAIR, email, client)
        message = WRONG
        if pair.failures >= MAX_FAILED and pair.locked_until is not None:
            self._lock_event(connection, LockKind.PAIR, email, client, pair.locked_until, pair.failures, now)
            message = Msg(
                "register.signin.now_locked", wrong=WRONG, attempts=MAX_FAILED, minutes=_LOCKOUT_MINUTES
            )
        connection.execute(
            update(_T).where(*_key(LockKind.CLIENT, "", client)).values(failures=_T.c.failures + 1)
        )
        address = self._throttle(connection, LockKind.CLIENT, "", client)
        if address.failures >= CLIENT_MAX_FAILED and address.locked_until is None:
            until = now + CLIENT_LOCKOUT
            connection.execute(
                update(_T).where(*_key(LockKind.CLIENT, "", client)).values(locked_until=until)
            )
            self._lock_event(connection, LockKind.CLIENT, "", client, until, address.failures, now)
        connection.execute(
            update(_T).where(*_key(LockKind.ACCOUNT, email, "")).values(failures=_T.c.failures + 1)
        )
        account = self._throttle(connection, LockKind.ACCOUNT, email, "")
        if account.failures >= ACCOUNT_MAX_FAILED and account.locked_until is None:
            clients = connection.execute(
                select(func.count())
                .select_from(_T)
                .where(
                    _T.c.kind == LockKind.PAIR.value,
                    _T.c.account == email,
                    _T.c.failures > 0,
                    _T.c.window_start >= now - LOCKOUT,
                )
            ).scalar_one()
            if clients >= ACCOUNT_MIN_CLIENTS:
                until = now + ACCOUNT_LOCKOUT
                connection.execute(
                    update(_T).where(*_key(LockKind.ACCOUNT, email, "")).values(locked_until=until)
                )
                self._lock_event(connection, LockKind.ACCOUNT, email, "", until, account.failures, now)
        return message, failure_delay(max(pair.failures, address.failures))

    @staticmethod
    def _ensure_row(connection: Connection, kind: LockKind, account: str, client: str, now: datetime) -> None:
        values = {
            "kind": kind.value,
            "account": account,
            "client": client,
            "failures": 0,
            "window_start": now,
            "locked_until": None,
            "last_success": None,
        }
        dialect = connection.dialect.name
        if dialect == "postgresql":
            connection.execute(postgresql.insert(_T).values(**values).on_conflict_do_nothing())
        elif dialect == "sqlite":
            connection.execute(sqlite.insert(_T).values(**values).on_conflict_do_nothing())
        elif connection.execute(select(_T.c.kind).where(*_key(kind, account, client))).first() is None:
            connection.execute(insert(_T).values(**values))

    @staticmethod
    def _throttle(connection: Connection, kind: LockKind, account: str, client: str) -> Any:
        return connection.execute(select(_T).where(*_key(kind, account, client))).one()

    @staticmethod
    def _lock_event(
        connection: Connection,
        kind: LockKind,
        account: str,
        client: str,
        until: datetime,
        failures: int,
        now: datetime,
    ) -> None:
        # Parallel failures that reach the same lock record it once.
        known = connection.execute(
            select(_L.c.pk).where(
                _L.c.kind == kind.value, _L.c.account == account, _L.c.client == client, _L.c.until == until
            )
        ).first()
        if known is None:
            connection.execute(
                insert(_L).values(
                    at=now, kind=kind.value, account=account, client=client, until=until, failures=failures
                )
            )

    @staticmethod
    def _clean_up(connection: Connection, now: datetime) -> None:
        """Remove a bounded number of rows nobody needs any more: sessions idle past their expiry (closed
        tabs) or ended a while ago, forgotten throttle counters, old lock events."""
        stale_sessions = (
            select(_S.c.token_hash)
            .where(
                or_(
                    _S.c.last_seen < now - SESSION_IDLE - SESSION_RETENTION,
                    _S.c.ended_at < now - SESSION_RETENTION,
                )
            )
            .limit(CLEANUP_BATCH)
        )
        connection.execute(delete(_S).where(_S.c.token_hash.in_(stale_sessions.scalar_subquery())))
        old = now - SESSION_RETENTION
        stale_counters = (
            select(_T.c.kind, _T.c.account, _T.c.client)
            .where(
                _T.c.window_start < old,
                or_(_T.c.locked_until.is_(None), _T.c.locked_until < now),
                or_(_T.c.last_success.is_(None), _T.c.last_success < now - TRUSTED_FOR),
            )
            .limit(CLEANUP_BATCH)
        )
        for kind, account, client in connection.execute(stale_counters).all():
            connection.execute(
                delete(_T).where(_T.c.kind == kind, _T.c.account == account, _T.c.client == client)
            )
        stale_events = select(_L.c.pk).where(_L.c.at < now - LOCK_EVENT_RETENTION).limit(CLEANUP_BATCH)
        connection.execute(delete(_L).where(_L.c.pk.in_(stale_events.scalar_subquery())))

    def sign_in_oidc(self, email: str, *, now: datetime | None = None) -> str:
        """A session for someone the identity provider vouched for; only accounts the register knows get one."""
        email = normal_email(email)
        now = now or db.now()
        with db.writing(self._engine, bump=False) as connection:
            exists = connection.execute(select(_U.c.email).where(_U.c.email == email)).first()
            if not exists:
                raise NotAllowedError(Msg("register.signin.oidc_unknown", email=email))
            self._clean_up(connection, now)
            return self._new_session(connection, email, "oidc", now)

    @staticmethod
    def _new_session(connection: Connection, email: str, method: str, now: datetime) -> str:
        token = secrets.token_urlsafe(32)
        connection.execute(
            insert(_S).values(
                token_hash=token_hash(token), email=email, method=method, created_at=now, last_seen=now
            )
        )
        return token

    # ----------------------------------------------------------------------------------------------------------
    # Sessions

    def check_session(self, token: str, *, now: datetime | None = None) -> SessionCheck:
        """The signed-in user of a token, or why there is none; only reads (a page rerun never waits for the
        write lock). `last_seen` is moved at most every few minutes, and skipped while the database is busy."""
        now = now or db.now()
        with db.reading(self._engine) as connection:
            check = check_session(connection, token, now)
        if check.touch or check.expire:
            try:
                with db.writing(self._engine, bump=False, patient=False) as connection:
                    if check.expire:
                        end_session(connection, token, now, SessionEnd.IDLE)
                    else:
                        touch_session(connection, token, now)
            except UnavailableError as error:
                if not error.busy:
                    raise
        return check

    def current_actor(self, token: str, *, now: datetime | None = None) -> Actor | None:
        return self.check_session(token, now=now).actor

    def sign_out(self, token: str) -> None:
        with db.writing(self._engine, bump=False) as connection:
            connection.execute(delete(_S).where(_S.c.token_hash == token_hash(token)))


_NO_ORGANISATION: Final[dict[str, object]] = {
    "organisation_kind": None,
    "organisation": None,
    "organisation_name": None,
}


def _organisation_values(organisation: Organisation) -> dict[str, object]:
    return {
        "organisation_kind": organisation.kind.value,
        "organisation": organisation.code,
        "organisation_name": organisation.name,
    }


def _key(kind: LockKind, account: str, client: str) -> tuple[Any, ...]:
    return (_T.c.kind == kind.value, _T.c.account == account, _T.c.client == client)
