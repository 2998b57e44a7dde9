"""The need page's tables and per-capita chart."""

import pytest

from dashboard.analysis.need import per_capita_by
from dashboard.render.need_tables import per_capita_display, per_capita_figure


def test_per_capita_display_and_figure(percap_records, need_context, need_gemeenten):
    out = per_capita_by(percap_records, need_context, need_gemeenten, "regio", "informeel", with_total=True)
    shown = per_capita_display(out, "regio", "informeel", "nl")
    assert shown["VNG–ZN-regio"].tolist() == ["Regio Een", "Regio Twee", "Nederland"]
    assert shown["Initiatieven per 100.000 inwoners"].tolist() == [3.3, 3.2, 2.6]
    assert "% inwoners in gemeente met initiatief (informele afspraken of hoger)" in shown.columns
    fig = per_capita_figure(out, "per_100k", "regio", "informeel", "nl")
    assert list(fig.data[0].y) == ["Regio Twee", "Regio Een"]  # highest on top
    assert fig.layout.shapes[0].x0 == pytest.approx(4 / 155_000 * 100_000)
