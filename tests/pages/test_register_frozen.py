"""Issue 22.5/22.7: a PostgreSQL server that stops answering (SIGSTOP on every process of a cluster of its own;
a network partition looks the same) gives the "niet bereikbaar" notice with the last-read data within 10
seconds on the pages, names no host, port or database, and the readiness checks fail until it answers again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from dashboard.register import db
from dashboard.register.repository import Register, readiness
from tests.conftest import PostgresServer, postgres_cluster
from tests.pages.apptest import TEXT_ELEMENTS, open_app

PAGES = ("app_pages/kaart.py", "app_pages/gegevens.py", "app_pages/register.py")
LIMIT_S = 10


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A cluster of this test's own: freezing it leaves the other tests' server alone."""
    with postgres_cluster() as server:
        yield server


def _shown(at) -> str:
    return " ".join(str(element.value) for kind in TEXT_ELEMENTS for element in getattr(at, kind))


def test_a_frozen_database_is_a_notice_within_seconds_and_readiness_fails(own_server, monkeypatch):
    url = own_server.new_database()
    monkeypatch.setenv(db.DB_ENV_VAR, url)
    register = Register.open(url)
    register.initialize()
    register.close()
    pages = {page: open_app(page) for page in PAGES}  # each has read the register once
    assert readiness(url) is None
    with own_server.frozen():
        for page, at in pages.items():
            started = time.monotonic()
            at.run()
            took = time.monotonic() - started
            assert not at.exception, (page, [e.value for e in at.exception])
            shown = _shown(at)
            assert took < LIMIT_S, (page, took)
            assert "niet bereikbaar" in shown, page
            for secret in (str(own_server.port), own_server.host, "postgresql", url.rsplit("/", 1)[1]):
                assert secret not in shown, (page, secret)
        assert "zoals ze op" in _shown(pages["app_pages/kaart.py"])  # the last-read data, with its time
        started = time.monotonic()
        problem = readiness(url)
        assert problem is not None and time.monotonic() - started < LIMIT_S
        started = time.monotonic()
        check = subprocess.run(
            [sys.executable, "-m", "dashboard", "check"],
            env=os.environ | {db.DB_ENV_VAR: url},
            capture_output=True,
            text=True,
            timeout=60,
            cwd=db.PROJECT_ROOT,
        )
        assert check.returncode == 1, check.stdout + check.stderr
        assert "niet bereikbaar" in check.stdout and time.monotonic() - started < LIMIT_S + 10
    # Answering again: ready at once (a readiness probe always asks), and the pages read it again without a
    # restart (after a probe that got an answer, at once).
    assert readiness(url) is None
    at = pages["app_pages/kaart.py"]
    at.run()
    assert "niet bereikbaar" not in _shown(at)
