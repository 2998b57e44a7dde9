"""Fixtures the layers' tests share: the hand-built need-beside-offer inputs (analysis, render, export, ui).

Named ``need_*`` so that a test asking for plain ``records`` or ``gemeenten`` never gets these by accident.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.dashboard.need_factory import make_context
from tests.dashboard.records_factory import make_records


@pytest.fixture
def need_context() -> pd.DataFrame:
    return make_context(
        {
            "GM1": {"inwoners": 10_000, "pct_65plus": 30, "pct_overgewicht": 35.0},
            "GM2": {"inwoners": 20_000, "pct_65plus": 26},
            "GM3": {"inwoners": 30_000, "pct_65plus": 20, "pct_overgewicht": 20.0},
            "GM4": {"inwoners": 40_000, "pct_65plus": 28, "pct_overgewicht": 31.0},
            "GM5": {"inwoners": 50_000, "pct_65plus": 25, "pct_overgewicht": 30.0},
            "GM6": {"inwoners": 5_000},
        }
    )


@pytest.fixture
def need_gemeenten() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "gm_code": ["GM1", "GM2", "GM3", "GM4", "GM5", "GM6"],
            "gm_naam": [f"Gemeente {i}" for i in range(1, 7)],
            "regio_code": ["R1", "R1", "R1", "R2", "R2", "R2"],
            "regio_naam": ["Regio Een"] * 3 + ["Regio Twee"] * 3,
            "pv_code": ["P1", "P1", "P1", "P1", "P2", "P2"],
            "pv_naam": ["Provincie A"] * 4 + ["Provincie B"] * 2,
        }
    )


@pytest.fixture
def need_records() -> pd.DataFrame:
    return make_records(
        {"gemeenten": ("GM1",), "interventies": ("valpreventie",), "samenwerkingsniveau": "formeel"},
        {
            "gemeenten": ("GM4",),
            "reikwijdte": "wijk",
            "interventies": ("valpreventie",),
            "samenwerkingsniveau": "informeel",
        },
        {"gemeenten": ("GM2", "GM3"), "reikwijdte": "regio", "interventies": ("gli",)},
        {"gemeenten": ("GM5",), "samenwerkingsniveau": "apart"},
    )


@pytest.fixture
def percap_records() -> pd.DataFrame:
    """Per capita: gemeenten GM1-3 in R1 (60,000 inwoners), GM4-6 in R2 (95,000); P1 = GM1-4, P2 = GM5-6."""
    return make_records(
        {"gemeenten": ("GM1",), "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM3", "GM4"), "reikwijdte": "regio", "samenwerkingsniveau": "informeel"},
        {"gemeenten": ("GM5",), "reikwijdte": "wijk", "samenwerkingsniveau": "formeel"},
        {"gemeenten": ("GM6",), "samenwerkingsniveau": "onbekend"},
    )
