"""The reverse proxy of deploy/nginx: Debian's nginx in front of the session's Streamlit server.

nginx runs as a foreground process on a free port with a scratch prefix, with the repository's server block
(only its listen port and upstream address replaced), so the test checks the file an admin installs.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.server import free_port

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "deploy" / "nginx" / "preventiekaart.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@pytest.fixture(scope="module")
def proxy_url(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(NGINX).exists():
        if os.environ.get("PREVENTIEKAART_REQUIRE_BROWSER"):
            pytest.fail("nginx is missing (apt-get install nginx)")
        pytest.skip("nginx is not installed")
    prefix = tmp_path_factory.mktemp("nginx")
    for sub in ("logs", "tmp"):
        (prefix / sub).mkdir()
    port = free_port()
    upstream = server_url.removeprefix("http://")
    site = SITE.read_text(encoding="utf-8")
    assert "listen 80;" in site and "server 127.0.0.1:8501;" in site
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};").replace(
        "server 127.0.0.1:8501;", f"server {upstream};"
    )
    (prefix / "site.conf").write_text(site, encoding="utf-8")
    temp = prefix / "tmp"
    (prefix / "nginx.conf").write_text(
        f"""daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    default_type application/octet-stream;
    include {prefix}/site.conf;
}}
""",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [
            NGINX,
            "-p",
            str(prefix),
            "-c",
            str(prefix / "nginx.conf"),
            "-e",
            str(prefix / "logs" / "error.log"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                raise RuntimeError(f"nginx exited: {proc.stderr.read().decode()}")
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def test_the_app_comes_through_with_the_security_headers(proxy_url):
    status, headers, body = _get(proxy_url + "/")
    assert status == 200 and b"<html" in body.lower()
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "nginx/" not in headers.get("server", "")  # no version for an attacker


def test_internal_endpoints_are_blocked_and_health_is_not(proxy_url, server_url):
    assert _get(server_url + "/_stcore/metrics")[0] == 200  # Streamlit itself would tell
    status, headers, _ = _get(proxy_url + "/_stcore/metrics")
    assert status == 404 and headers["x-content-type-options"] == "nosniff"
    assert _get(proxy_url + "/_stcore/health")[0] == 200


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
