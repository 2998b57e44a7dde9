"""The need page's tables and per-capita chart."""

import pandas as pd
import pytest

from dashboard.analysis.need import per_capita_by
from dashboard.render.need_tables import per_capita_display, per_capita_figure
from tests.dashboard.need_factory import need_context, need_gemeenten, percap_records


@pytest.fixture
def context() -> pd.DataFrame:
    return need_context()


@pytest.fixture
def gemeenten() -> pd.DataFrame:
    return need_gemeenten()


def test_per_capita_display_and_figure(context, gemeenten):
    out = per_capita_by(percap_records(), context, gemeenten, "regio", "informeel", with_total=True)
    shown = per_capita_display(out, "regio", "informeel", "nl")
    assert shown["VNG–ZN-regio"].tolist() == ["Regio Een", "Regio Twee", "Nederland"]
    assert shown["Initiatieven per 100.000 inwoners"].tolist() == [3.3, 3.2, 2.6]
    assert "% inwoners in gemeente met initiatief (informele afspraken of hoger)" in shown.columns
    fig = per_capita_figure(out, "per_100k", "regio", "informeel", "nl")
    assert list(fig.data[0].y) == ["Regio Twee", "Regio Een"]  # highest on top
    assert fig.layout.shapes[0].x0 == pytest.approx(4 / 155_000 * 100_000)
