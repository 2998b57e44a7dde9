"""The load benchmark runs end to end (two visitors, so that its protocol client and deployment cannot rot) and
its figures mean what they say."""

from __future__ import annotations

import os

import pytest

from tools import bench_load
from tools.nginx import NGINX
from tools.postgres import pg_bin


def test_quantiles_and_ratios():
    values = [float(i) for i in range(1, 101)]
    assert bench_load._quantile(values, 0.5) == 50.5
    assert bench_load._quantile(values, 0.95) == 95.05
    assert bench_load._quantile([0.2], 0.95) == 0.2
    assert bench_load._quantile([], 0.5) is None
    assert bench_load._ratio(0.3, 0.1) == 3.0 and bench_load._ratio(0.3, None) is None


def test_two_visitors_over_two_processes_behind_nginx_on_postgresql():
    if not NGINX.exists() or pg_bin() is None:
        if os.environ.get("PREVENTIEKAART_REQUIRE_BROWSER") or os.environ.get(
            "PREVENTIEKAART_REQUIRE_POSTGRES"
        ):
            pytest.fail("the load benchmark needs nginx and postgresql (apt-get install nginx postgresql)")
        pytest.skip("nginx or postgresql is not installed")
    figures = bench_load.run(2, think=(0.0, 0.2), alone_sessions=2)
    assert figures["load_errors"] == 0, figures["load_error_samples"]
    assert figures["alone_reruns"] == 2 * bench_load.CHANGES
    assert figures["load_reruns"] == 2 * bench_load.CHANGES
    for key in ("alone_rerun_p50_s", "load_rerun_p95_s", "load_burst_s", "alone_first_visit_s"):
        assert 0 < figures[key] < 120, (key, figures[key])
    assert figures["load_burst_s"] >= figures["load_first_visit_p50_s"]
    # Every visitor's websocket went through nginx to one of the two processes (the alone ones too).
    assert sum(figures["load_sessions_per_process"].values()) == 4
    assert figures["first_visit_http_kb"] > 300  # the page, Streamlit's scripts, Leaflet and the geometry
    assert figures["load_ws_kb_per_rerun"] > 1
