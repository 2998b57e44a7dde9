"""Money beside cooperation: totals and per-capita figures of an area, the money table and the map classes."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis import money
from dashboard.analysis.measures import UNKNOWN_COLOR
from dashboard.ingest.context import load_context
from dashboard.ingest.money import load_brede_spuk, load_iza
from geo.regions import load_indeling
from tests.dashboard.records_factory import make_records


@pytest.fixture(scope="module")
def indeling() -> pd.DataFrame:
    return load_indeling()


@pytest.fixture(scope="module")
def tables(indeling) -> money.MoneyData:
    codes = indeling["gm_code"]
    return money.MoneyData(load_brede_spuk(codes), load_context(codes), load_iza(codes))


def test_per_inwoner_divides_by_the_shipped_cbs_population(tables):
    rows = money.per_gemeente(tables.spuk, tables.context).set_index("gm_code")
    assert rows.at["GM0363", "inwoners"] == 931_298
    assert rows.at["GM0363", "per_inwoner_2025"] == pytest.approx(15_105_830 / 931_298)
    assert rows.at["GM1883", "per_65plus_2026"] == pytest.approx(
        1_666_620 / rows.at["GM1883", "inwoners_65plus_est"]
    )


def test_an_area_is_its_total_over_its_total_population(tables, indeling):
    nl = money.area_money(tables.spuk, tables.context, indeling["gm_code"])
    assert nl.euros == {2025: 310_475_334, 2026: 264_423_052}
    assert nl.inwoners == 17_942_942 and nl.gemeenten == 342
    assert nl.per("inwoner", 2025) == pytest.approx(310_475_334 / 17_942_942)
    limburg = indeling.loc[indeling["pv_code"] == "PV31", "gm_code"]
    area = money.area_money(tables.spuk, tables.context, limburg)
    per_gemeente = money.per_gemeente(tables.spuk, tables.context).set_index("gm_code").loc[list(limburg)]
    # Weighted by where people live, not the mean of the gemeenten's ratios (small gemeenten get more per head).
    assert area.per("inwoner", 2025) == pytest.approx(area.euros[2025] / per_gemeente["inwoners"].sum())
    assert area.per("inwoner", 2025) != pytest.approx(per_gemeente["per_inwoner_2025"].mean())


def test_no_population_gives_no_figure_not_zero():
    empty = money.AreaMoney({2025: 10, 2026: 5}, 0.0, 0.0, 0)
    assert empty.per("inwoner", 2025) is None
    assert money.euros(None) == "–"


def test_money_table_sets_the_amounts_beside_cooperation(tables):
    records = make_records(
        {"gemeenten": ("GM1883",), "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM1883", "GM0917"), "samenwerkingsniveau": "apart"},
    )
    places = [money.Place("Gemeente Sittard-Geleen", ("GM1883",)), money.Place("Twee", ("GM1883", "GM0917"))]
    table = money.money_table(places, tables.spuk, tables.context, records, "nl").set_index(
        "Geld en samenwerking"
    )
    assert table.loc["Initiatieven (met de gekozen filters)"].tolist() == ["2", "2"]
    assert table.loc["Gemeenten met afstemming (niveau 5–6)"].tolist() == ["1 van 1 (100%)", "1 van 2 (50%)"]
    assert table.at["Brede SPUK 2026", "Gemeente Sittard-Geleen"] == "€ 1.666.620"
    assert table.at["Brede SPUK 2025 per inwoner", "Gemeente Sittard-Geleen"] == "€ 21,13"
    english = money.money_table(places, tables.spuk, tables.context, records, "en").set_index(
        "Money and cooperation"
    )
    assert english.at["Brede SPUK 2026", "Gemeente Sittard-Geleen"] == "€ 1,666,620"
    assert "Brede SPUK 2025 per person aged 65+ (estimate)" in english.index


def test_map_classes_are_fixed_ordered_and_the_same_for_both_years(tables):
    a = money.classify_money("spuk_inwoner_2025", tables.spuk, tables.context, "nl")
    b = money.classify_money("spuk_inwoner_2026", tables.spuk, tables.context, "nl")
    assert [c.label for c in a.classes] == [c.label for c in b.classes]
    assert [c.color for c in a.classes] == list(money.GREENS)  # light = less money, no grey class needed
    assert sum(a.counts().values()) == 342 and sum(b.counts().values()) == 342
    assert a.classes[0].label == "lager dan € 13" and a.classes[-1].label == "€ 19 of hoger"
    assert a.title == "Brede SPUK 2025 in € per inwoner (bevolking CBS 1-1-2024)"
    # 2026 is about 15% lower: its gemeenten sit in lighter classes.
    mean_class = {m.measure: sum(int(code[1]) * n for code, n in m.counts().items()) / 342 for m in (a, b)}
    assert mean_class["spuk_inwoner_2026"] < mean_class["spuk_inwoner_2025"]
    # Schiermonnikoog (972 inwoners) gets the most per head: the top class.
    assert a.by_gemeente["GM0088"] == "k5"


def test_a_value_on_an_edge_is_in_the_upper_class_and_no_population_is_grey():
    spuk = pd.DataFrame(
        {"gm_code": ["A", "B", "C"], "gm_naam": ["a", "b", "c"], "brede_spuk_2025_eur": [1300, 1299, 5],
         "brede_spuk_2026_eur": [1, 1, 1]}
    )  # fmt: skip
    context = pd.DataFrame(
        {"gm_code": ["A", "B", "C"], "inwoners": [100.0, 100.0, float("nan")], "inwoners_65plus_est": [10.0, 10.0, 1.0]}
    )  # fmt: skip
    classified = money.classify_money("spuk_inwoner_2025", spuk, context, "en")
    assert classified.by_gemeente.to_dict() == {"A": "k2", "B": "k1", "C": money.NO_POPULATION}
    assert classified.classes[-1].color == UNKNOWN_COLOR
    assert classified.classes[-1].label == "no population figure"


def test_measures_parse_and_unknown_ones_are_refused():
    assert money.parse_measure("spuk_65plus_2026") == ("65plus", 2026)
    assert money.option_label("spuk_inwoner_2025", "en") == "Brede SPUK 2025 per inhabitant"
    with pytest.raises(ValueError):
        money.parse_measure("spuk_inwoner_2024")


def test_mandates_are_where_the_payee_is_never_a_membership(tables):
    assert money.mandates_in(tables.iza, ["GM1883"])["iza_regio"].tolist() == ["Zuid-Limburg"]
    assert money.mandates_in(tables.iza, ["GM0917"]).empty  # Heerlen is in Zuid-Limburg, but not its payee
    # SamenTwente has no gemeente code: an empty code never matches.
    assert money.mandates_in(tables.iza, [""]).empty
    assert money.iza_totals(tables.iza) == {2025: 142_900_002, 2026: 153_213_599}
    shown = money.iza_display(tables.iza, "en")
    assert list(shown.columns) == [
        "IZA region",
        "Mandaatgemeente (receives on the region's behalf)",
        "SPUK IZA 2025 (euros)",
        "SPUK IZA 2026 (euros)",
    ]


def test_per_inwoner_by_area_uses_only_the_given_gemeenten(tables, indeling):
    limburg = indeling[indeling["pv_code"] == "PV31"]
    values = money.per_inwoner_by_area(
        tables.spuk, tables.context, limburg, "zk_code", ["ZK31", "NL"], "NL", 2025
    )
    zuid = money.area_money(tables.spuk, tables.context, limburg.loc[limburg["zk_code"] == "ZK31", "gm_code"])
    whole = money.area_money(tables.spuk, tables.context, limburg["gm_code"])
    assert values == [pytest.approx(zuid.per("inwoner", 2025)), pytest.approx(whole.per("inwoner", 2025))]
