"""The VNG–ZN regions page: its map has a legend and follows the sidebar's region filter (issue 21.14)."""

from __future__ import annotations

import json
import re

from tests.pages.apptest import open_app


def _legend(at) -> str:
    return next(h.proto.body for h in at.get("html") if "pk-legend" in h.proto.body)


def _entries(legend: str) -> list[str]:
    return [
        entry.strip() for entry in re.findall(r"<li><span class=\"pk-swatch\"[^>]*></span>([^<]+)", legend)
    ]


def test_the_regions_map_has_a_legend_of_every_region_with_its_gemeenten():
    at = open_app("app_pages/regios.py")
    legend = _legend(at)
    assert "Tussen haakjes: aantal gemeenten" in legend
    assert len(_entries(legend)) == 31
    assert "Zuid-Limburg" in _entries(legend)


def test_the_regions_map_follows_the_region_filter():
    at = open_app("app_pages/regios.py", query={"regio": "ZK31"})
    legend = _legend(at)
    assert _entries(legend) == ["Zuid-Limburg", "buiten de selectie (ter oriëntatie)"]
    assert "(16)" in legend  # Zuid-Limburg's gemeenten
    (component,) = at.get("component_instance")
    view = json.loads(component.proto.json_args)
    assert view["zoom"] >= 9 and 50.7 < view["center"][0] < 51.1  # opened on Zuid-Limburg
