"""The sign-in throttle (issue 22.1/22.2) on SQLite and PostgreSQL: at most five password checks per lock window
whatever the parallelism, the same answers for unknown and known accounts, a stranger cannot lock an editor out
of their usual address, a password sprayer is slowed and stopped, and every lock is recorded."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from dashboard.register import accounts as accounts_module
from dashboard.register import db
from dashboard.register.accounts import (
    ACCOUNT_LOCKOUT,
    ACCOUNT_MAX_FAILED,
    CLIENT_MAX_FAILED,
    MAX_FAILED,
    LockKind,
    failure_delay,
)
from dashboard.register.errors import SignInError
from tests.dashboard.register.conftest import PASSWORD

EDITOR = "a@example.nl"


@pytest.fixture
def accounts(empty_register):
    accounts = empty_register.accounts
    accounts.add(EDITOR, "redacteur", ("ZK31",))
    accounts.set_password(EDITOR, PASSWORD)
    accounts.sleep = lambda _seconds: None  # the growing delays are tested apart
    return accounts


@pytest.fixture
def checks(monkeypatch):
    """Every password check (argon2 verify) made, counted across threads."""
    made: list[str] = []
    lock = threading.Lock()
    real = accounts_module._verify

    def counting(hashed: str, password: str) -> bool:
        with lock:
            made.append(password)
        return real(hashed, password)

    monkeypatch.setattr(accounts_module, "_verify", counting)
    return made


def _attempts(accounts, email: str, threads: int, per_thread: int, client: str | None = "10.0.0.7"):
    """`threads` threads, each trying `per_thread` wrong passwords at once; the answers they got."""
    answers: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def guess(n: int) -> None:
        start.wait()
        for i in range(per_thread):
            try:
                accounts.sign_in(email, f"fout {n}-{i}", client=client)
            except SignInError as error:
                with lock:
                    answers.append(error.message)

    workers = [threading.Thread(target=guess, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    return answers


def test_parallel_guesses_get_at_most_five_password_checks(accounts, checks):
    answers = _attempts(accounts, EDITOR, threads=10, per_thread=4)
    assert len(answers) == 40  # every attempt was answered, none raised anything else
    assert len(checks) <= MAX_FAILED
    assert sum("geblokkeerd" in answer for answer in answers) >= 40 - MAX_FAILED
    # The right password is refused too while the lock lasts: the guesser cannot get a sixth check.
    with pytest.raises(SignInError, match="geblokkeerd"):
        accounts.sign_in(EDITOR, PASSWORD, client="10.0.0.7")
    assert len(checks) <= MAX_FAILED


def test_unknown_and_known_accounts_answer_alike(accounts, checks):
    known = _attempts(accounts, EDITOR, threads=1, per_thread=7, client="10.0.0.8")
    unknown = _attempts(accounts, "niemand@example.nl", threads=1, per_thread=7, client="10.0.0.8")
    assert known == unknown  # wrong, wrong, ..., locked after five: for an account that does not exist too
    assert sum("geblokkeerd" in answer for answer in unknown) == 3
    # Each answered attempt checked a password once (against a dummy hash for the unknown address).
    assert len(checks) == 2 * MAX_FAILED


def test_unknown_and_known_accounts_take_the_same_time(accounts):
    """Both check a password (argon2 dominates): an unknown address is not answered faster. Interleaved, and
    the fastest of each compared, so a busy machine's spikes do not decide."""
    times: dict[str, list[float]] = {EDITOR: [], "niemand@example.nl": []}
    for i in range(5):
        for email in times:
            start = time.perf_counter()
            with pytest.raises(SignInError, match="Onjuist"):
                accounts.sign_in(email, f"fout {i}", client=f"10.1.{len(email)}.{i}")
            times[email].append(time.perf_counter() - start)
    known, unknown = min(times[EDITOR]), min(times["niemand@example.nl"])
    assert 1 / 3 < known / unknown < 3, (known, unknown)


def test_a_stranger_cannot_lock_the_editor_out_of_their_own_address(accounts):
    now = db.now()
    assert accounts.sign_in(EDITOR, PASSWORD, client="192.0.2.10", now=now)  # the editor's usual place
    for i in range(MAX_FAILED):
        with pytest.raises(SignInError):
            accounts.sign_in(EDITOR, f"fout {i}", client="198.51.100.66", now=now)
    with pytest.raises(SignInError, match="geblokkeerd"):
        accounts.sign_in(EDITOR, PASSWORD, client="198.51.100.66", now=now)
    assert accounts.sign_in(EDITOR, PASSWORD, client="192.0.2.10", now=now)


def test_many_addresses_lock_the_account_briefly_but_not_for_its_known_address(accounts):
    now = db.now()
    assert accounts.sign_in(EDITOR, PASSWORD, client="192.0.2.10", now=now)
    strangers = [f"203.0.113.{n}" for n in range(ACCOUNT_MAX_FAILED // MAX_FAILED + 1)]
    for client in strangers:
        for i in range(MAX_FAILED):
            with pytest.raises(SignInError):
                accounts.sign_in(EDITOR, f"fout {i}", client=client, now=now)
    # A new address gets no password check while the account-wide lock lasts ...
    with pytest.raises(SignInError, match="geblokkeerd"):
        accounts.sign_in(EDITOR, PASSWORD, client="203.0.113.200", now=now)
    # ... the editor's own address does, and the lock is short.
    assert accounts.sign_in(EDITOR, PASSWORD, client="192.0.2.10", now=now)
    later = now + ACCOUNT_LOCKOUT + timedelta(seconds=1)
    assert accounts.sign_in(EDITOR, PASSWORD, client="203.0.113.200", now=later)
    kinds = {event.kind for event in accounts.lock_events(since=now - timedelta(minutes=1))}
    assert kinds == {LockKind.PAIR, LockKind.ACCOUNT}


def test_a_sprayer_is_slowed_then_stopped_per_address(accounts, monkeypatch):
    waited: list[float] = []
    accounts.sleep = waited.append
    real = accounts_module._verify
    # Thirty wrong guesses at argon2's pace take long on a shared machine; what counts here is the throttle.
    monkeypatch.setattr(
        accounts_module, "_verify", lambda hashed, password: password == PASSWORD and real(hashed, password)
    )
    now = db.now()
    for n in range(CLIENT_MAX_FAILED):
        with pytest.raises(SignInError, match="Onjuist"):
            accounts.sign_in(f"gok{n}@example.nl", "Welkom01!", client="198.51.100.9", now=now)
    assert waited[:3] == [0.0, 0.0, 0.0] and waited[3] > 0
    assert waited == sorted(waited) and max(waited) == failure_delay(CLIENT_MAX_FAILED)
    with pytest.raises(SignInError, match="vanaf uw adres"):
        accounts.sign_in(EDITOR, PASSWORD, client="198.51.100.9", now=now)
    # Another address is not held back by it.
    assert accounts.sign_in(EDITOR, PASSWORD, client="192.0.2.10", now=now)
    (event,) = accounts.lock_events(since=now - timedelta(minutes=1))
    assert (event.kind, event.client, event.failures) == (LockKind.CLIENT, "198.51.100.9", CLIENT_MAX_FAILED)


def test_a_lock_is_recorded_once_and_a_new_password_lifts_it(accounts):
    now = db.now()
    for i in range(MAX_FAILED):
        with pytest.raises(SignInError):
            accounts.sign_in(EDITOR, f"fout {i}", client="10.0.0.9", now=now)
    (event,) = accounts.lock_events(since=now - timedelta(minutes=1))
    assert (event.kind, event.account, event.client, event.failures) == (
        LockKind.PAIR,
        EDITOR,
        "10.0.0.9",
        MAX_FAILED,
    )
    accounts.set_password(EDITOR, "een heel nieuw wachtwoord")
    assert accounts.sign_in(EDITOR, "een heel nieuw wachtwoord", client="10.0.0.9", now=now)


def test_delays_grow_and_stay_bounded():
    delays = [failure_delay(n) for n in range(1, 40)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays == sorted(delays)
    assert max(delays) == 8.0
