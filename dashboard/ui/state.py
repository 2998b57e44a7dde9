"""Session-state keys shared by the sidebar, the URL sync and the pages (pure: no Streamlit import).

The URL code (``urlstate``) and the widgets (``sidebar``) must agree on these keys; keeping them here lets the
URL code stay free of Streamlit and testable on a plain dict.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Final, TypeAlias

# Streamlit's session state as the pure code sees it: widget keys to their values. Streamlit's
# SessionStateProxy is a MutableMapping[str | int, Any]; a plain dict in a test is one too.
SessionState: TypeAlias = MutableMapping[str | int, Any]

LANG_KEY: Final = "taal"
# Filters field -> session-state key of its widget.
FILTER_KEYS: Final[dict[str, str]] = {
    "jaar": "f_jaar",
    "niveaus": "f_niveaus",
    "interventies": "f_interventies",
    "partijen": "f_partijen",
    "zorgverzekeraars": "f_zorgverzekeraars",
    "provincies": "f_provincies",
    "regios": "f_regios",
    "reikwijdte": "f_reikwijdte",
    "preventiecoalitie": "f_coalitie",
    "alleen_bevestigd": "f_bevestigd",
}
COALITION_CHOICES: Final = ("alle", "ja", "nee")


def coalition_filter(choice: str) -> bool | None:
    """``Filters.preventiecoalitie`` for the coalition widget's choice ("alle", or anything unknown: no filter)."""
    return {"ja": True, "nee": False}.get(choice)


def coalition_choice(value: bool | None) -> str:
    """The coalition widget's choice showing ``Filters.preventiecoalitie``."""
    return "alle" if value is None else ("ja" if value else "nee")
