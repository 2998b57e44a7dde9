"""Migrations: from an empty database to the latest revision, and from the previous revision with data."""

from __future__ import annotations

from sqlalchemy import inspect, text

from dashboard.register import db
from dashboard.register.repository import Register


def test_upgrade_from_empty_creates_every_table(db_url):
    engine = db.make_engine(db_url)
    db.migrate(engine)
    assert db.current_revision(engine) == db.head_revision()
    names = set(inspect(engine).get_table_names())
    assert {"register_meta", "initiatives", "versions", "users", "sessions"} <= names
    assert db.revision(engine) == 0
    db.migrate(engine)  # safe to repeat
    assert db.current_revision(engine) == db.head_revision()
    engine.dispose()


def test_upgrade_from_the_previous_revision_keeps_the_records(db_url):
    engine = db.make_engine(db_url)
    db.migrate(engine, "0001")
    assert "users" not in inspect(engine).get_table_names()
    register = Register(engine)
    # A register of revision 0001 with its records (the seed does not need the users table) ...
    with engine.begin() as connection:
        connection.execute(text("UPDATE register_meta SET revision = 7"))
    register.initialize()  # ... upgrades to the latest revision and keeps what it had
    assert db.current_revision(engine) == db.head_revision()
    assert "users" in inspect(engine).get_table_names()
    assert len(register.records()) > 0 and db.revision(engine) == 8
    engine.dispose()


def test_sqlite_register_runs_in_wal_mode(tmp_path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'sub' / 'r.sqlite'}")
    db.migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    assert (tmp_path / "sub" / "r.sqlite").exists()
    engine.dispose()


def test_default_location_is_var_in_the_project(monkeypatch):
    monkeypatch.delenv(db.DB_ENV_VAR, raising=False)
    assert db.database_url() == f"sqlite:///{db.PROJECT_ROOT / 'var' / 'preventiekaart.sqlite'}"


def test_unreachable_database_is_a_dutch_message_without_the_password():
    import pytest

    from dashboard.register.errors import UnavailableError

    engine = db.make_engine("postgresql+psycopg://wie:geheim123@127.0.0.1:1/nergens")
    with pytest.raises(UnavailableError) as caught:
        db.revision(engine)
    assert "niet bereikbaar" in caught.value.message and "geheim123" not in caught.value.message


def test_schema_head_is_alembics_head():
    assert db.head_revision() == db.SCHEMA_HEAD


def test_stored_schema_follows_the_migrations(db_url):
    engine = db.make_engine(db_url)
    assert db.stored_schema(engine) is None
    db.migrate(engine, "0001")
    assert db.stored_schema(engine) == "0001" == db.current_revision(engine)
    db.migrate(engine)
    assert db.stored_schema(engine) == db.SCHEMA_HEAD == db.current_revision(engine)
    engine.dispose()


def test_starting_on_an_up_to_date_register_does_not_load_alembic(tmp_path):
    """Every app process initialises the register; alembic (with mako and pygments) is ~10 MB it would keep."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    engine = db.make_engine(url)
    Register(engine).initialize()
    engine.dispose()
    script = (
        "import sys\n"
        "from dashboard.register.repository import Register\n"
        f"Register.open({url!r}).initialize()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako', 'pygments')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=db.PROJECT_ROOT
    )
    assert out.stdout.strip() == "[]"
