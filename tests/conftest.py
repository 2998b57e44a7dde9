"""Session-wide test setup: the register never lives in the project's var/, and a throw-away PostgreSQL.

Every test process gets its own SQLite register in a temporary folder through PREVENTIEKAART_DB (set before
any test module imports the app), and its open data's folder beside it (PREVENTIEKAART_OPEN_DATA). `postgres_server` starts a PostgreSQL cluster from Debian's `postgresql`
package in a temporary folder on a free port (tools/postgres.py, shared with the load benchmark). Without
PostgreSQL the PostgreSQL variants are skipped, unless PREVENTIEKAART_REQUIRE_POSTGRES is set (CI), which makes
that a failure.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tools.postgres import PostgresServer, pg_bin, throwaway_postgres

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="preventiekaart-tests-"))
os.environ["PREVENTIEKAART_DB"] = f"sqlite:///{_SESSION_DIR / 'register.sqlite'}"
os.environ["PREVENTIEKAART_OPEN_DATA"] = str(_SESSION_DIR / "open-data")


@contextmanager
def postgres_cluster() -> Iterator[PostgresServer]:
    """A throw-away cluster of a test's own (freezing it leaves the shared one alone); skipped or failed like
    the shared one when PostgreSQL is missing."""
    bindir = pg_bin()
    if bindir is None:
        if os.environ.get("PREVENTIEKAART_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL is required for the register tests: apt-get install postgresql")
        pytest.skip("PostgreSQL (Debian's postgresql package) is not installed")
    with throwaway_postgres(bindir) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with postgres_cluster() as server:
        yield server
