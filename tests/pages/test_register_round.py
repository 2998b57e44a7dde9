"""Issue 20 (points 1, 2, 5) and issue 22.3 on the Register page under AppTest, with several sessions at once:

- the round tab: a beheerder opens a round and closes it (a reason required, what is still open listed first);
- "Te bevestigen": a gemeente account and an insurer account each confirm or dispute for their side; an account
  without an organisation, or of a third party, gets no buttons and is refused on the server; example data is
  never listed;
- an empty id gets a readable one; the rejected rows of an import can be downloaded;
- 22.3: while one editor has an initiative open, another renames it, confirms its concept or withdraws it: the
  first editor's form stays on it, and a submit is refused with a message and the typed input kept (also after
  "Hun versie laden", which shows their version, never an empty new form).
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.register.access import Console
from dashboard.ui.register_components import TOKEN_KEY
from tests.dashboard.register.conftest import HEERLEN
from tests.pages.register_pages import EDITOR, NEW_FORM, PASSWORD, page_errors, save

PAGE = "app_pages/register.py"


def _account(register, email, organisation, role="redacteur", scope=("ZK31",)):
    register.accounts.add(email, role, scope, register.organisation(organisation) if organisation else None)
    register.accounts.set_password(email, PASSWORD)


def _signed_in(app, email=EDITOR) -> AppTest:
    at = app(PAGE)
    at.text_input[0].input(email)
    at.text_input[1].input(PASSWORD)
    next(b for b in at.button if b.label == "Aanmelden").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[TOKEN_KEY]
    return at


def _tab(at: AppTest, name: str):
    (tab,) = [tab for tab in at.tabs if tab.label == t(f"register.tab.{name}")]
    return tab


def _texts(element) -> str:
    parts = [m.value for kind in ("markdown", "caption", "success", "info", "warning", "error")
             for m in getattr(element, kind)]  # fmt: skip
    return " ".join(parts).replace("\\", "").replace("\u2060", "")


def _click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# ------------------------------------------------------------------------------------------------------------------
# The round


def test_a_beheerder_opens_a_round_and_closes_it_with_a_reason(app, register):
    _account(register, "beheer@example.nl", None, role="beheerder", scope=())
    at = _signed_in(app, "beheer@example.nl")
    tab = _tab(at, "year")
    assert "vastgesteld" in " ".join(str(v) for v in tab.dataframe[0].value.iloc[:, 1])
    at.number_input(key="register_round_open_year").set_value(2021)
    next(b for b in _tab(at, "year").button if b.label == "Ronde openen").click().run()
    assert any("116 initiatieven overgenomen als concept" in s.value for s in at.success)
    assert register.rounds().is_open(2021)
    tab = _tab(at, "year")
    assert "Peiljaar 2021 is nog open" in _texts(tab)
    assert "116 initiatieven zijn nog niet bijgewerkt" in _texts(tab)
    # No reason: refused, nothing closed.
    close = next(b for b in tab.button if b.label == "Peiljaar 2021 vaststellen")
    close.click().run()
    assert "Geef een reden" in page_errors(at)
    assert register.rounds().is_open(2021)
    at.text_area(key="register_round_close_reason_2021").input("Ronde 2021 gesloten na de deadline")
    next(b for b in _tab(at, "year").button if b.label == "Peiljaar 2021 vaststellen").click().run()
    assert any("gepubliceerd als overgenomen" in s.value for s in at.success)
    assert register.newest_vastgesteld() == 2021


def test_a_redacteur_sees_the_round_but_cannot_open_or_close_it(app, register):
    register.open_peiljaar(Console(), 2021)
    at = _signed_in(app)
    labels = {b.label for b in _tab(at, "year").button}
    assert "Ronde openen" not in labels and "Peiljaar 2021 vaststellen" not in labels
    assert "Alle concepten publiceren" in labels


# ------------------------------------------------------------------------------------------------------------------
# Te bevestigen


def test_both_sides_confirm_and_dispute_in_their_own_sessions(app, register):
    entry = register.save(Console(), HEERLEN)
    _account(register, "g@heerlen.nl", "Heerlen")
    _account(register, "r@cz.nl", "CZ")
    gemeente, insurer = _signed_in(app, "g@heerlen.nl"), _signed_in(app, "r@cz.nl")
    assert "Organisatie: Gemeente Heerlen." in _texts(gemeente)
    tab = _texts(_tab(gemeente, "confirm"))
    assert "Heerlen fit" in tab and "Voorbeelddata staat niet in deze lijst" in tab
    # Example data is not confirmable: none of it is listed (Heerlen has example initiatives in 2019/2020).
    examples = {e.key for e in register.entries() if e.record.voorbeelddata and "GM0917" in e.gemeenten}
    assert examples and not any(
        f"confirm-{k[0]}-{k[1]}" in {b.key for b in gemeente.button} for k in examples
    )
    _click(gemeente, "confirm-hl-2025")
    assert "Bevestigd: Heerlen fit (2025)" in _texts(gemeente)
    # The insurer saw version 1 and disputes it: the gemeente's confirmation since then is no conflict.
    insurer.text_area(key="dispute-reason-hl-2025").input("Er zijn nog geen afspraken")
    insurer.selectbox(key="dispute-level-hl-2025").set_value("in_gesprek")
    next(b for b in _tab(insurer, "confirm").button if b.label == "Betwisten").click().run()
    assert not insurer.exception, [e.value for e in insurer.exception]
    assert "Betwist: Heerlen fit (2025)" in _texts(insurer)
    current = register.get(entry.key)
    assert current.confirmation.state.value == "betwist"
    assert current.confirmation.gemeente is not None and current.confirmation.zorgverzekeraar is not None
    # The gemeente's list shows the insurer's dispute with its reason on the next run.
    gemeente.run()
    assert "betwist door CZ" in _texts(_tab(gemeente, "confirm"))
    assert "Er zijn nog geen afspraken" in _texts(_tab(gemeente, "confirm"))


def test_an_account_without_organisation_or_of_a_third_party_cannot_confirm(app, register):
    register.save(Console(), HEERLEN)
    _account(register, "ggd@example.nl", "GGD Zuid Limburg")
    no_org = _signed_in(app)  # the conftest's editor: no organisation (as after the migration)
    assert "Uw account hoort nog bij geen organisatie" in _texts(_tab(no_org, "confirm"))
    third = _signed_in(app, "ggd@example.nl")
    assert "geen initiatieven die GGD Zuid Limburg kan bevestigen" in _texts(_tab(third, "confirm"))
    assert not [b for b in third.button if b.key and b.key.startswith("confirm-")]


# ------------------------------------------------------------------------------------------------------------------
# Point 5: an automatic id; the rejected rows of an import to download


def test_an_empty_id_gets_a_readable_one_said_in_the_saved_message(app, register):
    at = _signed_in(app)
    at.text_input(key=NEW_FORM + "naam").input("Samen Gezond")
    at.number_input(key=NEW_FORM + "jaar").set_value(2025)
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0935"])
    at = save(at, "Opslaan")
    assert "Id: maastricht-samen-gezond-2025." in " ".join(s.value for s in at.success).replace(
        "\\", ""
    ).replace("\u2060", "")
    assert register.get(("maastricht-samen-gezond-2025", 2025)).record.naam == "Samen Gezond"
    # The form shows the saved initiative, by its id and year.
    assert at.selectbox(key="register_pick").value == "maastricht-samen-gezond-2025\x1f2025"


def test_the_rejected_rows_of_an_import_can_be_downloaded(app, register):
    at = _signed_in(app)
    content = "id;naam;jaar;gemeenten\nzl-a;A;2025;Maastricht\nams;B;2025;Amsterdam\nfout;C;2025;Maastrich\n"
    at.file_uploader(key="register_import_file").set_value(("f.csv", content.encode(), "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    (button,) = [b for b in at.get("download_button") if b.proto.label.startswith("De 2 afgekeurde rijen")]
    assert button.proto.label == "De 2 afgekeurde rijen downloaden (CSV, om te verbeteren)"


# ------------------------------------------------------------------------------------------------------------------
# Issue 22.3: two editors at once


def _open_in_form(at: AppTest, key) -> AppTest:
    at.selectbox(key="register_pick").set_value(f"{key[0]}\x1f{key[1]}").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _form_key(key, version=1) -> str:
    return f"reg-{key[0]}-{key[1]}-{version}-0-"


@pytest.mark.parametrize("change", ["rename", "confirm_concept", "withdraw"])
def test_a_form_open_while_another_editor_changes_the_initiative_is_never_dropped(app, register, change):
    if change == "confirm_concept":
        register.save(Console(), {"id": "zl1", "naam": "Begin", "jaar": "2024", "gemeenten": "Heerlen"})
        register.open_peiljaar(Console(), 2025)
        key = ("zl1", 2025)
    else:
        key = register.save(
            Console(), {"id": "zl1", "naam": "Begin", "jaar": "2025", "gemeenten": "Heerlen"}
        ).key
    mine, theirs = _open_in_form(_signed_in(app), key), _open_in_form(_signed_in(app), key)
    form = _form_key(key)
    # The other editor acts through the page.
    if change == "rename":
        theirs.text_input(key=form + "naam").input("Hun naam")
        theirs = save(theirs, "Opslaan")
    elif change == "confirm_concept":
        next(b for b in _tab(theirs, "year").button if b.label == "Alle concepten publiceren").click().run()
    else:
        next(ti for ti in theirs.text_input if ti.label == "Reden van intrekken (verplicht)").input("gestopt")
        next(b for b in theirs.button if b.label == "Intrekken").click().run()
    assert not theirs.exception
    version = register.get(key).version
    assert version == 2
    if change != "withdraw":
        # A rerun of the first editor's page: the initiative's label changed, the form stays on it.
        mine.run()
        assert mine.selectbox(key="register_pick").value == f"{key[0]}\x1f{key[1]}"
    # The first editor types and submits (AppTest sends a form's fields with its submit, as a browser does):
    # in that run the pick list's label is new (or the initiative has left the list).
    mine.text_input(key=form + "naam").input("Mijn naam")
    mine.text_area(key=form + "toel").input("mijn toelichting")
    mine = save(mine, "Opslaan")
    assert mine.selectbox(key="register_pick").value == f"{key[0]}\x1f{key[1]}"
    # Refused with a message, the typed input kept.
    assert page_errors(mine)
    assert mine.text_input(key=form + "naam").value == "Mijn naam"
    assert mine.text_area(key=form + "toel").value == "mijn toelichting"
    assert register.get(key).record.naam != "Mijn naam"
    if change == "withdraw":
        assert "ingetrokken" in page_errors(mine)
        return
    # "Hun versie laden": their version in the form, for the same initiative (never an empty new form).
    next(b for b in mine.button if b.label == "Hun versie laden").click().run()
    assert not mine.exception, [e.value for e in mine.exception]
    assert mine.selectbox(key="register_pick").value == f"{key[0]}\x1f{key[1]}"
    reloaded = f"reg-{key[0]}-{key[1]}-{version}-1-"
    assert mine.text_input(key=reloaded + "naam").value == register.get(key).record.naam
    mine.text_input(key=reloaded + "naam").input("Mijn naam, opnieuw")
    mine = save(mine, "Opslaan")
    assert register.get(key).record.naam == "Mijn naam, opnieuw"


def test_a_submit_after_the_pick_list_changed_order_keeps_its_initiative(app, register):
    """Another editor adding initiatives (the list grows and reorders) does not move the form either."""
    key = register.save(Console(), {"id": "zl1", "naam": "Zeker", "jaar": "2025", "gemeenten": "Heerlen"}).key
    mine = _open_in_form(_signed_in(app), key)
    for number in range(3):
        register.save(Console(), {"id": f"a{number}", "naam": f"Aaa {number}", "jaar": "2026",
                                  "gemeenten": "Heerlen"})  # fmt: skip
    mine.text_input(key=_form_key(key) + "naam").input("Zeker, nieuw")
    mine = save(mine, "Opslaan")
    assert register.get(key).record.naam == "Zeker, nieuw"
    assert not page_errors(mine)


def test_the_saved_message_never_draws_a_name_as_an_icon_or_markup(app, register):
    """Issue 22.9: ':material/warning:' (or an emoji shortcode, or markdown) in a saved name stays text."""
    at = _signed_in(app)
    hostile = ":material/warning: :smile: **vet** [link](https://x.nl) :red[rood] www.x.nl a@b.nl"
    at.text_input(key=NEW_FORM + "id").input("zl-icoon")
    at.text_input(key=NEW_FORM + "naam").input(hostile)
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0935"])
    at = save(at, "Opslaan")
    (message,) = [s.value for s in at.success]
    # Every colon that something follows is kept apart from it (no icon or shortcode pattern matches), and
    # the markdown is escaped; read back without the escapes, the name is exactly what was typed.
    assert ":material/" not in message and ":smile:" not in message
    assert "www\\." not in message and "a\\@" not in message  # no literal autolinks either
    assert hostile in message.replace("\\", "").replace("\u2060", "")


def test_a_re_import_says_one_thing_and_never_contradicts_itself(app, register):
    at = _signed_in(app)
    content = b"id;naam;jaar;gemeenten\nzl-a;A;2025;Maastricht\nams;B;2025;Amsterdam\n"
    at.file_uploader(key="register_import_file").set_value(("f.csv", content, "text/csv")).run()
    at.checkbox(key="register_import_partial").check().run()
    next(b for b in _tab(at, "import").button if b.proto.type == "primary").click().run()
    tab = _tab(at, "import")
    # Applied: one message that says so, nothing to apply any more, no "nothing is saved" warning.
    assert [s.value for s in tab.success] == [
        "f\\.csv is ingelezen: 1 nieuw, 0 gewijzigd. Kies een ander bestand om verder te gaan."
    ]
    assert not tab.warning and not [b for b in tab.button if b.proto.type == "primary"]
    # The same file again: the accepted row is already there, the refused one still refused: one message.
    at.file_uploader(key="register_import_file").set_value(("f.csv", content, "text/csv")).run()
    tab = _tab(at, "import")
    assert [i.value for i in tab.info] == [t("peiljaar.import.nothing_rejected")]
    assert not tab.warning and not tab.success and not tab.checkbox
    assert not [b for b in tab.button if b.proto.type == "primary"]
    assert any(b.proto.label.startswith("De afgekeurde rij downloaden") for b in at.get("download_button"))
