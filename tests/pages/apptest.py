"""Start the real app under AppTest: app.py (router, shared sidebar, URL layer) runs on every run."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"


def open_app(page: str | None = None, query: Mapping[str, str] | None = None, **state: object) -> AppTest:
    """The app after its first run (with ``query`` as the link's query string and ``state`` preset),
    then switched to ``page`` when given."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# Every page as it opens, and the views that show more: a chosen gemeente (its profile, the map's panel), a region.
PAGES: Final = tuple(sorted(f"app_pages/{path.name}" for path in (APP.parent / "app_pages").glob("*.py")))
VIEWS: Final[list[tuple[str, dict[str, str] | None]]] = [(page, None) for page in PAGES] + [
    ("app_pages/mijn_regio.py", {"gemeente": "GM0363"}),
    ("app_pages/mijn_regio.py", {"regio": "ZK01"}),
    ("app_pages/kaart.py", {"gemeente": "GM0363"}),
]
# The elements that show running text (widgets, tables and metrics are read apart).
TEXT_ELEMENTS: Final = (
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


def open_in(page: str, lang: str, query: Mapping[str, str] | None = None) -> AppTest:
    """``page`` (with ``query``) as a reader of ``lang`` sees it: the sidebar's language switched after opening."""
    from dashboard.ui.sidebar import LANG_KEY

    at = open_app(page, query)
    if lang != "nl":
        at.sidebar.radio(key=LANG_KEY).set_value(lang).run()
    assert not at.exception, [e.value for e in at.exception]
    return at
