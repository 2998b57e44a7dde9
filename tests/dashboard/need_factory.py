"""What the need-beside-offer tests build their inputs from; the shared inputs themselves are fixtures in
``tests/dashboard/conftest.py``."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.need import NeedSpec
from dashboard.ingest.context import CONTEXT_COLUMNS

NAN = float("nan")
VAL = NeedSpec("pct_65plus", 25, "ge", ("valpreventie",))


def make_context(rows: dict[str, dict]) -> pd.DataFrame:
    """A context table with every column; unspecified figures are NaN (not published)."""
    out = []
    for code, values in rows.items():
        row = dict.fromkeys(CONTEXT_COLUMNS, NAN)
        row.update(gm_code=code, gm_naam=f"Gemeente {code[-1]}", gezondheid_status="ok", **values)
        out.append(row)
    return pd.DataFrame(out, columns=list(CONTEXT_COLUMNS))
