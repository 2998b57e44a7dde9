import pandas as pd
import pytest

from dashboard.core.filters import Filters, apply_filters, options, years
from tests.dashboard.records_factory import make_records

GEMEENTEN = pd.DataFrame(
    {
        "gm_code": ["GM0363", "GM0437", "GM0518", "GM0014"],
        "pv_code": ["PV27", "PV27", "PV28", "PV20"],
        "regio_code": ["ZK02", "ZK01", "ZK10", "ZK09"],
    }
)


@pytest.fixture
def records():
    return make_records(
        {"jaar": 2019, "gemeenten": ("GM0363",), "samenwerkingsniveau": "formeel", "preventiecoalitie": True},
        {
            "jaar": 2020,
            "gemeenten": ("GM0363", "GM0518"),
            "samenwerkingsniveau": "apart",
            "interventies": ("gli",),
        },
        {
            "jaar": 2020,
            "gemeenten": ("GM0014",),
            "reikwijdte": "wijk",
            "zorgverzekeraars": ("Menzis",),
            "partijen": ("gemeente", "ggd"),
        },
    )


def ids(frame):
    return list(frame["id"])


def test_no_filters_keep_everything(records):
    assert ids(apply_filters(records, Filters(), GEMEENTEN)) == ["r1", "r2", "r3"]


def test_year_level_reach_and_coalition(records):
    assert ids(apply_filters(records, Filters(jaar=2020), GEMEENTEN)) == ["r2", "r3"]
    assert ids(apply_filters(records, Filters(niveaus=("formeel", "apart")), GEMEENTEN)) == ["r1", "r2"]
    assert ids(apply_filters(records, Filters(reikwijdte=("wijk",)), GEMEENTEN)) == ["r3"]
    assert ids(apply_filters(records, Filters(preventiecoalitie=True), GEMEENTEN)) == ["r1"]
    assert ids(apply_filters(records, Filters(preventiecoalitie=False), GEMEENTEN)) == ["r2", "r3"]


def test_list_columns_match_any_value(records):
    assert ids(apply_filters(records, Filters(interventies=("gli", "diabetes")), GEMEENTEN)) == ["r2"]
    assert ids(apply_filters(records, Filters(partijen=("ggd",)), GEMEENTEN)) == ["r3"]
    assert ids(apply_filters(records, Filters(zorgverzekeraars=("Menzis",)), GEMEENTEN)) == ["r3"]


def test_region_filter_keeps_initiatives_touching_the_region(records):
    # r2 spans Amsterdam (ZK02) and Den Haag (ZK10): it counts in both regions.
    assert ids(apply_filters(records, Filters(regios=("ZK10",)), GEMEENTEN)) == ["r2"]
    assert ids(apply_filters(records, Filters(regios=("ZK02",)), GEMEENTEN)) == ["r1", "r2"]
    assert ids(apply_filters(records, Filters(provincies=("PV20",)), GEMEENTEN)) == ["r3"]
    assert ids(apply_filters(records, Filters(provincies=("PV26",)), GEMEENTEN)) == []


def test_filters_combine_with_and(records):
    assert ids(apply_filters(records, Filters(jaar=2020, regios=("ZK02",)), GEMEENTEN)) == ["r2"]


def test_options_and_years(records):
    assert options(records, "partijen") == ["gemeente", "ggd"]
    assert years(records) == [2019, 2020]


def test_active_lists_only_narrowing_fields():
    assert Filters().active() == {}
    assert Filters(jaar=2020, niveaus=("geen",)).active() == {"jaar": 2020, "niveaus": ("geen",)}
