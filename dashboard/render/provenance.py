"""The provenance block every download and the PDF report carry, and the one description of the filters.

Provenance lines say what the numbers are: "voorbeelddata" when example rows are in the selection, the peiljaar,
the source ("Bron van de initiatieven: het register (12 initiatieven), voorbeelddata (81)", plus RIVM where its
figures are used), the active filters and
the counting rule. Pure text builders: the export writer and the report put them into their files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.core.filters import Filters
from dashboard.i18n import label, t, tn
from dashboard.i18n.formats import fmt_list

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


# The shipped file of named initiatives (tools/named.py writes it): its rows are public facts with a source each.
NAMED_FILE: Final = "bekende_initiatieven.csv"


def source_label(records: pd.DataFrame, lang: str = "nl", upload: str | None = None) -> str:
    """Where the ``records`` shown come from, in words a reader understands, with the number of initiatives
    from each: the user's own file (``upload``: its name, which the reader gave it), the register (entered or
    imported by its editors), named initiatives from public sources, example data. Never a file name the
    reader did not upload: a server's file names say nothing to a reader and should not leak."""
    if records.empty:
        return t("dl.from.none", lang)
    ids = records.drop_duplicates("id") if "id" in records.columns else records
    files = ids["bronbestand"].astype(str).map(lambda name: Path(name).name)
    example = ids["voorbeelddata"].astype(bool)
    mine = (files == Path(upload).name) & ~example if upload else pd.Series(False, index=ids.index)
    named = (files == NAMED_FILE) & ~example & ~mine
    kinds = (
        ("dl.from.upload", int(mine.sum())),
        ("dl.from.register", int((~example & ~mine & ~named).sum())),
        ("dl.from.named", int(named.sum())),
        ("dl.from.example", int(example.sum())),
    )
    name = plain_name(upload) if upload else ""
    parts = [tn(key, n, lang, name=name) for key, n in kinds if n]
    return fmt_list(parts, lang)


def plain_name(file_name: str) -> str:
    """A file's name without its folder (a server path never leaves the server)."""
    return Path(file_name).name or file_name


def provenance_lines(
    *,
    source: str,
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
    lines.append(t("dl.source", lang, source=source))
    # RIVM is a source only where its figures are used: the example data's totals (and, via ``extra``, the
    # published totals of the years chart); a user's own file is credited to that file alone.
    if is_example:
        lines.append(t("dl.source.example", lang))
    lines.append(t("dl.filters", lang, filters=describe_filters(filters, lang, names)))
    lines.extend(extra)
    lines.append(t("dl.rule", lang))
    return lines
