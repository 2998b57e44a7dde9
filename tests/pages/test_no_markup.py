"""No markup from data on any page: a hostile region table and hostile insurer names render as plain text.

The region table comes from PREVENTIEKAART_REGIO (a server file an admin could get from anyone); its region
and insurer names reach headings, captions, slide titles, chart titles and legends. The last test walks every
page, view and slide with hostile names in every data source at once (region table, records, URL parameters)
and reads every element the way Streamlit's browser code would (``tests.markup``); tests/browser/
test_no_markup.py counts the links and images in Chromium.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import streamlit as st
from markdown_it import MarkdownIt

from dashboard.render.presentation import SLIDES
from dashboard.ui import data
from tests.hostile import MARKER as EVIL
from tests.hostile import HostileWorld, hostile, write_hostile_world
from tests.markup import live_html, live_markdown, live_plotly
from tests.pages.apptest import PAGES, open_app

REGION_TABLE = Path(__file__).resolve().parents[2] / "data" / "vngzn_regios.csv"
HOSTILE_REGION = "[Log hier in](https://evil.example) ![x](/pixel.png) $x^2$ <b>Regio</b>"
HOSTILE_INSURER = "Verzekeraar [klik](https://evil.example) $y$ :red[rood]"
MARKER = "Log hier in"
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
TEXT_KINDS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")


@pytest.fixture
def hostile_regions(monkeypatch, tmp_path):
    lines = REGION_TABLE.read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        if cells[2] == "ZK01":
            cells[3] = f'"{HOSTILE_REGION}"'
            cells[4] = f'"{HOSTILE_INSURER}"'
        out.append(",".join(cells))
    path = tmp_path / "regios.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(path))
    caches = (data.shipped_result, data.layers, data.border_lines, data.region_colors)
    for cache in caches:
        cache.clear()
    yield
    for cache in caches:
        cache.clear()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def _markdown_tags(text: str) -> set[str]:
    parser = _Tags()
    parser.feed(MARKDOWN.render(text))
    return parser.tags


def _data_texts(at) -> list[str]:
    """Every markdown-rendered text on the page that was built from the hostile names."""
    texts = []
    for kind in TEXT_KINDS:
        for element in at.get(kind):
            value = element.value
            if "Log hier in" in value or "klik" in value:
                texts.append(value)
    return texts


def _assert_no_markup(at) -> int:
    texts = _data_texts(at)
    for text in texts:
        tags = _markdown_tags(text)
        assert not tags & {"a", "img", "code", "b", "script"}, (tags, text)  # templates may use strong
        assert not re.search(r"(?<!\\)\$", text), text  # KaTeX needs an unescaped $
        assert not re.search(r"(?<!\\):red", text), text
    for chart in at.get("plotly_chart"):
        spec = chart.proto.spec
        assert "<a " not in spec and "<b>" not in spec and "$x^2$" not in spec
    # HTML the app builds itself (legends, the GALA matrix): a hostile name arrives escaped, never as a tag.
    for block in at.get("html"):
        body = block.proto.body
        if "Log hier in" in body:
            assert "<b>Regio</b>" not in body and "<img" not in body and "<a " not in body, body[:300]
            assert "&lt;b&gt;Regio&lt;/b&gt;" in body
    return len(texts)


def test_mijn_regio_shows_a_hostile_region_as_text(hostile_regions):
    at = open_app("app_pages/mijn_regio.py", query={"regio": "ZK01"})
    assert _assert_no_markup(at) >= 3  # header, subheadings, members line
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    assert specs and any("&lt;b&gt;Regio&lt;/b&gt;" in json.dumps(s) for s in specs)


def test_a_gemeente_in_the_hostile_region_shows_its_insurer_as_text(hostile_regions):
    at = open_app("app_pages/mijn_regio.py", query={"gemeente": "GM0358"})  # Aalsmeer, in ZK01
    assert _assert_no_markup(at) >= 1


def test_presentation_slides_show_a_hostile_region_as_text(hostile_regions):
    for slide in ("2", "5", "6"):
        at = open_app(query={"presentatie": "1", "regio": "ZK01", "dia": slide})
        assert MARKER in at.title[0].value
        assert _assert_no_markup(at) >= 1


def test_charts_page_compares_with_a_hostile_region_as_text(hostile_regions):
    at = open_app("app_pages/grafieken.py")
    at.selectbox(key="vergelijk").set_value("ZK01").run()
    _assert_no_markup(at)
    assert any("&lt;b&gt;Regio" in chart.proto.spec for chart in at.get("plotly_chart"))


# ---- every page, view and slide with hostile names in every data source


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> HostileWorld:
    return write_hostile_world(tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def hostile_app(world, monkeypatch, tmp_path):
    """The app on a fresh register seeded from the hostile records, with the hostile region table."""
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(world.region_table))
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(world.records))
    monkeypatch.setenv("PREVENTIEKAART_DB", f"sqlite:///{tmp_path / 'register.sqlite'}")
    st.cache_resource.clear()
    yield world
    st.cache_resource.clear()


# Proto fields Streamlit renders as markdown (headings, text, alerts, captions, labels, help, radio options).
_MARKDOWN_FIELDS = frozenset(("body", "label", "help", "options"))
# Elements whose ``options`` are plain text (a selectbox's and multiselect's list), and raw HTML.
_PLAIN_OPTIONS = frozenset(("Selectbox", "MultiSelect"))


def _nodes(node):
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _nodes(child)


def _scan(at) -> tuple[list[str], int]:
    """Every live link, image, tag, KaTeX, directive or icon made of data on the page, and how many texts
    carried a hostile name (so the walk is known to have seen the data)."""
    problems: list[str] = []
    seen = 0
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        if proto is None:
            continue
        kind = type(proto).__name__
        for field, value in proto.ListFields():
            texts = [value] if isinstance(value, str) else list(value) if hasattr(value, "__len__") else []
            texts = [text for text in texts if isinstance(text, str)]
            if kind == "PlotlyChart" and field.name == "spec":
                problems += [f"plotly: {p}" for p in live_plotly(texts[0])]
                seen += EVIL in texts[0]
            elif kind == "Html" and field.name == "body":
                problems += [f"html: {p}" for p in live_html(texts[0])]
            elif field.name in _MARKDOWN_FIELDS and not (field.name == "options" and kind in _PLAIN_OPTIONS):
                for text in texts:
                    if EVIL in text:
                        seen += 1
                        problems += [
                            f"{kind}.{field.name}: {p} in {text[:60]!r}" for p in live_markdown(text)
                        ]
                        if kind == "Heading" and not proto.hide_anchor:
                            problems.append(f"heading anchor made of data: {text[:60]!r}")
    return problems, seen


def _views(world: HostileWorld) -> list[tuple[str | None, dict[str, str]]]:
    region, gemeente = world.region_code, world.gm_code
    views: list[tuple[str | None, dict[str, str]]] = [(page, {}) for page in PAGES]
    views += [
        ("app_pages/kaart.py", {"gemeente": gemeente, "lagen": "regio,provincie,ggd,initiatieven"}),
        ("app_pages/kaart.py", {"regio": region}),
        ("app_pages/mijn_regio.py", {"gemeente": gemeente}),
        ("app_pages/mijn_regio.py", {"regio": region}),
        ("app_pages/nood.py", {"regio": region}),
        ("app_pages/valpreventie.py", {"regio": region}),
        ("app_pages/valpreventie.py", {"gemeente": gemeente}),
        ("app_pages/rapport.py", {"regio": region}),
        ("app_pages/grafieken.py", {"verzekeraar": world.insurer}),
        ("app_pages/grafieken.py", {"regio": region}),
        # URL parameters that name nothing: the notice quotes them.
        (None, {"regio": hostile("url"), "verzekeraar": hostile("url2"), "niveau": hostile("url3")}),
    ]
    views += [(None, {"presentatie": "1", "regio": region, "dia": str(n)}) for n in range(1, len(SLIDES) + 1)]
    views += [(None, {"presentatie": "1", "gemeente": gemeente, "dia": str(n)}) for n in (2, 5, 6)]
    views += [(None, {"presentatie": "1", "verzekeraar": world.insurer, "dia": str(n)}) for n in (1, 3, 4)]
    return views


def test_no_page_view_or_slide_turns_data_into_markup(hostile_app):
    """Hostile names in the region table (region, insurer, contacts), the records (names, insurers, parties,
    interventions, target groups, wijken, notes, sources) and the URL, on every page: none is live (21.2)."""
    found: dict[str, list[str]] = {}
    seen = 0
    for page, query in _views(hostile_app):
        at = open_app(page, query=query)
        problems, count = _scan(at)
        seen += count
        if page == "app_pages/grafieken.py" and "verzekeraar" not in query:
            for kind in ("partijen", "interventies", "niveaus", "jaren"):
                at.segmented_control(key="grafiek").set_value(kind).run()
                at.selectbox(key="vergelijk").set_value(hostile_app.region_code).run()
                more, count = _scan(at)
                problems += more
                seen += count
        if problems:
            found[f"{page} {sorted(query)}"] = problems[:5]
    assert not found, found
    assert seen >= 40, seen  # the hostile names were on the pages, not filtered away
