"""Time limits, so a register that stops answering is a clear notice within seconds, never a page that hangs.

A frozen PostgreSQL server (or a network partition, which looks the same) accepts TCP and never replies:
server-side timeouts cannot fire and the kernel keeps acknowledging, so only the client can give up. Here:

- connecting gives up after `CONNECT_TIMEOUT_S` (libpq's connect_timeout);
- every statement, commit and rollback gives up after `CLIENT_DEADLINE_S` on the client (`DeadlineConnection`),
  closing the connection, which SQLAlchemy then drops from its pool;
- the server itself cancels statements after `STATEMENT_TIMEOUT_MS` and lock waits after `LOCK_TIMEOUT_MS`;
- once a database did not answer, the register says so at once for `DOWN_FOR_S` seconds instead of making every
  part of a page wait again (`mark_down`/`raise_if_down`), then tries again.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Final, TypeVar

from sqlalchemy import Engine, event

from dashboard.i18n.messages import Msg
from dashboard.register.errors import UnavailableError

CONNECT_TIMEOUT_S: Final = 2
CLIENT_DEADLINE_S: Final = 3.0
STATEMENT_TIMEOUT_MS: Final = 5000
LOCK_TIMEOUT_MS: Final = 4000
# Waiting for a free pooled connection (all of them stuck on a frozen server) is a timeout as well.
POOL_TIMEOUT_S: Final = 3
DOWN_FOR_S: Final = 15.0
RV = TypeVar("RV")

# Per database (its URL), not per engine: a process that cannot even open its register makes a new engine on
# every attempt, and those must not each wait again.
_down_until: dict[str, float] = {}
_lock = threading.Lock()


def connect_args(backend: str) -> dict[str, Any]:
    if backend != "postgresql":
        return {}
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}",
    }


def install(engine: Engine) -> None:
    """Connections of a psycopg engine become `DeadlineConnection`s (other drivers keep their own)."""
    if engine.dialect.driver != "psycopg":
        return

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: object, _record: object, cargs: tuple[Any, ...], cparams: dict[str, Any]) -> Any:
        return _deadline_class().connect(*cargs, **cparams)


def _deadline_class() -> type[Any]:
    global _DEADLINE_CLASS
    if _DEADLINE_CLASS is None:
        _DEADLINE_CLASS = _make_deadline_class()
    return _DEADLINE_CLASS


_DEADLINE_CLASS: type[Any] | None = None


def _make_deadline_class() -> type[Any]:
    # Built on first use: psycopg is only imported by a process that talks to PostgreSQL.
    import psycopg
    from psycopg.abc import PQGen

    class DeadlineConnection(psycopg.Connection[Any]):
        """A psycopg connection whose every wait for the server ends after `CLIENT_DEADLINE_S`."""

        def wait(self, gen: PQGen[RV], interval: float = 0.1, timeout: float | None = None) -> RV:
            try:
                return super().wait(gen, interval, CLIENT_DEADLINE_S if timeout is None else timeout)
            except psycopg.OperationalError as exc:
                if self.closed or "timeout expired" not in str(exc):
                    raise
                # The server may still be working on (or frozen in) the statement: this connection's state
                # is unknown, so it is closed; SQLAlchemy sees a closed connection and discards it.
                self.pgconn.finish()
                raise psycopg.OperationalError(str(exc)) from exc

    return DeadlineConnection


def _key(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def mark_down(engine: Engine) -> None:
    with _lock:
        _down_until[_key(engine)] = time.monotonic() + DOWN_FOR_S


def raise_if_down(engine: Engine) -> None:
    with _lock:
        until = _down_until.get(_key(engine))
    if until is not None and time.monotonic() < until:
        raise UnavailableError(Msg("register.db.unreachable"))


def forget(engine: Engine) -> None:
    with _lock:
        _down_until.pop(_key(engine), None)
