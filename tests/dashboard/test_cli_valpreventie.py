"""`python -m dashboard valpreventie`: the JSON keys the issue promises, --set, and exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dashboard import cli
from dashboard.ingest.valpreventie import read_kengetallen

KEYS = (
    "inwoners_65plus",
    "deelnemers",
    "vallen_voorkomen",
    "seh_voorkomen",
    "kosten_totaal",
    "baten_totaal",
    "baten_per_financier",
    "netto",
    "baten_per_euro",
    "band",
    "parameters",
)


def _json(capsys, *args: str) -> dict:
    assert cli.main(["valpreventie", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_every_promised_key(capsys) -> None:
    data = _json(capsys, "--gemeente", "GM1900")
    assert set(KEYS) <= set(data)
    assert data["schatting"] == "schatting op basis van gepubliceerde kengetallen"
    assert sum(data["baten_per_financier"].values()) == pytest.approx(data["baten_totaal"])
    assert data["netto"] == pytest.approx(data["baten_totaal"] - data["kosten_totaal"])
    assert data["band"]["laag"] <= data["netto"] <= data["band"]["hoog"]
    params = {p["naam"]: p for p in data["parameters"]}
    assert params["bereik"]["waarde"] == 0.03 and params["bereik"]["eenheid"] == "aandeel"
    for param in data["parameters"]:
        assert {"naam", "waarde", "eenheid", "bron", "jaar"} <= set(param) and param["bron"]


def test_json_carries_each_note_in_dutch_and_english_whatever_the_language(capsys) -> None:
    """Scripts read the same keys and values with --lang en; the English note is beside the Dutch one."""
    figures = read_kengetallen()
    english = _json(capsys, "--gemeente", "GM1900", "--set", "bereik=0,05", "--lang", "en")
    assert english == _json(capsys, "--gemeente", "GM1900", "--set", "bereik=0,05")
    params = {p["naam"]: p for p in english["parameters"]}
    assert params["seh_aandeel"]["bron"] == figures.parameters["seh_aandeel"].bron
    assert params["seh_aandeel"]["bron_en"] == figures.parameters["seh_aandeel"].bron_en
    assert params["seh_aandeel"]["bron_en"].startswith(
        "VeiligheidNL: ~10% of fall accidents lead to an emergency department"
    )
    published = figures.parameters["bereik"]
    assert params["bereik"]["bron"] == f"eigen waarde (gepubliceerd: {published.bron})"
    assert params["bereik"]["bron_en"] == f"your own value (published: {published.bron_en})"
    assert all(p["bron_en"] and p["bron_en"] != p["bron"] for p in english["parameters"])


def test_set_overrides_a_parameter_by_name(capsys) -> None:
    base = _json(capsys, "--regio", "ZK17")
    doubled = _json(capsys, "--regio", "zk17", "--set", "bereik=0,06", "--jaren", "3")
    assert doubled["vallen_voorkomen"] == pytest.approx(2 * base["vallen_voorkomen"])
    bereik = next(p for p in doubled["parameters"] if p["naam"] == "bereik")
    assert bereik["waarde"] == 0.06 and bereik["eigen"] and doubled["eigen_waarden"] == ["bereik"]


def test_province_by_name_and_a_programme_with_the_users_cost(capsys) -> None:
    data = _json(
        capsys, "--provincie", "Fryslân", "--interventie", "otago", "--set", "kosten_per_deelnemer=300"
    )
    assert data["gebied"]["soort"] == "provincie" and data["interventie_naam"] == "Otago"
    assert data["kosten_totaal"] == pytest.approx(3 * data["deelnemers"] * 300)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gemeente", "GM9999"], "onbekende gemeentecode"),
        (["--regio", "ZK99"], "onbekende regiocode"),
        (["--provincie", "Atlantis"], "onbekende provincie"),
        (["--gemeente", "GM1900", "--interventie", "yoga"], "onbekend programma"),
        (["--gemeente", "GM1900", "--interventie", "otago"], "--set kosten_per_deelnemer=WAARDE"),
        (["--gemeente", "GM1900", "--set", "bereik=2"], "buiten het toegestane bereik"),
        (["--gemeente", "GM1900", "--set", "onzin=2"], "onbekende parameter"),
        (["--gemeente", "GM1900", "--set", "bereik"], "geen NAAM=WAARDE"),
        (["--gemeente", "GM1900", "--set", "bereik=veel"], "geen getal"),
        (["--gemeente", "GM1900", "--jaren", "9"], "jaren moet"),
        (["--gemeente", "GM1900", "--set", "bereik=0.5"], "groter dan het aandeel"),
        ([], "een van de argumenten"),
    ],
)
def test_bad_input_exits_2_with_a_dutch_message(args: list[str], message: str, capsys) -> None:
    assert cli.main(["valpreventie", *args, "--json"]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_real_subprocess_prints_a_dutch_report() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "valpreventie", "--gemeente", "GM1900"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "schatting op basis van gepubliceerde kengetallen" in done.stdout
    assert "Súdwest-Fryslân" in done.stdout and "€ " in done.stdout
