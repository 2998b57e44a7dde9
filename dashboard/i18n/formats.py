"""Numbers, percentages, dates and lists the way the reader's language writes them (Babel, CLDR rules).

"1.509.235", "79,2%" and "0,3" in Dutch; "1,509,235", "79.2%" and "0.3" in English. Every figure the app
shows (tables, charts, the PDF, CSV text, captions) goes through here, so no page formats numbers by hand.
A missing value (None, NaN, pd.NA) is shown as ``MISSING`` ("–"), never as "nan" or "None".
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from datetime import date
from typing import Final, Literal

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

MISSING: Final = "–"
_LOCALES: Final = {"nl": "nl_NL", "en": "en_GB"}


@functools.cache
def locale(lang: str) -> Locale:
    """The Babel locale of an app language (Dutch as spoken in the Netherlands, English as in the UK)."""
    return Locale.parse(_LOCALES.get(lang, _LOCALES["nl"]))


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA/NaT: everything a table could otherwise show as "nan", "None" or "<NA>"."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, pd.NA (raises), NaT are not equal to themselves
    except TypeError:
        return True
    except ValueError:
        return False


def _unshowable(value: object) -> bool:
    """Missing, or infinite (a share of zero): neither is a number a reader can use."""
    if is_missing(value):
        return True
    return isinstance(value, float | int) and math.isinf(value)


def _pattern(decimals: int, fixed: bool) -> str:
    if decimals <= 0:
        return "#,##0"
    return "#,##0." + ("0" if fixed else "#") * decimals


def fmt_int(value: float | None, lang: str = "nl") -> str:
    """A count with thousands separators: 1.509.235 / 1,509,235."""
    if _unshowable(value):
        return MISSING
    assert value is not None
    return format_decimal(round(float(value)), "#,##0", locale=locale(lang))


def fmt_decimal(value: float | None, lang: str = "nl", decimals: int = 1, *, fixed: bool = False) -> str:
    """A number with at most ``decimals`` decimals (exactly that many when ``fixed``): 0,3 / 12.345,6."""
    if _unshowable(value):
        return MISSING
    assert value is not None
    return format_decimal(float(value), _pattern(decimals, fixed), locale=locale(lang))


def fmt_pct(value: float | None, lang: str = "nl", decimals: int = 1, *, fixed: bool = False) -> str:
    """A percentage given in percent (79.2 -> "79,2%" / "79.2%"); trailing zero decimals dropped unless fixed."""
    if _unshowable(value):
        return MISSING
    assert value is not None
    return format_percent(float(value) / 100, _pattern(decimals, fixed) + "%", locale=locale(lang))


def fmt_plain(value: float | None, lang: str = "nl", decimals: int = 1, *, fixed: bool = False) -> str:
    """A number for a file that a spreadsheet reads (CSV): decimal mark of ``lang``, no thousands separator.

    Dutch Excel reads "33,3" as a number and "33.3" as text or a date; a group separator would make
    "1.509" ambiguous. Missing values are an empty cell; ``fixed`` keeps trailing zeros (12,50).
    """
    if _unshowable(value):
        return ""
    assert value is not None
    places = ("0" if fixed else "#") * decimals
    return format_decimal(float(value), "0." + places if decimals > 0 else "0", locale=locale(lang))


def fmt_share(share: float | None, lang: str = "nl", decimals: int = 0) -> str:
    """A fraction as percentage (0.25 -> "25%")."""
    return MISSING if is_missing(share) else fmt_pct(100 * float(share or 0), lang, decimals)


def fmt_date(day: date, lang: str = "nl") -> str:
    """A date written out: "1 januari 2021" / "1 January 2021"."""
    return format_date(day, "d MMMM y", locale=locale(lang))


def fmt_list(items: Sequence[str], lang: str = "nl", style: Literal["and", "or"] = "and") -> str:
    """ "a, b en c" / "a, b and c"; with style "or": "a, b of c" / "a, b or c"."""
    if not items:
        return ""
    return format_list(list(items), style="standard" if style == "and" else "or", locale=locale(lang))


def plotly_separators(lang: str = "nl") -> str:
    """Plotly's ``layout.separators`` (decimal mark, then thousands mark) for ticks, hover and text."""
    symbols = locale(lang).number_symbols["latn"]
    return str(symbols["decimal"]) + str(symbols["group"])


def fmt_value(value: object, lang: str = "nl") -> str:
    """Any table cell as text: numbers formatted for ``lang``, missing values as "–", text unchanged."""
    if _unshowable(value):
        return MISSING
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt_int(value, lang)
    if isinstance(value, float):
        return fmt_int(value, lang) if value.is_integer() else fmt_decimal(value, lang, 1)
    return str(value)
