"""Streamlit's own English widget texts are replaced by ours where it offers no parameter (pinned 1.67)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.ui.components import EMPTY_DROPDOWN_CLASSES
from tests.browser.conftest import ARTIFACTS
from tests.browser.helpers import map_frame, open_app, type_until_visible, wait_idle

_EMPTY_STATE = ", ".join(f".{name}" for name in EMPTY_DROPDOWN_CLASSES)
# What the reader sees instead of "No results": the ::after content of the empty state (its own text is hidden).
_EMPTY_STATE_JS = """
(selector) => [...document.querySelectorAll(selector)].map(el => ({
  after: getComputedStyle(el, '::after').content,
  size: getComputedStyle(el).fontSize,
  visible: el.getBoundingClientRect().height > 0,
}))
"""


@pytest.mark.parametrize(("query", "expected"), [("", '"Geen resultaten"'), ("taal=en", '"No results"')])
def test_search_without_a_match_says_so_in_the_readers_language(page, query, expected):
    open_app(page, f"?{query}" if query else "")
    map_frame(page)
    box = page.locator(".st-key-kaart_zoek [role='combobox'], .st-key-kaart_zoek input").first
    # Not appearing at all means Streamlit renamed the empty state's class.
    type_until_visible(page, box, "qqxyzzy", page.locator(_EMPTY_STATE).first)
    found = page.evaluate(_EMPTY_STATE_JS, _EMPTY_STATE)
    page.screenshot(path=str(ARTIFACTS / f"no_results_{query or 'nl'}.png"))
    assert [(f["after"], f["size"]) for f in found if f["visible"]] == [(expected, "0px")]
    page.keyboard.press("Escape")


_UPLOAD_BUTTON_JS = """
() => {
  const p = document.querySelector('[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p');
  return p && {own: getComputedStyle(p).fontSize, after: getComputedStyle(p, '::after').content};
}
"""


@pytest.mark.parametrize(("query", "expected"), [("", '"Bestand kiezen"'), ("?taal=en", '"Browse files"')])
def test_upload_button_says_ours_only(page, query, expected):
    """The uploader's button shows our label in place of Streamlit's "Upload", not beside it."""
    open_app(page, f"gegevens{query}")
    zone = page.locator('[data-testid="stFileUploaderDropzone"]')
    expect(zone).to_be_visible(timeout=60_000)
    wait_idle(page)
    zone.screenshot(path=str(ARTIFACTS / f"uploader_{query.strip('?') or 'nl'}.png"))
    assert page.evaluate(_UPLOAD_BUTTON_JS) == {"own": "0px", "after": expected}


def test_a_link_to_a_page_that_does_not_exist_says_so_in_dutch(page):
    """Issue 21.14: Streamlit's "Page not found" dialog showed in English in the Dutch interface."""
    open_app(page, "bestaat-niet")
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Pagina niet gevonden")).to_be_visible(timeout=30_000)
    # Streamlit 1.67 names the page in its message only for a pages/ folder app; this app says it in general.
    expect(dialog.get_by_text("Deze pagina bestaat niet. U ziet de startpagina.")).to_be_visible()
    assert "Page not found" not in dialog.inner_text()
    page.screenshot(path=str(ARTIFACTS / "pagina_niet_gevonden.png"))


@pytest.mark.parametrize(
    ("query", "expected"), [("", "Toevoegen: Buurtsportcoach"), ("taal=en", "Add: Buurtsportcoach")]
)
def test_the_add_option_of_a_box_that_takes_new_values_speaks_the_readers_language(page, query, expected):
    """Streamlit draws "Add: <typed text>" as an option (the Register form's open lists): the page's script
    rewrites it as it appears, as Streamlit draws it (an option element added to the page)."""
    open_app(page, f"?{query}" if query else "")
    page.evaluate(
        "() => { const li = document.createElement('li'); li.setAttribute('role', 'option');"
        " li.textContent = 'Add: Buurtsportcoach'; li.id = 'pk-test-option'; document.body.appendChild(li); }"
    )
    expect(page.locator("#pk-test-option")).to_have_text(expected)
