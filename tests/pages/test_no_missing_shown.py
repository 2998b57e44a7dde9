"""No "None", "nan" or "<NA>" reaches a user: every page's tables, texts and metrics, in both languages.

Tables are checked as the browser gets them: the cells and, where numbers are formatted for the language,
the display texts (1.509.235 / 1,509,235) that Streamlit sends beside them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util

from tests.pages.apptest import TEXT_ELEMENTS, VIEWS, open_in

# "None: every municipality ..." and "None of ..." are English, not a leaked missing value.
LEAKED = re.compile(r"(?<![\w-])(None(?!:| of)|nan|NaN|<NA>|NaT|inf)(?![\w-])")


def _frames(element) -> list[pd.DataFrame]:
    frames = [element.value]
    styler = element.proto.arrow_data.styler
    if styler.display_values:
        frames.append(dataframe_util.convert_arrow_bytes_to_pandas_df(styler.display_values))
    return frames


def _leaks_in(frame: pd.DataFrame) -> list[str]:
    found = [f"gap in column {column!r}" for column in frame.columns if frame[column].isna().any()]
    for column in frame.columns:
        texts = frame[column].map(lambda v: v if isinstance(v, str) else "")
        found += [f"{column!r}: {text!r}" for text in texts if LEAKED.search(text)]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("page", "query"), VIEWS, ids=lambda v: str(v))
def test_no_missing_value_is_shown(page, query, lang):
    at = open_in(page, lang, query)
    _assert_nothing_leaks(at)
    if query is not None:
        assert len(at.dataframe) >= 1  # the view really shows its tables


def test_validation_report_of_a_bad_file_shows_no_gaps():
    """File-level problems have no row number: the report says "whole file", not "<NA>"."""
    at = open_in("app_pages/gegevens.py", "en")
    data = Path("tests/fixtures/unknown_level.csv").read_bytes() + b"\n"
    at.file_uploader[0].set_value(("bad.csv", data.replace(b"id;", b"id;kleur;", 1), "text/csv")).run()
    rows = at.dataframe[0].value["Row"]
    assert (rows.astype(str) == "whole file").any()
    _assert_nothing_leaks(at)


def _assert_nothing_leaks(at) -> None:
    leaks = []
    for index, element in enumerate(at.dataframe):
        for frame in _frames(element):
            leaks += [f"table {index}: {leak}" for leak in _leaks_in(frame)]
    for kind in TEXT_ELEMENTS:
        leaks += [f"{kind}: {e.value!r}" for e in getattr(at, kind) if LEAKED.search(str(e.value))]
    leaks += [f"metric {m.label}: {m.value!r}" for m in at.metric if LEAKED.search(str(m.value))]
    assert leaks == []


def test_tables_write_numbers_the_readers_way():
    """The need table shows inhabitants as 20.003 in Dutch and 20,003 in English, and still sorts by number."""
    for lang, pattern in (("nl", r"^\d{1,3}(\.\d{3})+$"), ("en", r"^\d{1,3}(,\d{3})+$")):
        at = open_in("app_pages/nood.py", lang)
        table = at.dataframe[0]
        column = next(c for c in table.value.columns if c in ("Inwoners", "Inhabitants"))
        assert pd.api.types.is_numeric_dtype(table.value[column])
        shown = _frames(table)[1][column]
        assert shown.str.match(pattern).any(), (lang, list(shown[:3]))
