"""National statistics on a hand-built table against hand-computed numbers."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis import aggregate
from dashboard.ingest.validation import empty_records, validate_table
from tests.dashboard.json_shapes import SUMMARY_KEYS

# id, jaar, pc, level, afspraken, gemeenten, partijen, zorgverzekeraars, interventies, gli
ROWS = [
    (
        "A",
        "2020",
        "ja",
        "formeel",
        "beide",
        "Zwolle;Kampen",
        "gemeente;zorgverzekeraar;huisarts",
        "",
        "WoR;GLI",
        "CooL;Beweegkuur",
    ),
    ("B", "2020", "nee", "informeel", "inhoud", "Zwolle", "gemeente;welzijn", "CZ", "valpreventie", ""),
    ("C", "2020", "nee", "een_partij", "", "Heerlen", "gemeente;GGD", "", "sportclub", ""),
    ("D", "2020", "", "", "", "GM0363", "", "", "", ""),
    (
        "E",
        "2020",
        "nee",
        "apart",
        "",
        "Weesp",
        "gemeente;zorgverzekeraar;huisarts",
        "",
        "GLI;diabetes",
        "SLIMMER",
    ),
    ("F", "2019", "nee", "geen", "", "Almelo", "inwoners", "", "WoR", ""),
]
COLUMNS = ["id", "jaar", "preventiecoalitie", "samenwerkingsniveau", "afspraken", "gemeenten", "partijen"]
COLUMNS += ["zorgverzekeraars", "interventies", "gli_programmas"]


@pytest.fixture(scope="module")
def records() -> pd.DataFrame:
    raw = pd.DataFrame(ROWS, columns=COLUMNS).assign(naam="x")
    result = validate_table(raw)
    assert result.rows_accepted == len(ROWS), result.issues
    return result.records


def test_summary_2020_matches_hand_computed_numbers(records):
    stats = aggregate.summary(records, 2020)
    assert list(stats) == SUMMARY_KEYS
    assert stats["year"] == 2020
    assert stats["initiatives"] == 5
    assert stats["preventiecoalities"] == 1
    assert stats["collaboration_levels"] == {
        "onbekend": 1,
        "geen": 0,
        "een_partij": 1,
        "apart": 1,
        "in_gesprek": 0,
        "informeel": 1,
        "formeel": 1,
    }
    parties = stats["parties_pct"]
    assert parties["gemeente"] == 80.0
    assert parties["zorgverzekeraar"] == 60.0  # B names CZ without listing the party
    assert parties["huisarts"] == 40.0
    assert parties["welzijn"] == parties["ggd"] == 20.0
    assert parties["inwoners"] == 0.0
    assert stats["offering_any_pct"] == 60.0  # free text "sportclub" is not one of the five
    assert stats["interventions_pct_of_offering"] == {
        "welzijn_op_recept": 33.3,
        "gli": 66.7,
        "valpreventie": 33.3,
        "kinderen_overgewicht": 0.0,
        "diabetes": 33.3,
    }
    assert stats["interventions_pct_of_all"] == {
        "welzijn_op_recept": 20.0,
        "gli": 40.0,
        "valpreventie": 20.0,
        "kinderen_overgewicht": 0.0,
        "diabetes": 20.0,
    }
    assert stats["gemeenten_covered"] == 4  # Zwolle, Kampen, Heerlen, Amsterdam (Weesp = Amsterdam)


def test_summary_without_year_counts_every_row(records):
    stats = aggregate.summary(records)
    assert stats["year"] is None
    assert stats["initiatives"] == 6
    assert stats["collaboration_levels"]["geen"] == 1
    assert stats["offering_any_pct"] == 66.7
    assert stats["gemeenten_covered"] == 5


def test_level_counts_keep_schema_order_and_zeros(records):
    assert list(aggregate.level_counts(records)) == [
        "onbekend",
        "geen",
        "een_partij",
        "apart",
        "in_gesprek",
        "informeel",
        "formeel",
    ]


def test_gli_programmes_and_agreements(records):
    year = aggregate.for_year(records, 2020)
    assert aggregate.gli_programs_pct(year) == {
        "beweegkuur": 50.0,
        "cool": 50.0,
        "slimmer": 50.0,
        "samen_sportief_in_beweging": 0.0,
        "overig": 0.0,
    }
    assert aggregate.agreements_pct(year) == {"inhoud": 50.0, "financiering": 0.0, "beide": 50.0}
    assert aggregate.available_years(records) == [2019, 2020]


def test_empty_input_gives_zeros_not_errors():
    empty = empty_records()
    stats = aggregate.summary(empty, 2020)
    assert stats["initiatives"] == 0
    assert set(stats["collaboration_levels"].values()) == {0}
    assert set(stats["parties_pct"].values()) == {0.0}
    assert set(stats["interventions_pct_of_offering"].values()) == {0.0}
    assert stats["offering_any_pct"] == 0.0
    assert set(aggregate.gli_programs_pct(empty).values()) == {0.0}
    assert set(aggregate.agreements_pct(empty).values()) == {0.0}
    # A year that is not in the data is empty too.


def test_year_not_in_data(records):
    assert aggregate.summary(records, 2031)["initiatives"] == 0


def test_pct_and_base():
    assert aggregate.pct(1, 3) == 33.3
    assert aggregate.pct(0, 0) == 0.0
    with pytest.raises(ValueError):
        aggregate.interventions_pct(empty_records(), "some")  # type: ignore[arg-type]
