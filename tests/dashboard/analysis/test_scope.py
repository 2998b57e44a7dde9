"""Region scoping: only the selection's gemeenten are coloured and counted; the rest is uncounted context."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis import region_profile as rp
from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import MEASURES, classify
from dashboard.analysis.scope import (
    OUTSIDE,
    covered_count,
    scope_classified,
    scope_summary,
    selection_members,
)
from dashboard.core.filters import Filters, apply_filters
from dashboard.export import writer
from dashboard.ingest.validation import data_path, load_path
from dashboard.render import maps, report
from geo.boundaries import load_layers
from geo.regions import load_region_table
from tests.dashboard.analysis.test_region_profile import GEMEENTEN
from tests.dashboard.records_factory import make_records
from tests.dashboard.render.test_report import _text


@pytest.fixture(scope="module")
def geo():
    return load_layers(load_region_table()).gemeenten


def test_selection_members_intersects_provincie_and_region_filters():
    assert selection_members(Filters(), GEMEENTEN) is None
    assert selection_members(Filters(regios=("ZK01",)), GEMEENTEN) == {"GM0001", "GM0002", "GM0003"}
    assert selection_members(Filters(provincies=("PV02",)), GEMEENTEN) == {"GM0003", "GM0004"}
    both = Filters(provincies=("PV02",), regios=("ZK01",))
    assert selection_members(both, GEMEENTEN) == {"GM0003"}


def test_an_initiative_reaching_outside_colours_only_the_region():
    # One provincie-wide initiative covers the region and a gemeente outside it.
    records = make_records(
        {"gemeenten": ("GM0001", "GM0004"), "samenwerkingsniveau": "formeel"},
    )
    members = selection_members(Filters(regios=("ZK01",)), GEMEENTEN)
    summary = gemeente_summary(records, GEMEENTEN["gm_code"])
    scoped = scope_classified(classify("niveau", summary), members)
    assert scoped.by_gemeente["GM0001"] == "formeel"
    assert scoped.by_gemeente["GM0004"] == OUTSIDE  # outside: context, not a level
    counts = scoped.counts()
    assert OUTSIDE not in counts
    assert sum(counts.values()) == len(members) == 3
    assert counts["formeel"] == 1 and counts["geen_initiatief"] == 2
    # The legend shows the context class without a count.
    rows = maps.legend_rows(scoped)
    assert rows[-1][2] is None and all(count is not None for *_, count in rows[:-1])
    assert covered_count(summary, members) == (1, 3)
    assert list(scope_summary(summary, members)["gm_code"]) == ["GM0001", "GM0002", "GM0003"]


@settings(deadline=None, max_examples=40)
@given(
    regions=st.sets(st.sampled_from(["ZK01", "ZK02"])),
    provincies=st.sets(st.sampled_from(["PV01", "PV02"])),
    measure=st.sampled_from(MEASURES),
    covers=st.lists(st.sets(st.sampled_from(sorted(GEMEENTEN["gm_code"])), min_size=1), max_size=5),
)
def test_legend_counts_always_sum_to_the_selection(regions, provincies, measure, covers):
    records = make_records(*({"gemeenten": tuple(sorted(c)), "samenwerkingsniveau": "apart"} for c in covers))
    filters = Filters(regios=tuple(sorted(regions)), provincies=tuple(sorted(provincies)))
    members = selection_members(filters, GEMEENTEN)
    summary = gemeente_summary(apply_filters(records, filters, GEMEENTEN), GEMEENTEN["gm_code"])
    scoped = scope_classified(classify(measure, summary), members)
    expected = len(GEMEENTEN) if members is None else len(members)
    assert sum(scoped.counts().values()) == expected
    outside = set(GEMEENTEN["gm_code"]) - (set(GEMEENTEN["gm_code"]) if members is None else members)
    assert {code for code, klass in scoped.by_gemeente.items() if klass == OUTSIDE} == outside


def test_tooltips_of_context_gemeenten_carry_no_figures(geo):
    gemeenten = pd.DataFrame(geo.drop(columns="geometry"))
    records = make_records({"gemeenten": ("GM0363", "GM0599"), "samenwerkingsniveau": "formeel"})
    summary = gemeente_summary(records, gemeenten["gm_code"])
    members = selection_members(Filters(regios=("ZK02",)), gemeenten)
    scoped = scope_classified(classify("niveau", summary), members)
    data = maps.choropleth_data(scoped, summary, gemeenten)
    row = {code: i for i, code in enumerate(data.codes)}

    def tip(code: str) -> list:
        i = row[code]
        return [None if c.values is None else c.values[c.index[i]] for c in data.columns]

    # Outside ZK02 (Rotterdam): region and "outside the selection", no figures (null rows are not drawn).
    assert tip("GM0599")[2:] == ["buiten de selectie (ter oriëntatie)", None, None]
    # Inside, the level is said once (the measure row), not twice.
    assert tip("GM0363")[2:] == ["formele afspraken", None, 1]


def test_page_and_pdf_agree_for_the_same_region(geo):
    """The figures a manager reads on Mijn regio are the ones the region report prints."""
    shipped = load_path(data_path())
    gemeenten = pd.DataFrame(geo.drop(columns="geometry"))
    filters = Filters(jaar=2020)
    filtered = apply_filters(shipped.records, filters, gemeenten)
    for choice in (rp.Choice("regio", "ZK02"), rp.Choice("gemeente", "GM0363")):
        profile = rp.profile(gemeenten, choice)
        table = rp.profile_comparison(filtered, filtered, profile, gemeenten["gm_code"], "nl")
        pdf = report.build_report(
            shipped.records, geo, (choice.kind, choice.code), filters, "nl", "x.csv", True, date(2026, 1, 2)
        )
        _, text = _text(writer.pdf_file(pdf).data)
        for column in table.columns[1:]:
            assert column in text
        for row in table.itertuples(index=False):
            assert " ".join(str(cell) for cell in row) in text, row
        # The map legend of the page (scoped) counts the region's gemeenten, as the PDF's map does.
        summary = gemeente_summary(filtered, gemeenten["gm_code"])
        scoped = scope_classified(classify("niveau", summary), profile.members)
        assert sum(scoped.counts().values()) == len(profile.members)
        pdf_counts = classify("niveau", gemeente_summary(filtered, list(profile.members))).counts()
        assert scoped.counts() == pdf_counts
