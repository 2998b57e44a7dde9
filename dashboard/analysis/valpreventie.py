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
How the numbers read (sentences, units, the rows of the tables) is ``dashboard.render.valpreventie_text``;
the area in the shared, linked state is ``dashboard.ui.valpreventie_state``; what a user types into a field is
``dashboard.ui.valpreventie_input``; the command line's JSON is ``dashboard.export.valpreventie.result_json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

import pandas as pd

from dashboard.i18n import LANGS, t
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
    """The note on a value the user typed, in each language: whose value it is and what it replaced. Part of
    the figure's provenance (it travels with it into the JSON, the CSV and the report), not a display text."""
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
    """Step 1: the at-risk group, its falls and SEH visits a year, and their cost (``estimate`` builds on it)."""
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
    step1 = situation(n65, params)
    deelnemers = n65 * v["bereik"]
    gescreend = n65 * v["screening"]
    vallen_voorkomen = jaren * deelnemers * v["vallen_per_persoon"] * v["effect"]
    seh_voorkomen = vallen_voorkomen * v["seh_aandeel"]
    baten = seh_voorkomen * v["kosten_per_seh_val"]
    kosten = jaren * (deelnemers * v["kosten_per_deelnemer"] + gescreend * v["kosten_screening"])
    wlz, wmo = baten * v["aandeel_wlz"], baten * v["aandeel_wmo"]
    return Estimate(
        inwoners_65plus=step1.inwoners_65plus,
        jaren=jaren,
        risicogroep=step1.risicogroep,
        vallen_per_jaar=step1.vallen_per_jaar,
        seh_per_jaar=step1.seh_per_jaar,
        kosten_seh_per_jaar=step1.kosten_seh_per_jaar,
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
