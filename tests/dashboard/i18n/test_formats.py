"""Numbers the way the reader's language writes them (Babel/CLDR), and never "nan" or "None"."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.i18n.formats import (
    MISSING,
    fmt_date,
    fmt_decimal,
    fmt_int,
    fmt_list,
    fmt_pct,
    fmt_plain,
    fmt_share,
    fmt_value,
    is_missing,
    plotly_separators,
)


@pytest.mark.parametrize(
    ("call", "nl", "en"),
    [
        (lambda lang: fmt_int(1509235, lang), "1.509.235", "1,509,235"),
        (lambda lang: fmt_pct(79.2, lang), "79,2%", "79.2%"),
        (lambda lang: fmt_pct(92.0, lang), "92%", "92%"),
        (lambda lang: fmt_pct(92.0, lang, 1, fixed=True), "92,0%", "92.0%"),
        (lambda lang: fmt_decimal(0.3, lang), "0,3", "0.3"),
        (lambda lang: fmt_decimal(12345.64, lang, 1), "12.345,6", "12,345.6"),
        (lambda lang: fmt_decimal(2.0, lang, 1, fixed=True), "2,0", "2.0"),
        (lambda lang: fmt_plain(1509235.5, lang), "1509235,5", "1509235.5"),
        (lambda lang: fmt_plain(1234567.5, lang, 2, fixed=True), "1234567,50", "1234567.50"),
        (lambda lang: fmt_share(0.25, lang), "25%", "25%"),
        (lambda lang: fmt_date(date(2022, 3, 24), lang), "24 maart 2022", "24 March 2022"),
        (lambda lang: fmt_list(["a", "b", "c"], lang), "a, b en c", "a, b and c"),
        (lambda lang: fmt_list(["a", "b"], lang, "or"), "a of b", "a or b"),
        (lambda lang: plotly_separators(lang), ",.", ".,"),
    ],
)
def test_formats_in_both_languages(call, nl, en):
    assert (call("nl"), call("en")) == (nl, en)


@pytest.mark.parametrize("missing", [None, float("nan"), np.nan, pd.NA, pd.NaT, math.inf])
def test_missing_values_never_show_as_nan_or_none(missing):
    for lang in ("nl", "en"):
        shown = {
            fmt_int(missing, lang),
            fmt_decimal(missing, lang),
            fmt_pct(missing, lang),
            fmt_value(missing, lang),
        }
        assert shown == {MISSING}
        assert fmt_plain(missing, lang) == ""


def test_is_missing_keeps_real_values():
    assert not any(is_missing(v) for v in (0, 0.0, "", "nan-tastisch", False, (1, 2)))
    assert all(is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT))


@settings(deadline=None, max_examples=200)
@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(min_value=0, max_value=3))
def test_dutch_and_english_are_the_same_number(value, decimals):
    """Swapping the marks of a Dutch number gives the English one, and both parse back to the value rounded to
    `decimals` places: within half a unit of the last place (a tie such as 0.35 may round either way, since
    Babel rounds the decimal text and Python's round() the binary float)."""
    nl, en = fmt_decimal(value, "nl", decimals), fmt_decimal(value, "en", decimals)
    assert nl.translate(str.maketrans(".,", ",.")) == en
    assert float(en.replace(",", "")) == pytest.approx(value, abs=0.5 * 10**-decimals + 1e-6)
