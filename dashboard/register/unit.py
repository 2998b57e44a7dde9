"""The register's one write path: a unit of work (`Transaction`) that every change goes through.

`Register.transaction(credential)` opens one database transaction, takes the writers' lock, resolves the
credential to an actor once (role and scope from the database, never from the caller), and hands out this
object. Its operations check scope, the optimistic lock and the record's state here and nowhere else, write the
initiative's row and a version row, and the register's revision goes up once when the unit commits having
written anything. An exception anywhere rolls the whole unit back: an import, a carry-over or a list of
confirmations is all or nothing.

A new kind of write is one more method here, built on `_current`, `_check_version`, `_check_editable` and
`_write`: so are the two sides' confirmation and dispute (`confirm_side`, `dispute`: who may is decided here,
from the actor's organisation, scope and the record as it is now) and the peiljaar round (`open_peiljaar`,
`close_peiljaar`: a beheerder's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from dashboard.core.confirmation import (
    NO_CONFIRMATION,
    PARTY_FIELDS,
    RELATION_FIELDS,
    Confirmation,
    SideState,
    SideWord,
)
from dashboard.core.initiative import Initiative, Key
from dashboard.core.insurers import canonical_insurer
from dashboard.core.organisation import Side
from dashboard.core.peiljaar import Peiljaar, PeiljaarStatus
from dashboard.core.schema import Level
from dashboard.i18n.messages import Msg
from dashboard.register import tables
from dashboard.register.access import Actor, ScopeRules
from dashboard.register.errors import ConflictError, NotAllowedError, NotFoundError, RegisterError
from dashboard.register.model import (
    CARRIED_REASON_PREFIX,
    PUBLISHED,
    Entry,
    Status,
    VersionAction,
    VersionInfo,
    conflict_message,
    stored_action,
)
from dashboard.register.records import changed_fields, free_id

_I = tables.initiatives
_V = tables.versions


def entry_of(row: Mapping[Any, Any]) -> Entry:
    return Entry(
        (str(row["record_id"]), int(row["jaar"])),
        Status(str(row["status"])),
        bool(row["withdrawn"]),
        str(row["withdrawn_reason"] or ""),
        int(row["version"]),
        Initiative.from_json(row["data"]),
        row["updated_at"],
        str(row["updated_by"]),
        Confirmation.from_json(row["confirmation"]),
    )


def version_of(row: Mapping[Any, Any]) -> VersionInfo:
    side, level = row["side"], row["proposed_level"]
    return VersionInfo(
        str(row["record_id"]),
        int(row["jaar"]),
        int(row["version"]),
        stored_action(str(row["action"])),
        str(row["changed_by"]),
        row["changed_at"],
        tuple(str(name) for name in row["changed_fields"] or ()),
        str(row["reason"] or ""),
        Initiative.from_json(row["data"]),
        str(row["organisation"]) if row["organisation"] else None,
        Side(str(side)) if side in _SIDES else None,
        Level(str(level)) if level in _LEVELS else None,
    )


def peiljaar_of(row: Mapping[Any, Any]) -> Peiljaar:
    return Peiljaar(
        int(row["jaar"]),
        PeiljaarStatus(str(row["status"])),
        row["opened_at"],
        str(row["opened_by"] or ""),
        row["closed_at"],
        str(row["closed_by"] or ""),
        str(row["reason"] or ""),
    )


_SIDES = frozenset(side.value for side in Side)
_LEVELS = frozenset(level.value for level in Level)
_P = tables.peiljaren


class Transaction:
    """One unit of work for one actor; made by `Register.transaction`, valid inside its ``with`` block only."""

    def __init__(
        self, connection: Connection, actor: Actor, rules: ScopeRules, now: datetime, *, read_only: bool
    ) -> None:
        self._connection = connection
        self._rules = rules
        self._read_only = read_only
        self._written = False
        self.actor = actor
        self.now = now

    @property
    def written(self) -> bool:
        return self._written

    # ----------------------------------------------------------------------------------------------------------
    # Reading inside the unit (sees its own writes)

    def get(self, key: Key) -> Entry | None:
        row = self._row(key)
        return None if row is None else entry_of(row)

    def latest_version(self, key: Key) -> VersionInfo | None:
        return self._version(key, None)

    def _version(self, key: Key, version: int | None) -> VersionInfo | None:
        query = (
            select(_V, _I.c.record_id, _I.c.jaar)
            .join(_I, _V.c.initiative_pk == _I.c.pk)
            .where(_I.c.record_id == key[0], _I.c.jaar == key[1])
        )
        if version is not None:
            query = query.where(_V.c.version == version)
        row = self._connection.execute(query.order_by(_V.c.version.desc()).limit(1)).mappings().first()
        return None if row is None else version_of(row)

    def peiljaar(self, jaar: int) -> Peiljaar | None:
        row = self._connection.execute(select(_P).where(_P.c.jaar == jaar)).mappings().first()
        return None if row is None else peiljaar_of(row)

    # ----------------------------------------------------------------------------------------------------------
    # The rules, once

    def outside(self, gemeenten: Iterable[str], current: Entry | None = None) -> list[str]:
        """The gemeenten (new, then `current`'s) this actor may not write."""
        codes = [*gemeenten, *(current.gemeenten if current else ())]
        return list(dict.fromkeys(self._rules.outside(self.actor, codes)))

    def refusal(self, gemeenten: Iterable[str], current: Entry | None = None) -> Msg | None:
        """Why this actor may not write an initiative with `gemeenten` (and, when it exists, `current`'s
        gemeenten), or None: the scope rule of every write and of the import's preview."""
        return self._rules.refusal_for(self.actor, gemeenten, current.gemeenten if current else ())

    def side_of(self, record: Initiative) -> Side | None:
        """The side this actor speaks for in `record` (by its organisation), or None."""
        return side_of(self.actor, record)

    def side_refusal(self, current: Entry) -> Msg | None:
        """Why this actor may not confirm or dispute `current` for a side, or None (see `side_refusal`)."""
        return side_refusal(self.actor, self._rules, current)

    def _check_scope(self, gemeenten: Iterable[str]) -> None:
        refusal = self._rules.refusal_for(self.actor, gemeenten)
        if refusal is not None:
            raise NotAllowedError(refusal)

    def _check_editable(self, current: Entry) -> None:
        self._check_scope(current.gemeenten)
        if current.withdrawn:
            raise RegisterError(Msg("register.error.withdrawn"))

    def _check_version(self, current: Entry, expected_version: int) -> None:
        if current.version != expected_version:
            raise self._conflict(current.key)

    def _check_seen(self, current: Entry, seen_version: int) -> None:
        """A side confirms what its user saw: the relation fields and parties of version `seen_version` must be
        those of now. Another side's word since then is no conflict (so two sides confirming at once both
        count); a change of what is confirmed is."""
        if seen_version == current.version:
            return
        seen = self._version(current.key, seen_version) if 0 < seen_version < current.version else None
        if seen is None or _relation(seen.data) != _relation(current.record):
            raise self._conflict(current.key)

    def _conflict(self, key: Key) -> ConflictError:
        other = self.latest_version(key)
        return ConflictError(conflict_message(other), other)

    def _current(self, key: Key) -> Entry:
        current = self.get(key)
        if current is None:
            raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
        return current

    def _word(self, state: SideState, version: int, reason: str = "", level: Level | None = None) -> SideWord:
        organisation = self.actor.organisation
        assert organisation is not None  # checked by side_refusal / side_of before
        return SideWord(state, organisation.code, organisation.name, self.now, version, reason, level)

    def _confirmation_after(
        self, current: Entry | None, record: Initiative, fields: list[str]
    ) -> Confirmation:
        """The confirmation after a write of `record`: a change to the relation fields re-opens both sides and
        counts as the editor's own side's word; a change of parties drops the word of a side no longer in it."""
        version = 1 if current is None else current.version + 1
        before = NO_CONFIRMATION if current is None else current.confirmation
        if current is None or set(fields) & set(RELATION_FIELDS):
            after = NO_CONFIRMATION
            side = self.side_of(record)
            if side is not None and not record.voorbeelddata:
                after = after.with_side(side, self._word(SideState.CONFIRMED, version))
            return after
        if set(fields) & set(PARTY_FIELDS):
            for side in Side:
                word = before.of(side)
                if word is not None and not _still_party(word, side, record):
                    before = before.with_side(side, None)
        return before

    # ----------------------------------------------------------------------------------------------------------
    # Operations

    def add(
        self,
        initiative: Initiative,
        *,
        reason: str = "",
        status: Status = Status.CONFIRMED,
        action: VersionAction = VersionAction.NEW,
        auto_id: bool = False,
    ) -> Entry:
        """A new initiative (version 1); one that exists already for its id and year is refused.

        `auto_id`: `initiative.id` is only the readable stem of an id (`records.readable_id`); the first free
        one of stem, stem-2, stem-3 ... in any year is taken here, under the writers' lock, so two editors
        adding the same name at once get two ids.
        """
        self._check_scope(initiative.gemeenten)
        if auto_id:
            initiative = replace(initiative, id=free_id(initiative.id, self._id_taken))
        if self._row(initiative.key) is not None:
            raise RegisterError(Msg("register.error.duplicate", id=initiative.id, year=initiative.jaar))
        self._ensure_year(initiative.jaar)
        confirmation = self._confirmation_after(None, initiative, [])
        self._insert(initiative, status, action, reason, confirmation)
        return Entry(
            initiative.key, status, False, "", 1, initiative, self.now, self.actor.email, confirmation
        )

    def edit(
        self, initiative: Initiative, *, expected_version: int, reason: str = "", confirm: bool = False
    ) -> Entry:
        """Replace the record of the version the user started from; `confirm` also confirms a concept.

        Saving a record without a change (and without confirming) writes nothing and keeps the version. A
        change to a relation field by one side confirms that side and re-opens the other's word.
        """
        self._check_scope(initiative.gemeenten)
        current = self._current(initiative.key)
        self._check_version(current, expected_version)
        self._check_editable(current)
        fields = changed_fields(current.record, initiative)
        becomes_confirmed = confirm and current.status is Status.CONCEPT
        if not fields and not becomes_confirmed:
            return current
        action = VersionAction.CONFIRMED if becomes_confirmed and not fields else VersionAction.EDITED
        values: dict[str, object] = {"data": initiative.to_json()}
        if becomes_confirmed:
            values["status"] = Status.CONFIRMED.value
        confirmation = self._confirmation_after(current, initiative, fields)
        if confirmation != current.confirmation:
            values["confirmation"] = confirmation.to_json()
        return self._write(current, action=action, fields=fields, reason=reason, values=values)

    def withdraw(self, key: Key, *, expected_version: int, reason: str) -> Entry:
        """Soft delete: the record leaves the pages, its versions stay, a beheerder can restore it."""
        reason = reason.strip()
        if not reason:
            raise RegisterError(Msg("register.error.reason_needed"))
        current = self._current(key)
        self._check_version(current, expected_version)
        self._check_editable(current)
        values: dict[str, object] = {"withdrawn": True, "withdrawn_reason": reason}
        return self._write(current, action=VersionAction.WITHDRAWN, fields=[], reason=reason, values=values)

    def restore(self, key: Key, *, reason: str = "") -> Entry:
        self._rules.require_beheerder(self.actor, Msg("register.error.restore_needs_beheerder"))
        current = self._current(key)
        if not current.withdrawn:
            raise RegisterError(Msg("register.error.not_withdrawn"))
        values: dict[str, object] = {"withdrawn": False, "withdrawn_reason": ""}
        return self._write(
            current, action=VersionAction.RESTORED, fields=[], reason=reason.strip(), values=values
        )

    def confirm(self, key: Key, *, expected_version: int | None = None) -> bool:
        """Confirm a concept unchanged; False when it is no concept (any more)."""
        current = self._current(key)
        if expected_version is not None:
            self._check_version(current, expected_version)
        if current.status is not Status.CONCEPT:
            return False
        self._check_editable(current)
        values: dict[str, object] = {"status": Status.CONFIRMED.value}
        self._write(current, action=VersionAction.CONFIRMED, fields=[], reason="", values=values)
        return True

    def confirm_concepts(self, keys: Iterable[Key]) -> int:
        """Confirm concepts unchanged (what an editor does after checking the carried-over list)."""
        return sum(self.confirm(key) for key in keys)

    def confirm_side(self, key: Key, *, seen_version: int) -> Entry:
        """The actor's side confirms the relation fields as they were in `seen_version` (still so now).

        Who may: an account whose organisation is one of the initiative's gemeenten (the gemeente side) or
        zorgverzekeraars (the insurer side), with the initiative in its scope; never for example data. A
        concept confirmed by a side is checked for this year, so it is published. Confirming again what the
        side already confirmed writes nothing.
        """
        current = self._current(key)
        side = self._side_write(current, seen_version)
        word = current.confirmation.of(side)
        if word is not None and word.state is SideState.CONFIRMED and current.status is not Status.CONCEPT:
            return current
        confirmation = current.confirmation.with_side(
            side, self._word(SideState.CONFIRMED, current.version + 1)
        )
        values: dict[str, object] = {"confirmation": confirmation.to_json()}
        if current.status is Status.CONCEPT:
            values["status"] = Status.CONFIRMED.value
        return self._write(
            current, action=VersionAction.SIDE_CONFIRMED, fields=[], reason="", values=values, side=side
        )

    def dispute(
        self, key: Key, *, seen_version: int, reason: str, proposed_level: Level | None = None
    ) -> Entry:
        """The actor's side disputes the relation fields as they were in `seen_version`, with a reason and the
        level it proposes (the other side's word stays; a later change of the relation fields re-opens both)."""
        reason = reason.strip()
        if not reason:
            raise RegisterError(Msg("peiljaar.error.dispute_reason"))
        current = self._current(key)
        side = self._side_write(current, seen_version)
        word = self._word(SideState.DISPUTED, current.version + 1, reason, proposed_level)
        values: dict[str, object] = {"confirmation": current.confirmation.with_side(side, word).to_json()}
        return self._write(
            current,
            action=VersionAction.DISPUTED,
            fields=[],
            reason=reason,
            values=values,
            side=side,
            proposed_level=proposed_level,
        )

    def _side_write(self, current: Entry, seen_version: int) -> Side:
        refusal = self.side_refusal(current)
        if refusal is not None:
            raise NotAllowedError(refusal)
        self._check_seen(current, seen_version)
        side = self.side_of(current.record)
        assert side is not None  # side_refusal said so
        return side

    def carry_over(self, from_year: int, to_year: int) -> list[Key]:
        """Copy the published initiatives of `from_year` in the actor's scope to `to_year` as concepts.

        Initiatives that already exist in `to_year` are left alone, so repeating this adds nothing. The target
        year must be open: a beheerder's carry-over opens it, a redacteur can only fill a round a beheerder
        opened (`open_peiljaar`).
        """
        if to_year <= from_year:
            raise RegisterError(Msg("register.error.year_order"))
        target = self.peiljaar(to_year)
        if target is not None and not target.is_open:
            raise RegisterError(Msg("peiljaar.error.closed", year=to_year))
        if target is None and not self.actor.is_beheerder:
            raise NotAllowedError(Msg("peiljaar.error.not_opened", year=to_year))
        self._ensure_year(to_year)
        sources = self._connection.execute(
            select(_I)
            .where(
                _I.c.jaar == from_year,
                _I.c.withdrawn.is_(False),
                _I.c.status.in_([status.value for status in PUBLISHED]),
            )
            .order_by(_I.c.pk)
        ).mappings()
        copied: list[Key] = []
        for source in [entry_of(row) for row in sources]:
            if self._rules.outside(self.actor, source.gemeenten):
                continue
            key = (source.key[0], to_year)
            if self._row(key) is not None:
                continue
            self._insert(
                source.record.with_year(to_year),
                Status.CONCEPT,
                VersionAction.CARRIED_OVER,
                f"{CARRIED_REASON_PREFIX}{from_year}",
                NO_CONFIRMATION,
            )
            copied.append(key)
        return copied

    # ----------------------------------------------------------------------------------------------------------
    # The peiljaar round (a beheerder's)

    def open_peiljaar(self, jaar: int, *, from_year: int | None = None) -> list[Key]:
        """Open a round for `jaar`: last year's published initiatives are carried over as concepts (from the
        newest earlier year that has any, or `from_year`). Opening an open round again carries over what is
        still missing and nothing else; a vastgesteld year cannot be opened again."""
        self._rules.require_beheerder(self.actor, Msg("peiljaar.error.needs_beheerder"))
        current = self.peiljaar(jaar)
        if current is not None and not current.is_open:
            raise RegisterError(Msg("peiljaar.error.closed", year=jaar))
        self._ensure_year(jaar)
        self._writable()
        self._connection.execute(
            update(_P).where(_P.c.jaar == jaar).values(opened_at=self.now, opened_by=self.actor.email)
        )
        source = from_year if from_year is not None else self._previous_year(jaar)
        return [] if source is None else self.carry_over(source, jaar)

    def close_peiljaar(self, jaar: int, *, reason: str) -> list[Key]:
        """Vaststellen: the year becomes vastgesteld with the beheerder's reason (required: what was still
        unconfirmed is listed to them first). Concepts nobody updated are published as carried over
        ("overgenomen (niet bijgewerkt)"), as RIVM carried last year's answer over where nobody replied; the
        keys of those are returned."""
        self._rules.require_beheerder(self.actor, Msg("peiljaar.error.needs_beheerder"))
        reason = reason.strip()
        if not reason:
            raise RegisterError(Msg("peiljaar.error.close_reason"))
        current = self.peiljaar(jaar)
        if current is not None and not current.is_open:
            raise RegisterError(Msg("peiljaar.error.closed", year=jaar))
        has_records = self._connection.execute(select(_I.c.pk).where(_I.c.jaar == jaar).limit(1)).first()
        if current is None and has_records is None:
            raise NotFoundError(Msg("peiljaar.error.unknown", year=jaar))
        self._ensure_year(jaar)
        concepts = self._connection.execute(
            select(_I)
            .where(_I.c.jaar == jaar, _I.c.withdrawn.is_(False), _I.c.status == Status.CONCEPT.value)
            .order_by(_I.c.pk)
        ).mappings()
        published: list[Key] = []
        for entry in [entry_of(row) for row in concepts]:
            values: dict[str, object] = {"status": Status.CARRIED.value}
            self._write(entry, action=VersionAction.NOT_UPDATED, fields=[], reason=reason, values=values)
            published.append(entry.key)
        self._connection.execute(
            update(_P)
            .where(_P.c.jaar == jaar)
            .values(
                status=PeiljaarStatus.VASTGESTELD.value,
                closed_at=self.now,
                closed_by=self.actor.email,
                reason=reason,
            )
        )
        return published

    def _previous_year(self, jaar: int) -> int | None:
        """The newest year before `jaar` with published initiatives (what a new round starts from)."""
        year = self._connection.execute(
            select(func.max(_I.c.jaar)).where(
                _I.c.jaar < jaar,
                _I.c.withdrawn.is_(False),
                _I.c.status.in_([status.value for status in PUBLISHED]),
            )
        ).scalar()
        return None if year is None else int(year)

    def _ensure_year(self, jaar: int) -> None:
        """A year gets its status row with its first record: open (a year being filled is never what the public
        sees first), until a beheerder closes it."""
        if self.peiljaar(jaar) is not None:
            return
        self._writable()
        self._connection.execute(
            insert(_P).values(
                jaar=jaar,
                status=PeiljaarStatus.OPEN.value,
                opened_at=self.now,
                opened_by=self.actor.email,
                closed_at=None,
                closed_by="",
                reason="",
            )
        )

    def _id_taken(self, record_id: str) -> bool:
        query = select(_I.c.pk).where(func.lower(_I.c.record_id) == record_id.lower()).limit(1)
        return self._connection.execute(query).first() is not None

    # ----------------------------------------------------------------------------------------------------------
    # Rows

    def _row(self, key: Key) -> Mapping[Any, Any] | None:
        query = select(_I).where(_I.c.record_id == key[0], _I.c.jaar == key[1])
        return self._connection.execute(query).mappings().first()

    def _writable(self) -> None:
        if self._read_only:
            raise RuntimeError("read-only unit")
        self._written = True

    def _insert(
        self,
        initiative: Initiative,
        status: Status,
        action: VersionAction,
        reason: str,
        confirmation: Confirmation,
    ) -> None:
        self._writable()
        data = initiative.to_json()
        pk = self._connection.execute(
            insert(_I)
            .values(
                record_id=initiative.id,
                jaar=initiative.jaar,
                status=status.value,
                withdrawn=False,
                withdrawn_reason="",
                version=1,
                data=data,
                updated_at=self.now,
                updated_by=self.actor.email,
                confirmation=confirmation.to_json(),
            )
            .returning(_I.c.pk)
        ).scalar_one()
        side = self.side_of(initiative)
        self._version_row(pk, 1, action, changed_fields(None, initiative), reason, data, side, None)

    def _write(
        self,
        current: Entry,
        *,
        action: VersionAction,
        fields: list[str],
        reason: str,
        values: dict[str, object],
        side: Side | None = None,
        proposed_level: Level | None = None,
    ) -> Entry:
        """UPDATE ... WHERE version = the one read: no row updated means someone else saved first."""
        self._writable()
        row = self._row(current.key)
        if row is None:
            raise NotFoundError(Msg("register.error.not_found", id=current.key[0], year=current.key[1]))
        done = self._connection.execute(
            update(_I)
            .where(and_(_I.c.pk == row["pk"], _I.c.version == current.version))
            .values(version=current.version + 1, updated_at=self.now, updated_by=self.actor.email, **values)
        ).rowcount
        if done != 1:
            raise self._conflict(current.key)
        data = values.get("data", row["data"])
        if side is None:
            record = initiative_of(values["data"]) if "data" in values else current.record
            side = self.side_of(record)
        self._version_row(row["pk"], current.version + 1, action, fields, reason, data, side, proposed_level)
        return self._current(current.key)

    def _version_row(
        self,
        pk: int,
        version: int,
        action: VersionAction,
        fields: list[str],
        reason: str,
        data: object,
        side: Side | None,
        proposed_level: Level | None,
    ) -> None:
        organisation = self.actor.organisation
        self._connection.execute(
            insert(_V).values(
                initiative_pk=pk,
                version=version,
                action=action.value,
                changed_by=self.actor.email,
                changed_at=self.now,
                changed_fields=fields,
                reason=reason,
                data=data,
                organisation=None if organisation is None else organisation.name,
                side=None if side is None else side.value,
                proposed_level=None if proposed_level is None else proposed_level.value,
            )
        )

    def _finish(self) -> None:
        """Raise the register's revision once, when the unit wrote anything (readers' caches key on it)."""
        if self._written:
            self._connection.execute(
                update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision + 1)
            )


def _relation(record: Initiative) -> tuple[object, ...]:
    """What a side's word is about: the relation fields and who the parties are."""
    return tuple(record[field] for field in (*RELATION_FIELDS, *PARTY_FIELDS))


def side_of(actor: Actor, record: Initiative) -> Side | None:
    """The side `actor` speaks for in `record` (by its organisation), or None."""
    organisation = actor.organisation
    if organisation is None:
        return None
    return organisation.side_in(record.gemeenten, record.zorgverzekeraars)


def side_refusal(actor: Actor, rules: ScopeRules, current: Entry) -> Msg | None:
    """Why `actor` may not confirm or dispute `current` for a side, or None: the one rule of every
    confirmation (the unit checks it inside the write transaction; the "Te bevestigen" list shows by it).

    An account needs an organisation that is a party of the initiative (one of its gemeenten for the
    gemeente side, one of its zorgverzekeraars for the insurer side) and the initiative in its scope (at
    least one of its gemeenten); example data is never confirmable.
    """
    if current.withdrawn:
        return Msg("register.error.withdrawn")
    if current.record.voorbeelddata:
        return Msg("peiljaar.error.example_not_confirmable")
    organisation = actor.organisation
    if organisation is None:
        return Msg("peiljaar.error.no_organisation")
    if side_of(actor, current.record) is None:
        return Msg("peiljaar.error.not_a_party", organisation=organisation.name, name=current.record.naam)
    outside = rules.outside(actor, current.gemeenten)
    if outside and len(outside) == len(current.gemeenten):
        return rules.refusal(actor, outside)
    return None


def initiative_of(data: object) -> Initiative:
    if not isinstance(data, Mapping):
        raise TypeError(repr(data))
    return Initiative.from_json(data)


def _still_party(word: SideWord, side: Side, record: Initiative) -> bool:
    if side is Side.GEMEENTE:
        return word.organisation in record.gemeenten
    return word.organisation in {canonical_insurer(name) for name in record.zorgverzekeraars}


def lock_writers(connection: Connection) -> None:
    """Take the writers' lock first: a no-op update of the one meta row (a row lock on PostgreSQL, the write
    lock on SQLite), so concurrent units run one after the other and their checks see each other's writes."""
    connection.execute(
        update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision)
    )
