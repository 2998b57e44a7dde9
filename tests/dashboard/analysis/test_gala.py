"""GALA's five ketenaanpakken per gemeente: offered or a gap, at which level, wijk only, counts per column, and
the hook for two-sided confirmation (None until the register records it)."""

from __future__ import annotations

from dashboard.analysis.areas import NO_INITIATIVE
from dashboard.analysis.gala import GAP, KETENAANPAKKEN, gala_overview
from tests.dashboard.records_factory import make_records

AREA = (("GM0002", "Beta"), ("GM0001", "alfa"), ("GM0003", "Gamma"))


def _records():
    return make_records(
        {"id": "a", "gemeenten": ("GM0001", "GM0002"), "samenwerkingsniveau": "apart", "interventies": ("gli",)},
        {"id": "b", "gemeenten": ("GM0001",), "samenwerkingsniveau": "formeel", "interventies": ("gli", "valpreventie")},
        {"id": "c", "gemeenten": ("GM0002",), "reikwijdte": "wijk", "samenwerkingsniveau": "informeel",
         "interventies": ("kansrijke_start",)},
        {"id": "d", "gemeenten": ("GM0003",), "samenwerkingsniveau": "onbekend", "interventies": ("welzijn_op_recept",)},
        {"id": "e", "gemeenten": ("GM0009",), "samenwerkingsniveau": "formeel", "interventies": ("gli",)},  # outside
        {"id": "f", "gemeenten": ("GM0001",), "samenwerkingsniveau": "geen", "interventies": ("diabetes",)},  # not GALA
    )  # fmt: skip


def test_rows_by_name_and_every_cell_read_from_the_covering_initiatives():
    overview = gala_overview(_records(), AREA)
    assert [name for _, name in overview.gemeenten] == ["alfa", "Beta", "Gamma"]
    gli = overview.cell("GM0001", "gli")
    assert (gli.level, gli.n, gli.wijk_only) == ("formeel", 2, False)  # the highest of apart and formeel
    assert overview.cell("GM0002", "gli").level == "apart"
    wijk = overview.cell("GM0002", "kansrijke_start")
    assert wijk.offered and wijk.wijk_only and wijk.level == "informeel"
    assert overview.cell("GM0003", "welzijn_op_recept").level == "onbekend"  # offered, level not known
    assert overview.cell("GM0003", "gli") == GAP and GAP.level == NO_INITIATIVE and not GAP.offered


def test_counts_per_column_gaps_per_row_and_complete_gemeenten():
    overview = gala_overview(_records(), AREA)
    assert {code: overview.offered_count(code) for code in KETENAANPAKKEN} == {
        "kansrijke_start": 1,
        "kinderen_overgewicht": 0,
        "gli": 2,
        "welzijn_op_recept": 1,
        "valpreventie": 1,
    }
    assert overview.gaps("GM0001") == ("kansrijke_start", "kinderen_overgewicht", "welzijn_op_recept")
    assert overview.complete_count() == 0 and overview.size == 3
    # An initiative outside the area (GM0009) and one outside GALA's five (diabetes) count nowhere.
    assert ("GM0009", "gli") not in overview.cells
    assert all(code in KETENAANPAKKEN for _, code in overview.cells)


def test_a_gemeente_offering_all_five_is_complete():
    records = make_records(
        {"gemeenten": ("GM0001",), "samenwerkingsniveau": "formeel", "interventies": KETENAANPAKKEN}
    )
    overview = gala_overview(records, AREA)
    assert overview.complete_count() == 1 and overview.gaps("GM0001") == ()


def test_no_records_is_all_gaps():
    overview = gala_overview(make_records().iloc[0:0], AREA)
    assert overview.cells == {} and overview.offered_count("gli") == 0


def test_confirmations_are_none_until_recorded_then_counted_per_cell():
    unrecorded = gala_overview(_records(), AREA)
    assert not unrecorded.confirmations_recorded
    assert all(cell.confirmed is None for cell in unrecorded.cells.values())
    # Once the register records them (issue 20), the keys of the initiatives both sides confirmed are passed.
    recorded = gala_overview(_records(), AREA, confirmed_by_both={("b", 2020)})
    assert recorded.confirmations_recorded
    assert recorded.cell("GM0001", "gli").confirmed == 1
    assert recorded.cell("GM0002", "gli").confirmed == 0
    assert recorded.cell("GM0001", "valpreventie").confirmed == 1
    # Another year's confirmation is not this year's.
    assert (
        gala_overview(_records(), AREA, confirmed_by_both={("b", 2019)}).cell("GM0001", "gli").confirmed == 0
    )
