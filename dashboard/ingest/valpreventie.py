"""The published figures for the fall-prevention estimate: ``data/valpreventie_kengetallen.toml``, checked.

Every parameter carries its value, low–high range, unit, source and year. The note on the source is there
twice, Dutch (``bron``) and English (``bron_en``), so that an English reader never gets a Dutch sentence. A
programme without a published effect or cost per participant has none here (the user enters it: no invented
default). The file is refused with a message naming the entry (in the reader's language) when anything is
missing or out of range, so a typo never reaches a policy meeting as a number.

Reads a file but does not cache: ``dashboard.ui.data.kengetallen`` is the cached boundary.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from dashboard.i18n import DEFAULT_LANG
from dashboard.i18n.messages import ListOf, Msg, MsgError
from geo.paths import DATA_DIR

KENGETALLEN_FILE: Final = DATA_DIR / "valpreventie_kengetallen.toml"

Unit = Literal["aandeel", "per_jaar", "euro"]
Step = Literal["situatie", "aanpak", "kosten_baten"]
UNITS: Final[tuple[Unit, ...]] = ("aandeel", "per_jaar", "euro")
STEPS: Final[tuple[Step, ...]] = ("situatie", "aanpak", "kosten_baten")
# The bounds a value of each unit may take, for the file, the command line, the page and a shared link alike.
BOUNDS: Final[dict[str, tuple[float, float]]] = {
    "aandeel": (0.0, 1.0),
    "per_jaar": (0.0, 20.0),
    "euro": (0.0, 1_000_000.0),
}
# The two figures every programme has (or the user supplies), and the parameters every estimate needs.
PROGRAMME_PARAMETERS: Final = ("effect", "kosten_per_deelnemer")
PROGRAMME_UNITS: Final[dict[str, Unit]] = {"effect": "aandeel", "kosten_per_deelnemer": "euro"}
REQUIRED: Final = (
    "valrisico_aandeel",
    "vallen_per_persoon",
    "seh_aandeel",
    "kosten_per_seh_val",
    "bereik",
    "screening",
    "kosten_screening",
    "aandeel_wlz",
    "aandeel_wmo",
)
MIN_YEAR: Final = 1990
MAX_YEAR: Final = 2035


class Sourced:
    """A figure with its note on where it comes from, in Dutch (``bron``) and English (``bron_en``)."""

    bron: str
    bron_en: str

    def source(self, lang: str = DEFAULT_LANG) -> str:
        """The note in the reader's language; Dutch for any language but English."""
        return self.bron_en if lang == "en" else self.bron


class KengetallenError(MsgError, ValueError):
    """The figures file cannot be used as it is: `msg` names the entry and what is wrong, in any language."""


@dataclass(frozen=True)
class Kengetal(Sourced):
    """One published figure: the central value with its range, unit and where it comes from."""

    naam: str
    waarde: float
    laag: float
    hoog: float
    eenheid: Unit
    bron: str
    bron_en: str
    url: str
    jaar: int
    stap: Step


@dataclass(frozen=True)
class Programma:
    """A recognised programme; ``effect``/``kosten`` are None where nothing is published."""

    code: str
    naam: str
    effect: Kengetal | None
    kosten: Kengetal | None


@dataclass(frozen=True)
class Controle(Sourced):
    """A published regional case to hold the estimate against (Stevig Staan Noord-Limburg)."""

    naam: str
    gemeenten: tuple[str, ...]
    programma: str
    jaren: int
    vallen_per_jaar: float
    medische_behandelingen_per_jaar: float
    directe_medische_kosten_per_jaar: float
    vallen_voorkomen_doel: float
    besparing_doel: float
    bron: str
    bron_en: str
    url: str
    jaar: int


@dataclass(frozen=True)
class Kengetallen:
    parameters: dict[str, Kengetal]
    programmas: dict[str, Programma]
    controle: Controle | None
    bestand: str


def in_bounds(eenheid: str, value: float) -> bool:
    low, high = BOUNDS[eenheid]
    return math.isfinite(value) and low <= value <= high


def _number(entry: Mapping[str, Any], key: str, where: str) -> float:
    value = entry.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KengetallenError(Msg("vp.check.not_a_number", where=where, field=key))
    return float(value)


def _text(entry: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise KengetallenError(Msg("vp.check.not_text", where=where, field=key))
    return value.strip()


def _sources(entry: Mapping[str, Any], where: str) -> tuple[str, str]:
    """The Dutch note and its English twin; the English one has its own message, as it is the one forgotten."""
    bron = _text(entry, "bron", where)
    bron_en = entry.get("bron_en")
    if not isinstance(bron_en, str) or not bron_en.strip():
        raise KengetallenError(Msg("vp.check.no_english_source", where=where))
    return bron, bron_en.strip()


def _kengetal(naam: str, entry: Mapping[str, Any], where: str, eenheid: str | None, stap: str) -> Kengetal:
    if not isinstance(entry, Mapping):
        raise KengetallenError(Msg("vp.check.not_a_table", where=where))
    unit = eenheid or _text(entry, "eenheid", where)
    if unit not in UNITS:
        raise KengetallenError(Msg("vp.check.unknown_unit", where=where, unit=unit, units=", ".join(UNITS)))
    waarde, laag, hoog = (_number(entry, key, where) for key in ("waarde", "laag", "hoog"))
    if not laag <= waarde <= hoog:
        raise KengetallenError(Msg("vp.check.order", where=where, laag=laag, waarde=waarde, hoog=hoog))
    for value in (laag, hoog):
        if not in_bounds(unit, value):
            low, high = BOUNDS[unit]
            raise KengetallenError(
                Msg(
                    "vp.check.out_of_bounds",
                    where=where,
                    value=value,
                    low=f"{low:g}",
                    high=f"{high:g}",
                    unit=unit,
                )
            )
    jaar = entry.get("jaar")
    if not isinstance(jaar, int) or isinstance(jaar, bool) or not MIN_YEAR <= jaar <= MAX_YEAR:
        raise KengetallenError(Msg("vp.check.year", where=where, low=MIN_YEAR, high=MAX_YEAR))
    url = _text(entry, "url", where, required=False)
    if url and not url.startswith("https://"):
        raise KengetallenError(Msg("vp.check.url", where=where))
    bron, bron_en = _sources(entry, where)
    return Kengetal(naam, waarde, laag, hoog, unit, bron, bron_en, url, jaar, stap)  # type: ignore[arg-type]


def parse_kengetallen(data: Mapping[str, Any], bestand: str = "valpreventie_kengetallen.toml") -> Kengetallen:
    """The checked figures of a parsed TOML document; raises KengetallenError on the first problem."""
    raw_parameters = data.get("parameters")
    if not isinstance(raw_parameters, Mapping):
        raise KengetallenError(Msg("vp.check.no_section", file=bestand, section="parameters"))
    parameters: dict[str, Kengetal] = {}
    for naam, entry in raw_parameters.items():
        where = f"{bestand}: parameters.{naam}"
        stap = entry.get("stap") if isinstance(entry, Mapping) else None
        if stap not in STEPS:
            raise KengetallenError(Msg("vp.check.step", where=where, steps=", ".join(STEPS)))
        if naam in PROGRAMME_PARAMETERS:
            raise KengetallenError(Msg("vp.check.programme_parameter", where=where, naam=naam))
        parameters[naam] = _kengetal(naam, entry, where, None, stap)
    missing = [naam for naam in REQUIRED if naam not in parameters]
    if missing:
        raise KengetallenError(
            Msg("vp.check.missing_parameters", n=len(missing), file=bestand, names=ListOf.of(missing))
        )
    if parameters["aandeel_wlz"].hoog + parameters["aandeel_wmo"].hoog > 1:
        raise KengetallenError(Msg("vp.check.shares", file=bestand))

    raw_programmes = data.get("programmas")
    if not isinstance(raw_programmes, Mapping) or not raw_programmes:
        raise KengetallenError(Msg("vp.check.no_section", file=bestand, section="programmas"))
    programmas: dict[str, Programma] = {}
    for code, entry in raw_programmes.items():
        where = f"{bestand}: programmas.{code}"
        if not isinstance(entry, Mapping):
            raise KengetallenError(Msg("vp.check.not_a_table", where=where))
        unknown = sorted(set(entry) - {"naam", *PROGRAMME_PARAMETERS})
        if unknown:
            raise KengetallenError(
                Msg("vp.check.unknown_keys", n=len(unknown), where=where, keys=ListOf.of(unknown))
            )
        figures = {
            key: _kengetal(key, entry[key], f"{where}.{key}", PROGRAMME_UNITS[key], "aanpak")
            for key in PROGRAMME_PARAMETERS
            if key in entry
        }
        programmas[code] = Programma(
            code, _text(entry, "naam", where), figures.get("effect"), figures.get("kosten_per_deelnemer")
        )
    return Kengetallen(parameters, programmas, _controle(data.get("controle"), bestand), bestand)


def _controle(raw: object, bestand: str) -> Controle | None:
    if raw is None:
        return None
    entry = raw.get("stevig_staan") if isinstance(raw, Mapping) else None
    where = f"{bestand}: controle.stevig_staan"
    if not isinstance(entry, Mapping):
        raise KengetallenError(Msg("vp.check.missing", where=where))
    gemeenten = entry.get("gemeenten")
    if not isinstance(gemeenten, list) or not all(isinstance(g, str) for g in gemeenten):
        raise KengetallenError(Msg("vp.check.gemeenten", where=where))
    numbers = {
        key: _number(entry, key, where)
        for key in (
            "jaren",
            "vallen_per_jaar",
            "medische_behandelingen_per_jaar",
            "directe_medische_kosten_per_jaar",
            "vallen_voorkomen_doel",
            "besparing_doel",
            "jaar",
        )
    }
    bron, bron_en = _sources(entry, where)
    return Controle(
        naam=_text(entry, "naam", where),
        gemeenten=tuple(gemeenten),
        programma=_text(entry, "programma", where),
        jaren=int(numbers.pop("jaren")),
        jaar=int(numbers.pop("jaar")),
        bron=bron,
        bron_en=bron_en,
        url=_text(entry, "url", where, required=False),
        **numbers,
    )


def read_kengetallen(path: Path | None = None) -> Kengetallen:
    """The shipped (or given) figures file, parsed and checked."""
    path = path or KENGETALLEN_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KengetallenError(
            Msg("vp.check.unreadable", file=path.name, reason=str(error.strerror))
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise KengetallenError(Msg("vp.check.not_toml", file=path.name, reason=str(error))) from error
    return parse_kengetallen(data, path.name)
