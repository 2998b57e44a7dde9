"""Playwright helpers for a Streamlit page holding a streamlit-folium map."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Frame, Locator, Page, expect

TIMEOUT_MS = 60_000


def new_page(browser: Browser, url: str, width: int = 1366, height: int = 768) -> Page:
    """A page in a fresh Dutch browser context of the given screen size, for the server at ``url``."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    page = context.new_page()
    page.server_url = url
    return page


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished the current run (no 'running' status widget)."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    page.wait_for_timeout(300)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=TIMEOUT_MS)


def type_until_visible(page: Page, box: Locator, typed: str, target: Locator) -> None:
    """Type into a selectbox's search and wait for ``target`` in its list. A rerun that lands while the list is
    open (the map reporting its first view, on a busy machine) closes it without losing anything: type again,
    as a user would."""
    for _ in range(3):
        wait_idle(page)
        box.click()
        box.fill(typed)
        try:
            expect(target).to_be_visible(timeout=5_000)
            return
        except AssertionError:
            page.keyboard.press("Escape")
    expect(target).to_be_visible(timeout=5_000)


def open_app(page: Page, path: str = "") -> None:
    page.goto(f"{page.server_url}/{path.lstrip('/')}", timeout=TIMEOUT_MS)
    wait_idle(page)


def map_frame(page: Page, min_polygons: int = 342) -> Frame:
    """The st_folium iframe, once Leaflet has drawn the gemeenten."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "st_folium" in frame.url:
                try:
                    if filled_polygons(frame) >= min_polygons:
                        return frame
                except Exception:  # frame still loading
                    pass
        page.wait_for_timeout(250)
    raise TimeoutError("the map did not draw its gemeenten")


def filled_polygons(frame: Frame) -> int:
    # Gemeenten are the only filled interactive paths: borders are lines (fill="none").
    return frame.evaluate(
        "Array.from(document.querySelectorAll('path.leaflet-interactive'))"
        ".filter(p => p.getAttribute('fill') && p.getAttribute('fill') !== 'none').length"
    )


def point_on_page(page: Page, frame: Frame, lat: float, lng: float) -> tuple[float, float]:
    """Page coordinates of a lat/lng on the Leaflet map inside the iframe."""
    x, y = frame.evaluate(
        f"(() => {{ const p = map.latLngToContainerPoint([{lat}, {lng}]); return [p.x, p.y]; }})()"
    )
    box = page.locator('iframe[src*="st_folium"]').bounding_box()
    return box["x"] + x, box["y"] + y


def fill_at(frame: Frame, lat: float, lng: float) -> str:
    """Fill colour of the gemeente drawn at lat/lng."""
    return frame.evaluate(
        f"""(() => {{
            const p = map.latLngToContainerPoint([{lat}, {lng}]);
            const r = document.querySelector('#map_div').getBoundingClientRect();
            const el = document.elementFromPoint(r.left + p.x, r.top + p.y);
            return el ? el.getAttribute('fill') : null;
        }})()"""
    )


def foreign_hosts(page: Page) -> set[str]:
    hosts = {
        urlsplit(u).hostname for u in page.requested_urls if not u.startswith(("data:", "blob:", "about:"))
    }
    return hosts - {"127.0.0.1"}


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port`` (Linux /proc/net/tcp and tcp6)."""
    import socket
    from pathlib import Path

    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            if len(raw) == 4:
                found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
            else:  # four little-endian 32-bit words
                found.add(
                    socket.inet_ntop(socket.AF_INET6, b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))
                )
    return found
