"""Hand-built record frames for unit tests (the importer's output shape, without reading files)."""

from __future__ import annotations

import pandas as pd

DEFAULTS = {
    "naam": "Initiatief",
    "jaar": 2020,
    "preventiecoalitie": False,
    "reikwijdte": "gemeente",
    "gemeenten": ("GM0363",),
    "wijken": (),
    "samenwerkingsniveau": "onbekend",
    "afspraken": "",
    "financiering": (),
    "zorgverzekeraars": (),
    "partijen": (),
    "interventies": (),
    "gli_programmas": (),
    "doelgroepen": (),
    "startjaar": None,
    "bron": "",
    "bron_url": "",
    "toelichting": "",
    "voorbeelddata": False,
    "bronbestand": "test.csv",
}


def make_records(*rows: dict) -> pd.DataFrame:
    """Records with every column; each row dict overrides the defaults. ids default to r1, r2, ..."""
    full = []
    for i, row in enumerate(rows, start=1):
        full.append({"id": f"r{i}", **DEFAULTS, "bronrij": i + 1, **row})
    columns = ["id", *DEFAULTS, "bronrij"]
    return pd.DataFrame(full, columns=columns)
