from dashboard.analysis.areas import NO_INITIATIVE, gemeente_summary, highest_level, initiatives_in
from tests.dashboard.records_factory import make_records


def test_highest_level_ranks_and_unknown_is_not_below_geen():
    assert highest_level(["geen", "formeel", "apart"]) == "formeel"
    # "onbekend" is missing data: any known level wins, and it never counts as lower than "geen".
    assert highest_level(["onbekend", "geen"]) == "geen"
    assert highest_level(["onbekend"]) == "onbekend"
    assert highest_level([]) == NO_INITIATIVE


def test_summary_counts_each_gemeente_an_initiative_names():
    records = make_records(
        {"gemeenten": ("GM1", "GM2"), "samenwerkingsniveau": "in_gesprek", "interventies": ("gli",)},
        {"gemeenten": ("GM1",), "samenwerkingsniveau": "geen", "preventiecoalitie": False},
        {"gemeenten": ("GM3",), "samenwerkingsniveau": "onbekend", "interventies": ("valpreventie",)},
    )
    s = gemeente_summary(records, ["GM1", "GM2", "GM3", "GM4"]).set_index("gm_code")
    assert s["n_initiatieven"].to_dict() == {"GM1": 2, "GM2": 1, "GM3": 1, "GM4": 0}
    assert s["hoogste_niveau"].to_dict() == {
        "GM1": "in_gesprek",
        "GM2": "in_gesprek",
        "GM3": "onbekend",
        "GM4": NO_INITIATIVE,
    }
    assert s["biedt_gli"].to_dict() == {"GM1": True, "GM2": True, "GM3": False, "GM4": False}
    assert s["biedt_valpreventie"].to_dict() == {"GM1": False, "GM2": False, "GM3": True, "GM4": False}


def test_wijk_initiative_does_not_colour_the_whole_gemeente():
    records = make_records(
        {"gemeenten": ("GM1",), "reikwijdte": "wijk", "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM2",), "reikwijdte": "wijk", "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM2",), "reikwijdte": "gemeente", "samenwerkingsniveau": "geen"},
    )
    s = gemeente_summary(records, ["GM1", "GM2"]).set_index("gm_code")
    assert s.loc["GM1", "hoogste_niveau"] == NO_INITIATIVE
    assert s.loc["GM1", "hoogste_niveau_wijk"] == "formeel"
    assert bool(s.loc["GM1", "alleen_wijk"]) is True
    assert s.loc["GM2", "hoogste_niveau"] == "geen"
    assert bool(s.loc["GM2", "alleen_wijk"]) is False


def test_summary_of_no_records_is_all_no_initiative():
    s = gemeente_summary(make_records().iloc[0:0], ["GM1"])
    assert s.loc[0, "hoogste_niveau"] == NO_INITIATIVE
    assert s.loc[0, "n_initiatieven"] == 0


def test_initiatives_in_sorts_by_level_with_unknown_last():
    records = make_records(
        {"naam": "B", "samenwerkingsniveau": "onbekend"},
        {"naam": "A", "samenwerkingsniveau": "geen"},
        {"naam": "C", "samenwerkingsniveau": "formeel"},
        {"naam": "D", "gemeenten": ("GM0014",), "samenwerkingsniveau": "formeel"},
    )
    assert list(initiatives_in(records, "GM0363")["naam"]) == ["C", "A", "B"]


def test_initiatives_in_with_no_records_is_empty_not_an_error():
    assert initiatives_in(make_records().iloc[0:0], "GM0363").empty
