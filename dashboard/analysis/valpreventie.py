"""Fall prevention in one area: what a programme would cost and save, and who saves.

A schatting op basis van gepubliceerde kengetallen (not the Rekenhulp Valpreventie, whose parameters are not
public). Three steps:

1. Situatie: 65+ inwoners (CBS 2024) × share at raised fall risk × falls per person per year = falls a year in
   the at-risk group; × share reaching the SEH = SEH visits; × cost per SEH-treated fall = their cost.
2. Aanpak: participants a year = 65+ × bereik (GALA: 3%); screened = 65+ × screening (GALA: 14%); a programme
   lowers the participants' falls by its effect.
3. Kosten en baten, per year × jaren (a new cohort each year, effect within the programme year, no
   discounting): falls prevented = participants × falls per person × effect; SEH visits prevented = that ×
   SEH share; baten = SEH visits prevented × cost per SEH-treated fall, split by financier (Wlz and Wmo
   shares are an adjustable assumption, Zvw the rest); kosten = participants × cost per participant +
   screened × cost per risk test.

Pure: figures in, numbers out. Every function is linear in bereik, so doubling it doubles what is prevented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

import pandas as pd

from dashboard.i18n import LANGS, TEXTS, t
from dashboard.i18n.formats import fmt_decimal
from dashboard.i18n.messages import Msg, MsgError
from dashboard.ingest.valpreventie import (
    BOUNDS,
    PROGRAMME_PARAMETERS,
    PROGRAMME_UNITS,
    Kengetal,
    Kengetallen,
    Sourced,
    in_bounds,
)

AreaKind = Literal["gemeente", "regio", "provincie"]
AREA_KINDS: Final[tuple[AreaKind, ...]] = ("gemeente", "regio", "provincie")
DEFAULT_PROGRAMME: Final = "in_balans"
MIN_YEARS: Final = 1
MAX_YEARS: Final = 5
DEFAULT_YEARS: Final = 3
# A parameter without a range in its source moves this much either way in the sensitivity chart.
SENSITIVITY_STEP: Final = 0.2
FINANCIERS: Final = ("zvw", "wlz", "wmo")
# Parameters that lower the result when they rise (costs); all others raise it or leave it unchanged.
COST_PARAMETERS: Final = frozenset(("kosten_per_deelnemer", "kosten_screening"))


class EstimateError(MsgError, ValueError):
    """Input that gives no meaningful estimate; `msg` is the message for the page and the command line."""


@dataclass(frozen=True)
class Parameter(Sourced):
    """A figure as used in one estimate: the published one, or the user's own (``eigen``).

    ``bron``/``bron_en``: the note on where it comes from in Dutch and English; ``source(lang)`` (``Sourced``)
    picks one.
    """

    naam: str
    waarde: float
    laag: float
    hoog: float
    eenheid: str
    bron: str
    bron_en: str
    url: str
    jaar: int | None
    stap: str
    eigen: bool = False
    gepubliceerd: float | None = None  # the published value the user replaced, if any

    def at(self, value: float) -> Parameter:
        return replace(self, waarde=value)

    def as_json(self) -> dict[str, Any]:
        return {
            "naam": self.naam,
            "waarde": self.waarde,
            "laag": self.laag,
            "hoog": self.hoog,
            "eenheid": self.eenheid,
            "bron": self.bron,
            "bron_en": self.bron_en,
            "url": self.url,
            "jaar": self.jaar,
            "stap": self.stap,
            "eigen": self.eigen,
        }


def _from_kengetal(figure: Kengetal) -> Parameter:
    return Parameter(
        figure.naam,
        figure.waarde,
        figure.laag,
        figure.hoog,
        figure.eenheid,
        figure.bron,
        figure.bron_en,
        figure.url,
        figure.jaar,
        figure.stap,
    )


def _own_source(published: Parameter | None) -> dict[str, str]:
    """The note on a value the user typed, in each language: whose value it is and what it replaced."""
    return {
        lang: t("vp.own.source", lang, bron=published.source(lang)) if published else t("vp.own", lang)
        for lang in LANGS
    }


def units(kengetallen: Kengetallen) -> dict[str, str]:
    """Every parameter name a user may set, with its unit."""
    return {
        **{naam: figure.eenheid for naam, figure in kengetallen.parameters.items()},
        **PROGRAMME_UNITS,
    }


def check_override(naam: str, value: float, kengetallen: Kengetallen) -> Msg | None:
    """The message when ``naam=value`` cannot be used, else None."""
    known = units(kengetallen)
    if naam not in known:
        return Msg("vp.error.override_unknown", naam=naam, names=", ".join(sorted(known)))
    if not in_bounds(known[naam], value):
        low, high = BOUNDS[known[naam]]
        return Msg(
            "vp.error.override_bounds",
            naam=naam,
            value=f"{value:g}",
            low=f"{low:g}",
            high=f"{high:g}",
            unit=known[naam],
        )
    return None


def parameters_for(
    kengetallen: Kengetallen, programma: str, overrides: Mapping[str, float] | None = None
) -> dict[str, Parameter]:
    """The figures of one estimate: the published ones with the programme's, then the user's own values.

    A programme figure nobody published and the user did not give is absent; ``missing`` names those.
    Raises EstimateError for an unknown programme or a bad override.
    """
    if programma not in kengetallen.programmas:
        raise EstimateError(
            Msg("vp.error.unknown_programme", programma=programma, names=", ".join(kengetallen.programmas))
        )
    chosen = kengetallen.programmas[programma]
    params = {naam: _from_kengetal(figure) for naam, figure in kengetallen.parameters.items()}
    for figure in (chosen.effect, chosen.kosten):
        if figure is not None:
            params[figure.naam] = _from_kengetal(figure)
    for naam, value in (overrides or {}).items():
        problem = check_override(naam, float(value), kengetallen)
        if problem:
            raise EstimateError(problem)
        published = params.get(naam)
        if published is not None and published.waarde == float(value):
            continue  # the published value typed again is not the user's own
        note = _own_source(published)
        params[naam] = Parameter(
            naam,
            float(value),
            float(value),
            float(value),
            units(kengetallen)[naam],
            note["nl"],
            note["en"],
            "",
            None,
            published.stap if published else "aanpak",
            eigen=True,
            gepubliceerd=published.waarde if published else None,
        )
    return params


def missing(params: Mapping[str, Parameter]) -> list[str]:
    """The programme figures the user still has to enter (no published value exists)."""
    return [naam for naam in PROGRAMME_PARAMETERS if naam not in params]


# --------------------------------------------------------------------------------------------------------------
# The area


@dataclass(frozen=True)
class Area:
    kind: AreaKind
    code: str
    naam: str
    members: tuple[str, ...]


def resolve_area(gemeenten: pd.DataFrame, kind: str, code: str) -> Area:
    """A gemeente (GM code), VNG–ZN region (regio_code) or provincie (code or name, any case).

    ``gemeenten`` has gm_code, gm_naam, regio_code, regio_naam, pv_code, pv_naam. Raises EstimateError.
    """
    text = code.strip()
    folded = text.casefold()
    if kind == "gemeente":
        hit = gemeenten[gemeenten["gm_code"].str.casefold() == folded]
        if hit.empty:
            raise EstimateError(Msg("vp.error.unknown_gemeente", code=text))
        return Area("gemeente", hit["gm_code"].iloc[0], hit["gm_naam"].iloc[0], (hit["gm_code"].iloc[0],))
    if kind == "regio":
        hit = gemeenten[gemeenten["regio_code"].str.casefold() == folded]
        if hit.empty:
            raise EstimateError(Msg("vp.error.unknown_region", code=text))
        return Area(
            "regio", hit["regio_code"].iloc[0], hit["regio_naam"].iloc[0], tuple(sorted(hit["gm_code"]))
        )
    if kind == "provincie":
        hit = gemeenten[
            (gemeenten["pv_naam"].str.casefold() == folded) | (gemeenten["pv_code"].str.casefold() == folded)
        ]
        if hit.empty:
            names = ", ".join(sorted(gemeenten["pv_naam"].unique()))
            raise EstimateError(Msg("vp.error.unknown_province", code=text, names=names))
        return Area(
            "provincie", hit["pv_code"].iloc[0], hit["pv_naam"].iloc[0], tuple(sorted(hit["gm_code"]))
        )
    # A programming error (the kinds come from AREA_KINDS), never user input.
    raise ValueError(f"unknown kind of area: {kind!r}")


def inwoners_65plus(context: pd.DataFrame, members: Iterable[str]) -> float:
    """CBS 2024 65+ count (estimate from a whole-percent share) summed over ``members``."""
    rows = context[context["gm_code"].isin(set(members))]
    values = rows["inwoners_65plus_est"]
    if rows.empty or values.isna().all():
        raise EstimateError(Msg("vp.error.no_65plus"))
    return float(values.sum())


# --------------------------------------------------------------------------------------------------------------
# The estimate


@dataclass(frozen=True)
class Estimate:
    inwoners_65plus: float
    jaren: int
    risicogroep: float
    vallen_per_jaar: float
    seh_per_jaar: float
    kosten_seh_per_jaar: float
    deelnemers: float  # a year
    gescreend: float  # a year
    vallen_voorkomen: float  # over ``jaren``
    seh_voorkomen: float
    kosten_totaal: float
    baten_totaal: float
    baten_per_financier: dict[str, float]
    netto: float
    baten_per_euro: float | None


def _value(params: Mapping[str, Parameter], naam: str) -> float:
    try:
        return params[naam].waarde
    except KeyError:
        raise EstimateError(Msg("vp.error.unpublished", naam=naam)) from None


@dataclass(frozen=True)
class Situation:
    """Step 1 alone: needs no programme."""

    inwoners_65plus: float
    risicogroep: float
    vallen_per_jaar: float
    seh_per_jaar: float
    kosten_seh_per_jaar: float


def situation(n65: float, params: Mapping[str, Parameter]) -> Situation:
    risicogroep = n65 * _value(params, "valrisico_aandeel")
    vallen = risicogroep * _value(params, "vallen_per_persoon")
    seh = vallen * _value(params, "seh_aandeel")
    return Situation(n65, risicogroep, vallen, seh, seh * _value(params, "kosten_per_seh_val"))


def estimate(n65: float, params: Mapping[str, Parameter], jaren: int) -> Estimate:
    """The three steps for ``n65`` inwoners of 65+ over ``jaren`` years (see the module docstring)."""
    if not MIN_YEARS <= jaren <= MAX_YEARS:
        raise EstimateError(Msg("vp.error.years", low=MIN_YEARS, high=MAX_YEARS, jaren=jaren))
    v = {naam: _value(params, naam) for naam in (*params, *PROGRAMME_PARAMETERS)}
    if v["bereik"] > v["valrisico_aandeel"]:
        raise EstimateError(Msg("vp.error.reach"))
    if v["aandeel_wlz"] + v["aandeel_wmo"] > 1:
        raise EstimateError(Msg("vp.error.shares"))
    risicogroep = n65 * v["valrisico_aandeel"]
    vallen = risicogroep * v["vallen_per_persoon"]
    seh = vallen * v["seh_aandeel"]
    deelnemers = n65 * v["bereik"]
    gescreend = n65 * v["screening"]
    vallen_voorkomen = jaren * deelnemers * v["vallen_per_persoon"] * v["effect"]
    seh_voorkomen = vallen_voorkomen * v["seh_aandeel"]
    baten = seh_voorkomen * v["kosten_per_seh_val"]
    kosten = jaren * (deelnemers * v["kosten_per_deelnemer"] + gescreend * v["kosten_screening"])
    wlz, wmo = baten * v["aandeel_wlz"], baten * v["aandeel_wmo"]
    return Estimate(
        inwoners_65plus=n65,
        jaren=jaren,
        risicogroep=risicogroep,
        vallen_per_jaar=vallen,
        seh_per_jaar=seh,
        kosten_seh_per_jaar=seh * v["kosten_per_seh_val"],
        deelnemers=deelnemers,
        gescreend=gescreend,
        vallen_voorkomen=vallen_voorkomen,
        seh_voorkomen=seh_voorkomen,
        kosten_totaal=kosten,
        baten_totaal=baten,
        baten_per_financier={"zvw": baten - wlz - wmo, "wlz": wlz, "wmo": wmo},
        netto=baten - kosten,
        baten_per_euro=baten / kosten if kosten > 0 else None,
    )


def _varies(param: Parameter) -> bool:
    return param.laag != param.hoog


def scenario(params: Mapping[str, Parameter], which: Literal["laag", "hoog"]) -> dict[str, Parameter]:
    """Every ranged parameter at the end of its range that gives the lowest (or highest) net result."""
    out = dict(params)
    for naam, param in params.items():
        if not _varies(param):
            continue
        worse_is_high = naam in COST_PARAMETERS
        low_value = param.hoog if worse_is_high else param.laag
        high_value = param.laag if worse_is_high else param.hoog
        out[naam] = param.at(low_value if which == "laag" else high_value)
    return out


BAND_QUANTITIES: Final = ("vallen_voorkomen", "seh_voorkomen", "baten_totaal", "kosten_totaal", "netto")


@dataclass(frozen=True)
class Band:
    laag: Estimate
    hoog: Estimate

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"grootheid": "netto", "laag": self.laag.netto, "hoog": self.hoog.netto}
        for name in (*BAND_QUANTITIES, "baten_per_euro"):
            out[name] = {"laag": getattr(self.laag, name), "hoog": getattr(self.hoog, name)}
        return out


def band(n65: float, params: Mapping[str, Parameter], jaren: int) -> Band:
    """The low–high band from the ranges in the sources (the user's own values have no range)."""
    return Band(
        estimate(n65, scenario(params, "laag"), jaren), estimate(n65, scenario(params, "hoog"), jaren)
    )


@dataclass(frozen=True)
class Swing:
    """How far the net result moves when one parameter goes from its low to its high value."""

    naam: str
    laag_waarde: float
    hoog_waarde: float
    netto_laag: float
    netto_hoog: float
    uit_bron: bool  # the range is the source's (else ±SENSITIVITY_STEP)
    eenheid: str = "euro"

    @property
    def breedte(self) -> float:
        return abs(self.netto_hoog - self.netto_laag)


def sensitivity(n65: float, params: Mapping[str, Parameter], jaren: int) -> list[Swing]:
    """One swing per parameter that moves the net result, widest first (the tornado chart)."""
    swings: list[Swing] = []
    for naam, param in params.items():
        if _varies(param):
            low, high, from_source = param.laag, param.hoog, True
        else:
            low, high, from_source = (
                param.waarde * (1 - SENSITIVITY_STEP),
                param.waarde * (1 + SENSITIVITY_STEP),
                False,
            )
            if param.eenheid == "aandeel":
                high = min(high, 1.0)
        results = []
        for value in (low, high):
            try:
                results.append(estimate(n65, {**params, naam: param.at(value)}, jaren).netto)
            except EstimateError:  # e.g. bereik above the risk share: that end is not a meaningful case
                results.append(estimate(n65, params, jaren).netto)
        swing = Swing(naam, low, high, results[0], results[1], from_source, param.eenheid)
        if swing.breedte > 0:
            swings.append(swing)
    return sorted(swings, key=lambda s: s.breedte, reverse=True)


# --------------------------------------------------------------------------------------------------------------
# Output for the command line, the CSV and the page


def result_json(
    area: Area,
    programma: str,
    programma_naam: str,
    params: Mapping[str, Parameter],
    result: Estimate,
    result_band: Band,
    swings: Sequence[Swing],
) -> dict[str, Any]:
    """The command line's JSON object (also the basis of the CSV)."""
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


# --------------------------------------------------------------------------------------------------------------
# The area in the shared state the URL layer keeps: ?gemeente= (the selected gemeente, as on the map), else a
# single sidebar region (?regio=), else a single sidebar provincie (?provincie=).


def area_from_state(
    selected_gm: object, regios: object, provincies: object, gemeenten: pd.DataFrame
) -> Area | None:
    if isinstance(selected_gm, str) and selected_gm in set(gemeenten["gm_code"]):
        return resolve_area(gemeenten, "gemeente", selected_gm)
    for kind, chosen, column in (("regio", regios, "regio_code"), ("provincie", provincies, "pv_code")):
        if isinstance(chosen, list | tuple) and len(chosen) == 1 and chosen[0] in set(gemeenten[column]):
            return resolve_area(gemeenten, kind, str(chosen[0]))
    return None


def area_options(gemeenten: pd.DataFrame, regio_label: str, provincie_label: str) -> dict[str, str]:
    """Selectbox options (GM, ZK and PV codes never collide), sorted by the text shown."""
    options = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
    for column, name_column, fmt in (
        ("regio_code", "regio_naam", regio_label),
        ("pv_code", "pv_naam", provincie_label),
    ):
        rows = gemeenten.drop_duplicates(column)
        for code, name in zip(rows[column], rows[name_column], strict=True):
            options[code] = fmt.format(naam=name)
    return dict(sorted(options.items(), key=lambda item: item[1].casefold()))


def area_kind_of(code: object, gemeenten: pd.DataFrame) -> AreaKind | None:
    for kind, column in (("gemeente", "gm_code"), ("regio", "regio_code"), ("provincie", "pv_code")):
        if isinstance(code, str) and code in set(gemeenten[column]):
            return kind  # type: ignore[return-value]
    return None


def state_for_area(
    code: object, regios: Sequence[str], provincies: Sequence[str], gemeenten: pd.DataFrame
) -> tuple[str | None, list[str], list[str]]:
    """(selected gemeente, region filter, provincie filter) that make the shared state show the area ``code``.

    A gemeente keeps the filters that contain it (others would hide it); a region or provincie becomes the
    single filter of its kind, and the other kind's filter is cleared so the choice is unambiguous.
    """
    kind = area_kind_of(code, gemeenten)
    if kind is None:
        return None, list(regios), list(provincies)
    if kind == "regio":
        return None, [str(code)], []
    if kind == "provincie":
        return None, [], [str(code)]
    row = gemeenten.loc[gemeenten["gm_code"] == code].iloc[0]
    keep_regios = list(regios) if not regios or row["regio_code"] in regios else []
    keep_provincies = list(provincies) if not provincies or row["pv_code"] in provincies else []
    return str(code), keep_regios, keep_provincies


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


# --------------------------------------------------------------------------------------------------------------
# A value as the user types and reads it: shares in percent, Dutch (or English) number format.

_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_EN = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def input_text(eenheid: str, value: float | None, lang: str = "nl") -> str:
    """30 (for 30%), 1,98, 9.750: what the input field shows; empty for a figure nobody published."""
    if value is None:
        return ""
    shown = value * 100 if eenheid == "aandeel" else value
    places = 0 if eenheid == "euro" and float(shown).is_integer() else 4
    text = fmt_decimal(round(shown, 4), lang, places, fixed=True)
    decimal = "," if lang == "nl" else "."
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def parse_input(eenheid: str, text: str, lang: str = "nl") -> float | None:
    """The value a user typed (shares in percent), in the unit's bounds; None when it is not such a number.

    Dutch: "1,98", "9.750", "9.750,50"; a lone point is a decimal point unless it groups thousands ("1.98" is
    1,98 but "9.750" is 9750). English: "1.98", "9,750".
    """
    raw = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    if not raw or len(raw) > 20 or not raw.isascii():
        return None
    if lang == "nl":
        if "," in raw:
            raw = raw.replace(".", "").replace(",", ".")
        elif _THOUSANDS.match(raw):
            raw = raw.replace(".", "")
    elif _THOUSANDS_EN.match(raw) or "," in raw:
        raw = raw.replace(",", "")
    if raw.count(".") > 1 or not raw.replace(".", "").isdigit():
        return None
    value = float(raw) / 100 if eenheid == "aandeel" else float(raw)
    value = round(value, 8)
    return value if in_bounds(eenheid, value) else None
