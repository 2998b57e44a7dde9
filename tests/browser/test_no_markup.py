"""No live link, image or markup from data anywhere in Chromium (issue 21.2).

A server of its own runs on a hostile installation: a region table whose region, insurer, regiomanager and
aanspreekpunt names are markup, and a register seeded from records whose names, insurers, parties,
interventions, target groups, wijken, notes and sources are markup (``tests.hostile``); links add URL
parameters that name the hostile insurer or nothing at all. Every page, view and slide is opened; in every
frame (the page and each iframe: maps, components) the links and images are counted, and so is bold text,
KaTeX and icons made of the data; the map's tooltips are opened by hovering. No injected script may run (a
dialog would be caught).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from dashboard.render.presentation import SLIDES
from tests.browser.conftest import ROOT, streamlit_server
from tests.browser.helpers import map_frame, open_app, point_on_page
from tests.hostile import EVIL_HOST, HostileWorld, hostile, write_hostile_world

SHOTS = ROOT / "artifacts" / "hostile"

# Per frame: links and images that lead anywhere but the app, or whose text or address is made of data; bold,
# italic, code and headings whose whole text is a word the data wrote in markup; KaTeX and icons in text that
# holds data.
_LIVE_JS = r"""
() => {
  const words = new Set(['vet', 'regio', 'zorgkantoor', 'regiomanager', 'aanspreekpunt', 'verzekeraar', 'naam',
    'partij', 'doelgroep', 'toelichting', 'interventie', 'wijk', 'bron', 'url', 'url2', 'url3']);
  const out = [];
  const where = (el) => {
    const ids = [];
    for (let a = el; a; a = a.parentElement) if (a.dataset && a.dataset.testid) ids.push(a.dataset.testid);
    return ids.slice(0, 3).join('<');
  };
  let links = 0, images = 0;
  for (const el of document.querySelectorAll('a, img, image, svg a')) {
    const target = el.getAttribute('href') || el.getAttribute('xlink:href') || el.getAttribute('src') || '';
    const text = (el.textContent || '') + ' ' + (el.getAttribute('alt') || '');
    if (el.tagName.toLowerCase() === 'a') links++; else images++;
    let foreign = false;
    try { foreign = !!target && !target.startsWith('#') && new URL(target, location.href).host !== location.host; }
    catch (e) { foreign = true; }
    const isLink = el.tagName.toLowerCase() === 'a';
    const bad = /evil/i.test(target) || /favicon\.png\?\w/.test(target)
      || (isLink ? (/^(EVIL\w+ log hier in|klik)$/.test(text.trim()) || (foreign && /EVIL/.test(text)))
                 : /EVIL/.test(text));
    if (bad) out.push(el.tagName + ' [' + where(el) + '] ' + target.slice(0, 80) + ' ' + text.slice(0, 60));
  }
  for (const el of document.querySelectorAll('b, strong, em, i, code, del, s, h1, h2, h3, h4, h5, h6, li, table, script')) {
    const text = (el.textContent || '').trim();
    if (words.has(text) || (el.tagName === 'SCRIPT' && /evil\.example/.test(text))) {
      out.push('markup ' + el.tagName + ' [' + where(el) + '] ' + text.slice(0, 60));
    }
  }
  for (const el of document.querySelectorAll('.katex, [data-testid="stIconMaterial"]')) {
    const block = el.closest('[data-testid="stMarkdownContainer"]');
    if (block && /EVIL/.test(block.textContent)) out.push('KaTeX/icon [' + where(el) + '] ' + block.textContent.slice(0, 60));
  }
  const shown = (document.body ? document.body.innerText : '').split('EVIL').length - 1;
  return {problems: out, links: links, images: images, shown: shown};
}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> HostileWorld:
    return write_hostile_world(tmp_path_factory.mktemp("hostile-world"))


@pytest.fixture(scope="module")
def hostile_url(
    world: HostileWorld, server_log_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    db = tmp_path_factory.mktemp("hostile-register") / "register.sqlite"
    env = {
        "PREVENTIEKAART_DB": f"sqlite:///{db}",
        "PREVENTIEKAART_DATA": str(world.records),
        "PREVENTIEKAART_REGIO": str(world.region_table),
    }
    with streamlit_server(server_log_dir, env) as url:
        yield url


def _scan(page) -> tuple[list[str], int, int]:
    """Problems in every frame, and the links and hostile names seen (so a page that showed none is noticed)."""
    problems, links, shown = [], 0, 0
    for frame in page.frames:
        try:
            found = frame.evaluate(_LIVE_JS)
        except Exception:  # a frame that navigated away while it was read
            continue
        problems += [f"{frame.url[-40:]}: {p}" for p in found["problems"]]
        links += found["links"]
        shown += found["shown"]
    return problems, links, shown


def _views(world: HostileWorld) -> list[str]:
    region, gemeente = world.region_code, world.gm_code
    insurer = quote(world.insurer.replace("%", "%25").replace(",", "%2C"), safe="")
    junk = quote(hostile("url"), safe="")
    views = [
        "",
        f"?gemeente={gemeente}&lagen=regio,provincie,ggd,initiatieven",
        f"?regio={region}",
        "grafieken",
        f"grafieken?verzekeraar={insurer}",
        f"mijn_regio?gemeente={gemeente}",
        f"mijn_regio?regio={region}",
        "regios",
        f"nood_aanbod?regio={region}",
        f"valpreventie?regio={region}",
        "gegevens",
        "register",
        "over",
        f"rapport?regio={region}",
        f"?regio={junk}&verzekeraar={junk}",
    ]
    views += [f"presentatie?presentatie=1&regio={region}&dia={n}" for n in range(1, len(SLIDES) + 1)]
    views += [f"presentatie?presentatie=1&verzekeraar={insurer}&dia={n}" for n in (1, 3)]
    return views


def _hover_tooltips(page, frame, lat: float, lng: float) -> list[str]:
    """Hover a point of the map and read what its tooltip made of the data."""
    x, y = point_on_page(page, frame, lat, lng)
    page.mouse.move(x, y)
    page.wait_for_timeout(600)
    problems, _, _ = _scan(page)
    tips = frame.evaluate("Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.innerHTML)")
    for tip in tips:
        if "<a" in tip or "<img" in tip or "<b>vet" in tip:
            problems.append(f"tooltip markup: {tip[:120]}")
    return problems + (["no tooltip"] if not tips else [])


def test_no_page_link_image_or_markup_is_made_of_data(browser, hostile_url, world):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-NL")
    page = context.new_page()
    page.server_url = hostile_url
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    SHOTS.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[str]] = {}
    shown_total = 0
    try:
        for index, path in enumerate(_views(world)):
            open_app(page, path)
            if path.startswith(("?", "mijn_regio", "regios", "nood", "presentatie?presentatie=1&regio")):
                with contextlib.suppress(TimeoutError):  # a slide without a map (charts)
                    map_frame(page, min_polygons=1)
            page.wait_for_timeout(800)
            problems, _, shown = _scan(page)
            shown_total += shown
            if problems:
                found[path] = problems[:6]
            page.screenshot(path=str(SHOTS / f"{index:02d}.png"), full_page=True)
        # The map's tooltips: a gemeente of the hostile region (its region and level), and an initiative dot.
        open_app(page, f"?gemeente={world.gm_code}&lagen=regio,initiatieven")
        frame = map_frame(page)
        tips = _hover_tooltips(page, frame, 52.30, 4.86)  # Amstelveen
        marker = frame.evaluate(
            "(() => { for (const k in map._layers) { const l = map._layers[k];"
            " if (l.feature && l.feature.geometry && l.feature.geometry.type === 'Point'"
            " && /EVIL/.test(l.feature.properties.naam)) { const p = l.getLatLng(); return [p.lat, p.lng]; } }"
            " return null; })()"
        )
        assert marker is not None, "no hostile initiative on the map"
        tips += [t for t in _hover_tooltips(page, frame, *marker) if t != "no tooltip"]
        if tips:
            found["tooltips"] = tips
        page.screenshot(path=str(SHOTS / "tooltip.png"))
    finally:
        context.close()
    assert not dialogs, dialogs
    assert not found, "\n".join(f"{path}: {p}" for path, p in found.items())
    assert shown_total >= 30, shown_total  # the hostile names were on the pages, as text
    assert EVIL_HOST in world.insurer
