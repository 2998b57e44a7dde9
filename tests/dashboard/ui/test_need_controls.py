"""Widget settings of the need page."""

from dashboard.ui.need_controls import threshold_control


def test_threshold_control_by_unit(need_context):
    pct = threshold_control(need_context, "pct_overgewicht")
    assert (pct.kind, pct.min_value, pct.max_value, pct.step) == ("slider", 20.0, 35.0, 0.1)
    count = threshold_control(need_context, "inwoners")
    assert (count.kind, count.min_value, count.max_value) == ("number", 0, 50_000.0)
