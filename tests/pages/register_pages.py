"""What the Register page tests share (Dutch and English): the editor the ``register`` fixture signs up, and
signing in, saving and reading the errors as a reader sees them."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

EDITOR = "a@example.nl"
PASSWORD = "een lang wachtwoord"
NEW_FORM = "reg-nieuw-0-"


def sign_in(at: AppTest, button: str, password: str = PASSWORD) -> AppTest:
    """Sign ``EDITOR`` in on the page ``at`` shows; ``button`` is the sign-in button's label in its language."""
    at.text_input[0].input(EDITOR)
    at.text_input[1].input(password)
    next(b for b in at.button if b.label == button).click().run()
    return at


def save(at: AppTest, button: str) -> AppTest:
    next(b for b in at.button if b.label == button).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_errors(at: AppTest) -> str:
    """The error texts as a reader sees them (the page escapes markdown in messages)."""
    return " ".join(e.value for e in at.error).replace("\\", "")


def fill_refused_form(at: AppTest) -> None:
    """A new initiative the importer refuses: a misspelt gemeente, and agreements at a level without any."""
    at.text_input(key=NEW_FORM + "id").input("zl-fout")
    at.text_input(key=NEW_FORM + "naam").input("Fout")
    at.text_input(key=NEW_FORM + "gemeenten_typed").input("Maastrich")
    at.selectbox(key=NEW_FORM + "niveau").set_value("apart")
    at.selectbox(key=NEW_FORM + "afspraken").set_value("beide")
