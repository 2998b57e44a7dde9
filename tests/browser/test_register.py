"""The register in a real browser: sign in, edit, another browser sees it; out of scope refused; the
concurrent-edit conflict; two app processes on one PostgreSQL; OIDC sign-in against a mock provider.

Every test here writes, so none uses the session's shared server: the module has a server and register of its
own (`register_server`), and the PostgreSQL and OIDC tests start their own."""

from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from dashboard.register.access import Console
from dashboard.register.repository import Register
from tests.browser.conftest import ARTIFACTS, free_port, streamlit_server
from tests.browser.helpers import TIMEOUT_MS, new_page, wait_idle

PASSWORD = "een lang wachtwoord"
SIGNED_IN = re.compile(r"^Aangemeld als ")


def _user(
    url: str, email: str, role: str = "redacteur", scope: tuple[str, ...] = ("ZK31",), password: bool = True
):
    register = Register.open(url)
    register.initialize()
    register.accounts.add(email, role, scope)
    if password:
        register.accounts.set_password(email, PASSWORD)
    return register


def _open_register(page: Page) -> None:
    page.goto(f"{page.server_url}/register", timeout=TIMEOUT_MS)
    wait_idle(page)
    expect(page.get_by_role("heading", name="Register van initiatieven")).to_be_visible(timeout=TIMEOUT_MS)


def _sign_in(page: Page, email: str) -> None:
    _open_register(page)
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text(SIGNED_IN)).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)


def _fill_new(page: Page, record_id: str, naam: str, gemeenten: str) -> None:
    page.get_by_role("textbox", name="Id (uniek per peiljaar)").fill(record_id)
    page.get_by_label("Naam", exact=True).fill(naam)
    page.get_by_role("spinbutton", name="Peiljaar", exact=True).fill("2025")
    page.get_by_label("Of typ gemeenten").fill(gemeenten)


def _save(page: Page) -> None:
    page.get_by_role("button", name="Opslaan").click()
    wait_idle(page)


def _count(page: Page) -> str:
    return page.get_by_text("Het register bevat").inner_text()


def test_sign_in_add_in_zuid_limburg_and_another_browser_sees_it(browser, register_server):
    register = _user(register_server.db_url, "a@example.nl")
    viewer = new_page(browser, register_server.url)
    _open_register(viewer)
    before = _count(viewer)
    editor = new_page(browser, register_server.url)
    _sign_in(editor, "a@example.nl")
    _fill_new(editor, "zl-browser", "Samen bewegen Heuvelland", "Maastricht; Vaals")
    _save(editor)
    expect(editor.get_by_text("Opgeslagen: Samen bewegen Heuvelland")).to_be_visible(timeout=TIMEOUT_MS)
    assert register.get(("zl-browser", 2025)).gemeenten == ("GM0935", "GM0981")
    # The other session sees it on its next rerun (a reload), without any timer.
    viewer.reload()
    wait_idle(viewer)
    expect(viewer.get_by_text("Het register bevat")).not_to_have_text(before, timeout=TIMEOUT_MS)
    # And its history names the editor.
    assert register.history(("zl-browser", 2025))[0].changed_by == "a@example.nl"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1920, 1080)):
        editor.set_viewport_size({"width": width, "height": height})
        editor.wait_for_timeout(400)
        editor.screenshot(path=str(ARTIFACTS / f"register_{width}x{height}.png"), full_page=True)
    editor.context.close()
    viewer.context.close()


def test_amsterdam_is_refused_in_the_browser(browser, register_server):
    register = _user(register_server.db_url, "b@example.nl")
    page = new_page(browser, register_server.url)
    _sign_in(page, "b@example.nl")
    _fill_new(page, "ams-browser", "Amsterdam beweegt", "Amsterdam")
    _save(page)
    expect(page.get_by_text("Buiten uw gebied")).to_be_visible(timeout=TIMEOUT_MS)
    assert ("ams-browser", 2025) not in {e.key for e in register.entries()}
    page.screenshot(path=str(ARTIFACTS / "register_refused.png"), full_page=True)
    page.context.close()


def _pick(page: Page, label: str) -> None:
    page.get_by_label("Initiatief", exact=True).click()
    page.get_by_role("option", name=label).click()
    wait_idle(page)


def test_concurrent_edit_is_refused_with_the_others_change(browser, register_server):
    register = _user(register_server.db_url, "c@example.nl")
    _user(register_server.db_url, "d@example.nl")
    register.save(Console(), {"id": "zl-samen", "naam": "Gedeeld", "jaar": "2025", "gemeenten": "Kerkrade"})
    first, second = new_page(browser, register_server.url), new_page(browser, register_server.url)
    for page, email in ((first, "c@example.nl"), (second, "d@example.nl")):
        _sign_in(page, email)
        _pick(page, "Gedeeld (2025, zl-samen)")
    first.get_by_label("Naam", exact=True).fill("Gedeeld — versie C")
    _save(first)
    expect(first.get_by_text("Opgeslagen: Gedeeld — versie C")).to_be_visible(timeout=TIMEOUT_MS)
    second.get_by_label("Naam", exact=True).fill("Gedeeld — versie D")
    _save(second)
    # The guard puts a word joiner (U+2060) before the "@": an address in a message never becomes a link.
    expect(second.get_by_text(re.compile("c\u2060?@example\\.nl heeft dit initiatief"))).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(second.get_by_text("Wat de ander opsloeg naast uw versie")).to_be_visible()
    assert register.get(("zl-samen", 2025)).record["naam"] == "Gedeeld — versie C"
    second.screenshot(path=str(ARTIFACTS / "register_conflict.png"), full_page=True)
    first.context.close()
    second.context.close()


def test_two_app_processes_on_one_postgresql(browser, postgres_server, tmp_path):
    url = postgres_server.new_database()
    register = _user(url, "e@example.nl")
    with (
        streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}) as one,
        streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}) as two,
    ):
        viewer = new_page(browser, two)
        _open_register(viewer)
        expect(viewer.get_by_text("Het register bevat 211 gepubliceerde")).to_be_visible(timeout=TIMEOUT_MS)
        editor = new_page(browser, one)
        _sign_in(editor, "e@example.nl")
        _fill_new(editor, "zl-pg", "Twee processen", "Heerlen")
        _save(editor)
        expect(editor.get_by_text("Opgeslagen: Twee processen")).to_be_visible(timeout=TIMEOUT_MS)
        viewer.reload()
        wait_idle(viewer)
        expect(viewer.get_by_text("Het register bevat 212 gepubliceerde")).to_be_visible(timeout=TIMEOUT_MS)
        viewer.context.close()
        editor.context.close()
    assert register.history(("zl-pg", 2025))[0].changed_by == "e@example.nl"


@pytest.fixture
def oidc_provider():
    import oidc_provider_mock

    with oidc_provider_mock.run_server_in_thread() as server:
        yield f"http://127.0.0.1:{server.server_port}"


def test_oidc_sign_in_against_the_mock_provider(browser, oidc_provider, tmp_path):
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    register = _user(url, "oidc@example.nl", password=False)
    claims = json.dumps({"email": "oidc@example.nl", "name": "Oidc Gebruiker"}).encode()
    request = urllib.request.Request(
        f"{oidc_provider}/users/{quote('oidc@example.nl')}", data=claims, method="PUT",
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    assert urllib.request.urlopen(request).status == 204
    port = free_port()
    secrets = tmp_path / "secrets.toml"
    # Throw-away values for a throw-away provider; real deployments keep theirs outside the repo.
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "test-cookie-secret-for-the-mock-provider-only"\n'
        'client_id = "preventiekaart"\n'
        'client_secret = "mock"\n'
        f'server_metadata_url = "{oidc_provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    with streamlit_server(tmp_path, {"PREVENTIEKAART_DB": url}, (f"--secrets.files={secrets}",), port) as app:
        page = new_page(browser, app)
        _open_register(page)
        page.get_by_role("button", name="Aanmelden via uw organisatie").click()
        page.get_by_placeholder("sub").fill("oidc@example.nl")
        page.get_by_role("button", name="Authorize").click()
        # Streamlit's callback lands on the start page; the sign-in (a cookie) holds on every page.
        page.wait_for_url(f"{app}/**", timeout=TIMEOUT_MS)
        wait_idle(page)
        _open_register(page)
        expect(page.get_by_text(SIGNED_IN)).to_be_visible(timeout=TIMEOUT_MS)
        wait_idle(page)
        _fill_new(page, "zl-oidc", "Via de eigen organisatie", "Heerlen")
        _save(page)
        expect(page.get_by_text("Opgeslagen: Via de eigen organisatie")).to_be_visible(timeout=TIMEOUT_MS)
        page.context.close()
    assert register.history(("zl-oidc", 2025))[0].changed_by == "oidc@example.nl"
