"""The register's functions on SQLite and PostgreSQL: seeding, versions, locking, scope, withdraw, carry-over."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.ingest.validation import data_path, load_path
from dashboard.register.access import Actor, Console, SessionToken
from dashboard.register.errors import ConflictError, InvalidRecordError, NotAllowedError, RegisterError
from dashboard.register.records import comparable, to_cells
from dashboard.register.repository import shown_reason
from dashboard.render.register_tables import history_frame
from tests.dashboard.register.conftest import CONSOLE, signed_in

MAASTRICHT = {
    "id": "zl-beweeg",
    "naam": "Beweegmaatjes Zuid-Limburg",
    "jaar": "2025",
    "gemeenten": "Maastricht; Heerlen",
    "samenwerkingsniveau": "informeel",
    "partijen": "gemeente; zorgverzekeraar; huisarts",
    "zorgverzekeraars": "CZ",
}


def test_first_start_loads_the_shipped_records_with_their_provenance(register):
    shipped = load_path(data_path()).records
    records = register.records()
    assert len(records) == len(shipped)
    assert records["voorbeelddata"].sum() == shipped["voorbeelddata"].sum()  # example / named kept apart
    by_key = {(r["id"], r["jaar"]): comparable(r) for r in records.to_dict(orient="records")}
    for row in shipped.to_dict(orient="records"):
        assert by_key[(row["id"], row["jaar"])] == comparable(row)
    # Every loaded record has a first version naming where it came from.
    (version,) = register.history(("zl-beweeg", 2025)) or [None]
    assert version is None
    key = (shipped.iloc[0]["id"], int(shipped.iloc[0]["jaar"]))
    (first,) = register.history(key)
    assert first.action == "geladen" and first.changed_by == "meegeleverde gegevens"


def test_initialize_is_safe_to_repeat(register):
    before = register.revision()
    assert register.initialize().loaded == 0
    assert register.revision() == before


def test_leeg_starts_empty(empty_register):
    assert len(empty_register.records()) == 0
    # A register that was started empty on purpose stays empty on the next start.
    assert empty_register.initialize().loaded == 0
    assert len(empty_register.records()) == 0


def test_add_edit_and_history_name_the_editor(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl")
    revision = reg.revision()
    entry = reg.save(editor, MAASTRICHT, reason="nieuw in 2025")
    assert entry.version == 1 and entry.gemeenten == ("GM0935", "GM0917")
    assert reg.revision() > revision
    cells = to_cells(entry.record) | {"naam": "Beweegmaatjes ZL", "startjaar": "2023"}
    edited = reg.save(editor, cells, expected_version=1, reason="naam ingekort")
    assert edited.version == 2 and edited.record["naam"] == "Beweegmaatjes ZL"
    newest, first = reg.history(("zl-beweeg", 2025))
    assert (newest.version, newest.changed_by, newest.reason) == (2, "a@example.nl", "naam ingekort")
    assert newest.changed_fields == ("naam", "startjaar")
    assert first.action == "nieuw" and first.reason == "nieuw in 2025"
    # The pages see the edit.
    assert list(reg.records()["naam"]) == ["Beweegmaatjes ZL"]


def test_saving_without_a_change_makes_no_version(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl")
    entry = reg.save(editor, MAASTRICHT)
    again = reg.save(editor, to_cells(entry.record), expected_version=1)
    assert again.version == 1 and len(reg.history(entry.key)) == 1


def test_the_form_uses_the_importers_messages(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl")
    with pytest.raises(InvalidRecordError) as caught:
        reg.save(editor, MAASTRICHT | {"gemeenten": "Maastrich", "jaar": "1999"})
    messages = [(issue.column, issue.message) for issue in caught.value.issues if issue.severity == "error"]
    columns = {column for column, _ in messages}
    assert {"gemeenten", "jaar"} <= columns
    assert any("Onmogelijk jaar 1999" in message for _, message in messages)
    assert len(reg.records()) == 0


def test_second_save_on_the_same_version_is_refused_with_the_others_change(empty_register):
    reg = empty_register
    first = signed_in(reg, "a@example.nl")
    second = signed_in(reg, "b@example.nl")
    entry = reg.save(first, MAASTRICHT)
    reg.save(first, to_cells(entry.record) | {"naam": "Versie van A"}, expected_version=1)
    with pytest.raises(ConflictError) as caught:
        reg.save(second, to_cells(entry.record) | {"naam": "Versie van B"}, expected_version=1)
    other = caught.value.other
    assert other is not None and other.changed_by == "a@example.nl" and other.data["naam"] == "Versie van A"
    assert "a@example.nl" in caught.value.message and "naam" in caught.value.message
    assert reg.get(entry.key).record["naam"] == "Versie van A"


def test_redacteur_outside_scope_is_refused_and_nothing_is_written(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl", scope=("ZK31",))
    revision = reg.revision()
    with pytest.raises(NotAllowedError, match=r"Amsterdam \(GM0363\)"):
        reg.save(editor, MAASTRICHT | {"id": "ams", "gemeenten": "Amsterdam"})
    # One gemeente outside is enough: all of them must lie in the scope.
    with pytest.raises(NotAllowedError):
        reg.save(editor, MAASTRICHT | {"gemeenten": "Maastricht; Amsterdam"})
    assert len(reg.records()) == 0 and reg.revision() == revision
    # A gemeente code in the scope works as well as a region code.
    amsterdammer = signed_in(reg, "b@example.nl", scope=("GM0363",))
    assert reg.save(amsterdammer, MAASTRICHT | {"id": "ams", "gemeenten": "Amsterdam"}).version == 1
    # ... and the ZK31 editor may not edit that one either.
    entry = reg.get(("ams", 2025))
    with pytest.raises(NotAllowedError):
        reg.save(editor, to_cells(entry.record) | {"gemeenten": "Maastricht"}, expected_version=1)


def test_a_forged_user_is_not_a_credential(empty_register):
    reg = empty_register
    signed_in(reg, "a@example.nl", scope=("ZK31",))
    forged = Actor("a@example.nl", "beheerder", ())
    with pytest.raises(NotAllowedError):
        reg.save(forged, MAASTRICHT | {"gemeenten": "Amsterdam"})  # type: ignore[arg-type]
    with pytest.raises(NotAllowedError):
        reg.save(SessionToken("made-up-token"), MAASTRICHT)
    # The role and scope come from the database, whatever else the caller holds.
    editor = signed_in(reg, "b@example.nl", scope=("ZK31",))
    with pytest.raises(NotAllowedError):
        reg.save(replace(editor), MAASTRICHT | {"gemeenten": "Amsterdam"})
    assert len(reg.records()) == 0


def test_withdraw_hides_and_only_a_beheerder_restores(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl")
    boss = signed_in(reg, "baas@example.nl", role="beheerder", scope=())
    entry = reg.save(editor, MAASTRICHT)
    with pytest.raises(RegisterError, match="reden"):
        reg.withdraw(editor, entry.key, expected_version=1, reason=" ")
    gone = reg.withdraw(editor, entry.key, expected_version=1, reason="gestopt")
    assert gone.withdrawn and len(reg.records()) == 0
    with pytest.raises(NotAllowedError, match="beheerder"):
        reg.restore(editor, entry.key)
    back = reg.restore(boss, entry.key, reason="toch actief")
    assert not back.withdrawn and len(reg.records()) == 1
    actions = [v.action for v in reg.history(entry.key)]
    assert actions == ["hersteld", "ingetrokken", "nieuw"]


def test_new_peiljaar_copies_the_scope_as_concepts(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl", scope=("ZK31",))
    reg.save(CONSOLE, MAASTRICHT | {"jaar": "2025"})
    reg.save(CONSOLE, MAASTRICHT | {"id": "ams", "jaar": "2025", "gemeenten": "Amsterdam"})
    # A redacteur fills a round, but only a beheerder opens one.
    with pytest.raises(NotAllowedError, match="nog niet geopend"):
        reg.carry_over(editor, 2025, 2026)
    copied = reg.open_peiljaar(CONSOLE, 2026)
    assert sorted(copied) == [("ams", 2026), ("zl-beweeg", 2026)]
    # Pages show confirmed records only; an editor can preview the concepts.
    assert set(reg.records()["jaar"]) == {2025}
    assert set(reg.records(include_concepts=True)["jaar"]) == {2025, 2026}
    assert reg.carry_over(editor, 2025, 2026) == [] and reg.open_peiljaar(CONSOLE, 2026) == []
    copied = [("zl-beweeg", 2026)]
    assert reg.confirm_concepts(editor, copied) == 1
    assert set(reg.records()["jaar"]) == {2025, 2026}
    # The reason the register wrote itself reads in the reader's language; a person's own reason as typed.
    history = {lang: history_frame(reg.history(("zl-beweeg", 2026)), lang) for lang in ("nl", "en")}
    assert "overgenomen uit 2025" in set(history["nl"].iloc[:, -1])
    assert "carried over from 2025" in set(history["en"].iloc[:, -1])
    assert shown_reason("gewijzigd", "overgenomen uit 2025") == "overgenomen uit 2025"


def test_console_may_act_as_a_named_user_with_their_scope(empty_register):
    reg = empty_register
    signed_in(reg, "a@example.nl", scope=("ZK31",))
    entry = reg.save(Console("a@example.nl"), MAASTRICHT)
    assert reg.history(entry.key)[0].changed_by == "a@example.nl"
    with pytest.raises(NotAllowedError):
        reg.save(Console("a@example.nl"), MAASTRICHT | {"id": "x", "gemeenten": "Amsterdam"})
    with pytest.raises(NotAllowedError, match="bestaat niet"):
        reg.save(Console("niemand@example.nl"), MAASTRICHT | {"id": "y"})


def test_history_per_region(empty_register):
    reg = empty_register
    reg.save(CONSOLE, MAASTRICHT)
    reg.save(CONSOLE, MAASTRICHT | {"id": "ams", "gemeenten": "Amsterdam"})
    assert [v.record_id for v in reg.history(regio="ZK31")] == ["zl-beweeg"]
    assert len(reg.history()) == 2
