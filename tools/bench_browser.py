"""``python -m dashboard bench --browser``: speed as the user feels it, in Chromium, next to a naive page.

One run starts two fresh Streamlit servers on 127.0.0.1 (free ports): the app, and the naive page in
``tools/naive_app/`` (``explore()`` on the raw CBS file + ``st_folium`` defaults, run with Streamlit's default
config). Playwright drives Debian's ``/usr/bin/chromium`` against both, side by side:

- ``*_filter_ms``: median over ``filter_changes`` peiljaar changes, from the input event (pointerdown on the
  option) to the first animation frame in which the map shows all polygons with the new fills;
- ``browser_click_ms``: median from a click on a gemeente (pointerdown in the map) to its panel heading;
- ``*_first_load_bytes`` / ``*_first_load_s``: a first visit with an empty browser cache to a warm server, until
  the map is drawn and the network is quiet: every HTTP response (CDP ``encodedDataLength``) plus every
  websocket frame, both directions. The naive page's CDN requests are answered locally (route interception)
  from the real npm packages (fetched once with ``npm pack`` into ``artifacts/bench_cdn/``) so that they are
  counted too; OpenStreetMap tiles get a blank PNG and files without an npm package an empty body, so the naive
  figures are, if anything, too small (``naive_cdn_unmirrored`` lists those);
- ``rss_1_session_mb`` / ``rss_10_sessions_mb``: the app server's resident memory with one, then ten browser
  sessions open on the map page. Most of it is the process (libraries, boundaries, caches shared by all sessions);
  ``rss_per_session_mb`` is the slope between the two, what each further visitor costs. (full run only)
  ``rss_before/after_200_reruns_mb`` around 200 filter changes in one session.

Figures are for comparing in one run, not asserting: this machine is shared and noisy.
"""

from __future__ import annotations

import base64
import shutil
import statistics
import subprocess
import tarfile
import time
import zlib
from dataclasses import dataclass, field
from typing import Any, Final

from tools.server import CHROMIUM, CHROMIUM_ARGS, ROOT, Server, streamlit_server

NAIVE_APP: Final = ROOT / "tools" / "naive_app" / "app.py"
CDN_CACHE: Final = ROOT / "artifacts" / "bench_cdn"
VIEWPORT: Final = {"width": 1366, "height": 768}
TIMEOUT_MS: Final = 90_000
# folium 0.20's CDN assets (folium.folium._default_js/_default_css) -> (npm package, file inside it).
NPM_FILES: Final[dict[str, tuple[str, str]]] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": ("leaflet@1.9.3", "dist/leaflet.js"),
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": ("leaflet@1.9.3", "dist/leaflet.css"),
    "https://code.jquery.com/jquery-3.7.1.min.js": ("jquery@3.7.1", "dist/jquery.min.js"),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": (
        "bootstrap@5.2.2",
        "dist/js/bootstrap.bundle.min.js",
    ),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": (
        "bootstrap@5.2.2",
        "dist/css/bootstrap.min.css",
    ),
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": (
        "@fortawesome/fontawesome-free@6.2.0",
        "css/all.min.css",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js": (
        "drmonty-leaflet-awesome-markers@2.0.2",
        "js/leaflet.awesome-markers.js",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css": (
        "drmonty-leaflet-awesome-markers@2.0.2",
        "css/leaflet.awesome-markers.css",
    ),
}
CDN_HOSTS: Final = (
    "https://cdn.jsdelivr.net/**",
    "https://code.jquery.com/**",
    "https://cdnjs.cloudflare.com/**",
    "https://netdna.bootstrapcdn.com/**",
    "https://*.openstreetmap.org/**",
    "https://tile.openstreetmap.org/**",
)

# Page-side probes. Both apps draw the gemeenten as filled SVG paths inside the st_folium iframe (same origin).
_PROBES: Final = """
window.__pk = window.__pk || {};
window.__pk.mapState = function() {
    for (const f of document.querySelectorAll('iframe')) {
        if (!f.src.includes('st_folium')) continue;
        let d; try { d = f.contentDocument; } catch (e) { continue; }
        if (!d) continue;
        let n = 0, sig = '';
        for (const p of d.querySelectorAll('path.leaflet-interactive')) {
            const fill = p.getAttribute('fill');
            if (fill && fill !== 'none') { n++; sig += fill; }
        }
        if (n) return {n: n, sig: sig};
    }
    return {n: 0, sig: ''};
};
window.__pk.now = function() { return performance.timeOrigin + performance.now(); };
window.__pk.listen = function(doc, win) {
    if (doc.__pkListening) return;
    doc.__pkListening = true;
    doc.addEventListener('pointerdown', function(e) {
        window.__pk.input = win.performance.timeOrigin + e.timeStamp;
    }, true);
};
window.__pk.armFill = function(minPolygons) {
    const before = window.__pk.mapState().sig;
    window.__pk.done = null; window.__pk.input = null;
    window.__pk.listen(document, window);
    const tick = function() {
        const s = window.__pk.mapState();
        if (s.n >= minPolygons && s.sig !== before) { window.__pk.done = window.__pk.now(); }
        else { requestAnimationFrame(tick); }
    };
    requestAnimationFrame(tick);
};
window.__pk.armHeading = function(text) {
    window.__pk.done = null; window.__pk.input = null;
    for (const f of document.querySelectorAll('iframe')) {
        if (f.src.includes('st_folium') && f.contentDocument) window.__pk.listen(f.contentDocument, f.contentWindow);
    }
    const tick = function() {
        const found = Array.from(document.querySelectorAll('h1, h2, h3, h4')).some(
            h => h.textContent.trim() === text);
        if (found) { window.__pk.done = window.__pk.now(); } else { requestAnimationFrame(tick); }
    };
    requestAnimationFrame(tick);
};
"""


# ----------------------------------------------------------------------------------------------------------
# The naive page's CDN files, answered locally


def _npm_file(package: str, inner: str) -> bytes | None:
    """A file from an npm package tarball, fetched once with ``npm pack`` into the git-ignored cache."""
    CDN_CACHE.mkdir(parents=True, exist_ok=True)
    stem = package.lstrip("@").replace("/", "-").replace("@", "-")
    tarball = CDN_CACHE / f"{stem}.tgz"
    if not tarball.is_file() and shutil.which("npm"):
        subprocess.run(
            ["npm", "pack", "--silent", "--pack-destination", str(CDN_CACHE), package],
            check=False,
            capture_output=True,
            timeout=120,
        )
    if not tarball.is_file():
        return None
    with tarfile.open(tarball) as tar:
        member = tar.extractfile(f"package/{inner}")
        return member.read() if member else None


def _blank_png() -> bytes:
    """A 256x256 white PNG: the size of a tile the naive page would load is not known offline."""
    raw = b"".join(b"\x00" + b"\xff" * 256 * 3 for _ in range(256))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = (256).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class CdnMirror:
    files: dict[str, bytes] = field(default_factory=dict)
    unmirrored: set[str] = field(default_factory=set)
    tile: bytes = b""

    @classmethod
    def load(cls) -> CdnMirror:
        mirror = cls(tile=_blank_png())
        for url, (package, inner) in NPM_FILES.items():
            body = _npm_file(package, inner)
            if body is not None:
                mirror.files[url] = body
        return mirror

    def answer(self, url: str) -> tuple[bytes, str]:
        if "openstreetmap.org" in url:
            return self.tile, "image/png"
        body = self.files.get(url)
        if body is None:
            self.unmirrored.add(url)
            body = b""
        kind = "text/css" if url.endswith(".css") else "application/javascript"
        return body, kind


# ----------------------------------------------------------------------------------------------------------
# Measurements


class Traffic:
    """Bytes a page receives and sends: HTTP responses (CDP) + websocket frames + locally answered CDN files."""

    def __init__(self, context: Any, page: Any, mirror: CdnMirror | None) -> None:
        self.http = 0
        self.ws = 0
        self.routed = 0
        self.requests = 0
        self.last_activity = time.monotonic()
        self._foreign: set[str] = set()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.webSocketFrameReceived", self._frame)
        cdp.on("Network.webSocketFrameSent", self._frame)
        if mirror is not None:
            for pattern in CDN_HOSTS:
                page.route(pattern, lambda route, _request: self._fulfil(route, mirror))

    def _request(self, event: dict) -> None:
        self.requests += 1
        self.last_activity = time.monotonic()
        if not event["request"]["url"].startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            self._foreign.add(event["requestId"])

    def _finished(self, event: dict) -> None:
        self.last_activity = time.monotonic()
        if event["requestId"] not in self._foreign:
            self.http += int(event.get("encodedDataLength", 0))

    def _frame(self, event: dict) -> None:
        self.last_activity = time.monotonic()
        response = event["response"]
        data = response.get("payloadData", "")
        self.ws += len(base64.b64decode(data)) if response.get("opcode") == 2 else len(data.encode())

    def _fulfil(self, route: Any, mirror: CdnMirror) -> None:
        body, kind = mirror.answer(route.request.url)
        self.routed += len(body) + 200  # + a typical response header
        route.fulfill(status=200, body=body, content_type=kind)

    @property
    def total(self) -> int:
        return self.http + self.ws + self.routed

    def wait_quiet(self, page: Any, seconds: float = 1.0, limit: float = 30) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() - self.last_activity < seconds and time.monotonic() < deadline:
            page.wait_for_timeout(100)


def _wait_idle(page: Any) -> None:
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    page.wait_for_timeout(200)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=TIMEOUT_MS)


def _wait_map(page: Any, polygons: int) -> None:
    page.add_script_tag(content=_PROBES)
    page.wait_for_function(f"window.__pk.mapState().n >= {polygons}", timeout=TIMEOUT_MS)


def _open(page: Any, url: str, polygons: int) -> None:
    page.goto(url, timeout=TIMEOUT_MS)
    _wait_idle(page)
    _wait_map(page, polygons)


def first_load(browser: Any, url: str, polygons: int, mirror: CdnMirror | None) -> tuple[int, float, int]:
    """(bytes, seconds, requests) of one visit with an empty browser cache."""
    context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    page = context.new_page()
    traffic = Traffic(context, page, mirror)
    start = time.perf_counter()
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    page.add_script_tag(content=_PROBES)
    page.wait_for_function(f"window.__pk.mapState().n >= {polygons}", timeout=TIMEOUT_MS, polling="raf")
    seconds = time.perf_counter() - start
    _wait_idle(page)
    traffic.wait_quiet(page)
    context.close()
    return traffic.total, round(seconds, 3), traffic.requests


def _choose_year(page: Any, year: int) -> None:
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("combobox", name="Peiljaar").click()
    option = page.get_by_role("option", name=str(year), exact=True)
    option.wait_for(timeout=TIMEOUT_MS)
    option.click()


def filter_latencies(page: Any, years: tuple[int, int], changes: int, polygons: int) -> list[float]:
    """ms from choosing another peiljaar to the first frame showing the map recoloured."""
    out = []
    for i in range(changes):
        page.evaluate(f"window.__pk.armFill({polygons})")
        _choose_year(page, years[i % 2])
        page.wait_for_function("window.__pk.done && window.__pk.input", timeout=TIMEOUT_MS)
        out.append(page.evaluate("window.__pk.done - window.__pk.input"))
        _wait_idle(page)
        page.wait_for_timeout(300)
    return out


def _frame(page: Any) -> Any:
    for frame in page.frames:
        if "st_folium" in frame.url:
            return frame
    raise RuntimeError("no map frame")


def click_latencies(page: Any, targets: list[tuple[str, float, float]], clicks: int) -> list[float]:
    """ms from a click on a gemeente in the map to its panel heading on the page."""
    out = []
    for i in range(clicks):
        name, lat, lon = targets[i % len(targets)]
        frame = _frame(page)
        x, y = frame.evaluate(
            f"(() => {{ const p = map.latLngToContainerPoint([{lat}, {lon}]); return [p.x, p.y]; }})()"
        )
        box = page.locator('iframe[src*="st_folium"]').bounding_box()
        page.evaluate(f"window.__pk.armHeading({name!r})")
        page.mouse.click(box["x"] + x, box["y"] + y)
        page.wait_for_function("window.__pk.done && window.__pk.input", timeout=TIMEOUT_MS)
        out.append(page.evaluate("window.__pk.done - window.__pk.input"))
        _wait_idle(page)
        page.wait_for_timeout(400)
    return out


def _click_targets() -> list[tuple[str, float, float]]:
    """The two largest gemeenten (easy to hit at the national zoom), with a point inside each."""
    from geo.boundaries import load_gemeenten

    gemeenten = load_gemeenten()
    area = gemeenten.to_crs(28992).area
    rows = gemeenten.loc[area.sort_values(ascending=False).index[:2]]
    out = []
    for name, geometry in zip(rows["gm_naam"], rows.geometry, strict=True):
        point = geometry.representative_point()
        out.append((str(name), float(point.y), float(point.x)))
    return out


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def _ratio(ours: float | None, naive: float | None) -> float | None:
    return round(ours / naive, 3) if ours is not None and naive else None


def run(quick: bool = False) -> dict[str, Any]:
    """The browser figures; ``quick`` takes fewer samples (CI)."""
    if not CHROMIUM.exists():
        return {"browser": "chromium missing (apt-get install chromium)"}
    from playwright.sync_api import sync_playwright

    from dashboard.core.filters import years as record_years
    from dashboard.ingest.validation import data_path, load_path

    changes = 6 if quick else 12
    loads = 1 if quick else 3
    years = record_years(load_path(data_path()).records)[-2:]
    pair = (years[0], years[-1]) if len(years) == 2 else (years[0], years[0])
    mirror = CdnMirror.load()
    out: dict[str, Any] = {"browser_filter_changes": changes, "browser_first_loads": loads}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            with (
                streamlit_server() as app,
                # The naive page runs with Streamlit's default config (not the app's .streamlit/).
                streamlit_server(NAIVE_APP, cwd=NAIVE_APP.parent) as naive,
            ):
                out |= _side_by_side(browser, app, naive, pair, changes, loads, mirror)
                out |= session_memory(rss_sessions(browser, app, 10))
                if not quick:
                    before, after = rss_over_reruns(browser, app, pair, 200)
                    out["rss_before_200_reruns_mb"], out["rss_after_200_reruns_mb"] = before, after
        finally:
            browser.close()
    out["naive_cdn_unmirrored"] = sorted(mirror.unmirrored)
    out["browser_filter_ratio_ours_over_naive"] = _ratio(
        out["browser_filter_ms"], out["naive_browser_filter_ms"]
    )
    out["browser_click_ratio_over_filter"] = _ratio(out["browser_click_ms"], out["browser_filter_ms"])
    out["first_load_bytes_ratio_ours_over_naive"] = _ratio(
        out["first_load_bytes"], out["naive_first_load_bytes"]
    )
    out["first_load_s_ratio_ours_over_naive"] = _ratio(out["first_load_s"], out["naive_first_load_s"])
    return out


def _side_by_side(
    browser: Any,
    app: Server,
    naive: Server,
    years: tuple[int, int],
    changes: int,
    loads: int,
    mirror: CdnMirror,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    sites: dict[str, tuple[Server, CdnMirror | None]] = {"": (app, None), "naive_": (naive, mirror)}
    # Warm each server (caches, imports) once; every measured first load then has a cold browser cache.
    for server, routed in sites.values():
        first_load(browser, server.url, 342, routed)
    for prefix, (server, routed) in sites.items():
        samples = [first_load(browser, server.url, 342, routed) for _ in range(loads)]
        out[f"{prefix}first_load_bytes"] = samples[-1][0]
        out[f"{prefix}first_load_requests"] = samples[-1][2]
        out[f"{prefix}first_load_s"] = round(statistics.median(s[1] for s in samples), 3)
    for prefix, (server, routed) in sites.items():
        context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
        page = context.new_page()
        if routed is not None:
            Traffic(context, page, routed)
        _open(page, server.url, 342)
        timings = filter_latencies(page, years, changes, 342)
        out[f"{prefix}browser_filter_ms"] = _median(timings)
        out[f"{prefix}browser_filter_ms_all"] = [round(t) for t in timings]
        if prefix == "":
            clicks = click_latencies(page, _click_targets(), changes)
            out["browser_click_ms"] = _median(clicks)
            out["browser_click_ms_all"] = [round(t) for t in clicks]
        context.close()
    return out


def rss_over_reruns(browser: Any, app: Server, years: tuple[int, int], reruns: int) -> tuple[float, float]:
    """Server RSS before and after ``reruns`` filter changes in one session (runner.postScriptGC is off)."""
    context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    page = context.new_page()
    try:
        _open(page, app.url, 342)
        for i in range(20):  # warm-up: every cache of both filter states filled
            _choose_year(page, years[i % 2])
            _wait_idle(page)
        before = app.rss_mb()
        for i in range(reruns):
            _choose_year(page, years[i % 2])
            _wait_idle(page)
        return before, app.rss_mb()
    finally:
        context.close()


def session_memory(series: list[float]) -> dict[str, float]:
    """The process with one session, with all of them (two or more), and the cost of each session after the
    first."""
    slope = (series[-1] - series[0]) / (len(series) - 1)
    return {
        "rss_1_session_mb": series[0],
        f"rss_{len(series)}_sessions_mb": series[-1],
        "rss_per_session_mb": round(slope, 2),
    }


def rss_sessions(browser: Any, app: Server, sessions: int) -> list[float]:
    """Server RSS after each of ``sessions`` browser sessions is opened on the map page (all kept open)."""
    contexts = []
    series = []
    try:
        for _ in range(sessions):
            context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
            page = context.new_page()
            _open(page, app.url, 342)
            contexts.append(context)
            series.append(app.rss_mb())
        return series
    finally:
        for context in contexts:
            context.close()
