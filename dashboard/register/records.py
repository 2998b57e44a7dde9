"""One initiative record between its three shapes: the validator's dict, stored JSON, and the file's cells.

A record is only ever created by the importer's validator (`validate_cells`), so the register, the form and
the file import share one set of rules and Dutch messages.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, cast

import pandas as pd

from dashboard.core import schema
from dashboard.ingest.validation import ImportResult, validate_table

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver

# The fields a person can change: the file format's columns. Derived (bron_url) and provenance (bronbestand,
# bronrij) fields travel along but never count as a change.
FIELDS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)
LIST_FIELDS: Final = frozenset(schema.LIST_COLUMNS)
# A list in a form cell or file cell, as the template writes it.
LIST_JOINER: Final = f"{schema.LIST_SEPARATOR} "
FORM_FILE: Final = "register"
Key = tuple[str, int]


def _plain(value: object) -> object:
    """JSON-safe: tuples become lists, numpy scalars become Python numbers, NaN becomes None."""
    if isinstance(value, (tuple, list)):
        return [str(item) for item in value]
    if hasattr(value, "item"):
        value = value.item()  # numpy scalar
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def to_json(record: Mapping[Any, object]) -> dict[str, object]:
    return {str(key): _plain(value) for key, value in record.items()}


def _as_tuple(value: object) -> tuple[object, ...]:
    """A list field as stored (JSON list, tuple or empty)."""
    return tuple(cast("Iterable[object]", value or ()))


def from_json(data: Mapping[str, object]) -> dict[str, object]:
    record = dict(data)
    for field in LIST_FIELDS:
        record[field] = _as_tuple(record.get(field))
    return record


def key_of(record: Mapping[str, object]) -> Key:
    return str(record["id"]), int(record["jaar"])  # type: ignore[call-overload]


def frame_rows(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows of a records frame as JSON-safe record dicts."""
    return [to_json(row) for row in frame.to_dict(orient="records")]


def cell_value(record: Mapping[str, object], field: str) -> str:
    """The text a person would type for this field (lists joined with "; ", booleans as ja/nee)."""
    value = record.get(field)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (tuple, list)):
        return LIST_JOINER.join(str(item) for item in value)
    return str(value)


def to_cells(record: Mapping[str, object]) -> dict[str, str]:
    return {field: cell_value(record, field) for field in FIELDS}


def comparable(record: Mapping[str, object]) -> dict[str, object]:
    """The fields that count for "changed": lists as tuples, so stored JSON and fresh records compare equal."""
    out: dict[str, object] = {}
    for field in FIELDS:
        value = record.get(field)
        if field in LIST_FIELDS:
            value = _as_tuple(value)
        elif field == "startjaar" and value is not None:
            value = int(value)  # type: ignore[call-overload]
        out[field] = value
    return out


def changed_fields(old: Mapping[str, object] | None, new: Mapping[str, object]) -> list[str]:
    if old is None:
        return [field for field in FIELDS if comparable(new)[field] not in (None, "", (), False)]
    before, after = comparable(old), comparable(new)
    return [field for field in FIELDS if before[field] != after[field]]


def validate_cells(cells: Mapping[str, str], resolver: GemeenteResolver | None = None) -> ImportResult:
    """Validate one form's cells exactly as a file row is validated (same function, same messages)."""
    raw = pd.DataFrame([{column: str(cells.get(column, "") or "") for column in FIELDS}], dtype="str")
    return validate_table(raw, file=FORM_FILE, resolver=resolver)
