"""The reverse proxy of deploy/nginx: Debian's nginx in front of one app process, and in front of two.

nginx runs as a foreground process on a free port with a scratch prefix, with the repository's server block
(only its listen port, upstream servers and cache folder replaced: tools/nginx.py), so the tests check the file
an admin installs. The two-process test is the deployment of the README: two app processes on one PostgreSQL
register, sticky sessions, a session that uploads a file and filters the map through nginx end to end.
"""

from __future__ import annotations

import base64
import gzip
import os
import re
import socket
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard.register.repository import Register
from tests.browser.conftest import ARTIFACTS, streamlit_server
from tests.browser.helpers import TIMEOUT_MS, listening_addresses, map_frame, wait_idle
from tools.nginx import NGINX, nginx_proxy

FIXTURES = Path(__file__).parent / "fixtures"
INTERNAL = (
    "/_stcore/metrics",
    "/_stcore/metrics/",
    "/_stcore/%6Detrics",
    "//_stcore/metrics",
    "/x/../_stcore/metrics",
    "/preventiekaart/_stcore/metrics",
    "/_stcore/script-health-check",
)


def _need_nginx() -> None:
    if not NGINX.exists():
        if os.environ.get("PREVENTIEKAART_REQUIRE_BROWSER"):
            pytest.fail("nginx is missing (apt-get install nginx)")
        pytest.skip("nginx is not installed")


@pytest.fixture(scope="module")
def proxy_url(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _need_nginx()
    with nginx_proxy([server_url.removeprefix("http://")], tmp_path_factory.mktemp("nginx")) as url:
        yield url


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def _raw_status(url: str, path: str) -> int:
    """The status of ``path`` sent exactly as written (urllib would normalise ``..`` and ``//``)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        reply = conn.recv(4096).decode(errors="replace")
    return int(reply.split()[1])


def _assert_security_headers(headers: dict[str, str]) -> None:
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "SAMEORIGIN"


def test_the_app_comes_through_with_the_security_headers(proxy_url):
    status, headers, body = _get(proxy_url + "/")
    assert status == 200 and b"<html" in body.lower()
    _assert_security_headers(headers)
    assert "nginx/" not in headers.get("server", "")  # no version for an attacker


def test_internal_endpoints_are_blocked_and_health_and_ready_are_not(proxy_url, server_url):
    assert _get(server_url + "/_stcore/metrics")[0] == 200  # Streamlit itself would tell
    for path in INTERNAL:
        assert _raw_status(proxy_url, path) == 404, path
    status, headers, _ = _get(proxy_url + "/_stcore/metrics")
    assert status == 404 and headers["x-content-type-options"] == "nosniff"
    assert _get(proxy_url + "/_stcore/health")[0] == 200
    assert _get(proxy_url + "/_stcore/host-config")[0] == 200  # the front end needs it
    status, headers, body = _get(proxy_url + "/ready")
    assert (status, body) == (200, b'{"status":"ok"}')
    _assert_security_headers(headers)


def test_streamlits_files_are_compressed_and_cached_with_the_headers_kept(proxy_url):
    _, _, page = _get(proxy_url + "/")
    script = re.search(rb'src="\./(static/js/[^"]+\.js)"', page)
    assert script is not None
    plain = _get(proxy_url + "/" + script.group(1).decode())[2]
    for _ in range(2):  # the second answer comes from nginx's copy
        status, headers, body = _get(proxy_url + "/" + script.group(1).decode(), {"Accept-Encoding": "gzip"})
        assert status == 200 and headers["content-encoding"] == "gzip"
        assert gzip.decompress(body) == plain and len(body) < len(plain) / 2
        _assert_security_headers(headers)
        assert "immutable" in headers["cache-control"]


def test_a_5000_character_static_path_is_404_not_500(proxy_url):
    assert _get(proxy_url + "/app/static/" + "a" * 5000)[0] == 404
    assert _get(proxy_url + "/app/static/geo/gemeenten.json")[0] == 200


def test_websocket_upgrade_is_passed_through(proxy_url):
    key = base64.b64encode(os.urandom(16)).decode()
    host, port = proxy_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(
            (
                "GET /_stcore/stream HTTP/1.1\r\n"
                f"Host: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                f"Origin: {proxy_url}\r\n\r\n"
            ).encode()
        )
        reply = conn.recv(4096).decode(errors="replace")
    assert reply.startswith("HTTP/1.1 101"), reply


def test_request_bodies_over_the_upload_cap_are_refused(proxy_url):
    request = urllib.request.Request(
        proxy_url + "/_stcore/upload_file/x/y", data=b"x" * (22 * 1024 * 1024), method="PUT"
    )
    try:
        urllib.request.urlopen(request, timeout=30)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    except (ConnectionError, urllib.error.URLError):
        status = 413  # nginx may close the connection while the body is still being sent
    assert status == 413


# ----------------------------------------------------------------------------------------------------------
# Two app processes on one PostgreSQL behind the same file


def _access_log(prefix: Path) -> list[tuple[str, str, str, str]]:
    """(uri, status, upstream, affinity cookie) per request, from tools/nginx.py's log format."""
    rows = []
    for line in (prefix / "logs" / "access.log").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        rows.append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else "-"))
    return rows


def _cookie(headers: dict[str, str]) -> str:
    match = re.match(r"pk_backend=([^;]+)", headers.get("set-cookie", ""))
    assert match, headers
    return match.group(1)


def test_two_app_processes_on_one_postgresql_behind_nginx(browser, postgres_server, server_log_dir, tmp_path):
    _need_nginx()
    url = postgres_server.new_database()
    Register.open(url).initialize()
    env = {"PREVENTIEKAART_DB": url}
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    with (
        streamlit_server(server_log_dir, env) as one,
        streamlit_server(server_log_dir, env) as two,
        nginx_proxy([one.removeprefix("http://"), two.removeprefix("http://")], prefix) as proxy,
    ):
        apps = {one.removeprefix("http://"), two.removeprefix("http://")}
        # Only this machine reaches the app processes; visitors reach nginx, which refuses the metrics.
        for app in (one, two):
            assert listening_addresses(int(app.rsplit(":", 1)[1])) == {"127.0.0.1"}
            assert _get(app + "/_stcore/metrics")[0] == 200
        assert _get(proxy + "/_stcore/metrics")[0] == 404

        # Browsers without the affinity cookie are spread over both processes; each gets a cookie, and a
        # browser with a cookie always reaches the same process.
        cookies = []
        for _ in range(24):
            status, headers, _ = _get(proxy + "/")
            assert status == 200
            _assert_security_headers(headers)
            cookies.append(_cookie(headers))
        assert len(set(cookies)) == 24
        for cookie in cookies[:4]:
            for _ in range(3):
                status, headers, _ = _get(proxy + "/ready", {"Cookie": f"pk_backend={cookie}"})
                assert status == 200 and "set-cookie" not in headers
        served: dict[str, set[str]] = defaultdict(set)
        for _uri, _status, upstream, cookie in _access_log(prefix):
            if upstream != "-":  # "-": answered by nginx itself (the refused metrics)
                served[cookie].add(upstream)
        assert {upstream for ups in served.values() for upstream in ups} == apps
        assert all(len(served[cookie]) == 1 for cookie in cookies[:4])

        # A browser session end to end: the map, a filter, an upload (a PUT that must reach the process that
        # holds the session), the map of the uploaded file.
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
        page = context.new_page()
        try:
            page.goto(proxy + "/", timeout=TIMEOUT_MS)
            wait_idle(page)
            map_frame(page)
            page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Peiljaar").click()
            page.get_by_role("option", name="2019", exact=True).click()
            wait_idle(page)
            page.wait_for_url(re.compile(r"jaar=2019"), timeout=TIMEOUT_MS)  # the share link follows
            page.get_by_role("link", name="Gegevens").click()
            wait_idle(page)
            page.locator('input[type="file"]').set_input_files(str(FIXTURES / "xss_upload.csv"))
            expect(page.get_by_text("xss_upload.csv").first).to_be_visible(timeout=TIMEOUT_MS)
            wait_idle(page)
            page.get_by_role("link", name="Kaart").click()
            wait_idle(page)
            expect(page.get_by_text("U bekijkt uw eigen bestand").first).to_be_visible(timeout=TIMEOUT_MS)
            map_frame(page)
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            for width, height in ((1366, 768), (1920, 1080)):
                page.set_viewport_size({"width": width, "height": height})
                page.wait_for_timeout(400)
                page.screenshot(path=str(ARTIFACTS / f"nginx_two_processes_{width}x{height}.png"))
            session_cookie = next(c["value"] for c in context.cookies() if c["name"] == "pk_backend")
        finally:
            context.close()
        # nginx logs the websocket when it closes, a moment after the browser went.
        deadline = time.monotonic() + 15
        while True:
            rows = [row for row in _access_log(prefix) if row[3] == session_cookie]
            if any(uri.startswith("/_stcore/stream") for uri, *_ in rows) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert any(uri.startswith("/_stcore/stream") for uri, *_ in rows), rows
        assert any(uri.startswith("/_stcore/upload_file") and status == "204" for uri, status, *_ in rows), (
            rows
        )
        assert len({upstream for _uri, _status, upstream, _cookie in rows if upstream != "-"}) == 1, rows
