"""One side's account in a process of its own (for test_confirmation_processes): signs in, waits for the
agreed start time, then confirms or disputes one initiative `n` times, each time with the version it has just
read (as the page does), and prints what happened as JSON."""

from __future__ import annotations

import json
import sys
import time

from dashboard.register.errors import RegisterError
from dashboard.register.repository import Register
from tests.dashboard.register.conftest import PASSWORD


def main(url: str, email: str, actions: str, n: int, start_at: float) -> None:
    from dashboard.register.access import SessionToken

    register = Register.open(url)
    token = SessionToken(register.accounts.sign_in(email, PASSWORD))
    key = ("hl", 2025)
    done: list[dict[str, object]] = []
    time.sleep(max(0.0, start_at - time.time()))
    for i in range(n):
        action = actions[i % len(actions)]
        seen = register.get(key).version
        try:
            if action == "c":
                entry = register.confirm_side(token, key, seen_version=seen)
            else:
                entry = register.dispute(token, key, seen_version=seen, reason=f"{email} #{i}")
            done.append({"i": i, "action": action, "version": entry.version})
        except RegisterError as error:
            done.append({"i": i, "action": action, "error": type(error).__name__, "message": error.message})
    register.close()
    print(json.dumps(done))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
