"""The figures file: the shipped one is complete and cited; a broken one is refused in Dutch, naming the entry."""

from __future__ import annotations

import copy
import tomllib

import pytest

from dashboard.ingest.valpreventie import (
    KENGETALLEN_FILE,
    PROGRAMME_PARAMETERS,
    REQUIRED,
    KengetallenError,
    parse_kengetallen,
    read_kengetallen,
)

RAW = tomllib.loads(KENGETALLEN_FILE.read_text(encoding="utf-8"))
PROGRAMMES = (
    "in_balans",
    "vallen_verleden_tijd",
    "otago",
    "zicht_op_evenwicht",
    "bewegen_valt_goed",
    "eigen",
)


def test_shipped_file_has_every_parameter_with_source_and_year() -> None:
    figures = read_kengetallen()
    assert set(REQUIRED) <= set(figures.parameters)
    assert tuple(figures.programmas) == PROGRAMMES
    every = [*figures.parameters.values()]
    every += [f for p in figures.programmas.values() for f in (p.effect, p.kosten) if f is not None]
    for figure in every:
        assert figure.bron.strip() and 1990 <= figure.jaar <= 2035
        assert figure.laag <= figure.waarde <= figure.hoog
    assert figures.parameters["bereik"].waarde == 0.03 and figures.parameters["screening"].waarde == 0.14
    assert figures.controle is not None and figures.controle.naam == "Stevig Staan Noord-Limburg"


def _broken(path: tuple[str, ...], value: object) -> dict:
    data = copy.deepcopy(RAW)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("parameters", "bereik", "laag"), 0.5, "parameters.bereik: verwacht laag ≤ waarde ≤ hoog"),
        (("parameters", "seh_aandeel", "bron"), None, "parameters.seh_aandeel: 'bron' ontbreekt"),
        (("parameters", "seh_aandeel", "eenheid"), "procent", "onbekende eenheid 'procent'"),
        (("parameters", "bereik", "jaar"), 3000, "'jaar' ontbreekt of ligt buiten"),
        (("parameters", "vallen_per_persoon"), None, "parameter ontbreekt: vallen_per_persoon"),
        (("parameters", "bereik", "waarde"), "drie", "'waarde' ontbreekt of is geen getal"),
        (("programmas", "otago", "effect", "hoog"), 1.5, "programmas.otago.effect"),
        (("programmas", "otago", "prijs"), 3, "onbekende sleutel: prijs"),
        (("parameters", "bereik", "url"), "javascript:alert(1)", "https://"),
    ],
)
def test_broken_file_is_refused_naming_the_entry(path: tuple[str, ...], value: object, message: str) -> None:
    with pytest.raises(KengetallenError) as error:
        parse_kengetallen(_broken(path, value))
    assert message in str(error.value)


def test_programme_figures_are_not_global_parameters() -> None:
    data = copy.deepcopy(RAW)
    data["parameters"]["effect"] = dict(data["parameters"]["bereik"])
    with pytest.raises(KengetallenError, match="hoort bij een programma"):
        parse_kengetallen(data)
    assert PROGRAMME_PARAMETERS == ("effect", "kosten_per_deelnemer")


def test_unreadable_file_is_a_dutch_error(tmp_path) -> None:
    bad = tmp_path / "k.toml"
    bad.write_text("[parameters\n", encoding="utf-8")
    with pytest.raises(KengetallenError, match="geen geldige TOML"):
        read_kengetallen(bad)
