"""Issue 20's done-when: a gemeente account and an insurer account confirm and dispute the same initiative at
once, from real parallel processes; no confirmation is lost, the history has every one of them with its side
and organisation, and an account of a third organisation, in a process of its own at the same time, is refused
on the server. On the throw-away PostgreSQL and on SQLite."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from dashboard.core.confirmation import SideState
from dashboard.core.organisation import Side
from dashboard.register.db import PROJECT_ROOT
from dashboard.register.model import VersionAction
from tests.dashboard.register.conftest import CONSOLE, HEERLEN, PASSWORD

ROUNDS = 12


def _account(register, email: str, organisation: str) -> None:
    register.accounts.add(email, "redacteur", ("ZK31",), register.organisation(organisation))
    register.accounts.set_password(email, PASSWORD)


def _start(url: str, email: str, actions: str, start_at: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.dashboard.register.side_worker", url, email, actions, str(ROUNDS),
         str(start_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )  # fmt: skip


def test_two_sides_confirm_and_dispute_at_once_and_a_third_party_is_refused(db_url, empty_register):
    register = empty_register
    entry = register.save(CONSOLE, HEERLEN)
    _account(register, "g@heerlen.nl", "Heerlen")
    _account(register, "r@cz.nl", "CZ")
    _account(register, "ggd@example.nl", "GGD Zuid Limburg")
    # The processes start their loops at the same moment (after their imports and sign-in).
    start_at = time.time() + 6
    workers = {
        "g@heerlen.nl": _start(db_url, "g@heerlen.nl", "cd", start_at),
        "r@cz.nl": _start(db_url, "r@cz.nl", "dc", start_at),
        "ggd@example.nl": _start(db_url, "ggd@example.nl", "cd", start_at),
    }
    results = {}
    for email, process in workers.items():
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        results[email] = json.loads(out)
    # Both sides: every confirm and dispute was saved (none refused, none lost to the other's write).
    for email in ("g@heerlen.nl", "r@cz.nl"):
        assert [r for r in results[email] if "error" in r] == [], results[email]
        assert len(results[email]) == ROUNDS
    # The third party: refused on the server every time, nothing written by it.
    assert {r["error"] for r in results["ggd@example.nl"]} == {"NotAllowedError"}
    assert all("geen gemeente of zorgverzekeraar" in r["message"] for r in results["ggd@example.nl"])
    versions = [v for v in register.history(entry.key) if v.version > 1]
    assert len(versions) == 2 * ROUNDS  # every word is a version of its own
    assert sorted(v.version for v in versions) == list(range(2, 2 * ROUNDS + 2))
    assert {v.organisation for v in versions} == {"Gemeente Heerlen", "CZ"}
    by_side = {side: [v for v in versions if v.side is side] for side in Side}
    assert len(by_side[Side.GEMEENTE]) == len(by_side[Side.ZORGVERZEKERAAR]) == ROUNDS
    for side, email in ((Side.GEMEENTE, "g@heerlen.nl"), (Side.ZORGVERZEKERAAR, "r@cz.nl")):
        actions = [v.action for v in sorted(by_side[side], key=lambda v: v.version)]
        expected = [
            VersionAction.SIDE_CONFIRMED if r["action"] == "c" else VersionAction.DISPUTED
            for r in results[email]
        ]
        assert actions == expected
    # The current state holds each side's last word: neither overwrote the other's.
    final = register.get(entry.key).confirmation
    assert final.gemeente is not None and final.zorgverzekeraar is not None
    last = {email: results[email][-1]["action"] for email in ("g@heerlen.nl", "r@cz.nl")}
    assert final.gemeente.state is (
        SideState.CONFIRMED if last["g@heerlen.nl"] == "c" else SideState.DISPUTED
    )
    assert final.zorgverzekeraar.state is (
        SideState.CONFIRMED if last["r@cz.nl"] == "c" else SideState.DISPUTED
    )
