"""Rules every widget call in the pages and ui/ follows, checked on the source (the kinds issue 12 found):

- option rows (pills, segmented controls, multiselects) wrap instead of scrolling out of sight in a column;
- a widget whose key is shared state (written through Session State by the URL layer or a page) takes no
  ``default=``/non-zero ``index=`` (Streamlit then warns and can show the wrong value after a rerun);
- a selectbox never offers None as an option (Streamlit shows a None value as its English placeholder);
- every selectbox and multiselect has a Dutch placeholder (never Streamlit's "Choose an option").
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dashboard.ui.sidebar import FILTER_KEYS
from dashboard.ui.urlstate import PAGE_WIDGET_KEYS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("app_pages/*.py"), *ROOT.glob("dashboard/ui/*.py")])
SHARED_KEYS = {*PAGE_WIDGET_KEYS, *FILTER_KEYS.values(), "dia"}


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    out = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name:
                out.append((path, node))
    return out


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _where(path: Path, call: ast.Call) -> str:
    return f"{path.relative_to(ROOT)}:{call.lineno}"


@pytest.mark.parametrize("widget", ["pills", "segmented_control", "multiselect"])
def test_option_rows_wrap(widget):
    calls = _calls(widget)
    assert calls or widget == "segmented_control"
    for path, call in calls:
        wrap = _kw(call, "wrap")
        assert isinstance(wrap, ast.Constant) and wrap.value is True, _where(path, call)


def _key(call: ast.Call) -> str | None:
    key = _kw(call, "key")
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        return key.value
    return None


@pytest.mark.parametrize("widget", ["selectbox", "radio", "pills", "segmented_control", "multiselect"])
def test_shared_state_widgets_take_no_default_argument(widget):
    for path, call in _calls(widget):
        if _key(call) not in SHARED_KEYS:
            continue
        assert _kw(call, "default") is None, _where(path, call)
        index = _kw(call, "index")
        assert index is None or (isinstance(index, ast.Constant) and index.value in (None, 0)), _where(
            path, call
        )


def test_no_selectbox_offers_none_as_an_option():
    for path, call in _calls("selectbox"):
        options = call.args[1] if len(call.args) > 1 else _kw(call, "options")
        if isinstance(options, ast.List):
            assert not any(isinstance(e, ast.Constant) and e.value is None for e in options.elts), _where(
                path, call
            )


@pytest.mark.parametrize("widget", ["selectbox", "multiselect"])
def test_choosers_have_a_placeholder(widget):
    for path, call in _calls(widget):
        index = _kw(call, "index")
        if widget == "selectbox" and not (isinstance(index, ast.Constant) and index.value is None):
            continue  # a selectbox with an index always shows a value, never its placeholder
        assert _kw(call, "placeholder") is not None, _where(path, call)


def test_no_developer_text_in_user_texts():
    """Environment-variable names and pointers to the README are for administrators, not on a user's page.

    The command line (``cli.*``) is the administrator's own tool: there they are exactly what is meant."""
    from dashboard.i18n import TEXTS

    for key, entry in TEXTS.items():
        if key.startswith("cli."):
            continue
        for text in entry.values():
            assert "PREVENTIEKAART_" not in text and "README" not in text, key


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("app_pages/kaart.py", {}),
        ("app_pages/mijn_regio.py", {"regio": "ZK23"}),
        ("app_pages/presentatie.py", {"regio": "ZK23", "dia": "5"}),
    ],
)
def test_every_legend_uses_the_same_swatches(page, query):
    from dashboard.ui.components import LEGEND_CSS
    from tests.pages.apptest import open_app

    at = open_app(page, query=query)
    legends = [h.proto.body for h in at.get("html") if '<div class="pk-legend"' in h.proto.body]
    assert legends and all(body.startswith(LEGEND_CSS) for body in legends)
    css = "\n".join(h.proto.body for h in at.get("html"))
    assert "border: 2px solid #222 !important" not in css  # no page restyles the swatches' outlines
