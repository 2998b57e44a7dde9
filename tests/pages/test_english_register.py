"""An English user on the Register page reads the register's own messages in English, and no Dutch."""

from __future__ import annotations

import re

from dashboard.i18n.formats import fmt_date
from dashboard.register import db
from dashboard.register.access import Console
from dashboard.register.records import to_cells
from dashboard.ui.register_components import TOKEN_KEY
from dashboard.ui.sidebar import LANG_KEY
from tests.pages.register_pages import NEW_FORM, PASSWORD, fill_refused_form, page_errors, save, sign_in

PAGE = "app_pages/register.py"
# Words only a Dutch message would contain; the file's column names ("gemeenten", "afspraken") are the file
# format's own words and are shown as they are in either language, so they are left out here.
DUTCH = re.compile(
    r"\b(niet|geen|uw|gebied|werkgebied|opgeslagen|onjuist|wachtwoord|bestaat|verbeter|tegenstrijdig|"
    r"ingetrokken|beheerder|heeft|gewijzigd|versie|onbekende?|om|op)\b",
    re.IGNORECASE,
)


def _english(app):
    at = app(PAGE)
    at.sidebar.radio(key=LANG_KEY).set_value("en").run()
    assert at.title[0].value == "Register of initiatives"
    return at


def _sign_in(app, password=PASSWORD):
    return sign_in(_english(app), "Sign in", password)


def _save(at):
    return save(at, "Save")


def _no_dutch(text: str) -> list[str]:
    return DUTCH.findall(text)


def test_a_wrong_password_is_refused_in_english(app, register):
    at = _sign_in(app, password="helemaal fout")
    errors = page_errors(at)
    assert errors == "Wrong email address or password."
    assert TOKEN_KEY not in at.session_state


def test_saving_outside_the_area_is_refused_in_english(app, register):
    at = _sign_in(app)
    at.text_input(key=NEW_FORM + "id").input("ams")
    at.text_input(key=NEW_FORM + "naam").input("Amsterdam beweegt")
    at.multiselect(key=NEW_FORM + "gemeenten").set_value(["GM0363"])
    at = _save(at)
    errors = page_errors(at)
    assert errors.startswith("Outside your area: Amsterdam (GM0363) is not within your area (ZK31).")
    assert _no_dutch(errors) == [], errors
    assert ("ams", 2020) not in {e.key for e in register.entries()}


def test_validation_refusal_on_save_is_in_english(app, register):
    at = _sign_in(app)
    fill_refused_form(at)
    at = _save(at)
    errors = page_errors(at)
    assert errors.startswith("Not saved. Please correct the following:")
    assert "**gemeenten**" in errors or "gemeenten" in errors
    assert _no_dutch(errors) == [], errors
    assert ("zl-fout", 2020) not in {e.key for e in register.entries()}


def test_a_concurrent_edit_is_refused_in_english_with_an_english_date(app, register):
    entry = register.save(Console(), {"id": "zl1", "naam": "Begin", "jaar": "2025", "gemeenten": "Heerlen"})
    at = _sign_in(app)
    at.selectbox(key="register_pick").set_value(f"{entry.key[0]}\x1f{entry.key[1]}").run()
    today = db.now().date()
    version = f"Version 1, last changed by administration (command line) on {fmt_date(today, 'en')} at "
    assert any(c.value.replace("\\", "").startswith(version) for c in at.caption)
    register.save(Console(), to_cells(entry.record) | {"naam": "Van de ander"}, expected_version=1)
    at.text_input(key="reg-zl1-2025-1-0-naam").input("Van mij")
    at = _save(at)
    errors = page_errors(at)
    on_day = f"on {fmt_date(today, 'en')} at "
    assert errors.startswith(
        "Not saved: administration (command line) already changed this initiative " + on_day
    )
    assert fmt_date(today, "nl") not in errors  # "2 december 2026" differs from "2 December 2026" in case
    assert "(version 2: naam)" in errors
    assert _no_dutch(errors) == [], errors
    table = at.dataframe[0].value
    assert list(table.columns) == ["Field", "Saved by the other person", "Your input"]
