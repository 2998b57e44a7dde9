"""The figures the example-data generator fits: data/rivm_2020_doelen.toml, loaded and checked.

RIVM's published figures (with page and quotation) and the few assumptions for 2019 live in that file, not in
code, so the generator and the tests read the same numbers. Every figure carries either a citation (`pagina`,
`plaats`, `citaat`) or an `aanname` with its reason; a bad edit is reported with the table and field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dashboard.core import schema

ROOT: Final = Path(__file__).resolve().parent.parent
TARGETS_FILE: Final = ROOT / "data" / "rivm_2020_doelen.toml"

# Figures with one number (`waarde`) and figures with a number per code (`waarden`), with their allowed codes.
SINGLE_FIGURES: Final = (
    "totaal",
    "preventiecoalities",
    "met_interventie",
    "gli_erkend",
    "afspraken_beide",
)
CODED_FIGURES: Final[dict[str, tuple[str, ...]]] = {
    "niveaus": schema.LEVELS,
    "partijen": schema.PARTIES,
    "interventies": schema.INTERVENTIONS,
    "gli_programmas": schema.GLI_PROGRAMS,
}
# Coded figures that must name every code (a missing level or party is an error, not a zero).
COMPLETE_FIGURES: Final = ("niveaus", "partijen", "interventies")
PERCENT_FIGURES: Final = ("met_interventie", "gli_erkend", "afspraken_beide", *CODED_FIGURES)
CITATION_FIELDS: Final = ("pagina", "plaats", "citaat")
OPTIONAL_FIELDS: Final = ("toelichting",)


class TargetsError(ValueError):
    """A problem in the targets file, with the file, table and field in the message."""


@dataclass(frozen=True)
class Figure:
    """One figure as written in the file: its number(s) and where it comes from."""

    year: int
    key: str
    value: int | None  # for SINGLE_FIGURES
    values: dict[str, int]  # for CODED_FIGURES
    page: int | None
    place: str
    quote: str
    assumption: str

    @property
    def cited(self) -> bool:
        return not self.assumption


@dataclass(frozen=True)
class YearTargets:
    """The figures of one year in the units the generator uses (counts, percentages, fractions)."""

    total: int
    levels: dict[str, int]
    coalitions: int
    party_shares: dict[str, float]  # percent of all initiatives
    offering_share: float  # fraction of all initiatives offering at least one intervention
    intervention_shares: dict[str, float]  # fraction of the offering initiatives
    gli_recognised_share: float  # fraction of the GLI initiatives with a recognised programme
    gli_program_shares: dict[str, float]  # fraction of the GLI initiatives
    both_agreements_share: float  # fraction of the initiatives at levels 5–6


def _where(year: str, key: str, field: str = "") -> str:
    table = f"[{year}.{key}]"
    return f"{TARGETS_FILE.name}, {table}" + (f", veld '{field}'" if field else "")


def _int(value: object, year: str, key: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TargetsError(f"{_where(year, key, field)}: verwacht een heel getal, niet {value!r}")
    if value < 0:
        raise TargetsError(f"{_where(year, key, field)}: negatief getal {value}")
    return value


def _text(value: object, year: str, key: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TargetsError(f"{_where(year, key, field)}: verwacht een tekst, niet {value!r}")
    return value.strip()


def _figure(year: str, key: str, table: object) -> Figure:
    if not isinstance(table, dict):
        raise TargetsError(f"{_where(year, key)}: verwacht een tabel")
    number_field = "waarde" if key in SINGLE_FIGURES else "waarden"
    allowed = {number_field, *CITATION_FIELDS, "aanname", *OPTIONAL_FIELDS}
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise TargetsError(
            f"{_where(year, key, unknown[0])}: onbekend veld; toegestaan: {', '.join(sorted(allowed))}"
        )
    if number_field not in table:
        raise TargetsError(f"{_where(year, key, number_field)}: ontbreekt")
    value: int | None = None
    values: dict[str, int] = {}
    if key in SINGLE_FIGURES:
        value = _int(table["waarde"], year, key, "waarde")
    else:
        raw = table["waarden"]
        if not isinstance(raw, dict):
            raise TargetsError(f"{_where(year, key, 'waarden')}: verwacht een tabel van code = getal")
        codes = CODED_FIGURES[key]
        for code, number in raw.items():
            if code not in codes:
                raise TargetsError(
                    f"{_where(year, key, 'waarden')}: onbekende code '{code}'; toegestaan: {', '.join(codes)}"
                )
            values[code] = _int(number, year, key, f"waarden.{code}")
        missing = [code for code in codes if code not in values]
        if key in COMPLETE_FIGURES and missing:
            raise TargetsError(f"{_where(year, key, 'waarden')}: ontbrekende code(s) {', '.join(missing)}")
    cited = [field for field in CITATION_FIELDS if field in table]
    if "aanname" in table:
        if cited:
            raise TargetsError(
                f"{_where(year, key, cited[0])}: een aanname heeft geen bron; kies één van de twee"
            )
        assumption = _text(table["aanname"], year, key, "aanname")
        return Figure(int(year), key, value, values, None, "", "", assumption)
    if len(cited) != len(CITATION_FIELDS):
        missing_field = next(field for field in CITATION_FIELDS if field not in table)
        raise TargetsError(
            f"{_where(year, key, missing_field)}: ontbreekt (een cijfer heeft pagina, plaats en citaat, "
            "of een aanname)"
        )
    page = _int(table["pagina"], year, key, "pagina")
    place = _text(table["plaats"], year, key, "plaats")
    quote = _text(table["citaat"], year, key, "citaat")
    return Figure(int(year), key, value, values, page, place, quote, "")


def load_figures(path: Path = TARGETS_FILE) -> dict[int, dict[str, Figure]]:
    """Every figure of the file, per year and key, checked for form (not yet for consistency)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise TargetsError(f"{path.name}: geen geldige TOML: {error}") from None
    if not isinstance(data.get("bron"), dict) or "titel" not in data["bron"]:
        raise TargetsError(f"{path.name}, [bron]: ontbreekt of heeft geen titel")
    figures: dict[int, dict[str, Figure]] = {}
    for year, tables in data.items():
        if year == "bron":
            continue
        if not year.isdigit() or not isinstance(tables, dict):
            raise TargetsError(
                f"{path.name}, [{year}]: verwacht een jaartal met cijfers, zoals [2020.totaal]"
            )
        expected = (*SINGLE_FIGURES, *CODED_FIGURES)
        unknown = sorted(set(tables) - set(expected))
        if unknown:
            raise TargetsError(f"{_where(year, unknown[0])}: onbekend cijfer; bekend: {', '.join(expected)}")
        missing = [key for key in expected if key not in tables]
        if missing:
            raise TargetsError(f"{_where(year, missing[0])}: ontbreekt")
        figures[int(year)] = {key: _figure(year, key, tables[key]) for key in expected}
    return figures


def _percent(figure: Figure) -> float:
    assert figure.value is not None
    if figure.value > 100:
        raise TargetsError(f"{_where(str(figure.year), figure.key, 'waarde')}: meer dan 100%")
    return figure.value / 100


def _year_targets(figures: dict[str, Figure]) -> YearTargets:
    levels = figures["niveaus"].values
    total = figures["totaal"].value
    assert total is not None
    year = str(figures["totaal"].year)
    if sum(levels.values()) != total:
        raise TargetsError(
            f"{_where(year, 'niveaus', 'waarden')}: samen {sum(levels.values())}, maar het totaal is {total}"
        )
    coalitions = figures["preventiecoalities"].value
    assert coalitions is not None
    if coalitions > levels["formeel"]:
        raise TargetsError(
            f"{_where(year, 'preventiecoalities', 'waarde')}: meer preventiecoalities ({coalitions}) dan "
            f"formele afspraken ({levels['formeel']}); een preventiecoalitie heeft formele afspraken"
        )
    for key in PERCENT_FIGURES:
        for code, number in figures[key].values.items():
            if number > 100:
                raise TargetsError(f"{_where(year, key, f'waarden.{code}')}: meer dan 100%")
    return YearTargets(
        total=total,
        levels={level: levels[level] for level in schema.LEVELS},
        coalitions=coalitions,
        party_shares={party: float(figures["partijen"].values[party]) for party in schema.PARTIES},
        offering_share=_percent(figures["met_interventie"]),
        intervention_shares={code: share / 100 for code, share in figures["interventies"].values.items()},
        gli_recognised_share=_percent(figures["gli_erkend"]),
        gli_program_shares={code: share / 100 for code, share in figures["gli_programmas"].values.items()},
        both_agreements_share=_percent(figures["afspraken_beide"]),
    )


def load_targets(path: Path = TARGETS_FILE) -> dict[int, YearTargets]:
    """The targets per year, checked for form and for consistency (levels add up to the total, ...)."""
    return {year: _year_targets(figures) for year, figures in sorted(load_figures(path).items())}
