"""A shared link in a real browser: it opens the same view, and the address bar keeps following the view."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from tests.browser.helpers import TIMEOUT_MS, open_app, wait_idle


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)


def _chips(page, label: str):
    """The selected-value chips of the sidebar multiselect labelled ``label``."""
    widget = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text=label)
    return widget.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]')


def test_shared_link_opens_the_same_view_and_url_follows_changes(page):
    open_app(page, "/?jaar=2019&niveau=formeel,informeel&regio=ZK02&maat=aantal&taal=nl&onzin=1")
    sidebar = page.locator('[data-testid="stSidebar"]')
    expect(sidebar.get_by_role("combobox", name="Peiljaar")).to_have_value("2019", timeout=TIMEOUT_MS)
    expect(_chips(page, "Samenwerkingsniveau")).to_have_count(2)
    expect(_chips(page, "Samenwerkingsniveau")).to_have_text(["formele afspraken", "informele afspraken"])
    expect(_chips(page, "VNG–ZN-regio")).to_have_count(1)
    # The map legend is titled by the measure from the link.
    expect(page.locator(".pk-legend strong")).to_have_text("Aantal initiatieven", timeout=TIMEOUT_MS)
    # The unknown part was ignored with a notice and dropped from the address bar.
    expect(page.get_by_text("‘onzin’", exact=False)).to_be_visible()
    assert _query(page) == {
        "jaar": ["2019"],
        "niveau": ["formeel,informeel"],
        "regio": ["ZK02"],
        "maat": ["aantal"],
    }

    # Navigating clears Streamlit's query; the app writes the view back on the new page.
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Over en bronnen").click()
    wait_idle(page)
    page.wait_for_url("**/over?**", timeout=TIMEOUT_MS)
    assert _query(page)["niveau"] == ["formeel,informeel"]
    assert _query(page)["maat"] == ["aantal"]

    # The "kopieer link" control shows the absolute link of this very view.
    sidebar.get_by_text("Kopieer link").click()
    code = sidebar.locator('[data-testid="stCode"]')
    expect(code).to_contain_text(f"{page.server_url}/over?jaar=2019")
    expect(code).to_contain_text("regio=ZK02")


def test_presentation_deck_runs_offline_from_a_link_with_arrow_keys(page):
    open_app(page, "/?presentatie=1&regio=ZK02&jaar=2020")
    page.wait_for_url("**/presentatie?**", timeout=TIMEOUT_MS)
    # The link's region filter scopes the national slide: its title names the region.
    expect(page.locator("h1").first).to_have_text(
        "Regio Amsterdam: hoogste samenwerkingsniveau per gemeente", timeout=TIMEOUT_MS
    )
    expect(page.locator('[data-testid="stSidebar"]')).to_be_hidden()
    expect(page.locator('header[data-testid="stHeader"]')).to_be_hidden()
    body_px = page.locator('[data-testid="stCaptionContainer"]').first.evaluate(
        "el => parseFloat(getComputedStyle(el).fontSize)"
    )
    assert body_px >= 22
    heading = page.locator("h1").first
    for expected in (
        "Regio Amsterdam",
        # The chart slides name the area they count (issue 21.14).
        "Wie doet er mee in Regio Amsterdam?",
        "Welke interventies worden aangeboden in Regio Amsterdam?",
        "Gaten in regio Amsterdam",
    ):
        wait_idle(page)
        page.keyboard.press("ArrowRight")
        expect(heading).to_have_text(expected, timeout=TIMEOUT_MS)
    wait_idle(page)
    # The address bar is written at the end of the run; on a busy machine that can land just after the
    # status widget has gone, so wait for it instead of reading it once.
    page.wait_for_url(re.compile(r"[?&]dia=5(&|$)"), timeout=TIMEOUT_MS)
    assert _query(page)["dia"] == ["5"]
    page.keyboard.press("ArrowLeft")
    expect(heading).to_have_text(
        "Welke interventies worden aangeboden in Regio Amsterdam?", timeout=TIMEOUT_MS
    )
    expect(page).to_have_url(re.compile(r"[?&]dia=4(&|$)"), timeout=TIMEOUT_MS)
    wait_idle(page)
    # The browser's back button steps through the views the address bar held.
    page.go_back()
    expect(heading).to_have_text("Gaten in regio Amsterdam", timeout=TIMEOUT_MS)
    hosts = {urlsplit(u).hostname for u in page.requested_urls if u.startswith("http")}
    assert hosts == {"127.0.0.1"}, hosts
