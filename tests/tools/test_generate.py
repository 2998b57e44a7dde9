"""The generated example set: reproducible, and together with the real rows it matches RIVM 2020."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from dashboard.core import schema
from dashboard.core.insurers import INSURERS
from tools import generate, named, targets

FOLDER = named.INITIATIVES_DIR
SHIPPED_NAMED = FOLDER / named.NAMED_FILE_NAME
SHIPPED_GENERATED = FOLDER / generate.GENERATED_FILE_NAME
LEESMIJ = FOLDER / "LEESMIJ.md"
UITVOERDER = named.SHARED_DATA_DIR / "zorgkantoorregio_uitvoerder_2014_2015.csv"
ZORGKANTOOR = generate.load_zorgkantoor()

# Every target comes from data/rivm_2020_doelen.toml (RIVM's figures, cited), never from a literal here.
TARGETS = targets.load_targets()
RIVM_2020 = TARGETS[2020]
LEVELS_2020 = RIVM_2020.levels
FIGURE_2 = RIVM_2020.party_shares
INTERVENTIONS_2020 = RIVM_2020.intervention_shares
TOLERANCE_PP = generate.SHARE_TOLERANCE_PP
INTERVENTION_TOLERANCE_PP = 2.0


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
        "voorbeelddata_gegenereerd.csv is out of date: run `python -m tools generate`"
    )


def test_cli_writes_the_same_file(tmp_path: Path, generated: pd.DataFrame) -> None:
    assert generate.main(["--out", str(tmp_path), "--named", str(SHIPPED_NAMED)]) == 0
    written = (tmp_path / generate.GENERATED_FILE_NAME).read_bytes()
    assert written == named.to_csv_text(generated).encode("utf-8")


def test_the_documented_commands_rebuild_both_shipped_files_byte_for_byte(tmp_path: Path) -> None:
    """`python -m tools.named` then `python -m tools generate`, from the TOML and the data files only."""
    for command in (["-m", "tools.named"], ["-m", "tools", "generate"]):
        done = subprocess.run(
            [sys.executable, *command, "--out", str(tmp_path)],
            cwd=named.ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert (tmp_path / named.NAMED_FILE_NAME).read_bytes() == SHIPPED_NAMED.read_bytes()
    assert (tmp_path / generate.GENERATED_FILE_NAME).read_bytes() == SHIPPED_GENERATED.read_bytes()


def _offering(target: targets.YearTargets) -> int:
    return generate.round_half_up(target.offering_share * target.total)


def _afstemming(target: targets.YearTargets) -> int:
    return sum(target.levels[level] for level in schema.AFSTEMMING_LEVELS)


def _ge_apart(target: targets.YearTargets) -> int:
    return sum(target.levels[level] for level in schema.RANKED_LEVELS if schema.LEVEL_RANK[level] >= 3)


def test_other_seed_differs_but_keeps_the_targets(real: pd.DataFrame, generated: pd.DataFrame) -> None:
    other = generate.generate(7, real)
    assert named.to_csv_text(other) != named.to_csv_text(generated)
    combined = _year(pd.concat([real, other], ignore_index=True), 2020)
    assert Counter(combined["samenwerkingsniveau"]) == LEVELS_2020
    assert int(combined["preventiecoalitie"].sum()) == RIVM_2020.coalitions
    assert int(combined["interventies"].map(bool).sum()) == _offering(RIVM_2020)


# ---------------------------------------------------------------------------------------------------------------
# 2020 targets on the shipped data as a whole (expected values from data/rivm_2020_doelen.toml)


def test_totals_per_year(shipped: pd.DataFrame) -> None:
    assert shipped.groupby("jaar").size().to_dict() == {year: t.total for year, t in TARGETS.items()}


def test_level_counts_2020_exactly_figure_3(shipped: pd.DataFrame) -> None:
    assert Counter(_year(shipped, 2020)["samenwerkingsniveau"]) == LEVELS_2020


def test_level_counts_2019_as_assumed(shipped: pd.DataFrame) -> None:
    assert Counter(_year(shipped, 2019)["samenwerkingsniveau"]) == TARGETS[2019].levels


def test_coalitions_all_formal(shipped: pd.DataFrame) -> None:
    for year, target in TARGETS.items():
        rows = _year(shipped, year)
        coalitions = rows.loc[rows["preventiecoalitie"]]
        assert len(coalitions) == target.coalitions, year
        assert (coalitions["samenwerkingsniveau"] == "formeel").all()


def _gemeente_insurer_floor(rows: pd.DataFrame) -> int:
    """The fewest gemeente + zorgverzekeraar involvements the levels allow: both at level ≥ apart, one at
    een_partij, and whatever the "onbekend" rows name (here only real rows, whose parties come from sources)."""
    both = int(rows["samenwerkingsniveau"].map(lambda level: (schema.level_rank(level) or 0) >= 3).sum())
    single = int((rows["samenwerkingsniveau"] == "een_partij").sum())
    unknown = rows.loc[rows["samenwerkingsniveau"] == schema.UNKNOWN_LEVEL]
    named_in_unknown = _count(unknown, "partijen", "gemeente") + _count(
        unknown, "partijen", "zorgverzekeraar"
    )
    return 2 * both + single + named_in_unknown


def _band_ceiling(n: int, shares: dict[str, float]) -> int:
    """The most gemeente + zorgverzekeraar involvements with both shares inside ±TOLERANCE_PP."""
    return sum(
        math.floor((shares[party] + TOLERANCE_PP) * n / 100) for party in ("gemeente", "zorgverzekeraar")
    )


def test_party_shares_2020_within_3pp_of_figure_2(shipped: pd.DataFrame) -> None:
    """Every party inside ±3 pp, except gemeente + zorgverzekeraar where the levels force more involvements
    than the band holds: then the pair misses the band by exactly that surplus, split as evenly as possible."""
    rows = _year(shipped, 2020)
    n = len(rows)
    for party, target in FIGURE_2.items():
        if party not in ("gemeente", "zorgverzekeraar"):
            assert abs(100 * _count(rows, "partijen", party) / n - target) <= TOLERANCE_PP, party
    counts = {party: _count(rows, "partijen", party) for party in ("gemeente", "zorgverzekeraar")}
    floor, ceiling = _gemeente_insurer_floor(rows), _band_ceiling(n, FIGURE_2)
    assert sum(counts.values()) == floor  # the fit adds no involvement the levels do not force
    deviations = {party: 100 * count / n - FIGURE_2[party] for party, count in counts.items()}
    if floor <= ceiling:
        assert all(abs(deviation) <= TOLERANCE_PP for deviation in deviations.values()), deviations
    else:
        # No split of `floor` fits; the chosen one has the smallest largest deviation.
        best = min(
            max(
                abs(100 * g / n - FIGURE_2["gemeente"]),
                abs(100 * (floor - g) / n - FIGURE_2["zorgverzekeraar"]),
            )
            for g in range(floor + 1)
        )
        assert max(abs(deviation) for deviation in deviations.values()) == pytest.approx(best)


def test_figure_2_pair_and_the_consistency_rule(shipped: pd.DataFrame) -> None:
    """Why gemeente + zorgverzekeraar cannot both sit inside ±3 pp in the shipped data: the levels of figure 3
    (81 at level ≥ apart, 29 een_partij) give 2·81 + 29 = 191 involvements, and both real "onbekend"
    initiatives (R08, R12) name the gemeente in their sources: 193, one more than the 192 the band holds."""
    rows = _year(shipped, 2020)
    assert _gemeente_insurer_floor(rows) == 2 * _ge_apart(RIVM_2020) + LEVELS_2020["een_partij"] + 2
    assert _band_ceiling(len(rows), FIGURE_2) == _gemeente_insurer_floor(rows) - 1


def test_the_fit_puts_both_inside_the_band_when_the_levels_allow_it(real: pd.DataFrame) -> None:
    """With real "onbekend" rows that name neither party the floor is 191 (issue 10): 94.0% and 70.7%."""
    rows = real.loc[real["jaar"] == 2020].to_dict("records")
    for row in rows:
        if row["samenwerkingsniveau"] == schema.UNKNOWN_LEVEL:
            row["partijen"] = tuple(p for p in row["partijen"] if p not in ("gemeente", "zorgverzekeraar"))
            row["zorgverzekeraars"] = ()
    plan = generate.plan_levels(2020, rows, n_coalitions=0)
    n = RIVM_2020.total
    assert plan.gemeente_total + plan.insurer_total == 2 * _ge_apart(RIVM_2020) + LEVELS_2020["een_partij"]
    for party, count in (("gemeente", plan.gemeente_total), ("zorgverzekeraar", plan.insurer_total)):
        assert abs(100 * count / n - FIGURE_2[party]) <= TOLERANCE_PP, (party, count)
    # Of the splits inside the band, the most even one: the largest deviation is as small as possible.
    assert (plan.gemeente_total, plan.insurer_total) == (109, 82)


def test_the_fit_splits_an_unavoidable_excess_evenly(real: pd.DataFrame) -> None:
    rows = real.loc[real["jaar"] == 2020].to_dict("records")
    plan = generate.plan_levels(2020, rows, n_coalitions=0)
    n = RIVM_2020.total
    deviation = {
        "gemeente": 100 * plan.gemeente_total / n - FIGURE_2["gemeente"],
        "zorgverzekeraar": 100 * plan.insurer_total / n - FIGURE_2["zorgverzekeraar"],
    }
    # 110 + 83: the insurer 0.6 pp beyond the band; 111 + 82 would put the gemeente 0.7 pp beyond it.
    assert (plan.gemeente_total, plan.insurer_total) == (110, 83)
    assert max(deviation.values()) - TOLERANCE_PP < 0.6


def test_leesmij_documents_the_party_shares(shipped: pd.DataFrame) -> None:
    text = LEESMIJ.read_text(encoding="utf-8")
    rows = _year(shipped, 2020)
    for party in ("gemeente", "zorgverzekeraar"):
        count = _count(rows, "partijen", party)
        assert f"{count} van {len(rows)}" in text, party
        assert f"{100 * count / len(rows):.1f}%".replace(".", ",") in text, party


def test_interventions_match_the_targets(shipped: pd.DataFrame) -> None:
    for year, target in TARGETS.items():
        rows = _year(shipped, year)
        offering = rows.loc[rows["interventies"].map(bool)]
        assert len(offering) == _offering(target), year
        for code, share in target.intervention_shares.items():
            achieved = 100 * _count(offering, "interventies", code) / len(offering)
            assert abs(achieved - 100 * share) <= INTERVENTION_TOLERANCE_PP, (year, code)


def test_gli_programmes_2020(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    gli = rows.loc[rows["interventies"].map(lambda items: "gli" in items)]
    shares = {code: 100 * _count(gli, "gli_programmas", code) / len(gli) for code in schema.GLI_PROGRAMS}
    for code, target in RIVM_2020.gli_program_shares.items():
        assert abs(shares[code] - 100 * target) <= TOLERANCE_PP, code
    recognised = gli["gli_programmas"].map(lambda items: bool(set(items) & set(generate.RECOGNISED_GLI)))
    assert abs(100 * recognised.mean() - 100 * RIVM_2020.gli_recognised_share) <= TOLERANCE_PP


def test_no_samen_sportief_in_beweging(shipped: pd.DataFrame) -> None:
    assert _count(shipped, "gli_programmas", "samen_sportief_in_beweging") == 0


def test_agreements_only_at_levels_5_and_6(shipped: pd.DataFrame) -> None:
    with_agreements = shipped.loc[shipped["afspraken"] != ""]
    assert with_agreements["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS).all()
    rows = _year(shipped, 2020)
    agreeing = rows.loc[rows["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS)]
    assert len(agreeing) == _afstemming(RIVM_2020) == 49  # "Bij 49 initiatieven is er sprake van afstemming"
    both = 100 * (agreeing["afspraken"] == "beide").sum() / len(agreeing)
    assert abs(both - 100 * RIVM_2020.both_agreements_share) <= INTERVENTION_TOLERANCE_PP


def test_funding_mostly_at_levels_5_and_6(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2020)
    funded = rows.loc[rows["financiering"].map(lambda items: bool(set(items) & {"wmo", "zvw", "wpg"}))]
    assert funded["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS).mean() > 0.6


def test_2019_is_plausible(shipped: pd.DataFrame) -> None:
    rows = _year(shipped, 2019)
    assert Counter(rows["samenwerkingsniveau"])["formeel"] < LEVELS_2020["formeel"]
    for party, target in TARGETS[2019].party_shares.items():
        assert abs(100 * _count(rows, "partijen", party) / len(rows) - target) <= TOLERANCE_PP, party


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
    total = sum(target.total for target in TARGETS.values())
    assert len(rows) == total - len(shipped.loc[~shipped[schema.EXAMPLE_COLUMN]])
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
        insurer = ZORGKANTOOR.get(regions.mode().iloc[0])
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
            assert expected == ZORGKANTOOR["ZK33"] == "DSW"
        else:
            assert ZORGKANTOOR[code] == expected, code


def test_zorgkantoor_comes_from_the_region_table() -> None:
    """One value per region, taken from data/vngzn_regios.csv (not repeated in code); unverified → None."""
    table = pd.read_csv(generate.REGION_TABLE_FILE, dtype=str, keep_default_na=False)
    assert set(ZORGKANTOOR) == set(table["regio_code"])
    assert len(ZORGKANTOOR) == 31
    for row in table.to_dict("records"):
        expected = row["zorgverzekeraar"] if row["geverifieerd"] == "ja" else None
        assert ZORGKANTOOR[row["regio_code"]] == expected, row["gm_code"]
    assert {code for code, insurer in ZORGKANTOOR.items() if insurer is None} == {"ZK13", "ZK18", "ZK24"}


def test_a_region_with_two_insurers_is_refused(tmp_path: Path) -> None:
    table = pd.read_csv(generate.REGION_TABLE_FILE, dtype=str, keep_default_na=False)
    table.loc[0, "zorgverzekeraar"] = "CZ" if table.loc[0, "zorgverzekeraar"] != "CZ" else "VGZ"
    path = tmp_path / "regios.csv"
    table.to_csv(path, index=False)
    with pytest.raises(ValueError, match=str(table.loc[0, "regio_code"])):
        generate.load_zorgkantoor(path)


def test_largest_gemeenten_come_from_the_population_file() -> None:
    population = pd.read_csv(generate.BEVOLKING_FILE, dtype={"gm_code": str})
    largest = generate.load_largest()
    assert len(largest) == generate.N_LARGE_GEMEENTEN == 40
    smallest_in = population.set_index("gm_code").loc[list(largest), "inwoners"].min()
    outside = population.loc[~population["gm_code"].isin(largest), "inwoners"]
    assert smallest_in >= outside.max()
    # The hand-made list this replaced had Heerlen (86k inwoners) and missed Land van Cuijk (92k).
    assert "GM1982" in largest and "GM0917" not in largest
    assert largest[: generate.N_G4] == ("GM0363", "GM0599", "GM0518", "GM0344")


def test_generator_uses_the_derived_geography() -> None:
    geo = generate.load_geography()
    assert geo.zorgkantoor == ZORGKANTOOR
    assert geo.large == generate.load_largest()
    assert geo.g4 == geo.large[:4]
    assert generate._gemeente_weight(geo, "GM1982") > generate._gemeente_weight(geo, "GM0917")


# ---------------------------------------------------------------------------------------------------------------
# The importer accepts both shipped files


def test_shipped_files_load_without_rejections() -> None:
    ingest = pytest.importorskip("dashboard.ingest.validation")
    for path in (SHIPPED_NAMED, SHIPPED_GENERATED):
        result = ingest.load_path(path)
        assert result.rows_rejected == 0, path
        assert result.issues == [], [str(issue) for issue in result.issues]
    # The folder also holds LEESMIJ.md and the curated TOML file: the app ignores both, silently.
    assert {path.suffix for path in FOLDER.iterdir()} >= {".md", ".toml", ".csv"}
    result = ingest.load_path(FOLDER)
    assert result.issues == [], [str(issue) for issue in result.issues]
    assert result.rows_accepted == sum(target.total for target in TARGETS.values())
    assert result.is_example


def test_tools_command_generates_the_same_file(tmp_path: Path, generated: pd.DataFrame) -> None:
    from tools.__main__ import main

    assert main(["generate", "--out", str(tmp_path), "--named", str(SHIPPED_NAMED)]) == 0
    assert (tmp_path / generate.GENERATED_FILE_NAME).read_bytes() == named.to_csv_text(generated).encode(
        "utf-8"
    )


def test_readme_shows_the_computation_from_the_shipped_data(shipped: pd.DataFrame) -> None:
    """Issue 21.9: the README explains with the computation why no consistent set fits both shares, and its
    figures are the shipped data's: the least possible sum, the most the band holds, the shares that result."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rows = _year(shipped, 2020)
    n = len(rows)
    floor, ceiling = _gemeente_insurer_floor(rows), _band_ceiling(n, FIGURE_2)
    assert f"| **least possible** | {n} | **{floor}** |" in text
    assert f"| | **{ceiling}** |" in text
    for party in ("gemeente", "zorgverzekeraar"):
        count = _count(rows, "partijen", party)
        assert f"{count} of {n}" in text, party
        assert f"{100 * count / n:.1f}%".replace(".0%", "%") in text, party
