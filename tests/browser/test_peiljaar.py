"""Issue 20 in a real browser, on a fresh server of its own:

- an editor adds and saves a record in an open peiljaar (the id left empty: a readable one is given);
- a fresh visitor, in a new browser context, still opens on the vastgesteld year, without a banner;
- choosing the open year (the sidebar, then a ?jaar= link) shows the banner on the map, on the charts (in the
  figure too) and on the first slide;
- 22.9: a name with ':material/warning:' and an emoji shortcode is text in the "Opgeslagen" message;
- screenshots at 1366×768 and 1920×1080 of the map, the charts and slide 1 of the open year, and of the
  Register page's "Te bevestigen" list and round tab (artifacts/peiljaar/).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from dashboard.register.access import Console
from dashboard.register.repository import Register
from tests.browser.conftest import ARTIFACTS
from tests.browser.helpers import TIMEOUT_MS, new_page, wait_idle

PASSWORD = "een lang wachtwoord"
SHOTS = ARTIFACTS.parent / "peiljaar"
BANNER = re.compile(r"^Peiljaar 2025 is nog open: de gegevens worden nog ingevuld")
SIZES = ((1366, 768), (1920, 1080))


@pytest.fixture(scope="module")
def round_server(register_server):
    """The module's server with a round open for 2025 (last year carried over as concepts), a gemeente editor
    of Heerlen and a beheerder."""
    register = Register.open(register_server.db_url)
    register.initialize()
    register.open_peiljaar(Console(), 2025)
    register.accounts.add("g@heerlen.nl", "redacteur", ("ZK31",), register.organisation("Heerlen"))
    register.accounts.set_password("g@heerlen.nl", PASSWORD)
    register.accounts.add("beheer@example.nl", "beheerder", (), register.organisation("CZ"))
    register.accounts.set_password("beheer@example.nl", PASSWORD)
    register.close()
    return register_server


def _goto(page: Page, path: str) -> None:
    page.goto(f"{page.server_url}/{path.lstrip('/')}", timeout=TIMEOUT_MS)
    wait_idle(page)


def _sign_in(page: Page, email: str) -> None:
    _goto(page, "register")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text(re.compile(r"^Aangemeld als "))).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)


def _year(page: Page):
    return page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Peiljaar")


def _query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def _nav(page: Page, title: str) -> None:
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).click()
    wait_idle(page)


def test_an_open_year_is_shown_only_when_chosen_and_always_with_its_banner(browser, round_server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor = new_page(browser, round_server.url)
    _sign_in(editor, "g@heerlen.nl")
    editor.get_by_label("Naam", exact=True).fill("Nieuw in Heerlen")
    editor.get_by_label("Of typ gemeenten").fill("Heerlen")
    expect(editor.get_by_role("spinbutton", name="Peiljaar", exact=True)).to_have_value("2025")
    editor.get_by_role("button", name="Opslaan").click()
    wait_idle(editor)
    saved = editor.get_by_test_id("stAlertContentSuccess")
    expect(saved).to_contain_text("Opgeslagen: Nieuw in Heerlen (2025)", timeout=TIMEOUT_MS)
    expect(saved).to_contain_text("Id: heerlen-nieuw-in-heerlen-2025.")
    expect(saved).to_contain_text("Peiljaar 2025 is nog open")
    register = Register.open(round_server.db_url)
    assert register.get(("heerlen-nieuw-in-heerlen-2025", 2025)).record.naam == "Nieuw in Heerlen"
    assert register.newest_vastgesteld() == 2020
    register.close()
    editor.context.close()

    # A fresh visitor in a new browser context: the vastgesteld year, no banner.
    visitor = new_page(browser, round_server.url)
    _goto(visitor, "")
    expect(_year(visitor)).to_have_value("2020", timeout=TIMEOUT_MS)
    expect(visitor.get_by_text(BANNER)).to_have_count(0)
    assert _query(visitor).get("jaar") == ["2020"]
    # Choosing the open year in the sidebar: the map page says so.
    _year(visitor).click()
    visitor.get_by_role("option", name="2025 (open, wordt ingevuld)").click()
    wait_idle(visitor)
    expect(visitor.get_by_text(BANNER)).to_be_visible(timeout=TIMEOUT_MS)
    assert _query(visitor).get("jaar") == ["2025"]
    # The charts: the banner on the page and in the figure itself.
    _nav(visitor, "Grafieken")
    expect(visitor.get_by_text(BANNER).first).to_be_visible(timeout=TIMEOUT_MS)
    expect(visitor.locator(".js-plotly-plot .g-gtitle").first).to_contain_text(
        "Peiljaar 2025 is nog open", timeout=TIMEOUT_MS
    )
    # The first slide.
    _goto(visitor, "presentatie?dia=1&jaar=2025")
    expect(visitor.get_by_text(BANNER)).to_be_visible(timeout=TIMEOUT_MS)
    visitor.context.close()

    # A link with ?jaar=2025 in yet another context opens the open year, with the banner; without ?jaar= the
    # vastgesteld year again.
    linked = new_page(browser, round_server.url)
    _goto(linked, "grafieken?jaar=2025")
    expect(linked.get_by_text(BANNER).first).to_be_visible(timeout=TIMEOUT_MS)
    _goto(linked, "grafieken")
    linked.context.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_screenshots_of_the_open_year_and_the_register(browser, round_server, width, height):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = new_page(browser, round_server.url, width, height)
    for name, path in (
        ("kaart", "?jaar=2025"),
        ("grafieken", "grafieken?jaar=2025"),
        ("dia1", "presentatie?dia=1&jaar=2025"),
    ):
        _goto(page, path)
        expect(page.get_by_text(BANNER).first).to_be_visible(timeout=TIMEOUT_MS)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(SHOTS / f"{name}_2025_{width}x{height}.png"))
    _sign_in(page, "beheer@example.nl")
    page.get_by_role("tab", name="Te bevestigen").click()
    wait_idle(page)
    expect(page.get_by_role("button", name="Bevestigen").first).to_be_visible(timeout=TIMEOUT_MS)
    page.screenshot(path=str(SHOTS / f"register_te_bevestigen_{width}x{height}.png"))
    page.get_by_role("tab", name="Peiljaarronde").click()
    wait_idle(page)
    expect(page.get_by_text("Peiljaar 2025 (open)")).to_be_visible(timeout=TIMEOUT_MS)
    page.screenshot(path=str(SHOTS / f"register_ronde_{width}x{height}.png"))
    page.context.close()


def test_a_name_with_an_icon_code_is_text_in_the_saved_message(browser, round_server):
    page = new_page(browser, round_server.url)
    _sign_in(page, "g@heerlen.nl")
    page.get_by_label("Naam", exact=True).fill(":material/warning: Test :smile: :streamlit:")
    page.get_by_label("Of typ gemeenten").fill("Heerlen")
    page.get_by_role("button", name="Opslaan").click()
    wait_idle(page)
    saved = page.get_by_test_id("stAlertContentSuccess")
    expect(saved).to_contain_text("Opgeslagen", timeout=TIMEOUT_MS)
    text = saved.inner_text().replace("\u2060", "")
    assert ":material/warning: Test :smile: :streamlit:" in text
    # No icon, emoji or logo was drawn inside the message (its own icon sits outside the markdown body).
    body = saved.locator('[data-testid="stMarkdownContainer"]')
    expect(body.locator('[role="img"], img, [data-testid="stIconMaterial"]')).to_have_count(0)
    assert "😄" not in text
    page.context.close()
