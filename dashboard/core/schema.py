"""Canonical codes of the initiative records.

The codes are the contract between the importer, the aggregations, the maps and the CLI's JSON; the labels the
user sees live in ``dashboard.i18n`` (one place, Dutch and English).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final


# The closed vocabularies as StrEnums (a typed `Initiative` holds these); the tuples below are their plain
# string values, which the records frame, the template and the i18n keys use.
class Level(StrEnum):
    """Ordered scale of RIVM 2020 (factsheet figure 3). "onbekend" is missing data, not a level: it has no
    rank and must never sort below "geen"."""

    ONBEKEND = "onbekend"
    GEEN = "geen"
    EEN_PARTIJ = "een_partij"
    APART = "apart"
    IN_GESPREK = "in_gesprek"
    INFORMEEL = "informeel"
    FORMEEL = "formeel"


class Reach(StrEnum):
    WIJK = "wijk"
    GEMEENTE = "gemeente"
    REGIO = "regio"
    PROVINCIE = "provincie"


class Agreement(StrEnum):
    INHOUD = "inhoud"
    FINANCIERING = "financiering"
    BEIDE = "beide"


class Funding(StrEnum):
    WMO = "wmo"
    ZVW = "zvw"
    WPG = "wpg"
    OVERIG = "overig"


class GliProgram(StrEnum):
    BEWEEGKUUR = "beweegkuur"
    COOL = "cool"
    SLIMMER = "slimmer"
    SAMEN_SPORTIEF_IN_BEWEGING = "samen_sportief_in_beweging"
    OVERIG = "overig"


LEVELS: Final = tuple(level.value for level in Level)
RANKED_LEVELS: Final = LEVELS[1:]
LEVEL_RANK: Final[dict[str, int]] = {code: rank for rank, code in enumerate(RANKED_LEVELS, start=1)}
UNKNOWN_LEVEL: Final = "onbekend"
# "Afstemming" in RIVM's words: informal or formal agreements.
AFSTEMMING_LEVELS: Final = ("informeel", "formeel")

PARTIES: Final = (
    "gemeente",
    "zorgverzekeraar",
    "huisarts",
    "welzijn",
    "thuiszorg",
    "ggd",
    "paramedici",
    "sociaal_werk",
    "inwoners",
    "kennisinstituut",
    "beroepsonderwijs",
)
# The five interventions RIVM counted in 2020 (its charts and the example data are built on these).
INTERVENTIONS: Final = ("welzijn_op_recept", "gli", "valpreventie", "kinderen_overgewicht", "diabetes")
# Since GALA (signed 3 Feb 2023) five ketenaanpakken frame the interventions: Kansrijke Start is new; Kind naar
# Gezonder Gewicht, GLI, Sociaal verwijzen and Valpreventie are the existing codes under GALA's names.
GALA_INTERVENTIONS: Final = ("kansrijke_start",)
GALA_FROM_YEAR: Final = 2023
INTERVENTION_VOCABULARY: Final = (*INTERVENTIONS, *GALA_INTERVENTIONS)
GLI_PROGRAMS: Final = tuple(program.value for program in GliProgram)
REACH: Final = tuple(reach.value for reach in Reach)
AGREEMENTS: Final = tuple(agreement.value for agreement in Agreement)
FUNDING: Final = tuple(funding.value for funding in Funding)
TARGET_GROUPS: Final = (
    "ouderen",
    "psychische_klachten",
    "jongeren",
    "overgewicht",
    "lage_ses",
    "mantelzorgers",
    "onderwijs",
    "alle_inwoners",
)

# Column order of the file format (CSV/XLSX) and of the template.
COLUMNS: Final = (
    "id",
    "naam",
    "jaar",
    "preventiecoalitie",
    "reikwijdte",
    "gemeenten",
    "wijken",
    "samenwerkingsniveau",
    "afspraken",
    "financiering",
    "zorgverzekeraars",
    "partijen",
    "interventies",
    "gli_programmas",
    "doelgroepen",
    "startjaar",
    "bron",
    "toelichting",
)
# Optional column that marks generated rows; the app shows a "voorbeelddata" notice when any row has it.
EXAMPLE_COLUMN: Final = "voorbeelddata"
REQUIRED_COLUMNS: Final = ("id", "naam", "jaar", "gemeenten")
# Cells holding several values are separated by ";" in files and held as tuples in memory.
LIST_SEPARATOR: Final = ";"
LIST_COLUMNS: Final = (
    "gemeenten",
    "wijken",
    "financiering",
    "zorgverzekeraars",
    "partijen",
    "interventies",
    "gli_programmas",
    "doelgroepen",
)

# Years RIVM counted initiatives in; the data may hold others.
RIVM_PUBLISHED_TOTALS: Final[dict[int, int]] = {2017: 71, 2018: 81, 2019: 95, 2020: 116}
MIN_YEAR: Final = 2010
MAX_YEAR: Final = 2035


def level_rank(level: str) -> int | None:
    """Rank 1–6 of a level code, None for "onbekend" (missing data has no place on the scale)."""
    return LEVEL_RANK.get(level)


def is_gala_year(year: object) -> bool:
    """Peiljaren from 2023 on are framed by GALA's ketenaanpakken (names, Kansrijke Start)."""
    return isinstance(year, int | float) and not isinstance(year, bool) and year >= GALA_FROM_YEAR


def interventions_counted(years: Iterable[object], present: Iterable[str] = ()) -> tuple[str, ...]:
    """The intervention codes a count shows: RIVM's five, plus GALA's new ones when a GALA year is in view or
    a record names one (so RIVM's 2020 figures keep exactly their five rows)."""
    if any(is_gala_year(y) for y in years) or set(GALA_INTERVENTIONS) & set(present):
        return INTERVENTION_VOCABULARY
    return INTERVENTIONS


def is_afstemming(level: str) -> bool:
    return level in AFSTEMMING_LEVELS
