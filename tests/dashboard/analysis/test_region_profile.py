"""A gemeente's or region's profile, the gaps of a region, and the choice kept in shared (URL) state."""

import pandas as pd
import pytest

from dashboard.analysis import region_profile as rp
from tests.dashboard.records_factory import make_records

GEMEENTEN = pd.DataFrame(
    [
        ("GM0001", "Aadorp", "PV01", "Noord", "GG01", "GGD Noord", "ZK01", "Noordregio", "CZ"),
        ("GM0002", "Beekstad", "PV01", "Noord", "GG01", "GGD Noord", "ZK01", "Noordregio", "CZ"),
        ("GM0003", "Cee", "PV02", "Midden", "GG02", "GGD Midden", "ZK01", "Noordregio", "CZ"),
        ("GM0004", "Dorp", "PV02", "Midden", "GG02", "GGD Midden", "ZK02", "Zuidregio", "VGZ"),
    ],
    columns=[
        "gm_code",
        "gm_naam",
        "pv_code",
        "pv_naam",
        "ggd_code",
        "ggd_naam",
        "regio_code",
        "regio_naam",
        "zorgverzekeraar",
    ],
)
GM_CODES = set(GEMEENTEN["gm_code"])
REGIO_CODES = set(GEMEENTEN["regio_code"])


@pytest.fixture
def records():
    return make_records(
        # Spans two regions: counts in both.
        {"gemeenten": ("GM0001", "GM0004"), "samenwerkingsniveau": "formeel", "interventies": ("gli",)},
        {"gemeenten": ("GM0002",), "samenwerkingsniveau": "apart", "interventies": ("valpreventie",)},
        {"gemeenten": ("GM0002",), "reikwijdte": "wijk", "samenwerkingsniveau": "informeel"},
    )


def _names(frame: pd.DataFrame) -> list[str]:
    return frame["gm_naam"].tolist()


def test_profile_of_a_gemeente():
    profile = rp.profile(GEMEENTEN, rp.Choice("gemeente", "GM0003"))
    assert profile.naam == "Cee"
    assert (profile.regio_code, profile.regio_naam, profile.zorgverzekeraar) == ("ZK01", "Noordregio", "CZ")
    assert profile.provincies == ("Midden",) and profile.ggd_regios == ("GGD Midden",)
    assert profile.members == ("GM0001", "GM0002", "GM0003")
    assert profile.gm_code == "GM0003"


def test_profile_of_a_region_lists_every_provincie_and_ggd():
    profile = rp.profile(GEMEENTEN, rp.Choice("regio", "ZK01"))
    assert profile.naam == "Noordregio" and profile.gm_code is None
    assert profile.provincies == ("Midden", "Noord")
    assert profile.ggd_regios == ("GGD Midden", "GGD Noord")
    with pytest.raises(KeyError):
        rp.profile(GEMEENTEN, rp.Choice("regio", "ZK99"))


def test_touching_counts_a_multi_region_initiative_once_in_each_region(records):
    assert rp.touching(records, ["GM0001", "GM0002", "GM0003"])["id"].tolist() == ["r1", "r2", "r3"]
    assert rp.touching(records, ["GM0004"])["id"].tolist() == ["r1"]
    assert rp.touching(records.iloc[0:0], ["GM0004"]).empty


def test_gaps_by_kind(records):
    assert _names(rp.gaps(records, GEMEENTEN, "ZK01", "geen_initiatief")) == ["Cee"]
    # Beekstad's afstemming is a wijk initiative: it has one (informeel) so it is no gap.
    assert _names(rp.gaps(records, GEMEENTEN, "ZK01", "geen_afstemming")) == ["Cee"]
    assert _names(rp.gaps(records, GEMEENTEN, "ZK01", "zonder_interventie", "gli")) == ["Beekstad", "Cee"]
    assert _names(rp.gaps(records, GEMEENTEN, "ZK01", "zonder_interventie", "valpreventie")) == [
        "Aadorp",
        "Cee",
    ]
    assert _names(rp.gaps(records, GEMEENTEN, "ZK02", "geen_afstemming")) == []
    only_apart = records.iloc[[1]]
    assert _names(rp.gaps(only_apart, GEMEENTEN, "ZK01", "geen_afstemming")) == ["Aadorp", "Beekstad", "Cee"]


def test_gaps_of_an_empty_selection_are_all_members():
    empty = make_records()
    for kind in ("geen_initiatief", "geen_afstemming"):
        assert _names(rp.gaps(empty, GEMEENTEN, "ZK01", kind)) == ["Aadorp", "Beekstad", "Cee"]
    assert list(rp.gaps(empty, GEMEENTEN, "ZK01", "geen_initiatief").columns) == ["gm_code", "gm_naam"]


def test_gaps_reject_unknown_kind_or_intervention(records):
    with pytest.raises(ValueError, match="gap kind"):
        rp.gaps(records, GEMEENTEN, "ZK01", "overig")
    with pytest.raises(ValueError, match="zonder_interventie"):
        rp.gaps(records, GEMEENTEN, "ZK01", "zonder_interventie")


def test_choice_from_shared_state_gemeente_wins_then_a_single_region():
    assert rp.choice_from_state("GM0002", ["ZK02"], GM_CODES, REGIO_CODES) == rp.Choice("gemeente", "GM0002")
    assert rp.choice_from_state(None, ["ZK02"], GM_CODES, REGIO_CODES) == rp.Choice("regio", "ZK02")
    assert rp.choice_from_state(None, ["ZK01", "ZK02"], GM_CODES, REGIO_CODES) is None
    # Anything not on the allow-list is ignored, whatever its type.
    assert rp.choice_from_state("GM9999", ("ZK99",), GM_CODES, REGIO_CODES) is None
    assert rp.choice_from_state({"x": 1}, "ZK01", GM_CODES, REGIO_CODES) is None


def test_decode_and_state_for_choice():
    assert rp.decode_choice("ZK01", GM_CODES, REGIO_CODES) == rp.Choice("regio", "ZK01")
    assert rp.decode_choice("GM0001", GM_CODES, REGIO_CODES) == rp.Choice("gemeente", "GM0001")
    assert rp.decode_choice("<script>", GM_CODES, REGIO_CODES) is None
    assert rp.state_for_choice(rp.Choice("regio", "ZK02"), ["ZK01"], GEMEENTEN) == (None, ["ZK02"])
    # A region filter that would hide the chosen gemeente is dropped; one that includes it stays.
    assert rp.state_for_choice(rp.Choice("gemeente", "GM0004"), ["ZK01"], GEMEENTEN) == ("GM0004", [])
    assert rp.state_for_choice(rp.Choice("gemeente", "GM0001"), ["ZK01"], GEMEENTEN) == ("GM0001", ["ZK01"])
    assert rp.state_for_choice(None, ["ZK01"], GEMEENTEN) == (None, ["ZK01"])


def test_state_for_a_provincie_and_a_provincie_filter_that_would_hide_the_choice():
    # A provincie replaces the gemeente and region chosen before, as its own filter.
    assert rp.state_for_provincie("PV02") == (None, [], ["PV02"])
    # A provincie filter holding the whole chosen place stays; one hiding (part of) it is dropped.
    assert rp.provincies_showing(rp.Choice("gemeente", "GM0004"), ["PV02"], GEMEENTEN) == ["PV02"]
    assert rp.provincies_showing(rp.Choice("gemeente", "GM0004"), ["PV01"], GEMEENTEN) == []
    assert rp.provincies_showing(rp.Choice("regio", "ZK01"), ["PV01"], GEMEENTEN) == []  # GM0003 is in PV02
    assert rp.provincies_showing(rp.Choice("regio", "ZK01"), ["PV01", "PV02"], GEMEENTEN) == ["PV01", "PV02"]
    assert rp.provincies_showing(rp.Choice("regio", "ZK02"), [], GEMEENTEN) == []


def test_comparison_table(records):
    members = ("GM0001", "GM0002", "GM0003")
    table = rp.comparison_table(rp.touching(records, members), records, members, "Noordregio")
    assert list(table.columns) == ["Kengetal", "Noordregio", "Nederland"]
    rows = {row[0]: row[1:] for row in table.itertuples(index=False)}
    assert rows["Initiatieven"] == ("3", "3")
    assert rows["Gemeenten met een initiatief"][0] == "2 van 3 (66,7%)"
    assert rows["Afstemming (niveau 5–6, van bekend niveau)"] == ("2 van 3 (66,7%)", "2 van 3 (66,7%)")
    assert rows["Gemeenten met een initiatief"][1] == "–"
    with_nl = rp.comparison_table(records.iloc[1:], records, members, "Noordregio", all_gemeenten=GM_CODES)
    assert with_nl.iloc[1].tolist() == ["Gemeenten met een initiatief", "1 van 3 (33,3%)", "3 van 4 (75%)"]
