"""Is this process fit for visitors? Its register answers. A load balancer polls this through ``/ready``.

``/_stcore/health`` says ok as long as the server runs, also while the database hangs (a stopped PostgreSQL, a
network partition); then every page waits for the register. Readiness asks the register itself, bounded in
time: one check at a time per process whatever the number of pollers, its answer reused for a second, and an
answer after at most ``TIMEOUT_S`` even when the check hangs (that check runs on in its thread and is joined by
the next request, so a hanging database never piles up threads).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from dashboard.i18n.messages import Msg
from dashboard.register import db

LOG: Final = logging.getLogger(__name__)
# Below the usual load-balancer probe timeout (nginx, HAProxy and cloud balancers default to 5 s or more).
TIMEOUT_S: Final = 3.0
# Pollers (several balancers, each every few seconds) share one answer per second.
REUSE_S: Final = 1.0


def register_problem(url: str) -> Msg | str | None:
    """Why the register at ``url`` does not answer, or None when it does: the register's own time-bounded
    readiness check (a fresh connection each time, so a pool of broken connections never answers for it)."""
    from dashboard.register.repository import readiness

    return readiness(url)


@dataclass(frozen=True)
class Answer:
    ready: bool
    at: float


class Readiness:
    """The process's readiness, checked by ``check`` (blocking, run in a worker thread) at most once at a time."""

    def __init__(
        self,
        check: Callable[[], Msg | str | None],
        *,
        timeout_s: float = TIMEOUT_S,
        reuse_s: float = REUSE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._check = check
        self._timeout_s = timeout_s
        self._reuse_s = reuse_s
        self._clock = clock
        self._last: Answer | None = None
        self._running: asyncio.Future[Msg | str | None] | None = None
        self._logged_ready: bool | None = None

    async def ready(self) -> bool:
        last = self._last
        if last is not None and self._clock() - last.at < self._reuse_s:
            return last.ready
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(asyncio.to_thread(self._safe_check))
        try:
            problem = await asyncio.wait_for(asyncio.shield(self._running), self._timeout_s)
        except TimeoutError:
            problem = f"no answer within {self._timeout_s:g} s"
        ready = problem is None
        self._last = Answer(ready, self._clock())
        self._log(ready, problem)
        return ready

    def _safe_check(self) -> Msg | str | None:
        try:
            return self._check()
        except Exception as error:  # a failing probe is a failed check, never a 500 for the balancer
            LOG.exception("readiness check failed")
            return type(error).__name__

    def _log(self, ready: bool, problem: Msg | str | None) -> None:
        """Only changes go to the log (pollers ask every few seconds); the reason is there, never in the answer."""
        if ready == self._logged_ready:
            return
        self._logged_ready = ready
        if ready:
            LOG.info("ready: the register answers")
        else:
            reason = problem.render("en") if isinstance(problem, Msg) else str(problem)
            LOG.warning("not ready: the register does not answer: %s", reason)


def register_readiness() -> Readiness:
    """The readiness of this process's register (``PREVENTIEKAART_DB``, read when checked)."""
    return Readiness(lambda: register_problem(db.database_url()))
