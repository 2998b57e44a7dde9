"""No markup from data: every text-showing helper shows hostile strings as text (property tests)."""

from __future__ import annotations

import html

import pandas as pd
from hypothesis import given, settings
from markdown_it import MarkdownIt

from dashboard.analysis.areas import gemeente_summary
from dashboard.analysis.measures import classify
from dashboard.render import charts, maps, plaintext
from dashboard.ui.components import escape_markdown, say
from tests.dashboard.records_factory import make_records
from tests.hostile import FRAGMENTS, hostile, hostile_text
from tests.markup import live_markdown, parse_html

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def assert_inert_markdown(escaped: str, original: str) -> None:
    """Rendered as Streamlit's markdown it is one paragraph of the original text (the word joiners that break
    autolinks aside): no link, image, KaTeX, directive, icon or emoji, also none found after parsing."""
    assert live_markdown(escaped) == [], (escaped, live_markdown(escaped))
    parsed = parse_html(MARKDOWN.render(escaped))
    assert set(parsed.tags) <= {"p"}, parsed.tags
    # The parser decodes entities once; CommonMark shows NUL as U+FFFD (not markup either).
    shown = "".join(parsed.texts).strip().replace(plaintext.WORD_JOINER, "")
    assert shown == " ".join(original.split()).replace("\x00", "\ufffd")


def test_urls_addresses_and_shortcodes_found_after_parsing_stay_text():
    """Streamlit links bare URLs, www. names and e-mail addresses and draws ":name:" as an emoji after the
    backslash escapes are resolved: escaping alone left them live (issue 21.2)."""
    for text in (*FRAGMENTS, hostile("regio"), "Zie https://x.nl, www.y.nl of a@b.nl :smile:"):
        assert_inert_markdown(plaintext.markdown(text), text)


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
        parsed = parse_html(escaped)
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
    parsed = parse_html(legend)
    assert set(parsed.tags) <= {"div", "strong", "ul", "li", "span"}
    assert " ".join(text.split()) in " ".join("".join(parsed.texts).split())
