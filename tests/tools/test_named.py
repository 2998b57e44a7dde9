"""The 19 real named initiatives: curated mapping, derived rows and the shipped bekende_initiatieven.csv."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.core import schema
from dashboard.core.insurers import INSURERS
from tools import generate, named

SOURCE = named.SHARED_DATA_DIR / "named_initiatives_gemeente_zorgverzekeraar.csv"
SHIPPED = named.INITIATIVES_DIR / named.NAMED_FILE_NAME
URL = re.compile(r"https?://\S+")


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return named.build_frame()


@pytest.fixture(scope="module")
def indeling() -> pd.DataFrame:
    return named.load_indeling()


def test_nineteen_curated_initiatives_with_unique_ids() -> None:
    assert len(named.NAMED) == 19
    assert [entry.id for entry in named.NAMED] == [f"R{i:02d}" for i in range(1, 20)]


@pytest.mark.skipif(not SOURCE.exists(), reason="shared source table not available")
def test_curated_entries_follow_the_source_table() -> None:
    source = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
    assert [entry.naam for entry in named.NAMED] == source["naam"].tolist()
    for entry, (_, row) in zip(named.NAMED, source.iterrows(), strict=True):
        # Every URL of the source is kept (more may be added, e.g. a page that gives the start year).
        assert set(URL.findall(row["bronnen"])) <= set(entry.bron), entry.id


def test_every_initiative_has_rows_or_a_reason_for_none(frame: pd.DataFrame) -> None:
    with_rows = set(frame["id"])
    for entry in named.NAMED:
        if entry.id not in with_rows:
            assert entry.jaren_toelichting.startswith("Geen rij"), entry.id
    # Expected from the sources: twelve initiatives ran in 2019 and/or 2020.
    assert len(with_rows) == 12
    assert frame.groupby("jaar").size().to_dict() == {2019: 12, 2020: 11}


def test_years_are_data_years_after_the_start(frame: pd.DataFrame) -> None:
    assert set(frame["jaar"]) <= {2019, 2020}
    assert (frame["jaar"] <= 2020).all()
    starts = frame["startjaar"].dropna()
    assert (starts <= frame.loc[starts.index, "jaar"]).all()


def test_every_row_has_a_source_url(frame: pd.DataFrame) -> None:
    for bron in frame["bron"]:
        assert URL.match(bron), bron
        assert all(URL.fullmatch(part) for part in bron.split(" ; ")), bron


def test_levels_only_by_the_documented_rule(frame: pd.DataFrame) -> None:
    assert set(frame["samenwerkingsniveau"]) <= {"formeel", "onbekend"}
    formal = frame.loc[frame["samenwerkingsniveau"] == "formeel"]
    assert formal["toelichting"].str.startswith("Niveau afgeleid:").all()
    unknown = frame.loc[frame["samenwerkingsniveau"] == "onbekend"]
    assert unknown["toelichting"].str.startswith("Niveau onbekend:").all()
    assert (frame.loc[frame["preventiecoalitie"], "samenwerkingsniveau"] == "formeel").all()
    # Nothing invented: afspraken and GLI programmes are not in the sources.
    assert (frame["afspraken"] == "").all()
    assert frame["gli_programmas"].map(len).eq(0).all()


def test_rows_are_consistent_and_use_canonical_codes(frame: pd.DataFrame, indeling: pd.DataFrame) -> None:
    codes = set(indeling["gm_code"])
    for row in frame.to_dict("records"):
        assert generate.check_consistency(row) == [], row["id"]
        assert set(row["gemeenten"]) <= codes
        assert row["reikwijdte"] in schema.REACH
        assert set(row["zorgverzekeraars"]) <= set(INSURERS)
        assert set(row["interventies"]) <= set(schema.INTERVENTIONS)
        assert set(row["doelgroepen"]) <= set(schema.TARGET_GROUPS)
        assert set(row["financiering"]) <= set(schema.FUNDING)
        assert len(row["partijen"]) >= 3, row["id"]
        assert row[schema.EXAMPLE_COLUMN] is False


def test_derived_gemeente_lists(frame: pd.DataFrame, indeling: pd.DataFrame) -> None:
    by_id = frame.drop_duplicates("id").set_index("id")
    twente = set(indeling.loc[indeling["zk_code"] == "ZK22", "gm_code"])
    assert set(by_id.at["R01", "gemeenten"]) == twente
    assert set(by_id.at["R17", "gemeenten"]) == twente
    assert by_id.at["R01", "reikwijdte"] == "regio"
    fryslan = set(indeling.loc[indeling["pv_naam"] == "Fryslân", "gm_code"])
    assert len(fryslan) == 18
    assert set(by_id.at["R08", "gemeenten"]) == fryslan
    assert by_id.at["R08", "reikwijdte"] == "provincie"
    assert by_id.at["R04", "wijken"] == ("Ruwaard",)
    assert by_id.at["R04", "reikwijdte"] == "wijk"
    assert by_id.at["R12", "gemeenten"] == ("GM0518",)


def test_shipped_file_matches_the_curation(frame: pd.DataFrame) -> None:
    assert SHIPPED.read_bytes() == named.to_csv_text(frame).encode("utf-8"), (
        "data/initiatieven/bekende_initiatieven.csv is out of date: run `python -m dashboard.named`"
    )


def test_file_format_round_trips(frame: pd.DataFrame, tmp_path: Path) -> None:
    path = named.write_frame(frame, tmp_path / "x.csv")
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join((*schema.COLUMNS, schema.EXAMPLE_COLUMN))
    back = named.read_file(path)
    assert named.to_csv_text(back) == named.to_csv_text(frame)
