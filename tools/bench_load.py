"""``python -m tools bench --load N``: N visitors at once over two app processes, as a deployment runs.

One throw-away PostgreSQL register (the shipped records), two app processes on it (``serve.py``, started as the
tests start them) and nginx in front with the repository's site file (sticky sessions by cookie). The visitors
are lightweight clients in one asyncio process that speak Streamlit's own protocol: a first visit fetches the
page and the files it names (Streamlit's bundles, Leaflet, the geometry) over HTTP like a browser with an empty
cache, then opens the websocket and asks for the run of the start page (``BackMsg.rerun_script``) and reads
every ``ForwardMsg`` until ``script_finished``. It then changes a sidebar filter (the Peiljaar select, its
widget id read from the deltas) ``changes`` times, as the browser does: all widget values it has set, the page's
query string, the hashes of the large messages it already holds (so the server sends references, as to a
browser) - with a think time between changes.

Figures (``load_*``), measured at the client on the same machine (loopback, so the time is the server's):

- ``load_rerun_p50_s`` / ``_p95_s``: from sending a filter change to its ``script_finished``, all N visitors
  changing filters at once; ``alone_rerun_p50_s`` / ``_p95_s`` the same for one visitor with nobody else (on
  the warm processes, half of those visits before the crowd and half after it), and their ratios (the goal is
  at most 3);
- ``load_burst_s``: from N first visits started at the same instant (a room of people opening a shared link)
  until the last of them has its page; ``load_first_visit_p50_s`` / ``_p95_s`` per visitor;
  ``alone_first_visit_s`` one first visit alone;
- ``load_errors`` (0 expected) with ``load_error_samples``: refused connections, HTTP errors, time-outs, a run
  that did not finish, an exception, the app's error page or a register notice (an error or "not reachable"
  alert) in a run;
- ``load_sessions_per_process``: where nginx sent the visitors' websockets (from its access log);
- ``load_ws_kb_per_rerun``: the websocket bytes a filter change sends the visitor (after permessage-deflate
  is undone: the protobuf bytes), median;
- ``load_app_cpu_s_per_visitor``: the CPU seconds both app processes spent on the crowd, per visitor: what a
  visitor costs the server, whatever else the machine was doing; ``alone_app_cpu_s_per_visitor`` the same for
  the visitors alone (equal figures: the crowd waits for CPU, it does not make the work dearer).
  ``load_burst_client_cpu_share``: the clients'
  own CPU during the burst, per second of it (near 1.0 would mean they, not the server, set the pace).

The map's own component never runs in these clients (no JavaScript), so the rerun a browser's map sends after
its first draw is not part of a first visit here. The machine is shared: compare the ratios within one run.
"""

from __future__ import annotations

import asyncio
import gzip
import random
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from tools.nginx import NGINX, nginx_proxy
from tools.postgres import pg_bin, throwaway_postgres
from tools.server import Server, streamlit_server

T = TypeVar("T")
PROCESSES: Final = 2
CHANGES: Final = 5
# Seconds a visitor looks at the map before the next change (uniform, seeded): people at a meeting, not a
# script hammering the server. ``think=(0, 0)`` measures back-to-back changes.
THINK_S: Final = (1.0, 3.0)
# One visitor with nobody else, half before the crowd and half after it (the machine is shared: pooling both
# sides keeps a quiet or a busy moment from setting the baseline).
ALONE_SESSIONS: Final = 4
RUN_TIMEOUT_S: Final = 180.0
HTTP_TIMEOUT_S: Final = 120.0
# Markers of a run that went wrong though it finished: the app's error page, the register's notices.
BAD_ICONS: Final = frozenset({":material/sentiment_dissatisfied:", ":material/cloud_off:"})


class VisitError(Exception):
    """One visitor's failure: counted, the visitor stops."""


@dataclass
class Run:
    seconds: float
    ws_bytes: int
    http_seconds: float = 0.0  # a first visit: the page and its files, before the websocket


class Http:
    """A browser's HTTP/1.1 to one host: keep-alive connections (up to six in use at once, as a browser opens),
    gzip accepted, cookies kept. Lean on purpose: a general client spent ~1.7 ms of CPU per request here, so 50
    visitors' 3,300 requests measured the client more than the server."""

    def __init__(self, base: str) -> None:
        self.host, port = base.removeprefix("http://").split(":")
        self.port = int(port)
        self.cookies: dict[str, str] = {}
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._open: list[asyncio.StreamWriter] = []
        self.slots = asyncio.Semaphore(6)

    async def get(self, path: str) -> tuple[int, bytes, int, bool]:
        """(status, body as sent, bytes on the wire, gzip-encoded)."""
        async with self.slots:
            if self._idle:
                reader, writer = self._idle.pop()
            else:
                reader, writer = await asyncio.open_connection(self.host, self.port)
                self._open.append(writer)
            cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            writer.write(
                (
                    f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept-Encoding: gzip\r\n"
                    + (f"Cookie: {cookie}\r\n" if cookie else "")
                    + "\r\n"
                ).encode()
            )
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers: dict[str, str] = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    name = name.strip().lower()
                    if name == "set-cookie":
                        key, _, rest = value.strip().partition("=")
                        self.cookies[key] = rest.split(";", 1)[0]
                    headers[name] = value.strip()
            wire = len(head)
            if headers.get("transfer-encoding", "").lower() == "chunked":
                chunks = []
                while True:
                    size_line = await reader.readuntil(b"\r\n")
                    size = int(size_line.split(b";")[0], 16)
                    chunk = await reader.readexactly(size + 2)
                    wire += len(size_line) + len(chunk)
                    if size == 0:
                        break
                    chunks.append(chunk[:-2])
                body = b"".join(chunks)
            else:
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                wire += len(body)
            if headers.get("connection", "").lower() == "close":
                writer.close()
            else:
                self._idle.append((reader, writer))
            return status, body, wire, headers.get("content-encoding", "") == "gzip"

    async def aclose(self) -> None:
        for writer in self._open:
            writer.close()


@dataclass
class Visitor:
    """One browser tab: its cookies (nginx's affinity key), widget values, query string and message cache."""

    base: str
    seed: int
    year_label: str
    http: Any = None
    ws: Any = None
    page_script_hash: str = ""
    query_string: str = ""
    widget_states: dict[str, Any] = field(default_factory=dict)
    year_widget: Any = None  # the Peiljaar Selectbox proto of the last run
    cached_hashes: set[str] = field(default_factory=set)
    http_bytes: int = 0

    async def __aenter__(self) -> Visitor:
        self.http = Http(self.base)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self.ws is not None:
            await self.ws.close()
        await self.http.aclose()

    async def _get(self, path: str, text: bool = False) -> bytes:
        status, body, wire, gzipped = await asyncio.wait_for(self.http.get(path), HTTP_TIMEOUT_S)
        if status != 200:
            raise VisitError(f"GET {path}: HTTP {status}")
        self.http_bytes += wire  # on the wire (compressed where nginx compresses)
        return gzip.decompress(body) if text and gzipped else body

    async def first_visit(self) -> Run:
        """The page and its files with an empty cache, the websocket, the start page's run."""
        from dashboard.render import maps

        began = time.perf_counter()
        html = (await self._get("/", text=True)).decode("utf-8", "replace")
        files = sorted(set(re.findall(r'(?:src|href)="\./((?:static/|favicon)[^"]+)"', html)))
        await self._get("/_stcore/health")
        await self._get("/_stcore/host-config")
        paths = (*files, maps.LEAFLET_JS, maps.LEAFLET_CSS, maps.geometry_url().lstrip("/"))
        await asyncio.gather(*(self._get("/" + path) for path in paths))
        http_seconds = time.perf_counter() - began
        await self._connect()
        run = await self.run()
        return Run(run.seconds, run.ws_bytes, http_seconds)

    async def _connect(self) -> None:
        from websockets.asyncio.client import connect

        cookies = "; ".join(f"{name}={value}" for name, value in self.http.cookies.items())
        self.ws = await connect(
            self.base.replace("http://", "ws://") + "/_stcore/stream",
            origin=self.base,  # type: ignore[arg-type]
            subprotocols=["streamlit"],  # type: ignore[list-item]
            additional_headers={"Cookie": cookies} if cookies else None,
            max_size=None,
            open_timeout=HTTP_TIMEOUT_S,
            proxy=None,
        )

    async def run(self) -> Run:
        """One run as the browser asks for it; the seconds until ``script_finished`` and the bytes received."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ClientState_pb2 import ContextInfo

        back = BackMsg()
        state = back.rerun_script
        state.query_string = self.query_string
        state.page_script_hash = self.page_script_hash
        state.cached_message_hashes.extend(sorted(self.cached_hashes))
        state.context_info.CopyFrom(
            ContextInfo(timezone="Europe/Amsterdam", timezone_offset=-60, locale="nl-NL", url=self.base + "/")
        )
        for widget_id, value in self.widget_states.items():
            widget = state.widget_states.widgets.add()
            widget.id = widget_id
            widget.string_value = value
        start = time.perf_counter()
        await self.ws.send(back.SerializeToString())
        received = await asyncio.wait_for(self._until_finished(), RUN_TIMEOUT_S)
        return Run(time.perf_counter() - start, received)

    async def _until_finished(self) -> int:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        received = 0
        while True:
            data = await self.ws.recv()
            received += len(data)
            msg = ForwardMsg()
            msg.ParseFromString(data)
            if msg.metadata.cacheable and msg.hash:
                self.cached_hashes.add(msg.hash)
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                self.page_script_hash = self.page_script_hash or msg.new_session.page_script_hash
            elif kind == "navigation":
                self.page_script_hash = msg.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = msg.page_info_changed.query_string
            elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                self._element(msg.delta.new_element)
            elif kind == "script_finished":
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # the app asked for another run (st.rerun): that run ends the change
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise VisitError("the script did not compile")
                return received

    def _element(self, element: Any) -> None:
        kind = element.WhichOneof("type")
        if kind == "exception":
            raise VisitError(f"exception: {element.exception.type}")
        if kind == "alert" and (
            element.alert.format == element.alert.ERROR or element.alert.icon in BAD_ICONS
        ):
            raise VisitError(f"alert {element.alert.icon}: {element.alert.body[:120]}")
        if kind == "selectbox" and element.selectbox.label == self.year_label:
            self.year_widget = element.selectbox

    async def change_year(self) -> Run:
        """Choose another Peiljaar, as a click in the select does."""
        widget = self.year_widget
        if widget is None or len(widget.options) < 2:
            raise VisitError("no Peiljaar select with two options on the page")
        current = self.widget_states.get(widget.id)
        if current is None and widget.set_value:
            current = widget.raw_value  # set by the app through session state
        if current is None:
            current = widget.options[widget.default] if widget.HasField("default") else widget.options[0]
        choices = [option for option in widget.options[-2:] if option != current] or [widget.options[0]]
        self.widget_states[widget.id] = choices[0]
        return await self.run()


@dataclass
class Samples:
    first_visits: list[float] = field(default_factory=list)
    first_http: list[float] = field(default_factory=list)  # of which the page and its files
    first_runs: list[float] = field(default_factory=list)  # of which the start page's run
    http_bytes: list[int] = field(default_factory=list)
    reruns: list[float] = field(default_factory=list)
    rerun_bytes: list[int] = field(default_factory=list)
    reruns_by_change: dict[int, list[float]] = field(default_factory=dict)  # the 1st, 2nd, ... change
    errors: list[str] = field(default_factory=list)
    client_cpu_share: float | None = None
    arrived: int = 0  # first visits ended (with the page or with an error)


async def visit(
    base: str, seed: int, year_label: str, changes: int, think: tuple[float, float], out: Samples, start: Any
) -> None:
    """One visitor: (wait for the start signal) first visit, then ``changes`` filter changes."""
    rng = random.Random(seed)
    arrived = False
    try:
        async with Visitor(base, seed, year_label) as visitor:
            if start is not None:
                await start.wait()
            began = time.perf_counter()
            try:
                first = await visitor.first_visit()
            finally:
                arrived = True
                out.arrived += 1
            out.first_visits.append(time.perf_counter() - began)
            out.first_http.append(first.http_seconds)
            out.first_runs.append(first.seconds)
            out.http_bytes.append(visitor.http_bytes)
            for change in range(changes):
                await asyncio.sleep(rng.uniform(*think))
                run = await visitor.change_year()
                out.reruns.append(run.seconds)
                out.rerun_bytes.append(run.ws_bytes)
                out.reruns_by_change.setdefault(change, []).append(run.seconds)
    except Exception as error:  # refused, timed out, a bad run: counted, never the end of the benchmark
        out.errors.append(str(error) if isinstance(error, VisitError) else f"{type(error).__name__}: {error}")
        if not arrived:
            out.arrived += 1


async def crowd(
    base: str, n: int, year_label: str, changes: int, think: tuple[float, float], seed: int
) -> tuple[Samples, float]:
    """``n`` visitors whose first visits start at the same instant; (samples, seconds until the last page)."""
    out = Samples()
    start = asyncio.Event()
    tasks = [
        asyncio.create_task(visit(base, seed + i, year_label, changes, think, out, start)) for i in range(n)
    ]
    await asyncio.sleep(0.5)  # every client created its HTTP client and waits
    began, cpu = time.perf_counter(), time.process_time()
    start.set()
    while out.arrived < n:
        await asyncio.sleep(0.02)
    burst = time.perf_counter() - began
    # How busy the clients themselves were during the burst: near 1.0 would mean they set the pace.
    out.client_cpu_share = round((time.process_time() - cpu) / burst, 2)
    await asyncio.gather(*tasks)
    return out, burst


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` in a thread of its own: the caller may already run an event loop (Playwright's sync API
    in the browser tests does)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1], 3)


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def _sessions_per_process(access_log: Path, servers: list[Server], expected: int) -> dict[str, int]:
    """Websockets per app process (by port), from nginx's log: it logs each when it closes, so wait a moment
    for the last ones."""
    deadline = time.monotonic() + 5
    while True:
        counts = Counter(
            line.split()[2]
            for line in access_log.read_text(encoding="utf-8").splitlines()
            if line.startswith("/_stcore/stream ") and len(line.split()) >= 3
        )
        if sum(counts.values()) >= expected or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    return {
        server.url.rsplit(":", 1)[1]: counts.get(server.url.removeprefix("http://"), 0) for server in servers
    }


@contextmanager
def deployment(n: int, folder: Path) -> Iterator[tuple[str, list[Server]]]:
    """PostgreSQL with the shipped records, ``PROCESSES`` app processes on it, nginx in front: (its URL, apps)."""
    from dashboard.register.repository import Register

    bindir = pg_bin()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL is not installed (apt-get install postgresql)")
    with ExitStack() as stack:
        postgres = stack.enter_context(throwaway_postgres(bindir, max_connections=max(100, 4 * n)))
        url = postgres.new_database()
        Register.open(url).initialize()
        servers = [
            stack.enter_context(
                streamlit_server(env_extra={"PREVENTIEKAART_DB": url}, log=folder / f"app-{i}.log")
            )
            for i in range(PROCESSES)
        ]
        prefix = folder / "nginx"
        prefix.mkdir()
        proxy = stack.enter_context(nginx_proxy([s.url.removeprefix("http://") for s in servers], prefix))
        yield proxy, servers


def run(
    n: int,
    *,
    changes: int = CHANGES,
    think: tuple[float, float] = THINK_S,
    alone_sessions: int = ALONE_SESSIONS,
    seed: int = 2020,
) -> dict[str, Any]:
    """The load figures for ``n`` visitors (see the module's docstring)."""
    if not NGINX.exists() or pg_bin() is None:
        return {"load": "nginx and postgresql are needed (apt-get install nginx postgresql)"}
    from dashboard.i18n import t

    year_label = t("sidebar.jaar", "nl")
    with (
        tempfile.TemporaryDirectory(prefix="preventiekaart-load-") as tmp,
        deployment(n, Path(tmp)) as (
            proxy,
            servers,
        ),
    ):
        out: dict[str, Any] = {"load_visitors": n, "load_processes": PROCESSES, "load_changes": changes}
        out["load_think_s"] = list(think)
        # Warm every process directly (imports, caches of both filter states), then one visitor alone.
        for i, server in enumerate(servers):
            warm = Samples()
            run_async(visit(server.url, seed - 1 - i, year_label, 2, (0, 0), warm, None))
            if warm.errors:
                raise RuntimeError(f"warm-up failed: {warm.errors}")
        alone = Samples()

        def one_alone(i: int) -> None:
            run_async(visit(proxy, seed - 100 - i, year_label, changes, (0.3, 0.3), alone, None))

        def app_cpu() -> float:
            return sum(server.cpu_s() for server in servers)

        alone_cpu = app_cpu()
        for i in range((alone_sessions + 1) // 2):
            one_alone(i)
        alone_cpu = app_cpu() - alone_cpu
        crowd_cpu = app_cpu()
        loaded, burst = run_async(crowd(proxy, n, year_label, changes, think, seed))
        crowd_cpu = app_cpu() - crowd_cpu
        after = app_cpu()
        for i in range((alone_sessions + 1) // 2, alone_sessions):
            one_alone(i)
        alone_cpu += app_cpu() - after
        out |= {
            "alone_first_visit_s": _quantile(alone.first_visits, 0.5),
            "alone_first_visit_files_s": _quantile(alone.first_http, 0.5),
            "alone_first_visit_run_s": _quantile(alone.first_runs, 0.5),
            "alone_rerun_p50_s": _quantile(alone.reruns, 0.5),
            "alone_rerun_p95_s": _quantile(alone.reruns, 0.95),
            "alone_reruns": len(alone.reruns),
            "alone_errors": len(alone.errors),
            "load_burst_s": round(burst, 3),
            "load_first_visit_p50_s": _quantile(loaded.first_visits, 0.5),
            "load_first_visit_p95_s": _quantile(loaded.first_visits, 0.95),
            "load_first_visit_files_p50_s": _quantile(loaded.first_http, 0.5),
            "load_first_visit_run_p50_s": _quantile(loaded.first_runs, 0.5),
            "load_first_visit_run_p95_s": _quantile(loaded.first_runs, 0.95),
            "first_visit_http_kb": round(statistics.median(loaded.http_bytes) / 1024)
            if loaded.http_bytes
            else None,
            "load_rerun_p50_s": _quantile(loaded.reruns, 0.5),
            "load_rerun_p95_s": _quantile(loaded.reruns, 0.95),
            "load_reruns": len(loaded.reruns),
            # The first change follows the burst, everyone within the same think time; later ones spread out.
            "load_rerun_p95_s_by_change": [
                _quantile(loaded.reruns_by_change.get(i, []), 0.95) for i in range(changes)
            ],
            "load_errors": len(loaded.errors) + len(alone.errors),
            "load_error_samples": sorted(set(alone.errors + loaded.errors))[:5],
            "load_ws_kb_per_rerun": round(statistics.median(loaded.rerun_bytes) / 1024, 1)
            if loaded.rerun_bytes
            else None,
            "load_sessions_per_process": _sessions_per_process(
                Path(tmp) / "nginx" / "logs" / "access.log", servers, n + alone_sessions
            ),
            "load_rss_mb_per_process": [server.rss_mb() for server in servers],
            "load_burst_client_cpu_share": loaded.client_cpu_share,
            # What the crowd cost both app processes, whatever else ran on the machine: CPU seconds per visitor
            # (a first visit and its filter changes).
            "load_app_cpu_s_per_visitor": round(crowd_cpu / n, 3),
            "alone_app_cpu_s_per_visitor": round(alone_cpu / alone_sessions, 3) if alone_sessions else None,
        }
        out["load_rerun_p50_ratio_over_alone"] = _ratio(out["load_rerun_p50_s"], out["alone_rerun_p50_s"])
        out["load_rerun_p95_ratio_over_alone"] = _ratio(out["load_rerun_p95_s"], out["alone_rerun_p95_s"])
        out["load_burst_ratio_over_alone_first_visit"] = _ratio(
            out["load_burst_s"], out["alone_first_visit_s"]
        )
        return out
