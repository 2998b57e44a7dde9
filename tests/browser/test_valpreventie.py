"""The fall-prevention page in a real browser: change the reach, see the result and the link change."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from dashboard.analysis import valpreventie as vp
from dashboard.ingest.context import read_bevolking
from dashboard.ingest.valpreventie import read_kengetallen
from dashboard.render import valpreventie_text as vp_text
from tests.browser.conftest import ARTIFACTS
from tests.browser.helpers import TIMEOUT_MS, foreign_hosts, open_app, wait_idle

N65 = vp.inwoners_65plus(read_bevolking(), ["GM1900"])
KENGETALLEN = read_kengetallen()


def _metric_value(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).first.get_by_test_id("stMetricValue")


def _expect_metric(page, label: str, text: str) -> None:
    # Waits with the suite's timeout: on a busy machine a run can take longer than Playwright's default.
    expect(_metric_value(page, label)).to_have_text(text, timeout=TIMEOUT_MS)


def _expected(bereik: float) -> vp.Estimate:
    return vp.estimate(N65, vp.parameters_for(KENGETALLEN, "in_balans", {"bereik": bereik}), 3)


SECTIONS = (
    "Stap 1 — Situatie",
    "Stap 2 — Aanpak",
    "Stap 3 — Kosten en baten",
    "Wie bespaart?",
    "Alle kengetallen met bron",
)


def _screens(page, name: str) -> None:
    """The page at a laptop's and a projector's size, top and every section (Streamlit scrolls inside main)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        wait_idle(page)
        page.screenshot(path=str(ARTIFACTS / f"{name}_{width}x{height}.png"))
        for index, heading in enumerate(SECTIONS, start=1):
            page.get_by_role("heading", name=heading).first.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            page.screenshot(path=str(ARTIFACTS / f"{name}_{width}x{height}_{index}.png"))


def test_changing_reach_changes_result_and_link(page):
    open_app(page, "valpreventie?gemeente=GM1900")
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name="Stap 3 — Kosten en baten")).to_be_visible(timeout=TIMEOUT_MS)
    expect(main.get_by_text("schatting op basis van gepubliceerde kengetallen")).to_be_visible()
    _expect_metric(page, "vallen voorkomen", vp_text.count(_expected(0.03).vallen_voorkomen))
    _expect_metric(page, "netto", vp_text.euro(_expected(0.03).netto))
    _screens(page, "valpreventie")

    field = main.get_by_label(re.compile(r"^Bereik: aandeel 65\+ per jaar in een programma"))
    field.fill("6")
    field.press("Enter")
    wait_idle(page)
    expect(main.get_by_text("✎ eigen waarde (gepubliceerd: 3%)")).to_be_visible(timeout=TIMEOUT_MS)
    doubled = _expected(0.06)
    _expect_metric(page, "vallen voorkomen", vp_text.count(doubled.vallen_voorkomen))
    _expect_metric(page, "netto", vp_text.euro(doubled.netto))
    page.wait_for_function("() => window.location.search.includes('vp_waarden')", timeout=TIMEOUT_MS)
    assert "vp_waarden=bereik%3A0.06" in page.url and "gemeente=GM1900" in page.url
    _screens(page, "valpreventie_eigen_waarde")

    # The link, opened afresh, shows the same own value and result.
    link = page.url
    open_app(page, link.split(page.server_url, 1)[1])
    _expect_metric(page, "vallen voorkomen", vp_text.count(doubled.vallen_voorkomen))
    assert not foreign_hosts(page), foreign_hosts(page)


def test_from_the_need_list_to_the_estimate_and_its_csv(page):
    """The meeting's path: high need without valpreventie -> open the estimate -> take the CSV along."""
    open_app(page, "nood_aanbod?regio=ZK17")
    opener = page.get_by_role("button", name=re.compile(r"^Valpreventie: kosten en baten voor "))
    opener.scroll_into_view_if_needed(timeout=TIMEOUT_MS)
    name = opener.inner_text().split(" voor ", 1)[1].strip()
    page.screenshot(path=str(ARTIFACTS / "valpreventie_vanuit_nood.png"))
    opener.click()
    page.wait_for_url("**/valpreventie?**", timeout=TIMEOUT_MS)
    wait_idle(page)
    main = page.get_by_role("main")
    expect(main.get_by_text(f"In {name} wonen")).to_be_visible(timeout=TIMEOUT_MS)
    assert "gemeente=GM" in page.url
    button = main.get_by_role("button", name=re.compile(r"^Download als CSV"))
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=TIMEOUT_MS) as download_info:
        button.click()
    text = download_info.value.path().read_bytes().decode("utf-8-sig")
    assert "schatting op basis van gepubliceerde kengetallen" in text and "GALA-doel" in text
    assert not foreign_hosts(page), foreign_hosts(page)
