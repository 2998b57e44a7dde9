"""One Streamlit server and one headless Chromium per test session; a fresh page (context) per test.

Playwright drives Debian's /usr/bin/chromium (no browser download). Every request the page makes is recorded so
tests can prove nothing leaves 127.0.0.1. Screenshots go to artifacts/screenshots/ (gitignored) for a human to
look at.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@contextmanager
def streamlit_server(
    log_dir: Path, env_extra: dict[str, str], args: tuple[str, ...] = (), port: int | None = None
) -> Iterator[str]:
    """A Streamlit server for app.py on a free port of 127.0.0.1; the environment's PREVENTIEKAART_ variables
    are replaced by `env_extra` (every server gets its own register, never the project's var/)."""
    port = port or _free_port()
    log = (log_dir / f"server-{port}.log").open("w")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREVENTIEKAART_")} | env_extra
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.address=127.0.0.1",
            f"--server.port={port}",
            "--server.headless=true",
            "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none",
            *args,
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def server_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The register of the session's server (an SQLite file in a temporary folder)."""
    return f"sqlite:///{tmp_path_factory.mktemp('register') / 'register.sqlite'}"


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory, server_db_url: str) -> Iterator[str]:
    with streamlit_server(tmp_path_factory.mktemp("streamlit"), {"PREVENTIEKAART_DB": server_db_url}) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("PREVENTIEKAART_REQUIRE_BROWSER"):
            pytest.fail("Debian's chromium is required for browser tests: apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
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
