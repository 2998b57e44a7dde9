"""The VNG–ZN region table: the shipped default and the validation of a user's replacement."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geo.paths import REGION_TABLE_FILE
from geo.regions import ENV_REGION_TABLE, RegionTableError, load_indeling, load_region_table

FIXTURES = Path(__file__).parent / "fixtures"


def _default_rows() -> pd.DataFrame:
    return pd.read_csv(REGION_TABLE_FILE, dtype=str, keep_default_na=False)


def _write(tmp_path: Path, frame: pd.DataFrame, *, sep: str = ",", encoding: str = "utf-8") -> Path:
    path = tmp_path / "regios.csv"
    path.write_bytes(frame.to_csv(index=False, sep=sep).encode(encoding))
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(RegionTableError) as caught:
        load_region_table(path)
    assert caught.value.problems
    assert str(caught.value).startswith("De regiotabel is niet bruikbaar")
    return caught.value.problems


def test_load_indeling_shape():
    indeling = load_indeling()
    assert len(indeling) == 342 and indeling["gm_code"].is_unique
    assert (indeling["pv_code"].nunique(), indeling["ggd_code"].nunique(), indeling["zk_code"].nunique()) == (
        12,
        25,
        31,
    )


def test_default_table_has_31_regions_one_per_gemeente():
    table = load_region_table()
    assert len(table) == 342 and table["gm_code"].is_unique
    assert set(table["gm_code"]) == set(load_indeling()["gm_code"])
    assert table["regio_code"].nunique() == 31
    assert not {"ZK05", "ZK15"} & set(table["regio_code"])
    assert table["geverifieerd"].dtype == bool
    assert table.attrs["meldingen"] == []


def test_default_table_follows_zorgkantoorregio_2025():
    table = load_region_table().merge(load_indeling(), on="gm_code")
    assert (table["regio_code"] == table["zk_code"]).all()


def test_default_table_insurers():
    regions = load_region_table().groupby("regio_code").first()
    assert regions.loc["ZK33", "zorgverzekeraar"] == "DSW"
    assert regions.loc["ZK33", "regio_naam"] == "Westland Schieland Delfland"
    assert regions.loc["ZK02", "zorgverzekeraar"] == "Zilveren Kruis (Achmea)"
    assert regions.loc["ZK08", "zorgverzekeraar"] == "De Friesland (Achmea)"
    assert regions.loc["ZK14", "zorgverzekeraar"] == "Salland"
    unverified = set(regions.index[~regions["geverifieerd"]])
    assert unverified == {"ZK13", "ZK18", "ZK24"}
    assert set(regions.loc[sorted(unverified), "zorgverzekeraar"]) == {"onbekend (te controleren)"}
    assert set(regions["zorgverzekeraar"]) - {"onbekend (te controleren)"} <= {
        "Zilveren Kruis (Achmea)",
        "De Friesland (Achmea)",
        "Menzis",
        "VGZ",
        "CZ",
        "DSW",
        "Zorg en Zekerheid",
        "Salland",
    }


def test_default_table_never_calls_the_zorgkantoor_trekker():
    table = load_region_table()
    assert set(table["rol"]) == {"zorgkantoor (aanwijzing 2015)"}
    assert "trekker" not in REGION_TABLE_FILE.read_text(encoding="utf-8")


def test_env_var_selects_replacement(tmp_path, monkeypatch):
    frame = _default_rows()
    frame["regio_naam"] = frame["regio_naam"] + " (eigen)"
    monkeypatch.setenv(ENV_REGION_TABLE, str(_write(tmp_path, frame)))
    assert load_region_table()["regio_naam"].str.endswith("(eigen)").all()


def test_replacement_semicolon_cp1252_names_only_with_defaults(tmp_path):
    frame = _default_rows()[["gm_naam", "regio_code", "regio_naam", "zorgverzekeraar"]]
    path = _write(tmp_path, frame, sep=";", encoding="cp1252")
    assert "Súdwest-Fryslân".encode("cp1252") in path.read_bytes()
    table = load_region_table(path)
    assert len(table) == 342 and table["regio_code"].nunique() == 31
    assert set(table["rol"]) == {"trekker"}
    assert table["geverifieerd"].all()


def test_replacement_utf8_bom_headers_aliases_and_extras(tmp_path):
    frame = _default_rows().rename(columns={"gm_code": "Gemeentecode", "regio_naam": "Regio naam"})
    frame["regiomanager"] = "M. Jansen"
    path = tmp_path / "regios.csv"
    path.write_bytes(frame.to_csv(index=False).encode("utf-8-sig"))
    table = load_region_table(path)
    assert len(table) == 342
    assert (table["regiomanager"] == "M. Jansen").all()


def test_fixture_utrecht_five_aanspreekpunten():
    table = load_region_table(FIXTURES / "regios_utrecht_vijf.csv")
    utrecht = table[table["regio_code"].str.startswith("UT")]
    assert utrecht["regio_code"].nunique() == 5
    assert set(utrecht["rol"]) == {"trekker"}
    assert "aanspreekpunt_gemeenten" in table.columns


def test_old_codes_are_mapped_and_split_rows_skipped(tmp_path):
    frame = _default_rows()
    amsterdam = frame[frame["gm_code"] == "GM0363"].iloc[0]
    extra = [
        {**amsterdam.to_dict(), "gm_code": "GM0457", "gm_naam": "Weesp"},
        {**amsterdam.to_dict(), "gm_code": "GM0788", "gm_naam": "Haaren"},
    ]
    table = load_region_table(_write(tmp_path, pd.concat([frame, pd.DataFrame(extra)])))
    assert len(table) == 342
    notes = " ".join(table.attrs["meldingen"])
    assert "Weesp (GM0457)" in notes and "Haaren (GM0788)" in notes


def test_old_code_in_place_of_its_successor(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0363", ["gm_code", "gm_naam"]] = ["GM0457", "Weesp"]
    table = load_region_table(_write(tmp_path, frame))
    assert table.set_index("gm_code").loc["GM0363", "gm_naam"] == "Amsterdam"


def test_missing_gemeente(tmp_path):
    frame = _default_rows()
    problems = _problems(_write(tmp_path, frame[frame["gm_code"] != "GM0363"]))
    assert problems == ["Amsterdam (GM0363) ontbreekt: elke gemeente moet in precies één regio staan."]


def test_gemeente_twice(tmp_path):
    frame = _default_rows()
    duplicated = pd.concat([frame, frame[frame["gm_code"] == "GM0014"]], ignore_index=True)
    problems = _problems(_write(tmp_path, duplicated))
    assert len(problems) == 1
    assert "Groningen (GM0014) staat 2 keer in de tabel" in problems[0]
    assert "rijen" in problems[0] and str(len(duplicated) + 1) in problems[0]


def test_gemeente_in_two_regions(tmp_path):
    frame = _default_rows()
    row = frame[frame["gm_code"] == "GM0014"].copy()
    row[["regio_code", "regio_naam", "zorgverzekeraar"]] = ["ZK08", "Friesland", "De Friesland (Achmea)"]
    problems = _problems(_write(tmp_path, pd.concat([frame, row])))
    assert any(
        "Groningen (GM0014) staat in meer dan één regio (ZK08, ZK09" in problem for problem in problems
    )


def test_unknown_gemeente(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0363", ["gm_code", "gm_naam"]] = ["", "Amsterdm"]
    row = int(frame.index[frame["gm_naam"] == "Amsterdm"][0]) + 2
    problems = _problems(_write(tmp_path, frame))
    assert f"Rij {row}: Gemeente 'Amsterdm' niet gevonden. Bedoelt u: Amsterdam" in problems[0]
    assert any("Amsterdam (GM0363) ontbreekt" in problem for problem in problems)


def test_ambiguous_gemeente(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0373", ["gm_code", "gm_naam"]] = ["", "Bergen"]
    problems = _problems(_write(tmp_path, frame))
    assert any("niet eenduidig" in problem and "Bergen (L.)" in problem for problem in problems)


def test_missing_column(tmp_path):
    problems = _problems(_write(tmp_path, _default_rows().drop(columns=["zorgverzekeraar"])))
    assert problems == ["Kolom 'zorgverzekeraar' ontbreekt."]


def test_missing_gemeente_columns(tmp_path):
    problems = _problems(_write(tmp_path, _default_rows().drop(columns=["gm_code", "gm_naam"])))
    assert any("'gm_code' of 'gm_naam'" in problem for problem in problems)


def test_inconsistent_region_name_and_insurer(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0362", "regio_naam"] = "Amstelland"
    frame.loc[frame["gm_code"] == "GM0358", "zorgverzekeraar"] = "CZ"
    problems = _problems(_write(tmp_path, frame))
    assert len(problems) == 2
    assert (
        problems[0].startswith("Regio ZK01 heeft verschillende namen:") and "'Amstelland' (rij" in problems[0]
    )
    assert (
        problems[1].startswith("Regio ZK01 heeft verschillende zorgverzekeraars:") and "'CZ'" in problems[1]
    )


def test_code_and_name_disagree(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0363", "gm_naam"] = "Rotterdam"
    problems = _problems(_write(tmp_path, frame))
    assert any("GM0363 hoort bij Amsterdam" in problem and "Rotterdam" in problem for problem in problems)


def test_bad_flag_and_empty_region(tmp_path):
    frame = _default_rows()
    frame.loc[frame["gm_code"] == "GM0014", "geverifieerd"] = "misschien"
    frame.loc[frame["gm_code"] == "GM0037", "regio_code"] = ""
    problems = _problems(_write(tmp_path, frame))
    assert any("Groningen" in problem and "'misschien'" in problem for problem in problems)
    assert any("Stadskanaal" in problem and "'regio_code' is leeg" in problem for problem in problems)


def test_all_problems_reported_at_once(tmp_path):
    frame = _default_rows()
    frame = frame[frame["gm_code"] != "GM0363"]
    frame.loc[frame["gm_code"] == "GM0014", ["gm_code", "gm_naam"]] = ["", "Groningn"]
    frame.loc[frame["gm_code"] == "GM0362", "regio_naam"] = "Amstelland"
    problems = _problems(_write(tmp_path, frame))
    text = "\n".join(problems)
    for expected in (
        "Groningn",
        "Amsterdam (GM0363) ontbreekt",
        "Groningen (GM0014) ontbreekt",
        "verschillende namen",
    ):
        assert expected in text


def test_missing_file_is_a_region_table_error(tmp_path):
    problems = _problems(tmp_path / "bestaat-niet.csv")
    assert "kon niet worden geopend" in problems[0]


def test_trailing_empty_rows_are_ignored(tmp_path):
    path = _write(tmp_path, _default_rows())
    path.write_bytes(path.read_bytes() + b",,,,,,\n,,,,,,\n")
    assert len(load_region_table(path)) == 342


def test_excel_unicode_text_export(tmp_path):
    path = tmp_path / "regios.txt"
    path.write_bytes(_default_rows().to_csv(index=False, sep="\t").encode("utf-16"))
    assert len(load_region_table(path)) == 342


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "Het bestand is leeg."),
        (b'gm_code;regio_code;regio_naam;zorgverzekeraar\nGM0363;ZK02;"A;B\n', "controleer"),
    ],
)
def test_unreadable_file(tmp_path, content, expected):
    path = tmp_path / "regios.csv"
    path.write_bytes(content)
    assert expected in _problems(path)[0]


def test_header_only_lists_every_gemeente_as_missing(tmp_path):
    path = tmp_path / "regios.csv"
    path.write_bytes(b"gm_code,regio_code,regio_naam,zorgverzekeraar\n")
    problems = _problems(path)
    assert len(problems) == 342 and all("ontbreekt" in problem for problem in problems)


def test_row_numbers_count_spreadsheet_rows_across_blank_lines(tmp_path):
    frame = _default_rows()
    frame.loc[frame.index[10], ["gm_code", "gm_naam"]] = ["", "Onbestaand"]
    text = frame.to_csv(index=False, lineterminator="\n").split("\n")
    text[5:5] = ["", ",,,,,,"]  # two empty spreadsheet rows above the bad one
    path = tmp_path / "regios.csv"
    path.write_text("\n".join(text), encoding="utf-8")
    problems = _problems(path)
    assert problems[0].startswith("Rij 14: Gemeente 'Onbestaand' niet gevonden.")
