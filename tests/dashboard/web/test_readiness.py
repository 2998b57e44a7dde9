"""The readiness probe: bounded in time, one check at a time, the reason in the log and never in the answer."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest

from dashboard.i18n.messages import Msg
from dashboard.web import readiness
from dashboard.web.readiness import Readiness
from tests.dashboard.web.aio import run_apart
from tools.server import free_port


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_ready_while_the_check_passes_and_not_while_it_names_a_problem():
    problems: list[Msg | None] = [None, Msg("register.db.unreachable", where="x")]
    clock = Clock()
    probe = Readiness(lambda: problems[0], clock=clock)
    assert run_apart(probe.ready()) is True
    problems[0] = problems[1]
    clock.now += 5
    assert run_apart(probe.ready()) is False


def test_a_check_that_raises_is_a_failed_check_not_an_error(caplog):
    def broken() -> None:
        raise RuntimeError("driver exploded")

    with caplog.at_level(logging.WARNING, logger=readiness.LOG.name):
        assert run_apart(Readiness(broken).ready()) is False
    assert "driver exploded" in caplog.text


def test_a_hanging_check_is_answered_within_the_timeout_and_never_runs_twice_at_once():
    release = threading.Event()
    calls: list[float] = []

    def hangs() -> None:
        calls.append(time.monotonic())
        release.wait(10)

    clock = Clock()
    probe = Readiness(hangs, timeout_s=0.3, reuse_s=1.0, clock=clock)

    async def scenario() -> tuple[list[bool], float, list[bool]]:
        start = time.monotonic()
        first = await asyncio.gather(*(probe.ready() for _ in range(20)))
        took = time.monotonic() - start
        clock.now += 5  # past the reuse window: a new poll joins the check that still hangs
        second = [await probe.ready()]
        release.set()
        return first, took, second

    first, took, second = run_apart(scenario())
    assert first == [False] * 20 and second == [False]
    assert took < 2.0, took
    assert len(calls) == 1, "a second check was started while the first still hung"


def test_the_answer_is_reused_for_a_second_then_asked_again():
    calls: list[int] = []
    clock = Clock()
    probe = Readiness(lambda: calls.append(1), reuse_s=1.0, clock=clock)

    async def polls() -> None:
        await probe.ready()
        clock.now += 0.5
        await probe.ready()
        clock.now += 1.0
        await probe.ready()

    run_apart(polls())
    assert len(calls) == 2


def test_only_changes_are_logged(caplog):
    state: list[Msg | None] = [None]
    clock = Clock()
    probe = Readiness(lambda: state[0], reuse_s=0, clock=clock)
    with caplog.at_level(logging.INFO, logger=readiness.LOG.name):
        for problem in (None, None, Msg("register.db.unreachable", where="x"), None):
            state[0] = problem
            clock.now += 1
            run_apart(probe.ready())
    assert [r.levelname for r in caplog.records] == ["INFO", "WARNING", "INFO"]


def test_the_real_check_passes_on_a_register_and_fails_where_nothing_listens(tmp_path):
    from dashboard.register.repository import Register

    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    Register.open(url).initialize(empty=True)
    assert readiness.register_problem(url) is None
    nobody = f"postgresql+psycopg://someone:geheim@127.0.0.1:{free_port()}/register"
    assert readiness.register_problem(nobody) is not None


@pytest.mark.parametrize("frozen", [False, True])
def test_readiness_of_a_postgresql_register_fails_within_the_timeout_while_it_hangs(postgres_server, frozen):
    """A stopped PostgreSQL (SIGSTOP: a network partition looks the same) accepts connections and never
    answers; the probe still answers, and says so, within its timeout."""
    from dashboard.register.repository import Register
    from tools.postgres import pg_bin, throwaway_postgres

    bindir = pg_bin()
    assert bindir is not None
    with throwaway_postgres(bindir) as server:
        url = server.new_database()
        Register.open(url).initialize(empty=True)
        probe = Readiness(lambda: readiness.register_problem(url), timeout_s=2.0, reuse_s=0)
        assert run_apart(probe.ready()) is True
        if not frozen:
            return

        async def timed() -> tuple[bool, float]:
            start = time.monotonic()
            ready = await probe.ready()
            return ready, time.monotonic() - start

        with server.frozen():
            # (asyncio.run then waits for the hung check's thread to end; a server's loop lives on.)
            ready, took = run_apart(timed())
            assert ready is False
            assert took < 3.0, took
        deadline = time.monotonic() + 30  # thawed: ready again without a restart
        while not run_apart(probe.ready()):
            assert time.monotonic() < deadline, "still not ready after the database came back"
            time.sleep(0.5)
