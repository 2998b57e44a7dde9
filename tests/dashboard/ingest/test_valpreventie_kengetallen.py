"""The figures file: the shipped one is complete and cited in Dutch and English; a broken one is refused in the
reader's language, naming the entry."""

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
        assert figure.bron.strip() and figure.bron_en.strip() and 1990 <= figure.jaar <= 2035
        assert figure.bron_en != figure.bron
        assert figure.laag <= figure.waarde <= figure.hoog
    assert figures.parameters["bereik"].waarde == 0.03 and figures.parameters["screening"].waarde == 0.14
    assert figures.controle is not None and figures.controle.naam == "Stevig Staan Noord-Limburg"


def test_every_note_is_offered_in_the_readers_language_dutch_by_default() -> None:
    figures = read_kengetallen()
    vallen = figures.parameters["vallen_per_persoon"]
    assert vallen.source() == vallen.source("nl") == vallen.bron
    assert "controlegroep: 1,98 vallen" in vallen.source("nl")
    assert "control group: 1.98 falls per person per year" in vallen.source("en")
    effect = figures.programmas["in_balans"].effect
    assert effect is not None and effect.source("en").startswith("In Balans RCT: 1.67 vs 1.98 falls")
    assert figures.controle is not None
    assert figures.controle.source("en") == figures.controle.bron_en != figures.controle.bron
    # Names of sources and programmes, years and links are the same in both notes.
    for figure in figures.parameters.values():
        for name in ("VeiligheidNL", "In Balans", "GALA", "Van Gameren", "Kamervragen", "Blik op nieuws"):
            assert (name in figure.bron) == (name in figure.bron_en), (figure.naam, name)


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (("parameters", "kosten_screening"), "parameters.kosten_screening"),
        (("programmas", "in_balans", "effect"), "programmas.in_balans.effect"),
        (("programmas", "in_balans", "kosten_per_deelnemer"), "programmas.in_balans.kosten_per_deelnemer"),
        (("controle", "stevig_staan"), "controle.stevig_staan"),
    ],
)
@pytest.mark.parametrize("value", [None, "", "   ", 3])
def test_a_note_without_its_english_twin_is_refused(path: tuple[str, ...], where: str, value: object) -> None:
    with pytest.raises(KengetallenError) as error:
        parse_kengetallen(_broken((*path, "bron_en"), value))
    assert str(error.value).startswith(f"valpreventie_kengetallen.toml: {where}: 'bron_en' ontbreekt")
    assert error.value.text("en") == (
        f"valpreventie_kengetallen.toml: {where}: 'bron_en' is missing or empty: next to 'bron' belongs the "
        "same note in English"
    )


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
