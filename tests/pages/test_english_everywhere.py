"""An English reader meets no Dutch sentence: every page's texts, widget labels, help, options and table
headers, as it opens and in the views that show more. Names (gemeenten, initiatives) may stay Dutch; a text
with two or more Dutch function words is a sentence someone forgot to put in the catalogue.
"""

from __future__ import annotations

import re

import pytest

from tests.pages.apptest import TEXT_ELEMENTS, open_in
from tests.pages.apptest import VIEWS as SHARED_VIEWS

VIEWS = [
    *SHARED_VIEWS,
    ("app_pages/nood.py", {"regio": "ZK31"}),
    ("app_pages/nood.py", {"regio": "ZK31", "gemeente": "GM1883"}),  # the gemeente found, its card
    ("app_pages/presentatie.py", {"regio": "ZK31", "dia": "6"}),  # the GALA slide
    ("app_pages/valpreventie.py", {"provincie": "PV31"}),
    ("app_pages/valpreventie.py", {"gemeente": "GM1900"}),
]
# Words Dutch sentences cannot do without and English never uses.
_DUTCH_WORDS = frozenset(
    {
        "het", "een", "niet", "wordt", "worden", "zijn", "voor", "naar", "bij", "ook", "deze", "dit",
        "geen", "alleen", "uw", "kies", "met", "wat", "hoe", "waar", "heeft", "hebben", "kunt", "moet", "gemeenten",
    }
)  # fmt: skip
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
_WIDGETS = ("selectbox", "multiselect", "radio", "button", "checkbox", "toggle", "text_input", "number_input")


# A markdown link's address is no text anyone reads ("…/dertig-procent-inwoners-65-hebben-een-…").
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def dutch_words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(_LINK_TARGET.sub("]", text))} & _DUTCH_WORDS


def _texts(at) -> list[tuple[str, str]]:
    found = [(kind, str(element.value)) for kind in TEXT_ELEMENTS for element in getattr(at, kind)]
    for kind in _WIDGETS:
        for widget in getattr(at, kind):
            found += [(f"{kind} label", widget.label)]
            found += [(f"{kind} help", widget.help)] if getattr(widget, "help", None) else []
            found += [(f"{kind} option", str(option)) for option in getattr(widget, "options", None) or ()]
    found += [("table header", str(column)) for frame in at.dataframe for column in frame.value.columns]
    return found


def _dutch_texts(at) -> list[str]:
    return [f"{kind}: {text[:120]!r}" for kind, text in _texts(at) if len(dutch_words(text)) >= 2]


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=lambda v: str(v))
def test_an_english_reader_meets_no_dutch_sentence(page, query):
    assert _dutch_texts(open_in(page, "en", query)) == []


@pytest.mark.parametrize("page", ["app_pages/kaart.py", "app_pages/over.py", "app_pages/gegevens.py"])
def test_the_check_finds_dutch_where_there_is_some(page):
    """Not vacuous: the same pages in Dutch show what the check looks for."""
    assert _dutch_texts(open_in(page, "nl"))


def test_dutch_words_are_told_from_english_and_names():
    assert dutch_words("Kies een gemeente om het profiel te zien.") == {"kies", "een", "het"}
    assert dutch_words("Choose a municipality: Land van Cuijk, Bergen (NH.)") == set()
    assert dutch_words("[open source](https://x.nl/dertig-procent-hebben-een-verhoogd-valrisico)") == set()
