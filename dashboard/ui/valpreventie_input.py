"""A fall-prevention figure as the user types and reads it in a field: shares in percent, Dutch (or English)
number format, within the unit's bounds (pure: no Streamlit)."""

from __future__ import annotations

import re

from dashboard.i18n.formats import fmt_decimal
from dashboard.ingest.valpreventie import in_bounds

_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_EN = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def input_text(eenheid: str, value: float | None, lang: str = "nl") -> str:
    """30 (for 30%), 1,98, 9.750: what the input field shows; empty for a figure nobody published."""
    if value is None:
        return ""
    shown = value * 100 if eenheid == "aandeel" else value
    places = 0 if eenheid == "euro" and float(shown).is_integer() else 4
    text = fmt_decimal(round(shown, 4), lang, places, fixed=True)
    decimal = "," if lang == "nl" else "."
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def parse_input(eenheid: str, text: str, lang: str = "nl") -> float | None:
    """The value a user typed (shares in percent), in the unit's bounds; None when it is not such a number.

    Dutch: "1,98", "9.750", "9.750,50"; a lone point is a decimal point unless it groups thousands ("1.98" is
    1,98 but "9.750" is 9750). English: "1.98", "9,750".
    """
    raw = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    if not raw or len(raw) > 20 or not raw.isascii():
        return None
    if lang == "nl":
        if "," in raw:
            raw = raw.replace(".", "").replace(",", ".")
        elif _THOUSANDS.match(raw):
            raw = raw.replace(".", "")
    elif _THOUSANDS_EN.match(raw) or "," in raw:
        raw = raw.replace(",", "")
    if raw.count(".") > 1 or not raw.replace(".", "").isdigit():
        return None
    value = float(raw) / 100 if eenheid == "aandeel" else float(raw)
    value = round(value, 8)
    return value if in_bounds(eenheid, value) else None
