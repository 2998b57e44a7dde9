"""Where the register lives and how to reach it: URL, engine, migrations, and the cheap revision read.

`PREVENTIEKAART_DB` takes any SQLAlchemy URL (PostgreSQL: ``postgresql+psycopg://user:pw@host/db``); without
it the register is an SQLite file in the project's git-ignored ``var/`` folder, created on first start.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.pool import NullPool

from dashboard.i18n.messages import Msg
from dashboard.register import deadline, tables
from dashboard.register.errors import UnavailableError

LOG: Final = logging.getLogger(__name__)

DB_ENV_VAR: Final = "PREVENTIEKAART_DB"
PROJECT_ROOT: Final = Path(__file__).resolve().parents[2]
DEFAULT_DB_FILE: Final = PROJECT_ROOT / "var" / "preventiekaart.sqlite"
MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
# Milliseconds a writer waits for another writer's lock before giving up with a clear message.
SQLITE_BUSY_TIMEOUT_MS: Final = 5000
SQLITE_IMPATIENT_MS: Final = 50
# The newest revision in migrations/versions (a test holds it to alembic's own head). Knowing it without alembic
# lets a process whose database is already up to date skip importing alembic, mako and pygments: ~10 MB of
# resident memory for the process's whole life, spent only to find there is nothing to do.
SCHEMA_HEAD: Final = "0004"
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


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer, and two app processes can share the file.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str | None = None, *, pooled: bool = True) -> Engine:
    """One engine per process (the app caches it); SQLite files get their folder created and WAL turned on.

    PostgreSQL gets a connect timeout, server-side statement and lock timeouts and a client-side deadline
    (`deadline.DeadlineConnection`): a database that stops answering (a frozen server, a network partition)
    becomes `UnavailableError` within seconds instead of a page that hangs. `pooled=False` opens a connection
    per use (the readiness probe).
    """
    url = url or database_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UnavailableError(Msg("register.db.bad_url", var=DB_ENV_VAR)) from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    try:
        if is_sqlite:
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **pool)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(
                url,
                pool_pre_ping=True,
                connect_args=deadline.connect_args(parsed.get_backend_name()),
                **({"pool_timeout": deadline.POOL_TIMEOUT_S} | pool if pooled else pool),
            )
            deadline.install(engine)
    except (NoSuchModuleError, ImportError) as exc:
        raise UnavailableError(Msg("register.db.unsupported", url=parsed.drivername)) from exc
    return engine


def unavailable(exc: Exception, engine: Engine) -> UnavailableError:
    """The message for a database error: busy (SQLite's write lock, a lock timeout) or unreachable.

    Visitors never learn where the register lives: the message names no URL, host or port; the log keeps the
    details (URL without its password, and the driver's own words).
    """
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        LOG.info("register-busy %s: %s", shown_url(_url_of(engine)), text)
        return UnavailableError(Msg("register.db.busy"), busy=True)
    LOG.warning("register-unreachable %s: %s", shown_url(_url_of(engine)), text)
    deadline.mark_down(engine)
    return UnavailableError(Msg("register.db.unreachable"))


def _url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


_DB_ERRORS: Final = (OperationalError, DBAPIError, PoolTimeoutError)


@contextmanager
def reading(engine: Engine, *, probe: bool = False) -> Iterator[Connection]:
    """A short read transaction; database errors become `UnavailableError` (at once while the database is
    known not to answer: see `deadline.mark_down`). A `probe` (the readiness check) always asks the database,
    and when it answers, the others may ask again too."""
    if not probe:
        deadline.raise_if_down(engine)
    try:
        with engine.connect() as connection:
            yield connection
    except _DB_ERRORS as exc:
        raise unavailable(exc, engine) from exc
    if probe:
        deadline.forget(engine)


@contextmanager
def writing(engine: Engine, *, bump: bool = True, patient: bool = True) -> Iterator[Connection]:
    """One write transaction, committed whole or rolled back whole; `bump` raises the register's revision
    (every change of records does; sign-ins do not, they change nothing anyone sees). An impatient write
    (`patient=False`: bookkeeping that may be skipped) gives up at once when SQLite's write lock is taken."""
    deadline.raise_if_down(engine)
    try:
        with engine.begin() as connection:
            impatient = not patient and connection.dialect.name == "sqlite"
            if impatient:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_IMPATIENT_MS}")
            try:
                if bump:
                    # Updating the one meta row first also serialises writers on PostgreSQL (row lock).
                    connection.execute(
                        update(tables.meta)
                        .where(tables.meta.c.id == 1)
                        .values(revision=tables.meta.c.revision + 1)
                    )
                yield connection
            finally:
                if impatient:
                    connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    except _DB_ERRORS as exc:
        raise unavailable(exc, engine) from exc


def revision(engine: Engine, *, probe: bool = False) -> int:
    """The register's revision: the only query a rerun makes when nothing changed."""
    with reading(engine, probe=probe) as connection:
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
    except _DB_ERRORS as exc:
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
    if head is None:
        raise RuntimeError("no migrations")
    return head
