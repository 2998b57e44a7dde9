"""Importing a file into the register: preview, all-or-nothing, partial, scope, idempotence, lossless export."""

from __future__ import annotations

import pytest

from dashboard.export.tabular import records_to_csv_bytes, records_to_xlsx_bytes
from dashboard.ingest.validation import load_bytes
from dashboard.register.errors import ConflictError
from dashboard.register.importing import apply_import, preview_import
from dashboard.register.records import to_cells
from tests.dashboard.register.conftest import CONSOLE, signed_in

HEADER = "id;naam;jaar;gemeenten;samenwerkingsniveau\n"


def _file(*rows: str) -> bytes:
    return (HEADER + "\n".join(rows) + "\n").encode()


def test_preview_then_commit_and_reimport_changes_nothing(empty_register):
    reg = empty_register
    data = _file("a;Alpha;2025;Maastricht;formeel", "b;Beta;2025;Heerlen;apart")
    preview = preview_import(reg, CONSOLE, load_bytes(data, "f.csv", keep_initiatives=True))
    assert [p.kind for p in preview.plans] == ["nieuw", "nieuw"] and len(reg.records()) == 0
    apply_import(reg, CONSOLE, preview)
    assert len(reg.records()) == 2
    revision = reg.revision()
    again = preview_import(reg, CONSOLE, load_bytes(data, "f.csv", keep_initiatives=True))
    assert [p.kind for p in again.plans] == ["ongewijzigd", "ongewijzigd"]
    apply_import(reg, CONSOLE, again)
    assert reg.revision() == revision


def test_changed_rows_show_old_and_new_per_field(empty_register):
    reg = empty_register
    apply_import(
        reg,
        CONSOLE,
        preview_import(
            reg, CONSOLE, load_bytes(_file("a;Alpha;2025;Maastricht;formeel"), "f.csv", keep_initiatives=True)
        ),
    )
    changed = preview_import(
        reg, CONSOLE, load_bytes(_file("a;Alfa;2025;Maastricht;5"), "f.csv", keep_initiatives=True)
    )
    (plan,) = changed.plans
    assert plan.kind == "gewijzigd"
    assert {(c.field, c.old, c.new) for c in plan.changes} == {
        ("naam", "Alpha", "Alfa"),
        ("samenwerkingsniveau", "formeel", "informeel"),
    }
    assert changed.to_json_dict()["wijzigingen"][0]["velden"]["naam"] == {"oud": "Alpha", "nieuw": "Alfa"}


def test_rejected_rows_stop_the_whole_file_unless_partial(empty_register):
    reg = empty_register
    data = _file("a;Alpha;2025;Maastricht;formeel", "b;Beta;2025;Nergenshuizen;apart")
    preview = preview_import(reg, CONSOLE, load_bytes(data, "f.csv", keep_initiatives=True))
    summary = preview.to_json_dict()
    assert (summary["nieuw"], summary["afgekeurd"], summary["rows_total"]) == (1, 1, 2)
    assert any(i["row"] == 3 and i["column"] == "gemeenten" for i in summary["issues"])
    apply_import(reg, CONSOLE, preview)
    assert len(reg.records()) == 0 and not preview.applied
    apply_import(reg, CONSOLE, preview, partial=True)
    assert list(reg.records()["id"]) == ["a"]


def test_rows_outside_the_scope_are_refused_with_a_message(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl", scope=("ZK31",))
    data = _file("a;Alpha;2025;Maastricht;formeel", "ams;Amsterdam;2025;Amsterdam;apart")
    preview = preview_import(reg, editor, load_bytes(data, "f.csv", keep_initiatives=True))
    (refusal,) = preview.refused
    assert refusal.row == 3 and "Buiten uw gebied" in refusal.message
    assert preview.rejected_rows == 1
    apply_import(reg, editor, preview, partial=True)
    assert list(reg.records()["id"]) == ["a"]
    assert reg.history(("a", 2025))[0].changed_by == "a@example.nl"


def test_a_change_between_preview_and_commit_fails_the_whole_import(empty_register):
    reg = empty_register
    apply_import(
        reg,
        CONSOLE,
        preview_import(
            reg, CONSOLE, load_bytes(_file("a;Alpha;2025;Maastricht;"), "f.csv", keep_initiatives=True)
        ),
    )
    preview = preview_import(
        reg,
        CONSOLE,
        load_bytes(_file("a;Alfa;2025;Maastricht;", "n;Nieuw;2025;Heerlen;"), "f.csv", keep_initiatives=True),
    )
    entry = reg.get(("a", 2025))
    reg.save(CONSOLE, to_cells(entry.record) | {"naam": "Intussen"}, expected_version=1)
    with pytest.raises(ConflictError):
        apply_import(reg, CONSOLE, preview)
    assert set(reg.records()["id"]) == {"a"}  # the new row was not written either


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_is_lossless(register, kind):
    records = register.records()
    data = records_to_csv_bytes(records) if kind == "csv" else records_to_xlsx_bytes(records)
    preview = preview_import(register, CONSOLE, load_bytes(data, f"export.{kind}", keep_initiatives=True))
    assert preview.rejected_rows == 0
    assert {p.kind for p in preview.plans} == {"ongewijzigd"} and len(preview.plans) == len(records)
