"""Strings from data, a file or a URL shown as text, never as markup: the one place that makes them inert.

Streamlit renders markdown (links, images, emphasis, headings), KaTeX between ``$...$``, ``:material/…:`` icons
and ``:red[…]`` colour directives; after parsing it also turns bare URLs, ``www.`` names and e-mail addresses
into links (GFM autolink literals) and ``:name:`` into emoji, on the text whose backslash escapes are already
resolved. Plotly renders a subset of HTML in titles, labels and legends and LaTeX in a string that starts and
ends with ``$``; Leaflet inserts tooltips and the legend as HTML. Each output kind gets one function here, and
every helper that puts a data string on the page goes through one of them. The PDF writes its cells as plain
text; ``pdf`` keeps a PDF viewer from turning a URL in it into a link.
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
# U+2060 WORD JOINER: invisible, no line break. Streamlit links "https://…", "www.…" and "name@host.tld"
# (mdast-util-gfm-autolink-literal) and draws ":smile:" as an emoji (remark-emoji) by matching the parsed text,
# after escapes are gone: a backslash cannot stop them. A joiner after the ":" of "scheme://" and of a
# ":shortcode:" breaks both, one before every "@" breaks an address, one inside "www." breaks the host name;
# anywhere else the text is left as it is (a colon before a space needs nothing).
WORD_JOINER: Final = "\u2060"
_WWW: Final = re.compile(r"(?i)(www)(?=\.)")
# ":material/" too: Streamlit finds its icons in the parsed text as well.
_COLON: Final = re.compile(":(?=//|[A-Za-z0-9_+-]+[:/])")
_AT: Final = re.compile("(?<!" + WORD_JOINER + ")@")


def _unlinkable(text: str) -> str:
    """``text`` with a word joiner wherever a renderer would otherwise find a URL, address or shortcode."""
    text = _AT.sub(WORD_JOINER + "@", _COLON.sub(":" + WORD_JOINER, text))  # idempotent: twice is once
    return _WWW.sub(r"\1" + WORD_JOINER, text)


def markdown(value: object) -> str:
    """``value`` as literal text inside Streamlit markdown (st.markdown, headers, captions, alerts, labels).

    White space is collapsed to single spaces first: a line break in a name could otherwise start a list,
    a heading or a code block, and four leading spaces make a code block.
    """
    text = _unlinkable(" ".join(str("" if value is None else value).split()))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """The text fields of a message template escaped with `markdown`; numbers stay numbers (format specs)."""
    return {key: markdown(value) if isinstance(value, str) else value for key, value in fields.items()}


def html(value: object) -> str:
    """``value`` as literal text inside HTML (st.html, Leaflet tooltips and legends)."""
    return _html.escape("" if value is None else str(value), quote=True)


_PDF_LINK_PARTS: Final = re.compile("(:(?=//))|(?<!" + WORD_JOINER + ")(?=@)|(?i:(?<=www)(?=\\.))")


def pdf(value: object) -> str:
    """``value`` as PDF text that a PDF viewer does not turn into a link: viewers link "https://…", "www.…" and
    addresses they find in the text, so a word joiner (invisible) goes after "scheme:", before "@" and inside
    "www." (and nowhere else: a PDF has no shortcodes, and its text stays searchable)."""
    text = str("" if value is None else value)
    return _PDF_LINK_PARTS.sub(lambda m: (m.group(1) or "") + WORD_JOINER, text)


def matplotlib(value: object) -> str:
    """``value`` as literal text in a matplotlib title, label or legend: an unescaped "$" starts math text."""
    return str("" if value is None else value).replace("$", r"\$")


def plotly(value: object) -> str:
    """``value`` as literal text in a plotly title, axis label, legend entry or hover text.

    HTML-escaped (plotly renders <a>, <b>, <br>, ...), and ``$`` as its entity: plotly hands a string that
    starts and ends with ``$`` to MathJax, and shows the entity as a plain dollar sign.
    """
    return html(value).replace("$", "&#36;")
