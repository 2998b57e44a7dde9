"""A shared link to "Mijn regio" opens Amsterdam's profile in a real browser, with nothing fetched from outside."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import TIMEOUT_MS, map_frame, open_app, wait_idle

# A folder named pages/ next to app.py would make Streamlit serve deep links as bare legacy pages (no app.py,
# sidebar or URL layer); the page scripts live in app_pages/ for that reason. This guards against a relapse.
LEGACY_REASON = "a deep link was served as a legacy page: is there a pages/ folder next to app.py again?"


def _outside(page) -> list[str]:
    local = (page.server_url, "data:", "blob:", "about:")
    return [url for url in page.requested_urls if not url.startswith(local)]


def _is_legacy_page(page) -> bool:
    # The legacy navigation lists file names ("app", "kaart", ...) instead of app.py's Dutch page titles.
    return page.get_by_role("link", name="app", exact=True).count() > 0


def _assert_amsterdam_profile(page) -> None:
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="Gemeente Amsterdam", exact=True)).to_be_visible(
        timeout=TIMEOUT_MS
    )
    expect(main.get_by_text("Zilveren Kruis (Achmea)").first).to_be_visible()
    expect(main.get_by_text("GGD Amsterdam").first).to_be_visible()
    expect(main.get_by_text(re.compile(r"Gemeenten in de VNG–ZN-regio Amsterdam \(2\)"))).to_be_visible()
    frame = map_frame(page)
    # Zoomed on the region (the Netherlands as a whole is zoom 7).
    assert frame.evaluate("map.getZoom()") >= 10
    lat, lng = frame.evaluate("(() => { const c = map.getCenter(); return [c.lat, c.lng]; })()")
    assert 52.2 < lat < 52.5 and 4.7 < lng < 5.1
    plot = main.locator(".js-plotly-plot").first
    plot.scroll_into_view_if_needed()
    expect(plot).to_be_visible(timeout=TIMEOUT_MS)
    expect(plot.get_by_text(re.compile(r"Nederland \(n = \d+ initiatieven\)"))).to_be_visible()
    # The link names the choice, so it can be shared again.
    assert "mijn_regio" in page.url and "gemeente=GM0363" in page.url


def test_link_opens_amsterdams_profile_offline(page):
    # The link on the start page, then "Mijn regio" from the navigation: the choice travels with the session.
    open_app(page, "?gemeente=GM0363")
    nav = page.get_by_test_id("stSidebarNav").locator("a", has_text=re.compile(r"Mijn regio$"))
    nav.click(timeout=TIMEOUT_MS)
    wait_idle(page)
    _assert_amsterdam_profile(page)
    # The page's own link.
    open_app(page, "mijn_regio?gemeente=GM0363")
    expect(page.get_by_role("heading", name="Mijn regio", exact=True)).to_be_visible(timeout=TIMEOUT_MS)
    wait_idle(page)
    assert not _is_legacy_page(page), LEGACY_REASON
    _assert_amsterdam_profile(page)
    assert not page.dialogs
    assert not _outside(page), _outside(page)
