"""The gemeente profile's sections beyond cooperation: inhabitants and need, money beside cooperation (Brede
SPUK, SPUK IZA) and the similar gemeenten. Drawing only: the figures come from ``analysis.money``,
``analysis.similar`` and ``render.profile``; the files from ``export.profile_files``.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from dashboard.analysis import money
from dashboard.analysis import region_profile as rp
from dashboard.analysis.similar import CRITERIA, N_SIMILAR, similar_gemeenten
from dashboard.core.filters import Filters
from dashboard.export import profile_files
from dashboard.i18n import t, tn
from dashboard.i18n.formats import fmt_int, fmt_pct
from dashboard.ingest.money import SPUK_YEARS
from dashboard.render import profile as profile_render
from dashboard.render.tables import for_display
from dashboard.ui import components, data
from dashboard.ui.data import Dataset, FilterState
from dashboard.ui.gala_components import table_source
from dashboard.ui.sidebar import prefixed_text

# The year the similar-gemeenten table and the profile's metric show (2026 is still subject to the budget).
SHOWN_YEAR = SPUK_YEARS[0]
esc = components.escape_markdown


def _whole_height(rows: int) -> int:
    """A table's height in pixels with every row in view (Streamlit scrolls inside after about ten)."""
    return 38 + 35 * rows


METRICS_PER_ROW = 3  # a figure such as "24.089 (26%)" stays whole on a 1366 px laptop


def _metrics(items: list[tuple[str, str]]) -> None:
    for start in range(0, len(items), METRICS_PER_ROW):
        row = items[start : start + METRICS_PER_ROW]
        for column, (label_text, value) in zip(st.columns(METRICS_PER_ROW), row, strict=False):
            column.metric(label_text, value)


def population_section(profile: rp.Profile, lang: str) -> None:
    """Inhabitants, 65-plussers, one-person households, density and Brede SPUK per inwoner of the chosen
    gemeente (and its young-adult health beside the gemeenten's median), or a region's totals."""
    features = data.gemeente_features().set_index("gm_code")
    money_data = data.money_data()
    codes = (profile.gm_code,) if profile.gm_code is not None else profile.members
    area = money.area_money(money_data.spuk, money_data.context, codes)
    km2 = float(features.loc[list(codes), "oppervlakte_km2"].sum())
    if profile.gm_code is not None:
        st.subheader(t("profile.population.title", lang))
        share_single = features["pct_eenpersoonshuishoudens"].to_dict()[profile.gm_code]
    else:
        region = rp.place_name("regio", profile.regio_naam, lang)
        st.subheader(components.say("profile.region.title", lang, regio=region), anchor=False)
        share_single = None
    share_65 = 100.0 * area.inwoners_65plus / area.inwoners if area.inwoners else None
    items = [
        (t("profile.metric.inwoners", lang), fmt_int(area.inwoners, lang)),
        (
            t("profile.metric.65plus", lang),
            t(
                "profile.metric.65plus.value",
                lang,
                n=fmt_int(area.inwoners_65plus, lang),
                pct=fmt_pct(share_65, lang, 0),
            ),
        ),
        (t("profile.metric.dichtheid", lang), fmt_int(area.inwoners / km2 if km2 else None, lang)),
        (
            t("profile.metric.spuk", lang, year=SHOWN_YEAR),
            money.euros(area.per("inwoner", SHOWN_YEAR), lang, 2),
        ),
    ]
    if share_single is not None:
        items.insert(
            2,
            (
                t("profile.metric.eenpersoons", lang),
                fmt_pct(float(share_single), lang, 0),
            ),
        )
    _metrics(items)
    st.caption(t("profile.population.note", lang))
    if profile.gm_code is None:
        return
    context = money_data.context
    st.markdown(f"**{t('profile.health.title', lang)}**")
    health = profile_render.health_table(context, profile.gm_code, lang)
    st.dataframe(
        for_display(health, lang), hide_index=True, width="stretch", height=_whole_height(len(health))
    )
    st.caption(t("profile.health.note", lang))


def _places(profile: rp.Profile, gemeenten: pd.DataFrame, lang: str) -> list[money.Place]:
    """The chosen place, its region (for a gemeente), its provincie(s), and Nederland."""
    places = []
    if profile.gm_code is not None:
        places.append(money.Place(rp.place_name("gemeente", profile.naam, lang), (profile.gm_code,)))
    places.append(money.Place(rp.place_name("regio", profile.regio_naam, lang), profile.members))
    own = gemeenten[gemeenten["gm_code"].isin((profile.gm_code,) if profile.gm_code else profile.members)]
    for code, name in sorted(set(zip(own["pv_code"], own["pv_naam"], strict=True))):
        members = tuple(gemeenten.loc[gemeenten["pv_code"] == code, "gm_code"])
        places.append(money.Place(rp.place_name("provincie", name, lang), members))
    places.append(money.Place(t("chart.nl", lang), tuple(gemeenten["gm_code"])))
    return places


def _money_table(state: FilterState, places: tuple[money.Place, ...], lang: str) -> pd.DataFrame:
    money_data = data.money_data()
    return money.money_table(places, money_data.spuk, money_data.context, state.records, lang)


def money_section(profile: rp.Profile, filters: Filters, dataset: Dataset, lang: str) -> None:
    """The Brede SPUK of the place, its region, provincie and NL beside their initiatives and afstemming;
    the IZA regions whose mandaatgemeente lies here; and the SPUK IZA table with its caveat."""
    gemeenten = data.gemeenten_table()
    money_data = data.money_data()
    place = rp.place_name(profile.choice.kind, profile.naam, lang)
    st.subheader(t("money.title", lang))
    st.markdown(t("money.intro", lang))
    table = data.derived(dataset, filters, _money_table, tuple(_places(profile, gemeenten, lang)), lang)
    st.dataframe(for_display(table, lang), hide_index=True, width="stretch")
    st.caption(t("money.note", lang) + "  \n" + t("money.source", lang))
    components.offer_download(
        None,
        t("money.download", lang),
        profile_files.money_download(
            table,
            place,
            f"brede_spuk_{profile.choice.code}",
            table_source(dataset, filters, gemeenten, lang),
            lang,
        ),
        key="mr_money_download",
    )
    codes = (profile.gm_code,) if profile.gm_code is not None else profile.members
    mandates = money.mandates_in(money_data.iza, codes)
    st.markdown(f"**{t('money.iza.title', lang)}**")
    if profile.gm_code is not None and len(mandates):
        row = mandates.iloc[0]
        st.info(
            components.say(
                "money.iza.mandate.gemeente",
                lang,
                naam=profile.naam,
                regio=row["iza_regio"],
                y1=SPUK_YEARS[0],
                b1=money.euros(row[f"spuk_iza_{SPUK_YEARS[0]}_eur"], lang),
                y2=SPUK_YEARS[1],
                b2=money.euros(row[f"spuk_iza_{SPUK_YEARS[1]}_eur"], lang),
            ),
            icon=":material/account_balance:",
        )
    elif profile.gm_code is None and len(mandates):
        lines = ["- " + esc(money.iza_line(row, lang)) for _, row in mandates.iterrows()]
        intro = tn("money.iza.mandates", len(mandates), lang, area=esc(place))
        st.markdown(intro + "\n" + "\n".join(lines))
    iza_table(lang, expander=True)


def iza_table(lang: str, *, expander: bool = False) -> None:
    """All IZA regions with their mandaatgemeente and SPUK IZA, the caveat first; in an expander on Mijn regio,
    open on the regions page."""
    iza = data.money_data().iza
    box = (
        st.expander(tn("money.iza.expander", len(iza), lang), icon=":material/account_balance:")
        if expander
        else st.container()
    )
    with box:
        st.warning(t("money.iza.caveat", lang), icon=":material/info:")
        shown = money.iza_display(iza, lang)
        st.dataframe(for_display(shown, lang), hide_index=True, width="stretch")
        totals = money.iza_totals(iza)
        st.caption(
            t(
                "money.iza.totals",
                lang,
                n=len(iza),
                y1=SPUK_YEARS[0],
                b1=money.euros(totals[SPUK_YEARS[0]], lang),
                y2=SPUK_YEARS[1],
                b2=money.euros(totals[SPUK_YEARS[1]], lang),
            )
            + "  \n"
            + t("money.source", lang)
        )
        components.offer_download(
            None,
            t("money.iza.download", lang),
            profile_files.iza_download(shown, lang),
            key=f"iza_download_{'mr' if expander else 'regios'}",
        )


def _similar_frame(
    state: FilterState, gm_code: str, criteria: tuple[str, ...], year: int, lang: str
) -> pd.DataFrame:
    """The chosen gemeente and its nearest, with their initiatives under the filter state (empty: no list)."""
    features = data.gemeente_features()
    ranked = similar_gemeenten(features, gm_code, criteria)
    if ranked.empty:
        return ranked
    money_data = data.money_data()
    return profile_render.similar_frame(
        features, ranked, gm_code, state.records, money_data.spuk, money_data.context, data.gemeenten_table(),
        year, lang,
    )  # fmt: skip


def similar_section(gm_code: str, filters: Filters, dataset: Dataset, lang: str) -> None:
    """The 10 gemeenten most like the chosen one on the criteria switched on, beside it."""
    features = data.gemeente_features()
    gemeenten = data.gemeenten_table()
    name = str(features.set_index("gm_code").at[gm_code, "gm_naam"])
    st.subheader(t("similar.title", lang))
    st.markdown(components.say("similar.intro", lang, n=N_SIMILAR, naam=name))
    components.widget_default("mr_vergelijk_op", list(CRITERIA))
    criteria = st.pills(
        t("similar.criteria", lang),
        list(CRITERIA),
        key="mr_vergelijk_op",
        selection_mode="multi",
        format_func=partial(prefixed_text, "similar.criterion.", lang=lang),
        wrap=True,
    )
    chosen = [c for c in CRITERIA if c in (criteria or [])]
    if not chosen:
        st.info(t("similar.none_chosen", lang), icon=":material/tune:")
        return
    frame = data.derived(dataset, filters, _similar_frame, gm_code, tuple(chosen), SHOWN_YEAR, lang)
    if frame.empty:
        st.info(components.say("similar.empty", lang, naam=name))
        return
    shown, formatters = profile_render.similar_table(frame, SHOWN_YEAR, lang)
    st.dataframe(
        for_display(shown, lang, formatters),  # type: ignore[arg-type]
        hide_index=True,
        width="stretch",
        height=_whole_height(len(shown)),
    )
    st.caption(t("similar.method", lang) + "  \n" + t("profile.population.note", lang))
    components.offer_download(
        None,
        t("similar.download", lang),
        profile_files.similar_download(
            frame, chosen, SHOWN_YEAR, table_source(dataset, filters, gemeenten, lang), lang
        ),
        key="mr_similar_download",
    )
