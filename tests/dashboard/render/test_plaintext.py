"""No markup from data: every text-showing helper shows hostile strings as text (property tests)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
from hypothesis import given, settings
from markdown_it import MarkdownIt

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.render import charts, maps, plaintext
from dashboard.ui.components import escape_markdown, say
from tests.dashboard.records_factory import make_records
from tests.hostile import hostile_text

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


def assert_inert_markdown(escaped: str, original: str) -> None:
    """Rendered as CommonMark it is one paragraph of the original text; nothing Streamlit adds can match."""
    parsed = _parse(MARKDOWN.render(escaped))
    assert set(parsed.tags) <= {"p"}, parsed.tags
    # The parser decodes entities once; CommonMark shows NUL as U+FFFD (not markup either). A word joiner keeps
    # apart what Streamlit matches in the rendered text: after a colon, before an @, inside "www.".
    shown = "".join(parsed.text).strip()
    joiner = plaintext.WORD_JOINER
    collapsed = " ".join(original.split()).replace("\x00", "\ufffd")
    expected = re.sub(r":(?=\S)", ":" + joiner, collapsed).replace("@", joiner + "@")
    assert shown == re.sub(r"(?i)(www)(\.)", r"\1" + joiner + r"\2", expected)
    assert not re.search(r":[\w+\-/]", shown)  # no ":material/…:", ":smile:", ":-1:", ":streamlit:" left
    assert not re.search(r"(?i)https?://|www\.|[\w.+-]@", shown)  # no literal autolink either
    # KaTeX ($), directives and icons (:), bare-URL autolinks (GFM): every such character is escaped.
    assert not re.search(r"(?<!\\)[$:]", escaped.replace("\\\\", ""))
    assert "www." not in escaped and not re.search(r"(?<!\\)@", escaped)


@settings(deadline=None, max_examples=300)
@given(hostile_text)
def test_markdown_text_is_literal(text):
    assert_inert_markdown(plaintext.markdown(text), text)
    assert escape_markdown(text) == plaintext.markdown(text)


@settings(deadline=None, max_examples=200)
@given(hostile_text)
def test_catalogue_texts_with_data_fields_stay_literal(text):
    shown = say("mijnregio.gaps.title", "nl", regio=text)
    template = say("mijnregio.gaps.title", "nl", regio="QQQ")
    assert shown == template.replace("QQQ", plaintext.markdown(text))


@settings(deadline=None, max_examples=200)
@given(hostile_text)
def test_html_text_has_no_tags(text):
    for escaped in (plaintext.html(text), maps.escape(text)):
        parsed = _parse(escaped)
        assert parsed.tags == []
        assert html.unescape(escaped) == text


def _plotly_inert(value: str, original: str, br_allowed: bool = False) -> None:
    without_breaks = value.replace("<br>", " ") if br_allowed else value
    assert "<" not in without_breaks and "$" not in value
    assert html.unescape(without_breaks).split() == original.split() or br_allowed


@settings(deadline=None, max_examples=200)
@given(hostile_text)
def test_plotly_text_chart_labels_titles_and_legends(text):
    _plotly_inert(plaintext.plotly(text), text)
    _plotly_inert(charts.wrap_label(text), text, br_allowed=True)
    table = pd.DataFrame({"code": ["a"], "label": [text], "value": [50.0], "n": [1], "base": [2]}).astype(
        {"n": "int64", "base": "int64"}
    )
    fig = charts.compare_figure(table, table, text)
    _plotly_inert(fig.layout.title.text, text, br_allowed=True)
    for trace in fig.data:
        _plotly_inert(trace.name, text, br_allowed=True)
        for label in trace.y:
            _plotly_inert(label, text, br_allowed=True)


SUMMARY = gemeente_summary(make_records({"gemeenten": ("GM0363",)}), ["GM0363", "GM0599"])


@settings(deadline=None, max_examples=100)
@given(hostile_text)
def test_map_legend_shows_data_as_text(text):
    classified = classify("niveau", SUMMARY)
    legend = maps.legend_html(classified, "nl", [("wijk", text)])
    parsed = _parse(legend)
    assert set(parsed.tags) <= {"div", "strong", "ul", "li", "span"}
    assert " ".join(text.split()) in " ".join("".join(parsed.text).split())
