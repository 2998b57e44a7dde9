"""The fall-prevention estimate: a hand calculation, linearity, the financier split, the band, the check case."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis import valpreventie as vp
from dashboard.cli import area_table
from dashboard.ingest.context import read_bevolking
from dashboard.ingest.valpreventie import read_kengetallen

KENGETALLEN = read_kengetallen()
BEVOLKING = read_bevolking()


def test_hand_calculation_sudwest_fryslan_step_by_step() -> None:
    """Súdwest-Fryslân (GM1900), In Balans, 3 years, every published default."""
    area = vp.resolve_area(area_table(), "gemeente", "gm1900")
    assert area.naam == "Súdwest-Fryslân"
    n65 = vp.inwoners_65plus(BEVOLKING, area.members)
    assert n65 == 21701  # data/gemeente_bevolking_2024.csv, inwoners_65plus_est
    params = vp.parameters_for(KENGETALLEN, "in_balans")
    result = vp.estimate(n65, params, 3)
    # Step 1: 21,701 × 30% = 6,510.3 at raised risk; × 1.98 falls = 12,890.4; × 10% = 1,289.0 SEH visits.
    assert result.risicogroep == pytest.approx(6510.3)
    assert result.vallen_per_jaar == pytest.approx(12890.394)
    assert result.seh_per_jaar == pytest.approx(1289.0394)
    assert result.kosten_seh_per_jaar == pytest.approx(1289.0394 * 9750)
    # Step 2: 3% in a programme = 651.03 participants a year; 14% screened = 3,038.14.
    assert result.deelnemers == pytest.approx(651.03)
    assert result.gescreend == pytest.approx(3038.14)
    # Step 3: 3 × 651.03 × 1.98 × 15% = 580.07 falls prevented; × 10% = 58.0 SEH visits; × € 9,750.
    assert result.vallen_voorkomen == pytest.approx(580.06773)
    assert result.seh_voorkomen == pytest.approx(58.006773)
    assert result.baten_totaal == pytest.approx(565566.03675)
    assert result.kosten_totaal == pytest.approx(3 * 651.03 * 252)  # screening cost not published: 0
    assert result.netto == pytest.approx(565566.03675 - 492178.68)
    assert result.baten_per_euro == pytest.approx(565566.03675 / 492178.68)
    assert result.baten_per_financier["wmo"] == pytest.approx(0.06 * 565566.03675)
    assert result.baten_per_financier["wlz"] == pytest.approx(0.15 * 565566.03675)
    assert result.baten_per_financier["zvw"] == pytest.approx(0.79 * 565566.03675)


def _params(**overrides: float) -> dict[str, vp.Parameter]:
    return vp.parameters_for(KENGETALLEN, "vallen_verleden_tijd", {"kosten_per_deelnemer": 200, **overrides})


@settings(deadline=None, max_examples=40)
@given(n65=st.floats(100, 2_000_000), bereik=st.floats(0.001, 0.15), jaren=st.integers(1, 5))
def test_doubling_reach_doubles_falls_prevented(n65: float, bereik: float, jaren: int) -> None:
    single = vp.estimate(n65, _params(bereik=bereik), jaren)
    double = vp.estimate(n65, _params(bereik=2 * bereik), jaren)
    assert double.vallen_voorkomen == pytest.approx(2 * single.vallen_voorkomen)
    assert double.seh_voorkomen == pytest.approx(2 * single.seh_voorkomen)
    assert double.kosten_totaal == pytest.approx(2 * single.kosten_totaal)  # screening cost is 0 here


@settings(deadline=None, max_examples=40)
@given(wlz=st.floats(0, 0.6), wmo=st.floats(0, 0.4), n65=st.floats(100, 1_000_000))
def test_financier_split_adds_up(wlz: float, wmo: float, n65: float) -> None:
    result = vp.estimate(n65, _params(aandeel_wlz=wlz, aandeel_wmo=wmo), 2)
    assert set(result.baten_per_financier) == set(vp.FINANCIERS)
    assert sum(result.baten_per_financier.values()) == pytest.approx(result.baten_totaal)
    assert all(value >= -1e-6 for value in result.baten_per_financier.values())


def test_shares_over_one_are_refused() -> None:
    with pytest.raises(vp.EstimateError, match="meer dan 1"):
        vp.estimate(1000, _params(aandeel_wlz=0.7, aandeel_wmo=0.4), 1)


@pytest.mark.parametrize("programma", ["in_balans", "vallen_verleden_tijd", "otago"])
def test_band_contains_the_central_estimate(programma: str) -> None:
    params = vp.parameters_for(KENGETALLEN, programma, {"kosten_per_deelnemer": 250})
    n65 = 50_000
    central = vp.estimate(n65, params, 3)
    band = vp.band(n65, params, 3)
    for name in (*vp.BAND_QUANTITIES, "baten_per_euro"):
        low, high = getattr(band.laag, name), getattr(band.hoog, name)
        assert low <= getattr(central, name) + 1e-6
        assert getattr(central, name) <= high + 1e-6
    assert band.laag.netto < band.hoog.netto  # the sources do give ranges


def test_own_values_have_no_range_and_are_marked() -> None:
    params = _params(bereik=0.05)
    assert params["bereik"].eigen and params["bereik"].gepubliceerd == 0.03
    assert params["bereik"].laag == params["bereik"].hoog == 0.05
    assert not params["seh_aandeel"].eigen
    # The published value typed again is not the user's own.
    assert not vp.parameters_for(KENGETALLEN, "in_balans", {"bereik": 0.03})["bereik"].eigen


def test_notes_follow_the_reader_own_values_included() -> None:
    params = vp.parameters_for(KENGETALLEN, "otago", {"bereik": 0.05, "kosten_per_deelnemer": 300})
    published = KENGETALLEN.parameters["bereik"]
    assert params["bereik"].source("nl") == f"eigen waarde (gepubliceerd: {published.bron})"
    assert params["bereik"].source("en") == f"your own value (published: {published.bron_en})"
    # A figure nobody published has no published note to quote.
    assert params["kosten_per_deelnemer"].source("nl") == "eigen waarde"
    assert params["kosten_per_deelnemer"].source("en") == "your own value"
    effect = KENGETALLEN.programmas["otago"].effect
    assert effect is not None and params["effect"].source("en") == effect.bron_en


def test_programme_without_published_cost_needs_the_users_value() -> None:
    params = vp.parameters_for(KENGETALLEN, "otago")
    assert vp.missing(params) == ["kosten_per_deelnemer"]
    with pytest.raises(vp.EstimateError, match="kosten_per_deelnemer"):
        vp.estimate(1000, params, 1)
    assert vp.missing(vp.parameters_for(KENGETALLEN, "eigen")) == ["effect", "kosten_per_deelnemer"]
    # No programme carries an invented default: only In Balans publishes a cost.
    costed = [code for code, p in KENGETALLEN.programmas.items() if p.kosten is not None]
    assert costed == ["in_balans"]


@pytest.mark.parametrize(
    ("naam", "value", "message"),
    [
        ("bereik", 1.5, "buiten"),
        ("bestaat_niet", 1, "onbekende parameter"),
        ("kosten_per_deelnemer", -1, "buiten"),
    ],
)
def test_bad_overrides_are_refused_in_dutch(naam: str, value: float, message: str) -> None:
    with pytest.raises(vp.EstimateError, match=message):
        vp.parameters_for(KENGETALLEN, "in_balans", {naam: value})


def test_sensitivity_names_the_widest_swing_first() -> None:
    params = vp.parameters_for(KENGETALLEN, "in_balans")
    swings = vp.sensitivity(20_000, params, 3)
    widths = [s.breedte for s in swings]
    assert widths == sorted(widths, reverse=True)
    # In Balans' effect runs from 0 (not significant) to 15%: the widest range of all.
    assert swings[0].naam == "effect" and swings[0].uit_bron
    assert "aandeel_wmo" not in {s.naam for s in swings}  # the split does not move the net result
    central = vp.estimate(20_000, params, 3).netto
    assert all(min(s.netto_laag, s.netto_hoog) <= central <= max(s.netto_laag, s.netto_hoog) for s in swings)


def test_areas_resolve_regions_and_provinces() -> None:
    table = area_table()
    regio = vp.resolve_area(table, "regio", "ZK17")
    assert len(regio.members) == len(table[table["regio_code"] == "ZK17"])
    provincie = vp.resolve_area(table, "provincie", "limburg")
    assert provincie.naam == "Limburg" and set(regio.members) <= set(provincie.members)
    with pytest.raises(vp.EstimateError, match="onbekende provincie"):
        vp.resolve_area(table, "provincie", "Atlantis")


def test_noord_limburg_lands_in_the_order_of_magnitude_of_stevig_staan() -> None:
    """Stevig Staan Noord-Limburg (7 gemeenten): the published figures vs our estimate on their inputs.

    Measured: falls a year 1.99× the published ~20,000 (our at-risk group is 65+, theirs 70+); SEH visits 0.57×
    the 7,000 medical treatments; SEH costs 2.4× the € 16 M direct medical costs; falls prevented a year with
    In Balans at 3% 1.07× their target (3,900 over 7 years); savings a year 0.93× (€ 4.4 M over 7 years).
    """
    check = KENGETALLEN.controle
    assert check is not None and len(check.gemeenten) == 7
    n65 = vp.inwoners_65plus(BEVOLKING, check.gemeenten)
    result = vp.estimate(n65, vp.parameters_for(KENGETALLEN, check.programma), 1)
    ratios = {
        "vallen": result.vallen_per_jaar / check.vallen_per_jaar,
        "seh": result.seh_per_jaar / check.medische_behandelingen_per_jaar,
        "kosten": result.kosten_seh_per_jaar / check.directe_medische_kosten_per_jaar,
        "voorkomen": result.vallen_voorkomen / (check.vallen_voorkomen_doel / check.jaren),
        "besparing": result.baten_totaal / (check.besparing_doel / check.jaren),
    }
    # Same order of magnitude: every ratio within a factor 3 (|log10| < 0.48).
    assert all(abs(math.log10(r)) < math.log10(3) for r in ratios.values()), ratios
    assert ratios["vallen"] == pytest.approx(1.99, abs=0.05)
    assert ratios["voorkomen"] == pytest.approx(1.07, abs=0.05)
    assert ratios["besparing"] == pytest.approx(0.93, abs=0.05)


@settings(deadline=None, max_examples=40)
@given(n65=st.floats(0, 2_000_000), risico=st.floats(0.05, 0.6), jaren=st.integers(1, 5))
def test_the_estimates_first_step_is_the_situation(n65: float, risico: float, jaren: int) -> None:
    """Step 1 is computed in one place: the estimate's situation is exactly what the page shows as step 1."""
    params = _params(valrisico_aandeel=risico)
    step1 = vp.situation(n65, params)
    result = vp.estimate(n65, params, jaren)
    for name in ("inwoners_65plus", "risicogroep", "vallen_per_jaar", "seh_per_jaar", "kosten_seh_per_jaar"):
        assert getattr(result, name) == getattr(step1, name), name
