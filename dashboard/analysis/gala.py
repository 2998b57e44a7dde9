"""GALA's five ketenaanpakken per gemeente of a region or provincie (pure).

For each gemeente and each ketenaanpak: does a filtered initiative covering the gemeente offer it, at which
collaboration level (the highest among those initiatives; "onbekend" only when none has a known level), and is
that offer only in a wijk. The columns are GALA's five from peiljaar 2023 on; before that the same interventions
under RIVM's names (the labels, not the codes, change: ``dashboard.i18n.label`` with the peiljaar).

Two-sided confirmation (a gemeente and an insurer both confirming an initiative's relation fields) is not
recorded yet. ``gala_overview`` takes it as ``confirmed_by_both``: the (id, jaar) keys of the initiatives both
sides confirmed, or None while the register has no confirmations. With None every cell's ``confirmed`` is None
and nothing claims a confirmation; once the register records them, passing the keys is all it takes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

import pandas as pd

from dashboard.analysis.areas import NO_INITIATIVE, coverage, highest_level
from dashboard.core.schema import LEVEL_RANK, UNKNOWN_LEVEL

# GALA's order: Kansrijke Start, Kind naar Gezonder Gewicht, GLI, Sociaal verwijzen, Valpreventie.
KETENAANPAKKEN: Final = (
    "kansrijke_start",
    "kinderen_overgewicht",
    "gli",
    "welzijn_op_recept",
    "valpreventie",
)
# RIVM did not ask about Kansrijke Start before GALA: an empty cell there says nothing for those peiljaren.
NOT_ASKED_BEFORE_GALA: Final = ("kansrijke_start",)

ConfirmationKey = tuple[str, int]  # (initiative id, peiljaar)


@dataclass(frozen=True)
class GalaCell:
    """One gemeente × ketenaanpak."""

    level: str  # highest level of the offering initiatives, "onbekend", or NO_INITIATIVE (a gap)
    n: int  # offering initiatives covering the gemeente (any reach)
    wijk_only: bool  # offered, but only by initiatives at wijk level
    # Offering initiatives confirmed by both sides; None while confirmations are not recorded (issue 20).
    confirmed: int | None = None

    @property
    def offered(self) -> bool:
        return self.n > 0

    @property
    def rank(self) -> int | None:
        return LEVEL_RANK.get(self.level)


GAP: Final = GalaCell(NO_INITIATIVE, 0, False)


@dataclass(frozen=True)
class GalaOverview:
    """Rows: the area's gemeenten (code, name) by name; columns: KETENAANPAKKEN."""

    gemeenten: tuple[tuple[str, str], ...]
    cells: dict[tuple[str, str], GalaCell]
    confirmations_recorded: bool

    def cell(self, gm_code: str, code: str) -> GalaCell:
        return self.cells.get((gm_code, code), GAP)

    def offered_count(self, code: str) -> int:
        """Gemeenten of the area where ``code`` is offered (the column's count; the area's size is the base)."""
        return sum(self.cell(gm, code).offered for gm, _ in self.gemeenten)

    def gaps(self, gm_code: str) -> tuple[str, ...]:
        return tuple(code for code in KETENAANPAKKEN if not self.cell(gm_code, code).offered)

    def complete_count(self) -> int:
        """Gemeenten where all five are offered."""
        return sum(not self.gaps(gm) for gm, _ in self.gemeenten)

    @property
    def size(self) -> int:
        return len(self.gemeenten)


def _cell(rows: pd.DataFrame, confirmed_by_both: Collection[ConfirmationKey] | None) -> GalaCell:
    wide = rows[rows["reikwijdte"] != "wijk"]
    level = highest_level((wide if len(wide) else rows)["samenwerkingsniveau"])
    confirmed = None
    if confirmed_by_both is not None:
        keys = set(confirmed_by_both)
        confirmed = sum((str(i), int(j)) in keys for i, j in zip(rows["id"], rows["jaar"], strict=True))
    return GalaCell(level, len(rows), wijk_only=wide.empty, confirmed=confirmed)


def gala_overview(
    records: pd.DataFrame,
    gemeenten: Sequence[tuple[str, str]],
    confirmed_by_both: Collection[ConfirmationKey] | None = None,
) -> GalaOverview:
    """The matrix for ``gemeenten`` ((gm_code, gm_naam) pairs) from the filtered ``records``."""
    ordered = tuple(
        sorted(((str(c), str(n)) for c, n in gemeenten), key=lambda row: (row[1].casefold(), row[0]))
    )
    codes = {code for code, _ in ordered}
    cells: dict[tuple[str, str], GalaCell] = {}
    if len(records):
        cov = coverage(records)
        cov = cov[cov["gm_code"].isin(codes)]
        exploded = cov.explode("interventies").rename(columns={"interventies": "ketenaanpak"})
        exploded = exploded[exploded["ketenaanpak"].isin(KETENAANPAKKEN)]
        for (gm_code, code), rows in exploded.groupby(["gm_code", "ketenaanpak"], sort=False):
            cells[(str(gm_code), str(code))] = _cell(rows.drop_duplicates(["id", "jaar"]), confirmed_by_both)
    return GalaOverview(ordered, cells, confirmations_recorded=confirmed_by_both is not None)


def is_unknown(cell: GalaCell) -> bool:
    return cell.offered and cell.level == UNKNOWN_LEVEL
