"""A fall-prevention figure typed into a field: read in the user's number format, and written back the same way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.ui.valpreventie_input import input_text, parse_input


@pytest.mark.parametrize(
    ("eenheid", "text", "lang", "value"),
    [
        ("aandeel", "30", "nl", 0.3),
        ("aandeel", "2,5", "nl", 0.025),
        ("aandeel", "2.5%", "en", 0.025),
        ("per_jaar", "1,98", "nl", 1.98),
        ("per_jaar", "1.98", "nl", 1.98),  # a lone point that groups no thousands is a decimal point
        ("euro", "9.750", "nl", 9750),
        ("euro", "€ 9.750,50", "nl", 9750.5),
        ("euro", "9,750", "en", 9750),
        ("aandeel", "150", "nl", None),
        ("euro", "-3", "nl", None),
        ("euro", "1e5", "nl", None),
        ("euro", "veel", "nl", None),
        ("euro", "", "nl", None),
    ],
)
def test_typed_numbers_are_read_in_the_users_format(eenheid: str, text: str, lang: str, value) -> None:
    assert parse_input(eenheid, text, lang) == (None if value is None else pytest.approx(value))


@settings(deadline=None, max_examples=60)
@given(
    eenheid=st.sampled_from(("aandeel", "per_jaar", "euro")),
    n=st.integers(0, 200_000),
    lang=st.sampled_from(("nl", "en")),
)
def test_shown_numbers_read_back_to_the_same_value(eenheid: str, n: int, lang: str) -> None:
    # Up to four decimals in the unit shown (percent for shares), as the field writes them.
    value = {"aandeel": n / 10**6, "per_jaar": n / 10**4, "euro": n / 100}[eenheid]
    assert parse_input(eenheid, input_text(eenheid, value, lang), lang) == pytest.approx(value, abs=1e-6)
