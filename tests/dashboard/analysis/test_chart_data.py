"""Chart tables against hand-computed numbers, including the empty selection."""

import pandas as pd
import pytest

from dashboard.analysis import aggregate, chart_data
from dashboard.core import schema
from dashboard.ingest.validation import data_path, load_path
from tests.dashboard.records_factory import make_records


@pytest.fixture
def four():
    """Four 2020 initiatives; every number below is counted by hand from these rows."""
    return make_records(
        {
            "partijen": ("gemeente", "huisarts"),
            "zorgverzekeraars": ("CZ",),
            "interventies": ("welzijn_op_recept", "gli"),
            "gli_programmas": ("cool", "beweegkuur"),
            "samenwerkingsniveau": "formeel",
            "preventiecoalitie": True,
        },
        {
            "partijen": ("gemeente", "ggd"),
            "interventies": ("gli",),
            "gli_programmas": ("cool",),
            "samenwerkingsniveau": "informeel",
        },
        {"partijen": ("welzijn", "woningcorporatie"), "samenwerkingsniveau": "geen"},
        {
            "partijen": ("gemeente",),
            "interventies": ("valpreventie", "buurtsport"),
            "samenwerkingsniveau": "onbekend",
        },
    )


def _values(table: pd.DataFrame) -> dict[str, float]:
    return dict(zip(table["code"], table["value"], strict=True))


def test_every_table_has_the_contract_columns(four):
    tables = [
        chart_data.parties_table(four),
        chart_data.interventions_table(four, "offering"),
        chart_data.gli_programs_table(four),
        chart_data.levels_table(four),
        chart_data.years_table(four),
    ]
    for table in tables:
        assert list(table.columns[:5]) == ["code", "label", "value", "n", "base"]


def test_parties_gemeente_and_insurer_first_then_descending_with_schema_order_for_ties(four):
    table = chart_data.parties_table(four)
    assert table["code"].tolist() == [
        "gemeente",
        "zorgverzekeraar",
        "huisarts",
        "welzijn",
        "ggd",
        "thuiszorg",
        "paramedici",
        "sociaal_werk",
        "inwoners",
        "kennisinstituut",
        "beroepsonderwijs",
    ]
    values = _values(table)
    assert values["gemeente"] == 75.0
    # Naming an insurer involves a zorgverzekeraar; free text ("woningcorporatie") is not a canonical party.
    assert values["zorgverzekeraar"] == 25.0
    assert values["huisarts"] == values["welzijn"] == values["ggd"] == 25.0
    assert values["thuiszorg"] == 0.0
    assert table.loc[0, "n"] == 3 and set(table["base"]) == {4}
    assert table.loc[0, "label"] == "gemeente"


def test_interventions_of_those_offering_and_of_all(four):
    offering = chart_data.interventions_table(four, "offering")
    assert offering["code"].tolist() == list(schema.INTERVENTIONS)
    assert _values(offering) == {
        "welzijn_op_recept": 33.3,
        "gli": 66.7,
        "valpreventie": 33.3,
        "kinderen_overgewicht": 0.0,
        "diabetes": 0.0,
    }
    assert set(offering["base"]) == {3}
    assert offering["n"].tolist() == [1, 2, 1, 0, 0]
    every = chart_data.interventions_table(four, "all")
    assert _values(every)["gli"] == 50.0 and set(every["base"]) == {4}
    assert chart_data.offering_any(four) == (3, 4)


def test_interventions_reject_an_unknown_base(four):
    with pytest.raises(ValueError, match="base"):
        chart_data.interventions_table(four, "some")


def test_gli_programmes_of_the_initiatives_offering_gli(four):
    table = chart_data.gli_programs_table(four)
    assert table["code"].tolist() == list(schema.GLI_PROGRAMS)
    assert _values(table) == {
        "beweegkuur": 50.0,
        "cool": 100.0,
        "slimmer": 0.0,
        "samen_sportief_in_beweging": 0.0,
        "overig": 0.0,
    }
    assert set(table["base"]) == {2}


def test_levels_in_scale_order_with_unknown_last(four):
    table = chart_data.levels_table(four)
    assert table["code"].tolist() == [*schema.RANKED_LEVELS, "onbekend"]
    assert table["value"].tolist() == [1, 0, 0, 0, 1, 1, 1]
    assert table["label"].tolist()[0] == "1 geen van beide betrokken"
    assert table["label"].tolist()[-1] == "onbekend (geen gegevens)"
    shares = chart_data.levels_table(four, percent=True)
    assert shares["value"].tolist() == [25.0, 0.0, 0.0, 0.0, 25.0, 25.0, 25.0]


def test_afstemming_leaves_unknown_out_of_the_base(four):
    assert chart_data.afstemming(four) == (2, 3, 66.7)


def test_years_table_holds_rivm_totals_and_loaded_years():
    records = make_records(
        {"id": "a", "jaar": 2019},
        {"id": "a", "jaar": 2020},
        {"id": "b", "jaar": 2020},
        {"id": "c", "jaar": 2021},
    )
    table = chart_data.years_table(records)
    rows = list(zip(table["code"], table["source"], table["value"], strict=True))
    assert rows == [
        ("2017", "RIVM", 71),
        ("2018", "RIVM", 81),
        ("2019", "RIVM", 95),
        ("2019", "data", 1),
        ("2020", "RIVM", 116),
        ("2020", "data", 2),
        ("2021", "data", 1),
    ]
    # RIVM's totals are national: labelled so beside a selection's own counts (issue 21.8).
    assert table.loc[0, "label"] == "2017: RIVM, heel Nederland (gepubliceerd)"


def test_level_mix_per_year_sums_to_100():
    records = make_records(
        {"jaar": 2019, "samenwerkingsniveau": "formeel"},
        {"jaar": 2020, "samenwerkingsniveau": "formeel"},
        {"jaar": 2020, "samenwerkingsniveau": "geen"},
    )
    mix = chart_data.level_mix_by_year_table(records)
    assert mix.groupby("jaar")["value"].sum().to_dict() == {2019: 100.0, 2020: 100.0}
    assert mix[(mix["jaar"] == 2020) & (mix["code"] == "geen")]["value"].item() == 50.0


def test_empty_selection_gives_zero_tables_never_an_error():
    empty = make_records()
    assert chart_data.parties_table(empty)["value"].eq(0).all()
    assert chart_data.parties_table(empty)["base"].eq(0).all()
    assert chart_data.interventions_table(empty, "offering")["base"].eq(0).all()
    assert chart_data.interventions_table(empty, "all")["value"].eq(0).all()
    assert chart_data.gli_programs_table(empty)["n"].eq(0).all()
    assert chart_data.levels_table(empty)["value"].eq(0).all()
    assert chart_data.levels_table(empty, percent=True)["value"].eq(0).all()
    assert chart_data.afstemming(empty) == (0, 0, 0.0)
    assert set(chart_data.years_table(empty)["source"]) == {"RIVM"}
    assert chart_data.level_mix_by_year_table(empty).empty
    assert chart_data.key_figures(empty) == {
        "afstemming": (0, 0, 0.0),
        "coalitie": (0, 0, 0.0),
        "interventie": (0, 0, 0.0),
    }


def test_chart_table_per_kind_and_comparison(four):
    for kind in chart_data.CHART_KINDS:
        assert not chart_data.chart_table(kind, four).empty
    # Comparisons use shares (levels) and only the data's years (RIVM has no per-region totals).
    assert chart_data.chart_table("niveaus", four)["value"].max() == 25.0
    assert set(chart_data.chart_table("jaren", four)["label"]) == {"2020"}
    assert chart_data.drawn_table("niveaus", four)["value"].max() == 1
    assert len(chart_data.drawn_table("jaren", four)) == 5
    with pytest.raises(ValueError, match="kind"):
        chart_data.chart_table("taart", four)
    region = chart_data.parties_table(four.iloc[:1])
    both = chart_data.compare_table(region, chart_data.parties_table(four))
    assert both["scope"].tolist() == ["region"] * 11 + ["nl"] * 11
    assert both[both["scope"] == "region"]["base"].eq(1).all()


def test_key_figures(four):
    assert chart_data.key_figures(four) == {
        "afstemming": (2, 3, 66.7),
        "coalitie": (1, 4, 25.0),
        "interventie": (3, 4, 75.0),
    }


def test_english_labels(four):
    assert chart_data.parties_table(four, "en").loc[0, "label"] == "municipality"
    assert chart_data.levels_table(four, "en")["label"].iloc[-1] == "unknown (no data)"


def test_tables_agree_with_the_national_statistics_on_the_shipped_data():
    records = load_path(data_path()).records
    for year in aggregate.available_years(records):
        rows = aggregate.for_year(records, year)
        assert _values(chart_data.parties_table(rows)) == aggregate.parties_pct(rows)
        for base in ("offering", "all"):
            assert _values(chart_data.interventions_table(rows, base)) == aggregate.interventions_pct(
                rows, base
            )
        assert _values(chart_data.gli_programs_table(rows)) == aggregate.gli_programs_pct(rows)
        assert _values(chart_data.levels_table(rows)) == aggregate.level_counts(rows)
    # 2020 matches RIVM's published totals (116 initiatives, 49 with afstemming of 114 with a known level).
    y2020 = aggregate.for_year(records, 2020)
    assert chart_data.afstemming(y2020) == (49, 114, 43.0)
    data_2020 = chart_data.years_table(records).query("code == '2020'")
    assert data_2020["value"].tolist() == [116, 116]
