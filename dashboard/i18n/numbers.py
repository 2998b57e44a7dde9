"""Numbers written for the user's language: one place, so that charts, tables, CSV text and the PDF agree.

Pure (no Streamlit, no I/O); every layer may use it.
"""

from __future__ import annotations


def fmt_number(value: float, lang: str = "nl", decimals: int = 1) -> str:
    """A number the Dutch way (decimal comma) or the English way; trailing ",0" dropped."""
    text = f"{value:.{decimals}f}"
    if decimals and text.endswith("." + "0" * decimals):
        text = text.split(".")[0]
    return text.replace(".", ",") if lang == "nl" else text


def fmt_pct(value: float, lang: str = "nl", decimals: int = 1) -> str:
    return f"{fmt_number(value, lang, decimals)}%"


def fmt_grouped(value: float, places: int = 0, lang: str = "nl") -> str:
    """With thousands separators and fixed places: 12.345,6 in Dutch, 12,345.6 in English."""
    text = f"{value:,.{places}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
