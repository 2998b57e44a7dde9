"""One initiative between a form's (or a file's) cells and the typed record: validation, cells, what changed.

A record is only ever created by the importer's validator (`validate_cells`), so the register, the form and
the file import share one set of rules and Dutch messages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Final

import pandas as pd

from dashboard.core import schema
from dashboard.core.initiative import EDITABLE_FIELDS, Initiative, Key
from dashboard.ingest.validation import ImportResult, validate_table

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver

# The fields a person can change: the file format's columns.
FIELDS: Final = EDITABLE_FIELDS
LIST_FIELDS: Final = frozenset(schema.LIST_COLUMNS)
# A list in a form cell or file cell, as the template writes it.
LIST_JOINER: Final = f"{schema.LIST_SEPARATOR} "
FORM_FILE: Final = "register"
# What the form validates with when the id is left empty: the register gives the record a readable id of its own.
AUTO_ID: Final = "nieuw-initiatief"
MAX_ID_WORDS: Final = 5
MAX_STEM_CHARS: Final = 60

__all__ = [
    "AUTO_ID",
    "FIELDS",
    "LIST_JOINER",
    "Key",
    "cell_value",
    "changed_fields",
    "free_id",
    "readable_id",
    "to_cells",
    "validate_cells",
]


def cell_value(record: Initiative | None, field: str) -> str:
    """The text a person would type for this field (lists joined with "; ", booleans as ja/nee)."""
    if record is None:
        return ""
    value = record[field]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, tuple):
        return LIST_JOINER.join(str(item) for item in value)
    return str(value)


def to_cells(record: Initiative) -> dict[str, str]:
    return {field: cell_value(record, field) for field in FIELDS}


def comparable(row: Mapping[str, object]) -> dict[str, object]:
    """A records-frame row's editable fields as plain values, so rows from a file and from the register compare
    equal when they hold the same record (lists as tuples, startjaar as a whole number)."""
    out: dict[str, object] = {}
    for field in FIELDS:
        value = row.get(field)
        if field in LIST_FIELDS:
            value = tuple(value) if isinstance(value, list | tuple) else ()
        elif field == "startjaar" and isinstance(value, int | float) and not pd.isna(value):
            value = int(value)
        out[field] = value
    return out


def changed_fields(old: Initiative | None, new: Initiative) -> list[str]:
    """The editable fields that differ; for a new record, the fields it fills."""
    after = new.comparable()
    if old is None:
        return [
            field for field, value in zip(FIELDS, after, strict=True) if value not in (None, "", (), False)
        ]
    before = old.comparable()
    return [field for field, b, a in zip(FIELDS, before, after, strict=True) if b != a]


def validate_cells(cells: Mapping[str, str], resolver: GemeenteResolver | None = None) -> ImportResult:
    """Validate one form's cells exactly as a file row is validated (same function, same messages)."""
    raw = pd.DataFrame([{column: str(cells.get(column, "") or "") for column in FIELDS}], dtype="str")
    return validate_table(raw, file=FORM_FILE, resolver=resolver, keep_initiatives=True)


def slug(text: str, max_words: int = MAX_ID_WORDS) -> str:
    """Lower-case ASCII words joined by hyphens: "Sámen Gezond in 's-Hertogenbosch!" -> samen-gezond-in-s."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [word for word in re.split(r"[^a-z0-9]+", plain) if word]
    return "-".join(words[:max_words])


def readable_id(naam: str, gemeente: str, jaar: int) -> str:
    """The stem of an automatic id: the first gemeente, the name and the peiljaar it was first registered in
    ("maastricht-zuid-limburg-beweegt-2025"). The register makes it unique (`free_id`); once given, an id never
    changes (a carried-over initiative keeps it, a renamed one too)."""
    stem = "-".join(part for part in (slug(gemeente, 3), slug(naam)) if part)[:MAX_STEM_CHARS].strip("-")
    return f"{stem or 'initiatief'}-{jaar}"


def free_id(stem: str, taken: Callable[[str], bool]) -> str:
    """`stem`, or stem-2, stem-3 ... : the first id `taken` says is free (in any year)."""
    candidate, number = stem, 1
    while taken(candidate):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate
