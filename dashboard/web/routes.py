"""The registry of the app's own HTTP routes: each ``Endpoint`` here is served beside Streamlit's.

Paths are below ``server.baseUrlPath`` (``serve.py`` passes it in) and must not start with Streamlit's reserved
prefixes (``/_stcore/``, ``/media/``, ``/component/``, ``/static/``; ``st.App`` refuses those) nor equal a page's
URL path (a page would no longer open). Add an endpoint to ``ENDPOINTS``; ``routes()`` builds them.
Answers carry their own content type and ``Cache-Control``; nothing here reaches a Streamlit session.
Handlers run on the server's event loop, beside every session's websocket: blocking work (the database, files)
goes to a thread (``asyncio.to_thread``), bounded in time as ``/ready`` does. A route whose answer follows the
register (open data) keeps it per process and builds it anew when ``Register.revision()`` has moved.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from dashboard.web.open_data import index_redirect, open_data_handler
from dashboard.web.readiness import Readiness, register_readiness

Handler = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Endpoint:
    path: str  # below the base URL path, starting with "/"
    name: str
    make_handler: Callable[
        [], Handler
    ]  # called once per process: the handler may keep state (a probe, a cache)
    methods: tuple[str, ...] = ("GET",)  # Starlette adds HEAD to GET


def readiness_handler(probe: Readiness | None = None) -> Handler:
    """``/ready``: 200 while the register answers, 503 while it does not; the body says which, never where the
    register lives (the reason goes to the log)."""
    probe = probe or register_readiness()

    async def ready(_request: Request) -> Response:
        ok = await probe.ready()
        return JSONResponse(
            {"status": "ok" if ok else "unavailable"},
            status_code=200 if ok else 503,
            headers={"Cache-Control": "no-store"},
        )

    return ready


ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    Endpoint("/ready", "ready", readiness_handler),
    # The register's open data (dashboard/web/open_data.py): stable addresses, the README lists them.
    Endpoint("/open-data", "open_data_index", index_redirect),
    Endpoint("/open-data/{path:path}", "open_data", open_data_handler),
)


def full_path(base_url_path: str, path: str) -> str:
    """``path`` below Streamlit's ``server.baseUrlPath`` ("" or "preventiekaart" or "/a/b/")."""
    base = base_url_path.strip("/")
    return f"/{base}{path}" if base else path


def routes(base_url_path: str = "", endpoints: Sequence[Endpoint] = ENDPOINTS) -> list[BaseRoute]:
    return [
        Route(full_path(base_url_path, e.path), e.make_handler(), methods=list(e.methods), name=e.name)
        for e in endpoints
    ]
