"""Presenter and small screens (issue 21.10–21.12), in Chromium at 1366×768 and 1920×1080.

Leaving the deck (Stoppen or Esc) comes back to the very view it left: the peiljaar, the map's colours, the
sidebar open, the title whole, the map's frame as before full screen. B and "." black the screen and bring it
back, as on a presenter's clicker; PageDown steps and never scrolls. On the map page a click shows the gemeente
beside the map, in view, with the search above the map.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.render import presentation
from tests.browser.conftest import ROOT
from tests.browser.helpers import fill_at, map_frame, open_app, point_on_page, wait_idle

SIZES = ((1366, 768), (1920, 1080))
SLIDE_COUNT = len(presentation.SLIDES)
SHOTS = ROOT / "artifacts" / "screens"
UTRECHT = (52.09, 5.12)

# Every element that scrolled: the page itself or any scrollable box inside it.
_SCROLLED_JS = """
() => Array.from(document.querySelectorAll('*')).concat([document.scrollingElement])
  .filter(el => el && el.scrollTop > 0).map(el => (el.dataset && el.dataset.testid) || el.tagName)
"""


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _sidebar_open(page) -> bool:
    sidebar = page.locator('[data-testid="stSidebar"]')
    return sidebar.get_attribute("data-collapsed") == "false" and sidebar.bounding_box()["width"] > 200


@pytest.mark.parametrize("leave", ["Stoppen", "Escape"])
def test_leaving_the_deck_restores_the_view_it_left(sized, leave):
    page = sized(1366, 768)
    open_app(page, "?jaar=2019&maat=gli&regio=ZK23")
    frame = map_frame(page)
    colour = fill_at(frame, *UTRECHT)
    assert _sidebar_open(page)
    page.get_by_role("link", name="Presentatie").click()
    wait_idle(page)
    expect(page.get_by_text("dia 1 van")).to_be_visible(timeout=30_000)
    page.get_by_test_id("pk-fullscreen").click()
    page.wait_for_timeout(500)
    page.keyboard.press("PageDown")
    wait_idle(page)
    expect(page.get_by_text("dia 2 van")).to_be_visible(timeout=30_000)
    page.evaluate("document.fullscreenElement && document.exitFullscreen()")
    if leave == "Stoppen":
        page.get_by_role("button", name="Stoppen").click()
    else:
        page.keyboard.press("Escape")
    wait_idle(page)
    expect(page.get_by_role("heading", name="Samenwerking in preventie op de kaart")).to_be_visible(
        timeout=30_000
    )
    frame = map_frame(page)
    page.wait_for_timeout(1000)
    assert "jaar=2019" in page.url and "maat=gli" in page.url and "regio=ZK23" in page.url
    assert fill_at(frame, *UTRECHT) == colour  # the same measure and year: the same colour
    assert _sidebar_open(page)
    title = page.get_by_role("heading", name="Samenwerking in preventie op de kaart").bounding_box()
    assert title["y"] >= 0 and title["y"] + title["height"] <= 768
    # The deck's projector styling (thick frames) is gone with the deck.
    border = page.locator('iframe[title="streamlit_folium.st_folium"]').first.evaluate(
        "el => getComputedStyle(el).borderTopWidth"
    )
    assert border in ("0px", "1px"), border
    assert page.evaluate(_SCROLLED_JS) == []
    _shot(page, f"presentatie_terug_{leave.lower()}_1366x768")


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_b_and_period_black_the_screen_and_pagedown_never_scrolls(sized, width, height):
    page = sized(width, height)
    open_app(page, "presentatie?presentatie=1&regio=ZK23&jaar=2020")
    map_frame(page, min_polygons=1)
    blank = page.get_by_test_id("pk-blank")
    for key in ("b", "Period", "B"):
        page.keyboard.press(key)
        expect(blank).to_be_visible()
        box = blank.bounding_box()
        assert box["width"] >= width and box["height"] >= height  # the whole screen
        _shot(page, f"presentatie_zwart_{width}x{height}")
        expect(page.get_by_text("dia 1 van")).to_have_count(1)  # no slide was stepped
        page.keyboard.press(key)
        expect(blank).to_have_count(0)
    for expected in (*range(2, SLIDE_COUNT + 1), SLIDE_COUNT):  # the last press: nothing to step to
        page.keyboard.press("PageDown")
        wait_idle(page)
        expect(page.get_by_text(f"dia {expected} van")).to_be_visible(timeout=30_000)
        assert page.evaluate(_SCROLLED_JS) == [], expected
    # Esc while black brings the slide back and stays in the deck.
    page.keyboard.press("b")
    page.keyboard.press("Escape")
    expect(blank).to_have_count(0)
    expect(page.get_by_text(f"dia {SLIDE_COUNT} van")).to_be_visible()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_click_on_the_map_shows_the_gemeente_beside_it_in_view(sized, width, height):
    page = sized(width, height)
    open_app(page)
    frame = map_frame(page)
    search = page.locator(".st-key-kaart_zoek").first.bounding_box()
    map_box = page.locator('iframe[src*="st_folium"]').first.bounding_box()
    assert search["y"] + search["height"] <= map_box["y"] + 5  # the search above the map
    assert search["y"] + search["height"] <= height
    page.mouse.click(*point_on_page(page, frame, *UTRECHT))
    wait_idle(page)
    card = page.locator(".st-key-gemeente_kaart")
    expect(card.get_by_role("heading", name="Utrecht")).to_be_visible(timeout=30_000)
    box = card.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= height, box  # in view, without scrolling
    assert box["x"] >= map_box["x"] + map_box["width"] - 5  # beside the map
    expect(card.get_by_text("initiatieven in deze selectie")).to_be_visible()
    page.wait_for_timeout(800)
    _shot(page, f"kaart_klik_utrecht_{width}x{height}")


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_slide_names_its_area_and_fits_the_screen(sized, width, height, lang):
    """Every slide of a region's deck, screenshots to look at: the title whole and naming the area (slides 3
    and 4 too, issue 21.14), no control cut ("◀ Previous" in English)."""
    page = sized(width, height)
    open_app(page, f"presentatie?presentatie=1&regio=ZK31&jaar=2020&taal={lang}")
    for number in range(1, SLIDE_COUNT + 1):
        if number > 1:
            page.keyboard.press("PageDown")
            wait_idle(page)
        counter = "dia" if lang == "nl" else "slide"
        expect(
            page.get_by_text(
                f"{counter} {number} van {SLIDE_COUNT}"
                if lang == "nl"
                else f"slide {number} of {SLIDE_COUNT}"
            )
        ).to_be_visible(timeout=30_000)
        page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
        page.wait_for_timeout(1500)
        title = page.locator("h1").first
        assert "Zuid-Limburg" in title.inner_text(), (number, title.inner_text())
        assert title.evaluate("h => h.scrollWidth <= h.clientWidth + 1"), number
        for button in page.locator(
            ".st-key-dia_vorige button, .st-key-dia_volgende button, .st-key-dia_stop button"
        ).all():
            assert button.evaluate(
                "b => [...b.querySelectorAll('p, span, div')].every(t => t.scrollWidth <= t.clientWidth + 1)"
            ), (number, button.inner_text())
        _shot(page, f"dia_{number}_{lang}_{width}x{height}")
