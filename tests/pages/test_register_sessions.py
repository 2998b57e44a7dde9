"""Issue 22.9 on the page: a session ended by a new password says so (not "8 uur niet actief"), an idle one says
that, and neither shows the error page."""

from __future__ import annotations

from datetime import timedelta

from dashboard.register import db
from dashboard.ui.register_components import TOKEN_KEY
from tests.pages.register_pages import EDITOR, sign_in

PAGE = "app_pages/register.py"


def _warnings(at) -> str:
    return " ".join(w.value for w in at.warning)


def test_a_new_password_ends_the_session_with_its_own_notice(app, register):
    at = sign_in(app(PAGE), "Aanmelden")
    assert at.session_state[TOKEN_KEY]
    register.accounts.set_password(EDITOR, "een heel ander wachtwoord")
    at.run()
    assert not at.exception
    assert "wachtwoord van dit account is gewijzigd" in _warnings(at)
    assert "8 uur" not in _warnings(at)
    assert TOKEN_KEY not in at.session_state


def test_an_idle_session_says_it_expired(app, register):
    at = sign_in(app(PAGE), "Aanmelden")
    token = at.session_state[TOKEN_KEY]
    # The session is found idle (as it would be after 8 hours without a rerun).
    assert register.accounts.check_session(token, now=db.now() + timedelta(hours=9)).actor is None
    at.run()
    assert "8 uur niet actief" in _warnings(at)
