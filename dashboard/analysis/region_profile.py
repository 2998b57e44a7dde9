"""A gemeente's or VNG–ZN region's profile (pure): where it sits, its initiatives, how it compares with the
Netherlands and where the gaps are.

An initiative counts in the region when it touches at least one gemeente of it (the same rule as the sidebar's
region filter), so an initiative spanning two regions counts in both and once nationally.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

import pandas as pd

from dashboard.analysis import chart_data
from dashboard.analysis.aggregate import pct
from dashboard.analysis.areas import coverage
from dashboard.core import schema
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_pct

Kind = Literal["gemeente", "regio"]
GapKind = Literal["geen_initiatief", "geen_afstemming", "zonder_interventie"]
GAP_KINDS: Final[tuple[GapKind, ...]] = ("geen_initiatief", "geen_afstemming", "zonder_interventie")


@dataclass(frozen=True)
class Choice:
    kind: Kind
    code: str


@dataclass(frozen=True)
class Profile:
    """Where a gemeente or region sits. For a region, provincies and GGD-regio's may be several."""

    choice: Choice
    naam: str
    regio_code: str
    regio_naam: str
    zorgverzekeraar: str
    provincies: tuple[str, ...]
    ggd_regios: tuple[str, ...]
    members: tuple[str, ...]  # gm codes of the region, by name

    @property
    def gm_code(self) -> str | None:
        return self.choice.code if self.choice.kind == "gemeente" else None


def choice_from_state(
    selected_gm: object, regios: object, gm_codes: Collection[str], regio_codes: Collection[str]
) -> Choice | None:
    """The page's choice from the shared state the URL layer keeps (``?gemeente=`` is the selected gemeente,
    ``?regio=`` the sidebar's region filter): a valid selected gemeente wins, else a single filtered region."""
    if isinstance(selected_gm, str) and selected_gm in gm_codes:
        return Choice("gemeente", selected_gm)
    if isinstance(regios, list | tuple) and len(regios) == 1 and regios[0] in regio_codes:
        return Choice("regio", str(regios[0]))
    return None


def decode_choice(value: object, gm_codes: Collection[str], regio_codes: Collection[str]) -> Choice | None:
    """A selectbox value (a gemeente or a region code; the two never collide) as a Choice."""
    if isinstance(value, str) and value in gm_codes:
        return Choice("gemeente", value)
    if isinstance(value, str) and value in regio_codes:
        return Choice("regio", value)
    return None


def state_for_choice(
    choice: Choice | None, regios: Sequence[str], gemeenten: pd.DataFrame
) -> tuple[str | None, list[str]]:
    """(selected gemeente, sidebar region filter) that make the shared state show ``choice``.

    A region is shown as the region filter (so the link reads ``?regio=ZK02``); a gemeente as the selected
    gemeente, dropping a region filter that would hide it.
    """
    if choice is None:
        return None, list(regios)
    if choice.kind == "regio":
        return None, [choice.code]
    own = gemeenten.loc[gemeenten["gm_code"] == choice.code, "regio_code"]
    keep = not regios or (len(own) and own.iloc[0] in regios)
    return choice.code, list(regios) if keep else []


def state_for_provincie(code: str) -> tuple[str | None, list[str], list[str]]:
    """(selected gemeente, region filter, provincie filter) that make the shared state show provincie ``code``:
    like a region, a provincie is shown as its filter (``?provincie=PV31``) and replaces the gemeente and the
    region chosen before (a region outside it would leave an empty map)."""
    return None, [], [code]


def provincies_showing(choice: Choice, provincies: Sequence[str], gemeenten: pd.DataFrame) -> list[str]:
    """The sidebar's provincie filter once ``choice`` is shown: kept when it holds the whole chosen place,
    dropped when it would hide (part of) it."""
    if not provincies:
        return []
    column = "gm_code" if choice.kind == "gemeente" else "regio_code"
    place = gemeenten.loc[gemeenten[column] == choice.code, "pv_code"]
    return list(provincies) if set(place) <= set(provincies) else []


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values), key=str.casefold))


def profile(gemeenten: pd.DataFrame, choice: Choice) -> Profile:
    """The profile of a chosen gemeente (with its region) or region; raises KeyError for an unknown code."""
    if choice.kind == "gemeente":
        rows = gemeenten[gemeenten["gm_code"] == choice.code]
        if rows.empty:
            raise KeyError(choice.code)
        regio_code = str(rows["regio_code"].iloc[0])
    else:
        regio_code = choice.code
    region = gemeenten[gemeenten["regio_code"] == regio_code].sort_values(
        "gm_naam", key=lambda s: s.str.casefold()
    )
    if region.empty:
        raise KeyError(regio_code)
    own = rows if choice.kind == "gemeente" else region
    first = region.iloc[0]
    return Profile(
        choice=choice,
        naam=str(own["gm_naam"].iloc[0]) if choice.kind == "gemeente" else str(first["regio_naam"]),
        regio_code=regio_code,
        regio_naam=str(first["regio_naam"]),
        zorgverzekeraar=str(first["zorgverzekeraar"]),
        provincies=_distinct(own["pv_naam"]),
        ggd_regios=_distinct(own["ggd_naam"]),
        members=tuple(region["gm_code"]),
    )


def touching(records: pd.DataFrame, gm_codes: Iterable[str]) -> pd.DataFrame:
    """The records covering at least one of ``gm_codes`` (each record once, however many it covers)."""
    wanted = set(gm_codes)
    if records.empty:
        return records
    return records[records["gemeenten"].map(lambda codes: bool(wanted.intersection(codes))).astype(bool)]


def gaps(
    records: pd.DataFrame,
    gemeenten_table: pd.DataFrame,
    regio_code: str,
    kind: GapKind,
    intervention: str | None = None,
) -> pd.DataFrame:
    """Gemeenten of the region (gm_code, gm_naam, by name) where no filtered initiative

    - ``geen_initiatief``: covers them at all (wijk initiatives count: the gemeente has one);
    - ``geen_afstemming``: covers them at level 5 or 6 (informal or formal agreements);
    - ``zonder_interventie``: covers them and offers ``intervention``.
    """
    if kind not in GAP_KINDS:
        raise ValueError(f"unknown gap kind: {kind}")
    if kind == "zonder_interventie" and intervention not in schema.INTERVENTION_VOCABULARY:
        raise ValueError(
            f"zonder_interventie needs one of {schema.INTERVENTION_VOCABULARY}, not {intervention!r}"
        )
    members = gemeenten_table.loc[gemeenten_table["regio_code"] == regio_code, ["gm_code", "gm_naam"]]
    cov = coverage(records) if len(records) else pd.DataFrame(columns=["gm_code"])
    if kind == "geen_afstemming" and len(cov):
        cov = cov[cov["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS)]
    elif kind == "zonder_interventie" and len(cov):
        cov = cov[cov["interventies"].map(lambda values: intervention in values).astype(bool)]
    covered = set(cov["gm_code"])
    out = members[~members["gm_code"].isin(covered)]
    return out.sort_values("gm_naam", key=lambda s: s.str.casefold(), ignore_index=True)


def _share(n: int, base: int, lang: str) -> str:
    return t("mijnregio.share", lang, n=n, base=base, pct=fmt_pct(pct(n, base), lang))


def comparison_table(
    region_records: pd.DataFrame,
    nl_records: pd.DataFrame,
    members: Collection[str],
    region_name: str,
    lang: str = "nl",
    all_gemeenten: Collection[str] = (),
) -> pd.DataFrame:
    """Headline numbers of the region next to Nederland's, as display text (one row per figure).

    ``all_gemeenten`` (every gm code) gives Nederland's share of gemeenten with an initiative; without it that
    cell is a dash.
    """
    region, nl = chart_data.key_figures(region_records), chart_data.key_figures(nl_records)

    def covered(records: pd.DataFrame, codes: Collection[str]) -> int:
        found = set(coverage(records)["gm_code"]) if len(records) else set()
        return len(found.intersection(codes))

    nl_covered = (
        _share(covered(nl_records, all_gemeenten), len(all_gemeenten), lang) if all_gemeenten else "–"
    )
    rows = [
        (t("mijnregio.kf.n", lang), str(len(region_records)), str(len(nl_records))),
        (
            t("mijnregio.kf.covered", lang),
            _share(covered(region_records, members), len(members), lang),
            nl_covered,
        ),
    ]
    for key in ("afstemming", "coalitie", "interventie"):
        rows.append(
            (
                t(f"mijnregio.kf.{key}", lang),
                _share(*region[key][:2], lang),
                _share(*nl[key][:2], lang),
            )
        )
    return pd.DataFrame(rows, columns=[t("mijnregio.kf.col", lang), region_name, t("chart.nl", lang)])


def place_name(kind: str, name: str, lang: str = "nl") -> str:
    """ "Gemeente Utrecht", "Regio Utrecht": a heading or column that says which of two namesakes is meant."""
    return t(f"place.{kind}", lang, naam=name)


def scope_records(records: pd.DataFrame, profile: Profile) -> pd.DataFrame:
    """The records of the chosen place itself: the gemeente's own initiatives, or the region's."""
    if profile.gm_code is not None:
        return touching(records, (profile.gm_code,))
    return touching(records, profile.members)


def profile_comparison(
    filtered: pd.DataFrame,
    nl_records: pd.DataFrame,
    profile: Profile,
    all_gemeenten: Collection[str],
    lang: str = "nl",
) -> pd.DataFrame:
    """The chosen place next to Nederland: a gemeente's own figures, then its region's (labelled as the region),
    then Nederland's; a region's figures next to Nederland's. The page and the PDF both show this table."""
    columns: list[tuple[str, pd.DataFrame, Collection[str]]] = []
    if profile.gm_code is not None:
        columns.append(
            (
                place_name("gemeente", profile.naam, lang),
                touching(filtered, (profile.gm_code,)),
                (profile.gm_code,),
            )
        )
    columns.append(
        (place_name("regio", profile.regio_naam, lang), touching(filtered, profile.members), profile.members)
    )
    columns.append((t("chart.nl", lang), nl_records, tuple(all_gemeenten)))
    return _figures_table(columns, lang)


def _covered(records: pd.DataFrame, codes: Collection[str]) -> int:
    found = set(coverage(records)["gm_code"]) if len(records) else set()
    return len(found.intersection(codes))


def _figures_table(columns: Sequence[tuple[str, pd.DataFrame, Collection[str]]], lang: str) -> pd.DataFrame:
    keys = ("afstemming", "coalitie", "interventie")
    figures = [chart_data.key_figures(records) for _, records, _ in columns]
    rows = [
        [t("mijnregio.kf.n", lang), *(str(len(records)) for _, records, _ in columns)],
        [
            t("mijnregio.kf.covered", lang),
            *(_share(_covered(records, codes), len(codes), lang) for _, records, codes in columns),
        ],
    ]
    for key in keys:
        rows.append([t(f"mijnregio.kf.{key}", lang), *(_share(*f[key][:2], lang) for f in figures)])
    return pd.DataFrame(rows, columns=[t("mijnregio.kf.col", lang), *(name for name, _, _ in columns)])
