"""The fall-prevention page through app.py: three steps, editable cited figures, own values in the link."""

from __future__ import annotations

import re

import pytest

from dashboard.analysis import valpreventie as vp
from dashboard.ingest.context import read_bevolking
from dashboard.ingest.valpreventie import read_kengetallen
from dashboard.render import valpreventie_text as vp_text
from tests.pages.apptest import open_app

PAGE = "app_pages/valpreventie.py"
KENGETALLEN = read_kengetallen()


def _metric(at, label_start: str) -> str:
    return next(m.value for m in at.metric if m.label.startswith(label_start))


def _query(at, name: str) -> str | None:
    value = at.query_params.get(name)
    return value[0] if isinstance(value, list) else value


def _text(at) -> str:
    return " ".join(m.value for m in [*at.markdown, *at.caption]).replace("\\", "")


def test_without_area_the_page_asks_for_one() -> None:
    at = open_app(PAGE)
    assert at.title[0].value.startswith("Valpreventie")
    assert "schatting op basis van gepubliceerde kengetallen" in at.info[0].value
    assert "Rekenhulp Valpreventie" in at.info[0].value  # named only to say this is not it
    assert not at.header or all(not h.value.startswith("Stap") for h in at.header)


def test_link_with_gemeente_shows_three_steps_with_the_hand_calculation() -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    assert [h.value for h in at.header][:3] == [
        "Stap 1 — Situatie",
        "Stap 2 — Aanpak",
        "Stap 3 — Kosten en baten",
    ]
    n65 = vp.inwoners_65plus(read_bevolking(), ["GM1900"])
    expected = vp.estimate(n65, vp.parameters_for(KENGETALLEN, "in_balans"), 3)
    assert _metric(at, "65-plussers") == "21.701"
    assert _metric(at, "netto") == vp_text.euro(expected.netto)
    assert _metric(at, "vallen voorkomen") == vp_text.count(expected.vallen_voorkomen)
    text = _text(at)
    assert "In Súdwest-Fryslân wonen 21.701 65-plussers" in text
    assert "aanname" in text  # the financier split is labelled as an assumption
    # Every parameter shows its source and year next to its input.
    assert "Bron (2023): GALA-doel: 3%" in text and "Bron (2024): In Balans RCT" in text
    assert at.text_input(key="vp_in_bereik").value == "3"
    assert len(at.get("plotly_chart")) == 2


def test_changing_reach_doubles_falls_prevented_marks_own_value_and_goes_into_the_link() -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    before = _metric(at, "vallen voorkomen")
    at.text_input(key="vp_in_bereik").input("6").run()
    assert not at.exception
    n65 = vp.inwoners_65plus(read_bevolking(), ["GM1900"])
    doubled = vp.estimate(n65, vp.parameters_for(KENGETALLEN, "in_balans", {"bereik": 0.06}), 3)
    assert _metric(at, "vallen voorkomen") == vp_text.count(doubled.vallen_voorkomen) != before
    assert _query(at, "vp_waarden") == "bereik:0.06"
    assert "✎ eigen waarde (gepubliceerd: 3%)" in _text(at)
    # Back to the published values: the mark and the link parameter go.
    next(b for b in at.button if b.label.startswith("Terug naar")).click().run()
    assert "vp_waarden" not in at.query_params and _metric(at, "vallen voorkomen") == before


def test_shared_link_restores_programme_period_and_own_values() -> None:
    query = {
        "regio": "ZK17",
        "vp_programma": "otago",
        "vp_jaren": "5",
        "vp_waarden": "kosten_per_deelnemer:300",
    }
    at = open_app(PAGE, query=query)
    assert not at.warning, [w.value for w in at.warning]
    assert at.selectbox(key="vp_programma").value == "otago"
    assert at.slider(key="vp_jaren").value == 5
    assert at.text_input(key="vp_in_kosten_per_deelnemer").value == "300"
    table = __import__("dashboard.cli", fromlist=["area_table"]).area_table()
    area = vp.resolve_area(table, "regio", "ZK17")
    n65 = vp.inwoners_65plus(read_bevolking(), area.members)
    expected = vp.estimate(n65, vp.parameters_for(KENGETALLEN, "otago", {"kosten_per_deelnemer": 300}), 5)
    assert _metric(at, "investering") == vp_text.euro(expected.kosten_totaal)


@pytest.mark.parametrize(
    "bad", ["bereik:5", "bereik:-1", "bereik:1e9", "onzin:3", "bereik:nan", "bereik:" + "9" * 40]
)
def test_bad_link_values_are_ignored_with_a_notice(bad: str) -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900", "vp_waarden": bad})
    assert any("vp\\_waarden" in w.value and "ongeldig" in w.value for w in at.warning)
    assert at.text_input(key="vp_in_bereik").value == "3"


def test_programme_without_published_cost_asks_for_it_and_calculates_once_entered() -> None:
    at = open_app(PAGE, query={"provincie": "PV21"})  # Fryslân
    at.selectbox(key="vp_programma").set_value("otago").run()
    assert any("geen kostprijs per deelnemer gepubliceerd" in w.value for w in at.warning)
    assert not any(m.label.startswith("netto") for m in at.metric)
    assert at.text_input(key="vp_in_kosten_per_deelnemer").value == ""
    at.text_input(key="vp_in_kosten_per_deelnemer").input("300").run()
    assert any(m.label.startswith("netto") for m in at.metric)
    assert _query(at, "vp_programma") == "otago"
    assert "kosten_per_deelnemer:300" in _query(at, "vp_waarden")
    # A provincie has no region report: the page says so and offers the CSV.
    assert any("voor een provincie downloadt u de CSV" in c.value for c in at.caption)


def test_csv_download_and_report_are_offered_for_a_gemeente() -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    labels = [b.label for b in at.button]
    assert "Maak regiorapport met deze schatting (PDF)" in labels
    assert any(d.proto.label.startswith("Download als CSV") for d in at.get("download_button"))


def test_nood_list_opens_the_estimate_for_a_gemeente_without_valpreventie() -> None:
    at = open_app("app_pages/nood.py")
    target = at.selectbox(key="nood_vp_gemeente").value  # the first in the list: most need, no valpreventie
    assert target.startswith("GM")
    at.button(key="nood_vp_open").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value.startswith("Valpreventie")
    assert at.selectbox(key="vp_gebied").value == target == at.session_state["selected_gm"]
    assert any(h.value == "Stap 3 — Kosten en baten" for h in at.header)


def test_mijn_regio_links_to_the_estimate_with_the_region_chosen() -> None:
    at = open_app("app_pages/mijn_regio.py", query={"regio": "ZK17"})
    links = [link for link in at.get("page_link") if "Valpreventie" in link.proto.label]
    assert links and "Noord\\- en Midden\\-Limburg" in links[0].proto.label  # escaped: a markdown label
    at.switch_page(PAGE).run()
    assert at.selectbox(key="vp_gebied").value == "ZK17"


@pytest.mark.parametrize("typed", ["veel", "150", "-2", "1e3"])
def test_a_bad_number_keeps_the_last_value_and_says_why(typed: str) -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    before = _metric(at, "vallen voorkomen")
    at.text_input(key="vp_in_bereik").input(typed).run()
    assert not at.exception
    assert any("geen bruikbaar getal" in e.value and "0 tot 100" in e.value for e in at.error)
    assert _metric(at, "vallen voorkomen") == before and _query(at, "vp_waarden") is None


def test_dutch_number_format_is_read_and_written() -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    assert at.text_input(key="vp_in_vallen_per_persoon").value == "1,98"
    assert at.text_input(key="vp_in_kosten_per_seh_val").value == "9.750"
    at.text_input(key="vp_in_kosten_per_seh_val").input("8.500,5").run()
    assert at.text_input(key="vp_in_kosten_per_seh_val").value == "8.500,5"
    assert _query(at, "vp_waarden") == "kosten_per_seh_val:8500.5"


def test_switching_to_english_rewrites_the_fields_in_english_number_format() -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900"})
    assert at.text_input(key="vp_in_kosten_per_seh_val").value == "9.750"
    at.sidebar.radio(key="taal").set_value("en").run()
    assert at.text_input(key="vp_in_kosten_per_seh_val").value == "9,750"
    assert at.header[0].value == "Step 1 — Situation"


def _notes(programma: str) -> list:
    """The published figures the page shows for ``programma``, each with its Dutch and English note."""
    return list(vp.parameters_for(KENGETALLEN, programma).values())


def _shown(at) -> str:
    """Every text on the page and every cell of its table, without markdown escapes and link targets."""
    texts = [
        e.value for kind in ("markdown", "caption", "info", "warning", "error") for e in getattr(at, kind)
    ]
    cells = [str(cell) for frame in at.dataframe for cell in frame.value.to_numpy().ravel()]
    return re.sub(r"\]\([^)]*\)", "]", " ".join([*texts, *cells]).replace("\\", ""))


def test_an_english_reader_gets_every_source_note_in_english_and_none_in_dutch() -> None:
    at = open_app(PAGE, query={"provincie": "PV31"})
    at.sidebar.radio(key="taal").set_value("en").run()
    at.text_input(key="vp_in_bereik").input("6").run()
    assert not at.exception, [e.value for e in at.exception]
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    for figure in _notes("in_balans"):
        if figure.naam != "bereik":
            assert f"Source ({figure.jaar}): {figure.bron_en}" in captions
    table = at.dataframe[0].value
    published = KENGETALLEN.parameters["bereik"]
    assert dict(zip(table["parameter"], table["source"], strict=True)) == {
        **{figure.naam: figure.bron_en for figure in _notes("in_balans")},
        "bereik": f"your own value (published: {published.bron_en})",
    }
    shown = _shown(at)
    assert "Source (2023): No published amount per fall-risk test found" in shown
    assert [f.naam for f in _notes("in_balans") if f.bron in shown] == []
    assert "eigen waarde" not in shown and "gepubliceerd" not in shown


def test_a_dutch_reader_keeps_the_dutch_notes() -> None:
    at = open_app(PAGE, query={"provincie": "PV31"})
    shown = _shown(at)
    assert [f.naam for f in _notes("in_balans") if f.bron not in shown] == []
    assert [f.naam for f in _notes("in_balans") if f.bron_en in shown] == []


@pytest.mark.parametrize("programma", ["vallen_verleden_tijd", "otago"])
def test_another_programme_shows_its_effect_note_in_english(programma: str) -> None:
    at = open_app(PAGE, query={"gemeente": "GM1900", "vp_programma": programma, "taal": "en"})
    effect = KENGETALLEN.programmas[programma].effect
    assert effect is not None
    shown = _shown(at)
    assert effect.bron_en in shown and effect.bron not in shown


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Den Bosch", "GM0796"),
        ("Sittard Geleen", "GM1883"),
        ("Sudwest Fryslan", "GM1900"),
        ("Zuidwest Friesland", "GM1900"),
        ("Zuid Limburg", "ZK31"),
        ("'s Hertogenbosch", "GM0796"),
    ],
)
def test_the_area_chooser_finds_what_every_other_chooser_finds(typed: str, code: str) -> None:
    """Issue 21.13: the same options as every place chooser; choosing a spelling chooses the place itself."""
    at = open_app(PAGE)
    box = at.selectbox(key="vp_gebied")
    found = [value for value in box.options if typed.casefold() in value.casefold()]
    assert found, typed
    value = next(v for v in box.proto.options if typed.casefold() in v.casefold())
    option = next(k for k in data_options() if box.format_func(k) == value)
    box.set_value(option).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="vp_gebied").value == code
    assert any(h.value == "Stap 1 — Situatie" for h in at.header)


def test_haaren_offers_where_haaren_went_and_never_haaksbergen() -> None:
    at = open_app(PAGE)
    labels = [label for label in at.selectbox(key="vp_gebied").options if "haaren" in label.casefold()]
    assert labels and all("Haaren (tot 2021)" in label for label in labels)


def data_options() -> list[str]:
    from dashboard.analysis.search import KINDS
    from dashboard.ui import data

    return list(data.place_options("nl", KINDS))
