"""The 19 real named initiatives: the curated TOML file, its checks, derived rows and bekende_initiatieven.csv."""

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
def curated() -> tuple[named.NamedInitiative, ...]:
    return named.load_curated()


@pytest.fixture(scope="module")
def frame(curated: tuple[named.NamedInitiative, ...]) -> pd.DataFrame:
    return named.build_frame(curated)


@pytest.fixture(scope="module")
def indeling() -> pd.DataFrame:
    return named.load_indeling()


def test_nineteen_curated_initiatives_with_unique_ids(curated: tuple[named.NamedInitiative, ...]) -> None:
    assert len(curated) == 19
    assert [entry.id for entry in curated] == [f"R{i:02d}" for i in range(1, 20)]


@pytest.mark.skipif(not SOURCE.exists(), reason="shared source table not available")
def test_curated_entries_follow_the_source_table(curated: tuple[named.NamedInitiative, ...]) -> None:
    source = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
    assert [entry.naam for entry in curated] == source["naam"].tolist()
    for entry, (_, row) in zip(curated, source.iterrows(), strict=True):
        # Every URL of the source is kept (more may be added, e.g. a page that gives the start year).
        assert set(URL.findall(row["bronnen"])) <= set(entry.bron), entry.id


def test_every_initiative_has_rows_or_a_reason_for_none(
    curated: tuple[named.NamedInitiative, ...], frame: pd.DataFrame
) -> None:
    with_rows = set(frame["id"])
    for entry in curated:
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
        "data/initiatieven/bekende_initiatieven.csv is out of date: run `python -m tools.named`"
    )


def test_file_format_round_trips(frame: pd.DataFrame, tmp_path: Path) -> None:
    path = named.write_frame(frame, tmp_path / "x.csv")
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join((*schema.COLUMNS, schema.EXAMPLE_COLUMN))
    back = named.read_file(path)
    assert named.to_csv_text(back) == named.to_csv_text(frame)


# ---------------------------------------------------------------------------------------------------------------
# A bad edit of the TOML file is reported with line and field


CURATED_TEXT = named.CURATED_FILE.read_text(encoding="utf-8")


def _edited(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in CURATED_TEXT, old
    path = tmp_path / "bekende_initiatieven.toml"
    path.write_text(CURATED_TEXT.replace(old, new, count), encoding="utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def _problems(path: Path) -> tuple[str, ...]:
    with pytest.raises(named.CurationError) as caught:
        named.load_curated(path)
    return caught.value.problems


def test_the_shipped_toml_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert named.main(["--check"]) == 0
    assert "in orde (19 initiatieven, 23 rijen)" in capsys.readouterr().out


def test_unknown_code_names_line_field_and_suggestion(tmp_path: Path) -> None:
    path = _edited(
        tmp_path, 'interventies = ["kinderen_overgewicht"]', 'interventies = ["kinderen_overgewict"]'
    )
    line = _line_of(path, "kinderen_overgewict")
    assert _problems(path) == (
        f"bekende_initiatieven.toml, regel {line} (R01), veld 'interventies': onbekende code "
        "'kinderen_overgewict'. Bedoelt u 'kinderen_overgewicht'? Toegestaan: welzijn_op_recept, gli, "
        "valpreventie, kinderen_overgewicht, diabetes.",
    )


def test_misspelt_gemeente_and_field_and_quoted_year(tmp_path: Path) -> None:
    text = CURATED_TEXT.replace('gemeenten = ["Heerlen"]', 'gemeenten = ["Heerlem"]')
    text = text.replace("startjaar = 2018\nloopt_vanaf = 2018", 'startjaar = "2018"\nloopt_vanaf = 2018', 1)
    text = text.replace("\ntoelichting = ", "\ntoelichtng = ", 1)
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert len(problems) == 3, problems
    assert f"regel {_line_of(path, 'toelichtng')} (R01), veld 'toelichtng': onbekend veld" in problems[0]
    assert "Bedoelt u 'toelichting'?" in problems[0]
    assert (
        f"regel {_line_of(path, 'Heerlem')} (R02), veld 'gemeenten': 'Heerlem' is geen gemeente"
        in problems[1]
    )
    assert "Heerlen" in problems[1]
    quoted_year = _line_of(path, 'startjaar = "2018"')
    assert f"regel {quoted_year} (R02), veld 'startjaar'" in problems[2]
    # Every problem in file order, so the editor can work from top to bottom.
    lines = [int(problem.split("regel ")[1].split(" ")[0]) for problem in problems]
    assert lines == sorted(lines)


def test_rules_between_fields_are_checked(tmp_path: Path) -> None:
    # R19 is formeel (a signed akkoord): without the insurer among the parties that breaks the rule.
    path = _edited(
        tmp_path,
        'partijen = ["gemeente", "zorgverzekeraar", "ggd", "Radboudumc", "Nijmeegse organisaties (36)"]',
        'partijen = ["gemeente", "ggd", "Radboudumc", "Nijmeegse organisaties (36)"]',
    )
    problems = _problems(path)
    assert any("(R19), veld 'zorgverzekeraars'" in problem for problem in problems), problems
    assert any("(R19), veld 'partijen': bij formele afspraken" in problem for problem in problems), problems


def test_entry_without_rows_needs_a_reason(tmp_path: Path) -> None:
    path = _edited(
        tmp_path, 'jaren_toelichting = "Geen rij: gestart in 2021, na de datajaren 2019 en 2020."\n', ""
    )
    (problem,) = _problems(path)
    assert "(R06), veld 'jaren_toelichting': verplicht als het initiatief geen rij krijgt" in problem


def test_duplicate_id_and_bad_url(tmp_path: Path) -> None:
    text = CURATED_TEXT.replace('id = "R02"', 'id = "R01"').replace(
        '"https://www.enschede.nl/', '"www.enschede.nl/'
    )
    path = tmp_path / "x.toml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(path)
    assert any("(R01), veld 'id': id komt al voor bij initiatief 1" in problem for problem in problems)
    assert any("(R15), veld 'bron': 'www.enschede.nl/" in problem for problem in problems)


def test_invalid_toml_reports_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _edited(tmp_path, 'naam = "Vitaal Twente"', 'naam = "Vitaal Twente')
    (problem,) = _problems(path)
    assert "geen geldige TOML" in problem and f"line {_line_of(path, 'Vitaal Twente')}" in problem
    assert named.main(["--in", str(path), "--check"]) == 1
    assert "1 fout(en)" in capsys.readouterr().err


def test_cli_writes_the_shipped_file(tmp_path: Path) -> None:
    assert named.main(["--out", str(tmp_path)]) == 0
    assert (tmp_path / named.NAMED_FILE_NAME).read_bytes() == SHIPPED.read_bytes()
