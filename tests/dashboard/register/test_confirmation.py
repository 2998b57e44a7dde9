"""Issue 20.2 in the register: every account belongs to an organisation, and the relation fields of an
initiative are confirmed or disputed per side, decided inside the write transaction (organisation, scope,
what the user saw). On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.core.confirmation import ConfirmationState, SideState
from dashboard.core.organisation import OrganisationKind, Side
from dashboard.core.schema import Agreement, Level
from dashboard.register.errors import ConflictError, NotAllowedError, RegisterError
from dashboard.register.model import VersionAction, shown_organisation
from tests.dashboard.register.conftest import CONSOLE, HEERLEN, PASSWORD


def account(register, email: str, organisation: str | None, scope=("ZK31",), role="redacteur"):
    from dashboard.register.access import SessionToken

    org = register.organisation(organisation) if organisation else None
    register.accounts.add(email, role, scope, org)
    register.accounts.set_password(email, PASSWORD)
    return SessionToken(register.accounts.sign_in(email, PASSWORD))


def test_organisations_are_read_as_gemeente_insurer_or_other_party(empty_register):
    reg = empty_register
    assert reg.organisation("GM0917").kind is OrganisationKind.GEMEENTE
    assert reg.organisation("gemeente Heerlen").name == "Gemeente Heerlen"
    assert reg.organisation("Achmea").code == "Zilveren Kruis (Achmea)"
    other = reg.organisation("GGD Zuid Limburg")
    assert (other.kind, other.name) == (OrganisationKind.OVERIG, "GGD Zuid Limburg")
    with pytest.raises(RegisterError):
        reg.organisation("GM9999")
    with pytest.raises(RegisterError):
        reg.organisation("  ")


def test_both_sides_confirm_and_the_history_names_organisations_not_people(empty_register):
    reg = empty_register
    gemeente = account(reg, "g@heerlen.nl", "Heerlen")
    insurer = account(reg, "r@cz.nl", "CZ")
    entry = reg.save(CONSOLE, HEERLEN)
    assert entry.confirmation.state is ConfirmationState.NONE
    after = reg.confirm_side(gemeente, entry.key, seen_version=entry.version)
    assert after.confirmation.state is ConfirmationState.GEMEENTE
    # The insurer confirms what it saw (version 1): the gemeente's word since then is no conflict.
    both = reg.confirm_side(insurer, entry.key, seen_version=entry.version)
    assert both.confirmation.state is ConfirmationState.BOTH
    assert reg.records().iloc[0]["bevestiging"] == "beide"
    versions = reg.history(entry.key)
    assert [(v.action, v.side, v.organisation) for v in versions[:2]] == [
        (VersionAction.SIDE_CONFIRMED, Side.ZORGVERZEKERAAR, "CZ"),
        (VersionAction.SIDE_CONFIRMED, Side.GEMEENTE, "Gemeente Heerlen"),
    ]
    assert shown_organisation(versions[0]) == "CZ"
    assert versions[-1].organisation is None  # the command line
    # Confirming again what the side already confirmed writes nothing.
    assert reg.confirm_side(insurer, entry.key, seen_version=both.version).version == both.version


def test_a_change_of_a_relation_field_confirms_the_editors_side_and_reopens_the_other(empty_register):
    reg = empty_register
    gemeente = account(reg, "g@heerlen.nl", "Heerlen")
    insurer = account(reg, "r@cz.nl", "CZ")
    entry = reg.save(CONSOLE, HEERLEN)
    reg.confirm_side(gemeente, entry.key, seen_version=1)
    current = reg.confirm_side(insurer, entry.key, seen_version=1)
    # A change outside the relation fields keeps both words.
    renamed = reg.save(insurer, HEERLEN | {"naam": "Heerlen fit!"}, expected_version=current.version)
    assert renamed.confirmation.state is ConfirmationState.BOTH
    # The insurer changes the level: its own side stands, the gemeente's is re-opened.
    changed = reg.save(
        insurer, HEERLEN | {"samenwerkingsniveau": "formeel", "afspraken": "inhoud"},
        expected_version=renamed.version,
    )  # fmt: skip
    assert changed.confirmation.state is ConfirmationState.ZORGVERZEKERAAR
    assert changed.confirmation.gemeente is None
    # Someone of neither side (the command line) changing it re-opens both.
    again = reg.save(
        CONSOLE, HEERLEN | {"samenwerkingsniveau": "informeel"}, expected_version=changed.version
    )
    assert again.confirmation.state is ConfirmationState.NONE
    # A gemeente leaving the initiative takes its word along.
    confirmed = reg.confirm_side(gemeente, entry.key, seen_version=again.version)
    moved = reg.save(CONSOLE, HEERLEN | {"samenwerkingsniveau": "informeel", "gemeenten": "Maastricht"},
                     expected_version=confirmed.version)  # fmt: skip
    assert moved.confirmation.gemeente is None


def test_a_dispute_needs_a_reason_keeps_the_proposed_level_and_wins_the_combined_state(empty_register):
    reg = empty_register
    gemeente = account(reg, "g@heerlen.nl", "Heerlen")
    insurer = account(reg, "r@cz.nl", "CZ")
    entry = reg.save(CONSOLE, HEERLEN)
    reg.confirm_side(gemeente, entry.key, seen_version=1)
    with pytest.raises(RegisterError, match="reden"):
        reg.dispute(insurer, entry.key, seen_version=1, reason=" ")
    disputed = reg.dispute(
        insurer, entry.key, seen_version=1, reason="Er zijn geen afspraken", proposed_level=Level.IN_GESPREK
    )
    word = disputed.confirmation.zorgverzekeraar
    assert word is not None and word.state is SideState.DISPUTED and word.proposed_level is Level.IN_GESPREK
    assert disputed.confirmation.state is ConfirmationState.DISPUTED
    (last, *_) = reg.history(entry.key)
    assert (last.action, last.side, last.reason, last.proposed_level) == (
        VersionAction.DISPUTED, Side.ZORGVERZEKERAAR, "Er zijn geen afspraken", Level.IN_GESPREK,
    )  # fmt: skip
    assert reg.records().iloc[0]["bevestiging"] == "betwist"


def test_who_may_confirm_is_decided_on_the_server(empty_register):
    reg = empty_register
    entry = reg.save(CONSOLE, HEERLEN)
    third = account(reg, "ggd@example.nl", "GGD Zuid Limburg")
    other_gemeente = account(reg, "v@vaals.nl", "Vaals")
    no_org = account(reg, "oud@example.nl", None)
    far_insurer = account(reg, "r@cz.nl", "CZ", scope=("ZK01",))
    for credential, words in (
        (third, "geen gemeente of zorgverzekeraar"),
        (other_gemeente, "geen gemeente of zorgverzekeraar"),
        (no_org, "geen organisatie"),
        (far_insurer, "buiten"),
    ):
        with pytest.raises(NotAllowedError, match=words):
            reg.confirm_side(credential, entry.key, seen_version=1)
        with pytest.raises(NotAllowedError, match=words):
            reg.dispute(credential, entry.key, seen_version=1, reason="nee")
    assert reg.get(entry.key).version == 1
    # A beheerder without an organisation does not speak for a side either.
    with pytest.raises(NotAllowedError, match="geen organisatie"):
        reg.confirm_side(CONSOLE, entry.key, seen_version=1)


def test_generated_example_data_is_never_confirmable(register):
    gemeente = account(register, "g@heerlen.nl", "Heerlen")
    example = next(e for e in register.entries() if e.record.voorbeelddata and "GM0917" in e.gemeenten)
    with pytest.raises(NotAllowedError, match="voorbeelddata"):
        register.confirm_side(gemeente, example.key, seen_version=example.version)
    # An edit of example data by a side does not count as that side's word either.
    beheerder = account(register, "b@heerlen.nl", "Heerlen", scope=(), role="beheerder")
    level = Level.FORMEEL if example.record.samenwerkingsniveau is not Level.FORMEEL else Level.INFORMEEL
    changed = replace(example.record, samenwerkingsniveau=level, afspraken=Agreement.BEIDE)
    with register.transaction(beheerder) as unit:
        after = unit.edit(changed, expected_version=example.version)
    assert after.confirmation.state is ConfirmationState.NONE and after.version == example.version + 1


def test_confirming_what_changed_since_it_was_seen_is_a_conflict(empty_register):
    reg = empty_register
    gemeente = account(reg, "g@heerlen.nl", "Heerlen")
    entry = reg.save(CONSOLE, HEERLEN)
    reg.save(CONSOLE, HEERLEN | {"samenwerkingsniveau": "formeel", "afspraken": "beide"}, expected_version=1)
    with pytest.raises(ConflictError):
        reg.confirm_side(gemeente, entry.key, seen_version=1)
    assert (
        reg.confirm_side(gemeente, entry.key, seen_version=2).confirmation.state is ConfirmationState.GEMEENTE
    )


def test_a_side_confirming_a_carried_over_concept_publishes_it(register):
    gemeente = account(register, "g@heerlen.nl", "Heerlen")
    register.open_peiljaar(CONSOLE, 2021)
    concept = next(
        e for e in register.entries()
        if e.key[1] == 2021 and not e.record.voorbeelddata and "GM0917" in e.gemeenten
    )  # fmt: skip
    assert concept.confirmation.state is ConfirmationState.NONE  # a new year asks again
    after = register.confirm_side(gemeente, concept.key, seen_version=concept.version)
    assert after.status.value == "bevestigd"
    assert concept.key[0] in set(register.records().query("jaar == 2021")["id"])


def test_an_account_gets_and_loses_its_organisation(empty_register):
    reg = empty_register
    reg.accounts.add("a@example.nl", "redacteur", ("ZK31",))
    assert reg.accounts.get("a@example.nl").organisation is None
    info = reg.accounts.set_organisation("a@example.nl", reg.organisation("CZ"))
    assert info.organisation is not None and info.organisation.name == "CZ"
    # Changing role and scope later keeps it.
    assert reg.accounts.add("a@example.nl", "redacteur", ("ZK30",)).organisation == info.organisation
    assert reg.accounts.set_organisation("a@example.nl", None).organisation is None
