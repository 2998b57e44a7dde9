"""The fall-prevention estimate as CSV: what it is and where it comes from, the results, every parameter.

Written by ``export.writer`` (UTF-8 with BOM, ";", decimal commas in Dutch, every text cell formula-safe, the
lines about what it is marked ``# ``). Numbers have fixed places and no thousands separator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.analysis import valpreventie as vp
from dashboard.export import writer
from dashboard.i18n import t

PARAMETER_COLUMNS = (
    "naam",
    "omschrijving",
    "waarde",
    "laag",
    "hoog",
    "eenheid",
    "bron",
    "url",
    "jaar",
    "herkomst",
)


def _number(value: float | None, places: int = 2) -> writer.Fixed | str:
    return "" if value is None else writer.Fixed(value, places)


def provenance(
    area: vp.Area, programma_naam: str, params: Mapping[str, vp.Parameter], jaren: int, lang: str = "nl"
) -> list[str]:
    own = [vp.parameter_label(naam, lang) for naam, p in params.items() if p.eigen]
    return [
        t("vp.csv.title", lang, naam=area.naam),
        t("vp.csv.programme", lang, programma=programma_naam, jaren=jaren),
        t("vp.csv.own", lang, namen=", ".join(own)) if own else t("vp.csv.own.none", lang),
        t("vp.csv.cbs", lang),
        t("vp.financiers.note", lang).replace("**", ""),
    ]


def csv_bytes(
    lines: Sequence[str],
    rows: Sequence[vp.ResultRow],
    params: Mapping[str, vp.Parameter],
    lang: str = "nl",
) -> bytes:
    """Provenance block, the results, then every parameter with its source (written by ``export.writer``)."""
    results = [
        [
            row.label,
            _number(row.schatting, 2 if row.kind == "ratio" else 0),
            _number(row.laag, 2 if row.kind == "ratio" else 0),
            _number(row.hoog, 2 if row.kind == "ratio" else 0),
            row.code,
        ]
        for row in rows
    ]
    parameters = [
        [
            naam,
            vp.parameter_label(naam, lang),
            _number(param.waarde, 4),
            _number(param.laag, 4),
            _number(param.hoog, 4),
            param.eenheid,
            param.source(lang),
            param.url,
            "" if param.jaar is None else str(param.jaar),
            t("vp.own" if param.eigen else "vp.published", lang),
        ]
        for naam, param in params.items()
    ]
    header = [t(f"vp.col.{c}", lang) for c in ("uitkomst", "schatting", "laag", "hoog")] + ["code"]
    more = [([t(f"vp.col.{c}", lang) for c in PARAMETER_COLUMNS], parameters)]
    return writer.csv_bytes(header, results, lines, lang, more=more)
