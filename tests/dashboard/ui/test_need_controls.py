"""Widget settings of the need page."""

import pandas as pd
import pytest

from dashboard.ui.need_controls import threshold_control
from tests.dashboard.need_factory import need_context


@pytest.fixture
def context() -> pd.DataFrame:
    return need_context()


def test_threshold_control_by_unit(context):
    pct = threshold_control(context, "pct_overgewicht")
    assert (pct.kind, pct.min_value, pct.max_value, pct.step) == ("slider", 20.0, 35.0, 0.1)
    count = threshold_control(context, "inwoners")
    assert (count.kind, count.min_value, count.max_value) == ("number", 0, 50_000.0)
