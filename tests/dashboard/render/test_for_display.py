"""Display tables: numbers in the reader's language, gaps as "–", years without separators."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.i18n.formats import MISSING
from dashboard.render.tables import for_display


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Gemeente": ["Amsterdam", None],
            "Inwoners": [931298, 1509235],
            "Aandeel": [79.25, np.nan],
            "Peiljaar": [2020, 2024],
        }
    )


def _display(frame, lang, **kwargs):
    styled = for_display(frame, lang, **kwargs)
    ctx = styled._translate(False, False)
    return [[cell["display_value"] for cell in row[1:]] for row in ctx["body"]]


def test_dutch_and_english_numbers_gaps_and_years():
    nl = _display(_frame(), "nl")
    en = _display(_frame().rename(columns={"Peiljaar": "Year"}), "en")
    assert nl == [["Amsterdam", "931.298", "79,2", "2020"], [MISSING, "1.509.235", MISSING, "2024"]]
    assert nl[0][1] == "931.298" and en[0][1] == "931,298"
    assert nl[1][1] == "1.509.235" and en[1][1] == "1,509,235"
    assert nl[1][2] == MISSING and nl[1][0] == MISSING
    assert nl[0][3] == "2020" and en[0][3] == "2020"  # years: never "2.020"


def test_numbers_stay_numbers_so_the_table_sorts_by_value():
    styled = for_display(_frame(), "nl")
    assert pd.api.types.is_integer_dtype(styled.data["Inwoners"])
    assert not styled.data.isna().any().any()


def test_a_column_formatter_says_what_a_gap_means():
    styled = for_display(
        _frame(), "nl", {"Aandeel": lambda v: "niet gepubliceerd" if pd.isna(v) else f"{v}%"}
    )
    assert list(styled.data["Aandeel"]) == ["79.25%", "niet gepubliceerd"]
