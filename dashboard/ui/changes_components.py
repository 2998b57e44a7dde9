"""The public change log's Streamlit pieces: which area, since when and which kinds; the table with its CSV;
the Register page's history as old → new; and the slide "Wat is er veranderd sinds …".

What is shown comes from ``dashboard.ui.data`` (once per register revision and selection); nothing here
computes a change itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Final

import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from dashboard.analysis import changes as log
from dashboard.analysis import region_profile as rp
from dashboard.analysis.scope import selection_members
from dashboard.core.filters import Filters
from dashboard.core.initiative import Key
from dashboard.export import writer
from dashboard.i18n import t, tn
from dashboard.i18n.formats import fmt_date
from dashboard.render import changes as shown
from dashboard.render import presentation, provenance
from dashboard.render.plaintext import markdown as escape
from dashboard.ui import components, data, search
from dashboard.ui.components import SELECTED_KEY
from dashboard.ui.sidebar import prefixed_text
from dashboard.ui.state import FILTER_KEYS

PLACE_KEY: Final = "wz_plaats"
SINCE_KEY: Final = "wz_sinds"
DATE_KEY: Final = "wz_datum"
KINDS_KEY: Final = "wz_soorten"
SINCE_CHOICES: Final = ("vaststelling", "datum", "alles")
# The table shows the newest rows; the CSV holds every row of the selection.
MAX_ROWS: Final = 1000
# Pixel widths that together fit the page beside the sidebar on a 1366 px wide screen (about 900 px); text wraps
# within them (Streamlit wraps a text column's cells when a row is higher than 4rem), and the columns share what
# a wider screen has more.
_WIDTHS: Final = {
    "when": 80,
    "who": 110,
    "account": 110,
    "initiative": 134,
    "kind": 76,
    "field": 158,
    "old": 118,
    "new": 118,
    "reason": 100,
}
ROW_HEIGHT: Final = 86  # four lines of text


@dataclass(frozen=True)
class Area:
    """The gemeenten a change log is about (None: the whole country), their name and a file-name part."""

    members: frozenset[str] | None
    name: str
    stem: str


def area(filters: Filters, lang: str) -> Area:
    """The selected gemeente, else the sidebar's region/provincie filters, else the whole country."""
    gemeenten = data.gemeenten_table()
    selected = st.session_state.get(SELECTED_KEY)
    names = data.gemeente_names()
    if isinstance(selected, str) and selected in names:
        return Area(frozenset({selected}), t("changes.area.gemeente", lang, name=names[selected]), selected)
    members = selection_members(filters, gemeenten)
    if members is None:
        return Area(None, t("changes.area.nl", lang), "nl")
    areas = provenance.area_names(gemeenten)
    name = presentation.scope_area(
        [areas.get(code, code) for code in filters.regios],
        [areas.get(code, code) for code in filters.provincies],
        lang,
    )
    stem = "_".join([*filters.provincies, *filters.regios])
    return Area(members, name or t("changes.area.nl", lang), stem)


def place_chooser(lang: str) -> rp.Choice | None:
    """A gemeente, region or provincie: the shared choice every page follows (and the link keeps)."""
    return search.place_search(
        PLACE_KEY,
        t("changes.place", lang),
        lang,
        kinds=("gemeente", "regio", "provincie"),
        placeholder=t("changes.place.placeholder", lang),
    )


def _since_label(last: data.Vaststelling | None, lang: str, choice: str) -> str:
    if choice == "vaststelling" and last is not None:
        return t("changes.since.vaststelling", lang, year=last.jaar, date=fmt_date(last.at.date(), lang))
    return prefixed_text("changes.since.", choice, lang)


def since_chooser(revision: int, lang: str) -> datetime | None:
    """Since when (exclusive): the last vaststelling by default, a date the reader picks, or the beginning."""
    last = data.last_vaststelling(revision)
    choices = [c for c in SINCE_CHOICES if c != "vaststelling" or last is not None]
    if st.session_state.get(SINCE_KEY) not in choices:
        st.session_state[SINCE_KEY] = "vaststelling" if last is not None else "alles"
    choice = st.radio(
        t("changes.since", lang),
        choices,
        key=SINCE_KEY,
        horizontal=True,
        format_func=partial(_since_label, last, lang),
        help=t("changes.since.help", lang),
    )
    if choice == "vaststelling" and last is not None:
        return last.at
    if choice == "datum":
        components.widget_default(DATE_KEY, last.at.date() if last is not None else date.today())
        picked = st.date_input(t("changes.since.pick", lang), key=DATE_KEY, format="DD-MM-YYYY")
        if isinstance(picked, date):
            # From the start of that day (the register keeps UTC): a change on the day itself is shown.
            return datetime.combine(picked, time.min) - timedelta(microseconds=1)
    return None


def kinds_chooser(lang: str) -> tuple[str, ...]:
    chosen = st.multiselect(
        t("changes.kinds", lang),
        list(log.KINDS),
        key=KINDS_KEY,
        wrap=True,
        format_func=partial(prefixed_text, "changes.kind.", lang=lang),
        placeholder=t("changes.kinds.placeholder", lang),
    )
    return tuple(kind for kind in log.KINDS if kind in chosen)


def _column_config(lang: str) -> dict[str, ColumnConfig]:
    return {
        shown.column_title(column, lang): st.column_config.TextColumn(width=width)
        for column, width in _WIDTHS.items()
    }


def _table(frame: pd.DataFrame, lang: str, *, columns: tuple[str, ...], key: str) -> None:
    """Text wraps within its column (three lines a row), so nothing runs off a 1366 px wide screen."""
    rows = min(len(frame), 10)
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_order=[shown.column_title(column, lang) for column in columns],
        column_config=_column_config(lang),
        row_height=ROW_HEIGHT,
        height=38 + ROW_HEIGHT * max(rows, 1) + 2,
        key=key,
    )


def change_log(revision: int, selection: log.Selection, place: Area, lang: str) -> None:
    """The count, the table (the newest ``MAX_ROWS`` rows) and the CSV of every row."""
    frame = data.changes_table(revision, selection, lang, short=True)
    since = shown.since_text(selection.since, lang)
    if not len(frame):
        st.info(components.say("changes.none", lang, since=since, area=place.name), icon=":material/history:")
        return
    n_changes = len(data.selected_changes(revision, selection))
    st.markdown(tn("changes.count", n_changes, lang, since=escape(since), area=escape(place.name)))
    if len(frame) > MAX_ROWS:
        st.caption(t("changes.shown", lang, shown=MAX_ROWS, total=len(frame)))
    _table(frame.head(MAX_ROWS), lang, columns=shown.PAGE_COLUMNS, key="wz_tabel")
    st.caption(t("changes.times", lang))
    example = bool(any(change.example for change in data.selected_changes(revision, selection)))
    lines = shown.provenance(
        since=selection.since,
        area=place.name,
        kinds=selection.kinds,
        revision=revision,
        example=example,
        lang=lang,
    )
    day = selection.since.strftime("%Y-%m-%d") if selection.since else "alles"
    stem = f"wijzigingen_{place.stem}_sinds_{day}"
    download = writer.offer(stem, "csv", partial(_changes_csv, revision, selection, lines, lang))
    components.offer_download(None, t("changes.download", lang), download, key="wz_csv")


def _changes_csv(revision: int, selection: log.Selection, lines: list[str], lang: str) -> bytes:
    """The CSV of every row of the selection, whole texts (made when the button is clicked)."""
    return writer.frame_csv_bytes(data.changes_table(revision, selection, lang), lines, lang)


# ----------------------------------------------------------------------------------------------------------------
# The Register page's history: the same rows, with the account (the page is for signed-in editors)


def register_history(revision: int, lang: str, key: Key | None, regio: str | None, stem: str) -> None:
    """The versions of the whole register, a region or one initiative as old → new per field, with its CSV."""
    frame = data.register_history_changes(revision, lang, key, regio, short=True)
    if not len(frame):
        st.caption(t("register.history.none", lang))
        return
    columns = ("when", "account", "initiative", "kind", "field", "old", "new", "reason")
    _table(frame.head(MAX_ROWS), lang, columns=columns, key="register_history_table")
    if len(frame) > MAX_ROWS:
        st.caption(t("changes.shown", lang, shown=MAX_ROWS, total=len(frame)))
    download = writer.offer(stem, "csv", partial(_history_csv, revision, lang, key, regio))
    components.offer_download(None, t("register.history.download", lang), download)


def _history_csv(revision: int, lang: str, key: Key | None, regio: str | None) -> bytes:
    return writer.frame_csv_bytes(data.register_history_changes(revision, lang, key, regio), lang=lang)


def revision_or_stop(lang: str) -> int:
    """The register's revision; when the register cannot be read, say so and stop the page."""
    from dashboard.register.errors import RegisterError

    try:
        return data.register().revision()
    except RegisterError as error:
        st.error(components.escape_markdown(error.text(lang)), icon=":material/cloud_off:")
        st.stop()
        raise  # st.stop() raises; this line only tells the type checker


def selection(place: Area, since: datetime | None, kinds: tuple[str, ...]) -> log.Selection:
    return log.Selection(place.members, since, kinds)


# ----------------------------------------------------------------------------------------------------------------
# The slide "Wat is er veranderd sinds …": the change log's "since" (the page's choice, else the last
# vaststelling) for the deck's area, as counts per kind and the initiatives whose level changed


def since_value(revision: int) -> datetime | None:
    """The "since" the Wijzigingen page holds (its widgets need not be drawn): its default is the last
    vaststelling."""
    last = data.last_vaststelling(revision)
    choice = st.session_state.get(SINCE_KEY) or ("vaststelling" if last is not None else "alles")
    picked = st.session_state.get(DATE_KEY)
    if choice == "datum" and isinstance(picked, date):
        return datetime.combine(picked, time.min) - timedelta(microseconds=1)
    if choice == "vaststelling" and last is not None:
        return last.at
    return None


def slide_title(area_name: str | None, lang: str) -> str:
    """The slide's title names its area (every slide does, issue 21.14) and the date it counts from."""
    since = since_value(data.register().revision())
    area = area_name or t("changes.area.nl", lang)
    return components.say("slide.wijzigingen", lang, since=shown.since_text(since, lang), area=area)


def changes_slide(members: tuple[str, ...] | None, area_name: str | None, lang: str) -> None:
    """The changes since the page's "since" in the deck's area: per kind (a chart) and the level changes."""
    revision = data.register().revision()
    since = since_value(revision)
    selection = log.Selection(None if members is None else frozenset(members), since)
    chosen = data.selected_changes(revision, selection)
    area = area_name or t("changes.area.nl", lang)
    if not chosen:
        st.info(
            components.say("slide.wijzigingen.none", lang, since=shown.since_text(since, lang), area=area),
            icon=":material/history:",
        )
        return
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.plotly_chart(
            data.changes_figure(revision, selection, lang),
            width="stretch",
            key="dia_wijzigingen",
            theme=None,  # the figure's own projector-sized fonts
            config={"displaylogo": False},
        )
    with right:
        st.markdown(
            tn(
                "changes.count",
                len(chosen),
                lang,
                since=escape(shown.since_text(since, lang)),
                area=escape(area),
            )
        )
        rows, more = data.level_changes(revision, selection, lang)
        st.markdown(f"**{t('slide.wijzigingen.levels', lang)}**")
        if rows:
            lines = shown.level_lines(rows)
            if more:
                lines.append(f"- {tn('slide.wijzigingen.more', more, lang)}")
            st.markdown("\n".join(lines))
        else:
            st.markdown(t("slide.wijzigingen.no_levels", lang))


# ----------------------------------------------------------------------------------------------------------------
# The Gegevens page's links to the open data (our own fixed addresses, not data: drawn as links)


def open_data_links(lang: str) -> None:
    """The stable addresses: the catalogue, the Netherlands' files, the files of the chosen region and gemeente
    (or an example of their pattern), the change feeds."""
    from dashboard.export import open_data
    from dashboard.export.open_data_store import public_base

    base = public_base(st.get_option("server.baseUrlPath") or "")

    def link(path: str, text: str) -> str:
        return f"[{text}]({open_data.url(base, path)})"

    def files(stem: str) -> str:
        return " · ".join(
            link(f"{stem}{suffix}", text)
            for suffix, text in (
                (".csv", "CSV"),
                (".json", "JSON"),
                (".metadata.json", t("opendata.ui.metadata", lang)),
            )
        )

    names = provenance.area_names(data.gemeenten_table())
    regios = st.session_state.get(FILTER_KEYS["regios"]) or []
    regio = str(regios[0]) if regios else "ZK31"
    selected = st.session_state.get(SELECTED_KEY)
    gemeente = selected if isinstance(selected, str) and selected in data.gemeente_names() else "GM0363"
    region_name = escape(names.get(regio, regio))
    gemeente_name = escape(data.gemeente_names().get(gemeente, gemeente))
    lines = [
        f"- {t('opendata.ui.catalogue', lang)}: {link('index.json', 'index.json')}",
        f"- {t('opendata.ui.nl', lang)}: {files('initiatieven/nl')}",
        f"- {t('opendata.ui.region', lang, name=region_name, code=regio)}: {files(f'initiatieven/regio/{regio}')}",
        f"- {t('opendata.ui.gemeente', lang, name=gemeente_name, code=gemeente)}: "
        f"{files(f'initiatieven/gemeente/{gemeente}')}",
        f"- {t('opendata.ui.all_years', lang)}: {files('initiatieven/alle-jaren/nl')}",
        f"- {t('opendata.ui.changes', lang)}: {link('wijzigingen/nl.json', 'JSON Feed')} · "
        f"{link('wijzigingen/nl.xml', 'Atom')} · {link('wijzigingen/wijzigingen.csv', 'CSV')}",
    ]
    st.markdown(t("opendata.ui.intro", lang))
    st.markdown("\n".join(lines))
    st.caption(t("opendata.ui.pattern", lang))
