"""Two small Leaflet layers that keep the map's per-rerun payload tiny.

``CodedChoropleth`` draws the gemeenten from the polyline-encoded coverage in ``static/geo/`` (fetched once per
map and kept in the iframe), so a rerun only sends each gemeente's style key and tooltip texts.
``CodedLines`` draws region borders from encoded lines. Both build tooltips with ``textContent``: user text can
never become HTML, whatever it contains.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

_HELPERS = """
window.pkDecode = window.pkDecode || function(text, factor, lngLat) {
    var out = [], lat = 0, lng = 0, i = 0;
    while (i < text.length) {
        var b, shift = 0, result = 0;
        do { b = text.charCodeAt(i++) - 63; result |= (b & 0x1f) << shift; shift += 5; } while (b >= 0x20);
        lat += (result & 1) ? ~(result >> 1) : (result >> 1);
        shift = 0; result = 0;
        do { b = text.charCodeAt(i++) - 63; result |= (b & 0x1f) << shift; shift += 5; } while (b >= 0x20);
        lng += (result & 1) ? ~(result >> 1) : (result >> 1);
        out.push(lngLat ? [lng / factor, lat / factor] : [lat / factor, lng / factor]);
    }
    return out;
};
window.pkTable = window.pkTable || function(labels, values) {
    var table = document.createElement('table');
    for (var i = 0; i < labels.length; i++) {
        var row = table.insertRow();
        var th = document.createElement('th');
        th.textContent = labels[i];
        row.appendChild(th);
        row.insertCell().textContent = (values[i] === null || values[i] === undefined) ? '' : String(values[i]);
    }
    return table;
};
window.pkGeometry = window.pkGeometry || {};
window.pkLoad = window.pkLoad || function(url) {
    // One fetch per map: later reruns reuse the decoded coverage.
    if (!window.pkGeometry[url]) {
        window.pkGeometry[url] = fetch(url).then(function(r) { return r.json(); }).then(function(data) {
            var factor = Math.pow(10, data.precision);
            return {type: 'FeatureCollection', features: data.features.map(function(f) {
                return {type: 'Feature', id: f.id, properties: {}, geometry: {type: 'MultiPolygon',
                    coordinates: f.p.map(function(rings) {
                        return rings.map(function(r) { return window.pkDecode(r, factor, true); });
                    })}};
            })};
        });
    }
    return window.pkGeometry[url];
};
"""


# branca renders every element's script and then parses the result as a Jinja template again, so "{{", "{%"
# or "{#" in data (user text, or the polyline alphabet, which includes "{") would break rendering or be
# evaluated. In JSON these pairs can only occur inside strings, where "\u007b" is the same character.
_JINJA_OPENER = re.compile(r"\{(?=[{%#])")


def js_json(value: Any) -> str:
    """JSON that is safe to embed: inside an HTML <script> element and through branca's second Jinja pass."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = _JINJA_OPENER.sub(r"\\u007b", text)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


class CodedChoropleth(MacroElement):
    """Gemeenten from the encoded static coverage, styled by a per-code style key, with text tooltips.

    Must be added to a FeatureGroup that is itself on the map (its script creates a pane on the map).
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
"""
        + _HELPERS
        + """
if (!{{ this._parent._parent.get_name() }}.getPane('pkGemeenten')) {
    // Below the overlay pane: borders, markers and the selection stay on top even though the
    // gemeenten arrive asynchronously.
    {{ this._parent._parent.get_name() }}.createPane('pkGemeenten');
    {{ this._parent._parent.get_name() }}.getPane('pkGemeenten').style.zIndex = 350;
}
var {{ this.get_name() }} = (function() {
    var styles = {{ this.styles }};
    var byCode = {{ this.by_code }};
    var labels = {{ this.labels }};
    var tips = {{ this.tips }};
    var layer = L.geoJson(null, {
        pane: 'pkGemeenten',
        style: function(f) { return styles[byCode[f.id]] || {}; },
        onEachFeature: function(f, l) {
            l.bindTooltip(function() { return window.pkTable(labels, tips[f.id] || []); },
                          {sticky: true, className: 'foliumtooltip'});
            l.on('mouseover', function() { l.setStyle({weight: 4, color: '#000000', fillOpacity: 0.95}); });
            l.on('mouseout', function() { layer.resetStyle(l); });
        }
    });
    window.pkLoad({{ this.url }}).then(function(fc) { layer.addData(fc); });
    return layer;
})();
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        url: str,
        styles: Mapping[str, Mapping[str, Any]],
        by_code: Mapping[str, str],
        labels: Sequence[str],
        tips: Mapping[str, Sequence[Any]],
    ) -> None:
        super().__init__()
        self._name = "CodedChoropleth"
        self.url = js_json(url)
        self.styles = js_json(styles)
        self.by_code = js_json(by_code)
        self.labels = js_json(list(labels))
        self.tips = js_json({code: list(values) for code, values in tips.items()})


class CodedLines(MacroElement):
    """Polylines from encoded strings (each line once), with text tooltips and a hover highlight."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
"""
        + _HELPERS
        + """
var {{ this.get_name() }} = (function() {
    var lines = {{ this.lines }};
    var labels = {{ this.labels }};
    var style = {{ this.style }};
    var group = L.featureGroup();
    lines.forEach(function(line) {
        var latlngs = line.e.map(function(e) { return window.pkDecode(e, 1e5, false); });
        var pl = L.polyline(latlngs, style).addTo(group);
        pl.bindTooltip(function() { return window.pkTable(labels, line.t); }, {sticky: true, className: 'foliumtooltip'});
        pl.on('mouseover', function() { pl.setStyle({weight: style.weight + 3}); });
        pl.on('mouseout', function() { pl.setStyle(style); });
    });
    return group;
})();
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        lines: Sequence[tuple[Sequence[str], Sequence[Any]]],
        labels: Sequence[str],
        style: Mapping[str, Any],
    ) -> None:
        super().__init__()
        self._name = "CodedLines"
        self.lines = js_json([{"e": list(encoded), "t": list(tip)} for encoded, tip in lines])
        self.labels = js_json(list(labels))
        self.style = js_json(dict(style))
