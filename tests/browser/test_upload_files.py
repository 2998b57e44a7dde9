"""Uploading files real people make and hostile ones on the data page, in a real browser at 1366×768 and
1920×1080 (issue 21.1, 21.3–21.5): the report's counts, and screenshots in artifacts/uploads/ to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT
from tests.browser.helpers import open_app, wait_idle
from tests.pages.test_gegevens_files import titled_workbook
from tools.bomb import TEMPLATE_HEADER, TEMPLATE_ROW, stray_column_workbook, wide_csv

SIZES = ((1366, 768), (1920, 1080))
SHOTS = ROOT / "artifacts" / "uploads"


def _look_alike_csv() -> bytes:
    """Three rows: a Cyrillic 'А' in a gemeente, a reading-direction override in a name, an emoji sequence."""
    rows = []
    for k, (naam, gemeente) in enumerate(
        [
            ("Gezond in de wijk", "\u0410msterdam"),
            ("Samen \u202eneveL\u202c gezond", "Zwolle"),
            ("Samen \U0001f468\u200d\U0001f469\u200d\U0001f467 bewegen", "Kampen"),
        ]
    ):
        cells = [cell.format(id=f"tekens-{k}", toelichting="") for cell in TEMPLATE_ROW]
        cells[1], cells[5] = naam, gemeente
        rows.append(";".join(cells))
    return ("\r\n".join([";".join(TEMPLATE_HEADER), *rows]) + "\r\n").encode("utf-8-sig")


FILES = {
    "met_titel.xlsx": (titled_workbook, {"Rijen in bestand": "3", "Rijen geaccepteerd": "3"}),
    "verdwaald_teken_xfd.xlsx": (lambda: stray_column_workbook(3_000), {"Rijen geaccepteerd": "3000"}),
    "vragenlijst_900_kolommen.csv": (lambda: wide_csv(900, 200), {"Rijen geaccepteerd": "200"}),
    "breed_10000_kolommen.csv": (lambda: wide_csv(10_000), {"Rijen in bestand": "0"}),
    "lijkt_op_amsterdam.csv": (_look_alike_csv, {"Rijen geaccepteerd": "2", "Rijen afgekeurd": "1"}),
}


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("name", list(FILES))
def test_an_upload_is_reported_with_its_counts(browser, server_url, tmp_path: Path, name, width, height):
    make, expected = FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL")
    try:
        page = context.new_page()
        page.server_url = server_url
        open_app(page, "gegevens")
        page.locator('input[type="file"]').set_input_files(str(path))
        escaped = name.replace("_", "\\_")
        report = page.get_by_role("heading", name=f"Controle van {name}")
        expect(report.or_(page.get_by_text(f"Controle van {escaped}"))).to_be_visible(timeout=90_000)
        wait_idle(page)
        for label, value in expected.items():
            metric = page.locator('[data-testid="stMetric"]').filter(has_text=label)
            expect(metric.locator('[data-testid="stMetricValue"]')).to_have_text(value)
        # The report at the top of the screen: its counts and messages are what the screenshot is for.
        report.evaluate("heading => heading.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(800)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{path.stem}_{width}x{height}.png"))
    finally:
        context.close()
