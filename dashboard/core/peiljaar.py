"""The peiljaar round as values (no I/O): a peiljaar's status, and how complete an open one is per region.

A peiljaar is *open* while it is being filled (last year's initiatives carried over as concepts) and
*vastgesteld* once a beheerder closed it. The public sees the newest vastgesteld peiljaar unless it chooses
another; an open one is shown only when chosen, always with a banner that says how complete it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class PeiljaarStatus(StrEnum):
    """Stored in `peiljaren.status`."""

    OPEN = "open"
    VASTGESTELD = "vastgesteld"


@dataclass(frozen=True)
class Peiljaar:
    jaar: int
    status: PeiljaarStatus
    opened_at: datetime | None
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    # Why the beheerder closed it as it was (required at vaststelling); empty while open.
    reason: str

    @property
    def is_open(self) -> bool:
        return self.status is PeiljaarStatus.OPEN


@dataclass(frozen=True)
class Progress:
    """How far an open peiljaar is filled, for one VNG–ZN region (or, with `regio` "", all of them).

    `total` counts the initiatives of the year that are not withdrawn; `carried` those still as they were
    carried over (a concept nobody touched); `updated` those published in this year (new, edited or
    confirmed); `both` those whose relation both sides confirmed.
    """

    regio: str
    total: int
    carried: int
    updated: int
    both: int


@dataclass(frozen=True)
class Rounds:
    """What the pages need to know of the peiljaren: each year's status and, per open year, its progress.

    Hashable and small: the pages' caches key on it next to the register's revision.
    """

    statuses: tuple[tuple[int, PeiljaarStatus], ...] = ()
    # Open year -> (the whole register's progress, then one per region in code order).
    progress: tuple[tuple[int, tuple[Progress, ...]], ...] = ()
    # False for records that are no register (a user's file): no year of theirs is open.
    register: bool = True

    @property
    def by_year(self) -> Mapping[int, PeiljaarStatus]:
        return dict(self.statuses)

    def is_open(self, year: int | None) -> bool:
        """True for a year that is being filled: open, or holding records without a status yet."""
        if year is None or not self.register:
            return False
        return self.by_year.get(year, PeiljaarStatus.OPEN) is PeiljaarStatus.OPEN

    def default_year(self, years: Iterable[int]) -> int | None:
        """The year a visitor sees when they choose none: the newest vastgesteld one among `years`, or the
        newest of `years` when none is vastgesteld (a register that started empty)."""
        available = sorted(set(years))
        if not available:
            return None
        fixed = [year for year in available if not self.is_open(year)]
        return fixed[-1] if fixed else available[-1]

    def progress_of(self, year: int) -> tuple[Progress, ...]:
        return dict(self.progress).get(year, ())

    def total_of(self, year: int) -> Progress | None:
        rows = self.progress_of(year)
        return rows[0] if rows else None


# The rounds of data that is not a register (a user's file): every year counts as vastgesteld.
NO_ROUNDS = Rounds(register=False)


def progress(
    year_entries: Iterable[tuple[tuple[str, ...], bool, bool, bool]], region_of: Mapping[str, str]
) -> tuple[Progress, ...]:
    """The progress of one year from its entries, each as (gemeenten, carried, updated, both): the whole
    register first, then each region an initiative touches (an initiative touching two regions counts in
    each), in code order."""
    totals: dict[str, list[int]] = {"": [0, 0, 0, 0]}
    for gemeenten, carried, updated, both in year_entries:
        regions = {region_of[code] for code in gemeenten if code in region_of}
        for regio in ("", *sorted(regions)):
            row = totals.setdefault(regio, [0, 0, 0, 0])
            row[0] += 1
            row[1] += carried
            row[2] += updated
            row[3] += both
    return tuple(Progress(regio, *counts) for regio, counts in sorted(totals.items()))
