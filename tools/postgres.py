"""A throw-away PostgreSQL server in a temporary folder, for the tests and the load benchmark.

It runs Debian's ``postgresql`` package with initdb/pg_ctl on a free port of 127.0.0.1 (trust authentication,
fsync off: nothing here needs to survive); as root it runs them as the ``postgres`` user, because initdb refuses
root. ``throwaway_postgres()`` removes the folder on exit; ``PostgresServer.frozen()`` makes it hang (SIGSTOP).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from tools.server import free_port


def pg_bin() -> Path | None:
    """The folder of Debian's newest initdb/pg_ctl, or None when PostgreSQL is not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str
    data: Path | None = None  # the cluster's folder (for ``frozen``)
    _names = count(1)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _pids(self) -> list[int]:
        """The postmaster and every process under it (backends, checkpointer, walwriter, ...)."""
        if self.data is None:
            raise RuntimeError("this server's folder is not known")
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        parents: dict[int, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended while we looked
            parents[int(stat.parent.name)] = int(fields[1])
        pids = {postmaster}
        grew = True
        while grew:
            below = {pid for pid, parent in parents.items() if parent in pids}
            grew = not below <= pids
            pids |= below
        return sorted(pids)

    @contextmanager
    def frozen(self) -> Iterator[None]:
        """Every process of the server stopped (SIGSTOP), as a hung server or a network partition looks to a
        client: connections open but nothing answers. Continued (SIGCONT) on exit."""
        # A backend can end (a closed connection) or start (the postmaster forks) while we look: stop what is
        # there, a process that has ended needs no stopping, and look again until nothing new appeared.
        stopped: list[int] = []
        while fresh := [pid for pid in self._pids() if pid not in stopped]:
            for pid in fresh:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGSTOP)
                stopped.append(pid)
        try:
            yield
        finally:
            for pid in stopped:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGCONT)


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def throwaway_postgres(bindir: Path, *, max_connections: int = 100) -> Iterator[PostgresServer]:
    root = Path(tempfile.mkdtemp(prefix="preventiekaart-pg-"))
    data, sockets = root / "data", root / "run"
    data.mkdir()
    sockets.mkdir()
    user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres(
            [str(bindir / "initdb"), "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8", "--no-sync"]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections={max_connections}"
    try:
        subprocess.run(
            _as_postgres(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        server = PostgresServer("127.0.0.1", port, user, data)
        _wait_ready(server)
        yield server
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(server: PostgresServer, timeout: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname="postgres"):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
