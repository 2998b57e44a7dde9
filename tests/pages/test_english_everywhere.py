"""An English reader meets no Dutch sentence: every page's texts, widget labels, help, options and table
headers, as it opens and in the views that show more. Names (gemeenten, initiatives) may stay Dutch; a text
with two or more Dutch function words is a sentence someone forgot to put in the catalogue.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.ui.sidebar import LANG_KEY

PAGES = sorted(path.as_posix() for path in Path("app_pages").glob("*.py"))
VIEWS = [(page, None) for page in PAGES] + [
    ("app_pages/mijn_regio.py", {"gemeente": "GM0363"}),
    ("app_pages/mijn_regio.py", {"regio": "ZK01"}),
    ("app_pages/kaart.py", {"gemeente": "GM0363"}),
    ("app_pages/nood.py", {"regio": "ZK31"}),
]
# Words Dutch sentences cannot do without and English never uses.
_DUTCH_WORDS = frozenset(
    {
        "het", "een", "niet", "wordt", "worden", "zijn", "voor", "naar", "bij", "ook", "deze", "dit",
        "geen", "alleen", "uw", "kies", "met", "wat", "hoe", "waar", "heeft", "hebben", "kunt", "moet", "gemeenten",
    }
)  # fmt: skip
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
_TEXT_ELEMENTS = (
    "markdown",
    "caption",
    "info",
    "warning",
    "error",
    "success",
    "title",
    "header",
    "subheader",
)
_WIDGETS = ("selectbox", "multiselect", "radio", "button", "checkbox", "toggle", "text_input", "number_input")


def dutch_words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)} & _DUTCH_WORDS


def _texts(at) -> list[tuple[str, str]]:
    found = [(kind, str(element.value)) for kind in _TEXT_ELEMENTS for element in getattr(at, kind)]
    for kind in _WIDGETS:
        for widget in getattr(at, kind):
            found += [(f"{kind} label", widget.label)]
            found += [(f"{kind} help", widget.help)] if getattr(widget, "help", None) else []
            found += [(f"{kind} option", str(option)) for option in getattr(widget, "options", None) or ()]
    found += [("table header", str(column)) for frame in at.dataframe for column in frame.value.columns]
    return found


def _dutch_texts(at) -> list[str]:
    return [f"{kind}: {text[:120]!r}" for kind, text in _texts(at) if len(dutch_words(text)) >= 2]


def _open(app, page: str, query: dict[str, str] | None, lang: str):
    at = app(page, query)
    if lang != "nl":
        at.sidebar.radio(key=LANG_KEY).set_value(lang).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=lambda v: str(v))
def test_an_english_reader_meets_no_dutch_sentence(app, page, query):
    assert _dutch_texts(_open(app, page, query, "en")) == []


@pytest.mark.parametrize("page", ["app_pages/kaart.py", "app_pages/over.py", "app_pages/gegevens.py"])
def test_the_check_finds_dutch_where_there_is_some(app, page):
    """Not vacuous: the same pages in Dutch show what the check looks for."""
    assert _dutch_texts(_open(app, page, None, "nl"))


def test_dutch_words_are_told_from_english_and_names():
    assert dutch_words("Kies een gemeente om het profiel te zien.") == {"kies", "een", "het"}
    assert dutch_words("Choose a municipality: Land van Cuijk, Bergen (NH.)") == set()
