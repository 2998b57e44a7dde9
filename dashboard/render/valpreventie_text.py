"""How the fall-prevention estimate reads: values with their units, the sentences of each step, the rows of the
tables the page, the CSV and the PDF show (all in the reader's language).

Pure: the model (``dashboard.analysis.valpreventie``) computes; this module only writes its numbers out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from dashboard.analysis.valpreventie import FINANCIERS, Area, Band, Estimate, Parameter, Situation
from dashboard.i18n import TEXTS, t
from dashboard.i18n.formats import fmt_decimal


def format_value(param: Parameter | None, value: float | None, lang: str = "nl") -> str:
    """A parameter value as people read it: 30%, 1,98 per jaar, € 9.750."""
    return format_unit(param.eenheid if param else "euro", value, lang)


def format_unit(eenheid: str, value: float | None, lang: str = "nl") -> str:
    if value is None:
        return t("vp.value.missing", lang)
    if eenheid == "aandeel":
        places = 0 if round(value * 100, 6).is_integer() else 1
        return f"{fmt_decimal(value * 100, lang, places, fixed=True)}%"
    if eenheid == "per_jaar":
        return t("vp.unit.per_jaar.value", lang, value=fmt_decimal(value, lang, 2, fixed=True))
    return f"€ {fmt_decimal(value, lang, 0, fixed=True)}"


def euro(value: float, lang: str = "nl") -> str:
    return (
        f"€ {fmt_decimal(value, lang, 0, fixed=True)}"
        if value >= 0
        else f"−€ {fmt_decimal(-value, lang, 0, fixed=True)}"
    )


def count(value: float, lang: str = "nl") -> str:
    return fmt_decimal(value, lang, 0, fixed=True)


def ratio(value: float | None, lang: str = "nl") -> str:
    return t("vp.value.missing", lang) if value is None else f"€ {fmt_decimal(value, lang, 2, fixed=True)}"


def situation_sentence(area: Area, result: Situation | Estimate, lang: str = "nl") -> str:
    return t(
        "vp.sentence.situatie",
        lang,
        naam=area.naam,
        n65=count(result.inwoners_65plus, lang),
        risico=count(result.risicogroep, lang),
        vallen=count(result.vallen_per_jaar, lang),
        seh=count(result.seh_per_jaar, lang),
        kosten=euro(result.kosten_seh_per_jaar, lang),
    )


def result_sentence(area: Area, programma_naam: str, result: Estimate, lang: str = "nl") -> str:
    return t(
        "vp.sentence.resultaat",
        lang,
        naam=area.naam,
        programma=programma_naam,
        jaren=result.jaren,
        deelnemers=count(result.deelnemers, lang),
        vallen=count(result.vallen_voorkomen, lang),
        seh=count(result.seh_voorkomen, lang),
        kosten=euro(result.kosten_totaal, lang),
        baten=euro(result.baten_totaal, lang),
        netto=euro(result.netto, lang),
        per_euro=ratio(result.baten_per_euro, lang),
    )


def parameter_rows(params: Mapping[str, Parameter], lang: str = "nl") -> list[dict[str, str]]:
    """Every parameter as shown and exported: name, value with unit, range, source, year, own or published."""
    rows = []
    for naam, param in params.items():
        rows.append(
            {
                "naam": naam,
                "omschrijving": parameter_label(naam, lang),
                "waarde": format_value(param, param.waarde, lang),
                "bandbreedte": (
                    f"{format_value(param, param.laag, lang)} – {format_value(param, param.hoog, lang)}"
                    if param.laag != param.hoog
                    else ""
                ),
                "eenheid": t(f"vp.unit.{param.eenheid}", lang),
                "bron": param.source(lang),
                "url": param.url,
                "jaar": "" if param.jaar is None else str(param.jaar),
                "herkomst": t("vp.own" if param.eigen else "vp.published", lang),
            }
        )
    return rows


# (code, text key, kind) of the results shown in step 3, the CSV and the PDF; kind says how to write a value.
RESULT_ROWS: Final = (
    ("inwoners_65plus", "vp.metric.n65", "count"),
    ("deelnemers", "vp.metric.deelnemers", "count"),
    ("gescreend", "vp.metric.gescreend", "count"),
    ("vallen_voorkomen", "vp.metric.vallen_voorkomen", "count"),
    ("seh_voorkomen", "vp.metric.seh_voorkomen", "count"),
    ("kosten_totaal", "vp.metric.kosten", "euro"),
    ("baten_totaal", "vp.metric.baten", "euro"),
    ("netto", "vp.metric.netto", "euro"),
    ("baten_per_euro", "vp.metric.per_euro", "ratio"),
)


@dataclass(frozen=True)
class ResultRow:
    code: str
    label: str
    kind: str
    schatting: float | None
    laag: float | None
    hoog: float | None

    def shown(self, value: float | None, lang: str = "nl") -> str:
        if value is None:
            return ratio(None, lang)
        return {"count": count, "euro": euro, "ratio": ratio}[self.kind](value, lang)


def result_rows(result: Estimate, result_band: Band, lang: str = "nl") -> list[ResultRow]:
    """Every headline number with its band (the band of a count that does not vary equals the estimate)."""
    rows = []
    for code, key, kind in RESULT_ROWS:
        label = t(key, lang)
        if code not in ("inwoners_65plus", "deelnemers", "gescreend"):
            label = f"{label} ({t('vp.over_years', lang, jaren=result.jaren)})"
        rows.append(
            ResultRow(
                code,
                label,
                kind,
                getattr(result, code),
                getattr(result_band.laag, code),
                getattr(result_band.hoog, code),
            )
        )
    for financier in FINANCIERS:
        rows.append(
            ResultRow(
                f"baten_{financier}",
                f"{t('vp.metric.baten', lang)}: {t(f'vp.financier.{financier}', lang)}",
                "euro",
                result.baten_per_financier[financier],
                result_band.laag.baten_per_financier[financier],
                result_band.hoog.baten_per_financier[financier],
            )
        )
    return rows


def parameter_label(naam: str, lang: str = "nl") -> str:
    key = f"vp.param.{naam}"
    return t(key, lang) if key in TEXTS else naam
