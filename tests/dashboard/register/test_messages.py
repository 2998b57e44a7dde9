"""The register's messages are made once and read in either language: refusals, the lock, the conflict."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dashboard.i18n import t
from dashboard.register import accounts as auth
from dashboard.register import db
from dashboard.register.access import CONSOLE_NAME, Actor, ScopeRules
from dashboard.register.errors import NotAllowedError, RegisterError, SignInError
from dashboard.register.repository import SEED_ACTOR, Register, VersionInfo, conflict_message

RULES = ScopeRules(
    region_of={"GM0935": "ZK31", "GM0363": "ZK12", "GM0344": "ZK17"},
    names={"GM0935": "Maastricht", "GM0363": "Amsterdam", "GM0344": "Utrecht"},
)
EDITOR = Actor("a@example.nl", "redacteur", ("ZK31",))


def test_a_scope_refusal_names_one_gemeente_in_the_singular():
    refusal = RULES.refusal(EDITOR, ["GM0363"])
    assert refusal.render("nl").startswith(
        "Buiten uw gebied: Amsterdam (GM0363) valt niet binnen uw werkgebied (ZK31)."
    )
    assert refusal.render("en").startswith(
        "Outside your area: Amsterdam (GM0363) is not within your area (ZK31)."
    )


def test_a_scope_refusal_of_two_gemeenten_is_plural_and_a_list_in_each_language():
    refusal = RULES.refusal(Actor("b@example.nl", "redacteur", ("ZK31", "GM0344")), ["GM0363", "GM0344"])
    assert "Amsterdam (GM0363) en Utrecht (GM0344) vallen niet binnen uw werkgebied (ZK31 en GM0344)" in (
        refusal.render("nl")
    )
    assert "Amsterdam (GM0363) and Utrecht (GM0344) are not within your area (ZK31 and GM0344)" in (
        refusal.render("en")
    )


def test_the_error_keeps_its_dutch_message_and_renders_english_on_request():
    with pytest.raises(NotAllowedError) as caught:
        RULES.check(EDITOR, ["GM0935", "GM0363"])
    error = caught.value
    assert str(error) == error.message == error.text("nl")
    assert "Buiten uw gebied" in error.message
    assert error.text("en").startswith("Outside your area: Amsterdam (GM0363)")
    assert "Buiten" not in error.text("en")


def test_an_error_made_from_plain_text_is_shown_as_is():
    error = RegisterError("Het register is niet bereikbaar.")
    assert error.text("en") == error.message == "Het register is niet bereikbaar."


def _version(**changes: object) -> VersionInfo:
    values: dict[str, object] = {
        "record_id": "zl1",
        "jaar": 2025,
        "version": 2,
        "action": "gewijzigd",
        "changed_by": CONSOLE_NAME,
        "changed_at": datetime(2025, 3, 3, 14, 5),
        "changed_fields": ("naam", "gemeenten"),
        "reason": "",
        "data": {},
    }
    return VersionInfo(**(values | changes))  # type: ignore[arg-type]


def test_the_conflict_writes_the_date_in_the_readers_language():
    message = conflict_message(_version())
    assert message.render("nl") == (
        "Niet opgeslagen: beheer (opdrachtregel) heeft dit initiatief op 3 maart 2025 om 14:05 (UTC) al "
        "gewijzigd (versie 2: naam en gemeenten). Bekijk hun wijziging en breng de uwe zo nodig opnieuw aan."
    )
    assert message.render("en") == (
        "Not saved: administration (command line) already changed this initiative on 3 March 2025 at 14:05 "
        "(UTC) (version 2: naam and gemeenten). Look at their change and make yours again if needed."
    )


def test_a_conflict_without_fields_names_the_action_in_the_readers_language():
    message = conflict_message(_version(changed_fields=(), action="ingetrokken", changed_by="b@example.nl"))
    assert "b@example.nl heeft" in message.render("nl") and "(versie 2: ingetrokken)" in message.render("nl")
    assert "b@example.nl already" in message.render("en") and "(version 2: withdrawn)" in message.render("en")


def test_the_stored_names_of_the_command_line_and_the_shipped_data_are_their_dutch_texts():
    """The register stores these names; the catalogue's Dutch must stay the same text to be found again."""
    assert t("register.actor.console", "nl") == CONSOLE_NAME
    assert t("register.actor.seed", "nl") == SEED_ACTOR


@pytest.fixture
def accounts(tmp_path):
    register = Register.open(f"sqlite:///{tmp_path / 'r.sqlite'}")
    register.initialize(empty=True)
    register.accounts.add("a@example.nl", "redacteur", ("ZK31",))
    register.accounts.set_password("a@example.nl", "een lang wachtwoord")
    yield register.accounts
    register.close()


def _locked_message(accounts, after: timedelta) -> SignInError:
    start = db.now()
    for attempt in range(auth.MAX_FAILED):
        with pytest.raises(SignInError) as failed:
            accounts.sign_in("a@example.nl", f"fout {attempt}", now=start)
    now_locked = failed.value
    assert now_locked.text("nl").startswith("Onjuist e-mailadres of wachtwoord. Na 5 mislukte pogingen")
    assert now_locked.text("en") == (
        "Wrong email address or password. After 5 failed attempts the account is locked for 15 minutes."
    )
    with pytest.raises(SignInError) as locked:
        accounts.sign_in("a@example.nl", "een lang wachtwoord", now=start + after)
    return locked.value


def test_the_lock_counts_its_last_minute_in_the_singular(accounts):
    error = _locked_message(accounts, timedelta(minutes=14, seconds=30))
    assert error.text("nl").endswith("Probeer het over 1 minuut opnieuw.")
    assert error.text("en").endswith("Try again in 1 minute.")


def test_the_lock_counts_minutes_in_the_plural(accounts):
    error = _locked_message(accounts, timedelta(minutes=5, seconds=30))
    assert error.text("nl").endswith("Probeer het over 10 minuten opnieuw.")
    assert error.text("en").endswith("Try again in 10 minutes.")
