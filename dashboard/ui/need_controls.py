"""Widget settings of the need page: how the threshold control is drawn, its help and option texts (pure).

Format functions are module-level so that widgets' format_func stays picklable (serialisable session state).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

from dashboard.analysis.need import NeedSpec, is_trivial
from dashboard.i18n import label, t
from dashboard.ingest.context import INDICATORS, decimals, format_value


@dataclass(frozen=True)
class ThresholdControl:
    """How the threshold widget is drawn: a slider for percentages, a number input for counts."""

    kind: Literal["slider", "number"]
    min_value: float
    max_value: float
    step: float
    format: str


def threshold_control(context: pd.DataFrame, indicator: str) -> ThresholdControl:
    published = context[indicator].dropna()
    high = float(published.max()) if len(published) else 100.0
    if INDICATORS[indicator].unit == "count":
        return ThresholdControl("number", 0, float(np.ceil(high)), 5_000, "%d")
    places = decimals(indicator)
    low = float(np.floor(published.min())) if len(published) else 0.0
    return ThresholdControl(
        "slider", low, float(np.ceil(high)), 10.0**-places, "%.1f%%" if places else "%d%%"
    )


def threshold_help(spec: NeedSpec, lang: str = "nl") -> str:
    """Where the default threshold comes from (top or bottom quarter; 0 = every gemeente)."""
    if is_trivial(spec):
        return t("nood.threshold.help_zero", lang)
    key = "nood.threshold.help" if spec.direction == "ge" else "nood.threshold.help_bottom"
    return t(key, lang, value=format_value(spec.indicator, spec.threshold, lang))


def level_option(code: str | None, lang: str = "nl") -> str:
    """Option text of a "level at least" choice; None is any level, unknown included."""
    return t("nood.min_level.any", lang) if code is None else label("level", code, lang)
