"""What Streamlit's browser would make live out of a markdown string, a plotly figure or an HTML snippet.

Streamlit renders markdown with react-markdown: CommonMark plus GFM (tables, strikethrough, and autolink
literals that are found in the *parsed* text, after backslash escapes are gone), remark-math (``$…$``),
remark-directive (``:red[…]``), its ``:material/…:`` icons and remark-emoji (``:name:``). ``live_markdown``
parses with markdown-it (CommonMark, as Streamlit's parser) and then applies the GFM autolink rules of
``mdast-util-gfm-autolink-literal`` and the shortcode rule of remark-emoji to the text nodes, the way the
browser does. Tests use it to prove that data text stays text; the browser tests prove the same in Chromium.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Final

from markdown_it import MarkdownIt

_MARKDOWN: Final = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# mdast-util-gfm-autolink-literal 2.x (JavaScript's \w is ASCII).
_URL: Final = re.compile(r"(https?://|www(?=\.))([-.A-Za-z0-9_]+)([^ \t\r\n]*)", re.IGNORECASE)
_EMAIL: Final = re.compile(r"([-.A-Za-z0-9_+]+)@([-A-Za-z0-9_]+(?:\.[-A-Za-z0-9_]+)+)")
_SHORTCODE: Final = re.compile(r":[A-Za-z0-9_+-]+:")
# Tags that are live markup when they come out of markdown (a template's own **bold** is allowed: see below).
_LIVE_TAGS: Final = frozenset(
    ("a", "img", "script", "iframe", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6")
)


def _punctuation_or_space(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in ("P", "S")


def _correct_domain(domain: str) -> bool:
    parts = domain.split(".")
    if len(parts) < 2:
        return False
    return all(not (part and ("_" in part or not re.search(r"[A-Za-z0-9]", part))) for part in parts[-2:])


def autolinks(text: str) -> list[str]:
    """The bare URLs, www. names and e-mail addresses GFM would link in a parsed text node."""
    found = []
    for match in _URL.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        domain = match.group(2) if match.group(1).lower().startswith("http") else "www" + match.group(2)
        if _punctuation_or_space(before) and _correct_domain(domain):
            found.append(match.group(0))
    for match in _EMAIL.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if (_punctuation_or_space(before) and before != "/") and _correct_domain(match.group(2)):
            found.append(match.group(0))
    return found


class Collected(HTMLParser):
    """The start tags and the text of an HTML fragment, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def parse_html(markup: str) -> Collected:
    parser = Collected()
    parser.feed(markup)
    parser.close()
    return parser


def live_markdown(
    text: str, allowed_tags: frozenset[str] = frozenset(("p", "strong", "em", "ul", "ol", "li", "br"))
) -> list[str]:
    """Everything in ``text`` that Streamlit would draw as markup rather than as the characters typed: tags a
    template does not use, links found in the text, KaTeX, directives, icons and emoji shortcodes."""
    rendered = parse_html(_MARKDOWN.render(text))
    problems = [f"<{tag}>" for tag in rendered.tags if tag not in allowed_tags or tag in _LIVE_TAGS]
    for chunk in rendered.texts:
        problems += [f"autolink {link}" for link in autolinks(chunk)]
        problems += [f"shortcode {code}" for code in _SHORTCODE.findall(chunk)]
    unescaped = text.replace("\\\\", "")
    if re.search(r"(?<!\\)\$", unescaped):
        problems.append("KaTeX $")
    if re.search(
        r"(?<!\\):(?:red|orange|green|blue|violet|gray|grey|rainbow|primary)(?:-background)?\[", unescaped
    ):
        problems.append("colour directive")
    if re.search(r"(?<!\\):material/", unescaped):
        problems.append("material icon")
    return problems


# Plotly renders these tags in any text, and LaTeX in a string that starts and ends with "$".
_PLOTLY_TAGS: Final = re.compile(r"<\s*(a|img|b|i|em|span|sub|sup|s|u|script|iframe)\b", re.IGNORECASE)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def live_plotly(spec: str | dict) -> list[str]:
    """Every string of a plotly figure (title, labels, legend, hover, annotations) that plotly would render as
    a tag or as LaTeX."""
    figure = json.loads(spec) if isinstance(spec, str) else spec
    problems = []
    for text in _strings(figure):
        if _PLOTLY_TAGS.search(text) or (len(text) > 1 and text.startswith("$") and text.endswith("$")):
            problems.append(text[:120])
    return problems


def live_html(markup: str) -> list[str]:
    """Links, images and frames in an HTML snippet (st.html, the map legend; the app's own snippets have
    none), scripts and attributes that carry data, and bold text a template does not make: data that became
    markup instead of text."""

    class _Marked(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.open.append(tag)
            # Text in an attribute (aria-label, title) is text; an address or a handler is not.
            live = [
                f"{name}={value[:60]}"
                for name, value in attrs
                if (
                    value
                    and (name in ("href", "src", "srcset", "action", "formaction") or name.startswith("on"))
                )
                or (name == "style" and "url(" in (value or ""))
            ]
            if tag in ("a", "img", "iframe") or live:
                self.found.append(f"<{tag} {live}>")

        def handle_endtag(self, tag: str) -> None:
            if tag in self.open:
                self.open.remove(tag)

        def handle_data(self, data: str) -> None:
            if self.open and self.open[-1] == "script" and "evil" in data.lower():
                self.found.append("<script> with data")
            if self.open and self.open[-1] in ("b", "i", "em") and data.strip() == "vet":
                self.found.append(f"<{self.open[-1]}>{data}")

    parser = _Marked()
    parser.feed(markup)
    parser.close()
    return parser.found
