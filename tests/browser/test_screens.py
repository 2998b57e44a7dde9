"""Screens as users have them: a 1366×768 laptop or projector and a 1920×1080 screen.

On every page no control is clipped or covered by another, titles do not break inside a word, and on the map
page the map is visible without scrolling and takes most of the first screen. The search finds gemeenten (and
provincies) by the spellings people type, and the presentation steps with a clicker's keys, also after a click
into the map.
Screenshots of each page at both sizes go to artifacts/screens/ for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from dashboard.render import presentation
from tests.browser.conftest import ROOT
from tests.browser.helpers import map_frame, open_app, type_until_visible, wait_idle

SIZES = ((1366, 768), (1920, 1080))
SLIDE_COUNT = len(presentation.SLIDES)
# (path, has a map to wait for)
PAGES = (
    ("", True),
    ("grafieken", False),
    ("mijn_regio?gemeente=GM0344", True),
    ("regios", True),
    ("nood_aanbod?regio=ZK31", True),
    ("gegevens", False),
    ("over", False),
    ("rapport?regio=ZK02", False),
    ("presentatie?presentatie=1&regio=ZK23", True),
    # The national slide scoped by two provincies: its title names them and is the longest it gets.
    ("presentatie?presentatie=1&provincie=PV30,PV21", True),
    ("presentatie?presentatie=1&dia=3", False),
    ("wijzigingen?regio=ZK31", False),
    ("presentatie?presentatie=1&dia=7&regio=ZK31", False),
    # English labels are longer ("◀ Previous"): none may be cut (issue 21.14).
    ("presentatie?presentatie=1&dia=2&regio=ZK23&taal=en", True),
    ("grafieken?taal=en", False),
    ("?regio=ZK23&lagen=regio,ggd,provincie,initiatieven", True),
)
SHOTS = ROOT / "artifacts" / "screens"

# Controls whose box must lie inside the main area and not be covered by another element at its centre.
_CLIPPED_JS = """
() => {
  const main = document.querySelector('[data-testid="stMain"]') || document.body;
  const area = main.getBoundingClientRect();
  const out = [];
  const controls = document.querySelectorAll(
    '[data-testid="stMain"] button, [data-testid="stMain"] [role="combobox"], ' +
    '[data-testid="stMain"] [data-testid="stButtonGroup"] , [data-testid="stMain"] input[type="text"]');
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;  // not shown (collapsed expander, hidden input)
    // The dataframe's hover toolbar and a multiselect's chip buttons are not controls a user aims at here.
    if (el.closest('[data-testid="stElementToolbar"]') || el.closest('[data-baseweb="tag"]')) continue;
    if (Number(getComputedStyle(el).opacity) === 0) continue;
    if (r.left < area.left - 1 || r.right > area.right + 1) out.push('outside: ' + (el.innerText || el.outerHTML.slice(0, 80)));
    // Clipped by a parent that hides overflow (a segmented control cut off at the column's edge).
    let p = el.parentElement;
    while (p && p !== main) {
      const s = getComputedStyle(p);
      if (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.overflowX === 'auto' || s.overflowX === 'scroll') {
        const pr = p.getBoundingClientRect();
        if (r.right > pr.right + 1 || r.left < pr.left - 1) { out.push('clipped: ' + (el.innerText || el.tagName)); break; }
      }
      p = p.parentElement;
    }
    // A label cut off with an ellipsis (the button is too narrow for its text).
    for (const t of el.querySelectorAll('p, span, div')) {
      if (t.children.length === 0 && t.scrollWidth > t.clientWidth + 1 && getComputedStyle(t).textOverflow === 'ellipsis') {
        out.push('label cut: ' + t.innerText);
      }
    }
    // Covered: the element at the control's centre must be the control or inside it (a click lands on it).
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (y > 0 && y < window.innerHeight && x > 0 && x < window.innerWidth) {
      const hit = document.elementFromPoint(x, y);
      if (hit && !el.contains(hit) && !hit.contains(el)) out.push('covered: ' + (el.innerText || el.tagName) + ' by ' + hit.tagName + '.' + hit.className);
    }
  }
  // A title wider than its box means a word did not fit and was broken or runs out.
  for (const h of document.querySelectorAll('[data-testid="stMain"] h1, [data-testid="stMain"] h2')) {
    const s = getComputedStyle(h);
    if (h.scrollWidth > h.clientWidth + 1) out.push('title overflows: ' + h.innerText);
    if (s.wordBreak === 'break-all' || s.overflowWrap === 'anywhere') out.push('title may break mid-word: ' + h.innerText);
  }
  return out;
}
"""


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _slug(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", path.lower()).strip("_") or "kaart"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_control_clipped_or_covered_and_titles_whole(sized, width, height):
    page = sized(width, height)
    problems = {}
    for path, has_map in PAGES:
        open_app(page, path)
        if has_map:
            map_frame(page, min_polygons=1)
        # Streamlit draws placeholders (skeletons) first: judge the page once its widgets are drawn.
        page.wait_for_function("!document.querySelector('[data-testid=\"stSkeleton\"]')", timeout=60_000)
        page.wait_for_timeout(1000)
        _shot(page, f"{_slug(path)}_{width}x{height}")
        found = page.evaluate(_CLIPPED_JS)
        if found:
            problems[path] = found
    assert not problems, "\n".join(f"{p}: {v}" for p, v in problems.items())


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_map_is_first_and_fills_most_of_the_first_screen(sized, width, height):
    page = sized(width, height)
    open_app(page)
    map_frame(page)
    box = page.locator('iframe[src*="st_folium"]').first.bounding_box()
    main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
    assert box["y"] + box["height"] <= height, "the map must be visible without scrolling"
    assert box["y"] < 0.15 * height, "the map comes first, under the title"
    # Most of the first screen: three quarters of its height and most of the page's width beside the sidebar.
    assert box["height"] >= 0.75 * height
    assert box["width"] >= 0.6 * main["width"]


def _type_and_see(page, box, typed: str, expected: str) -> None:
    """Type into the place search and wait for the option (exact: "Noord-Brabant (provincie)" has an alias too)."""
    type_until_visible(page, box, typed, page.get_by_role("option", name=expected, exact=True))


def test_search_finds_gemeenten_by_the_spellings_people_type(sized):
    page = sized(1366, 768)
    open_app(page)
    map_frame(page)
    box = page.locator(".st-key-kaart_zoek [role='combobox'], .st-key-kaart_zoek input").first
    for typed, expected in (
        ("den bosch", "Den Bosch → 's-Hertogenbosch (gemeente)"),
        ("sudwest", "Sudwest Fryslan → Súdwest-Fryslân (gemeente)"),
        ("weesp", "Weesp (tot 2022) → opgegaan in Amsterdam (gemeente)"),
    ):
        _type_and_see(page, box, typed, expected)
        page.keyboard.press("Escape")
    # Utrecht: the gemeente and the region, each labelled; chosen with the keyboard alone.
    _type_and_see(page, box, "utrecht", "Utrecht (gemeente)")
    expect(page.get_by_role("option", name="Utrecht (VNG–ZN-regio)")).to_be_visible()
    _type_and_see(page, box, "den bosch", "Den Bosch → 's-Hertogenbosch (gemeente)")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(page.get_by_role("heading", name="'s-Hertogenbosch", exact=True)).to_be_visible(timeout=20_000)
    _shot(page, "search_den_bosch_1366x768")
    # Provincies too (the map filters by them), also by the name people still use for Fryslân.
    _type_and_see(page, box, "friesland", "Friesland → Fryslân (provincie)")
    expect(page.get_by_role("option", name="Friesland (VNG–ZN-regio)")).to_be_visible()
    _shot(page, "search_friesland_1366x768")
    page.keyboard.press("Escape")
    _type_and_see(page, box, "noord-brabant", "Noord-Brabant (provincie)")
    page.get_by_role("option", name="Noord-Brabant (provincie)", exact=True).click()
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"[?&]provincie=PV30(&|$)"), timeout=20_000)
    _shot(page, "search_noord_brabant_1366x768")


def _slide(page) -> int:
    text = page.get_by_text(re.compile(rf"dia \d van {SLIDE_COUNT}")).first.inner_text()
    return int(re.search(r"dia (\d) van", text).group(1))


def _expect_url_slide(page, n: int) -> None:
    """The address bar names slide ``n`` (slide 1 is the default and may be left out)."""
    pattern = r"[?&]dia=1(&|$)|^[^?]*(\?(?!.*dia=).*)?$" if n == 1 else rf"[?&]dia={n}(&|$)"
    expect(page).to_have_url(re.compile(pattern), timeout=20_000)


def _url_slide(page) -> int:
    match = re.search(r"[?&]dia=(\d)", page.url)
    return int(match.group(1)) if match else 1


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_clicker_keys_step_slides_also_after_a_click_into_the_map(sized, width, height):
    page = sized(width, height)
    open_app(page, "presentatie?presentatie=1&regio=ZK23&jaar=2020")
    map_frame(page)
    # B and "." black the screen (test_presenter.py): stepping is PageDown/PageUp, space and the arrows.
    steps = (("PageDown", 2), ("PageUp", 1), ("Space", 2), ("PageUp", 1), ("PageDown", 2), ("ArrowRight", 3))
    for key, expected in steps:
        page.keyboard.press(key)
        wait_idle(page)
        expect(page.get_by_text(f"dia {expected} van {SLIDE_COUNT}")).to_be_visible(timeout=20_000)
        _expect_url_slide(page, expected)  # the link names the slide on screen
    page.keyboard.press("ArrowLeft")
    wait_idle(page)
    expect(page.get_by_text(f"dia 2 van {SLIDE_COUNT}")).to_be_visible(timeout=20_000)
    # Click into the region map (an iframe): the clicker must still step the deck.
    frame = map_frame(page, min_polygons=1)
    page.locator('iframe[src*="st_folium"]').first.click(position={"x": 50, "y": 50})
    assert frame is not None
    page.keyboard.press("PageDown")
    wait_idle(page)
    expect(page.get_by_text(f"dia 3 van {SLIDE_COUNT}")).to_be_visible(timeout=20_000)
    _expect_url_slide(page, 3)
    assert _slide(page) == _url_slide(page) == 3
    _shot(page, f"presentatie_keys_{width}x{height}")
    expect(page.get_by_test_id("pk-fullscreen")).to_be_visible()
