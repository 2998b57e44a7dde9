"""The unit of work: several operations commit together or not at all, the revision goes up once per unit
that wrote, a read-only unit cannot write, and the same scope rule guards every operation."""

from __future__ import annotations

import pytest

from dashboard.register.errors import ConflictError, NotAllowedError, RegisterError
from dashboard.register.model import Status, VersionAction
from tests.dashboard.register.conftest import CONSOLE, signed_in

ZL = {"id": "zl", "naam": "Zuid-Limburg beweegt", "jaar": "2025", "gemeenten": "Maastricht"}
HEERLEN = {"id": "hl", "naam": "Heerlen fit", "jaar": "2025", "gemeenten": "Heerlen"}


def test_operations_of_one_unit_commit_together_and_bump_the_revision_once(empty_register):
    reg = empty_register
    first, second = reg.validate(ZL), reg.validate(HEERLEN)
    before = reg.revision()
    with reg.transaction(CONSOLE) as unit:
        unit.add(first, reason="samen")
        unit.add(second, reason="samen")
        assert unit.get(first.key) is not None  # the unit sees its own writes
    assert reg.revision() == before + 1
    assert {e.key for e in reg.entries()} == {first.key, second.key}


def test_a_failure_anywhere_in_the_unit_writes_nothing(empty_register):
    reg = empty_register
    reg.save(CONSOLE, ZL)
    before = reg.revision()
    with pytest.raises(ConflictError), reg.transaction(CONSOLE) as unit:
        unit.add(reg.validate(HEERLEN))
        unit.edit(reg.validate(ZL | {"naam": "Nieuw"}), expected_version=7)
    assert reg.revision() == before
    assert [e.key for e in reg.entries()] == [("zl", 2025)]


def test_a_unit_that_writes_nothing_leaves_the_revision(empty_register):
    reg = empty_register
    entry = reg.save(CONSOLE, ZL)
    before = reg.revision()
    with reg.transaction(CONSOLE) as unit:
        assert unit.edit(entry.record, expected_version=1) == entry
    assert reg.revision() == before


def test_a_read_only_unit_checks_like_a_write_but_cannot_write(empty_register):
    reg = empty_register
    editor = signed_in(reg, "a@example.nl", scope=("ZK31",))
    amsterdam = reg.validate(ZL | {"id": "ams", "gemeenten": "Amsterdam"})
    with reg.transaction(editor, read_only=True) as unit:
        assert unit.actor.email == "a@example.nl"
        assert unit.outside(amsterdam.gemeenten) == ["GM0363"]
        assert unit.refusal(amsterdam.gemeenten) is not None
        assert unit.refusal(reg.validate(ZL).gemeenten) is None
        with pytest.raises(RuntimeError):
            unit.add(reg.validate(ZL))
    with pytest.raises(NotAllowedError), reg.transaction(editor) as unit:
        unit.add(amsterdam)


def test_confirm_is_an_operation_with_its_own_version(empty_register):
    reg = empty_register
    reg.save(CONSOLE, ZL)
    with reg.transaction(CONSOLE) as unit:
        (key,) = unit.carry_over(2025, 2026)
    assert reg.get(key).status is Status.CONCEPT
    with reg.transaction(CONSOLE) as unit:
        assert unit.confirm(key, expected_version=1)
        assert not unit.confirm(key)  # confirmed already: nothing to do
    newest = reg.history(key)[0]
    assert (newest.action, newest.version) == (VersionAction.CONFIRMED, 2)
    with pytest.raises(ConflictError), reg.transaction(CONSOLE) as unit:
        unit.confirm(key, expected_version=1)
    with pytest.raises(RegisterError), reg.transaction(CONSOLE) as unit:
        unit.add(reg.validate(ZL))  # exists already
