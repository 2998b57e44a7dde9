"""Hostile strings for tests: markup of every kind the app's renderers know, mixed with ordinary text."""

from __future__ import annotations

from hypothesis import strategies as st

FRAGMENTS = (
    "[Log hier in](https://evil.example/login)",
    "![x](/static/pixel.png)",
    "$x^2$",
    "$$\\int$$",
    "<a href='https://evil.example'>klik</a>",
    "<img src=x onerror=alert(1)>",
    "<b>vet</b><br>",
    "<script>alert(1)</script>",
    ":red[rood]",
    ":material/home:",
    "**vet** _schuin_ ~~weg~~",
    "`code`",
    "\n# Kop\n",
    "\n- lijst\n1. item\n",
    "    ingesprongen",
    "https://evil.example/pad",
    "www.evil.example",
    "info@evil.example",
    "<https://evil.example>",
    "&lt;b&gt;",
    "&#36;",
    "[ref]: https://evil.example",
    "| a | b |",
    "\\",
)

hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=6
).map("".join)
