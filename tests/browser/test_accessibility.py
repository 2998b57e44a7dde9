"""axe-core (WCAG 2.1 A and AA rules) finds no violations on any page, nor inside the Leaflet map.

axe-core ships inside the axe-playwright-python wheel, so this runs offline like the rest of the suite.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from tests.browser.helpers import map_frame, open_app

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = (
    "",
    "grafieken",
    "mijn_regio?gemeente=GM0363",
    "regios",
    "nood_aanbod?regio=ZK31",
    "gegevens",
    "over",
    "rapport?regio=ZK02",
    "presentatie?presentatie=1",
    "?taal=en&maat=aantal&lagen=regio,initiatieven",
)


def _violations(target) -> list[str]:
    target.evaluate(AXE_SCRIPT)
    result = target.evaluate(f"axe.run(document, {WCAG_AA})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_violations(page, path):
    open_app(page, path)
    assert _violations(page) == []


def test_map_itself_has_no_wcag_violations(page):
    open_app(page)
    assert _violations(map_frame(page)) == []
