"""The Wijzigingen page through app.py (AppTest), in Dutch and English: old → new since the last vaststelling by
organisation, the sidebar's region and a chosen gemeente, a date of the reader's own, the kinds, the CSV; the
slide "Wat is er veranderd sinds …"; the Register page's history as old → new."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from dashboard.register.access import SessionToken
from dashboard.register.records import to_cells
from dashboard.ui.sidebar import LANG_KEY
from tests.pages.apptest import open_app
from tests.pages.register_pages import PASSWORD

PAGE = "app_pages/wijzigingen.py"
GEMEENTE = "redactie@maastricht.nl"
INSURER = "regio@cz.nl"


def _account(register, email: str, organisation: str) -> SessionToken:
    register.accounts.add(email, "redacteur", ("ZK31",), register.organisation(organisation))
    register.accounts.set_password(email, PASSWORD)
    return SessionToken(register.accounts.sign_in(email, PASSWORD))


@pytest.fixture
def changed(register):
    """The shipped register (its peiljaren vastgesteld when it was filled), then a form edit by Maastricht and
    a confirmation by CZ of a real initiative in Zuid-Limburg (R02, Samen voor Heerlen)."""
    gemeente = _account(register, GEMEENTE, "Heerlen")
    insurer = _account(register, INSURER, "CZ")
    entry = register.get(("R02", 2020))
    cells = to_cells(entry.record) | {
        "preventiecoalitie": "nee",  # a coalition is at the formal level by RIVM's rule
        "samenwerkingsniveau": "informeel",
        "afspraken": "inhoud",
    }
    entry = register.save(gemeente, cells, expected_version=entry.version, reason="bijgesteld na overleg")
    register.confirm_side(insurer, entry.key, seen_version=entry.version)
    return register


def _table(at):
    frames = [df.value for df in at.dataframe]
    assert len(frames) == 1
    return frames[0]


def _texts(at) -> str:
    return " ".join(m.value for m in [*at.markdown, *at.info, *at.caption]).replace("\\", "")


def test_the_change_log_since_the_last_vaststelling_in_dutch(changed):
    at = open_app(PAGE)
    assert at.radio(key="wz_sinds").value == "vaststelling"
    assert re.search(r"4 wijzigingen sinds \d+ \w+ \d{4} in heel Nederland", _texts(at))
    table = _table(at)
    rows = table[["Organisatie", "Initiatief", "Soort", "Veld", "Oud", "Nieuw", "Reden"]].values.tolist()
    assert rows == [
        ["CZ", "Samen voor Heerlen (2020)", "bevestigd", "Bevestiging", "", "bevestigd door zorgverzekeraar (informele afspraken)", ""],
        ["Gemeente Heerlen", "Samen voor Heerlen (2020)", "gewijzigd", "Preventiecoalitie", "ja", "nee", "bijgesteld na overleg"],
        ["Gemeente Heerlen", "Samen voor Heerlen (2020)", "gewijzigd", "Samenwerkingsniveau", "formele afspraken", "informele afspraken", "bijgesteld na overleg"],
        ["Gemeente Heerlen", "Samen voor Heerlen (2020)", "gewijzigd", "Afspraken", "(leeg)", "inhoud", "bijgesteld na overleg"],
    ]  # fmt: skip
    assert "@" not in table.to_string()
    assert "Wijzigingen downloaden (CSV)" in [b.proto.label for b in at.get("download_button")]


def test_the_change_log_in_english(changed):
    at = open_app(PAGE)
    at.sidebar.radio(key=LANG_KEY).set_value("en").run()
    assert not at.exception
    assert re.search(r"4 changes since \d+ \w+ \d{4} in the whole Netherlands", _texts(at))
    table = _table(at)
    assert list(table.columns[:3]) == ["When", "Organisation", "Id"]
    level = table[table["Field"] == "Collaboration level"].iloc[0]
    assert (level["Kind"], level["Old"], level["New"]) == (
        "changed",
        "formal agreements",
        "informal agreements",
    )
    assert "Download the changes (CSV)" in [b.proto.label for b in at.get("download_button")]
    assert at.radio(key="wz_sinds").options[0].startswith("the adoption of reference year")


def test_the_sidebar_region_and_a_chosen_gemeente_narrow_it(changed):
    at = open_app(PAGE, {"regio": "ZK02"})
    assert not at.dataframe
    assert re.search(r"Geen wijzigingen sinds .* in Regio Amsterdam\.", _texts(at))
    at = open_app(PAGE, {"regio": "ZK31"})
    assert len(_table(at)) == 4
    at = open_app(PAGE, {"gemeente": "GM0917"})
    assert len(_table(at)) == 4 and "in gemeente Heerlen" in _texts(at)
    at = open_app(PAGE, {"gemeente": "GM0935"})  # Maastricht: R02 is Heerlen's alone
    assert not at.dataframe


def test_a_date_of_the_reader_s_own_and_the_kinds(changed):
    at = open_app(PAGE)
    at.radio(key="wz_sinds").set_value("datum").run()
    at.date_input(key="wz_datum").set_value(date.today() + timedelta(days=1)).run()
    assert not at.dataframe and "Geen wijzigingen sinds" in _texts(at)
    at.radio(key="wz_sinds").set_value("alles").run()
    everything = _table(at)
    assert len(everything) > 200 and "meegeleverde gegevens" in set(everything["Organisatie"])
    at.multiselect(key="wz_soorten").set_value(["bevestigd"]).run()
    assert _table(at)["Soort"].tolist() == ["bevestigd"]


def test_the_slide_says_what_changed_since_in_both_languages(changed):
    at = open_app(None, {"presentatie": "1", "dia": "7", "regio": "ZK31"})
    assert not at.exception
    assert re.fullmatch(r"Wat is er veranderd in Zuid\\-Limburg sinds \d+ \w+ \d{4}\?", at.title[0].value)
    text = _texts(at)
    assert "4 wijzigingen sinds" in text and "in Zuid-Limburg" in text
    assert "Samen voor Heerlen (2020)**: formele afspraken → informele afspraken" in text
    assert at.get("plotly_chart")
    at.sidebar.radio(key=LANG_KEY).set_value("en").run()
    assert re.fullmatch(r"What has changed in Zuid\\-Limburg since \d+ \w+ \d{4}\?", at.title[0].value)
    assert "formal agreements → informal agreements" in _texts(at)


def test_the_slide_of_an_area_without_changes_says_so(changed):
    at = open_app(None, {"presentatie": "1", "dia": "7", "regio": "ZK02"})
    assert "Geen wijzigingen sinds" in _texts(at) and not at.get("plotly_chart")


def test_the_register_page_history_shows_old_to_new(changed):
    from tests.pages.register_pages import EDITOR, sign_in

    at = open_app("app_pages/register.py")
    sign_in(at, "Aanmelden")
    at.radio(key="register_history_kind").set_value("initiative").run()
    at.selectbox(key="register_history_pick").set_value("R02\x1f2020").run()  # the option's value: id, year
    table = next(df.value for df in at.dataframe if "Oud" in df.value.columns)
    level = table[table["Veld"] == "Samenwerkingsniveau"].iloc[0]
    assert (level["Oud"], level["Nieuw"], level["Door"]) == (
        "formele afspraken",
        "informele afspraken",
        GEMEENTE,
    )
    assert EDITOR  # signed in as the page's editor: the account column is for signed-in editors only
