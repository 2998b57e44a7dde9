"""The fall-prevention estimate as CSV: what it is and where it comes from, the results, every parameter.

UTF-8 with BOM, ";" and decimal commas as Dutch Excel opens it; every text cell through ``safe_cell`` (no
formula injection from a source text or a user's value).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

from dashboard.analysis import valpreventie as vp
from dashboard.export.tabular import CSV_SEPARATOR, safe_cell
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_decimal

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


def _number(value: float | None, lang: str, places: int = 2) -> str:
    if value is None:
        return ""
    # Without thousands separators, so Excel reads a number in either language (1234567,89 / 1234567.89).
    text = fmt_decimal(value, lang, places, fixed=True)
    return text.replace(".", "") if lang == "nl" else text.replace(",", "")


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
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for line in lines:
        writer.writerow([safe_cell(line)])
    writer.writerow([])
    writer.writerow(
        [safe_cell(t(f"vp.col.{c}", lang)) for c in ("uitkomst", "schatting", "laag", "hoog")] + ["code"]
    )
    for row in rows:
        places = 2 if row.kind == "ratio" else 0
        writer.writerow(
            [
                safe_cell(row.label),
                _number(row.schatting, lang, places),
                _number(row.laag, lang, places),
                _number(row.hoog, lang, places),
                row.code,
            ]
        )
    writer.writerow([])
    writer.writerow([safe_cell(t(f"vp.col.{c}", lang)) for c in PARAMETER_COLUMNS])
    for naam, param in params.items():
        writer.writerow(
            [
                naam,
                safe_cell(vp.parameter_label(naam, lang)),
                _number(param.waarde, lang, 4),
                _number(param.laag, lang, 4),
                _number(param.hoog, lang, 4),
                param.eenheid,
                safe_cell(param.bron),
                safe_cell(param.url),
                "" if param.jaar is None else str(param.jaar),
                t("vp.own" if param.eigen else "vp.published", lang),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")
