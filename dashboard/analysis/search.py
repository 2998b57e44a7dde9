"""The options of every gemeente/region chooser (pure): each place under the spellings people type.

Streamlit's selectbox filters its options by their text only, so the spellings the project's resolver
(``geo.codes``) accepts are written out as options of their own: the CBS name, the name without accents,
hyphens and apostrophes ("Sudwest Fryslan", "s Hertogenbosch"), everyday names ("Den Bosch", "Nuenen") and the
2019–2024 names of merged gemeenten ("Haaren (tot 2021) → Vught"); provincies (where a chooser offers them)
under their name, plain spelling and everyday name ("Friesland → Fryslân"). Every option says what it is
(gemeente, VNG–ZN-regio, provincie), so "Utrecht" offers the gemeente and the region, each labelled. An alias option
stands for its gemeente: choosing it selects the gemeente itself, and an old name carries a note saying where
it went.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.formats import fmt_date
from geo.codes import GemeenteResolver, normalise_name

PlaceKind = Literal["gemeente", "regio", "provincie"]
KINDS: Final[tuple[PlaceKind, ...]] = ("gemeente", "regio", "provincie")
_SEPARATOR: Final = "|"
# Everyday names of provincies that are not their official name: Fryslân has been the official name since 1997,
# but most people (and the VNG–ZN region) still say Friesland.
PROVINCIE_ALIASES: Final[dict[str, tuple[str, ...]]] = {"PV21": ("Friesland",)}


@dataclass(frozen=True)
class PlaceOption:
    value: str  # unique option value; the place's own code for its main option
    kind: PlaceKind
    code: str  # GM, regio or PV code
    label: str
    note: str | None = None  # said once the option is chosen (e.g. where an old gemeente went)


def spellings_of(name: str) -> list[str]:
    """The ways people type ``name`` besides itself: hyphens as spaces with the accents and apostrophes kept
    ("'s Hertogenbosch", "Zuid Limburg"), and the plain spelling (``plain_spelling``). The chooser matches in
    order, letter by letter, so a space where the name has a hyphen would otherwise find nothing."""
    spaced = " ".join(name.replace("-", " ").replace("–", " ").split())
    return [spaced, plain_spelling(name)]


def plain_spelling(name: str) -> str:
    """``name`` without accents, and with hyphens and apostrophes as spaces: "Súdwest-Fryslân" -> "Sudwest
    Fryslan", "'s-Hertogenbosch" -> "s Hertogenbosch"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = "".join(" " if ch in "-'’‘`´" else ch for ch in bare)
    return " ".join(spaced.split())


def _year(since: date) -> str:
    return str(since.year)


def place_options(
    gemeenten: pd.DataFrame,
    resolver: GemeenteResolver,
    lang: str = "nl",
    kinds: Iterable[PlaceKind] = ("gemeente", "regio"),
) -> dict[str, PlaceOption]:
    """Every option of a place chooser, by value, sorted by the text shown (case- and accent-insensitive)."""
    wanted = set(kinds)
    names = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
    out: list[PlaceOption] = []
    spellings = resolver.spellings()
    if "gemeente" in wanted:
        for code, name in names.items():
            out.append(PlaceOption(code, "gemeente", code, t("search.option.gemeente", lang, naam=name)))
            extra = spellings.get(code, ())
            aliases = [
                *spellings_of(name),
                *(form for alias in extra for form in (alias, *spellings_of(alias))),
            ]
            seen = {name.casefold()}
            for alias in aliases:
                if alias.casefold() in seen:
                    continue
                seen.add(alias.casefold())
                out.append(
                    PlaceOption(
                        f"{code}{_SEPARATOR}{alias}",
                        "gemeente",
                        code,
                        t("search.option.alias", lang, alias=alias, naam=name),
                    )
                )
        for old_code, old_name, since, successors in resolver.former_gemeenten():
            for code in successors:
                if code not in names:
                    continue
                out.append(
                    PlaceOption(
                        f"{code}{_SEPARATOR}{old_code}",
                        "gemeente",
                        code,
                        t("search.option.old", lang, oud=old_name, jaar=_year(since), naam=names[code]),
                        note=t(
                            "search.note.old",
                            lang,
                            oud=old_name,
                            sinds=fmt_date(since, lang),
                            naam=names[code],
                        ),
                    )
                )
    if "regio" in wanted:
        rows = gemeenten.drop_duplicates("regio_code")
        for code, name in zip(rows["regio_code"], rows["regio_naam"], strict=True):
            out.append(PlaceOption(code, "regio", code, t("search.option.regio", lang, naam=name)))
            seen = {name.casefold()}
            for alias in spellings_of(name):
                if alias.casefold() not in seen:
                    seen.add(alias.casefold())
                    label = t("search.option.alias.regio", lang, alias=alias, naam=name)
                    out.append(PlaceOption(f"{code}{_SEPARATOR}{alias}", "regio", code, label))
    if "provincie" in wanted:
        out.extend(_provincie_options(gemeenten, lang))
    out.sort(key=lambda option: (normalise_name(option.label), option.value))
    return {option.value: option for option in out}


def _provincie_options(gemeenten: pd.DataFrame, lang: str) -> list[PlaceOption]:
    """Each provincie under its name, its plain spelling ("Fryslan") and its everyday names ("Friesland")."""
    out = []
    rows = gemeenten.drop_duplicates("pv_code")
    for code, name in zip(rows["pv_code"], rows["pv_naam"], strict=True):
        out.append(PlaceOption(code, "provincie", code, t("search.option.provincie", lang, naam=name)))
        seen = {name.casefold()}
        for alias in (*spellings_of(name), *PROVINCIE_ALIASES.get(code, ())):
            if alias.casefold() in seen:
                continue
            seen.add(alias.casefold())
            label = t("search.option.alias.provincie", lang, alias=alias, naam=name)
            out.append(PlaceOption(f"{code}{_SEPARATOR}{alias}", "provincie", code, label))
    return out


def matches(options: dict[str, PlaceOption], typed: str) -> list[PlaceOption]:
    """The options whose text contains ``typed`` (case-insensitive), as the selectbox's own filter shows them:
    used by tests and by anything that must predict what a user sees after typing."""
    needle = typed.casefold()
    return [option for option in options.values() if needle in option.label.casefold()]
