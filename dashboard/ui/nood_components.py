"""Nood en aanbod's own pieces: the "find my gemeente" box with what the page says about that gemeente, and the
map's switch between need-vs-offer and the Brede SPUK per inwoner or per 65-plusser.

The box is the app's one place chooser (``ui.search``) limited to gemeenten: typing "den bosch" or "Haaren" finds
the gemeente, and the choice is the shared selected gemeente (the map outlines it, Mijn regio opens on it).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import partial
from typing import Final

import pandas as pd
import streamlit as st

from dashboard.analysis import money
from dashboard.analysis.measures import Classified
from dashboard.analysis.need import NATIONAL_CODE, NeedSpec
from dashboard.analysis.scope import scope_classified
from dashboard.i18n import t
from dashboard.ingest.context import format_value, indicator_title
from dashboard.ingest.money import SPUK_YEARS
from dashboard.render.tables import for_display
from dashboard.ui import components, data, search

NEED_MAP: Final = "nood"
MAP_MEASURES: Final = (NEED_MAP, *money.SPUK_MEASURES)


def _measure_label(measure: object, lang: str) -> str:
    return t("nood.map.need", lang) if measure == NEED_MAP else money.option_label(str(measure), lang)


def map_controls(lang: str) -> tuple[str | None, str]:
    """The search box and the map's measure switch side by side: (chosen gemeente or None, map measure)."""
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    with left:
        choice = search.place_search("nood_zoek", t("nood.find", lang), lang, kinds=("gemeente",))
    with right:
        measure = st.selectbox(
            t("nood.map.measure", lang),
            list(MAP_MEASURES),
            key="nood_kaartmaat",
            format_func=partial(_measure_label, lang=lang),
        )
    found = choice.code if choice is not None and choice.kind == "gemeente" else None
    return found, str(measure or NEED_MAP)


def map_classes(measure: str, need: Classified, members: Collection[str] | None, lang: str) -> Classified:
    """``need`` (need versus offer: the page's question), or a money measure with the gemeenten outside
    ``members`` (the chosen area; None: all of NL) pale."""
    if measure == NEED_MAP:
        return need
    money_data = data.money_data()
    return scope_classified(
        money.classify_money(measure, money_data.spuk, money_data.context, lang), members, lang
    )


def legend(classified: Classified, found: str | None, measure: str, lang: str) -> None:
    """The map's legend (with the found gemeente's outline); under a money map, what the amounts are not."""
    extra = [("wijk", t("kaart.legend.wijk", lang))] if measure == NEED_MAP else []
    if found:
        extra.append(("selected", t("mijnregio.legend.selected", lang)))
    components.legend(classified, lang, extra)
    st.caption(t("nood.legend.counts", lang))
    if measure != NEED_MAP:
        st.caption(t("money.not_spent", lang) + "  \n" + t("money.source", lang))


def with_money(
    shown: pd.DataFrame, per_capita: pd.DataFrame, scope: pd.DataFrame, by: str, lang: str
) -> pd.DataFrame:
    """The per-region (or per-provincie) table with the Brede SPUK per inwoner of each area beside it."""
    money_data = data.money_data()
    column = "regio_code" if by == "regio" else "pv_code"
    out = shown.copy()
    for year in SPUK_YEARS:
        values = money.per_inwoner_by_area(
            money_data.spuk, money_data.context, scope, column, list(per_capita["code"]), NATIONAL_CODE, year
        )
        out[t("money.col.per_inwoner", lang, year=year)] = pd.Series(
            values, index=out.index, dtype=float
        ).round(2)
    return out


def percap_table(
    shown: pd.DataFrame, per_capita: pd.DataFrame, scope: pd.DataFrame, by: str, lang: str
) -> pd.DataFrame:
    """Draw the per-area table with the Brede SPUK beside it, and say what the amounts are not; return it."""
    table = with_money(shown, per_capita, scope, by, lang)
    st.dataframe(for_display(table, lang), hide_index=True, width="stretch")
    st.caption(t("money.not_spent", lang) + "  \n" + t("money.source", lang))
    return table


def money_lines(lines: list[str], lang: str) -> list[str]:
    """A download's provenance with the money's source and what the amounts are not."""
    return [*lines, t("money.not_spent", lang).replace("**", ""), t("money.source", lang)]


def found_gemeente(
    gm_code: str, spec: NeedSpec, table: pd.DataFrame, ranked: pd.DataFrame, lang: str
) -> None:
    """What the page says about the gemeente found: its figure, its class on the need map, its place in the list,
    its Brede SPUK (said plainly not to be spent on the initiatives), and a link to its profile."""
    rows = table[table["gm_code"] == gm_code]
    if rows.empty:
        return
    row = rows.iloc[0]
    lines = [
        components.say(
            "nood.find.result",
            lang,
            naam=str(row["gm_naam"]),
            indicator=indicator_title(spec.indicator, lang),
            value=format_value(spec.indicator, row["waarde"], lang),
            klasse=t(f"need.class.{row['klasse']}", lang),
        )
    ]
    rank = ranked.loc[ranked["gm_code"] == gm_code, "rang"].tolist()
    if rank:
        lines.append(t("nood.find.rank", lang, rank=int(rank[0]), n=len(ranked)))
    money_data = data.money_data()
    year = SPUK_YEARS[0]
    area = money.area_money(money_data.spuk, money_data.context, (gm_code,))
    lines.append(
        t(
            "nood.find.spuk",
            lang,
            year=year,
            total=money.euros(area.euros[year], lang),
            per=money.euros(area.per("inwoner", year), lang, 2),
        )
    )
    st.info("  \n".join(lines), icon=":material/location_on:")
    st.page_link(
        "app_pages/mijn_regio.py",
        label=components.say("nood.find.profile", lang, naam=str(row["gm_naam"])),
        icon=":material/location_city:",
    )
