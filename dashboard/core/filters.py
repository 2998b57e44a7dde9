"""The shared sidebar filters as a value, and applying them to the records.

A filter left empty means "all". Filtering by provincie or region keeps an initiative when it touches at least
one gemeente there (an initiative spanning several regions counts in each region it touches).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

import pandas as pd


@dataclass(frozen=True)
class Filters:
    jaar: int | None = None
    niveaus: tuple[str, ...] = ()
    interventies: tuple[str, ...] = ()
    partijen: tuple[str, ...] = ()
    zorgverzekeraars: tuple[str, ...] = ()
    provincies: tuple[str, ...] = ()
    regios: tuple[str, ...] = ()
    reikwijdte: tuple[str, ...] = ()
    preventiecoalitie: bool | None = None

    def without_year(self) -> Filters:
        return replace(self, jaar=None)

    def without_area(self) -> Filters:
        """Nederland beside a region: the same selection without its provincie and region filters."""
        return replace(self, provincies=(), regios=())

    def active(self) -> dict[str, object]:
        """The fields that narrow the selection, for provenance lines and the URL.

        Only Filters' own fields: a subclass (the URL's view) adds fields that select nothing.
        """
        return {
            f.name: getattr(self, f.name) for f in fields(Filters) if getattr(self, f.name) not in (None, ())
        }


def _touches(cells: pd.Series, wanted: set[str]) -> pd.Series:
    return cells.map(lambda values: bool(wanted.intersection(values)))


def gemeenten_in(mapping: pd.DataFrame, column: str, codes: Iterable[str]) -> set[str]:
    """GM codes whose ``column`` (pv_code, regio_code, ...) is one of ``codes``."""
    return set(mapping.loc[mapping[column].isin(set(codes)), "gm_code"])


def apply_filters(records: pd.DataFrame, filters: Filters, gemeenten: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``records`` that pass ``filters``; ``gemeenten`` maps gm_code to pv_code and regio_code."""
    mask = pd.Series(True, index=records.index)
    if filters.jaar is not None:
        mask &= records["jaar"] == filters.jaar
    if filters.niveaus:
        mask &= records["samenwerkingsniveau"].isin(filters.niveaus)
    if filters.reikwijdte:
        mask &= records["reikwijdte"].isin(filters.reikwijdte)
    if filters.preventiecoalitie is not None:
        mask &= records["preventiecoalitie"] == filters.preventiecoalitie
    for column, wanted in (
        ("interventies", filters.interventies),
        ("partijen", filters.partijen),
        ("zorgverzekeraars", filters.zorgverzekeraars),
    ):
        if wanted:
            mask &= _touches(records[column], set(wanted))
    for column, wanted in (("pv_code", filters.provincies), ("regio_code", filters.regios)):
        if wanted:
            mask &= _touches(records["gemeenten"], gemeenten_in(gemeenten, column, wanted))
    return records.loc[mask]


def options(records: pd.DataFrame, column: str) -> list[str]:
    """Distinct values of a list column (e.g. every insurer named), sorted case-insensitively."""
    seen = {value for values in records[column] for value in values}
    return sorted(seen, key=str.casefold)


def years(records: pd.DataFrame) -> list[int]:
    return sorted({int(y) for y in records["jaar"]})
