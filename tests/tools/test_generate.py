"""The generated example set: reproducible, and together with the real rows it matches RIVM 2020."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from dashboard.core import schema
from dashboard.core.insurers import INSURERS
from tools import generate, named

FOLDER = named.INITIATIVES_DIR
SHIPPED_NAMED = FOLDER / named.NAMED_FILE_NAME
SHIPPED_GENERATED = FOLDER / generate.GENERATED_FILE_NAME
LEESMIJ = FOLDER / "LEESMIJ.md"
UITVOERDER = named.SHARED_DATA_DIR / "zorgkantoorregio_uitvoerder_2014_2015.csv"

LEVELS_2020 = {
    "onbekend": 2,
    "geen": 4,
    "een_partij": 29,
    "apart": 20,
    "in_gesprek": 12,
    "informeel": 13,
    "formeel": 36,
}
FIGURE_2 = generate.PARTY_SHARES[2020]
# Documented in LEESMIJ.md: under the consistency rule figure 2's pair gemeente 92% / zorgverzekeraar 68% cannot
# both hold (see test_figure_2_pair_is_infeasible_under_the_rule); the insurer share ends one initiative above
# the band.
DOCUMENTED_DEVIATIONS_2020 = {"zorgverzekeraar": 83}
INTERVENTIONS_2020 = generate.INTERVENTION_SHARES[2020]


@pytest.fixture(scope="module")
def real() -> pd.DataFrame:
    return named.read_file(SHIPPED_NAMED)


@pytest.fixture(scope="module")
def generated(real: pd.DataFrame) -> pd.DataFrame:
    return generate.generate(generate.DEFAULT_SEED, real)


@pytest.fixture(scope="module")
def shipped() -> pd.DataFrame:
    """The shipped data as a whole: real + generated."""
    frames = [named.read_file(SHIPPED_NAMED), named.read_file(SHIPPED_GENERATED)]
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="module")
def indeling() -> pd.DataFrame:
    return named.load_indeling().set_index("gm_code", drop=False)


def _year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    return frame.loc[frame["jaar"] == year]


def _count(rows: pd.DataFrame, column: str, code: str) -> int:
    return int(rows[column].map(lambda items: code in items).sum())


# ---------------------------------------------------------------------------------------------------------------
# Reproducibility


def test_same_seed_gives_identical_bytes(real: pd.DataFrame, generated: pd.DataFrame) -> None:
    again = generate.generate(generate.DEFAULT_SEED, real)
    assert named.to_csv_text(again) == named.to_csv_text(generated)


def test_shipped_file_is_the_generator_output(generated: pd.DataFrame) -> None:
    assert SHIPPED_GENERATED.read_bytes() == named.to_csv_text(generated).encode("utf-8"), (
        "voorbeelddata_gegenereerd.csv is out of date: run `python -m dashboard generate`"
    )


def test_cli_writes_the_same_file(tmp_path: Path, generated: pd.DataFrame) -> None:
    assert generate.main(["--out", str(tmp_path), "--named", str(SHIPPED_NAMED)]) == 0
    written = (tmp_path / generate.GENERATED_FILE_NAME).read_bytes()
    assert written == named.to_csv_text(generated).encode("utf-8")


def test_other_seed_differs_but_keeps_the_targets(real: pd.DataFrame, generated: pd.DataFrame) -> None:
    other = generate.generate(7, real)
    assert named.to_csv_text(other) != named.to_csv_text(generated)
    combined = _year(pd.concat([real, other], ignore_index=True), 2020)
    assert Counter(combined["samenwerkingsniveau"]) == LEVELS_2020
    assert int(combined["preventiecoalitie"].sum()) == 12
    assert int(combined["interventies"].map(bool).sum()) == 81


# ---------------------------------------------------------------------------------------------------------------
# 2020 targets on the shipped data as a whole


def test_totals_per_year(shipped: pd.DataFrame) -> None:
    assert shipped.groupby("jaar").size().to_dict() == {2019: 95, 2020: 116}


def test_level_counts_2020_exactly_figure_3(shipped: pd.DataFrame) -> None:
    assert Counter(_year(shipped, 2020)["samenwerkingsniveau"]) == LEVELS_2020


def test_twelve_coalitions_all_formal(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    coalitions = rows.loc[rows["preventiecoalitie"]]
    assert len(coalitions) == 12
    assert (coalitions["samenwerkingsniveau"] == "formeel").all()
    assert int(_year(shipped, 2019)["preventiecoalitie"].sum()) == 8


def test_party_shares_2020_within_3pp_of_figure_2(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    for party, target in FIGURE_2.items():
        count = _count(rows, "partijen", party)
        if party in DOCUMENTED_DEVIATIONS_2020:
            assert count == DOCUMENTED_DEVIATIONS_2020[party], party
            continue
        assert abs(100 * count / len(rows) - target) <= 3, (party, count)


def test_figure_2_pair_is_infeasible_under_the_rule(shipped: pd.DataFrame) -> None:
    """Why the insurer share deviates: with 81 initiatives at levels 3–6 (both parties), 29 at level 2 (one of
    them) and the two real "onbekend" rows both naming the gemeente, gemeente + zorgverzekeraar ≥ 81·2 + 29 + 2
    = 193, while both shares inside ±3 pp allow at most 110 + 82 = 192."""
    rows = _year(shipped, 2020)
    gemeente = _count(rows, "partijen", "gemeente")
    insurer = _count(rows, "partijen", "zorgverzekeraar")
    assert gemeente + insurer == 2 * 81 + 29 + 2
    assert gemeente == 110  # 94.8%, inside the band
    assert insurer <= 82 + 1  # one initiative above 71%


def test_leesmij_documents_the_deviation(shipped: pd.DataFrame) -> None:
    text = LEESMIJ.read_text(encoding="utf-8")
    insurer = _count(_year(shipped, 2020), "partijen", "zorgverzekeraar")
    assert f"{insurer} van 116" in text


def test_interventions_2020(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    offering = rows.loc[rows["interventies"].map(bool)]
    assert len(offering) == 81  # 70% of 116
    for code, share in INTERVENTIONS_2020.items():
        assert abs(100 * _count(offering, "interventies", code) / 81 - 100 * share) <= 2, code


def test_gli_programmes_2020(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    gli = rows.loc[rows["interventies"].map(lambda items: "gli" in items)]
    shares = {code: 100 * _count(gli, "gli_programmas", code) / len(gli) for code in schema.GLI_PROGRAMS}
    for code, target in generate.GLI_PROGRAM_SHARES[2020].items():
        assert abs(shares[code] - 100 * target) <= 3, code
    recognised = gli["gli_programmas"].map(lambda items: bool(set(items) & set(generate.RECOGNISED_GLI)))
    assert abs(100 * recognised.mean() - 72) <= 3


def test_no_samen_sportief_in_beweging(shipped: pd.DataFrame) -> None:
    assert _count(shipped, "gli_programmas", "samen_sportief_in_beweging") == 0


def test_agreements_only_at_levels_5_and_6(shipped: pd.DataFrame) -> None:
    with_agreements = shipped.loc[shipped["afspraken"] != ""]
    assert with_agreements["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS).all()
    rows = _year(shipped, 2020)
    agreeing = rows.loc[rows["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS)]
    assert len(agreeing) == 49
    assert abs(100 * (agreeing["afspraken"] == "beide").sum() / 49 - 62) <= 2


def test_funding_mostly_at_levels_5_and_6(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    funded = rows.loc[rows["financiering"].map(lambda items: bool(set(items) & {"wmo", "zvw", "wpg"}))]
    assert funded["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS).mean() > 0.6


def test_2019_is_plausible(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2019)
    levels = Counter(rows["samenwerkingsniveau"])
    assert levels["formeel"] < LEVELS_2020["formeel"]
    offering = rows["interventies"].map(bool).mean()
    assert 0.72 <= offering <= 0.78  # "net als in 2019 ongeveer driekwart"


# ---------------------------------------------------------------------------------------------------------------
# Every row


def test_every_row_is_consistent(shipped: pd.DataFrame) -> None:
    problems = {
        (row["id"], row["jaar"]): generate.check_consistency(row)
        for row in shipped.to_dict("records")
        if generate.check_consistency(row)
    }
    assert problems == {}


def test_consistency_check_catches_violations() -> None:
    row = {
        "partijen": ("gemeente",),
        "samenwerkingsniveau": "apart",
        "zorgverzekeraars": (),
        "afspraken": "beide",
        "preventiecoalitie": True,
        "gli_programmas": ("cool",),
        "interventies": (),
    }
    assert len(generate.check_consistency(row)) == 4
    row = {**row, "samenwerkingsniveau": "een_partij", "afspraken": "", "preventiecoalitie": False}
    row["gli_programmas"] = ()
    assert generate.check_consistency(row) == []
    assert generate.check_consistency({**row, "partijen": ("gemeente", "zorgverzekeraar")}) != []
    assert generate.check_consistency({**row, "samenwerkingsniveau": "geen"}) != []
    assert generate.check_consistency({**row, "samenwerkingsniveau": "onbekend"}) == []


def test_generated_rows_are_marked_and_well_formed(shipped: pd.DataFrame, indeling: pd.DataFrame) -> None:
    rows = shipped.loc[shipped[schema.EXAMPLE_COLUMN]]
    assert len(rows) == 95 + 116 - len(shipped.loc[~shipped[schema.EXAMPLE_COLUMN]])
    assert (rows["bron"] == generate.BRON).all()
    assert rows["toelichting"].str.startswith("Voorbeelddata: gegenereerd").all()
    for row in rows.to_dict("records"):
        assert re.fullmatch(rf"V{row['jaar']}-\d{{3}}", row["id"])
        assert 2014 <= row["startjaar"] <= row["jaar"]
        assert set(row["zorgverzekeraars"]) <= set(INSURERS)
        assert len([p for p in row["partijen"] if p in schema.PARTIES]) >= 3
        assert len(row["doelgroepen"]) >= 1 and set(row["doelgroepen"]) <= set(schema.TARGET_GROUPS)
        members = indeling.loc[list(row["gemeenten"])]
        if row["reikwijdte"] in ("wijk", "gemeente"):
            assert len(members) == 1
            assert bool(row["wijken"]) == (row["reikwijdte"] == "wijk")
        elif row["reikwijdte"] == "regio":
            assert 2 <= len(members) <= 15
            assert members["zk_code"].nunique() == 1
        else:
            province = indeling.loc[indeling["pv_code"] == members["pv_code"].iloc[0]]
            assert set(row["gemeenten"]) == set(province["gm_code"])


def test_ids_unique_per_year(shipped: pd.DataFrame) -> None:
    assert not shipped.duplicated(["jaar", "id"]).any()
    assert not shipped.duplicated(["jaar", "naam"]).any()


def test_every_gemeente_code_exists(shipped: pd.DataFrame, indeling: pd.DataFrame) -> None:
    used = {code for codes in shipped["gemeenten"] for code in codes}
    assert used <= set(indeling.index)


def test_all_provinces_several_times_per_year(shipped: pd.DataFrame, indeling: pd.DataFrame) -> None:
    for year in (2019, 2020):
        rows = _year(shipped, year)
        provinces = Counter(
            pv for codes in rows["gemeenten"] for pv in set(indeling.loc[list(codes), "pv_code"])
        )
        assert len(provinces) == 12
        assert min(provinces.values()) >= 3, (year, provinces)


def test_reach_mix(shipped: pd.DataFrame) -> None:
    reach = Counter(_year(shipped, 2020)["reikwijdte"])
    assert reach["gemeente"] > reach["regio"] > reach["wijk"] > reach["provincie"] >= 2


def test_insurers_follow_the_zorgkantoor(shipped: pd.DataFrame, indeling: pd.DataFrame) -> None:
    rows = shipped.loc[shipped[schema.EXAMPLE_COLUMN] & shipped["zorgverzekeraars"].map(bool)]
    matches = 0
    known = 0
    for row in rows.to_dict("records"):
        regions = indeling.loc[list(row["gemeenten"]), "zk_code"]
        insurer = generate.ZORGKANTOOR.get(regions.mode().iloc[0])
        if insurer is not None:
            known += 1
            matches += insurer in row["zorgverzekeraars"]
    assert matches / known > 0.75


@pytest.mark.skipif(not UITVOERDER.exists(), reason="shared zorgkantoor table not available")
def test_zorgkantoor_table_matches_the_source() -> None:
    source = pd.read_csv(UITVOERDER, dtype=str)
    canonical = {
        "Menzis": "Menzis",
        "Achmea (De Friesland)": "De Friesland (Achmea)",
        "Achmea (Zilveren Kruis)": "Zilveren Kruis (Achmea)",
        "VGZ": "VGZ",
        "Zorg en Zekerheid": "Zorg en Zekerheid",
        "CZ": "CZ",
        "DSW": "DSW",
    }
    for code, concern in zip(source["cbs_zk_code_2016"], source["concern_2015"], strict=True):
        expected = None if "UNVERIFIED" in concern else canonical.get(concern, "Salland")
        if code in ("ZK05", "ZK15"):  # merged into ZK33 (both DSW)
            assert expected == generate.ZORGKANTOOR["ZK33"] == "DSW"
        else:
            assert generate.ZORGKANTOOR[code] == expected, code


# ---------------------------------------------------------------------------------------------------------------
# The importer accepts both shipped files


def test_shipped_files_load_without_rejections() -> None:
    ingest = pytest.importorskip("dashboard.ingest.validation")
    for path in (SHIPPED_NAMED, SHIPPED_GENERATED):
        result = ingest.load_path(path)
        assert result.rows_rejected == 0, path
        assert result.issues == [], [str(issue) for issue in result.issues]
    result = ingest.load_path(FOLDER)
    assert result.rows_accepted == 95 + 116
    assert result.is_example
