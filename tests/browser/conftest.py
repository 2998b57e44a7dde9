"""One Streamlit server and one headless Chromium per test session; a fresh page (context) per test.

Playwright drives Debian's /usr/bin/chromium (no browser download). Every request the page makes is recorded so
tests can prove nothing leaves 127.0.0.1. Screenshots go to artifacts/screenshots/ (gitignored) for a human to
look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.register.repository import Register
from tools import server
from tools.server import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port

ARTIFACTS = ROOT / "artifacts" / "screenshots"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@contextmanager
def streamlit_server(
    log_dir: Path, env_extra: dict[str, str], args: tuple[str, ...] = (), port: int | None = None
) -> Iterator[str]:
    """A Streamlit server for app.py on a free port of 127.0.0.1; the environment's PREVENTIEKAART_ variables
    are replaced by `env_extra` (every server gets its own register, never the project's var/)."""
    port = port or free_port()
    with server.streamlit_server(
        env_extra=env_extra, args=args, port=port, log=log_dir / f"server-{port}.log"
    ) as running:
        yield running.url


@dataclass(frozen=True)
class RegisterState:
    """What a read-only server's register holds: any test that writes to it changes one of these."""

    revision: int
    records: int
    users: int

    @classmethod
    def of(cls, url: str) -> RegisterState:
        register = Register.open(url)
        return cls(register.revision(), len(register.entries()), len(register.accounts.list_users()))


@pytest.fixture(scope="session")
def server_log_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's servers write their output here (read by tests of server warnings)."""
    return tmp_path_factory.mktemp("streamlit")


def _seeded_register(tmp_path_factory: pytest.TempPathFactory, name: str) -> str:
    """A fresh SQLite register in a temporary folder, filled with the shipped records before its server starts
    (so what it held at the start is known)."""
    url = f"sqlite:///{tmp_path_factory.mktemp(name) / 'register.sqlite'}"
    Register.open(url).initialize()
    return url


@pytest.fixture(scope="session")
def server_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The register of the session's shared server: the shipped records, which no test may change (tests that
    edit get `register_server`)."""
    return _seeded_register(tmp_path_factory, "register")


@pytest.fixture(scope="session")
def server_url(server_log_dir: Path, server_db_url: str) -> Iterator[str]:
    """The one server of the session for every test that only reads: every page and screenshot sees the
    shipped data whatever ran before. On teardown it fails if a test wrote to its register after all."""
    shipped = RegisterState.of(server_db_url)
    with streamlit_server(server_log_dir, {"PREVENTIEKAART_DB": server_db_url}) as url:
        yield url
    after = RegisterState.of(server_db_url)
    assert after == shipped, (
        f"a test wrote to the shared server's register ({shipped} -> {after}); tests that edit the register "
        "use the `register_server` fixture"
    )


@dataclass(frozen=True)
class EditableServer:
    url: str
    db_url: str


@pytest.fixture(scope="module")
def register_server(
    server_log_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EditableServer]:
    """A server of its own, with a throw-away register, for the tests of a module that add users and records.
    Its log joins the session's, so the server-log checks see it too."""
    db_url = _seeded_register(tmp_path_factory, "editable-register")
    with streamlit_server(server_log_dir, {"PREVENTIEKAART_DB": db_url}) as url:
        yield EditableServer(url, db_url)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("PREVENTIEKAART_REQUIRE_BROWSER"):
            pytest.fail("Debian's chromium is required for browser tests: apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server_url: str, request: pytest.FixtureRequest) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1600, "height": 1100}, locale="nl-NL")
    page = context.new_page()
    page.requested_urls = []
    page.dialogs = []
    page.on("request", lambda r: page.requested_urls.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.server_url = server_url
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()


@pytest.fixture
def sized(browser, server_url: str):
    """Pages of a chosen screen size (and locale) on the shared server: ``sized(1366, 768)``."""
    contexts = []

    def make(width: int, height: int, locale: str = "nl-NL"):
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.server_url = server_url
        return page

    yield make
    for context in contexts:
        context.close()
