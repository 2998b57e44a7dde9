"""No markup from data on any page: a hostile region table and hostile insurer names render as plain text.

The region table comes from PREVENTIEKAART_REGIO (a server file an admin could get from anyone); its region
and insurer names reach headings, captions, slide titles, chart titles and legends.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from dashboard.ui import data
from tests.pages.apptest import open_app

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
