"""Importing a file into the register: a preview of what would change, then one all-or-nothing transaction.

The file goes through the importer (`dashboard.ingest.validation`) like any upload; the preview sorts its rows
into nieuw, gewijzigd (per field: old → new), ongewijzigd and afgekeurd (the importer's rejections plus rows
outside the user's scope). Importing the same file again finds everything ongewijzigd.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from dashboard.i18n import DEFAULT_LANG
from dashboard.i18n.messages import Msg
from dashboard.ingest.validation import ImportResult, Issue
from dashboard.register import db
from dashboard.register.access import Credential, resolve_actor
from dashboard.register.errors import ConflictError, RegisterError
from dashboard.register.records import Key, cell_value, changed_fields, key_of, to_json
from dashboard.register.repository import Register, conflict_message
from dashboard.register.tables import STATUS_CONFIRMED

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
    data: dict[str, object] = field(repr=False)
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
    now = db.now()
    plans: list[RowPlan] = []
    refused: list[Issue] = []
    with db.writing(register.engine, bump=False) as connection:
        actor = resolve_actor(connection, credential, now)
        for record in result.records.to_dict(orient="records"):
            data = to_json(record)
            key = key_of(data)
            row = int(record["bronrij"])
            outside = register.rules.outside(actor, data["gemeenten"])  # type: ignore[arg-type]
            current = register._row(connection, key)
            if current is not None:
                outside += [
                    g for g in register.rules.outside(actor, current["data"]["gemeenten"]) if g not in outside
                ]
            if outside:
                refusal = register.rules.refusal(actor, outside)
                refused.append(Issue(row, "gemeenten", ", ".join(outside), "error", refusal))
                continue
            if current is None:
                plans.append(RowPlan(key, row, "nieuw", (), data))
                continue
            if current["withdrawn"]:
                withdrawn = Msg("register.error.import_withdrawn", id=key[0], year=key[1])
                refused.append(Issue(row, "id", key[0], "error", withdrawn))
                continue
            old = current["data"]
            fields = changed_fields(old, data)
            changes = tuple(FieldChange(f, cell_value(old, f), cell_value(data, f)) for f in fields)
            kind: Kind = "gewijzigd" if fields or current["status"] != STATUS_CONFIRMED else "ongewijzigd"
            plans.append(RowPlan(key, row, kind, changes, data, int(current["version"])))
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
    """Write the preview in one transaction. With rejected rows nothing is written unless `partial`.

    A row someone changed since the preview makes the whole import fail with `ConflictError` (nothing written).
    """
    if preview.result.has_file_error:
        raise RegisterError(Msg("register.error.file_unusable"))
    if preview.has_rejections and not partial:
        return preview
    if not preview.has_changes:
        preview.applied = True
        return preview
    now = now or db.now()
    reason = reason or f"import {Path(preview.result.file).name or preview.result.file}"
    with db.writing(register.engine) as connection:
        actor = resolve_actor(connection, credential, now)
        for plan in preview.plans:
            if plan.kind == "ongewijzigd":
                continue
            register.rules.check(actor, plan.data["gemeenten"])  # type: ignore[arg-type]
            current = register._row(connection, plan.key)
            if plan.kind == "nieuw":
                if current is not None:
                    added = Msg("register.error.added_meanwhile", id=plan.key[0], year=plan.key[1])
                    raise ConflictError(added, None)
                register._insert(connection, plan.data, actor.email, now, "nieuw", STATUS_CONFIRMED, reason)
                continue
            assert current is not None and plan.base_version is not None
            if int(current["version"]) != plan.base_version:
                raise register._conflict(connection, current)
            fields = [change.field for change in plan.changes]
            register._update(
                connection, current, plan.base_version, {"data": plan.data, "status": STATUS_CONFIRMED},
                who=actor.email, now=now, action="gewijzigd", fields=fields, reason=reason,
            )  # fmt: skip
    preview.applied = True
    return preview


__all__ = ["ImportPreview", "apply_import", "conflict_message", "preview_import"]
