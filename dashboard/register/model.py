"""What the register hands out: an initiative's current state (`Entry`) and its versions (`VersionInfo`), with
the stored codes of status and version actions as StrEnums (their values are what the database holds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Final

from dashboard.core.initiative import Initiative, Key
from dashboard.i18n.messages import ListOf, Msg
from dashboard.register.access import CONSOLE_NAME

# Who the shipped records were loaded by (stored; shown in the reader's language by `shown_actor`).
SEED_ACTOR: Final = "meegeleverde gegevens"
# The reason a carried-over concept is stored with, before its year (Dutch, as stored history stays); shown
# in the reader's language by `shown_reason`.
CARRIED_REASON_PREFIX: Final = "overgenomen uit "


class Status(StrEnum):
    """Whether the pages show an initiative: confirmed ones; concepts only in an editor's preview."""

    CONCEPT = "concept"
    CONFIRMED = "bevestigd"


class VersionAction(StrEnum):
    """What a version did (stored in Dutch, shown in the reader's language by `shown_action`)."""

    NEW = "nieuw"
    EDITED = "gewijzigd"
    WITHDRAWN = "ingetrokken"
    RESTORED = "hersteld"
    CONFIRMED = "bevestigd"
    CARRIED_OVER = "overgenomen"
    LOADED = "geladen"


def stored_action(value: str) -> VersionAction | str:
    """A stored action as its enum; one this code does not know stays the stored text (shown as it is)."""
    try:
        return VersionAction(value)
    except ValueError:
        return value


@dataclass(frozen=True)
class Entry:
    """The current state of one initiative in one peiljaar."""

    key: Key
    status: Status
    withdrawn: bool
    withdrawn_reason: str
    version: int
    record: Initiative
    updated_at: datetime
    updated_by: str

    @property
    def gemeenten(self) -> tuple[str, ...]:
        return self.record.gemeenten


@dataclass(frozen=True)
class VersionInfo:
    record_id: str
    jaar: int
    version: int
    action: VersionAction | str
    changed_by: str
    changed_at: datetime
    changed_fields: tuple[str, ...]
    reason: str
    data: Initiative = field(repr=False)


def conflict_message(other: VersionInfo | None) -> Msg:
    """Who saved first, and when: the day is written out in the reader's language ("3 maart 2025")."""
    if other is None:
        return Msg("register.error.conflict_unknown")
    fields = ListOf.of(other.changed_fields) if other.changed_fields else shown_action(other.action)
    return Msg(
        "register.error.conflict",
        who=shown_actor(other.changed_by),
        day=other.changed_at.date(),
        time=other.changed_at.strftime("%H:%M"),
        version=other.version,
        fields=fields,
    )


def shown_actor(who: str) -> Msg | str:
    """Who changed a record, for a reader: the command line and the shipped data are named in their language."""
    names = {CONSOLE_NAME: Msg("register.actor.console"), SEED_ACTOR: Msg("register.actor.seed")}
    return names.get(who, who)


def shown_reason(action: VersionAction | str, reason: str) -> Msg | str:
    """Why a version was made, for a reader: the reason the register writes itself is named in their
    language; a person's own reason is shown as they typed it."""
    year = reason.removeprefix(CARRIED_REASON_PREFIX)
    if action == VersionAction.CARRIED_OVER.value and year != reason and year.isdigit():
        return Msg("register.reason.carried_over", year=year)
    return reason


def shown_action(action: VersionAction | str) -> Msg | str:
    """What a version did ("gewijzigd"), for a reader; an action this code does not know is shown as stored."""
    return Msg(f"register.action.{action}") if action in _ACTIONS else action


_ACTIONS: Final = frozenset(action.value for action in VersionAction)
