"""Where the register lives and how to reach it: URL, engine, migrations, and the cheap revision read.

`PREVENTIEKAART_DB` takes any SQLAlchemy URL (PostgreSQL: ``postgresql+psycopg://user:pw@host/db``); without
it the register is an SQLite file in the project's git-ignored ``var/`` folder, created on first start.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from dashboard.i18n.messages import Msg
from dashboard.register import tables
from dashboard.register.errors import UnavailableError

DB_ENV_VAR: Final = "PREVENTIEKAART_DB"
PROJECT_ROOT: Final = Path(__file__).resolve().parents[2]
DEFAULT_DB_FILE: Final = PROJECT_ROOT / "var" / "preventiekaart.sqlite"
MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
# Milliseconds a writer waits for another writer's lock before giving up with a clear message.
SQLITE_BUSY_TIMEOUT_MS: Final = 5000
# The newest revision in migrations/versions (a test holds it to alembic's own head). Knowing it without alembic
# lets a process whose database is already up to date skip importing alembic, mako and pygments: ~10 MB of
# resident memory for the process's whole life, spent only to find there is nothing to do.
SCHEMA_HEAD: Final = "0002"
ALEMBIC_TABLE: Final = "alembic_version"

if TYPE_CHECKING:
    from alembic.config import Config


def now() -> datetime:
    """UTC without tzinfo: SQLite has no time zones, so the register stores naive UTC everywhere."""
    return datetime.now(UTC).replace(tzinfo=None)


def database_url() -> str:
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    return configured or f"sqlite:///{DEFAULT_DB_FILE}"


def shown_url(url: str) -> str | Msg:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return Msg("register.db.unreadable_url")


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # WAL: readers never block the writer, and two app processes can share the file.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """One engine per process (the app caches it); SQLite files get their folder created and WAL turned on."""
    url = url or database_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UnavailableError(Msg("register.db.bad_url", var=DB_ENV_VAR)) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        if is_sqlite:
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    except (NoSuchModuleError, ImportError) as exc:
        raise UnavailableError(Msg("register.db.unsupported", url=shown_url(url))) from exc
    return engine


def unavailable(exc: Exception, engine: Engine) -> UnavailableError:
    """The message for a database error; the URL is shown without its password."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = shown_url(str(engine.url.render_as_string(hide_password=False)))
    if "locked" in text or "busy" in text:
        return UnavailableError(Msg("register.db.busy"))
    return UnavailableError(Msg("register.db.unreachable", where=where))


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A short read transaction; database errors become `UnavailableError`."""
    try:
        with engine.connect() as connection:
            yield connection
    except (OperationalError, DBAPIError) as exc:
        raise unavailable(exc, engine) from exc


@contextmanager
def writing(engine: Engine, *, bump: bool = True) -> Iterator[Connection]:
    """One write transaction, committed whole or rolled back whole; `bump` raises the register's revision
    (every change of records does; sign-ins do not, they change nothing anyone sees)."""
    try:
        with engine.begin() as connection:
            if bump:
                # Updating the one meta row first also serialises writers on PostgreSQL (row lock).
                connection.execute(
                    update(tables.meta)
                    .where(tables.meta.c.id == 1)
                    .values(revision=tables.meta.c.revision + 1)
                )
            yield connection
    except (OperationalError, DBAPIError) as exc:
        raise unavailable(exc, engine) from exc


def revision(engine: Engine) -> int:
    """The register's revision: the only query a rerun makes when nothing changed."""
    with reading(engine) as connection:
        value = connection.execute(select(tables.meta.c.revision).where(tables.meta.c.id == 1)).scalar()
    if value is None:
        raise UnavailableError(Msg("register.db.not_created"))
    return int(value)


# --------------------------------------------------------------------------------------------------------------
# Migrations


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def stored_schema(engine: Engine) -> str | None:
    """The schema revision alembic recorded in the database, read without alembic (None: never migrated)."""
    with reading(engine) as connection:
        if not inspect(connection).has_table(ALEMBIC_TABLE):
            return None
        value = connection.execute(text(f"SELECT version_num FROM {ALEMBIC_TABLE}")).scalar()
    return None if value is None else str(value)


def migrate(engine: Engine, target: str = "head") -> None:
    """Create or upgrade the schema to `target`; safe to repeat (and cheap when it is already there)."""
    if target in ("head", SCHEMA_HEAD) and stored_schema(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), target)
    except (OperationalError, DBAPIError) as exc:
        raise unavailable(exc, engine) from exc


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with reading(engine) as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
