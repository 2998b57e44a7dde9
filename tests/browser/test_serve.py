"""The app as `make run` starts it: `streamlit run serve.py`, app.py behind st.App with the app's own routes.

What the switch from `streamlit run app.py` must keep (static serving, XSRF on uploads, websocket compression,
the settings of .streamlit/config.toml, baseUrlPath, the health check, loopback only) and what it adds: /ready,
which fails while the register does not answer (a frozen PostgreSQL) and recovers without a restart, where
/_stcore/health keeps saying ok.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from dashboard.register.repository import Register
from tests.browser.conftest import ARTIFACTS, streamlit_server
from tests.browser.helpers import TIMEOUT_MS, listening_addresses, map_frame, wait_idle
from tools import bench_load
from tools.postgres import pg_bin, throwaway_postgres


def _get(url: str, timeout: float = 10) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def test_ready_health_and_static_files_on_the_running_app(server_url):
    status, headers, body = _get(server_url + "/ready")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    assert headers["content-type"] == "application/json" and headers["cache-control"] == "no-store"
    assert _get(server_url + "/_stcore/health")[2] == b"ok"
    assert _get(server_url + "/app/static/geo/gemeenten.json")[0] == 200
    assert _get(server_url + "/app/static/leaflet/leaflet.js")[0] == 200
    status, _, body = _get(server_url + "/")
    assert status == 200 and b"<html" in body.lower()


def test_uploads_need_the_xsrf_token(server_url):
    request = urllib.request.Request(
        server_url + "/_stcore/upload_file/session/file", data=b"x", method="PUT"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403


def test_the_websocket_is_compressed(server_url):
    host, port = server_url.removeprefix("http://").split(":")
    key = base64.b64encode(os.urandom(16)).decode()
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(
            (
                f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                f"Sec-WebSocket-Extensions: permessage-deflate\r\nOrigin: {server_url}\r\n\r\n"
            ).encode()
        )
        reply = conn.recv(4096).decode(errors="replace").lower()
    assert reply.startswith("http/1.1 101") and "permessage-deflate" in reply, reply


def test_a_session_gets_the_settings_of_the_config_file_and_the_map_page(server_url):
    """Over Streamlit's own protocol: the session is configured from .streamlit/config.toml (toolbar minimal,
    no usage statistics) and its first run draws the map page with the sidebar filters."""
    from streamlit.proto.NewSession_pb2 import Config

    seen: dict[str, object] = {}
    original = bench_load.Visitor._until_finished

    async def first_visit() -> None:
        async with bench_load.Visitor(server_url, 1, "Peiljaar") as visitor:
            await visitor.first_visit()
            seen["year_widget"] = visitor.year_widget
            seen["query"] = visitor.query_string

    async def spy(self: bench_load.Visitor) -> int:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        recv = self.ws.recv

        async def recv_and_look() -> bytes:
            data = await recv()
            msg = ForwardMsg()
            msg.ParseFromString(data)
            if msg.WhichOneof("type") == "new_session":
                seen["config"] = msg.new_session.config
            return data

        self.ws.recv = recv_and_look
        return await original(self)

    bench_load.Visitor._until_finished = spy  # type: ignore[method-assign]
    try:
        bench_load.run_async(first_visit())
    finally:
        bench_load.Visitor._until_finished = original  # type: ignore[method-assign]
    config = seen["config"]
    assert config.toolbar_mode == Config.ToolbarMode.MINIMAL
    assert config.gather_usage_stats is False
    assert seen["year_widget"] is not None and "jaar=" in str(seen["query"])


def test_without_an_address_the_app_listens_on_loopback_only(server_log_dir, server_db_url):
    """.streamlit/config.toml's default, for a start without `--server.address` (make run passes 127.0.0.1
    too): /_stcore/metrics and the app's port are for this machine only."""
    from tools import server as tools_server

    with tools_server.streamlit_server(
        address=None, env_extra={"PREVENTIEKAART_DB": server_db_url}, log=server_log_dir / "loopback.log"
    ) as app:
        port = int(app.url.rsplit(":", 1)[1])
        assert listening_addresses(port) == {"127.0.0.1"}
        assert _get(app.url + "/_stcore/metrics")[0] == 200  # there, but only on loopback


def test_ready_fails_while_the_postgresql_register_hangs_and_health_does_not(server_log_dir, tmp_path):
    bindir = pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed")
    with throwaway_postgres(bindir) as postgres:
        url = postgres.new_database()
        Register.open(url).initialize()
        with streamlit_server(server_log_dir, {"PREVENTIEKAART_DB": url}) as app:
            assert _get(app + "/ready")[0] == 200
            with postgres.frozen():
                time.sleep(1.1)  # past the answer the probe reuses
                start = time.monotonic()
                status, _, body = _get(app + "/ready")
                took = time.monotonic() - start
                assert (status, json.loads(body)) == (503, {"status": "unavailable"})
                assert took < 6, took
                assert str(postgres.port) not in body.decode()
                assert _get(app + "/_stcore/health")[:3:2] == (200, b"ok")
            deadline = time.monotonic() + 30
            while _get(app + "/ready")[0] != 200:
                assert time.monotonic() < deadline, "not ready again after the database came back"
                time.sleep(0.5)
    log = "\n".join(p.read_text(encoding="utf-8") for p in server_log_dir.glob("server-*.log"))
    assert "not ready: the register does not answer" in log


def test_a_base_url_path_serves_the_app_its_map_and_ready_below_it(browser, server_log_dir, server_db_url):
    with streamlit_server(
        server_log_dir, {"PREVENTIEKAART_DB": server_db_url}, ("--server.baseUrlPath=preventiekaart",)
    ) as app:
        assert _get(app + "/preventiekaart/ready")[0] == 200
        assert _get(app + "/preventiekaart/_stcore/health")[0] == 200
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
        page = context.new_page()
        try:
            page.goto(app + "/preventiekaart/", timeout=TIMEOUT_MS)
            wait_idle(page)
            map_frame(page)  # Leaflet and the geometry came from /preventiekaart/app/static/
            expect(page.get_by_role("link", name="Kaart")).to_be_visible()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "base_url_path_1366x768.png"))
        finally:
            context.close()
