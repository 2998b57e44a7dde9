"""Need and offer in a real browser: a regional manager opens the page for a region and exports the list."""

from __future__ import annotations

import csv
import io

from playwright.sync_api import expect

from dashboard.analysis.need import NeedSpec, need_table, ranked_missing
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest.context import load_context
from dashboard.ingest.validation import data_path, load_path
from geo.regions import load_indeling, load_region_table
from tests.browser.helpers import TIMEOUT_MS, foreign_hosts, map_frame, open_app


def test_region_list_of_high_need_without_offer_is_exported(page):
    regions = load_region_table().merge(load_indeling()[["gm_code", "pv_code"]], on="gm_code")
    code = regions.loc[regions["regio_naam"] == "Zuid-Limburg", "regio_code"].iloc[0]
    records = load_path(data_path()).records
    year = int(records["jaar"].max())
    filtered = apply_filters(records, Filters(jaar=year, regios=(code,)), regions)
    context = load_context(load_indeling()["gm_code"])
    in_region = context[context["gm_code"].isin(regions.loc[regions["regio_code"] == code, "gm_code"])]
    spec = NeedSpec("pct_65plus", 25, "ge", ("valpreventie",))
    expected = ranked_missing(need_table(spec, filtered, in_region), spec)
    assert len(expected) > 0

    open_app(page, f"nood_aanbod?regio={code}")
    sentence = (
        f"VNG–ZN-regio Zuid-Limburg: {len(expected)} gemeenten met ≥ 25% 65-plussers zonder valpreventie"
    )
    expect(page.get_by_text(sentence, exact=False)).to_be_visible(timeout=TIMEOUT_MS)
    map_frame(page)  # the need map draws every gemeente (outside the region in its own pale class)

    with page.expect_download(timeout=TIMEOUT_MS) as download_info:
        page.get_by_role("button", name="Lijst downloaden (CSV)").click()
    text = download_info.value.path().read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    lines = [row[0] for row in rows if len(row) == 1]
    assert lines[0].startswith(f"# Preventiekaart – nood en aanbod: {sentence}")
    # The provenance block every download carries (export.writer + render.provenance).
    assert f"# Peiljaar: {year}" in lines
    assert "# Filters: VNG–ZN-regio: Zuid-Limburg" in lines
    assert any(line.startswith("# Let op: voorbeelddata") for line in lines)
    assert any(line.startswith("# Telregel:") for line in lines)
    header = next(i for i, row in enumerate(rows) if row[:2] == ["Rang", "Gemeente"])
    assert [row[1] for row in rows[header + 1 :]] == list(expected["gm_naam"])
    assert foreign_hosts(page) == set(), page.requested_urls
