"""What the register hands out: an initiative's current state (`Entry`) and its versions (`VersionInfo`), with
the stored codes of status and version actions as StrEnums (their values are what the database holds)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Final

from dashboard.core.confirmation import NO_CONFIRMATION, Confirmation
from dashboard.core.initiative import Initiative, Key
from dashboard.core.organisation import Side
from dashboard.core.schema import Level
from dashboard.i18n.messages import ListOf, Msg
from dashboard.register.access import CONSOLE_NAME

# Who the shipped records were loaded by (stored; shown in the reader's language by `shown_actor`).
SEED_ACTOR: Final = "meegeleverde gegevens"
# The reason a carried-over concept is stored with, before its year (Dutch, as stored history stays); shown
# in the reader's language by `shown_reason`.
CARRIED_REASON_PREFIX: Final = "overgenomen uit "
# Who closed the years an upgraded register already held (migration 0004; shown by `shown_actor`).
MIGRATION_ACTOR: Final = "migratie 0004"


class Status(StrEnum):
    """Whether the pages show an initiative: confirmed ones, and those a vaststelling published as they were
    carried over (`CARRIED`: "overgenomen (niet bijgewerkt)", labelled so wherever one record is shown);
    concepts only in an editor's preview."""

    CONCEPT = "concept"
    CONFIRMED = "bevestigd"
    CARRIED = "overgenomen"


# The statuses the public sees.
PUBLISHED: Final = (Status.CONFIRMED, Status.CARRIED)


class VersionAction(StrEnum):
    """What a version did (stored in Dutch, shown in the reader's language by `shown_action`)."""

    NEW = "nieuw"
    EDITED = "gewijzigd"
    WITHDRAWN = "ingetrokken"
    RESTORED = "hersteld"
    CONFIRMED = "bevestigd"
    CARRIED_OVER = "overgenomen"
    LOADED = "geladen"
    # One side confirmed the relation fields (`VersionInfo.side` says which).
    SIDE_CONFIRMED = "bevestigd_door"
    # One side disputed them (`VersionInfo.side`, `reason`, `proposed_level`).
    DISPUTED = "betwist"
    # A concept nobody updated, published as carried over when its peiljaar was vastgesteld.
    NOT_UPDATED = "niet_bijgewerkt"


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
    # Each side's word on the relation fields.
    confirmation: Confirmation = NO_CONFIRMATION

    @property
    def gemeenten(self) -> tuple[str, ...]:
        return self.record.gemeenten

    @property
    def published(self) -> bool:
        return not self.withdrawn and self.status in PUBLISHED


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
    # The editor's organisation as the public reads it, at the time of the change; None for the shipped
    # data, the command line and changes made before organisations existed.
    organisation: str | None = None
    # The side the change was made as (for a confirmation or dispute: the side that gave its word).
    side: Side | None = None
    # A dispute's proposed samenwerkingsniveau.
    proposed_level: Level | None = None


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
    names = {
        CONSOLE_NAME: Msg("register.actor.console"),
        SEED_ACTOR: Msg("register.actor.seed"),
        MIGRATION_ACTOR: Msg("peiljaar.actor.migration"),
    }
    return names.get(who, who)


def shown_organisation(version: VersionInfo) -> Msg | str:
    """Who made a change, for the public: the organisation, never an e-mail address; the shipped data and
    the command line by name, and an account's change from before organisations existed as "an editor"."""
    if version.organisation:
        return version.organisation
    if version.changed_by in (CONSOLE_NAME, SEED_ACTOR, MIGRATION_ACTOR):
        return shown_actor(version.changed_by)
    return Msg("peiljaar.actor.unknown_organisation")


def shown_reason(action: VersionAction | str, reason: str) -> Msg | str:
    """Why a version was made, for a reader: the reason the register writes itself is named in their
    language; a person's own reason is shown as they typed it."""
    year = reason.removeprefix(CARRIED_REASON_PREFIX)
    if action == VersionAction.CARRIED_OVER.value and year != reason and year.isdigit():
        return Msg("register.reason.carried_over", year=year)
    return reason


def shown_action(action: VersionAction | str, side: Side | None = None) -> Msg | str:
    """What a version did ("gewijzigd", "bevestigd door gemeente"), for a reader; an action this code does not
    know is shown as stored."""
    if side is not None and action in (VersionAction.SIDE_CONFIRMED.value, VersionAction.DISPUTED.value):
        return Msg(f"register.action.{action}.{side.value}")
    return Msg(f"register.action.{action}") if action in _ACTIONS else action


_ACTIONS: Final = frozenset(action.value for action in VersionAction)
