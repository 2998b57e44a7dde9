"""Strings from data, a file or a URL shown as text, never as markup: the one place that makes them inert.

Streamlit renders markdown (links, images, emphasis, headings), KaTeX between ``$...$``, ``:material/…:`` icons
and ``:red[…]`` colour directives; plotly renders a subset of HTML in titles, labels and legends and LaTeX in a
string that starts and ends with ``$``; Leaflet inserts tooltips and the legend as HTML. Each output kind gets
one function here, and every helper that puts a data string on the page goes through one of them. The PDF
needs none: fpdf2 writes its cells as plain text (``render.report.clean`` only drops control characters).
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Mapping
from typing import Final

# The ASCII punctuation that means something to CommonMark, GFM (tables, strikethrough, bare URL and e-mail
# autolinks), KaTeX ($) or Streamlit's directives and icons (:): each gets a backslash, which CommonMark
# removes again for display. & stops entities, = setext headings, @ e-mail autolinks.
_MARKDOWN_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=@])")
# Some of what Streamlit draws is found in the text *after* markdown has removed its backslashes: icons
# (``:material/warning:``, ``:streamlit:``; ``:material/`` even in the raw source), emoji shortcodes (``:smile:``,
# ``:-1:``) and GFM's literal autolinks (``https://…``, ``www.…``, ``naam@example.nl``). An escape cannot stop
# those, so a word joiner (U+2060: invisible, never a line break) keeps their parts apart: after every colon that
# something follows, before every @, and between "www" and its dot; no pattern matches then.
_BREAK_AFTER_COLON: Final = re.compile(r"\\:(?=\S)")
_BREAK_BEFORE_AT: Final = re.compile(r"\\@")
_BREAK_WWW: Final = re.compile(r"(www)(\\\.)", re.IGNORECASE)
WORD_JOINER: Final = "\u2060"


def markdown(value: object) -> str:
    """``value`` as literal text inside Streamlit markdown (st.markdown, headers, captions, alerts, labels).

    White space is collapsed to single spaces first: a line break in a name could otherwise start a list,
    a heading or a code block, and four leading spaces make a code block.
    """
    text = " ".join(str("" if value is None else value).split())
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    escaped = _BREAK_AFTER_COLON.sub("\\:" + WORD_JOINER, escaped)
    escaped = _BREAK_BEFORE_AT.sub(WORD_JOINER + "\\@", escaped)
    return _BREAK_WWW.sub(r"\1" + WORD_JOINER + r"\2", escaped)


def markdown_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """The text fields of a message template escaped with `markdown`; numbers stay numbers (format specs)."""
    return {key: markdown(value) if isinstance(value, str) else value for key, value in fields.items()}


def html(value: object) -> str:
    """``value`` as literal text inside HTML (st.html, Leaflet tooltips and legends)."""
    return _html.escape("" if value is None else str(value), quote=True)


def plotly(value: object) -> str:
    """``value`` as literal text in a plotly title, axis label, legend entry or hover text.

    HTML-escaped (plotly renders <a>, <b>, <br>, ...), and ``$`` as its entity: plotly hands a string that
    starts and ends with ``$`` to MathJax, and shows the entity as a plain dollar sign.
    """
    return html(value).replace("$", "&#36;")
