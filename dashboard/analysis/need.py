"""Need beside offer (pure): where a context figure is high and the filtered initiatives offer nothing for it.

A gemeente "needs" when its published figure passes the user's threshold; a gemeente whose figure is not
published is never counted as needing or not needing (it is shown as "niet gepubliceerd"). The offer is any
filtered initiative covering the gemeente that offers one of the chosen interventions (none chosen: any
initiative) at or above the chosen collaboration level ("onbekend" is below every level, because it is not a
level). An offer only at wijk level is kept apart: it is some offer, but not for the whole gemeente.

Per capita: initiatives per 100,000 inwoners and the share of inwoners living in a gemeente covered, at
gemeente level or wider, by an initiative at or above a level, per VNG–ZN region or provincie.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import pandas as pd

from dashboard.analysis.areas import coverage, gemeente_summary
from dashboard.core.filters import Filters
from dashboard.core.schema import AFSTEMMING_LEVELS, LEVEL_RANK
from dashboard.i18n import label, t, tn
from dashboard.i18n.formats import fmt_int
from dashboard.ingest.context import INDICATORS, decimals, format_value

Direction = Literal["ge", "le"]
By = Literal["regio", "provincie"]
DIRECTIONS: Final[tuple[Direction, ...]] = ("ge", "le")
BY_AREAS: Final[tuple[By, ...]] = ("regio", "provincie")

# Class codes of a gemeente in the need-vs-offer view (also the map classes).
NEED_NO_OFFER: Final = "nood_geen_aanbod"
NEED_WIJK_ONLY: Final = "nood_alleen_wijk"
NEED_OFFER: Final = "nood_met_aanbod"
NO_HIGH_NEED: Final = "geen_hoge_nood"
NOT_PUBLISHED: Final = "niet_gepubliceerd"
NEED_CLASSES: Final = (NEED_NO_OFFER, NEED_WIJK_ONLY, NEED_OFFER, NO_HIGH_NEED, NOT_PUBLISHED)

OFFER_YES: Final = "ja"
OFFER_WIJK_ONLY: Final = "alleen_wijk"
OFFER_NONE: Final = "nee"

PER_100K: Final = 100_000
NATIONAL_CODE: Final = "NL"
NATIONAL_NAME: Final = "Nederland"


@dataclass(frozen=True)
class NeedSpec:
    """What counts as need (indicator, threshold, direction) and what counts as offer."""

    indicator: str
    threshold: float
    direction: Direction = "ge"
    interventions: tuple[str, ...] = ()
    min_level: str | None = None

    def __post_init__(self) -> None:
        if self.indicator not in INDICATORS:
            raise ValueError(f"unknown indicator: {self.indicator}")
        if self.min_level is not None and self.min_level not in LEVEL_RANK:
            raise ValueError(f"not a ranked level: {self.min_level}")


@dataclass(frozen=True)
class Scenario:
    """A ready-made question; its default threshold is a quantile over all published gemeenten."""

    indicator: str
    interventions: tuple[str, ...] = ()
    min_level: str | None = None
    quantile: float | None = 0.75
    threshold: float = 0.0


SCENARIOS: Final[dict[str, Scenario]] = {
    # Top quartile of % 65+ without valpreventie.
    "ouderen_valpreventie": Scenario("pct_65plus", ("valpreventie",)),
    # Top quartile of young-adult overweight without GLI or an offer for children with overweight.
    "overgewicht_gli": Scenario("pct_overgewicht", ("gli", "kinderen_overgewicht")),
    # Every gemeente without afstemming (levels 5–6), ranked and summed by inwoners.
    "afstemming": Scenario("inwoners", min_level=AFSTEMMING_LEVELS[0], quantile=None, threshold=0.0),
}


def direction_of(indicator: str) -> Direction:
    return "ge" if INDICATORS[indicator].higher_is_need else "le"


def default_threshold(
    context: pd.DataFrame, indicator: str, direction: Direction = "ge", quantile: float = 0.75
) -> float:
    """The ``quantile`` (the top quartile's lower bound by default) of the published values, rounded as shown."""
    values = context[indicator].dropna()
    if values.empty:
        return 0.0
    q = quantile if direction == "ge" else 1 - quantile
    return round(float(values.quantile(q)), decimals(indicator))


def scenario_spec(name: str, context: pd.DataFrame, threshold: float | None = None) -> NeedSpec:
    scenario = SCENARIOS[name]
    direction = direction_of(scenario.indicator)
    if threshold is None:
        threshold = (
            scenario.threshold
            if scenario.quantile is None
            else default_threshold(context, scenario.indicator, direction, scenario.quantile)
        )
    return NeedSpec(
        scenario.indicator, float(threshold), direction, scenario.interventions, scenario.min_level
    )


# --------------------------------------------------------------------------------------------------------------
# Offer and need per gemeente


def offers(
    records: pd.DataFrame, interventions: Iterable[str] = (), min_level: str | None = None
) -> pd.Series:
    """Per record row: does it count as offer (one of ``interventions``, level at least ``min_level``)?"""
    mask = pd.Series(True, index=records.index)
    wanted = set(interventions)
    if wanted:
        mask &= records["interventies"].map(lambda values: bool(wanted.intersection(values))).astype(bool)
    if min_level is not None:
        floor = LEVEL_RANK[min_level]
        mask &= (
            records["samenwerkingsniveau"].map(lambda level: LEVEL_RANK.get(level, 0) >= floor).astype(bool)
        )
    return mask


def offer_by_gemeente(
    records: pd.DataFrame,
    gm_codes: Iterable[str],
    interventions: Iterable[str] = (),
    min_level: str | None = None,
) -> pd.DataFrame:
    """gm_code, n_aanbod (offering initiatives, any reach) and aanbod ("ja", "alleen_wijk" or "nee")."""
    codes = list(gm_codes)
    cov = coverage(records[offers(records, interventions, min_level)])
    wide = cov[cov["reikwijdte"] != "wijk"]
    n_all = cov.groupby("gm_code")["id"].size().reindex(codes, fill_value=0)
    n_wide = wide.groupby("gm_code")["id"].size().reindex(codes, fill_value=0)
    aanbod = np.where(n_wide > 0, OFFER_YES, np.where(n_all > 0, OFFER_WIJK_ONLY, OFFER_NONE))
    return pd.DataFrame({"gm_code": codes, "n_aanbod": n_all.to_numpy(), "aanbod": aanbod})


def is_high(values: pd.Series, spec: NeedSpec) -> pd.Series:
    """Published and past the threshold; a missing value is never high (nor low)."""
    passed = values >= spec.threshold if spec.direction == "ge" else values <= spec.threshold
    return passed & values.notna()


def need_table(
    spec: NeedSpec, records: pd.DataFrame, context: pd.DataFrame, gemeenten: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per gemeente (those in ``gemeenten`` when given, else all in ``context``) with its class.

    Columns: gm_code, gm_naam, regio_naam, pv_naam (when ``gemeenten`` has them), waarde, inwoners,
    inwoners_65plus_est, gepubliceerd, hoge_nood, n_initiatieven, hoogste_niveau, n_aanbod, aanbod, klasse.
    """
    base = pd.DataFrame(
        {
            "gm_code": context["gm_code"],
            "gm_naam": context["gm_naam"],
            "waarde": context[spec.indicator],
            "inwoners": context["inwoners"],
            "inwoners_65plus_est": context["inwoners_65plus_est"],
        }
    )
    if gemeenten is not None:
        regions = [c for c in ("regio_naam", "pv_naam") if c in gemeenten.columns]
        base = gemeenten[["gm_code", *regions]].merge(base, on="gm_code", how="left", validate="one_to_one")
        base = base[["gm_code", "gm_naam", *regions, "waarde", "inwoners", "inwoners_65plus_est"]]
    codes = base["gm_code"]
    summary = gemeente_summary(records, codes).set_index("gm_code")
    offer = offer_by_gemeente(records, codes, spec.interventions, spec.min_level).set_index("gm_code")
    out = base.reset_index(drop=True)
    out["gepubliceerd"] = out["waarde"].notna()
    out["hoge_nood"] = is_high(out["waarde"], spec)
    out["n_initiatieven"] = summary["n_initiatieven"].reindex(codes).to_numpy()
    out["hoogste_niveau"] = summary["hoogste_niveau"].reindex(codes).to_numpy()
    out["n_aanbod"] = offer["n_aanbod"].reindex(codes).to_numpy()
    out["aanbod"] = offer["aanbod"].reindex(codes).to_numpy()
    out["klasse"] = np.select(
        [
            ~out["gepubliceerd"],
            ~out["hoge_nood"],
            out["aanbod"] == OFFER_NONE,
            out["aanbod"] == OFFER_WIJK_ONLY,
        ],
        [NOT_PUBLISHED, NO_HIGH_NEED, NEED_NO_OFFER, NEED_WIJK_ONLY],
        default=NEED_OFFER,
    )
    return out


def ranked_missing(table: pd.DataFrame, spec: NeedSpec) -> pd.DataFrame:
    """The gemeenten with high need and no offer, most need first (then most inwoners), numbered from 1."""
    missing = table[table["klasse"] == NEED_NO_OFFER]
    ascending = spec.direction == "le"
    ranked = missing.sort_values(
        ["waarde", "inwoners", "gm_naam"],
        ascending=[ascending, False, True],
        kind="stable",
        ignore_index=True,
    )
    ranked.insert(0, "rang", range(1, len(ranked) + 1))
    return ranked


@dataclass(frozen=True)
class NeedCounts:
    gemeenten: int
    published: int
    high: int
    missing: int
    wijk_only: int
    inwoners_missing: float
    inwoners_high: float


def need_counts(table: pd.DataFrame) -> NeedCounts:
    missing = table["klasse"] == NEED_NO_OFFER
    return NeedCounts(
        gemeenten=len(table),
        published=int(table["gepubliceerd"].sum()),
        high=int(table["hoge_nood"].sum()),
        missing=int(missing.sum()),
        wijk_only=int((table["klasse"] == NEED_WIJK_ONLY).sum()),
        inwoners_missing=float(table.loc[missing, "inwoners"].sum()),
        inwoners_high=float(table.loc[table["hoge_nood"], "inwoners"].sum()),
    )


# --------------------------------------------------------------------------------------------------------------
# Saying in words what is shown


def _op(spec: NeedSpec) -> str:
    return "≥" if spec.direction == "ge" else "≤"


def is_trivial(spec: NeedSpec) -> bool:
    """A threshold every gemeente passes (e.g. "≥ 0 inwoners") is left out of the sentence."""
    return spec.direction == "ge" and spec.threshold <= 0


def condition_text(spec: NeedSpec, lang: str = "nl") -> str:
    """e.g. "≥ 25% 65-plussers"; empty when the threshold selects every gemeente."""
    if is_trivial(spec):
        return ""
    value = format_value(spec.indicator, spec.threshold, lang)
    return t(f"need.cond.{spec.indicator}", lang, op=_op(spec), value=value)


def offer_text(spec: NeedSpec, lang: str = "nl") -> str:
    """e.g. "valpreventie", "GLI of aanbod voor kinderen met overgewicht", "afstemming (...)"."""
    names = [t(f"need.offer.{code}", lang) for code in spec.interventions]
    what = t("need.or", lang).join(names)
    if spec.min_level is None:
        return what or t("need.offer.any", lang)
    if spec.min_level == AFSTEMMING_LEVELS[0]:
        return t("need.offer.with_afstemming", lang, offer=what) if what else t("need.offer.afstemming", lang)
    level = label("level", spec.min_level, lang)
    if what:
        return t("need.offer.with_level", lang, offer=what, level=level)
    return t("need.offer.level", lang, level=level)


def need_sentence(spec: NeedSpec, counts: NeedCounts, lang: str = "nl", scope: str | None = None) -> str:
    """What the table and map show, in one or a few plain sentences."""
    condition = condition_text(spec, lang)
    text = tn(
        "need.sentence",
        counts.missing,
        lang,
        condition=t("need.with", lang, condition=condition) if condition else "",
        offer=offer_text(spec, lang),
        inwoners=fmt_int(counts.inwoners_missing, lang),
    )
    if scope:
        text = t("need.scope", lang, scope=scope, text=text)
    for key, n in (
        ("need.sentence.wijk", counts.wijk_only),
        ("need.sentence.unpublished", counts.gemeenten - counts.published),
    ):
        if n:
            text += " " + tn(key, n, lang)
    return text


# --------------------------------------------------------------------------------------------------------------
# Scope (the sidebar's provincie/region filter)


def scope_gemeenten(gemeenten: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The gemeenten inside the provincies and regions of ``filters`` (both when both are set; all if none)."""
    mask = pd.Series(True, index=gemeenten.index)
    if filters.provincies:
        mask &= gemeenten["pv_code"].isin(filters.provincies)
    if filters.regios:
        mask &= gemeenten["regio_code"].isin(filters.regios)
    return gemeenten.loc[mask]


def scope_name(filters: Filters, gemeenten: pd.DataFrame, lang: str = "nl") -> str | None:
    """e.g. "VNG–ZN-regio Twente" or "provincie Utrecht"; None for the whole country."""
    parts = []
    for field, code_col, key in (
        ("provincies", "pv_code", "need.scope.provincie"),
        ("regios", "regio_code", "need.scope.regio"),
    ):
        codes = getattr(filters, field)
        if codes:
            names = gemeenten.drop_duplicates(code_col).set_index(code_col).reindex(list(codes))
            name_col = code_col.replace("_code", "_naam")
            parts.append(t(key, lang, names=", ".join(names[name_col].dropna())))
    return t("need.and", lang).join(parts) if parts else None


# --------------------------------------------------------------------------------------------------------------
# Per capita


def _covered(records: pd.DataFrame, min_level: str | None) -> set[str]:
    """Gemeenten covered at gemeente level or wider by an initiative at least ``min_level`` (None: any)."""
    cov = coverage(records[offers(records, (), min_level)])
    return set(cov.loc[cov["reikwijdte"] != "wijk", "gm_code"])


def per_capita_by(
    records: pd.DataFrame,
    context: pd.DataFrame,
    gemeenten_table: pd.DataFrame,
    by: By = "regio",
    min_level: str | None = None,
    *,
    with_total: bool = False,
) -> pd.DataFrame:
    """Per VNG–ZN region or provincie: inwoners, initiatives, initiatives per 100,000 inwoners, coverage.

    Columns: code, naam, n_gemeenten, inwoners, n_initiatieven (record rows touching a gemeente there; an
    initiative spanning two regions counts in both), per_100k, inwoners_gedekt (inwoners of gemeenten covered
    at gemeente level or wider by an initiative at level ≥ ``min_level``; None: any initiative, even of
    unknown level), pct_gedekt. With ``with_total`` a last row "NL" counts each initiative once.
    """
    code_col = "regio_code" if by == "regio" else "pv_code"
    name_col = code_col.replace("_code", "_naam")
    gm = gemeenten_table[["gm_code", code_col, name_col]].merge(
        context[["gm_code", "inwoners"]], on="gm_code", how="left", validate="one_to_one"
    )
    gm["gedekt"] = gm["gm_code"].isin(_covered(records, min_level))
    gm["inwoners_gedekt"] = gm["inwoners"].where(gm["gedekt"], 0.0)
    touched = (
        records.reset_index(drop=True)["gemeenten"]
        .explode()
        .dropna()
        .rename("gm_code")
        .rename_axis("row")
        .reset_index()
        .merge(gm[["gm_code", code_col]], on="gm_code", how="inner")
    )
    n_init = touched.drop_duplicates(["row", code_col]).groupby(code_col)["row"].size()
    grouped = gm.groupby(code_col, sort=False)
    out = pd.DataFrame(
        {
            "naam": grouped[name_col].first(),
            "n_gemeenten": grouped["gm_code"].size(),
            "inwoners": grouped["inwoners"].sum(min_count=1),
            "n_initiatieven": n_init.reindex(grouped[name_col].first().index, fill_value=0),
            "inwoners_gedekt": grouped["inwoners_gedekt"].sum(min_count=1),
        }
    )
    out.index.name = "code"
    out = out.reset_index()
    if with_total:
        total = {
            "code": NATIONAL_CODE,
            "naam": NATIONAL_NAME,
            "n_gemeenten": len(gm),
            "inwoners": gm["inwoners"].sum(min_count=1),
            "n_initiatieven": touched["row"].nunique(),
            "inwoners_gedekt": gm["inwoners_gedekt"].sum(min_count=1),
        }
        out = out.sort_values("naam", key=lambda s: s.str.casefold(), ignore_index=True)
        out = pd.concat([out, pd.DataFrame([total])], ignore_index=True)
    else:
        out = out.sort_values("naam", key=lambda s: s.str.casefold(), ignore_index=True)
    out["n_initiatieven"] = out["n_initiatieven"].astype(int)
    out["per_100k"] = out["n_initiatieven"] / out["inwoners"] * PER_100K
    out["pct_gedekt"] = out["inwoners_gedekt"] / out["inwoners"] * 100
    return out[
        [
            "code",
            "naam",
            "n_gemeenten",
            "inwoners",
            "n_initiatieven",
            "per_100k",
            "inwoners_gedekt",
            "pct_gedekt",
        ]
    ]


# The "any level" option of a "level at least" chooser: a real option, because Streamlit shows a None value as
# its (English) placeholder instead of an option text.
ANY_LEVEL: Final = "alle"


def min_level_of(choice: str | None) -> str | None:
    """The chooser's value as a level for NeedSpec (None: any level)."""
    return None if choice in (None, ANY_LEVEL) else choice
