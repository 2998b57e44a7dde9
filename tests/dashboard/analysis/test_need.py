import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis.need import (
    NATIONAL_CODE,
    NEED_CLASSES,
    NEED_NO_OFFER,
    NEED_OFFER,
    NEED_WIJK_ONLY,
    NO_HIGH_NEED,
    NOT_PUBLISHED,
    NeedSpec,
    default_threshold,
    need_counts,
    need_sentence,
    need_table,
    offer_by_gemeente,
    per_capita_by,
    ranked_missing,
    scenario_spec,
    scope_gemeenten,
    scope_name,
)
from dashboard.core.filters import Filters
from tests.dashboard.need_factory import NAN, VAL, make_context
from tests.dashboard.records_factory import make_records


def classes(table: pd.DataFrame) -> dict[str, str]:
    return dict(zip(table["gm_code"], table["klasse"], strict=True))


def test_offer_by_gemeente_separates_wijk_only(need_records):
    offer = offer_by_gemeente(need_records, ["GM1", "GM4", "GM5"], ("valpreventie",)).set_index("gm_code")
    assert offer["aanbod"].to_dict() == {"GM1": "ja", "GM4": "alleen_wijk", "GM5": "nee"}
    assert offer["n_aanbod"].to_dict() == {"GM1": 1, "GM4": 1, "GM5": 0}


def test_need_vs_offer_classes_on_a_hand_built_table(need_records, need_context, need_gemeenten):
    table = need_table(VAL, need_records, need_context, need_gemeenten)
    assert classes(table) == {
        "GM1": NEED_OFFER,  # 30% and valpreventie at gemeente level
        "GM2": NEED_NO_OFFER,  # 26%, only a GLI initiative
        "GM3": NO_HIGH_NEED,  # 20% < 25%
        "GM4": NEED_WIJK_ONLY,  # 28%, valpreventie only in a wijk
        "GM5": NEED_NO_OFFER,  # 25% is on the threshold (≥), no valpreventie
        "GM6": NOT_PUBLISHED,  # no figure: neither high nor low
    }
    ranked = ranked_missing(table, VAL)
    assert list(ranked["gm_code"]) == ["GM2", "GM5"] and list(ranked["rang"]) == [1, 2]
    assert list(ranked["regio_naam"]) == ["Regio Een", "Regio Twee"]
    counts = need_counts(table)
    assert (counts.missing, counts.high, counts.wijk_only, counts.published) == (2, 4, 1, 5)
    assert counts.inwoners_missing == 70_000


def test_sentence_says_what_is_shown(need_records, need_context, need_gemeenten):
    counts = need_counts(need_table(VAL, need_records, need_context, need_gemeenten))
    assert need_sentence(VAL, counts, "nl") == (
        "2 gemeenten met ≥ 25% 65-plussers zonder valpreventie, samen 70.000 inwoners. "
        "1 gemeente met hoge nood heeft dit aanbod alleen in een wijk. "
        "Voor 1 gemeente is dit cijfer niet gepubliceerd; die telt niet mee."
    )
    assert need_sentence(VAL, counts, "en", scope="VNG–ZN region Twee").startswith(
        "VNG–ZN region Twee: 2 municipalities with ≥ 25% aged 65+ without fall prevention, together 70,000"
    )


def test_raising_the_threshold_shrinks_the_selection(need_records, need_context, need_gemeenten):
    spec = NeedSpec("pct_65plus", 27, "ge", ("valpreventie",))
    table = need_table(spec, need_records, need_context, need_gemeenten)
    assert ranked_missing(table, spec).empty
    assert need_sentence(spec, need_counts(table), "nl").startswith("0 gemeenten met ≥ 27% 65-plussers")


def test_afstemming_ranks_by_inwoners_and_unknown_level_is_no_afstemming(
    need_records, need_context, need_gemeenten
):
    spec = scenario_spec("afstemming", need_context)
    assert spec == NeedSpec("inwoners", 0.0, "ge", (), "informeel")
    table = need_table(spec, need_records, need_context, need_gemeenten)
    ranked = ranked_missing(table, spec)
    # GM1 has formeel; GM4 informeel only in a wijk; GM2/GM3 onbekend and GM5 apart are not afstemming.
    assert list(ranked["gm_code"]) == ["GM5", "GM3", "GM2", "GM6"]
    counts = need_counts(table)
    assert counts.inwoners_missing == 105_000
    assert need_sentence(spec, counts, "nl").startswith(
        "4 gemeenten zonder afstemming tussen gemeente en zorgverzekeraar (informele of formele afspraken), "
        "samen 105.000 inwoners."
    )


def test_unknown_level_never_meets_a_level_floor(need_records, need_context):
    spec = NeedSpec("inwoners", 0, "ge", (), "geen")
    table = need_table(spec, need_records, need_context)
    assert classes(table)["GM2"] == NEED_NO_OFFER  # only an "onbekend" initiative covers GM2
    assert classes(table)["GM5"] == NEED_OFFER  # "apart" is above "geen"


def test_lower_is_need_direction(need_records, need_context):
    spec = NeedSpec("pct_overgewicht", 30, "le", ("gli",))
    table = need_table(spec, need_records, need_context)
    assert classes(table) == {
        "GM1": NO_HIGH_NEED,
        "GM2": NOT_PUBLISHED,
        "GM3": NEED_OFFER,
        "GM4": NO_HIGH_NEED,
        "GM5": NEED_NO_OFFER,
        "GM6": NOT_PUBLISHED,
    }
    assert "≤ 30,0% overgewicht bij jongvolwassenen (16–25 jaar) zonder GLI" in need_sentence(
        spec, need_counts(table), "nl"
    )


def test_overgewicht_scenario_offers_gli_or_children(need_context):
    spec = scenario_spec("overgewicht_gli", need_context)
    assert spec.interventions == ("gli", "kinderen_overgewicht")
    # Top quartile over the four published values 20, 30, 31, 35.
    assert spec.threshold == round(float(np.quantile([20, 30, 31, 35], 0.75)), 1)
    counts = need_counts(need_table(spec, make_records(), need_context))
    assert "zonder GLI of aanbod voor kinderen met overgewicht" in need_sentence(spec, counts, "nl")


def test_default_threshold_is_the_top_quartile(need_context):
    assert default_threshold(need_context, "pct_65plus") == 28.0  # 20, 25, 26, 28, 30
    assert default_threshold(need_context, "pct_65plus", "le") == 25.0
    assert scenario_spec("ouderen_valpreventie", need_context, threshold=22).threshold == 22.0


def test_spec_rejects_unknown_codes():
    with pytest.raises(ValueError, match="indicator"):
        NeedSpec("pct_onbekend", 1)
    with pytest.raises(ValueError, match="level"):
        NeedSpec("inwoners", 1, min_level="onbekend")


def test_scope_follows_sidebar_region_and_province(need_gemeenten):
    assert list(scope_gemeenten(need_gemeenten, Filters(regios=("R2",)))["gm_code"]) == ["GM4", "GM5", "GM6"]
    both = scope_gemeenten(need_gemeenten, Filters(regios=("R2",), provincies=("P1",)))
    assert list(both["gm_code"]) == ["GM4"]
    assert scope_name(Filters(), need_gemeenten, "nl") is None
    assert scope_name(Filters(regios=("R2",)), need_gemeenten, "nl") == "VNG–ZN-regio Regio Twee"
    assert (
        scope_name(Filters(provincies=("P2",), regios=("R2",)), need_gemeenten, "nl")
        == "provincie Provincie B en VNG–ZN-regio Regio Twee"
    )


def test_per_capita_by_region_hand_computed(percap_records, need_context, need_gemeenten):
    out = per_capita_by(
        percap_records, need_context, need_gemeenten, "regio", "informeel", with_total=True
    ).set_index("code")
    assert list(out.index) == ["R1", "R2", NATIONAL_CODE]
    assert out["inwoners"].to_dict() == {"R1": 60_000, "R2": 95_000, "NL": 155_000}
    # The initiative spanning GM3 and GM4 counts in both regions, once nationally.
    assert out["n_initiatieven"].to_dict() == {"R1": 2, "R2": 3, "NL": 4}
    assert out.at["R1", "per_100k"] == pytest.approx(2 / 60_000 * 100_000)
    assert out.at["R2", "per_100k"] == pytest.approx(3 / 95_000 * 100_000)
    assert out.at["NL", "per_100k"] == pytest.approx(4 / 155_000 * 100_000)
    # Covered at level ≥ informeel, gemeente level or wider: GM1, GM3, GM4 (not the wijk, not "onbekend").
    assert out["inwoners_gedekt"].to_dict() == {"R1": 40_000, "R2": 40_000, "NL": 80_000}
    assert out.at["R1", "pct_gedekt"] == pytest.approx(40_000 / 60_000 * 100)
    assert out.at["R2", "pct_gedekt"] == pytest.approx(40_000 / 95_000 * 100)
    assert out["n_gemeenten"].to_dict() == {"R1": 3, "R2": 3, "NL": 6}


def test_per_capita_any_level_and_by_province(percap_records, need_context, need_gemeenten):
    out = per_capita_by(percap_records, need_context, need_gemeenten, "provincie", None).set_index("code")
    assert list(out.index) == ["P1", "P2"]
    assert out["inwoners"].to_dict() == {"P1": 100_000, "P2": 55_000}
    assert out["n_initiatieven"].to_dict() == {"P1": 2, "P2": 2}
    # Any initiative, even of unknown level, covers; the wijk initiative still does not.
    assert out["inwoners_gedekt"].to_dict() == {"P1": 80_000, "P2": 5_000}


def test_per_capita_empty_records_give_zero_not_missing(need_context, need_gemeenten):
    out = per_capita_by(make_records(), need_context, need_gemeenten, "regio", None)
    assert out["n_initiatieven"].tolist() == [0, 0] and out["per_100k"].tolist() == [0.0, 0.0]
    assert out["pct_gedekt"].tolist() == [0.0, 0.0]


@settings(deadline=None, max_examples=25)
@given(
    values=st.lists(st.one_of(st.none(), st.integers(0, 100)), min_size=1, max_size=8),
    offered=st.lists(st.booleans(), min_size=8, max_size=8),
    threshold=st.integers(0, 100),
)
def test_classes_partition_the_gemeenten(values, offered, threshold):
    codes = [f"GM{i}" for i in range(len(values))]
    context = make_context(
        {
            c: {"inwoners": 1000, "pct_65plus": NAN if v is None else v}
            for c, v in zip(codes, values, strict=True)
        }
    )
    records = make_records(
        *(
            {"gemeenten": (c,), "interventies": ("valpreventie",)}
            for c, o in zip(codes, offered, strict=False)
            if o
        )
    )
    spec = NeedSpec("pct_65plus", threshold, "ge", ("valpreventie",))
    table = need_table(spec, records, context)
    assert set(table["klasse"]) <= set(NEED_CLASSES) and len(table) == len(codes)
    counts = need_counts(table)
    assert counts.missing == sum(
        1 for v, o in zip(values, offered, strict=False) if v is not None and v >= threshold and not o
    )
    assert counts.gemeenten - counts.published == sum(v is None for v in values)
    ranked = ranked_missing(table, spec)
    assert all(not math.isnan(v) and v >= threshold for v in ranked["waarde"])
    assert list(ranked["waarde"]) == sorted(ranked["waarde"], reverse=True)
