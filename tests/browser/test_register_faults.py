"""The register under faults in a real browser (issue 22.5–22.7, 22.9): another process holding SQLite's write
lock, a PostgreSQL server that stops answering, and a session ended by a new password. Each test has a server
(and a register) of its own; screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import re
import time

from playwright.sync_api import Page, expect

from dashboard.register.repository import Register
from tests.browser.conftest import ARTIFACTS, streamlit_server
from tests.browser.helpers import TIMEOUT_MS, new_page, wait_idle
from tests.conftest import postgres_cluster
from tests.pages.test_register_busy import Writer

EMAIL = "a@example.nl"
PASSWORD = "een lang wachtwoord"
SIZES = ((1366, 768), (1920, 1080))


def _register(url: str) -> Register:
    register = Register.open(url)
    register.initialize()
    register.accounts.add(EMAIL, "redacteur", ("ZK31", "ZK17", "ZK12"))
    register.accounts.set_password(EMAIL, PASSWORD)
    return register


def _open(page: Page, path: str = "register") -> None:
    page.goto(f"{page.server_url}/{path}", timeout=TIMEOUT_MS)
    wait_idle(page)


def _shots(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(400)
        page.screenshot(path=str(ARTIFACTS / f"{name}_{width}x{height}.png"))


def test_sign_in_while_another_process_writes_says_busy_and_keeps_the_input(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    _register(url).close()
    writer = Writer(str(tmp_path / "register.sqlite"))
    with streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}) as app:
        page = new_page(browser, app)
        _open(page)
        expect(page.get_by_role("heading", name="Register van initiatieven")).to_be_visible(
            timeout=TIMEOUT_MS
        )
        writer.hold()
        try:
            page.get_by_label("E-mailadres").fill(EMAIL)
            page.get_by_label("Wachtwoord").fill(PASSWORD)
            page.get_by_role("button", name="Aanmelden").click()
            expect(page.get_by_text(re.compile("bezet door een andere schrijver"))).to_be_visible(
                timeout=30_000
            )
            expect(page.get_by_label("E-mailadres")).to_have_value(EMAIL)
            expect(page.get_by_label("Wachtwoord")).to_have_value(PASSWORD)
            expect(page.get_by_text("Er ging iets mis")).to_have_count(0)
            _shots(page, "register_busy")
        finally:
            writer.release()
        page.set_viewport_size({"width": 1366, "height": 768})
        page.get_by_role("button", name="Aanmelden").click()
        expect(page.get_by_text(re.compile("^Aangemeld als "))).to_be_visible(timeout=TIMEOUT_MS)
        page.context.close()


def test_a_new_password_ends_the_open_session_with_its_own_notice(browser, tmp_path):
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    register = _register(url)
    with streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}) as app:
        page = new_page(browser, app)
        _open(page)
        page.get_by_label("E-mailadres").fill(EMAIL)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("button", name="Aanmelden").click()
        expect(page.get_by_text(re.compile("^Aangemeld als "))).to_be_visible(timeout=TIMEOUT_MS)
        wait_idle(page)
        register.accounts.set_password(EMAIL, "een heel ander wachtwoord")
        # The session's next rerun (any widget): here the history scope.
        page.get_by_role("tab", name="Wijzigingen").click()
        page.get_by_text("een regio", exact=True).click()
        expect(page.get_by_text("Het wachtwoord van dit account is gewijzigd")).to_be_visible(
            timeout=TIMEOUT_MS
        )
        expect(page.get_by_text("8 uur niet actief")).to_have_count(0)
        _shots(page, "register_password_changed")
        page.context.close()
    register.close()


def test_a_frozen_postgresql_is_a_notice_with_the_last_data_and_no_address(browser, tmp_path):
    with postgres_cluster() as server:
        url = server.new_database()
        _register(url).close()
        with streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}) as app:
            page = new_page(browser, app)
            _open(page, "")
            # The page has read the register (its records are example data), so there is data to fall back on.
            expect(page.get_by_text(re.compile("voorbeelddata", re.IGNORECASE)).first).to_be_visible(
                timeout=TIMEOUT_MS
            )
            expect(page.get_by_text("Er ging iets mis")).to_have_count(0)
            with server.frozen():
                started = time.monotonic()
                _open(page, "")
                expect(page.get_by_text(re.compile("Het register is nu niet bereikbaar"))).to_be_visible(
                    timeout=15_000
                )
                took = time.monotonic() - started
                shown = page.locator("body").inner_text()
                for secret in (str(server.port), "127.0.0.1", "postgresql", url.rsplit("/", 1)[1]):
                    assert secret not in shown, secret
                _shots(page, "register_frozen_map")
                assert took < 15, took
            page.context.close()
