"""Texts and tables of the peiljaar round for every output: the open-year note (the banner on the pages, the
line under a chart, a slide, a PNG caption, the PDF) and how many initiatives both sides confirmed.

Pure text builders: the pages, the writer and the report put them where they belong.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dashboard.core.peiljaar import Progress, Rounds
from dashboard.i18n import t, tn


def _progress(rounds: Rounds, year: int, regio: str | None) -> Progress | None:
    rows = rounds.progress_of(year)
    if regio is not None:
        for row in rows:
            if row.regio == regio:
                return row
    return rows[0] if rows else None


def open_year_lines(
    rounds: Rounds, year: int | None, lang: str, regio: str | None = None, regio_name: str | None = None
) -> tuple[str, ...]:
    """ "Peiljaar 2025 is nog open: de gegevens worden nog ingevuld." and "12 van 40 initiatieven bijgewerkt,
    …" for an open year (nothing otherwise); with a region chosen, that region's progress."""
    if year is None or not rounds.is_open(year):
        return ()
    head = t("peiljaar.banner", lang, year=year)
    row = _progress(rounds, year, regio)
    if row is None:
        return (head,)
    counts = tn("peiljaar.banner.progress", row.total, lang, updated=row.updated, both=row.both,
                carried=row.carried)  # fmt: skip
    if row.regio and regio_name:
        counts = t("peiljaar.banner.in", lang, where=regio_name, counts=counts)
    return head, counts


def open_year_note(
    rounds: Rounds, year: int | None, lang: str, regio: str | None = None, regio_name: str | None = None
) -> str | None:
    """`open_year_lines` as one line (the banner, a provenance line), or None for a vastgesteld year."""
    lines = open_year_lines(rounds, year, lang, regio, regio_name)
    return " ".join(lines) if lines else None


def open_year_short(rounds: Rounds, year: int | None, lang: str, regio: str | None = None) -> str | None:
    """The banner where room is short (beside the map, above a slide): "Peiljaar 2025 is nog open: de
    gegevens worden nog ingevuld (1 van 117 initiatieven bijgewerkt)."; None for a vastgesteld year."""
    if year is None or not rounds.is_open(year):
        return None
    row = _progress(rounds, year, regio)
    if row is None:
        return t("peiljaar.banner", lang, year=year)
    return tn("peiljaar.banner.short", row.total, lang, year=year, updated=row.updated)


def confirmed_note(both: int, total: int, lang: str) -> str:
    """ "12 van 40 initiatieven door beide kanten bevestigd" (of the selection without that filter)."""
    return tn("peiljaar.confirmed_count", total, lang, both=both)


def progress_frame(rounds: Rounds, year: int, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """Per VNG–ZN region of an open year: initiatives, updated, carried over and untouched, confirmed by
    both; the whole register in the last row."""
    rows = list(rounds.progress_of(year))
    ordered = [*rows[1:], *rows[:1]]
    return pd.DataFrame(
        {
            t("peiljaar.table.regio", lang): [
                f"{names.get(r.regio, r.regio)} ({r.regio})" if r.regio else t("peiljaar.table.all", lang)
                for r in ordered
            ],
            t("peiljaar.table.total", lang): [r.total for r in ordered],
            t("peiljaar.table.updated", lang): [r.updated for r in ordered],
            t("peiljaar.table.carried", lang): [r.carried for r in ordered],
            t("peiljaar.table.both", lang): [r.both for r in ordered],
        }
    )
