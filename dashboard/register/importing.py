"""Importing a file into the register: a preview of what would change, then one all-or-nothing unit of work.

The file goes through the importer (`dashboard.ingest.validation`) like any upload; the preview sorts its rows
into nieuw, gewijzigd (per field: old → new), ongewijzigd and afgekeurd (the importer's rejections plus rows
outside the user's scope). Importing the same file again finds everything ongewijzigd.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from dashboard.core.initiative import Initiative, Key
from dashboard.i18n import DEFAULT_LANG
from dashboard.i18n.messages import Msg
from dashboard.ingest.validation import ImportResult, Issue
from dashboard.register.access import Credential
from dashboard.register.errors import ConflictError, RegisterError
from dashboard.register.model import Status, conflict_message
from dashboard.register.records import cell_value, changed_fields
from dashboard.register.repository import Register

Kind = Literal["nieuw", "gewijzigd", "ongewijzigd"]


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class RowPlan:
    key: Key
    row: int
    kind: Kind
    changes: tuple[FieldChange, ...]
    data: Initiative = field(repr=False)
    base_version: int | None = None


@dataclass
class ImportPreview:
    result: ImportResult
    plans: list[RowPlan]
    refused: list[Issue]
    applied: bool = False

    def of(self, kind: Kind) -> list[RowPlan]:
        return [plan for plan in self.plans if plan.kind == kind]

    @property
    def rejected_rows(self) -> int:
        return self.result.rows_rejected + len({issue.row for issue in self.refused})

    @property
    def issues(self) -> list[Issue]:
        return [*self.result.issues, *self.refused]

    @property
    def has_rejections(self) -> bool:
        return self.rejected_rows > 0 or self.result.has_file_error

    @property
    def has_changes(self) -> bool:
        return any(plan.kind != "ongewijzigd" for plan in self.plans)

    def to_json_dict(self, lang: str = DEFAULT_LANG) -> dict[str, object]:
        return {
            "file": self.result.file,
            "rows_total": self.result.rows_total,
            "nieuw": len(self.of("nieuw")),
            "gewijzigd": len(self.of("gewijzigd")),
            "ongewijzigd": len(self.of("ongewijzigd")),
            "afgekeurd": self.rejected_rows,
            "toegepast": self.applied,
            "wijzigingen": [
                {
                    "id": plan.key[0],
                    "jaar": plan.key[1],
                    "rij": plan.row,
                    "soort": plan.kind,
                    "velden": {c.field: {"oud": c.old, "nieuw": c.new} for c in plan.changes},
                }
                for plan in self.plans
                if plan.kind != "ongewijzigd"
            ],
            "issues": [issue.to_json_dict(lang) for issue in self.issues],
        }


def preview_import(register: Register, credential: Credential, result: ImportResult) -> ImportPreview:
    """What importing `result` would do for this user; nothing is written."""
    plans: list[RowPlan] = []
    refused: list[Issue] = []
    with register.transaction(credential, read_only=True) as unit:
        for initiative in result.require_initiatives():
            key = initiative.key
            row = initiative.bronrij
            current = unit.get(key)
            refusal = unit.refusal(initiative.gemeenten, current)
            if refusal is not None:
                outside = ", ".join(unit.outside(initiative.gemeenten, current))
                refused.append(Issue(row, "gemeenten", outside, "error", refusal))
                continue
            if current is None:
                plans.append(RowPlan(key, row, "nieuw", (), initiative))
                continue
            if current.withdrawn:
                withdrawn = Msg("register.error.import_withdrawn", id=key[0], year=key[1])
                refused.append(Issue(row, "id", key[0], "error", withdrawn))
                continue
            fields = changed_fields(current.record, initiative)
            changes = tuple(
                FieldChange(f, cell_value(current.record, f), cell_value(initiative, f)) for f in fields
            )
            kind: Kind = "gewijzigd" if fields or current.status is not Status.CONFIRMED else "ongewijzigd"
            plans.append(RowPlan(key, row, kind, changes, initiative, current.version))
    return ImportPreview(result, plans, refused)


def apply_import(
    register: Register,
    credential: Credential,
    preview: ImportPreview,
    *,
    partial: bool = False,
    reason: str = "",
    now: datetime | None = None,
) -> ImportPreview:
    """Write the preview in one unit of work. With rejected rows nothing is written unless `partial`.

    A row someone changed since the preview makes the whole import fail with `ConflictError` (nothing written).
    """
    if preview.result.has_file_error:
        raise RegisterError(Msg("register.error.file_unusable"))
    if preview.has_rejections and not partial:
        return preview
    if not preview.has_changes:
        preview.applied = True
        return preview
    reason = reason or f"import {Path(preview.result.file).name or preview.result.file}"
    with register.transaction(credential, now=now) as unit:
        for plan in preview.plans:
            if plan.kind == "nieuw":
                if unit.get(plan.key) is not None:
                    added = Msg("register.error.added_meanwhile", id=plan.key[0], year=plan.key[1])
                    raise ConflictError(added, None)
                unit.add(plan.data, reason=reason)
            elif plan.kind == "gewijzigd" and plan.base_version is not None:
                unit.edit(plan.data, expected_version=plan.base_version, reason=reason, confirm=True)
    preview.applied = True
    return preview


__all__ = ["ImportPreview", "apply_import", "conflict_message", "preview_import"]
