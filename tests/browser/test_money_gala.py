"""The new sections in a real browser, Dutch and English, at 1366×768 and 1920×1080: the GALA slide fits a full-HD
screen without scrolling, the profile's GALA matrix, money and similar gemeenten are drawn whole, and the "find my
gemeente" box on Nood en aanbod finds a gemeente by what people type. Screenshots go to artifacts/screens/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT
from tests.browser.helpers import map_frame, open_app, type_until_visible, wait_idle
from tests.browser.test_screens import _CLIPPED_JS

SIZES = ((1366, 768), (1920, 1080))
SHOTS = ROOT / "artifacts" / "screens"

# How far the page and Streamlit's scrolling main area can scroll, and where the matrix ends.
_FIT_JS = """
() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const doc = document.scrollingElement;
  const tables = Array.from(document.querySelectorAll('.pk-gala table'));
  const legend = document.querySelector('.pk-gala-legend');
  return {
    docOverflow: doc.scrollHeight - doc.clientHeight,
    mainOverflow: main ? main.scrollHeight - main.clientHeight : 0,
    bottom: Math.max(...tables.map(t => t.getBoundingClientRect().bottom), legend.getBoundingClientRect().bottom),
    right: Math.max(...tables.map(t => t.getBoundingClientRect().right)),
    rows: document.querySelectorAll('.pk-gala tbody tr').length,
    cutCells: Array.from(document.querySelectorAll('.pk-gala td, .pk-gala th'))
      .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.innerText).slice(0, 5),
  };
}
"""


def _shot(page, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"money_gala_{name}.png"), full_page=full_page)


def _ready(page) -> None:
    page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
    page.wait_for_timeout(800)


@pytest.mark.parametrize(
    ("query", "rows", "slug"),
    [
        ("regio=ZK23", 25, "regio_utrecht"),  # the largest VNG–ZN region
        ("provincie=PV30", 56, "noord_brabant"),  # the largest provincie
        ("regio=ZK31&taal=en", 16, "zuid_limburg_en"),
    ],
)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_gala_slide_fits_the_screen(sized, width, height, query, rows, slug):
    page = sized(width, height)
    open_app(page, f"presentatie?presentatie=1&dia=6&jaar=2020&{query}")
    expect(page.locator(".pk-gala table").first).to_be_visible(timeout=60_000)
    _ready(page)
    fit = page.evaluate(_FIT_JS)
    _shot(page, f"slide_{slug}_{width}x{height}")
    assert fit["rows"] == rows
    assert fit["right"] <= width, fit
    assert fit["cutCells"] == [], fit
    assert page.evaluate(_CLIPPED_JS) == []
    if (width, height) == (1920, 1080):
        # A region (and the largest provincie) on one full-HD screen: nothing to scroll to, the key included.
        assert fit["docOverflow"] <= 1 and fit["mainOverflow"] <= 1, fit
        assert fit["bottom"] <= height, fit


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_profile_sections_are_drawn_whole(sized, width, height, lang):
    page = sized(width, height)
    open_app(page, f"mijn_regio?gemeente=GM1883&jaar=2020&taal={lang}")
    map_frame(page, min_polygons=1)
    _ready(page)
    for anchor, name in (
        ("Inwoners en nood" if lang == "nl" else "Inhabitants and need", "inwoners"),
        ("GALA:", "gala"),
        ("Geld naast samenwerking" if lang == "nl" else "Money beside cooperation", "geld"),
        ("Vergelijkbare gemeenten" if lang == "nl" else "Similar municipalities", "vergelijkbaar"),
    ):
        heading = page.get_by_role("heading", name=anchor).first
        heading.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(400)
        _shot(page, f"profiel_{name}_{lang}_{width}x{height}")
    fit = page.evaluate(_FIT_JS)
    main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
    assert fit["right"] <= main["x"] + main["width"] + 1, fit  # the matrix stays inside the page
    assert fit["cutCells"] == []
    assert page.evaluate(_CLIPPED_JS) == []
    # Every figure of the profile whole (Streamlit cuts a metric too wide for its column with "…").
    cut_metrics = page.evaluate(
        "() => Array.from(document.querySelectorAll("
        '\'[data-testid="stMetricValue"], [data-testid="stMetricValue"] *, '
        '[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *\'))'
        ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)"
    )
    assert cut_metrics == []
    assert page.locator('[data-testid="stMetricValue"]').count() == 5
    expect(
        page.get_by_text("16 van 16 gemeenten" if lang == "nl" else "16 of 16 municipalities")
    ).to_be_visible()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nood_find_box_finds_a_gemeente_and_the_map_shows_money(sized, width, height):
    page = sized(width, height)
    open_app(page, "nood_aanbod?regio=ZK31")
    map_frame(page, min_polygons=1)
    box = page.locator(".st-key-nood_zoek [role='combobox'], .st-key-nood_zoek input").first
    option = page.get_by_role("option", name="Sittard-Geleen (gemeente)", exact=True)
    type_until_visible(page, box, "sittard", option)
    option.click()
    wait_idle(page)
    expect(page).to_have_url(__import__("re").compile(r"[?&]gemeente=GM1883(&|$)"), timeout=20_000)
    found = page.get_by_text("Brede SPUK 2025: € 1.957.364", exact=False)
    expect(found).to_be_visible(timeout=20_000)
    expect(page.get_by_role("link", name="Profiel van Sittard-Geleen")).to_be_visible()
    _ready(page)
    _shot(page, f"nood_gevonden_{width}x{height}")
    measure = page.locator(".st-key-nood_kaartmaat [role='combobox'], .st-key-nood_kaartmaat input").first
    measure.click()
    page.get_by_role("option", name="Brede SPUK 2025 per inwoner", exact=True).click()
    wait_idle(page)
    legend = page.locator(".pk-legend").first
    expect(legend).to_contain_text("Brede SPUK 2025 in € per inwoner")
    expect(legend).to_contain_text("€ 19 of hoger")
    expect(legend).to_contain_text("gekozen gemeente")
    legend.scroll_into_view_if_needed()
    _ready(page)
    _shot(page, f"nood_geld_{width}x{height}")
    assert page.evaluate(_CLIPPED_JS) == []


def test_nood_find_box_in_english_by_an_everyday_name(sized):
    page = sized(1366, 768, "en-GB")
    open_app(page, "nood_aanbod?taal=en")
    map_frame(page, min_polygons=1)
    box = page.locator(".st-key-nood_zoek [role='combobox'], .st-key-nood_zoek input").first
    expect(page.get_by_text("Find your municipality")).to_be_visible()
    option = page.get_by_role("option", name="Den Bosch → 's-Hertogenbosch (municipality)", exact=True)
    type_until_visible(page, box, "den bosch", option)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("not spent on the initiatives shown", exact=False)).to_be_visible(timeout=20_000)
    _ready(page)
    _shot(page, "nood_found_en_1366x768")
