"""One place that turns whatever a user typed for a gemeente into a 2025 GM code.

Every loader (initiatives, region tables, indicator files) goes through `GemeenteResolver.resolve`, so
"Den Haag", "'s-Gravenhage", "GM0518", "518" and 518.0 all end up as the same gemeente, old codes and
names of merged gemeenten are mapped to their 2025 successor, and nothing is ever guessed: an ambiguous
name ("Bergen") or an unknown one comes back with a status and a message for the civil servant (a catalogue
key with its parameters, rendered in the reader's language by `dashboard.i18n.messages`).
"""

from __future__ import annotations

import difflib
import functools
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import pandas as pd

from dashboard.i18n.messages import ListOf, Msg, Pct, render
from geo.paths import CROSSWALK_FILE, INDELING_FILE

Status = Literal["ok", "mapped", "split", "ambiguous", "unknown", "empty"]

CURRENT_VINTAGE = 2025

# Everyday names that differ from the CBS name. Keyed by code so a typo here cannot point at the wrong
# gemeente silently: aliases for codes that do not exist are ignored.
ALIASES: Mapping[str, tuple[str, ...]] = {
    "GM0518": ("Den Haag",),
    "GM0796": ("Den Bosch",),
    "GM0820": ("Nuenen", "Nuenen c.a."),
    "GM0737": ("Tietjerksteradeel",),
    "GM1891": ("Dantumadeel",),
    # The Dutch names of gemeenten whose official name is Frisian: what most people outside Fryslân type.
    "GM1900": ("Zuidwest-Friesland",),
    "GM1970": ("Noordoost-Friesland",),
    "GM1940": ("De Friese Meren",),
}

# CBS tells equally named gemeenten apart with a province qualifier: "Bergen (NH.)", "Bergen (L.)".
# People also write the province in full, so both spellings must resolve.
_QUALIFIER_PROVINCES: Mapping[str, str] = {
    "gr": "Groningen",
    "fr": "Friesland",
    "f": "Friesland",
    "dr": "Drenthe",
    "d": "Drenthe",
    "o": "Overijssel",
    "ov": "Overijssel",
    "fl": "Flevoland",
    "gld": "Gelderland",
    "g": "Gelderland",
    "u": "Utrecht",
    "ut": "Utrecht",
    "nh": "Noord-Holland",
    "zh": "Zuid-Holland",
    "z": "Zeeland",
    "nb": "Noord-Brabant",
    "l": "Limburg",
    "lb": "Limburg",
}

_CODE_TEXT = re.compile(r"^(?:gm)?\s*0*(\d{1,4})(?:\.0+)?$", re.IGNORECASE)
_CODE_LIKE = re.compile(r"^(?:gm)?[\s\d.,]*\d[\s\d.,]*$", re.IGNORECASE)
_QUALIFIED = re.compile(r"^(?P<base>.*?)\s*\((?P<qualifier>[^()]*)\)\s*$")
_GEMEENTE_WORD = "gemeente"
_MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one user value to 2025 gemeente codes."""

    query: str
    status: Status
    codes: tuple[str, ...] = ()
    shares: tuple[float, ...] = ()
    candidates: tuple[str, ...] = ()
    msg: Msg | None = None

    @property
    def message(self) -> str:
        """The explanation in Dutch ("" when there is nothing to explain); `msg` renders it in any language."""
        return render(self.msg) if self.msg is not None else ""

    @property
    def code(self) -> str | None:
        """The single 2025 code when the value stands for exactly one gemeente."""
        if self.status in ("ok", "mapped") and len(self.codes) == 1:
            return self.codes[0]
        return None


@dataclass(frozen=True)
class _Successor:
    code: str
    share: float


@dataclass(frozen=True)
class _OldGemeente:
    code: str
    name: str
    since: date  # the day the gemeente ceased to exist
    successors: tuple[_Successor, ...]


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isnan(float(value))


def _as_text(value: object) -> str:
    return "" if _is_missing(value) else str(value).strip()


def normalise_gm_code(value: object) -> str | None:
    """Return "GM0363" for "GM0363", "gm0363", "0363", "363", 363 or 363.0; None for anything else.

    Only the syntax is checked: whether the code exists is the resolver's business.
    """
    if _is_missing(value) or isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        number = int(value)
        return f"GM{number:04d}" if 0 <= number <= 9999 else None
    if isinstance(value, numbers.Real):
        number_f = float(value)
        if number_f.is_integer() and 0 <= number_f <= 9999:
            return f"GM{int(number_f):04d}"
        return None
    if not isinstance(value, str):
        return None
    match = _CODE_TEXT.match(value.strip())
    return f"GM{int(match.group(1)):04d}" if match else None


def normalise_name(text: str) -> str:
    """Compare names ignoring case, accents, hyphens, quotes, punctuation and spaces.

    Spaces are dropped too, so "Sudwest Fryslan", "Súdwest-Fryslân" and "SudwestFryslan" are one key.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum() and not unicodedata.combining(ch))


def _name_variants(name: str) -> tuple[str, ...]:
    """Alternative spellings of a CBS name: the bare name and the qualifier written out."""
    match = _QUALIFIED.match(name)
    if not match:
        return ()
    base = match.group("base")
    variants = [base]
    province = _QUALIFIER_PROVINCES.get(normalise_name(match.group("qualifier")))
    if province:
        variants.append(f"{base} {province}")
    return tuple(variants)


def _strip_gemeente_word(key: str) -> str:
    """ "Gemeente Utrecht" and "Groningen (gemeente)" name the gemeente itself."""
    if key.startswith(_GEMEENTE_WORD):
        key = key[len(_GEMEENTE_WORD) :]
    if key.endswith(_GEMEENTE_WORD):
        key = key[: -len(_GEMEENTE_WORD)]
    return key


def _since(iso: str, vintage: str) -> date:
    """The legal date of a change; a change without one took effect on 1 January of its vintage."""
    return date.fromisoformat(iso) if iso else date(int(vintage), 1, 1)


def _vintage(value: object) -> int | None:
    text = _as_text(value)
    return int(float(text)) if text else None


class GemeenteResolver:
    """Resolve codes and names of gemeenten (2019–2025) to the 2025 indeling."""

    def __init__(self, gemeenten: pd.DataFrame, crosswalk: pd.DataFrame) -> None:
        self._names: dict[str, str] = {}
        for code, name in zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True):
            normalised = normalise_gm_code(code)
            if normalised is None:  # shipped data, not user input: an error for the maintainer
                raise ValueError(f"invalid gemeente code in the gemeente list: {code!r}")
            self._names[normalised] = str(name).strip()

        # Full CBS names win over bare names and aliases, so a variant can never hide a real name.
        self._exact: dict[str, str] = {normalise_name(name): code for code, name in self._names.items()}
        self._variants: dict[str, set[str]] = {}
        for code, name in self._names.items():
            self._add_variants(code, _name_variants(name))
        for code, aliases in ALIASES.items():
            if code in self._names:
                self._add_variants(code, aliases)

        self._old = self._old_gemeenten(crosswalk)
        self._old_by_name: dict[str, str] = {}
        for old in self._old.values():
            key = normalise_name(old.name)
            # A current name always means the current gemeente, never a dissolved namesake.
            if key not in self._exact and key not in self._variants:
                self._old_by_name[key] = old.code

        self._suggestion_keys: dict[str, tuple[str, ...]] = {
            key: (code,) for key, code in self._exact.items()
        }
        for key, codes in self._variants.items():
            self._suggestion_keys.setdefault(key, tuple(sorted(codes)))

    def _add_variants(self, code: str, names: Iterable[str]) -> None:
        for name in names:
            key = normalise_name(name)
            if key and key not in self._exact:
                self._variants.setdefault(key, set()).add(code)

    def _old_gemeenten(self, crosswalk: pd.DataFrame) -> dict[str, _OldGemeente]:
        old_rows: dict[str, list[pd.Series]] = {}
        for _, row in crosswalk.iterrows():
            valid_to = _vintage(row["valid_to_vintage"])
            if valid_to is None or valid_to >= CURRENT_VINTAGE:
                continue
            code = normalise_gm_code(row["gm_code"])
            if code is None or code in self._names:
                continue
            old_rows.setdefault(code, []).append(row)
        result: dict[str, _OldGemeente] = {}
        for code, rows in old_rows.items():
            successors = tuple(
                sorted(
                    (
                        _Successor(str(normalise_gm_code(row["gm_code_2025"])), float(row["area_share"]))
                        for row in rows
                    ),
                    key=lambda successor: -successor.share,
                )
            )
            first = rows[0]
            since = _since(_as_text(first.get("legal_date")), _as_text(first.get("change_vintage")))
            result[code] = _OldGemeente(code, _as_text(first["gm_naam"]), since, successors)
        return result

    @property
    def names(self) -> dict[str, str]:
        """2025 code -> 2025 name, sorted by name as a civil servant would look it up."""
        ordered = sorted(self._names.items(), key=lambda item: (normalise_name(item[1]), item[0]))
        return dict(ordered)

    def name(self, code: str) -> str:
        """The 2025 name of a 2025 code (any accepted code spelling)."""
        normalised = normalise_gm_code(code)
        if normalised is None or normalised not in self._names:
            # A programming error (codes come from the resolver itself), never user input.
            raise KeyError(f"unknown gemeente code: {code!r}")
        return self._names[normalised]

    def spellings(self) -> dict[str, tuple[str, ...]]:
        """Other accepted spellings per 2025 code: everyday names (ALIASES) and CBS qualifier variants
        ("Bergen NH") that resolve to exactly that gemeente (ambiguous bare names are left out)."""
        out: dict[str, list[str]] = {}
        for code, name in self._names.items():
            texts = [*_name_variants(name), *ALIASES.get(code, ())]
            for text in texts:
                if self.resolve(text).code == code and normalise_name(text) != normalise_name(name):
                    out.setdefault(code, []).append(text)
        return {code: tuple(dict.fromkeys(texts)) for code, texts in out.items()}

    def former_gemeenten(self) -> list[tuple[str, str, date, tuple[str, ...]]]:
        """(old code, old name, the day it ceased to exist, 2025 successor codes by area share) of every gemeente that
        existed in 2019–2024 but not in 2025, for searches by the name people still use."""
        return [
            (old.code, old.name, old.since, tuple(s.code for s in old.successors if s.code in self._names))
            for old in sorted(self._old.values(), key=lambda o: normalise_name(o.name))
        ]

    def _label(self, code: str) -> Msg:
        return Msg("geo.gemeente.labelled", name=self._names.get(code, code), code=code)

    def resolve(self, value: object, *, suggest: bool = True) -> Resolution:
        """Resolve one user value; see `Resolution.status` for the possible outcomes.

        ``suggest=False`` skips the fuzzy search for "bedoelt u ...?" on an unknown name (the costly part), for
        callers that bound how many values they suggest for.
        """
        query = _as_text(value)
        if not query:
            return Resolution(query, "empty", msg=Msg("geo.gemeente.empty"))
        code = normalise_gm_code(value)
        if code is not None:
            return self._resolve_code(query, code)
        if _CODE_LIKE.match(query):
            return Resolution(query, "unknown", msg=Msg("geo.gemeente.invalid_code", query=query))
        return self._resolve_name(query, suggest=suggest)

    def _resolve_code(self, query: str, code: str) -> Resolution:
        if code in self._names:
            return Resolution(query, "ok", codes=(code,))
        old = self._old.get(code)
        if old is not None:
            return self._resolve_old(query, old)
        return Resolution(
            query, "unknown", msg=Msg("geo.gemeente.code_unknown", code=code, vintage=CURRENT_VINTAGE)
        )

    def _resolve_old(self, query: str, old: _OldGemeente) -> Resolution:
        codes = tuple(successor.code for successor in old.successors)
        if len(codes) == 1:
            message = Msg(
                "geo.gemeente.merged",
                name=old.name,
                code=old.code,
                since=old.since,
                target=self._label(codes[0]),
            )
            return Resolution(query, "mapped", codes=codes, msg=message)
        parts = ListOf.of(
            Msg(
                "geo.gemeente.successor",
                name=self._names.get(s.code, s.code),
                code=s.code,
                share=Pct(100 * s.share, 0),
            )
            for s in old.successors
        )
        message = Msg("geo.gemeente.split", name=old.name, code=old.code, since=old.since, parts=parts)
        shares = tuple(successor.share for successor in old.successors)
        return Resolution(query, "split", codes=codes, shares=shares, msg=message)

    def _resolve_name(self, query: str, *, suggest: bool = True) -> Resolution:
        key = normalise_name(query)
        if not key:
            return Resolution(query, "empty", msg=Msg("geo.gemeente.not_a_name", query=query))
        for candidate in dict.fromkeys((key, _strip_gemeente_word(key))):
            if not candidate:
                continue
            if candidate in self._exact:
                return Resolution(query, "ok", codes=(self._exact[candidate],))
            codes = tuple(sorted(self._variants.get(candidate, ())))
            if len(codes) == 1:
                return Resolution(query, "ok", codes=codes)
            if len(codes) > 1:
                options = ListOf.of((self._label(code) for code in codes), "or")
                message = Msg("geo.gemeente.ambiguous", query=query, options=options)
                return Resolution(query, "ambiguous", candidates=codes, msg=message)
            if candidate in self._old_by_name:
                return self._resolve_old(query, self._old[self._old_by_name[candidate]])
        return self._unknown_name(query, _strip_gemeente_word(key) or key, suggest=suggest)

    def _unknown_name(self, query: str, key: str, *, suggest: bool = True) -> Resolution:
        keys = list(self._suggestion_keys) if suggest else []
        close = difflib.get_close_matches(key, keys, n=10, cutoff=0.6)
        suggestions: list[str] = []
        for match in close:
            for code in self._suggestion_keys[match]:
                name = self._names[code]
                if name not in suggestions:
                    suggestions.append(name)
        suggestions = suggestions[:_MAX_SUGGESTIONS]
        if suggestions:
            message = Msg(
                "geo.gemeente.unknown_suggest", query=query, suggestions=ListOf.of(suggestions, "or")
            )
        else:
            message = Msg("geo.gemeente.unknown", query=query)
        return Resolution(query, "unknown", candidates=tuple(suggestions), msg=message)


def load_crosswalk(path: Path | None = None) -> pd.DataFrame:
    """The code crosswalk 2019–2025 as shipped (all columns as text)."""
    return pd.read_csv(path or CROSSWALK_FILE, dtype=str, keep_default_na=False)


@functools.cache
def default_resolver() -> GemeenteResolver:
    """The resolver for the shipped 2025 gemeenten and crosswalk (built once per process)."""
    gemeenten = pd.read_csv(INDELING_FILE, dtype=str, keep_default_na=False, usecols=["gm_code", "gm_naam"])
    return GemeenteResolver(gemeenten, load_crosswalk())
