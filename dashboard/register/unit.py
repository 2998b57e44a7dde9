"""The register's one write path: a unit of work (`Transaction`) that every change goes through.

`Register.transaction(credential)` opens one database transaction, takes the writers' lock, resolves the
credential to an actor once (role and scope from the database, never from the caller), and hands out this
object. Its operations check scope, the optimistic lock and the record's state here and nowhere else, write the
initiative's row and a version row, and the register's revision goes up once when the unit commits having
written anything. An exception anywhere rolls the whole unit back: an import, a carry-over or a list of
confirmations is all or nothing.

A new kind of write (a confirmation by one side, a peiljaar's status) is one more method here, built on
`_current`, `_check_version`, `_check_editable` and `_write`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update

from dashboard.core.initiative import Initiative, Key
from dashboard.i18n.messages import Msg
from dashboard.register import tables
from dashboard.register.access import Actor, ScopeRules
from dashboard.register.errors import ConflictError, NotAllowedError, NotFoundError, RegisterError
from dashboard.register.model import (
    CARRIED_REASON_PREFIX,
    Entry,
    Status,
    VersionAction,
    VersionInfo,
    conflict_message,
    stored_action,
)
from dashboard.register.records import changed_fields

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
    )


def version_of(row: Mapping[Any, Any]) -> VersionInfo:
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
    )


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
        row = (
            self._connection.execute(
                select(_V, _I.c.record_id, _I.c.jaar)
                .join(_I, _V.c.initiative_pk == _I.c.pk)
                .where(_I.c.record_id == key[0], _I.c.jaar == key[1])
                .order_by(_V.c.version.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        return None if row is None else version_of(row)

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

    def _conflict(self, key: Key) -> ConflictError:
        other = self.latest_version(key)
        return ConflictError(conflict_message(other), other)

    def _current(self, key: Key) -> Entry:
        current = self.get(key)
        if current is None:
            raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
        return current

    # ----------------------------------------------------------------------------------------------------------
    # Operations

    def add(
        self,
        initiative: Initiative,
        *,
        reason: str = "",
        status: Status = Status.CONFIRMED,
        action: VersionAction = VersionAction.NEW,
    ) -> Entry:
        """A new initiative (version 1); one that exists already for its id and year is refused."""
        self._check_scope(initiative.gemeenten)
        if self._row(initiative.key) is not None:
            raise RegisterError(Msg("register.error.duplicate", id=initiative.id, year=initiative.jaar))
        self._insert(initiative, status, action, reason)
        return Entry(initiative.key, status, False, "", 1, initiative, self.now, self.actor.email)

    def edit(
        self, initiative: Initiative, *, expected_version: int, reason: str = "", confirm: bool = False
    ) -> Entry:
        """Replace the record of the version the user started from; `confirm` also confirms a concept.

        Saving a record without a change (and without confirming) writes nothing and keeps the version.
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

    def carry_over(self, from_year: int, to_year: int) -> list[Key]:
        """Copy the confirmed initiatives of `from_year` in the actor's scope to `to_year` as concepts.

        Initiatives that already exist in `to_year` are left alone, so repeating this adds nothing.
        """
        if to_year <= from_year:
            raise RegisterError(Msg("register.error.year_order"))
        sources = self._connection.execute(
            select(_I)
            .where(_I.c.jaar == from_year, _I.c.withdrawn.is_(False), _I.c.status == Status.CONFIRMED.value)
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
            )
            copied.append(key)
        return copied

    # ----------------------------------------------------------------------------------------------------------
    # Rows

    def _row(self, key: Key) -> Mapping[Any, Any] | None:
        query = select(_I).where(_I.c.record_id == key[0], _I.c.jaar == key[1])
        return self._connection.execute(query).mappings().first()

    def _writable(self) -> None:
        if self._read_only:
            raise RuntimeError("read-only unit")
        self._written = True

    def _insert(self, initiative: Initiative, status: Status, action: VersionAction, reason: str) -> None:
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
            )
            .returning(_I.c.pk)
        ).scalar_one()
        self._version_row(pk, 1, action, changed_fields(None, initiative), reason, data)

    def _write(
        self,
        current: Entry,
        *,
        action: VersionAction,
        fields: list[str],
        reason: str,
        values: dict[str, object],
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
        self._version_row(row["pk"], current.version + 1, action, fields, reason, data)
        return self._current(current.key)

    def _version_row(
        self, pk: int, version: int, action: VersionAction, fields: list[str], reason: str, data: object
    ) -> None:
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
            )
        )

    def _finish(self) -> None:
        """Raise the register's revision once, when the unit wrote anything (readers' caches key on it)."""
        if self._written:
            self._connection.execute(
                update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision + 1)
            )


def lock_writers(connection: Connection) -> None:
    """Take the writers' lock first: a no-op update of the one meta row (a row lock on PostgreSQL, the write
    lock on SQLite), so concurrent units run one after the other and their checks see each other's writes."""
    connection.execute(
        update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision)
    )
