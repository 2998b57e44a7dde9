"""The map in a real browser: draws, hovers, selects by click, keeps its view on filter changes, stays offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from dashboard.analysis.areas import gemeente_summary
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest.validation import data_path, load_path
from geo.boundaries import load_layers
from tests.browser.helpers import (
    fill_at,
    filled_polygons,
    foreign_hosts,
    map_frame,
    open_app,
    point_on_page,
    wait_idle,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def target():
    """A large gemeente that has initiatives in the shipped data's latest year, with a point inside it."""
    records = load_path(data_path()).records
    year = int(records["jaar"].max())
    layers = load_layers()
    gemeenten = layers.gemeenten
    summary = gemeente_summary(apply_filters(records, Filters(jaar=year), gemeenten), gemeenten["gm_code"])
    with_initiatives = summary[(summary["n_initiatieven"] > 0) & ~summary["alleen_wijk"]]["gm_code"]
    candidates = gemeenten[gemeenten["gm_code"].isin(with_initiatives)].to_crs(28992)
    row = candidates.loc[candidates.area.idxmax()]
    names = records[(records["jaar"] == year) & records["gemeenten"].map(lambda g: row.gm_code in g)]["naam"]
    return {
        "code": row.gm_code,
        "naam": row.gm_naam,
        "lat": row.lat,
        "lon": row.lon,
        "initiatives": list(names),
    }


def test_map_draws_all_gemeenten_offline(page):
    open_app(page)
    frame = map_frame(page)
    assert filled_polygons(frame) == 342
    expect(page.get_by_text("Hoogste samenwerkingsniveau gemeente–zorgverzekeraar").first).to_be_visible()
    assert foreign_hosts(page) == set(), page.requested_urls


def test_hover_shows_tooltip(page):
    open_app(page)
    frame = map_frame(page)
    x, y = point_on_page(page, frame, 52.3702, 4.8952)  # Amsterdam, Dam square
    page.mouse.move(x, y)
    tooltip = frame.locator(".leaflet-tooltip")
    expect(tooltip).to_contain_text("Amsterdam", timeout=10_000)
    expect(tooltip).to_contain_text("Hoogste samenwerkingsniveau")
    # Each fact once: the level is the measure's own row, not repeated as a second "Hoogste niveau" row.
    expect(tooltip).not_to_contain_text("Hoogste niveau")


def test_an_english_readers_map_tooltip_is_english(page):
    """Inside the iframe, out of reach of the page scan: labels and the region table's own values in English."""
    open_app(page, "regios?taal=en")
    frame = map_frame(page)
    x, y = point_on_page(page, frame, 52.0115, 4.7105)  # Gouda: Midden-Holland's care office is unconfirmed
    page.mouse.move(x, y)
    tooltip = frame.locator(".leaflet-tooltip")
    expect(tooltip).to_contain_text("Gouda", timeout=10_000)
    expect(tooltip).to_contain_text("Care office (designated 2015)")
    expect(tooltip).to_contain_text("unknown (to be checked)")
    expect(tooltip).not_to_contain_text("te controleren")
    expect(tooltip).not_to_contain_text("Gemeente")


def test_click_selects_gemeente_and_lists_its_initiatives(page, target):
    open_app(page)
    frame = map_frame(page)
    x, y = point_on_page(page, frame, target["lat"], target["lon"])
    page.mouse.click(x, y)
    wait_idle(page)
    panel = page.get_by_role("heading", name=target["naam"], exact=True)
    expect(panel).to_be_visible(timeout=30_000)
    expect(page.get_by_text("initiatieven in deze selectie").first).to_be_visible()
    # The selection outline is drawn on the map without a remount.
    frame = map_frame(page)
    assert frame.evaluate("document.querySelectorAll('path[stroke=\"#d7191c\"]').length") >= 1
    # Clearing the selection removes the panel.
    page.get_by_role("button", name="Selectie wissen").click()
    wait_idle(page)
    expect(panel).to_have_count(0)


def test_filter_change_recolours_without_losing_zoom(page, target):
    open_app(page)
    frame = map_frame(page)
    frame.evaluate(f"window.__mounted = 'first'; map.setView([{target['lat']}, {target['lon']}], 9)")
    page.wait_for_timeout(500)
    before = fill_at(frame, target["lat"], target["lon"])
    assert before != "#ffffff"
    # Filter on "geen van beide betrokken" only: the target gemeente's colour changes.
    page.get_by_label("Samenwerkingsniveau").first.click()
    page.get_by_role("option", name="geen van beide betrokken").click()
    page.keyboard.press("Escape")
    wait_idle(page)
    page.wait_for_timeout(1000)
    frame = map_frame(page, min_polygons=342)
    assert frame.evaluate("window.__mounted") == "first", "the map iframe was remounted"
    assert frame.evaluate("map.getZoom()") == 9
    after = fill_at(frame, target["lat"], target["lon"])
    assert after != before


def test_uploaded_xss_name_is_shown_as_text(page):
    open_app(page, "gegevens")
    page.locator('input[type="file"]').set_input_files(str(FIXTURES / "xss_upload.csv"))
    expect(page.get_by_text("xss_upload.csv").first).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.get_by_role("link", name="Kaart").click()
    wait_idle(page)
    expect(page.get_by_text("U bekijkt uw eigen bestand").first).to_be_visible()
    # exact: the data page's "Initiatieven downloaden" buttons must not match while the map page is loading.
    page.get_by_role("button", name="Initiatieven", exact=True).click()
    wait_idle(page)
    frame = map_frame(page)
    frame.wait_for_selector("path[fill='#f28e2b'], path[fill='#d62728']", timeout=30_000)
    # Hover each initiative dot until the XSS one shows its tooltip: the name must appear as literal text.
    dots = frame.locator("path[fill='#d62728']")
    seen = []
    for i in range(dots.count()):
        dots.nth(i).hover(force=True)
        page.wait_for_timeout(300)
        seen.append(frame.locator(".leaflet-tooltip").inner_text())
    assert any("<img src=x onerror=alert(1)>" in text for text in seen), seen
    assert frame.locator("img[src='x']").count() == 0
    assert page.locator("img[src='x']").count() == 0
    assert page.dialogs == []
    assert foreign_hosts(page) == set()
