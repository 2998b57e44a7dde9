"""Reading and writing initiatives: every save is a new version (who, when, which fields, why).

Writes take a credential (`access.SessionToken` or `access.Console`), resolve it to an actor inside their own
transaction and check role and scope there; a change commits whole or not at all and raises the register's
revision. Editing uses optimistic locking: the caller says which version it edited, and a save on top of
someone else's newer version is refused with that version (`ConflictError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

import pandas as pd
from sqlalchemy import Connection, Engine, and_, insert, select, update

from dashboard.i18n.messages import ListOf, Msg
from dashboard.ingest.validation import ImportResult, data_path, empty_records, load_path, records_frame
from dashboard.register import db, tables
from dashboard.register.access import CONSOLE_NAME, Actor, Credential, ScopeRules, resolve_actor
from dashboard.register.errors import (
    ConflictError,
    InvalidRecordError,
    NotAllowedError,
    NotFoundError,
    RegisterError,
)
from dashboard.register.records import Key, changed_fields, from_json, key_of, to_json, validate_cells
from dashboard.register.tables import STATUS_CONCEPT, STATUS_CONFIRMED

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver

SEED_ACTOR: Final = "meegeleverde gegevens"
EMPTY_SEED: Final = "leeg"
# The reason a carried-over concept is stored with, before its year (Dutch, as stored history stays); shown
# in the reader's language by `shown_reason`.
CARRIED_REASON_PREFIX: Final = "overgenomen uit "
ACTIONS: Final = ("nieuw", "gewijzigd", "ingetrokken", "hersteld", "bevestigd", "overgenomen", "geladen")


@dataclass(frozen=True)
class Entry:
    """The current state of one initiative in one peiljaar."""

    key: Key
    status: str
    withdrawn: bool
    withdrawn_reason: str
    version: int
    record: dict[str, object]
    updated_at: datetime
    updated_by: str

    @property
    def gemeenten(self) -> tuple[str, ...]:
        return tuple(self.record.get("gemeenten") or ())  # type: ignore[arg-type]


@dataclass(frozen=True)
class VersionInfo:
    record_id: str
    jaar: int
    version: int
    action: str
    changed_by: str
    changed_at: datetime
    changed_fields: tuple[str, ...]
    reason: str
    data: dict[str, object] = field(repr=False)


@dataclass(frozen=True)
class SeedReport:
    loaded: int
    source: str | None
    result: ImportResult | None


def _entry(row: Mapping[Any, Any]) -> Entry:
    return Entry(
        (str(row["record_id"]), int(row["jaar"])),
        str(row["status"]),
        bool(row["withdrawn"]),
        str(row["withdrawn_reason"] or ""),
        int(row["version"]),
        from_json(row["data"]),
        row["updated_at"],
        str(row["updated_by"]),
    )


def _version(row: Mapping[Any, Any]) -> VersionInfo:
    return VersionInfo(
        str(row["record_id"]),
        int(row["jaar"]),
        int(row["version"]),
        str(row["action"]),
        str(row["changed_by"]),
        row["changed_at"],
        tuple(row["changed_fields"] or ()),
        str(row["reason"] or ""),
        from_json(row["data"]),
    )


_I = tables.initiatives
_V = tables.versions


class Register:
    """One database's register. Cheap to create; the app keeps one per process next to its engine."""

    def __init__(self, engine: Engine, resolver: GemeenteResolver | None = None) -> None:
        self.engine = engine
        self._resolver = resolver

    @classmethod
    def open(cls, url: str | None = None) -> Register:
        return cls(db.make_engine(url))

    @property
    def resolver(self) -> GemeenteResolver:
        if self._resolver is None:
            from geo.codes import default_resolver

            self._resolver = default_resolver()
        return self._resolver

    @cached_property
    def rules(self) -> ScopeRules:
        from geo.regions import load_region_table

        table = load_region_table(resolver=self.resolver)
        region_of = dict(zip(table["gm_code"], table["regio_code"], strict=True))
        return ScopeRules(region_of, self.resolver.names)

    def scope_codes(self, items: Iterable[str]) -> tuple[str, ...]:
        """A scope as codes: VNG–ZN region codes (ZK31) and gemeenten (code or name, through the resolver)."""
        regions = self.region_names()
        out: list[str] = []
        unknown: list[str] = []
        for item in (text.strip() for text in items):
            if not item:
                continue
            resolution = self.resolver.resolve(item)
            if item.upper() in regions:
                out.append(item.upper())
            elif resolution.status == "ok" and len(resolution.codes) == 1:
                out.append(resolution.codes[0])
            else:
                unknown.append(item)
        if unknown:
            raise RegisterError(Msg("register.error.unknown_scope", items=ListOf.of(unknown)))
        return tuple(dict.fromkeys(out))

    def backup(self, target: Path) -> None:
        """A consistent copy of an SQLite register while the app runs (SQLite's online backup API)."""
        if self.engine.url.get_backend_name() != "sqlite":
            raise RegisterError(Msg("cli.register.backup_postgres"))
        import sqlite3

        target.parent.mkdir(parents=True, exist_ok=True)
        raw = self.engine.raw_connection()
        try:
            destination = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                destination.close()
        finally:
            raw.close()

    def region_names(self) -> dict[str, str]:
        from geo.regions import load_region_table

        table = load_region_table(resolver=self.resolver)
        return dict(zip(table["regio_code"], table["regio_naam"], strict=False))

    # ----------------------------------------------------------------------------------------------------------
    # Setting up

    def initialize(self, *, empty: bool = False, source: Path | None = None) -> SeedReport:
        """Migrate to the latest schema; an empty, never-seeded register gets the shipped records (or nothing
        with `empty`). Safe to repeat: a register that was seeded once (or started empty) is left alone."""
        db.migrate(self.engine)
        with db.writing(self.engine, bump=False) as connection:
            # A no-op update takes the write lock first, so two processes starting at once seed only once.
            connection.execute(
                update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision)
            )
            seeded = connection.execute(
                select(tables.meta.c.seeded_from).where(tables.meta.c.id == 1)
            ).scalar()
            has_rows = connection.execute(select(_I.c.pk).limit(1)).first() is not None
            if seeded is not None or has_rows:
                return SeedReport(0, seeded, None)
            if empty:
                self._set_seeded(connection, EMPTY_SEED)
                return SeedReport(0, EMPTY_SEED, None)
            path = source or data_path()
            result = load_path(path)
            now = db.now()
            for record in result.records.to_dict(orient="records"):
                self._insert(connection, to_json(record), SEED_ACTOR, now, "geladen", STATUS_CONFIRMED, "")
            name = Path(result.file).name or result.file
            self._set_seeded(connection, name)
            connection.execute(
                update(tables.meta).where(tables.meta.c.id == 1).values(revision=tables.meta.c.revision + 1)
            )
        return SeedReport(result.rows_accepted, name, result)

    @staticmethod
    def _set_seeded(connection: Connection, source: str) -> None:
        connection.execute(update(tables.meta).where(tables.meta.c.id == 1).values(seeded_from=source))

    # ----------------------------------------------------------------------------------------------------------
    # Reading

    def revision(self) -> int:
        return db.revision(self.engine)

    def entries(self, *, include_withdrawn: bool = True) -> list[Entry]:
        query = select(_I).order_by(_I.c.jaar, _I.c.record_id)
        if not include_withdrawn:
            query = query.where(_I.c.withdrawn.is_(False))
        with db.reading(self.engine) as connection:
            return [_entry(row) for row in connection.execute(query).mappings()]

    def records(self, *, include_concepts: bool = False) -> pd.DataFrame:
        """The records the pages show: confirmed and not withdrawn (concepts too for an editor's preview)."""
        statuses = [STATUS_CONFIRMED, STATUS_CONCEPT] if include_concepts else [STATUS_CONFIRMED]
        query = (
            select(_I.c.data).where(_I.c.withdrawn.is_(False), _I.c.status.in_(statuses)).order_by(_I.c.pk)
        )
        with db.reading(self.engine) as connection:
            rows = [from_json(data) for (data,) in connection.execute(query)]
        return records_frame(rows) if rows else empty_records()

    def result(self, *, include_concepts: bool = False) -> ImportResult:
        """The records as the rest of the app knows them (an ImportResult without rejected rows)."""
        frame = self.records(include_concepts=include_concepts)
        rejected = pd.DataFrame(columns=["rij", "fouten"])
        return ImportResult("register", len(frame), frame, rejected, [])

    def get(self, key: Key) -> Entry:
        with db.reading(self.engine) as connection:
            row = self._row(connection, key)
        if row is None:
            raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
        return _entry(row)

    @staticmethod
    def _row(connection: Connection, key: Key) -> Mapping[Any, Any] | None:
        query = select(_I).where(_I.c.record_id == key[0], _I.c.jaar == key[1])
        return connection.execute(query).mappings().first()

    def history(
        self, key: Key | None = None, *, regio: str | None = None, record_id: str | None = None
    ) -> list[VersionInfo]:
        """Versions, newest first: of one initiative (one year, or every year of an id), of those touching a
        region, or all."""
        query = (
            select(_V, _I.c.record_id, _I.c.jaar)
            .join(_I, _V.c.initiative_pk == _I.c.pk)
            .order_by(_V.c.changed_at.desc(), _V.c.pk.desc())
        )
        if key is not None:
            query = query.where(_I.c.record_id == key[0], _I.c.jaar == key[1])
        if record_id is not None:
            query = query.where(_I.c.record_id == record_id)
        with db.reading(self.engine) as connection:
            versions = [_version(row) for row in connection.execute(query).mappings()]
        if regio is not None:
            region_of = self.rules.region_of
            versions = [
                v
                for v in versions
                if any(
                    region_of.get(g) == regio for g in cast("Iterable[str]", v.data.get("gemeenten") or ())
                )
            ]
        return versions

    def latest_version(self, key: Key) -> VersionInfo | None:
        versions = self.history(key)
        return versions[0] if versions else None

    # ----------------------------------------------------------------------------------------------------------
    # Writing

    def _insert(
        self,
        connection: Connection,
        data: dict[str, object],
        who: str,
        now: datetime,
        action: str,
        status: str,
        reason: str,
    ) -> None:
        record_id, jaar = key_of(data)
        pk = connection.execute(
            insert(_I)
            .values(
                record_id=record_id,
                jaar=jaar,
                status=status,
                withdrawn=False,
                withdrawn_reason="",
                version=1,
                data=data,
                updated_at=now,
                updated_by=who,
            )
            .returning(_I.c.pk)
        ).scalar_one()
        connection.execute(
            insert(_V).values(
                initiative_pk=pk,
                version=1,
                action=action,
                changed_by=who,
                changed_at=now,
                changed_fields=changed_fields(None, data),
                reason=reason,
                data=data,
            )
        )

    def _update(
        self,
        connection: Connection,
        current: Mapping[str, object],
        expected_version: int,
        values: dict[str, object],
        *,
        who: str,
        now: datetime,
        action: str,
        fields: list[str],
        reason: str,
    ) -> None:
        """UPDATE ... WHERE version = expected: no row updated means someone else saved first."""
        data = values.get("data", current["data"])
        done = connection.execute(
            update(_I)
            .where(and_(_I.c.pk == current["pk"], _I.c.version == expected_version))
            .values(version=expected_version + 1, updated_at=now, updated_by=who, **values)
        ).rowcount
        if done != 1:
            raise self._conflict(connection, current)
        connection.execute(
            insert(_V).values(
                initiative_pk=current["pk"],
                version=expected_version + 1,
                action=action,
                changed_by=who,
                changed_at=now,
                changed_fields=fields,
                reason=reason,
                data=data,
            )
        )

    def _conflict(self, connection: Connection, current: Mapping[str, object]) -> ConflictError:
        row = (
            connection.execute(
                select(_V, _I.c.record_id, _I.c.jaar)
                .join(_I, _V.c.initiative_pk == _I.c.pk)
                .where(_V.c.initiative_pk == current["pk"])
                .order_by(_V.c.version.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        other = _version(row) if row is not None else None
        return ConflictError(conflict_message(other), other)

    def _current(self, connection: Connection, key: Key) -> Mapping[str, object]:
        row = self._row(connection, key)
        if row is None:
            raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
        return row

    def validate(self, cells: Mapping[str, str]) -> dict[str, object]:
        """The record of a form, or InvalidRecordError with the importer's own messages."""
        result = validate_cells(cells, self.resolver)
        if result.errors or not result.rows_accepted:
            raise InvalidRecordError(Msg("register.error.invalid"), result.issues)
        (record,) = result.records.to_dict(orient="records")
        return to_json(record)

    def save(
        self,
        credential: Credential,
        cells: Mapping[str, str],
        *,
        expected_version: int | None = None,
        reason: str = "",
        confirm: bool = False,
        now: datetime | None = None,
    ) -> Entry:
        """Add (expected_version None) or edit an initiative from the cells of a form.

        An edit needs the version the user started from; `confirm` turns a concept into a confirmed record.
        """
        data = self.validate(cells)
        key = key_of(data)
        now = now or db.now()
        with db.writing(self.engine) as connection:
            actor = resolve_actor(connection, credential, now)
            self.rules.check(actor, data["gemeenten"])  # type: ignore[arg-type]
            current = self._row(connection, key)
            if expected_version is None:
                if current is not None:
                    raise RegisterError(Msg("register.error.duplicate", id=key[0], year=key[1]))
                self._insert(connection, data, actor.email, now, "nieuw", STATUS_CONFIRMED, reason)
            else:
                if current is None:
                    raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
                if int(current["version"]) != expected_version:
                    raise self._conflict(connection, current)
                self._check_editable(actor, current)
                fields = changed_fields(current["data"], data)
                becomes_confirmed = confirm and current["status"] == STATUS_CONCEPT
                if fields or becomes_confirmed:
                    values: dict[str, object] = {"data": data}
                    if becomes_confirmed:
                        values["status"] = STATUS_CONFIRMED
                    action = "bevestigd" if becomes_confirmed and not fields else "gewijzigd"
                    self._update(
                        connection, current, expected_version, values,
                        who=actor.email, now=now, action=action, fields=fields, reason=reason,
                    )  # fmt: skip
            row = self._row(connection, key)
        assert row is not None
        return _entry(row)

    def _check_editable(self, actor: Actor, current: Mapping[str, object]) -> None:
        # Moving an initiative out of one's area is as much a write there as moving one in.
        self.rules.check(actor, current["data"]["gemeenten"])  # type: ignore[index]
        if current["withdrawn"]:
            raise RegisterError(Msg("register.error.withdrawn"))

    def withdraw(
        self,
        credential: Credential,
        key: Key,
        *,
        expected_version: int,
        reason: str,
        now: datetime | None = None,
    ) -> Entry:
        """Soft delete: the record leaves the pages, its versions stay, a beheerder can restore it."""
        if not reason.strip():
            raise RegisterError(Msg("register.error.reason_needed"))
        now = now or db.now()
        with db.writing(self.engine) as connection:
            actor = resolve_actor(connection, credential, now)
            current = self._current(connection, key)
            if int(current["version"]) != expected_version:  # type: ignore[call-overload]
                raise self._conflict(connection, current)
            self._check_editable(actor, current)
            self._update(
                connection, current, expected_version, {"withdrawn": True, "withdrawn_reason": reason.strip()},
                who=actor.email, now=now, action="ingetrokken", fields=[], reason=reason.strip(),
            )  # fmt: skip
            row = self._current(connection, key)
        return _entry(row)

    def restore(
        self, credential: Credential, key: Key, *, reason: str = "", now: datetime | None = None
    ) -> Entry:
        now = now or db.now()
        with db.writing(self.engine) as connection:
            actor = resolve_actor(connection, credential, now)
            self.rules.require_beheerder(actor, Msg("register.error.restore_needs_beheerder"))
            current = self._current(connection, key)
            if not current["withdrawn"]:
                raise RegisterError(Msg("register.error.not_withdrawn"))
            self._update(
                connection, current, int(current["version"]), {"withdrawn": False, "withdrawn_reason": ""},  # type: ignore[call-overload]
                who=actor.email, now=now, action="hersteld", fields=[], reason=reason.strip(),
            )  # fmt: skip
            row = self._current(connection, key)
        return _entry(row)

    def carry_over(
        self, credential: Credential, from_year: int, to_year: int, *, now: datetime | None = None
    ) -> list[Key]:
        """Copy the confirmed initiatives of `from_year` in the user's scope to `to_year` as concepts.

        Initiatives that already exist in `to_year` are left alone, so repeating this adds nothing.
        """
        if to_year <= from_year:
            raise RegisterError(Msg("register.error.year_order"))
        now = now or db.now()
        copied: list[Key] = []
        with db.writing(self.engine) as connection:
            actor = resolve_actor(connection, credential, now)
            sources = connection.execute(
                select(_I).where(
                    _I.c.jaar == from_year, _I.c.withdrawn.is_(False), _I.c.status == STATUS_CONFIRMED
                )
            ).mappings()
            for row in list(sources):
                data = dict(row["data"])
                if self.rules.outside(actor, data.get("gemeenten") or ()):
                    continue
                if self._row(connection, (str(row["record_id"]), to_year)) is not None:
                    continue
                data["jaar"] = to_year
                self._insert(
                    connection, data, actor.email, now, "overgenomen", STATUS_CONCEPT,
                    f"{CARRIED_REASON_PREFIX}{from_year}",
                )  # fmt: skip
                copied.append((str(row["record_id"]), to_year))
        return copied

    def confirm_concepts(
        self, credential: Credential, keys: Iterable[Key], *, now: datetime | None = None
    ) -> int:
        """Confirm concepts unchanged (what an editor does after checking the carried-over list)."""
        now = now or db.now()
        count = 0
        with db.writing(self.engine) as connection:
            actor = resolve_actor(connection, credential, now)
            for key in keys:
                current = self._current(connection, key)
                if current["status"] != STATUS_CONCEPT:
                    continue
                self._check_editable(actor, current)
                self._update(
                    connection, current, int(current["version"]), {"status": STATUS_CONFIRMED},  # type: ignore[call-overload]
                    who=actor.email, now=now, action="bevestigd", fields=[], reason="",
                )  # fmt: skip
                count += 1
        return count


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


def shown_reason(action: str, reason: str) -> Msg | str:
    """Why a version was made, for a reader: the reason the register writes itself is named in their
    language; a person's own reason is shown as they typed it."""
    year = reason.removeprefix(CARRIED_REASON_PREFIX)
    if action == "overgenomen" and year != reason and year.isdigit():
        return Msg("register.reason.carried_over", year=year)
    return reason


def shown_action(action: str) -> Msg | str:
    """What a version did ("gewijzigd"), for a reader; an action this code does not know is shown as stored."""
    return Msg(f"register.action.{action}") if action in ACTIONS else action


__all__ = ["ConflictError", "Entry", "InvalidRecordError", "NotAllowedError", "Register", "VersionInfo"]


def connection_problem(url: str) -> Msg | str | None:
    """Why the register at ``url`` cannot be read (for ``python -m dashboard check``), or None when it can.

    An SQLite file that does not exist yet is fine where the app can create it on first start (the embedded
    default, or a file in an existing folder).
    """
    if url.startswith("sqlite:///"):
        file = Path(url.removeprefix("sqlite:///"))
        if not file.exists() and (file == db.DEFAULT_DB_FILE or file.parent.is_dir()):
            return None
    try:
        Register.open(url).revision()
    except RegisterError as error:
        return error.msg
    return None
