"""Stop long work when the user has left: the one place that reads Streamlit's script-run internals.

A validation makes no Streamlit call between its rows, so Streamlit never gets the chance to act on a click
elsewhere (another page, another widget, the tab closed) until the file has been read to the end. The validator
asks ``user_left()`` between rows instead, and the caller then hands control back with ``yield_to_rerun()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn

import streamlit as st


def user_left() -> Callable[[], bool]:
    """True once this script run has been asked to stop or rerun (another page, another widget, tab closed).

    Streamlit only notices such a request at its next call, and validation makes none; so the validator asks
    this between rows. Streamlit has no public accessor for pending requests: read the request state
    defensively, and treat a Streamlit without it as "never asked" (the time budget still bounds the work).
    """
    from streamlit.runtime.scriptrunner_utils.script_requests import ScriptRequestType
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    requests = getattr(get_script_run_ctx(), "script_requests", None)

    def asked() -> bool:
        state = getattr(requests, "_state", ScriptRequestType.CONTINUE)
        return state != ScriptRequestType.CONTINUE

    return asked


def yield_to_rerun() -> NoReturn:
    """End this run so that Streamlit serves the request that interrupted it (the user's new page)."""
    st.empty()  # a Streamlit call: this is where Streamlit acts on the pending rerun
    st.stop()  # reached only if no rerun was pending after all
