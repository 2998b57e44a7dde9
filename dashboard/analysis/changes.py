"""The public change log (pure): what changed in the register, old → new per field, from its versions.

The register keeps every version of an initiative with the record as it was after that version. A change is
the difference between two consecutive versions of one initiative (one peiljaar): one row per changed field for
an edit, with lists as the items removed and added; one row for a new, withdrawn, restored or carried-over
initiative; a side's confirmation as that side's word on the relation fields; a dispute as the level now →
the level the disputing side proposes; a concept confirmed or published at vaststelling as its status old →
new. Rows hold codes (levels, parties, gemeenten): the reader's labels are put on in
``dashboard.render.changes``.

Who made a change is the organisation of the editor at the time (stored on the version), never a person; the
register's own writers (the shipped data, the command line, a migration) are named by what they are. Nothing
here keeps an e-mail address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as attribute
from datetime import datetime
from typing import Final, Protocol

from dashboard.core import schema
from dashboard.core.confirmation import RELATION_FIELDS, ConfirmationState
from dashboard.core.initiative import EDITABLE_FIELDS, Initiative
from dashboard.core.organisation import Side
from dashboard.core.schema import Level

# The kinds a reader filters on, in the order the page lists them.
KINDS: Final = ("nieuw", "gewijzigd", "ingetrokken", "hersteld", "bevestigd", "betwist", "overgenomen")
# The register's stored actions (``dashboard.register.model.VersionAction``) by kind. "geladen" is the shipped
# data filling a new register: new initiatives, named as such by who made them. "bevestigd" is a concept
# confirmed as it was, "bevestigd_door" one side's word; "niet_bijgewerkt" a concept nobody updated, published
# as carried over when its peiljaar was vastgesteld.
_KIND_OF_ACTION: Final[Mapping[str, str]] = {
    "nieuw": "nieuw",
    "geladen": "nieuw",
    "gewijzigd": "gewijzigd",
    "ingetrokken": "ingetrokken",
    "hersteld": "hersteld",
    "bevestigd": "bevestigd",
    "bevestigd_door": "bevestigd",
    "betwist": "betwist",
    "overgenomen": "overgenomen",
    "niet_bijgewerkt": "overgenomen",
}
# Pseudo-fields of a change that is no edit of the record itself: a concept's status, a side's word.
STATUS_FIELD: Final = "status"
CONFIRMATION_FIELD: Final = "bevestiging"
LEVEL_FIELD: Final = "samenwerkingsniveau"
# The statuses a status change shows (``dashboard.register.model.Status`` values).
CONCEPT: Final = "concept"
CONFIRMED: Final = "bevestigd"
CARRIED: Final = "overgenomen"
LIST_FIELDS: Final = frozenset(schema.LIST_COLUMNS)
# The fields a change log compares: what a person edits (the file format's columns), in that order, without
# the key (a changed id or year is another initiative).
COMPARED_FIELDS: Final = tuple(name for name in EDITABLE_FIELDS if name not in ("id", "jaar"))

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
    @property
    def organisation(self) -> str | None: ...
    @property
    def side(self) -> Side | None: ...
    @property
    def proposed_level(self) -> Level | None: ...


@dataclass(frozen=True)
class Change:
    """One row of the change log, in codes.

    ``organisation`` is the editor's organisation as stored with the version (None when unknown); ``actor`` is
    set only for the register's own writers (a name from ``special_actors``: the shipped data, the command
    line). ``field`` is None for a change of the whole initiative (new, withdrawn, ...). For a list field,
    ``old`` holds the items removed and ``new`` the items added; for a side's word (``CONFIRMATION_FIELD``),
    ``new`` is the side.
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


def _value(record: Initiative, name: str) -> Value:
    value = record[name]
    if isinstance(value, tuple):
        return tuple(str(item) for item in value)
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


def field_changes(old: Initiative, new: Initiative) -> list[tuple[str, Value, Value]]:
    """(field, old, new) for each compared field that differs; a list field as (removed items, added items)."""
    out: list[tuple[str, Value, Value]] = []
    for name in COMPARED_FIELDS:
        before, after = _value(old, name), _value(new, name)
        if before == after:
            continue
        if name in LIST_FIELDS and isinstance(before, tuple) and isinstance(after, tuple):
            removed = tuple(item for item in before if item not in after)
            added = tuple(item for item in after if item not in before)
            if not removed and not added:  # the same items in another order: no change to a reader
                continue
            out.append((name, removed, added))
        else:
            out.append((name, before, after))
    return out


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
    action = str(version.action)
    kind = kind_of(action)
    gemeenten = frozenset(after.gemeenten) | frozenset(before.gemeenten if before is not None else ())

    def row(name: str | None, old: Value = None, new: Value = None) -> Change:
        return Change(
            version.changed_at,
            version.record_id,
            version.jaar,
            version.version,
            after.naam,
            kind,
            action,
            version.organisation or None,
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
    if action == "bevestigd":  # a concept confirmed as it was: its status moves, its fields do not
        return [row(STATUS_FIELD, CONCEPT, CONFIRMED)]
    if action == "niet_bijgewerkt":  # published at vaststelling as it was carried over
        return [row(STATUS_FIELD, CONCEPT, CARRIED)]
    if action == "bevestigd_door" and version.side is not None:
        return [row(CONFIRMATION_FIELD, None, version.side.value)]
    if action == "betwist":  # the level now → the level the disputing side proposes
        proposed = version.proposed_level.value if version.proposed_level is not None else None
        return [row(LEVEL_FIELD, after.samenwerkingsniveau.value, proposed)]
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
    """How many changes per kind, every kind listed: rows, as the change log counts them (an edit of three
    fields is three changes)."""
    counts = dict.fromkeys(KINDS, 0)
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


# ----------------------------------------------------------------------------------------------------------------
# A peiljaar as it stood at a moment (a vaststelling's snapshot, made later from the versions)


@dataclass(frozen=True)
class Standing:
    """One initiative as the public saw it at a moment: the record, the two sides' combined word
    (``core.confirmation.ConfirmationState`` value) and whether it was published as carried over, not updated."""

    record: Initiative
    confirmation: str
    carried: bool


def standing_at(versions: Iterable[Version], jaar: int, moment: datetime) -> list[Standing]:
    """The initiatives of ``jaar`` at ``moment``, by id: each one's last version by then, unless that withdrew
    it. The sides' word is replayed from the versions: a side's confirmation or dispute sets its word, a change
    of the relation fields (or a new record) clears both; an editor's own side confirming by that change is not
    in a version, so such a word shows as unconfirmed."""
    chains: dict[str, list[Version]] = defaultdict(list)
    for version in versions:
        if version.jaar == jaar and version.changed_at <= moment:
            chains[version.record_id].append(version)
    out: list[Standing] = []
    for record_id in sorted(chains):
        chain = sorted(chains[record_id], key=lambda v: v.version)
        words: dict[str, str] = {}
        withdrawn = False
        previous: Initiative | None = None
        for version in chain:
            action = str(version.action)
            if action in ("nieuw", "geladen", "overgenomen") or (
                previous is not None and _relation_changed(previous, version.data)
            ):
                words = {}
            if action in ("bevestigd_door", "betwist") and version.side is not None:
                words[version.side.value] = "bevestigd" if action == "bevestigd_door" else "betwist"
            withdrawn = action == "ingetrokken" or (withdrawn and action != "hersteld")
            previous = version.data
        if withdrawn:
            continue
        last = chain[-1]
        out.append(Standing(last.data, _combined(words), str(last.action) == "niet_bijgewerkt"))
    return out


def _relation_changed(before: Initiative, after: Initiative) -> bool:
    return any(_value(before, name) != _value(after, name) for name in RELATION_FIELDS)


def _combined(words: Mapping[str, str]) -> str:
    if "betwist" in words.values():
        return ConfirmationState.DISPUTED.value
    confirmed = {side for side, word in words.items() if word == "bevestigd"}
    if confirmed >= {Side.GEMEENTE.value, Side.ZORGVERZEKERAAR.value}:
        return ConfirmationState.BOTH.value
    if confirmed:
        return ConfirmationState(next(iter(confirmed))).value
    return ConfirmationState.NONE.value
