"""The app's own HTTP routes: /ready answers a load balancer, under the base path, clear of Streamlit's and the
pages' addresses; serve.py is what `streamlit run` starts as an st.App."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from dashboard.web import routes as web_routes
from dashboard.web.readiness import Readiness
from dashboard.web.routes import ENDPOINTS, Endpoint, full_path, readiness_handler, routes
from tests.dashboard.web.aio import run_apart
from tools.server import free_port

ROOT = Path(__file__).resolve().parents[3]


class Client:
    """Requests straight into the ASGI app (no server, no network)."""

    def __init__(self, app: Starlette) -> None:
        self.app = app

    def request(self, method: str, path: str) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.request(method, path)

        return run_apart(send())

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def head(self, path: str) -> httpx.Response:
        return self.request("HEAD", path)


def _client(probe: Readiness, base: str = "") -> Client:
    endpoint = Endpoint("/ready", "ready", lambda: readiness_handler(probe))
    return Client(Starlette(routes=routes(base, [endpoint])))


def test_ready_is_200_with_a_tiny_json_while_the_register_answers(tmp_path, monkeypatch):
    from dashboard.register.repository import Register

    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    Register.open(url).initialize(empty=True)
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    client = Client(Starlette(routes=routes()))
    response = client.get("/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    assert client.head("/ready").status_code == 200


def test_ready_is_503_and_says_nothing_of_where_the_register_lives(monkeypatch, caplog):
    port = free_port()
    monkeypatch.setenv("PREVENTIEKAART_DB", f"postgresql+psycopg://beheer:geheim@127.0.0.1:{port}/register")
    response = Client(Starlette(routes=routes())).get("/ready")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    for secret in ("geheim", "beheer", str(port), "127.0.0.1", "postgresql", "register"):
        assert secret not in response.text
    assert "geheim" not in caplog.text  # the log has the reason, never the password


def test_routes_follow_the_base_url_path():
    client = _client(Readiness(lambda: None), base="/preventiekaart/")
    assert client.get("/preventiekaart/ready").status_code == 200
    assert client.get("/ready").status_code == 404
    assert full_path("", "/ready") == "/ready"
    assert full_path("a/b", "/ready") == "/a/b/ready"


def test_no_route_takes_a_streamlit_address_or_a_page_address():
    from streamlit.web.server.starlette.starlette_app import _RESERVED_ROUTE_PREFIXES

    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    pages = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PAGES"
    )
    page_paths = {f"/{url_path}" for _script, _icon, url_path in pages}
    assert "/kaart" in page_paths
    for endpoint in ENDPOINTS:
        assert endpoint.path.startswith("/")
        assert endpoint.path not in page_paths
        assert not any(
            endpoint.path.startswith(p) or endpoint.path == p.rstrip("/") for p in _RESERVED_ROUTE_PREFIXES
        )
        assert endpoint.path not in {"/app/static", "/oauth2callback", "/auth/login", "/auth/logout"}


def test_serve_py_is_started_as_an_st_app_with_our_routes():
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "serve.py")
    assert found.is_asgi_app and found.import_string == "serve:app"
    assert "app.py" in (ROOT / "serve.py").read_text(encoding="utf-8")


def test_every_endpoint_builds_a_handler_per_call():
    built = routes("", ENDPOINTS)
    assert [r.path for r in built] == [e.path for e in ENDPOINTS]  # type: ignore[attr-defined]
    assert web_routes.ENDPOINTS[0].name == "ready"


@pytest.mark.parametrize("ok", [True, False])
def test_the_answer_is_json(ok):
    response = _client(Readiness(lambda: None if ok else "down")).get("/ready")
    assert json.loads(response.text)["status"] == ("ok" if ok else "unavailable")
