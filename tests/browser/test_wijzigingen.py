"""The change log in a real browser, at 1366×768 and 1920×1080: the Wijzigingen page, its slide and the Register
page's history show old → new with nothing clipped (the table's columns fit beside the sidebar and its text
wraps) and the table on the first screen; screenshots in artifacts/screens/ for a person to look at."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from dashboard.register.access import Console, SessionToken
from dashboard.register.records import to_cells
from dashboard.register.repository import Register
from tests.browser.helpers import TIMEOUT_MS, new_page, wait_idle
from tests.browser.test_screens import _CLIPPED_JS, SHOTS, SIZES

PASSWORD = "een lang wachtwoord voor de browser"
EDITOR = "redactie@heerlen.nl"
INSURER = "regio@cz.nl"

# The grid must not scroll sideways (a column out of sight) and must start on the first screen.
_TABLE_JS = """
() => {
  const grid = document.querySelector('[data-testid="stMain"] [data-testid="stDataFrame"]');
  if (!grid) return {found: false};
  const scroller = grid.querySelector('.dvn-scroller') || grid;
  const r = grid.getBoundingClientRect();
  const main = document.querySelector('[data-testid="stMain"]').getBoundingClientRect();
  return {found: true, overflow: scroller.scrollWidth - scroller.clientWidth, top: r.top, right: r.right,
          mainRight: main.right, height: window.innerHeight};
}
"""


def _account(register: Register, email: str, organisation: str) -> SessionToken:
    register.accounts.add(email, "redacteur", ("ZK31",), register.organisation(organisation))
    register.accounts.set_password(email, PASSWORD)
    return SessionToken(register.accounts.sign_in(email, PASSWORD))


@pytest.fixture(scope="module")
def changed(register_server):
    """Changes a meeting would ask about: a level changed with a long reason, parties swapped, a new initiative,
    a confirmation and a dispute, all in Zuid-Limburg."""
    register = Register.open(register_server.db_url)
    gemeente = _account(register, EDITOR, "Heerlen")
    insurer = _account(register, INSURER, "CZ")
    entry = register.get(("R02", 2020))
    cells = to_cells(entry.record) | {
        "preventiecoalitie": "nee",
        "samenwerkingsniveau": "informeel",
        "partijen": "gemeente; zorgverzekeraar; huisarts; ggd; welzijn; sociaal werk",
        "toelichting": "Na het regio-overleg van maart bijgesteld: de afspraken zijn informeel tot het convenant "
        "met CZ is getekend; huisartsen en GGD doen mee in de wijkteams.",
    }
    entry = register.save(
        gemeente, cells, expected_version=entry.version, reason="na het regio-overleg van maart"
    )
    register.confirm_side(gemeente, entry.key, seen_version=entry.version)
    register.dispute(insurer, entry.key, seen_version=entry.version, reason="er is al een convenant getekend")
    register.save(
        Console(),
        {
            "id": "zl-nieuw",
            "naam": "Heuvelland in beweging",
            "jaar": "2020",
            "gemeenten": "Vaals; Gulpen-Wittem",
        },
    )
    register.close()
    return register_server


def _judge(page: Page, name: str) -> None:
    page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=TIMEOUT_MS)
    page.wait_for_timeout(1000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    assert page.evaluate(_CLIPPED_JS) == []
    table = page.evaluate(_TABLE_JS)
    assert table["found"]
    assert table["overflow"] <= 1, table  # every column in sight
    assert table["right"] <= table["mainRight"] + 1, table
    assert table["top"] < table["height"] - 150, table  # the first rows on the first screen


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_change_log_page_fits_the_screen(browser, changed, width, height):
    page = new_page(browser, changed.url, width, height)
    page.goto(f"{changed.url}/wijzigingen?regio=ZK31", timeout=TIMEOUT_MS)
    wait_idle(page)
    expect(page.get_by_text("wijzigingen sinds", exact=False).first).to_be_visible(timeout=TIMEOUT_MS)
    _judge(page, f"wijzigingen_{width}x{height}")
    page.context.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_slide_fits_the_screen(browser, changed, width, height):
    page = new_page(browser, changed.url, width, height)
    page.goto(f"{changed.url}/presentatie?presentatie=1&dia=7&regio=ZK31", timeout=TIMEOUT_MS)
    wait_idle(page)
    expect(page.get_by_role("heading", name="Wat is er veranderd in Zuid-Limburg sinds")).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(page.get_by_text("formele afspraken → informele afspraken")).to_be_visible(timeout=TIMEOUT_MS)
    page.wait_for_timeout(1500)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"wijzigingen_dia_{width}x{height}.png"))
    assert page.evaluate(_CLIPPED_JS) == []
    chart = page.locator(".js-plotly-plot").first.bounding_box()
    assert chart is not None and chart["y"] + chart["height"] <= height + 1  # the whole chart on the screen
    page.context.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_register_history_shows_old_to_new_and_fits(browser, changed, width, height):
    page = new_page(browser, changed.url, width, height)
    page.goto(f"{changed.url}/register", timeout=TIMEOUT_MS)
    wait_idle(page)
    page.get_by_label("E-mailadres").fill(EDITOR)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Aangemeld als")).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)
    page.get_by_role("tab", name="Wijzigingen").click()
    wait_idle(page)
    page.get_by_text("een regio", exact=True).click()
    wait_idle(page)
    box = page.get_by_label("VNG–ZN-regio", exact=True).last
    box.click()
    box.fill("Zuid-Limburg")  # the list is long: type to find it, as a user would
    page.get_by_role("option", name="Zuid-Limburg (ZK31)").click()
    wait_idle(page)
    # The grid draws on a canvas; its cells are there for screen readers (a hidden table).
    expect(page.locator("td", has_text="formele afspraken").first).to_be_attached(timeout=TIMEOUT_MS)
    page.get_by_role("tab", name="Wijzigingen").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 200)")
    page.mouse.move(5, 5)  # no hover toolbar of the table over the chooser above it
    page.wait_for_timeout(800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"register_geschiedenis_{width}x{height}.png"))
    table = page.evaluate(_TABLE_JS)
    assert table["found"] and table["overflow"] <= 1, table
    assert table["right"] <= table["mainRight"] + 1, table
    assert page.evaluate(_CLIPPED_JS) == []
    page.context.close()


def test_the_gegevens_page_links_the_open_data_and_every_link_answers(browser, changed):
    page = new_page(browser, changed.url, 1366, 768)
    page.goto(f"{changed.url}/gegevens?regio=ZK31&gemeente=GM0917", timeout=TIMEOUT_MS)
    wait_idle(page)
    heading = page.get_by_role("heading", name="Open data op vaste adressen")
    heading.scroll_into_view_if_needed()
    section = page.locator('[data-testid="stMarkdownContainer"]').filter(has_text="index.json")
    links = section.locator("a")
    expect(links.first).to_be_visible(timeout=TIMEOUT_MS)
    page.wait_for_timeout(500)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "gegevens_open_data_1366x768.png"))
    hrefs = [links.nth(n).get_attribute("href") for n in range(links.count())]
    assert (
        f"{changed.url}/open-data/initiatieven/regio/ZK31.csv" in hrefs
        or "/open-data/initiatieven/regio/ZK31.csv" in hrefs
    )
    assert any(h.endswith("/open-data/initiatieven/gemeente/GM0917.json") for h in hrefs)
    for href in hrefs:
        response = page.request.get(href if href.startswith("http") else changed.url + href)
        assert response.status == 200, href
    # The Heerlen file holds the change the fixture made.
    heerlen = page.request.get(f"{changed.url}/open-data/initiatieven/gemeente/GM0917.csv").body()
    assert "informeel" in heerlen.decode("utf-8-sig")
    page.context.close()
