"""The register: reading initiatives and their versions, and the one way to change them.

Every change goes through a unit of work, `Register.transaction(credential)` (see `unit.Transaction`): it
resolves the credential to an actor in its own transaction, checks role, scope and the optimistic lock once,
writes the record and its version (who, when, which fields, why) and raises the register's revision; it commits
whole or not at all. `save`, `withdraw`, `restore`, `carry_over`, `confirm_concepts`, `confirm_side`,
`dispute`, `open_peiljaar` and `close_peiljaar` are one-operation units for the form and the command line.
Accounts, sign-in and sessions are `Register.accounts`; the peiljaren (`peiljaren`, `rounds`) and each
account's organisation are read here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pandas as pd
from sqlalchemy import Connection, Engine, func, select, update

from dashboard.core.confirmation import CONFIRMATION_COLUMN, ConfirmationState
from dashboard.core.initiative import Initiative, Key
from dashboard.core.insurers import canonical_insurer, is_known_insurer
from dashboard.core.organisation import Organisation, OrganisationKind, gemeente_organisation
from dashboard.core.peiljaar import Peiljaar, PeiljaarStatus, Rounds, progress
from dashboard.core.schema import Level
from dashboard.i18n.messages import ListOf, Msg
from dashboard.ingest.validation import ImportResult, data_path, empty_records, load_path, records_frame
from dashboard.register import db, tables
from dashboard.register.access import (
    Actor,
    Credential,
    ScopeRules,
    SessionToken,
    resolve_actor,
    touch_session,
)
from dashboard.register.accounts import Accounts
from dashboard.register.errors import (
    ConflictError,
    InvalidRecordError,
    NotAllowedError,
    NotFoundError,
    RegisterError,
    UnavailableError,
)
from dashboard.register.model import (
    CARRIED_REASON_PREFIX,
    PUBLISHED,
    SEED_ACTOR,
    Entry,
    Status,
    VersionAction,
    VersionInfo,
    conflict_message,
    shown_action,
    shown_actor,
    shown_organisation,
    shown_reason,
)
from dashboard.register.records import AUTO_ID, readable_id, validate_cells
from dashboard.register.unit import (
    Transaction,
    entry_of,
    lock_writers,
    peiljaar_of,
    side_of,
    side_refusal,
    version_of,
)

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver

EMPTY_SEED: Final = "leeg"

__all__ = [
    "CARRIED_REASON_PREFIX",
    "REGISTER_COLUMNS",
    "SEED_ACTOR",
    "ConflictError",
    "Entry",
    "InvalidRecordError",
    "Key",
    "NotAllowedError",
    "Peiljaar",
    "PeiljaarStatus",
    "Register",
    "Rounds",
    "SeedReport",
    "Status",
    "Transaction",
    "VersionAction",
    "VersionInfo",
    "conflict_message",
    "readiness",
    "shown_action",
    "shown_actor",
    "shown_organisation",
    "shown_reason",
]

# What the register adds to the pages' records frame: the combined confirmation state of each initiative
# (`core.confirmation.ConfirmationState` values: onbevestigd|gemeente|zorgverzekeraar|beide|betwist), and
# whether a vaststelling published it as carried over without an update.
CARRIED_COLUMN: Final = "overgenomen"
REGISTER_COLUMNS: Final = (CONFIRMATION_COLUMN, CARRIED_COLUMN)


@dataclass(frozen=True)
class SeedReport:
    loaded: int
    source: str | None
    result: ImportResult | None


@dataclass(frozen=True)
class RegionIndex:
    """What the register needs of one region table: region names and the scope rules, made once per table."""

    names: Mapping[str, str]
    rules: ScopeRules


_I = tables.initiatives
_V = tables.versions


class Register:
    """One database's register. Cheap to create; the app keeps one per process (with its engine)."""

    def __init__(self, engine: Engine, resolver: GemeenteResolver | None = None) -> None:
        self._engine = engine
        self._resolver = resolver
        self._regions: tuple[tuple[object, ...], RegionIndex] | None = None
        self.accounts = Accounts(engine)

    @classmethod
    def open(cls, url: str | None = None) -> Register:
        return cls(db.make_engine(url))

    def close(self) -> None:
        """Close the database connections (a test's or a command's end; the app keeps its register open)."""
        self._engine.dispose()

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._engine.url.get_backend_name()

    @property
    def resolver(self) -> GemeenteResolver:
        if self._resolver is None:
            from geo.codes import default_resolver

            self._resolver = default_resolver()
        return self._resolver

    # ----------------------------------------------------------------------------------------------------------
    # Regions and scope, computed once per region table

    def _region_index(self) -> RegionIndex:
        from geo.regions import load_region_table, region_table_path

        path = region_table_path()
        try:
            stat = path.stat()
            identity: tuple[object, ...] = (str(path), stat.st_mtime_ns, stat.st_size)
        except OSError:
            identity = (str(path), None, None)
        held = self._regions
        if held is not None and held[0] == identity:
            return held[1]
        table = load_region_table(resolver=self.resolver)
        region_of = dict(zip(table["gm_code"], table["regio_code"], strict=True))
        names = dict(zip(table["regio_code"], table["regio_naam"], strict=False))
        index = RegionIndex(names, ScopeRules(region_of, self.resolver.names))
        self._regions = (identity, index)
        return index

    @property
    def rules(self) -> ScopeRules:
        return self._region_index().rules

    def region_names(self) -> Mapping[str, str]:
        """VNG–ZN region code → name (shared: do not change it)."""
        return self._region_index().names

    def scope_label(self, code: str) -> str:
        """A scope item as people read it: "Zuid-Limburg (ZK31)", "Amsterdam (GM0363)"."""
        regions = self.region_names()
        name = regions[code] if code in regions else self.resolver.names.get(code, code)
        return f"{name} ({code})"

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
        if self.backend != "sqlite":
            raise RegisterError(Msg("cli.register.backup_postgres"))
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = self._engine.raw_connection()
        try:
            source = raw.driver_connection
            if not isinstance(source, sqlite3.Connection):
                raise RegisterError(Msg("cli.register.backup_postgres"))
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            raw.close()

    # ----------------------------------------------------------------------------------------------------------
    # Setting up

    def initialize(self, *, empty: bool = False, source: Path | None = None) -> SeedReport:
        """Migrate to the latest schema; an empty, never-seeded register gets the shipped records (or nothing
        with `empty`). Safe to repeat: a register that was seeded once (or started empty) is left alone."""
        db.migrate(self._engine)
        # Reading first: an app process starting on a register that is in use needs no write lock (another
        # process may hold it for a while, importing a file).
        with db.reading(self._engine) as connection:
            seeded = self._seeded(connection)
        if seeded is not None:
            return SeedReport(0, seeded, None)
        with db.writing(self._engine, bump=False) as connection:
            # The writers' lock first, so two processes starting at once seed only once.
            lock_writers(connection)
            seeded = self._seeded(connection)
            if seeded is not None:
                return SeedReport(0, seeded, None)
            if empty:
                connection.execute(
                    update(tables.meta).where(tables.meta.c.id == 1).values(seeded_from=EMPTY_SEED)
                )
                return SeedReport(0, EMPTY_SEED, None)
            path = source or data_path()
            result = load_path(path, keep_initiatives=True)
            seed = Actor(SEED_ACTOR, "beheerder", ())
            unit = Transaction(connection, seed, ScopeRules({}, {}), db.now(), read_only=False)
            for initiative in result.require_initiatives():
                unit.add(initiative, action=VersionAction.LOADED)
            # The shipped peiljaren are published figures: vastgesteld from the start.
            connection.execute(
                update(tables.peiljaren).values(
                    status=PeiljaarStatus.VASTGESTELD.value, closed_at=unit.now, closed_by=SEED_ACTOR
                )
            )
            name = Path(result.file).name or result.file
            connection.execute(update(tables.meta).where(tables.meta.c.id == 1).values(seeded_from=name))
            unit._finish()
        return SeedReport(result.rows_accepted, name, result)

    @staticmethod
    def _seeded(connection: Connection) -> str | None:
        """Where the register was first filled from ("leeg" when started empty), or None when it never was;
        a register with rows but no such note (made by hand) counts as filled."""
        seeded = connection.execute(select(tables.meta.c.seeded_from).where(tables.meta.c.id == 1)).scalar()
        if seeded is not None:
            return str(seeded)
        has_rows = connection.execute(select(_I.c.pk).limit(1)).first() is not None
        return "" if has_rows else None

    # ----------------------------------------------------------------------------------------------------------
    # Reading

    def revision(self) -> int:
        return db.revision(self._engine)

    def state(self) -> tuple[int, int, int]:
        """(revision, number of versions, the newest version's row id), read at once: which state of which
        register a reader sees (a database made anew restarts its revisions; open data keys its files on it)."""
        with db.reading(self._engine) as connection:
            revision = connection.execute(
                select(tables.meta.c.revision).where(tables.meta.c.id == 1)
            ).scalar()
            versions, newest = connection.execute(select(func.count(_V.c.pk), func.max(_V.c.pk))).one()
        if revision is None:
            raise UnavailableError(Msg("register.db.not_created"))
        return int(revision), int(versions or 0), int(newest or 0)

    def entries(self, *, include_withdrawn: bool = True) -> list[Entry]:
        query = select(_I).order_by(_I.c.jaar, _I.c.record_id)
        if not include_withdrawn:
            query = query.where(_I.c.withdrawn.is_(False))
        with db.reading(self._engine) as connection:
            return [entry_of(row) for row in connection.execute(query).mappings()]

    def _shown(self, include_concepts: bool) -> list[Entry]:
        statuses = [status.value for status in PUBLISHED]
        if include_concepts:
            statuses.append(Status.CONCEPT.value)
        query = select(_I).where(_I.c.withdrawn.is_(False), _I.c.status.in_(statuses)).order_by(_I.c.pk)
        with db.reading(self._engine) as connection:
            return [entry_of(row) for row in connection.execute(query).mappings()]

    def initiatives(self, *, include_concepts: bool = False) -> list[Initiative]:
        """The records the pages show: published and not withdrawn (concepts too for an editor's preview)."""
        return [entry.record for entry in self._shown(include_concepts)]

    @staticmethod
    def _frame(entries: list[Entry]) -> pd.DataFrame:
        """The records frame of `entries` with the register's own columns (`REGISTER_COLUMNS`)."""
        if not entries:
            frame = empty_records()
            frame[CONFIRMATION_COLUMN] = pd.Series(dtype="str")
            frame[CARRIED_COLUMN] = pd.Series(dtype="bool")
            return frame
        frame = records_frame([entry.record for entry in entries])
        frame[CONFIRMATION_COLUMN] = [entry.confirmation.state.value for entry in entries]
        frame[CARRIED_COLUMN] = [entry.status is Status.CARRIED for entry in entries]
        return frame

    def records(self, *, include_concepts: bool = False) -> pd.DataFrame:
        """`initiatives` as the pages' records frame, with `REGISTER_COLUMNS`."""
        return self._frame(self._shown(include_concepts))

    def result(self, *, include_concepts: bool = False) -> ImportResult:
        """The records as the rest of the app knows them (an ImportResult without rejected rows)."""
        entries = self._shown(include_concepts)
        frame = self._frame(entries)
        rejected = pd.DataFrame(columns=["rij", "fouten"])
        initiatives = tuple(entry.record for entry in entries)
        return ImportResult("register", len(frame), frame, rejected, [], initiatives=initiatives)

    # ----------------------------------------------------------------------------------------------------------
    # Peiljaren

    def peiljaren(self) -> list[Peiljaar]:
        """Every peiljaar with a status, oldest first."""
        with db.reading(self._engine) as connection:
            rows = connection.execute(select(tables.peiljaren).order_by(tables.peiljaren.c.jaar)).mappings()
            return [peiljaar_of(row) for row in rows]

    def newest_vastgesteld(self) -> int | None:
        """The peiljaar the public sees when it chooses none."""
        fixed = [p.jaar for p in self.peiljaren() if not p.is_open]
        return max(fixed) if fixed else None

    def last_vaststelling(self) -> Peiljaar | None:
        """The peiljaar closed most recently (what "since the last vaststelling" means)."""
        closed = [p for p in self.peiljaren() if not p.is_open and p.closed_at is not None]
        return max(closed, key=lambda p: (p.closed_at, p.jaar)) if closed else None

    def rounds(self) -> Rounds:
        """Each year's status (a year holding records without a status row counts as open) and, per open
        year, its progress per VNG–ZN region: carried over and untouched, updated, confirmed by both sides."""
        statuses = {p.jaar: p.status for p in self.peiljaren()}
        query = select(_I.c.jaar).where(_I.c.withdrawn.is_(False)).group_by(_I.c.jaar)
        with db.reading(self._engine) as connection:
            years = [int(year) for (year,) in connection.execute(query)]
        for year in years:
            statuses.setdefault(year, PeiljaarStatus.OPEN)
        open_years = sorted(year for year, status in statuses.items() if status is PeiljaarStatus.OPEN)
        per_year = []
        if open_years:
            rows = select(_I).where(_I.c.withdrawn.is_(False), _I.c.jaar.in_(open_years))
            with db.reading(self._engine) as connection:
                entries = [entry_of(row) for row in connection.execute(rows).mappings()]
            region_of = self.rules.region_of
            for year in open_years:
                counted = [
                    (
                        e.gemeenten,
                        e.status is Status.CONCEPT and e.version == 1,
                        e.status in PUBLISHED,
                        e.confirmation.state is ConfirmationState.BOTH,
                    )
                    for e in entries
                    if e.key[1] == year
                ]
                per_year.append((year, progress(counted, region_of)))
        return Rounds(tuple(sorted(statuses.items())), tuple(per_year))

    def get(self, key: Key) -> Entry:
        with db.reading(self._engine) as connection:
            row = (
                connection.execute(select(_I).where(_I.c.record_id == key[0], _I.c.jaar == key[1]))
                .mappings()
                .first()
            )
        if row is None:
            raise NotFoundError(Msg("register.error.not_found", id=key[0], year=key[1]))
        return entry_of(row)

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
        with db.reading(self._engine) as connection:
            versions = [version_of(row) for row in connection.execute(query).mappings()]
        if regio is not None:
            region_of = self.rules.region_of
            versions = [v for v in versions if any(region_of.get(g) == regio for g in v.data.gemeenten)]
        return versions

    def latest_version(self, key: Key) -> VersionInfo | None:
        versions = self.history(key)
        return versions[0] if versions else None

    # ----------------------------------------------------------------------------------------------------------
    # Writing: the unit of work, and one-operation units for the form and the command line

    @contextmanager
    def transaction(
        self, credential: Credential, *, now: datetime | None = None, read_only: bool = False
    ) -> Iterator[Transaction]:
        """One unit of work for the actor behind `credential` (see `unit.Transaction`).

        `read_only` makes a unit that sees and checks the same (the import's preview) without taking the
        writers' lock; its write operations refuse to run.
        """
        now = now or db.now()
        rules = self.rules
        if read_only:
            with db.reading(self._engine) as connection:
                actor = resolve_actor(connection, credential, now)
                yield Transaction(connection, actor, rules, now, read_only=True)
            return
        with db.writing(self._engine, bump=False) as connection:
            lock_writers(connection)
            actor = resolve_actor(connection, credential, now)
            if isinstance(credential, SessionToken):
                touch_session(connection, credential.token, now)  # the lock is held anyway
            unit = Transaction(connection, actor, rules, now, read_only=False)
            yield unit
            unit._finish()

    def validate(self, cells: Mapping[str, str]) -> Initiative:
        """The record of a form, or InvalidRecordError with the importer's own messages."""
        result = validate_cells(cells, self.resolver)
        if result.errors or result.rows_accepted != 1:
            raise InvalidRecordError(Msg("register.error.invalid"), result.issues)
        return result.require_initiatives()[0]

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

        An edit needs the version the user started from; `confirm` turns a concept into a confirmed record. A
        new initiative whose id is left empty gets a readable one (`records.readable_id`), unique in the
        register (decided inside the write transaction).
        """
        auto_id = expected_version is None and not str(cells.get("id", "") or "").strip()
        initiative = self.validate({**cells, "id": AUTO_ID} if auto_id else cells)
        if auto_id:
            first = initiative.gemeenten[0] if initiative.gemeenten else ""
            stem = readable_id(initiative.naam, self.resolver.names.get(first, first), initiative.jaar)
            initiative = replace(initiative, id=stem)
        with self.transaction(credential, now=now) as unit:
            if expected_version is None:
                return unit.add(initiative, reason=reason, auto_id=auto_id)
            return unit.edit(initiative, expected_version=expected_version, reason=reason, confirm=confirm)

    def withdraw(
        self,
        credential: Credential,
        key: Key,
        *,
        expected_version: int,
        reason: str,
        now: datetime | None = None,
    ) -> Entry:
        with self.transaction(credential, now=now) as unit:
            return unit.withdraw(key, expected_version=expected_version, reason=reason)

    def restore(
        self, credential: Credential, key: Key, *, reason: str = "", now: datetime | None = None
    ) -> Entry:
        with self.transaction(credential, now=now) as unit:
            return unit.restore(key, reason=reason)

    def carry_over(
        self, credential: Credential, from_year: int, to_year: int, *, now: datetime | None = None
    ) -> list[Key]:
        with self.transaction(credential, now=now) as unit:
            return unit.carry_over(from_year, to_year)

    def confirm_concepts(
        self, credential: Credential, keys: Iterable[Key], *, now: datetime | None = None
    ) -> int:
        with self.transaction(credential, now=now) as unit:
            return unit.confirm_concepts(keys)

    # ----------------------------------------------------------------------------------------------------------
    # The two sides and the peiljaar round (one-operation units)

    def side_refusal(self, actor: Actor, entry: Entry) -> Msg | None:
        """Why `actor` may not confirm or dispute `entry` for a side, or None: the unit's own rule, for the
        page's list (the unit checks it again inside the write transaction)."""
        return side_refusal(actor, self.rules, entry)

    @staticmethod
    def side_of(actor: Actor, entry: Entry) -> str | None:
        side = side_of(actor, entry.record)
        return None if side is None else side.value

    def confirm_side(
        self, credential: Credential, key: Key, *, seen_version: int, now: datetime | None = None
    ) -> Entry:
        with self.transaction(credential, now=now) as unit:
            return unit.confirm_side(key, seen_version=seen_version)

    def dispute(
        self,
        credential: Credential,
        key: Key,
        *,
        seen_version: int,
        reason: str,
        proposed_level: Level | None = None,
        now: datetime | None = None,
    ) -> Entry:
        with self.transaction(credential, now=now) as unit:
            return unit.dispute(key, seen_version=seen_version, reason=reason, proposed_level=proposed_level)

    def open_peiljaar(
        self, credential: Credential, jaar: int, *, from_year: int | None = None, now: datetime | None = None
    ) -> list[Key]:
        with self.transaction(credential, now=now) as unit:
            return unit.open_peiljaar(jaar, from_year=from_year)

    def close_peiljaar(
        self, credential: Credential, jaar: int, *, reason: str, now: datetime | None = None
    ) -> list[Key]:
        with self.transaction(credential, now=now) as unit:
            return unit.close_peiljaar(jaar, reason=reason)

    # ----------------------------------------------------------------------------------------------------------
    # Organisations

    def organisation(self, text: str) -> Organisation:
        """The organisation an administrator typed: a gemeente (GM code or name, through the resolver), a
        zorgverzekeraar (any name or brand of the insurer vocabulary), or else another party by its name."""
        name = " ".join(text.split())
        if not name:
            raise RegisterError(Msg("peiljaar.error.no_organisation_given"))
        if is_known_insurer(name):
            insurer = canonical_insurer(name)
            return Organisation(OrganisationKind.ZORGVERZEKERAAR, insurer, insurer)
        code = self.resolver.resolve(name, suggest=False).code
        if code is not None:
            return gemeente_organisation(code, self.resolver.names.get(code, code))
        if name.upper().startswith("GM") and name[2:].isdigit():
            raise RegisterError(Msg("peiljaar.error.unknown_gemeente", code=name))
        return Organisation(OrganisationKind.OVERIG, name[:200], name[:200])


def readiness(url: str | None = None) -> Msg | str | None:
    """Why the register at ``url`` (default: the configured one) cannot be read now, or None when it can.

    Time-bounded (a fresh connection: connect timeout plus the client deadline, a few seconds), so a load
    balancer's probe and ``python -m dashboard check`` fail while the database does not answer. An SQLite file
    that does not exist yet is fine where the app can create it on first start (the embedded default, or a
    file in an existing folder).
    """
    url = url or db.database_url()
    if url.startswith("sqlite:///"):
        file = Path(url.removeprefix("sqlite:///"))
        if not file.exists() and (file == db.DEFAULT_DB_FILE or file.parent.is_dir()):
            return None
    try:
        engine = db.make_engine(url, pooled=False)
    except RegisterError as error:
        return error.msg
    try:
        db.revision(engine, probe=True)
    except RegisterError as error:
        return error.msg
    finally:
        engine.dispose()
    return None
