"""Caching at one boundary: a rerun in a filter state already seen filters, aggregates and charts nothing again.

Every page gets its filtered records, the per-gemeente summary and what it derives from them through
``dashboard.ui.data`` (keyed by the dataset and the filter state). The counting wrappers stand in for the
functions wherever a page or the boundary could reach them, so a page that filters for itself again is caught.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from dashboard.analysis import areas
from dashboard.core import filters as core_filters
from dashboard.render import charts
from dashboard.ui import data
from tests.pages.apptest import open_app

# (page, link) of every page that shows the records, each in a view that derives the most.
VIEWS = [
    ("app_pages/kaart.py", {"gemeente": "GM0363"}),
    ("app_pages/grafieken.py", None),
    ("app_pages/mijn_regio.py", {"gemeente": "GM0363"}),
    ("app_pages/nood.py", {"regio": "ZK31"}),
    ("app_pages/presentatie.py", {"regio": "ZK31", "dia": "2"}),
    ("app_pages/presentatie.py", {"dia": "3"}),
    ("app_pages/presentatie.py", {"provincie": "PV31", "dia": "6"}),  # the GALA slide
    ("app_pages/gegevens.py", None),
]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()

    def counting(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        return wrapper

    apply_filters = counting("apply_filters", core_filters.apply_filters)
    summary = counting("gemeente_summary", areas.gemeente_summary)
    monkeypatch.setattr(core_filters, "apply_filters", apply_filters)
    monkeypatch.setattr(data, "apply_filters", apply_filters)
    monkeypatch.setattr(areas, "gemeente_summary", summary)
    monkeypatch.setattr(data, "gemeente_summary", summary)
    for name in ("parties_figure", "interventions_figure", "chart_figure", "compare_figure"):
        monkeypatch.setattr(charts, name, counting(name, getattr(charts, name)))
    return counted


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=[f"{p}-{q}" for p, q in VIEWS])
def test_a_rerun_in_a_seen_filter_state_computes_nothing_again(calls, page, query):
    at = open_app(page, query)
    at.run()  # every state this view shows has now been seen
    calls.clear()
    at.run()
    assert not at.exception
    assert calls == Counter()


def test_a_filter_change_computes_the_new_state_once_and_keeps_both(calls):
    at = open_app("app_pages/grafieken.py")
    opening = at.session_state["f_jaar"]
    other = 2019 if opening != 2019 else 2020
    # Earlier tests in this process may have seen the other year already: start from empty shared caches.
    data._register_filter_state.clear()
    data._register_derived.clear()
    for year, computed in ((other, 1), (opening, 1), (other, 0), (opening, 0)):
        calls.clear()
        at.session_state["f_jaar"] = year
        at.run()
        assert not at.exception
        assert calls["apply_filters"] == computed and calls["parties_figure"] == computed, (year, calls)
