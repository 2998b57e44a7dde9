"""Tables of the register page: versions ("Wijzigingen") and an import preview, with readable headers."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.messages import render
from dashboard.register.importing import ImportPreview
from dashboard.register.repository import VersionAction, VersionInfo, shown_action, shown_actor, shown_reason

HISTORY_KEYS = ("when", "id", "year", "name", "version", "action", "who", "fields", "reason")
# Versions that made a record (its first version): every field is new, so none is listed as changed.
_ADDED = frozenset({VersionAction.NEW, VersionAction.LOADED, VersionAction.CARRIED_OVER})


def history_frame(versions: Iterable[VersionInfo], lang: str = "nl") -> pd.DataFrame:
    rows = [
        (
            v.changed_at.strftime("%Y-%m-%d %H:%M"),
            v.record_id,
            v.jaar,
            v.data.naam,
            v.version,
            render(shown_action(v.action), lang),
            render(shown_actor(v.changed_by), lang),
            ", ".join(v.changed_fields) if v.action not in _ADDED else "",
            render(shown_reason(v.action, v.reason), lang),
        )
        for v in versions
    ]
    return pd.DataFrame(rows, columns=[t(f"history.{key}", lang) for key in HISTORY_KEYS])


def preview_changes_frame(preview: ImportPreview, lang: str = "nl") -> pd.DataFrame:
    """One row per new initiative and per changed field (old → new)."""
    rows: list[tuple[str, int, str, str, str, str]] = []
    for plan in preview.plans:
        if plan.kind == "nieuw":
            rows.append(
                (
                    plan.key[0],
                    plan.key[1],
                    t("register.import.nieuw", lang),
                    "",
                    "",
                    plan.data.naam,
                )
            )
        elif plan.kind == "gewijzigd":
            kind = t("register.import.gewijzigd", lang)
            rows += [(plan.key[0], plan.key[1], kind, c.field, c.old, c.new) for c in plan.changes]
    columns = [
        t("history.id", lang),
        t("history.year", lang),
        t("import.kind", lang),
        t("import.field", lang),
        t("import.old", lang),
        t("import.new", lang),
    ]
    return pd.DataFrame(rows, columns=columns)
