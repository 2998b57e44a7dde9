"""The fall-prevention estimate as CSV (what it is and where it comes from, the results, every parameter) and as
the command line's JSON.

Written by ``export.writer`` (UTF-8 with BOM, ";", decimal commas in Dutch, every text cell formula-safe, the
lines about what it is marked ``# ``). Numbers have fixed places and no thousands separator.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dashboard.analysis import valpreventie as vp
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.render.valpreventie_text import ResultRow, parameter_label

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
    own = [parameter_label(naam, lang) for naam, p in params.items() if p.eigen]
    return [
        t("vp.csv.title", lang, naam=area.naam),
        t("vp.csv.programme", lang, programma=programma_naam, jaren=jaren),
        t("vp.csv.own", lang, namen=", ".join(own)) if own else t("vp.csv.own.none", lang),
        t("vp.csv.cbs", lang),
        t("vp.financiers.note", lang).replace("**", ""),
    ]


def csv_bytes(
    lines: Sequence[str],
    rows: Sequence[ResultRow],
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
            parameter_label(naam, lang),
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


def result_json(
    area: vp.Area,
    programma: str,
    programma_naam: str,
    params: Mapping[str, vp.Parameter],
    result: vp.Estimate,
    result_band: vp.Band,
    swings: Sequence[vp.Swing],
) -> dict[str, Any]:
    """The command line's JSON object: the estimate with its band, its sensitivity and every figure used."""
    return {
        "schatting": "schatting op basis van gepubliceerde kengetallen",
        "gebied": {"soort": area.kind, "code": area.code, "naam": area.naam, "gemeenten": list(area.members)},
        "interventie": programma,
        "interventie_naam": programma_naam,
        "jaren": result.jaren,
        "inwoners_65plus": result.inwoners_65plus,
        "risicogroep": result.risicogroep,
        "vallen_per_jaar": result.vallen_per_jaar,
        "seh_per_jaar": result.seh_per_jaar,
        "deelnemers": result.deelnemers,
        "deelnemers_per": "jaar",
        "gescreend": result.gescreend,
        "vallen_voorkomen": result.vallen_voorkomen,
        "seh_voorkomen": result.seh_voorkomen,
        "kosten_totaal": result.kosten_totaal,
        "baten_totaal": result.baten_totaal,
        "baten_per_financier": dict(result.baten_per_financier),
        "netto": result.netto,
        "baten_per_euro": result.baten_per_euro,
        "band": result_band.as_json(),
        "gevoeligheid": [
            {
                "naam": s.naam,
                "laag": s.laag_waarde,
                "hoog": s.hoog_waarde,
                "netto_laag": s.netto_laag,
                "netto_hoog": s.netto_hoog,
                "bandbreedte_uit_bron": s.uit_bron,
            }
            for s in swings
        ],
        "parameters": [param.as_json() for param in params.values()],
        "eigen_waarden": sorted(naam for naam, param in params.items() if param.eigen),
    }
