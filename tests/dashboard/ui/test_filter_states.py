"""The per-filter-state boundary: keyed by the dataset (register revision, upload) and the filter state, never by
the records' identity alone, and what it derives is computed once per key and arguments."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from dashboard.analysis.areas import gemeente_summary
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest.validation import ImportResult
from dashboard.ui import data
from dashboard.ui.data import Dataset, FilterState
from tests.dashboard.records_factory import make_records

computed: Counter[tuple[str, ...]] = Counter()


def _dataset(key: str, *rows: dict) -> Dataset:
    frame = make_records(*rows)
    return Dataset(ImportResult("r.csv", len(frame), frame, frame.iloc[0:0], []), "register", key=key)


def _count(state: FilterState, label: str) -> int:
    """A derived figure that notes each computation (module-level: the boundary keys by its name)."""
    computed[(label, str(state.filters.jaar))] += 1
    return len(state.records)


@pytest.fixture(autouse=True)
def empty_caches(monkeypatch):
    # Loading the layers empties the session-scoped caches too, which exist only inside a running app.
    monkeypatch.setattr(data, "_forget_states", lambda: None)
    data._register_filter_state.clear()
    data._register_derived.clear()
    computed.clear()
    yield
    data._register_filter_state.clear()
    data._register_derived.clear()


ROWS = (
    {"id": "a", "jaar": 2020, "gemeenten": ("GM0363",)},  # Amsterdam
    {"id": "b", "jaar": 2020, "gemeenten": ("GM0344",)},  # Utrecht
    {"id": "c", "jaar": 2019, "gemeenten": ("GM0344",)},
)


def test_the_filtered_records_and_summary_are_those_of_the_filters():
    dataset = _dataset("k#1", *ROWS)
    state = data.filter_state(dataset, Filters(jaar=2020))
    gemeenten = data.gemeenten_table()
    pd.testing.assert_frame_equal(
        state.records, apply_filters(dataset.records, Filters(jaar=2020), gemeenten)
    )
    pd.testing.assert_frame_equal(state.summary, gemeente_summary(state.records, gemeenten["gm_code"]))
    assert state.selection is None
    scoped = data.filter_state(dataset, Filters(jaar=2020, provincies=("PV26",)))
    assert scoped.selection is not None and "GM0344" in scoped.selection  # Utrecht (provincie Utrecht)


def test_a_state_is_computed_once_per_dataset_key_and_filters():
    dataset = _dataset("k#1", *ROWS)
    first = data.filter_state(dataset, Filters(jaar=2020))
    assert data.filter_state(dataset, Filters(jaar=2020)) is first
    assert data.filter_state(dataset, Filters(jaar=2019)) is not first
    assert first.with_filters(Filters(jaar=2019)) is data.filter_state(dataset, Filters(jaar=2019))
    # Another revision of the register is another key: its records are filtered again, never the old ones.
    changed = _dataset("k#2", *ROWS, {"id": "d", "jaar": 2020, "gemeenten": ("GM0193",)})
    assert len(data.filter_state(changed, Filters(jaar=2020)).records) == 3
    assert len(data.filter_state(dataset, Filters(jaar=2020)).records) == 2


def test_a_derived_figure_is_computed_once_per_state_and_arguments():
    dataset = _dataset("k#1", *ROWS)
    assert data.derived(dataset, Filters(jaar=2020), _count, "x") == 2
    assert data.derived(dataset, Filters(jaar=2020), _count, "x") == 2
    assert data.derived(dataset, Filters(jaar=2019), _count, "x") == 1
    assert data.derived(dataset, Filters(jaar=2020), _count, "y") == 2
    state = data.filter_state(dataset, Filters(jaar=2020))
    assert state.derive(_count, "x") == 2  # the state's own derive is the same cache
    assert computed == Counter({("x", "2020"): 1, ("x", "2019"): 1, ("y", "2020"): 1})
    assert data.derived(_dataset("k#2", *ROWS[:1]), Filters(jaar=2020), _count, "x") == 1
    assert computed[("x", "2020")] == 2


def test_only_module_level_functions_can_be_derived():
    """Two lambdas share a name: as a cache key they could hand one computation's result to the other."""
    dataset = _dataset("k#1", *ROWS)
    with pytest.raises(ValueError, match="module-level"):
        data.derived(dataset, Filters(), lambda state: len(state.records))
