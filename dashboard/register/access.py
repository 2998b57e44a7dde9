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
from typing import Final, Literal

from sqlalchemy import Connection, delete, select, update

from dashboard.i18n.messages import ListOf, Msg
from dashboard.register import tables
from dashboard.register.errors import NotAllowedError

Role = Literal["beheerder", "redacteur"]
ROLES: Final[tuple[Role, ...]] = ("beheerder", "redacteur")
SESSION_IDLE: Final = timedelta(hours=8)
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

    @property
    def is_beheerder(self) -> bool:
        return self.role == "beheerder"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user_actor(connection: Connection, email: str) -> Actor | None:
    row = connection.execute(select(tables.users).where(tables.users.c.email == email)).mappings().first()
    if row is None:
        return None
    return Actor(row["email"], row["role"], tuple(row["scope"] or ()))


def session_actor(connection: Connection, token: str, now: datetime) -> Actor | None:
    """The signed-in user of a token, or None when unknown or idle too long (the expired session is removed)."""
    hashed = token_hash(token)
    row = (
        connection.execute(select(tables.sessions).where(tables.sessions.c.token_hash == hashed))
        .mappings()
        .first()
    )
    if row is None:
        return None
    if now - row["last_seen"] > SESSION_IDLE:
        connection.execute(delete(tables.sessions).where(tables.sessions.c.token_hash == hashed))
        return None
    connection.execute(
        update(tables.sessions).where(tables.sessions.c.token_hash == hashed).values(last_seen=now)
    )
    return _user_actor(connection, row["email"])


def resolve_actor(connection: Connection, credential: object, now: datetime) -> Actor:
    """The actor behind a credential, read from the database in the write's own transaction."""
    if isinstance(credential, SessionToken):
        actor = session_actor(connection, credential.token, now)
        if actor is None:
            raise NotAllowedError(Msg("register.error.signed_out"))
        return actor
    if isinstance(credential, Console):
        if credential.email is None:
            return Actor(CONSOLE_NAME, "beheerder", ())
        actor = _user_actor(connection, credential.email.strip().lower())
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
        return [code for code in gemeenten if not self.in_scope(actor, code)]

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
