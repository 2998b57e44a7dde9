"""The Brede SPUK and SPUK IZA tables: the shipped files give the letter's amounts, a bad file a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.i18n.messages import render
from dashboard.ingest.context import ContextDataError
from dashboard.ingest.money import (
    IZA_FILE,
    NO_GM_CODE,
    SPUK_FILE,
    iza_column,
    load_brede_spuk,
    load_iza,
    read_brede_spuk,
    read_iza,
    spuk_column,
)
from geo.regions import load_indeling


@pytest.fixture(scope="module")
def codes() -> list[str]:
    return list(load_indeling()["gm_code"])


@pytest.fixture(scope="module")
def spuk(codes):
    return load_brede_spuk(codes).set_index("gm_code")


@pytest.fixture(scope="module")
def iza(codes):
    return load_iza(codes).set_index("iza_regio")


@pytest.mark.parametrize(
    ("gm_code", "year", "euros"),
    [
        ("GM0363", 2025, 15_105_830),  # Amsterdam
        ("GM1883", 2026, 1_666_620),  # Sittard-Geleen
        ("GM0014", 2025, 3_479_743),  # Groningen
        ("GM0014", 2026, 2_962_867),
    ],
)
def test_brede_spuk_amounts_of_the_letter(spuk, gm_code, year, euros):
    assert spuk.at[gm_code, spuk_column(year)] == euros


@pytest.mark.parametrize(
    ("regio", "year", "euros", "mandaat"),
    [
        ("Zuid-Limburg", 2025, 5_823_733, "GM1883"),
        ("Amsterdam", 2025, 7_158_749, "GM0363"),
        ("Noordoost Brabant", 2026, 5_906_546, "GM0796"),
        ("Twente", 2026, 5_711_031, NO_GM_CODE),  # SamenTwente: a cooperation body, no gemeente code
    ],
)
def test_spuk_iza_amounts_of_the_letter(iza, regio, year, euros, mandaat):
    assert iza.at[regio, iza_column(year)] == euros
    assert iza.at[regio, "mandaatgemeente_gm_code"] == mandaat


def test_national_totals_and_one_row_per_gemeente(spuk, iza, codes):
    assert spuk[spuk_column(2025)].sum() == 310_475_334
    assert spuk[spuk_column(2026)].sum() == 264_423_052
    assert list(spuk.index) == codes  # in the order asked for, every gemeente once
    assert len(iza) == 42
    assert iza[iza_column(2025)].sum() == 142_900_002
    assert iza[iza_column(2026)].sum() == 153_213_599
    assert str(spuk[spuk_column(2025)].dtype) == "int64"


def test_unknown_year_has_no_column():
    with pytest.raises(KeyError):
        spuk_column(2024)
    with pytest.raises(KeyError):
        iza_column(2027)


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _error(call, *args) -> ContextDataError:
    with pytest.raises(ContextDataError) as caught:
        call(*args)
    return caught.value


SPUK_HEADER = "gm_code,gm_naam,brede_spuk_2025_eur,brede_spuk_2026_eur\n"
IZA_HEADER = "iza_regio,mandaatgemeente,mandaatgemeente_gm_code,spuk_iza_2025_eur,spuk_iza_2026_eur\n"


@pytest.mark.parametrize(
    ("body", "nl", "en"),
    [
        (
            "GM0014,Groningen,1,2\nGM0363,Amsterdam,15105830,1.234,5\n",  # an unquoted Dutch decimal
            "spuk.csv: rij 3: 5 cellen, verwacht 4 (staat er een komma in een bedrag?)",
            "spuk.csv: row 3: 5 cells, expected 4 (is there a comma in an amount?)",
        ),
        (
            "GM0363,Amsterdam,15105830,\n",
            "spuk.csv: rij 2, kolom brede_spuk_2026_eur: geen bedrag in hele euro's ('')",
            "spuk.csv: row 2, column brede_spuk_2026_eur: not an amount in whole euros ('')",
        ),
        (
            "GM0363,Amsterdam,15105830,12862031\nGM0014,Groningen,-5,2962867\n",
            "spuk.csv: rij 3, kolom brede_spuk_2025_eur: geen bedrag in hele euro's ('-5')",
            "spuk.csv: row 3, column brede_spuk_2025_eur: not an amount in whole euros ('-5')",
        ),
        (
            "GM0363,Amsterdam,15105830.50,12862031\n",
            "spuk.csv: rij 2, kolom brede_spuk_2025_eur: geen bedrag in hele euro's ('15105830.50')",
            "spuk.csv: row 2, column brede_spuk_2025_eur: not an amount in whole euros ('15105830.50')",
        ),
        (
            "GM0363,Amsterdam,1,2\nGM363,Groningen,1,2\n",
            "spuk.csv: rij 3: geen gemeentecode ('GM363'; verwacht zoals GM0363)",
            "spuk.csv: row 3: not a municipality code ('GM363'; expected as GM0363)",
        ),
        (
            "GM0363,Amsterdam,1,2\ngm0363,Amsterdam,1,2\n",
            "spuk.csv: gemeentecode dubbel: GM0363",
            "spuk.csv: municipality code twice: GM0363",
        ),
    ],
)
def test_a_bad_spuk_file_names_file_row_and_column(tmp_path, body, nl, en):
    error = _error(read_brede_spuk, _write(tmp_path, "spuk.csv", SPUK_HEADER + body))
    assert render(error.msg, "nl").startswith(nl)
    assert render(error.msg, "en").startswith(en)


def test_a_missing_column_is_named(tmp_path):
    error = _error(read_brede_spuk, _write(tmp_path, "spuk.csv", "gm_code,gm_naam,brede_spuk_2025_eur\n"))
    assert render(error.msg, "nl") == "spuk.csv: kolom ontbreekt: brede_spuk_2026_eur"
    assert render(error.msg, "en") == "spuk.csv: column missing: brede_spuk_2026_eur"


def test_unreadable_and_missing_files_get_a_message(tmp_path):
    garbage = _write(tmp_path, "spuk.csv", b"\xff\xfe\x00\x00garbage\x80\x81")
    assert render(_error(read_brede_spuk, garbage).msg, "en") == (
        "spuk.csv: cannot be read as a UTF-8 CSV file"
    )
    assert render(_error(read_brede_spuk, tmp_path / "weg.csv").msg, "nl") == "weg.csv: bestand ontbreekt"
    empty = _write(tmp_path, "leeg.csv", "")
    assert "leeg.csv" in render(_error(read_brede_spuk, empty).msg, "nl")


def test_a_gemeente_left_out_or_outside_the_indeling_is_refused(tmp_path, codes):
    lines = SPUK_FILE.read_text(encoding="utf-8").splitlines()
    without = _write(tmp_path, "zonder.csv", "\n".join(line for line in lines if "GM1883" not in line) + "\n")
    error = _error(load_brede_spuk, codes, without)
    assert render(error.msg, "nl") == "zonder.csv: gemeente ontbreekt: GM1883"
    stray = _write(tmp_path, "extra.csv", "\n".join([*lines, "GM9999,Nergens,1,1"]) + "\n")
    error = _error(load_brede_spuk, codes, stray)
    assert render(error.msg, "en") == "extra.csv: municipality code not in the current division: GM9999"


@pytest.mark.parametrize(
    ("body", "en"),
    [
        ("Twente,SamenTwente,,1,2\nTwente,SamenTwente,,3,4\n", "iza.csv: IZA region twice: Twente"),
        (",Goes,GM0664,1,2\n", "iza.csv: row 2, column iza_regio: empty"),
        (
            "Zeeland,Goes,GM0664,1,zeven\n",
            "iza.csv: row 2, column spuk_iza_2026_eur: not an amount in whole euros",
        ),
        ("Zeeland,Goes,0664,1,2\n", "iza.csv: row 2: not a municipality code ('0664'"),
    ],
)
def test_a_bad_iza_file_names_file_row_and_column(tmp_path, body, en):
    error = _error(read_iza, _write(tmp_path, "iza.csv", IZA_HEADER + body))
    assert render(error.msg, "en").startswith(en)


def test_an_iza_mandaatgemeente_outside_the_indeling_is_refused(tmp_path, codes):
    path = _write(tmp_path, "iza.csv", IZA_HEADER + "Nergensland,Nergens,GM9999,1,2\n")
    assert render(_error(load_iza, codes, path).msg, "nl") == (
        "iza.csv: gemeentecode niet in de indeling: GM9999"
    )


def test_shipped_files_read_without_the_loader():
    assert len(read_brede_spuk()) == 342
    assert len(read_iza(IZA_FILE)) == 42
