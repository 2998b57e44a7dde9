"""One initiative between a form's (or a file's) cells and the typed record: validation, cells, what changed.

A record is only ever created by the importer's validator (`validate_cells`), so the register, the form and
the file import share one set of rules and Dutch messages.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["FIELDS", "LIST_JOINER", "Key", "cell_value", "changed_fields", "to_cells", "validate_cells"]


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
