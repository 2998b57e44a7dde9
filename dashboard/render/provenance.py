"""The provenance block every download and the PDF report carry, and the one description of the filters.

Provenance lines say what the numbers are: "voorbeelddata" when example rows are in the selection, the peiljaar,
the source ("Bron van de initiatieven: <file>", plus RIVM where its figures are used), the active filters and
the counting rule. Pure text builders: the export writer and the report put them into their files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.core.filters import Filters
from dashboard.i18n import label, t

# Filter fields whose values are canonical codes with an i18n label kind.
_LABEL_KINDS: Final = {
    "niveaus": "level",
    "interventies": "intervention",
    "partijen": "party",
    "reikwijdte": "reach",
}
# Filter field -> its sidebar title key where the two differ.
_SIDEBAR_TITLE: Final = {"preventiecoalitie": "coalitie"}


def describe_filters(filters: Filters, lang: str = "nl", names: Mapping[str, str] | None = None) -> str:
    """The active filters except the year (it has its own line) as readable text; "geen" when none."""
    names = names or {}
    parts = []
    for field, value in filters.active().items():
        if field == "jaar":
            continue
        if field == "alleen_bevestigd":
            parts.append(t("sidebar.bevestigd", lang))
            continue
        if field == "preventiecoalitie":
            shown = t(f"sidebar.coalitie.{'ja' if value else 'nee'}", lang)
        else:
            kind = _LABEL_KINDS.get(field)
            values = value if isinstance(value, tuple | list) else (value,)
            items = [label(kind, str(v), lang) if kind else names.get(str(v), str(v)) for v in values]
            shown = ", ".join(items)
        parts.append(f"{t(f'sidebar.{_SIDEBAR_TITLE.get(field, field)}', lang)}: {shown}")
    return "; ".join(parts) if parts else t("dl.filters.none", lang)


def area_names(gemeenten: pd.DataFrame) -> dict[str, str]:
    """Region and provincie codes to their names, for ``describe_filters``."""
    return {
        **dict(zip(gemeenten["regio_code"], gemeenten["regio_naam"], strict=False)),
        **dict(zip(gemeenten["pv_code"], gemeenten["pv_naam"], strict=False)),
    }


def source_label(records: pd.DataFrame, fallback: str) -> str:
    """The files the records came from, by name only (a server path says nothing and should not leak)."""
    names = sorted({Path(str(name)).name for name in records["bronbestand"] if str(name)}, key=str.casefold)
    return ", ".join(names) if names else Path(fallback).name


def provenance_lines(
    *,
    file_name: str,
    is_example: bool,
    filters: Filters,
    lang: str = "nl",
    names: Mapping[str, str] | None = None,
    extra: Sequence[str] = (),
    title: str | None = None,
    year_note: str | None = None,
) -> list[str]:
    """The lines every download carries, in the user's language.

    ``title`` (what the file holds) comes first; ``extra`` lines (sources of context figures, notes) come
    after the filters. ``year_note`` (`render.peiljaar.open_year_note`) says that the peiljaar is still open
    and how complete it is, right under the peiljaar.
    """
    lines = [title] if title else []
    if is_example:
        lines.append(t("dl.example", lang))
    year = filters.jaar
    lines.append(t("dl.peiljaar", lang, year=year) if year is not None else t("dl.peiljaar.all", lang))
    if year_note:
        lines.append(year_note)
    lines.append(t("dl.source", lang, file=file_name))
    # RIVM is a source only where its figures are used: the example data's totals (and, via ``extra``, the
    # published totals of the years chart); a user's own file is credited to that file alone.
    if is_example:
        lines.append(t("dl.source.example", lang))
    lines.append(t("dl.filters", lang, filters=describe_filters(filters, lang, names)))
    lines.extend(extra)
    lines.append(t("dl.rule", lang))
    return lines
