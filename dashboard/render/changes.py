"""The change log as a reader sees it: a table in their language (labels, never codes), its CSV's provenance
lines, and the figure and level changes of the slide "Wat is er veranderd sinds …" (pure: no Streamlit).

Values are labelled per field as the rest of the app labels them (levels, parties, interventions by the
peiljaar's naming, gemeenten by name); a list shows what was removed and what was added. Who made a change is
an organisation, or the register's own writers by their name in the reader's language; never a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Final

import pandas as pd
import plotly.graph_objects as go

from dashboard.analysis.changes import (
    CONFIRMATION_FIELD,
    KINDS,
    STATUS_FIELD,
    Change,
    Value,
    Version,
    changes_of,
    counts_by_kind,
)
from dashboard.i18n import label, t
from dashboard.i18n.formats import fmt_date, fmt_list
from dashboard.i18n.messages import render
from dashboard.register.access import CONSOLE_NAME
from dashboard.register.model import MIGRATION_ACTOR, SEED_ACTOR, shown_actor, shown_reason
from dashboard.render import charts, plaintext

# The register's own writers (stored as who changed a record): named by what they are, never a person.
REGISTER_WRITERS: Final = frozenset({SEED_ACTOR, CONSOLE_NAME, MIGRATION_ACTOR})
# Columns of the table and the CSV, in order; the page leaves out the ones a reader needs least on a laptop.
COLUMNS: Final = (
    "when",
    "who",
    "id",
    "jaar",
    "initiative",
    "kind",
    "field",
    "old",
    "new",
    "reason",
    "example",
)
PAGE_COLUMNS: Final = ("when", "who", "initiative", "kind", "field", "old", "new", "reason")
# Fields whose codes have a label kind in the catalogue (``dashboard.i18n.label``).
_LABEL_KIND: Final[Mapping[str, str]] = {
    "samenwerkingsniveau": "level",
    "reikwijdte": "reach",
    "afspraken": "agreement",
    "financiering": "funding",
    "partijen": "party",
    "gli_programmas": "gli",
    "doelgroepen": "target",
}
# Okabe–Ito colours per kind: apart for every colour vision, and the same kind always in the same colour.
KIND_COLORS: Final[Mapping[str, str]] = {
    "nieuw": "#009E73",
    "gewijzigd": "#0072B2",
    "ingetrokken": "#D55E00",
    "hersteld": "#56B4E9",
    "bevestigd": "#E69F00",
    "betwist": "#CC79A7",
    "overgenomen": "#999999",
}
# Free text: on a page, a long one shows the words that changed (``excerpts``), the CSV the whole text.
FREE_TEXT_FIELDS: Final = frozenset({"naam", "bron", "toelichting"})
EXCERPT_CHARS: Final = 90
CONTEXT_WORDS: Final = 3
# The slide lists this many level changes; the rest is counted.
SLIDE_LEVEL_ROWS: Final = 8


def column_title(column: str, lang: str) -> str:
    return t(f"changes.col.{column}", lang)


def when_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def who_text(change: Change, lang: str) -> str:
    """The organisation, or the register's own writer in the reader's language; never a person."""
    if change.organisation:
        return change.organisation
    if change.actor is not None:
        return render(shown_actor(change.actor), lang)
    return t("peiljaar.actor.unknown_organisation", lang)


def field_text(field: str | None, lang: str) -> str:
    return "" if field is None else t(f"changes.field.{field}", lang)


def _item(field: str, code: str, year: int, names: Mapping[str, str], lang: str) -> str:
    if field == "gemeenten":
        return names.get(code, code)
    if field == "interventies":
        return label("intervention", code, lang, year=year)
    kind = _LABEL_KIND.get(field)
    return label(kind, code, lang) if kind else code


def value_text(
    field: str, value: Value, year: int, names: Mapping[str, str], lang: str, *, listed: str | None = None
) -> str:
    """One old or new value in the reader's language; ``listed`` ("removed"/"added") for a list's items."""
    if field == STATUS_FIELD:
        return t(f"changes.status.{value}", lang) if value else ""
    if field == CONFIRMATION_FIELD:
        return t(f"register.action.bevestigd_door.{value}", lang) if value else ""
    if isinstance(value, tuple):
        if not value:
            return ""
        items = fmt_list([_item(field, str(item), year, names, lang) for item in value], lang)
        return t(f"changes.value.{listed}", lang, items=items) if listed else items
    if isinstance(value, bool):
        return t("changes.value.yes" if value else "changes.value.no", lang)
    if value is None or value == "":
        return t("changes.value.empty", lang)
    if isinstance(value, int):
        return str(value)
    return _item(field, value, year, names, lang)


def old_new(change: Change, names: Mapping[str, str], lang: str) -> tuple[str, str]:
    field = change.field
    if field is None:
        return "", ""
    if field == CONFIRMATION_FIELD:  # the side's word, on the level it confirmed
        level = value_text(
            "samenwerkingsniveau", change.record.samenwerkingsniveau.value, change.jaar, names, lang
        )
        return "", f"{value_text(field, change.new, change.jaar, names, lang)} ({level})"
    if change.kind == "betwist":  # the level now → what the disputing side proposes
        old = value_text(field, change.old, change.jaar, names, lang)
        if change.new is None:
            return old, t("changes.value.no_proposal", lang)
        return old, t(
            "changes.value.proposed", lang, level=value_text(field, change.new, change.jaar, names, lang)
        )
    if isinstance(change.old, tuple) or isinstance(change.new, tuple):
        return (
            value_text(field, change.old, change.jaar, names, lang, listed="removed"),
            value_text(field, change.new, change.jaar, names, lang, listed="added"),
        )
    return (
        value_text(field, change.old, change.jaar, names, lang),
        value_text(field, change.new, change.jaar, names, lang),
    )


def reason_text(change: Change, lang: str) -> str:
    return render(shown_reason(change.action, change.reason), lang)


def excerpts(old: str, new: str, limit: int = EXCERPT_CHARS) -> tuple[str, str]:
    """A long text's change as a reader of a table wants it: the words that differ with a few words around
    them, "…" where text is left out (the CSV keeps the whole text). Short texts stay whole."""
    if len(old) <= limit and len(new) <= limit:
        return old, new
    before, after = old.split(" "), new.split(" ")
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1

    def cut(words: list[str]) -> str:
        first, last = max(0, start - CONTEXT_WORDS), min(len(words), len(words) - end + CONTEXT_WORDS)
        text = " ".join(words[first:last])
        if len(text) > limit:
            text = text[:limit].rsplit(" ", 1)[0] + " …"
        return (
            ("… " if first > 0 else "")
            + text
            + (" …" if last < len(words) and not text.endswith("…") else "")
        )

    return cut(before) if old else old, cut(after) if new else new


def change_row(
    change: Change, names: Mapping[str, str], lang: str, *, short: bool = False
) -> tuple[object, ...]:
    """One change as the table's cells, in ``COLUMNS`` order; ``short``: a long text as the words that differ."""
    old, new = old_new(change, names, lang)
    if short and change.field in FREE_TEXT_FIELDS:
        old, new = excerpts(old, new)
    return (
        when_text(change.at),
        who_text(change, lang),
        change.record_id,
        change.jaar,
        f"{change.naam} ({change.jaar})",
        t(f"changes.kind.{change.kind}", lang),
        field_text(change.field, lang),
        old,
        new,
        reason_text(change, lang),
        t("changes.value.yes" if change.example else "changes.value.no", lang),
    )


def changes_frame(
    changes: Iterable[Change], names: Mapping[str, str], lang: str, *, short: bool = False
) -> pd.DataFrame:
    """The change log as a table with headers in the reader's language (every column of ``COLUMNS``);
    ``short`` for a page (long texts as their changed words), whole for a file."""
    rows = [change_row(change, names, lang, short=short) for change in changes]
    return pd.DataFrame(rows, columns=[column_title(column, lang) for column in COLUMNS])


def history_frame(
    versions: Sequence[Version],
    names: Mapping[str, str],
    lang: str,
    special_actors: Iterable[str] = (),
    *,
    short: bool = False,
) -> pd.DataFrame:
    """The Register page's history: the change log's rows of ``versions`` with the version number and the
    account that made it (the page is for signed-in editors; the public log names organisations only)."""
    special = frozenset(special_actors)
    accounts = {(v.record_id, v.jaar, v.version): v.changed_by for v in versions}
    rows = [
        (
            *change_row(change, names, lang, short=short),
            change.version,
            render(shown_actor(accounts.get((change.record_id, change.jaar, change.version), "")), lang),
        )
        for change in changes_of(versions, special)
    ]
    titles = [column_title(column, lang) for column in (*COLUMNS, "version", "account")]
    return pd.DataFrame(rows, columns=titles)


def since_text(since: datetime | None, lang: str) -> str:
    return fmt_date(since.date(), lang) if since is not None else t("changes.since.alles", lang)


def kinds_text(kinds: Sequence[str], lang: str) -> str:
    if not kinds:
        return t("changes.dl.kinds.all", lang)
    return fmt_list([t(f"changes.kind.{kind}", lang) for kind in kinds], lang)


def provenance(
    *, since: datetime | None, area: str, kinds: Sequence[str], revision: int, example: bool, lang: str
) -> list[str]:
    """The lines the CSV starts with: what it holds, the source with the register's revision, and a note when
    rows are about example data."""
    lines = [
        t("changes.dl.title", lang, since=since_text(since, lang), area=area, kinds=kinds_text(kinds, lang)),
        t("changes.dl.source", lang, revision=revision),
        t("changes.times", lang),
    ]
    if example:
        lines.insert(0, t("dl.example", lang))
        lines.append(t("changes.dl.example", lang))
    return lines


# ----------------------------------------------------------------------------------------------------------------
# The slide


def kinds_figure(changes: Sequence[Change], lang: str) -> go.Figure:
    """Changes per kind as horizontal bars (every kind listed, in the page's order), the count on each bar."""
    counts = counts_by_kind(changes)
    kinds = [kind for kind in KINDS if counts.get(kind)] or list(KINDS[:2])
    values = [counts.get(kind, 0) for kind in kinds]
    names = [t(f"changes.kind.{kind}", lang) for kind in kinds]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=names,
            orientation="h",
            marker={"color": [KIND_COLORS[kind] for kind in kinds], "line": charts.OUTLINE},
            text=[str(value) for value in values],
            textposition="outside",
            textfont={"size": charts.FONT_SIZE},
            cliponaxis=False,
            hoverinfo="skip",
        )
    )
    fig.update_yaxes(autorange="reversed", tickfont={"size": charts.FONT_SIZE}, automargin=True)
    fig.update_xaxes(
        title={"text": t("chart.changes.axis", lang)},
        tickfont={"size": charts.FONT_SIZE},
        gridcolor="#dddddd",
        range=[0, max(values or [1]) * 1.18],
        **charts.count_axis(max(values or [0])),
    )
    fig.update_layout(bargap=0.25, showlegend=False)
    height = max(300, 150 + charts.BAR_HEIGHT_PX * len(kinds))
    return charts._layout(fig, t("slide.wijzigingen.kinds", lang), lang, height)


def level_changes(
    changes: Sequence[Change], names: Mapping[str, str], lang: str, limit: int = SLIDE_LEVEL_ROWS
) -> tuple[list[tuple[str, str, str]], int]:
    """(initiative, old level, new level) of the newest level change per initiative, newest first, at most
    ``limit``; and how many more initiatives changed their level."""
    seen: set[tuple[str, int]] = set()
    rows: list[tuple[str, str, str]] = []
    for change in changes:
        # Edits only: a dispute names the level it proposes, which is not (yet) the initiative's level.
        if change.field != "samenwerkingsniveau" or change.kind != "gewijzigd" or change.key in seen:
            continue
        seen.add(change.key)
        old, new = old_new(change, names, lang)
        rows.append((f"{change.naam} ({change.jaar})", old, new))
    return rows[:limit], max(0, len(rows) - limit)


def level_lines(
    rows: Sequence[tuple[str, str, str]], escape: Callable[[object], str] = plaintext.markdown
) -> list[str]:
    """The level changes as markdown list items; names and labels escaped (they may come from a file)."""
    return [f"- **{escape(name)}**: {escape(old)} → {escape(new)}" for name, old, new in rows]
