"""The change log from versions (pure): old → new per field, lists as items removed and added, the kinds, the
sides' word, the area and date filters, and never a person's e-mail address."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis.changes import (
    CONFIRMATION_FIELD,
    KINDS,
    LEVEL_FIELD,
    STATUS_FIELD,
    Selection,
    changes_of,
    counts_by_kind,
    field_changes,
    kind_of,
    select,
    standing_at,
)
from dashboard.core.initiative import Initiative
from dashboard.core.organisation import Side
from dashboard.core.schema import Level

T0 = datetime(2025, 3, 1, 9, 0)
SEED = "meegeleverde gegevens"


def record(**changes: object) -> Initiative:
    base = {
        "id": "zl",
        "naam": "Zuid-Limburg beweegt",
        "jaar": 2025,
        "reikwijdte": "gemeente",
        "gemeenten": ["GM0935"],
        "samenwerkingsniveau": "in_gesprek",
        "partijen": ["gemeente", "ggd"],
        "bronbestand": "register",
    }
    return Initiative.from_json(base | changes)


@dataclass(frozen=True)
class V:
    """A version as the register hands it out (the fields of ``VersionInfo`` the change log reads)."""

    record_id: str
    jaar: int
    version: int
    action: str
    changed_by: str
    changed_at: datetime
    reason: str
    data: Initiative
    organisation: str | None = None
    side: Side | None = None
    proposed_level: Level | None = None


def chain(*steps: tuple[str, Initiative, dict]) -> list[V]:
    """Versions 1, 2, ... of one initiative, an hour apart."""
    out = []
    for number, (action, data, extra) in enumerate(steps, start=1):
        out.append(
            V(
                data.id,
                data.jaar,
                number,
                action,
                "a@gemeente.nl",
                T0 + timedelta(hours=number),
                "",
                data,
                **extra,
            )
        )
    return out


def test_an_edit_lists_each_changed_field_old_to_new_and_lists_as_items_removed_and_added():
    before = record()
    after = record(samenwerkingsniveau="formeel", partijen=["gemeente", "huisarts"], naam="ZL beweegt")
    versions = chain(("nieuw", before, {}), ("gewijzigd", after, {"organisation": "Gemeente Maastricht"}))
    edit = [c for c in changes_of(versions) if c.kind == "gewijzigd"]
    assert {(c.field, c.old, c.new) for c in edit} == {
        ("naam", "Zuid-Limburg beweegt", "ZL beweegt"),
        ("samenwerkingsniveau", "in_gesprek", "formeel"),
        ("partijen", ("ggd",), ("huisarts",)),
    }
    assert {c.organisation for c in edit} == {"Gemeente Maastricht"}
    assert all(c.naam == "ZL beweegt" for c in edit)


def test_the_same_items_in_another_order_are_no_change():
    assert field_changes(record(partijen=["ggd", "gemeente"]), record()) == []


def test_the_newest_comes_first_and_each_version_is_compared_with_its_own_previous_one():
    a1, a2 = record(), record(toelichting="nieuw plan")
    b1 = record(id="b", gemeenten=["GM0363"])
    versions = [*chain(("nieuw", a1, {}), ("gewijzigd", a2, {})), *chain(("geladen", b1, {}))]
    found = changes_of(reversed(versions))
    assert [c.at for c in found] == sorted((c.at for c in found), reverse=True)
    assert [(c.record_id, c.kind, c.field) for c in found] == [
        ("zl", "gewijzigd", "toelichting"),
        ("zl", "nieuw", None),
        ("b", "nieuw", None),
    ]


def test_kinds_of_every_stored_action():
    assert {kind_of(a) for a in ("nieuw", "geladen")} == {"nieuw"}
    assert kind_of("bevestigd_door") == kind_of("bevestigd") == "bevestigd"
    assert kind_of("niet_bijgewerkt") == kind_of("overgenomen") == "overgenomen"
    assert kind_of("ingetrokken") == "ingetrokken" and kind_of("hersteld") == "hersteld"
    assert kind_of("betwist") == "betwist"
    assert kind_of("iets_nieuws") == "gewijzigd"  # an action this code does not know is still listed
    assert set(KINDS) >= {kind_of(a) for a in ("nieuw", "gewijzigd", "ingetrokken", "bevestigd", "betwist")}


def test_a_confirmation_a_dispute_and_the_status_moves():
    data = record()
    versions = chain(
        ("overgenomen", data, {}),
        ("bevestigd", data, {}),
        ("bevestigd_door", data, {"side": Side.GEMEENTE, "organisation": "Gemeente Maastricht"}),
        (
            "betwist",
            data,
            {"side": Side.ZORGVERZEKERAAR, "organisation": "CZ", "proposed_level": Level.INFORMEEL},
        ),
        ("niet_bijgewerkt", data, {}),
    )
    rows = {c.version: (c.kind, c.field, c.old, c.new, c.organisation) for c in changes_of(versions)}
    assert rows == {
        1: ("overgenomen", None, None, None, None),
        2: ("bevestigd", STATUS_FIELD, "concept", "bevestigd", None),
        3: ("bevestigd", CONFIRMATION_FIELD, None, "gemeente", "Gemeente Maastricht"),
        4: ("betwist", LEVEL_FIELD, "in_gesprek", "informeel", "CZ"),
        5: ("overgenomen", STATUS_FIELD, "concept", "overgenomen", None),
    }


def test_withdrawn_and_restored_are_one_row_each_with_the_reason():
    data = record()
    versions = chain(("nieuw", data, {}), ("ingetrokken", data, {}), ("hersteld", data, {}))
    versions[1] = replace(versions[1], reason="dubbel ingevoerd")
    rows = [(c.kind, c.field, c.reason) for c in changes_of(versions)]
    assert rows == [("hersteld", None, ""), ("ingetrokken", None, "dubbel ingevoerd"), ("nieuw", None, "")]


def test_the_register_s_own_writers_are_named_and_a_person_never():
    versions = chain(("geladen", record(), {}), ("gewijzigd", record(toelichting="x"), {}))
    versions[0] = replace(versions[0], changed_by=SEED)
    found = changes_of(versions, {SEED})
    assert [(c.actor, c.organisation) for c in found] == [(None, None), (SEED, None)]


@settings(deadline=None, max_examples=60)
@given(
    email=st.emails(),
    organisation=st.one_of(st.none(), st.text(min_size=1, max_size=30)),
    action=st.sampled_from(["nieuw", "gewijzigd", "ingetrokken", "bevestigd_door", "betwist", "bevestigd"]),
)
def test_no_change_ever_carries_the_editor_s_address(email, organisation, action):
    versions = chain(
        ("nieuw", record(), {}), (action, record(toelichting="anders"), {"organisation": organisation})
    )
    versions = [replace(v, changed_by=email, side=Side.GEMEENTE) for v in versions]
    for change in changes_of(versions, {SEED}):
        for item in fields(change):
            assert email not in repr(getattr(change, item.name))


def test_select_by_area_since_and_kind():
    a = record()  # Maastricht, ZK31
    moved = record(gemeenten=["GM0363"])  # moved to Amsterdam
    other = record(id="b", gemeenten=["GM0014"])
    versions = [
        *chain(("nieuw", a, {}), ("gewijzigd", moved, {})),
        *chain(("nieuw", other, {}), ("bevestigd_door", other, {"side": Side.GEMEENTE})),
    ]
    found = changes_of(versions)
    maastricht = select(found, Selection(members=frozenset({"GM0935"})))
    # the move shows in the area it left as well as in the one it reached
    assert {(c.record_id, c.version) for c in maastricht} == {("zl", 1), ("zl", 2)}
    assert {(c.record_id, c.version) for c in select(found, Selection(frozenset({"GM0363"})))} == {("zl", 2)}
    since = T0 + timedelta(hours=1)  # exclusive: version 1 (at exactly this moment) is before it
    assert {c.version for c in select(found, Selection(since=since))} == {2}
    assert [c.record_id for c in select(found, Selection(kinds=("bevestigd",)))] == ["b"]
    assert select(found, Selection()) == found


def test_counts_by_kind_count_rows_as_the_log_lists_them():
    versions = chain(
        ("nieuw", record(), {}),
        ("gewijzigd", record(naam="x", toelichting="y"), {}),
    )
    counts = counts_by_kind(changes_of(versions))
    assert counts["gewijzigd"] == 2 and counts["nieuw"] == 1 and counts["betwist"] == 0
    assert set(counts) == set(KINDS)


def test_standing_at_a_moment_replays_records_withdrawals_and_the_sides_word():
    data = record()
    edited = record(samenwerkingsniveau="formeel")
    versions = chain(
        ("overgenomen", data, {}),
        ("bevestigd_door", data, {"side": Side.GEMEENTE}),
        ("bevestigd_door", data, {"side": Side.ZORGVERZEKERAAR}),
        ("gewijzigd", edited, {}),  # a relation field: both words go
        ("betwist", edited, {"side": Side.GEMEENTE}),
    )
    other = chain(("nieuw", record(id="b"), {}), ("ingetrokken", record(id="b"), {}))
    at = [v.changed_at for v in versions]
    first = standing_at([*versions, *other], 2025, at[0])
    assert [(s.record.id, s.confirmation) for s in first] == [("b", "onbevestigd"), ("zl", "onbevestigd")]
    both = standing_at([*versions, *other], 2025, at[2])  # b was withdrawn by then
    assert [(s.record.id, s.confirmation) for s in both] == [("zl", "beide")]
    later = standing_at([*versions, *other], 2025, at[4])
    assert [(s.record.id, s.confirmation, s.record.samenwerkingsniveau) for s in later] == [
        ("zl", "betwist", Level.FORMEEL)
    ]
    assert standing_at(versions, 2024, at[4]) == []
    carried = chain(("overgenomen", data, {}), ("niet_bijgewerkt", data, {}))
    assert [s.carried for s in standing_at(carried, 2025, carried[-1].changed_at)] == [True]
