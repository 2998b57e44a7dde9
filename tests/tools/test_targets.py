"""data/rivm_2020_doelen.toml: every figure cited (page, place, quotation) or marked as an assumption."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from dashboard.core import schema
from tools import targets

TEXT = targets.TARGETS_FILE.read_text(encoding="utf-8")
REFERENCE = targets.ROOT.parent / "shared" / "reference" / tomllib.loads(TEXT)["bron"]["tekstkopie"]


def _normalised(text: str) -> str:
    """PDF text as one line: words split over a line end joined again, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "", text)).strip()


@pytest.fixture(scope="module")
def figures() -> dict[int, dict[str, targets.Figure]]:
    return targets.load_figures()


def test_every_2020_figure_is_cited(figures: dict[int, dict[str, targets.Figure]]) -> None:
    for figure in figures[2020].values():
        assert figure.cited, figure.key
        assert figure.page is not None and 1 <= figure.page <= 12
        assert figure.place and figure.quote


def test_2019_cites_only_what_rivm_published(figures: dict[int, dict[str, targets.Figure]]) -> None:
    cited = {key for key, figure in figures[2019].items() if figure.cited}
    assert cited == {"totaal", "preventiecoalities", "met_interventie"}
    assert all(figure.assumption for key, figure in figures[2019].items() if key not in cited)


def test_every_number_is_in_its_quotation(figures: dict[int, dict[str, targets.Figure]]) -> None:
    """A cited number that is not in its own quotation is a typo in one of the two."""
    for year in figures.values():
        for figure in year.values():
            if not figure.cited or (figure.year, figure.key) == (2019, "met_interventie"):
                continue  # "ongeveer driekwart" is read as 75 (toelichting says so)
            numbers = [figure.value] if figure.value is not None else list(figure.values.values())
            found = [int(n) for n in re.findall(r"\d+", figure.quote)]
            for number in numbers:
                assert number in found, (figure.year, figure.key, number)


def test_figure_2_in_the_order_of_the_bars(figures: dict[int, dict[str, targets.Figure]]) -> None:
    parties = figures[2020]["partijen"]
    assert list(parties.values) == list(schema.PARTIES)
    assert " ".join(str(value) for value in parties.values.values()) == parties.quote


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared RIVM text copy not available")
def test_every_quotation_is_in_the_factsheet(figures: dict[int, dict[str, targets.Figure]]) -> None:
    factsheet = _normalised(REFERENCE.read_text(encoding="utf-8"))
    for year in figures.values():
        for figure in year.values():
            if figure.cited:
                assert _normalised(figure.quote) in factsheet, (figure.year, figure.key)
    # The only page number the text copy prints heads figure 2.
    assert "in 2020 | 5 " + figures[2020]["partijen"].quote in factsheet


def test_targets_in_the_generators_units() -> None:
    loaded = targets.load_targets()
    assert sorted(loaded) == [2019, 2020]
    rivm = loaded[2020]
    assert sum(rivm.levels.values()) == rivm.total
    assert rivm.offering_share == pytest.approx(0.70)
    assert set(rivm.intervention_shares) == set(schema.INTERVENTIONS)
    assert all(0 < share < 1 for share in rivm.gli_program_shares.values())


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    assert old in TEXT, old
    path = tmp_path / "doelen.toml"
    path.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "onbekend = 2\n",
            "onbekend = 3\n",
            r"\[2020\.niveaus\], veld 'waarden': samen 117, maar het totaal is 116",
        ),
        (
            "gemeente = 92\n",
            "gemeente = 92.5\n",
            r"\[2020\.partijen\], veld 'waarden\.gemeente': verwacht een heel",
        ),
        ("gli = 31\n", "gly = 31\n", r"\[2020\.interventies\], veld 'waarden': onbekende code 'gly'"),
        ("waarde = 116\npagina = 4\n", "waarde = 116\n", r"\[2020\.totaal\], veld 'pagina': ontbreekt"),
        (
            "[2019.afspraken_beide]\nwaarde = 55\n",
            "[2019.afspraken_beide]\nwaarde = 55\npagina = 3\n",
            "geen bron",
        ),
        ("[2020.gli_erkend]", "[2020.gli_herkend]", r"\[2020\.gli_herkend\]: onbekend cijfer"),
        ("waarde = 12\n", "waarde = 40\n", "meer preventiecoalities \\(40\\) dan formele afspraken \\(36\\)"),
    ],
)
def test_a_bad_edit_is_reported_with_table_and_field(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    with pytest.raises(targets.TargetsError, match=message):
        targets.load_targets(_edited(tmp_path, old, new))
