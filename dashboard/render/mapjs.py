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
from dataclasses import dataclass, field
from typing import Any, Final

import pandas as pd
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
window.pkDigest = window.pkDigest || function(codes) {
    var h = 0x811c9dc5, text = codes.slice().sort().join('\\n');
    for (var i = 0; i < text.length; i++) { h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0; }
    return h;
};
window.pkSendClick = window.pkSendClick || function(latlng) {
    // streamlit-folium 0.27 waits 250 ms (debounce) before it tells Streamlit about any map event; a click on an
    // area is sent at once. Its own debounced update then finds the value unchanged and sends nothing.
    var gd = window.__GLOBAL_DATA__;
    if (!gd || !window.Streamlit || JSON.stringify(gd.returned_objects) !== '["last_object_clicked"]') return;
    var data = {last_object_clicked: {lat: latlng.lat, lng: latlng.lng}};
    if (JSON.stringify(gd.previous_data) === JSON.stringify(data)) return;
    gd.previous_data = data;
    window.Streamlit.setComponentValue(data);
};
window.pkLayers = window.pkLayers || {};
window.pkChoropleth = window.pkChoropleth || function(map, url, payload) {
    // One Leaflet layer per coverage, kept on the map across reruns: a rerun swaps the payload and restyles the
    // existing paths (setStyle), which is far cheaper than removing and re-adding every polygon.
    var entry = window.pkLayers[url];
    if (!entry || entry.map !== map) {
        if (!map.getPane('pkGemeenten')) {
            // Below the overlay pane: borders, markers and the selection stay on top even though the
            // gemeenten arrive asynchronously.
            map.createPane('pkGemeenten');
            map.getPane('pkGemeenten').style.zIndex = 350;
        }
        entry = {map: map, payload: payload, pos: null, names: null, fits: false};
        entry.at = function(f) { return entry.fits ? entry.pos[f.id] : undefined; };
        entry.style = function(f) {
            var i = entry.at(f);
            return i === undefined ? {} : entry.payload.styles[entry.payload.s[i]] || {};
        };
        entry.tip = function(f) {
            var i = entry.at(f), p = entry.payload;
            return window.pkTable(p.labels, p.cols.map(function(c) {
                if (c.name) return entry.names[f.id];
                return i === undefined ? '' : c.v[c.i[i]];
            }));
        };
        entry.check = function() {
            if (!entry.pos) return;
            entry.fits = window.pkDigest(Object.keys(entry.pos)) === entry.payload.digest;
            if (!entry.fits) console.error('preventiekaart: map data does not fit the coverage ' + url);
        };
        entry.layer = L.geoJson(null, {
            pane: 'pkGemeenten',
            style: entry.style,
            onEachFeature: function(f, l) {
                l.bindTooltip(function() { return entry.tip(f); }, {sticky: true, className: 'foliumtooltip'});
                l.on('mouseover', function() { l.setStyle({weight: 4, color: '#000000', fillOpacity: 0.95}); });
                l.on('mouseout', function() { entry.layer.resetStyle(l); });
                l.on('click', function(e) { window.pkSendClick(e.latlng); });
            }
        });
        window.pkLayers[url] = entry;
        window.pkLoad(url).then(function(fc) {
            var ids = fc.features.map(function(f) { return f.id; }).sort();
            entry.pos = {}; entry.names = {};
            ids.forEach(function(id, i) { entry.pos[id] = i; });
            fc.features.forEach(function(f) { entry.names[f.id] = f.name; });
            entry.check();
            entry.layer.addData(fc);
        });
    } else {
        entry.payload = payload;
        entry.check();
        entry.layer.resetStyle();
    }
    entry.claimed = true;
    if (!map.hasLayer(entry.layer)) entry.layer.addTo(map);
    // What the feature group holds in the layer's place: when streamlit-folium removes the group on the next
    // rerun, the layer goes too unless that rerun's script claims it again (in the same task).
    var holder = L.layerGroup();
    holder.onRemove = function(m) {
        entry.claimed = false;
        setTimeout(function() { if (!entry.claimed && m.hasLayer(entry.layer)) m.removeLayer(entry.layer); }, 0);
        L.LayerGroup.prototype.onRemove.call(this, m);
    };
    return holder;
};
window.pkLoad = window.pkLoad || function(url) {
    // One fetch per map: later reruns reuse the decoded coverage.
    if (!window.pkGeometry[url]) {
        window.pkGeometry[url] = fetch(url).then(function(r) { return r.json(); }).then(function(data) {
            var factor = Math.pow(10, data.precision);
            return {type: 'FeatureCollection', features: data.features.map(function(f) {
                return {type: 'Feature', id: f.id, name: f.n, properties: {}, geometry: {type: 'MultiPolygon',
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


class OnePass(MacroElement):
    """A MacroElement whose rendered parts go into the page as they are.

    branca wraps each rendered part in a new ``Element``, which compiles it as a Jinja template on every render:
    for these layers that is the whole payload (tens of KB at wijk scale) on every rerun. The parts are final
    JavaScript already (``js_json`` keeps them inert for Jinja anyway).
    """

    # folium's MacroElement.render returns nothing; branca annotates Element.render as returning str.
    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure = self.get_root()
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(RawHtml(macro(self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


def code_digest(codes: Sequence[str]) -> int:
    """FNV-1a (32 bit) over the sorted codes joined by newlines; the browser computes the same over the
    coverage's ids, so per-feature arrays sent in sorted-code order are only applied to the coverage they fit."""
    h = 0x811C9DC5
    for ch in "\n".join(sorted(codes)):
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return h


@dataclass(frozen=True)
class TipColumn:
    """One tooltip row for every feature: ``values[index[i]]`` for the i-th code in sorted order.

    ``values`` is None for the feature's name, which the browser takes from the coverage file (sent once).
    """

    values: tuple[Any, ...] | None
    index: tuple[int, ...] = ()

    @classmethod
    def of(cls, column: Sequence[Any]) -> TipColumn:
        index, uniques = pd.factorize(pd.Series(list(column), dtype=object), use_na_sentinel=False)
        return cls(tuple(_plain(v) for v in uniques), tuple(int(i) for i in index))

    def to_json(self) -> dict[str, Any]:
        return {"name": 1} if self.values is None else {"v": list(self.values), "i": list(self.index)}


NAME_COLUMN: Final = TipColumn(None)


def _plain(value: Any) -> Any:
    """numpy scalars and NA as JSON-able Python values."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


@dataclass(frozen=True)
class ChoroplethData:
    """What one filter state sends for a choropleth: immutable, so the app can cache and share it."""

    codes: tuple[str, ...]  # sorted; every per-feature array follows this order
    styles: tuple[Mapping[str, Any], ...]
    style_index: tuple[int, ...]
    labels: tuple[str, ...]
    columns: tuple[TipColumn, ...]
    payload: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if list(self.codes) != sorted(self.codes):
            raise ValueError("codes must be sorted")
        payload = {
            "digest": code_digest(self.codes),
            "styles": [dict(style) for style in self.styles],
            "s": list(self.style_index),
            "labels": list(self.labels),
            "cols": [column.to_json() for column in self.columns],
        }
        object.__setattr__(self, "payload", js_json(payload))

    def style_of(self, code: str) -> Mapping[str, Any]:
        """The style the browser gives ``code``."""
        return self.styles[self.style_index[self.codes.index(code)]]

    def tooltip_of(self, code: str, name: str | None = None) -> list[Any]:
        """The tooltip values the browser shows for ``code``; ``name`` stands in for the coverage's name."""
        i = self.codes.index(code)
        return [name if c.values is None else c.values[c.index[i]] for c in self.columns]


class CodedChoropleth(OnePass):
    """Areas from the encoded static coverage, styled by a per-code style index, with text tooltips.

    A rerun sends only small integer arrays (in sorted-code order) and the distinct texts: names and geometry
    come from the coverage file, which the iframe fetches once. The Leaflet layer is made once per coverage and
    kept on the map across reruns; a rerun restyles its paths in place instead of re-adding them
    (``window.pkChoropleth``). When a rerun no longer includes the choropleth, the layer is removed with the
    feature group that held it.

    Must be added to a FeatureGroup that is itself on the map (its script creates a pane on the map).
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
"""
        + _HELPERS
        + """
var {{ this.get_name() }} = window.pkChoropleth({{ this._parent._parent.get_name() }}, {{ this.url }},
                                                {{ this.data.payload }});
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, url: str, data: ChoroplethData) -> None:
        super().__init__()
        self._name = "CodedChoropleth"
        self.url = js_json(url)
        self.data = data


class CodedLines(OnePass):
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


class MapBehaviour(OnePass):
    """Part of the constant base map: the map takes focus without scrolling the page.

    Leaflet focuses the map on mousedown. Where the map is only partly in view (a 1366x768 screen), the browser
    then scrolls the page between mousedown and click, and the click lands on another place than the one the
    user pointed at.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function(container) {
    container.focus = function() { HTMLElement.prototype.focus.call(container, {preventScroll: true}); };
})({{ this._parent.get_name() }}.getContainer());
{% endmacro %}
"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapBehaviour"


class RawHtml(MacroElement):
    """Literal HTML for the page header, without compiling a Jinja template per instance (folium.Element does,
    on every rerun)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.text = text

    def render(self, **_kwargs: Any) -> str:
        return self.text
