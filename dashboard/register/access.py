"""Who is writing, and may they: credentials, roles and scope, checked inside every write transaction.

A page only ever holds a `SessionToken` (handed out at sign-in); the role and scope always come from the
database, so a forged or stale object in a session cannot widen anyone's rights. `Console` is the server's
command line: whoever runs it has the database anyway.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Final, Literal

from sqlalchemy import Connection, select, update

from dashboard.core.organisation import Organisation, OrganisationKind
from dashboard.i18n.messages import ListOf, Msg
from dashboard.register import tables
from dashboard.register.errors import NotAllowedError

Role = Literal["beheerder", "redacteur"]
ROLES: Final[tuple[Role, ...]] = ("beheerder", "redacteur")
SESSION_IDLE: Final = timedelta(hours=8)
# How stale `last_seen` may be before a rerun updates it: the idle expiry is exact to within this.
TOUCH_EVERY: Final = timedelta(minutes=5)
CONSOLE_NAME: Final = "beheer (opdrachtregel)"


@dataclass(frozen=True)
class SessionToken:
    token: str


@dataclass(frozen=True)
class Console:
    """The command line; `email` (from --door) makes the write count as that user's, with their scope."""

    email: str | None = None


Credential = SessionToken | Console


@dataclass(frozen=True)
class Actor:
    email: str
    role: Role
    scope: tuple[str, ...]
    # The organisation the account speaks for; None (not set yet, the command line, the shipped data): it may
    # edit within its scope but never confirm for a side.
    organisation: Organisation | None = None

    @property
    def is_beheerder(self) -> bool:
        return self.role == "beheerder"


def organisation_of(row: Mapping[Any, Any]) -> Organisation | None:
    """A users row's organisation, or None when it has none (or one this code does not know)."""
    kind, code = row["organisation_kind"], row["organisation"]
    if not kind or not code:
        return None
    try:
        return Organisation(OrganisationKind(str(kind)), str(code), str(row["organisation_name"] or code))
    except ValueError:
        return None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_actor(connection: Connection, email: str) -> Actor | None:
    row = connection.execute(select(tables.users).where(tables.users.c.email == email)).mappings().first()
    if row is None:
        return None
    role = str(row["role"])
    if role not in ROLES:
        return None
    scope = tuple(str(code) for code in row["scope"] or ())
    return Actor(str(row["email"]), role, scope, organisation_of(row))


class SessionEnd(StrEnum):
    """Why a token no longer signs anyone in (the page says so in these words)."""

    IDLE = "inactief"
    PASSWORD_CHANGED = "wachtwoord"
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class SessionCheck:
    """A token's session: its actor, or why it ended; `touch` says its `last_seen` is due for an update,
    `expire` that it was found idle too long and is to be marked ended (so it stays ended)."""

    actor: Actor | None
    ended: SessionEnd | None = None
    touch: bool = False
    expire: bool = False


def check_session(connection: Connection, token: str, now: datetime) -> SessionCheck:
    """Read-only: the signed-in user of a token, or why there is none. Never writes, so a page rerun never
    needs the write lock; `last_seen` is touched at most every `TOUCH_EVERY` (see `touch_session`)."""
    row = (
        connection.execute(select(tables.sessions).where(tables.sessions.c.token_hash == token_hash(token)))
        .mappings()
        .first()
    )
    if row is None:
        return SessionCheck(None, SessionEnd.UNKNOWN)
    if row["ended_reason"] is not None:
        try:
            return SessionCheck(None, SessionEnd(str(row["ended_reason"])))
        except ValueError:
            return SessionCheck(None, SessionEnd.UNKNOWN)
    if now - row["last_seen"] > SESSION_IDLE:
        return SessionCheck(None, SessionEnd.IDLE, expire=True)
    actor = user_actor(connection, str(row["email"]))
    if actor is None:
        return SessionCheck(None, SessionEnd.UNKNOWN)
    return SessionCheck(actor, touch=now - row["last_seen"] >= TOUCH_EVERY)


def touch_session(connection: Connection, token: str, now: datetime) -> None:
    connection.execute(
        update(tables.sessions)
        .where(tables.sessions.c.token_hash == token_hash(token), tables.sessions.c.ended_reason.is_(None))
        .values(last_seen=now)
    )


def end_session(connection: Connection, token: str, now: datetime, reason: SessionEnd) -> None:
    connection.execute(
        update(tables.sessions)
        .where(tables.sessions.c.token_hash == token_hash(token), tables.sessions.c.ended_reason.is_(None))
        .values(ended_at=now, ended_reason=reason.value)
    )


def resolve_actor(connection: Connection, credential: object, now: datetime) -> Actor:
    """The actor behind a credential, read from the database in the unit of work's own transaction."""
    if isinstance(credential, SessionToken):
        check = check_session(connection, credential.token, now)
        if check.actor is None:
            raise NotAllowedError(Msg("register.error.signed_out"))
        return check.actor
    if isinstance(credential, Console):
        if credential.email is None:
            return Actor(CONSOLE_NAME, "beheerder", ())
        actor = user_actor(connection, credential.email.strip().lower())
        if actor is None:
            raise NotAllowedError(Msg("register.error.no_user", email=credential.email))
        return actor
    # Anything else (a hand-made Actor, a dict from a session) is not a credential.
    raise NotAllowedError(Msg("register.error.no_credential"))


@dataclass(frozen=True)
class ScopeRules:
    """Gemeente → VNG–ZN region, and gemeente names for messages."""

    region_of: Mapping[str, str]
    names: Mapping[str, str]

    def in_scope(self, actor: Actor, gemeente: str) -> bool:
        if actor.is_beheerder:
            return True
        return gemeente in actor.scope or self.region_of.get(gemeente, "") in actor.scope

    def outside(self, actor: Actor, gemeenten: Iterable[str]) -> list[str]:
        if actor.is_beheerder:
            return []
        scope, region_of = actor.scope, self.region_of
        return [code for code in gemeenten if code not in scope and region_of.get(code, "") not in scope]

    def refusal_for(self, actor: Actor, *gemeenten: Iterable[str]) -> Msg | None:
        """Why `actor` may not write an initiative touching these gemeenten (new ones, and for an existing
        record its current ones: moving an initiative out of one's area is as much a write there), or None."""
        outside: list[str] = []
        for codes in gemeenten:
            outside += [code for code in self.outside(actor, codes) if code not in outside]
        return self.refusal(actor, outside) if outside else None

    def describe(self, codes: Iterable[str]) -> ListOf:
        """Gemeenten for a message: "Amsterdam (GM0363) en Utrecht (GM0344)" in the reader's language."""
        return ListOf.of(f"{self.names.get(code, code)} ({code})" for code in codes)

    def check(self, actor: Actor, gemeenten: Iterable[str]) -> None:
        """Every gemeente of the initiative must lie in the redacteur's scope; wider ones need a beheerder."""
        outside = self.outside(actor, gemeenten)
        if outside:
            raise NotAllowedError(self.refusal(actor, outside))

    def refusal(self, actor: Actor, outside: Iterable[str]) -> Msg:
        codes = list(outside)
        scope = ListOf.of(actor.scope) if actor.scope else Msg("register.scope.none")
        return Msg("register.error.outside", n=len(codes), where=self.describe(codes), scope=scope)

    def require_beheerder(self, actor: Actor, refusal: Msg) -> None:
        if not actor.is_beheerder:
            raise NotAllowedError(refusal)
