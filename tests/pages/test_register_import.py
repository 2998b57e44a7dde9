"""The Register page's import under AppTest, through its real file uploader: a signed-in editor uploads a file,
sees the preview of new, changed, unchanged and refused rows, and applies it.

Assertions are on counts and structure (metrics in order, table rows, widgets by key), not on message wording:
the register's messages are moving into the catalogue.
"""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.register.access import Console
from tests.pages.register_pages import EDITOR, PASSWORD

PAGE = "app_pages/register.py"
# In Zuid-Limburg (the editor's scope): one changed, one new; Amsterdam is outside it.
CHANGED_AND_NEW = (
    "id;naam;jaar;gemeenten\n"
    "zl-bestaand;Bestaand, nieuwe naam;2025;Heerlen\n"
    "zl-nieuw;Nieuw in Maastricht;2025;Maastricht\n"
)
OUTSIDE = "ams-import;Buiten het gebied;2025;Amsterdam\n"


@pytest.fixture
def register(register):
    """The pages' register (conftest) with one initiative of 2025 in the editor's scope to change."""
    register.save(
        Console(), {"id": "zl-bestaand", "naam": "Bestaand", "jaar": "2025", "gemeenten": "Heerlen"}
    )
    return register


def _signed_in(app) -> AppTest:
    at = app(PAGE)
    at.text_input[0].input(EDITOR)
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.file_uploader(key="register_import_file") is not None
    return at


def _upload(at: AppTest, text: str, name: str = "import.csv") -> AppTest:
    at.file_uploader(key="register_import_file").set_value((name, text.encode("utf-8"), "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _tab(at: AppTest):
    """The import tab (every tab is drawn on each run; only this one's widgets count here)."""
    (tab,) = [tab for tab in at.tabs if tab.label == t("register.tab.import")]
    return tab


def _counts(at: AppTest) -> list[int]:
    """The preview's four figures in their order: new, changed, unchanged, refused."""
    return [int(m.value) for m in _tab(at).metric]


def _tables(at: AppTest) -> list[pd.DataFrame]:
    """The preview's tables: the changes (one row per new initiative and per changed field; id first), then the
    issues when there are any."""
    return [frame.value for frame in _tab(at).dataframe]


def _confirms(at: AppTest) -> list:
    return [b for b in _tab(at).button if b.proto.type == "primary"]


def _confirm(at: AppTest):
    (button,) = _confirms(at)
    return button


def test_the_preview_shows_new_changed_and_refused_rows_and_applies_only_with_consent(app, register):
    at = _upload(_signed_in(app), CHANGED_AND_NEW + OUTSIDE)
    assert _counts(at) == [1, 1, 0, 1]
    changes = _tables(at)[0]
    assert sorted(changes.iloc[:, 0]) == ["zl-bestaand", "zl-nieuw"]  # one changed field (naam), one new row
    changed = changes[changes.iloc[:, 0] == "zl-bestaand"].iloc[0]
    assert (changed.iloc[3], changed.iloc[4], changed.iloc[5]) == (
        "naam",
        "Bestaand",
        "Bestaand, nieuwe naam",
    )
    assert len(_tables(at)) == 2  # and the refused row's issue, in a table of its own
    # Nothing is written by looking: with a refused row the confirm button waits for the partial-import box.
    assert ("zl-nieuw", 2025) not in {e.key for e in register.entries()}
    assert _confirm(at).disabled
    revision = register.revision()
    at.checkbox(key="register_import_partial").check().run()
    assert not _confirm(at).disabled
    _confirm(at).click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert register.revision() > revision
    assert register.get(("zl-nieuw", 2025)).gemeenten == ("GM0935",)
    assert register.get(("zl-bestaand", 2025)).record["naam"] == "Bestaand, nieuwe naam"
    assert ("ams-import", 2025) not in {e.key for e in register.entries()}
    assert register.history(("zl-nieuw", 2025))[0].changed_by == EDITOR
    # Applied: the page says so once and no longer offers to apply the same file.
    assert len(at.success) == 1
    assert not _confirms(at)


def test_a_clean_file_applies_at_once_and_the_same_file_again_changes_nothing(app, register):
    at = _upload(_signed_in(app), CHANGED_AND_NEW)
    assert _counts(at) == [1, 1, 0, 0]
    assert len(_tables(at)) == 1  # no issues table
    assert not _tab(at).checkbox  # nothing refused: no partial-import choice
    _confirm(at).click().run()
    assert register.get(("zl-nieuw", 2025)).record["naam"] == "Nieuw in Maastricht"
    revision = register.revision()
    # Uploaded again (a new file): every row is now unchanged and there is nothing to apply.
    at = _upload(at, CHANGED_AND_NEW, "again.csv")
    assert _counts(at) == [0, 0, 2, 0]
    assert not _confirms(at)
    assert register.revision() == revision


def test_a_file_that_cannot_be_read_offers_nothing_to_apply(app, register):
    revision = register.revision()
    at = _upload(_signed_in(app), "dit is geen tabel\n", "kapot.csv")
    assert not _confirms(at)
    assert _tables(at)  # the file's problems, as a table
    assert register.revision() == revision
