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
    display_table,
    need_counts,
    need_sentence,
    need_table,
    offer_by_gemeente,
    per_capita_by,
    per_capita_display,
    per_capita_figure,
    per_capita_provenance,
    provenance_lines,
    ranked_missing,
    scenario_spec,
    scope_gemeenten,
    scope_name,
    threshold_control,
)
from dashboard.core.filters import Filters
from dashboard.export.downloads import table_csv_bytes
from dashboard.ingest.context import CONTEXT_COLUMNS
from tests.dashboard.records_factory import make_records

NAN = float("nan")


def make_context(rows: dict[str, dict]) -> pd.DataFrame:
    """A context table with every column; unspecified figures are NaN (not published)."""
    out = []
    for code, values in rows.items():
        row = dict.fromkeys(CONTEXT_COLUMNS, NAN)
        row.update(gm_code=code, gm_naam=f"Gemeente {code[-1]}", gezondheid_status="ok", **values)
        out.append(row)
    return pd.DataFrame(out, columns=list(CONTEXT_COLUMNS))


@pytest.fixture
def context() -> pd.DataFrame:
    return make_context(
        {
            "GM1": {"inwoners": 10_000, "pct_65plus": 30, "pct_overgewicht": 35.0},
            "GM2": {"inwoners": 20_000, "pct_65plus": 26},
            "GM3": {"inwoners": 30_000, "pct_65plus": 20, "pct_overgewicht": 20.0},
            "GM4": {"inwoners": 40_000, "pct_65plus": 28, "pct_overgewicht": 31.0},
            "GM5": {"inwoners": 50_000, "pct_65plus": 25, "pct_overgewicht": 30.0},
            "GM6": {"inwoners": 5_000},
        }
    )


@pytest.fixture
def gemeenten() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "gm_code": ["GM1", "GM2", "GM3", "GM4", "GM5", "GM6"],
            "gm_naam": [f"Gemeente {i}" for i in range(1, 7)],
            "regio_code": ["R1", "R1", "R1", "R2", "R2", "R2"],
            "regio_naam": ["Regio Een"] * 3 + ["Regio Twee"] * 3,
            "pv_code": ["P1", "P1", "P1", "P1", "P2", "P2"],
            "pv_naam": ["Provincie A"] * 4 + ["Provincie B"] * 2,
        }
    )


@pytest.fixture
def records() -> pd.DataFrame:
    return make_records(
        {"gemeenten": ("GM1",), "interventies": ("valpreventie",), "samenwerkingsniveau": "formeel"},
        {
            "gemeenten": ("GM4",),
            "reikwijdte": "wijk",
            "interventies": ("valpreventie",),
            "samenwerkingsniveau": "informeel",
        },
        {"gemeenten": ("GM2", "GM3"), "reikwijdte": "regio", "interventies": ("gli",)},
        {"gemeenten": ("GM5",), "samenwerkingsniveau": "apart"},
    )


VAL = NeedSpec("pct_65plus", 25, "ge", ("valpreventie",))


def classes(table: pd.DataFrame) -> dict[str, str]:
    return dict(zip(table["gm_code"], table["klasse"], strict=True))


def test_offer_by_gemeente_separates_wijk_only(records):
    offer = offer_by_gemeente(records, ["GM1", "GM4", "GM5"], ("valpreventie",)).set_index("gm_code")
    assert offer["aanbod"].to_dict() == {"GM1": "ja", "GM4": "alleen_wijk", "GM5": "nee"}
    assert offer["n_aanbod"].to_dict() == {"GM1": 1, "GM4": 1, "GM5": 0}


def test_need_vs_offer_classes_on_a_hand_built_table(records, context, gemeenten):
    table = need_table(VAL, records, context, gemeenten)
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


def test_sentence_says_what_is_shown(records, context, gemeenten):
    counts = need_counts(need_table(VAL, records, context, gemeenten))
    assert need_sentence(VAL, counts, "nl") == (
        "2 gemeenten met ≥ 25% 65-plussers zonder valpreventie, samen 70.000 inwoners. "
        "1 gemeente met hoge nood heeft dit aanbod alleen in een wijk. "
        "Voor 1 gemeente is dit cijfer niet gepubliceerd; die telt niet mee."
    )
    assert need_sentence(VAL, counts, "en", scope="VNG–ZN region Twee").startswith(
        "VNG–ZN region Twee: 2 municipalities with ≥ 25% aged 65+ without fall prevention, together 70,000"
    )


def test_raising_the_threshold_shrinks_the_selection(records, context, gemeenten):
    spec = NeedSpec("pct_65plus", 27, "ge", ("valpreventie",))
    table = need_table(spec, records, context, gemeenten)
    assert ranked_missing(table, spec).empty
    assert need_sentence(spec, need_counts(table), "nl").startswith("0 gemeenten met ≥ 27% 65-plussers")


def test_afstemming_ranks_by_inwoners_and_unknown_level_is_no_afstemming(records, context, gemeenten):
    spec = scenario_spec("afstemming", context)
    assert spec == NeedSpec("inwoners", 0.0, "ge", (), "informeel")
    table = need_table(spec, records, context, gemeenten)
    ranked = ranked_missing(table, spec)
    # GM1 has formeel; GM4 informeel only in a wijk; GM2/GM3 onbekend and GM5 apart are not afstemming.
    assert list(ranked["gm_code"]) == ["GM5", "GM3", "GM2", "GM6"]
    counts = need_counts(table)
    assert counts.inwoners_missing == 105_000
    assert need_sentence(spec, counts, "nl").startswith(
        "4 gemeenten zonder afstemming tussen gemeente en zorgverzekeraar (informele of formele afspraken), "
        "samen 105.000 inwoners."
    )


def test_unknown_level_never_meets_a_level_floor(records, context):
    spec = NeedSpec("inwoners", 0, "ge", (), "geen")
    table = need_table(spec, records, context)
    assert classes(table)["GM2"] == NEED_NO_OFFER  # only an "onbekend" initiative covers GM2
    assert classes(table)["GM5"] == NEED_OFFER  # "apart" is above "geen"


def test_lower_is_need_direction(records, context):
    spec = NeedSpec("pct_overgewicht", 30, "le", ("gli",))
    table = need_table(spec, records, context)
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


def test_overgewicht_scenario_offers_gli_or_children(context):
    spec = scenario_spec("overgewicht_gli", context)
    assert spec.interventions == ("gli", "kinderen_overgewicht")
    # Top quartile over the four published values 20, 30, 31, 35.
    assert spec.threshold == round(float(np.quantile([20, 30, 31, 35], 0.75)), 1)
    counts = need_counts(need_table(spec, make_records(), context))
    assert "zonder GLI of aanbod voor kinderen met overgewicht" in need_sentence(spec, counts, "nl")


def test_default_threshold_is_the_top_quartile(context):
    assert default_threshold(context, "pct_65plus") == 28.0  # 20, 25, 26, 28, 30
    assert default_threshold(context, "pct_65plus", "le") == 25.0
    assert scenario_spec("ouderen_valpreventie", context, threshold=22).threshold == 22.0


def test_threshold_control_by_unit(context):
    pct = threshold_control(context, "pct_overgewicht")
    assert (pct.kind, pct.min_value, pct.max_value, pct.step) == ("slider", 20.0, 35.0, 0.1)
    count = threshold_control(context, "inwoners")
    assert (count.kind, count.min_value, count.max_value) == ("number", 0, 50_000.0)


def test_spec_rejects_unknown_codes():
    with pytest.raises(ValueError, match="indicator"):
        NeedSpec("pct_onbekend", 1)
    with pytest.raises(ValueError, match="level"):
        NeedSpec("inwoners", 1, min_level="onbekend")


def test_scope_follows_sidebar_region_and_province(gemeenten):
    assert list(scope_gemeenten(gemeenten, Filters(regios=("R2",)))["gm_code"]) == ["GM4", "GM5", "GM6"]
    both = scope_gemeenten(gemeenten, Filters(regios=("R2",), provincies=("P1",)))
    assert list(both["gm_code"]) == ["GM4"]
    assert scope_name(Filters(), gemeenten, "nl") is None
    assert scope_name(Filters(regios=("R2",)), gemeenten, "nl") == "VNG–ZN-regio Regio Twee"
    assert (
        scope_name(Filters(provincies=("P2",), regios=("R2",)), gemeenten, "nl")
        == "provincie Provincie B en VNG–ZN-regio Regio Twee"
    )


def test_export_has_provenance_and_is_formula_safe(records, context, gemeenten):
    context.loc[context["gm_code"] == "GM2", "gm_naam"] = "=HYPERLINK(1)"
    table = need_table(VAL, records, context, gemeenten)
    shown = display_table(ranked_missing(table, VAL), VAL, "nl")
    assert list(shown.columns[:5]) == [
        "Rang",
        "Gemeente",
        "VNG–ZN-regio",
        "Provincie",
        "% 65-plussers (van alle inwoners), 2024",
    ]
    filters = Filters(jaar=2020, regios=("R1",), niveaus=("formeel",))
    sentence = need_sentence(VAL, need_counts(table), "nl")
    lines = provenance_lines(VAL, filters, gemeenten, True, sentence, "nl")
    data = table_csv_bytes(shown, lines, "nl")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "# Preventiekaart – nood en aanbod: 2 gemeenten met ≥ 25% 65-plussers" in text
    assert "# Peiljaar initiatieven: 2020" in text
    assert "VNG–ZN-regio: Regio Een" in text and "Samenwerkingsniveau: formele afspraken" in text
    assert "# Voorbeelddata" in text and "Bron: CBS" in text
    assert "'=HYPERLINK(1)" in text  # formula guard
    assert "\r\nRang;Gemeente;" in text
    assert ";20000;" in text  # whole numbers stay whole


def test_csv_fractions_use_a_decimal_comma_in_dutch():
    frame = pd.DataFrame({"a": [29.54, 3.0, NAN], "b": ["x", "y", "z"]})
    assert table_csv_bytes(frame, (), "nl").decode("utf-8-sig").split("\r\n")[1:4] == ["29,5;x", "3;y", ";z"]
    assert table_csv_bytes(frame, (), "en").decode("utf-8-sig").split("\r\n")[1] == "29.5;x"


# Per capita: gemeenten GM1-3 in R1 (60,000 inwoners), GM4-6 in R2 (95,000); P1 = GM1-4, P2 = GM5-6.
@pytest.fixture
def percap_records() -> pd.DataFrame:
    return make_records(
        {"gemeenten": ("GM1",), "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM3", "GM4"), "reikwijdte": "regio", "samenwerkingsniveau": "informeel"},
        {"gemeenten": ("GM5",), "reikwijdte": "wijk", "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM6",), "samenwerkingsniveau": "onbekend"},
    )


def test_per_capita_by_region_hand_computed(percap_records, context, gemeenten):
    out = per_capita_by(percap_records, context, gemeenten, "regio", "informeel", with_total=True).set_index(
        "code"
    )
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


def test_per_capita_any_level_and_by_province(percap_records, context, gemeenten):
    out = per_capita_by(percap_records, context, gemeenten, "provincie", None).set_index("code")
    assert list(out.index) == ["P1", "P2"]
    assert out["inwoners"].to_dict() == {"P1": 100_000, "P2": 55_000}
    assert out["n_initiatieven"].to_dict() == {"P1": 2, "P2": 2}
    # Any initiative, even of unknown level, covers; the wijk initiative still does not.
    assert out["inwoners_gedekt"].to_dict() == {"P1": 80_000, "P2": 5_000}


def test_per_capita_empty_records_give_zero_not_missing(context, gemeenten):
    out = per_capita_by(make_records(), context, gemeenten, "regio", None)
    assert out["n_initiatieven"].tolist() == [0, 0] and out["per_100k"].tolist() == [0.0, 0.0]
    assert out["pct_gedekt"].tolist() == [0.0, 0.0]


def test_per_capita_display_figure_and_provenance(percap_records, context, gemeenten):
    out = per_capita_by(percap_records, context, gemeenten, "regio", "informeel", with_total=True)
    shown = per_capita_display(out, "regio", "informeel", "nl")
    assert shown["VNG–ZN-regio"].tolist() == ["Regio Een", "Regio Twee", "Nederland"]
    assert shown["Initiatieven per 100.000 inwoners"].tolist() == [3.3, 3.2, 2.6]
    assert "% inwoners in gemeente met initiatief (informele afspraken of hoger)" in shown.columns
    fig = per_capita_figure(out, "per_100k", "regio", "informeel", "nl")
    assert list(fig.data[0].y) == ["Regio Twee", "Regio Een"]  # highest on top
    assert fig.layout.shapes[0].x0 == pytest.approx(4 / 155_000 * 100_000)
    lines = per_capita_provenance(Filters(jaar=2020), gemeenten, False, "informeel", "nl")
    assert lines[0].endswith("(dekking: niveau informele afspraken of hoger)")
    assert not any("Voorbeelddata" in line for line in lines)


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
