"""The Register page under AppTest: sign in with a local account, add, edit, withdraw, validation, scope,
the concurrent-edit conflict, import preview and confirm, a new peiljaar, and the other pages seeing it."""

from __future__ import annotations

from dashboard.register.access import Console
from dashboard.register.records import to_cells
from dashboard.ui.register_components import TOKEN_KEY
from tests.pages.register_pages import NEW_FORM, PASSWORD, fill_refused_form, page_errors, save, sign_in

PAGE = "app_pages/register.py"


def _sign_in(app, password=PASSWORD):
    return sign_in(app(PAGE), "Aanmelden", password)


def _save(at):
    return save(at, "Opslaan")


def test_viewing_needs_no_sign_in_and_a_wrong_password_is_refused(app, register):
    at = app(PAGE)
    assert at.title[0].value == "Register van initiatieven"
    assert "211 gepubliceerde initiatieven" in at.caption[0].value
    at = _sign_in(app, password="helemaal fout")
    assert "Onjuist e-mailadres of wachtwoord" in page_errors(at)
    assert TOKEN_KEY not in at.session_state


def test_sign_in_then_add_an_initiative_in_zuid_limburg(app, register):
    at = _sign_in(app)
    shown = " ".join(m.value for m in at.markdown).replace("\\", "").replace("\u2060", "")
    assert "Aangemeld als **a@example.nl** (redacteur; werkgebied: Zuid-Limburg (ZK31))" in shown
    at.text_input(key=NEW_FORM + "id").input("zl-nieuw")
    at.text_input(key=NEW_FORM + "naam").input("Samen gezond Zuid-Limburg")
    at.number_input(key=NEW_FORM + "jaar").set_value(2025)
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0935"])
    at.selectbox(key=NEW_FORM + "niveau").set_value("informeel")
    at = _save(at)
    assert any("Opgeslagen: Samen gezond Zuid-Limburg" in s.value.replace("\\", "") for s in at.success)
    entry = register.get(("zl-nieuw", 2025))
    assert entry.gemeenten == ("GM0935",) and entry.record["samenwerkingsniveau"] == "informeel"
    assert register.history(entry.key)[0].changed_by == "a@example.nl"
    # Every page reads the register: the data page now counts it.
    at.switch_page("app_pages/gegevens.py").run()
    assert {m.label: int(m.value) for m in at.metric}["Rijen in bestand"] == 212


def test_the_list_fields_are_saved_and_shown_again_when_editing(app, register):
    lists = {
        "zv": ("zorgverzekeraars", ["CZ"]),
        "partijen": ("partijen", ["gemeente", "huisarts"]),
        "fin": ("financiering", ["wmo"]),
        "int": ("interventies", ["gli"]),
        "gli": ("gli_programmas", ["cool"]),
        "doel": ("doelgroepen", ["ouderen"]),
    }
    at = _sign_in(app)
    at.text_input(key=NEW_FORM + "id").input("zl-lijsten")
    at.text_input(key=NEW_FORM + "naam").input("Lijsten")
    at.number_input(key=NEW_FORM + "jaar").set_value(2025)
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0935"])
    for key, (_, values) in lists.items():
        at.multiselect(key=NEW_FORM + key).set_value(values)
    at = _save(at)
    entry = register.get(("zl-lijsten", 2025))
    assert {field: list(entry.record[field]) for field, _ in lists.values()} == dict(lists.values())
    at = _pick(at, entry.key)
    form = "reg-zl-lijsten-2025-1-1-"
    assert {key: at.multiselect(key=form + key).value for key in lists} == {
        key: values for key, (_, values) in lists.items()
    }


def test_validation_errors_are_the_importers_and_nothing_is_saved(app, register):
    at = _sign_in(app)
    fill_refused_form(at)
    at = _save(at)
    errors = page_errors(at)
    assert "Niet opgeslagen" in errors and "gemeenten" in errors and "Tegenstrijdig" in errors
    assert ("zl-fout", 2020) not in {e.key for e in register.entries()}


def test_typed_codes_and_loose_spellings_go_through_the_resolver(app, register):
    at = _sign_in(app)
    at.text_input(key=NEW_FORM + "id").input("zl-oud")
    at.text_input(key=NEW_FORM + "naam").input("Oude naam")
    at.number_input(key=NEW_FORM + "jaar").set_value(2025)
    at.text_input(key=NEW_FORM + "gemeenten_typed").input("917; eijsden margraten; Sittard Geleen")
    at = _save(at)
    assert not page_errors(at)
    assert register.get(("zl-oud", 2025)).gemeenten == ("GM0917", "GM1903", "GM1883")


def test_amsterdam_is_refused_for_a_zuid_limburg_editor(app, register):
    at = _sign_in(app)
    at.text_input(key=NEW_FORM + "id").input("ams")
    at.text_input(key=NEW_FORM + "naam").input("Amsterdam beweegt")
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0363"])
    at = _save(at)
    assert "Buiten uw gebied: Amsterdam (GM0363)" in page_errors(at)
    assert ("ams", 2020) not in {e.key for e in register.entries()}


def _pick(at, key):
    at.selectbox(key="register_pick").set_value(f"{key[0]}\x1f{key[1]}").run()
    return at


def test_edit_then_withdraw(app, register):
    entry = register.save(
        Console(), {"id": "zl1", "naam": "Eerste naam", "jaar": "2025", "gemeenten": "Heerlen"}
    )
    at = _pick(_sign_in(app), entry.key)
    form = "reg-zl1-2025-1-0-"
    at.text_input(key=form + "naam").input("Tweede naam")
    at.text_input(key=form + "reason").input("naam gecorrigeerd")
    at = _save(at)
    edited = register.get(entry.key)
    assert edited.version == 2 and edited.record["naam"] == "Tweede naam"
    assert register.history(entry.key)[0].reason == "naam gecorrigeerd"
    withdraw_reason = next(ti for ti in at.text_input if ti.label == "Reden van intrekken (verplicht)")
    withdraw_reason.input("gestopt")
    next(b for b in at.button if b.label == "Intrekken").click().run()
    assert register.get(entry.key).withdrawn
    assert any("Ingetrokken: Tweede naam" in s.value.replace("\\", "") for s in at.success)


def test_concurrent_edit_is_refused_showing_the_others_change(app, register):
    entry = register.save(Console(), {"id": "zl1", "naam": "Begin", "jaar": "2025", "gemeenten": "Heerlen"})
    at = _pick(_sign_in(app), entry.key)
    # Someone else saves while this form is open.
    register.save(Console(), to_cells(entry.record) | {"naam": "Van de ander"}, expected_version=1)
    at.text_input(key="reg-zl1-2025-1-0-naam").input("Van mij")
    at = _save(at)
    assert "beheer (opdrachtregel) heeft dit initiatief" in page_errors(at)
    table = at.dataframe[0].value
    row = table[table["Veld"] == "naam"].iloc[0]
    assert (row["Opgeslagen door de ander"], row["Uw invoer"]) == ("Van de ander", "Van mij")
    assert register.get(entry.key).record["naam"] == "Van de ander"


def test_import_preview_then_confirm(app, register, tmp_path):
    at = _sign_in(app)
    content = b"id;naam;jaar;gemeenten\nzl-a;Import A;2025;Maastricht\nams;Import B;2025;Amsterdam\n"
    from dashboard.ingest.validation import load_bytes
    from dashboard.register.access import SessionToken
    from dashboard.register.importing import preview_import

    # AppTest cannot drive a file uploader; the page's preview is what this function returns for the file.
    preview = preview_import(
        register,
        SessionToken(at.session_state[TOKEN_KEY]),
        load_bytes(content, "f.csv", keep_initiatives=True),
    )
    assert (len(preview.of("nieuw")), preview.rejected_rows) == (1, 1)
    assert "Buiten uw gebied" in preview.refused[0].message


def test_new_peiljaar_copies_as_concepts_that_pages_do_not_show(app, register):
    register.save(Console(), {"id": "zl1", "naam": "Loopt door", "jaar": "2025", "gemeenten": "Heerlen"})
    register.open_peiljaar(
        Console(), 2026
    )  # a beheerder opens the round (tests/pages/test_register_round.py)
    at = _sign_in(app)
    assert register.get(("zl1", 2026)).status == "concept"
    assert 2026 not in set(register.records()["jaar"])
    next(b for b in at.button if b.label == "Alle concepten publiceren").click().run()
    assert 2026 in set(register.records()["jaar"])


def test_history_tab_lists_the_changes_and_offers_a_download(app, register):
    register.save(
        Console("a@example.nl"),
        {"id": "zl1", "naam": "Met geschiedenis", "jaar": "2025", "gemeenten": "Heerlen"},
    )
    at = _sign_in(app)
    table = next(df.value for df in at.dataframe if "Door" in df.value.columns)
    assert table.iloc[0]["Door"] == "a@example.nl" and table.iloc[0]["Id"] == "zl1"
    assert "Wijzigingen downloaden (CSV)" in [b.proto.label for b in at.get("download_button")]
