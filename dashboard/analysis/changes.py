"""The public change log (pure): what changed in the register, old → new per field, from its versions.

The register keeps every version of an initiative with the record as it was after that version. A change is
the difference between two consecutive versions of one initiative (one peiljaar): one row per changed field for
an edit, with lists as the items added and removed; one row for a new, withdrawn, restored or carried-over
initiative, and for a confirmation or a dispute. Rows hold codes (levels, parties, gemeenten): the reader's
labels are put on in ``dashboard.render.changes``.

Who made a change is the organisation of the editor at the time (stored on the version), never a person; the
register's own writers (the shipped data, the command line) are named by what they are. Nothing here keeps an
e-mail address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as attribute
from datetime import datetime
from typing import Final, Protocol

from dashboard.core import schema
from dashboard.core.initiative import EDITABLE_FIELDS, Initiative

# The kinds a reader filters on, in the order the page lists them.
KINDS: Final = ("nieuw", "gewijzigd", "ingetrokken", "hersteld", "bevestigd", "betwist", "overgenomen")
# The register's stored actions (dashboard.register.model.VersionAction) by kind. "geladen" is the shipped
# data filling a new register: new initiatives, named as such by who made them.
_KIND_OF_ACTION: Final[Mapping[str, str]] = {
    "nieuw": "nieuw",
    "geladen": "nieuw",
    "gewijzigd": "gewijzigd",
    "ingetrokken": "ingetrokken",
    "hersteld": "hersteld",
    "bevestigd": "bevestigd",
    "betwist": "betwist",
    "overgenomen": "overgenomen",
}
# Pseudo-fields of a change that is no edit of the record itself.
STATUS_FIELD: Final = "status"
LIST_FIELDS: Final = frozenset(schema.LIST_COLUMNS)
# The fields a change log compares: what a person edits (the file format's columns), in that order, without
# the key (a changed id or year is another initiative).
COMPARED_FIELDS: Final = tuple(field for field in EDITABLE_FIELDS if field not in ("id", "jaar"))

Value = str | int | bool | tuple[str, ...] | None


class Version(Protocol):
    """What the change log reads of a register version (``dashboard.register.model.VersionInfo``)."""

    @property
    def record_id(self) -> str: ...
    @property
    def jaar(self) -> int: ...
    @property
    def version(self) -> int: ...
    @property
    def action(self) -> str: ...
    @property
    def changed_by(self) -> str: ...
    @property
    def changed_at(self) -> datetime: ...
    @property
    def reason(self) -> str: ...
    @property
    def data(self) -> Initiative: ...


@dataclass(frozen=True)
class Change:
    """One row of the change log, in codes.

    ``actor`` is set only for the register's own writers (a name from ``special_actors``: the shipped data,
    the command line); ``organisation`` is the editor's organisation as stored with the version (None when
    unknown). ``field`` is None for a change of the whole initiative (new, withdrawn, ...). For a list field,
    ``old`` holds the items removed and ``new`` the items added.
    """

    at: datetime
    record_id: str
    jaar: int
    version: int
    naam: str
    kind: str
    action: str
    organisation: str | None
    actor: str | None
    field: str | None
    old: Value
    new: Value
    reason: str
    gemeenten: frozenset[
        str
    ]  # before and after: a change that moved an initiative out of an area shows there
    example: bool
    record: Initiative = attribute(repr=False, compare=False)  # the initiative as it was after this version

    @property
    def key(self) -> tuple[str, int]:
        return self.record_id, self.jaar


def kind_of(action: str) -> str:
    """The kind a reader filters on for a stored action; an action this code does not know is "gewijzigd"."""
    return _KIND_OF_ACTION.get(str(action), "gewijzigd")


def _value(record: Initiative, field: str) -> Value:
    value = record[field]
    if isinstance(value, tuple):
        return tuple(str(item) for item in value)
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def field_changes(old: Initiative, new: Initiative) -> list[tuple[str, Value, Value]]:
    """(field, old, new) for each compared field that differs; a list field as (removed items, added items)."""
    out: list[tuple[str, Value, Value]] = []
    for field in COMPARED_FIELDS:
        before, after = _value(old, field), _value(new, field)
        if before == after:
            continue
        if field in LIST_FIELDS and isinstance(before, tuple) and isinstance(after, tuple):
            removed = tuple(item for item in before if item not in after)
            added = tuple(item for item in after if item not in before)
            if not removed and not added:  # the same items in another order: no change to a reader
                continue
            out.append((field, removed, added))
        else:
            out.append((field, before, after))
    return out


def _organisation(version: Version) -> str | None:
    name = getattr(version, "organisation", None)
    return str(name) if name else None


def changes_of(versions: Iterable[Version], special_actors: Collection[str] = ()) -> list[Change]:
    """Every change the versions describe, newest first (ties: the higher version first).

    ``versions`` may come in any order and hold any subset of the register (each initiative is compared with its
    own previous version when that is among them). ``special_actors`` are the stored names of the register's
    own writers (the shipped data, the command line), which are shown as such; any other ``changed_by`` is a
    person and is never carried into a change.
    """
    by_key: dict[tuple[str, int], list[Version]] = defaultdict(list)
    for version in versions:
        by_key[(version.record_id, version.jaar)].append(version)
    special = frozenset(special_actors)
    out: list[Change] = []
    for chain in by_key.values():
        chain.sort(key=lambda v: v.version)
        previous: Version | None = None
        for version in chain:
            before = (
                previous.data if previous is not None and previous.version == version.version - 1 else None
            )
            out.extend(_changes(version, before, special))
            previous = version
    out.sort(key=lambda c: (c.at, c.record_id, c.jaar, c.version), reverse=True)
    return out


def _changes(version: Version, before: Initiative | None, special: frozenset[str]) -> list[Change]:
    after = version.data
    kind = kind_of(version.action)
    gemeenten = frozenset(after.gemeenten) | frozenset(before.gemeenten if before is not None else ())

    def row(name: str | None, old: Value = None, new: Value = None) -> Change:
        return Change(
            version.changed_at,
            version.record_id,
            version.jaar,
            version.version,
            after.naam,
            kind,
            str(version.action),
            _organisation(version),
            version.changed_by if version.changed_by in special else None,
            name,
            old,
            new,
            version.reason,
            gemeenten,
            after.voorbeelddata,
            after,
        )

    if kind == "gewijzigd" and before is not None:
        rows = [row(name, old, new) for name, old, new in field_changes(before, after)]
        return rows or [row(None)]
    if kind == "bevestigd" and str(version.action) == "bevestigd" and getattr(version, "side", None) is None:
        # A concept confirmed as it was: its status moves, its fields do not.
        return [row(STATUS_FIELD, "concept", "bevestigd")]
    return [row(None)]


# ----------------------------------------------------------------------------------------------------------------
# Choosing rows


@dataclass(frozen=True)
class Selection:
    """Which changes a reader asked for: an area (the gemeenten of the sidebar's region/provincie, or one
    gemeente; None for the whole country), since when (exclusive; None for all) and which kinds (empty: all)."""

    members: frozenset[str] | None = None
    since: datetime | None = None
    kinds: tuple[str, ...] = ()


def select(changes: Iterable[Change], selection: Selection) -> list[Change]:
    """The changes of ``selection``, in the order given (newest first from ``changes_of``)."""
    kinds = frozenset(selection.kinds) if selection.kinds else None
    members, since = selection.members, selection.since
    return [
        change
        for change in changes
        if (since is None or change.at > since)
        and (kinds is None or change.kind in kinds)
        and (members is None or not members.isdisjoint(change.gemeenten))
    ]


def counts_by_kind(changes: Iterable[Change]) -> dict[str, int]:
    """How many versions per kind, every kind listed (an edit of three fields is one change of one initiative)."""
    seen: dict[str, set[tuple[str, int, int]]] = {kind: set() for kind in KINDS}
    for change in changes:
        seen.setdefault(change.kind, set()).add((change.record_id, change.jaar, change.version))
    return {kind: len(keys) for kind, keys in seen.items()}
