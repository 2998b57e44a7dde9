"""What cell values and headers mean: codes of dashboard.schema with their labels and everyday variants,
and the parsing of single cells (numbers, yes/no, lists, URLs). Pure functions, shared by import and export.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

import pandas as pd

from dashboard.core import schema
from dashboard.i18n import t

# --------------------------------------------------------------------------------------------------------------
# Vocabularies: codes of dashboard.schema, their i18n labels (nl, en) and a few everyday variants


# Cached: files repeat the same few labels thousands of times, and normalising is the validator's hot spot.
@functools.lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """Compare values ignoring case, accents, punctuation and spacing ("Welzijn-op-recept" = "welzijn op recept")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


@dataclass(frozen=True)
class Vocabulary:
    """The allowed codes of one column and every spelling that maps to them."""

    column: str
    kind: str  # the i18n label prefix: level, party, intervention, ...
    codes: tuple[str, ...]
    lookup: Mapping[str, str]  # match_key(spelling) -> code
    aliases: Mapping[str, str]  # everyday spelling as written -> code (besides codes and i18n labels)

    def code(self, text: str) -> str | None:
        return self.lookup.get(match_key(text))

    def label(self, code: str, lang: str = "nl") -> str:
        return t(f"{self.kind}.{code}", lang)

    def allowed_text(self, lang: str = "nl") -> str:
        """The allowed values as a civil servant reads them: 'Wmo, Zvw, Wpg, overig'."""
        parts = []
        for code in self.codes:
            label = self.label(code, lang)
            label_key, code_key = match_key(label), match_key(code)
            # "Wmo" for wmo and "regio (meerdere gemeenten)" for regio: the label already shows the code.
            says_code = label_key == code_key or label_key.startswith(f"{code_key} ")
            parts.append(label if says_code else f"{code} ({label})")
        return ", ".join(parts)

    def other_spellings(self, code: str) -> list[str]:
        """Everyday spellings of a code besides the code and its Dutch label (for the template)."""
        shown = {match_key(code), match_key(self.label(code))}
        spellings = [alias for alias, target in self.aliases.items() if target == code]
        return [alias for alias in spellings if match_key(alias) not in shown]


def _vocabulary(column: str, kind: str, codes: tuple[str, ...], aliases: Mapping[str, str]) -> Vocabulary:
    lookup: dict[str, str] = {}
    # Codes and labels first, so an alias can never hide them.
    for code in codes:
        for spelling in (code, t(f"{kind}.{code}", "nl"), t(f"{kind}.{code}", "en")):
            lookup.setdefault(match_key(spelling), code)
    for alias, code in aliases.items():
        lookup.setdefault(match_key(alias), code)
    return Vocabulary(column, kind, codes, lookup, dict(aliases))


_LEVEL_ALIASES: Final[dict[str, str]] = {
    # RIVM numbers the scale 1-6; 0 is how people write "not known".
    **{str(number): code for number, code in enumerate(schema.LEVELS)},
    **{f"niveau {number}": code for number, code in enumerate(schema.LEVELS)},
    "onbekend": "onbekend",
    "alleen gemeente": "een_partij",
    "alleen zorgverzekeraar": "een_partij",
    "een partij": "een_partij",
    "apart betrokken": "apart",
    "in gesprek": "in_gesprek",
    "informele afspraak": "informeel",
    "formele afspraak": "formeel",
}
_PARTY_ALIASES: Final[dict[str, str]] = {
    "gemeenten": "gemeente",
    "zorgverzekeraars": "zorgverzekeraar",
    "verzekeraar": "zorgverzekeraar",
    "huisartsen": "huisarts",
    "huisartsenpraktijk": "huisarts",
    "huisartsenpraktijken": "huisarts",
    "huisartsenzorg": "huisarts",
    "POH": "huisarts",
    "praktijkondersteuner": "huisarts",
    "praktijkondersteuners": "huisarts",
    "huisarts en POH": "huisarts",
    "huisartsen en POH": "huisarts",
    "welzijn": "welzijn",
    "welzijnsorganisatie": "welzijn",
    "welzijnswerk": "welzijn",
    "welzijnsinstelling": "welzijn",
    "thuiszorgorganisatie": "thuiszorg",
    "thuiszorgorganisaties": "thuiszorg",
    "gemeentelijke gezondheidsdienst": "ggd",
    "paramedicus": "paramedici",
    "paramedische zorg": "paramedici",
    "fysiotherapeut": "paramedici",
    "fysiotherapeuten": "paramedici",
    "fysiotherapie": "paramedici",
    "diëtist": "paramedici",
    "diëtisten": "paramedici",
    "ergotherapeut": "paramedici",
    "ergotherapeuten": "paramedici",
    "sociaal werker": "sociaal_werk",
    "sociaal werkers": "sociaal_werk",
    "maatschappelijk werk": "sociaal_werk",
    "inwoner": "inwoners",
    "bewoners": "inwoners",
    "buurtbewoners": "inwoners",
    "burgers": "inwoners",
    "kennisinstituut": "kennisinstituut",
    "kennisinstituten": "kennisinstituut",
    "universiteit": "kennisinstituut",
    "universiteiten": "kennisinstituut",
    "mbo": "beroepsonderwijs",
    "ROC": "beroepsonderwijs",
    "hbo": "beroepsonderwijs",
    "middelbaar beroepsonderwijs": "beroepsonderwijs",
    "hoger beroepsonderwijs": "beroepsonderwijs",
}
_INTERVENTION_ALIASES: Final[dict[str, str]] = {
    "WoR": "welzijn_op_recept",
    "Welzijn op Recept": "welzijn_op_recept",
    "GLI": "gli",
    "gecombineerde leefstijlinterventie": "gli",
    "gecombineerde leefstijl interventie": "gli",
    "leefstijlinterventie": "gli",
    "val preventie": "valpreventie",
    "overgewicht bij kinderen": "kinderen_overgewicht",
    "overgewicht kinderen": "kinderen_overgewicht",
    "JOGG": "kinderen_overgewicht",
    # GALA's names of the ketenaanpakken (2023) for the existing codes, and the new Kansrijke Start.
    "Kind naar Gezonder Gewicht": "kinderen_overgewicht",
    "KNGG": "kinderen_overgewicht",
    "Sociaal verwijzen": "welzijn_op_recept",
    "Sociaal verwijzen (Welzijn op Recept)": "welzijn_op_recept",
    "Valpreventie (ketenaanpak)": "valpreventie",
    "Kansrijke Start": "kansrijke_start",
    "diabetes type 2": "diabetes",
    "diabetespreventie": "diabetes",
}
_GLI_ALIASES: Final[dict[str, str]] = {
    "de beweegkuur": "beweegkuur",
    "coaching op leefstijl": "cool",
    "SSiB": "samen_sportief_in_beweging",
    "anders": "overig",
    "andere": "overig",
    "overige": "overig",
    "ander programma": "overig",
}
_FUNDING_ALIASES: Final[dict[str, str]] = {
    "wet maatschappelijke ondersteuning": "wmo",
    "zorgverzekeringswet": "zvw",
    "wet publieke gezondheid": "wpg",
    "anders": "overig",
    "overige": "overig",
}
_AGREEMENT_ALIASES: Final[dict[str, str]] = {
    "inhoudelijk": "inhoud",
    "inhoudelijke afspraken": "inhoud",
    "financieel": "financiering",
    "financiële afspraken": "financiering",
    "inhoud financiering": "beide",
    "financiering en inhoud": "beide",
    "financiering inhoud": "beide",
    "beiden": "beide",
}
_REACH_ALIASES: Final[dict[str, str]] = {
    "wijken": "wijk",
    "buurt": "wijk",
    "wijkniveau": "wijk",
    "gemeentelijk": "gemeente",
    "lokaal": "gemeente",
    "regionaal": "regio",
    "meerdere gemeenten": "regio",
    "provinciaal": "provincie",
}
_TARGET_ALIASES: Final[dict[str, str]] = {
    "ouderen": "ouderen",
    "kwetsbare ouderen": "ouderen",
    "psychische klachten": "psychische_klachten",
    "jeugd": "jongeren",
    "overgewicht": "overgewicht",
    "lage sociaaleconomische status": "lage_ses",
    "lage sociaal-economische status": "lage_ses",
    "mantelzorg": "mantelzorgers",
    "mantelzorger": "mantelzorgers",
    "onderwijs": "onderwijs",
    "leerlingen": "onderwijs",
    "leerkrachten": "onderwijs",
    "scholen": "onderwijs",
    "iedereen": "alle_inwoners",
    "inwoners": "alle_inwoners",
}

LEVELS_VOCAB: Final = _vocabulary("samenwerkingsniveau", "level", schema.LEVELS, _LEVEL_ALIASES)
PARTIES_VOCAB: Final = _vocabulary("partijen", "party", schema.PARTIES, _PARTY_ALIASES)
INTERVENTIONS_VOCAB: Final = _vocabulary(
    "interventies", "intervention", schema.INTERVENTION_VOCABULARY, _INTERVENTION_ALIASES
)
GLI_VOCAB: Final = _vocabulary("gli_programmas", "gli", schema.GLI_PROGRAMS, _GLI_ALIASES)
FUNDING_VOCAB: Final = _vocabulary("financiering", "funding", schema.FUNDING, _FUNDING_ALIASES)
AGREEMENTS_VOCAB: Final = _vocabulary("afspraken", "agreement", schema.AGREEMENTS, _AGREEMENT_ALIASES)
REACH_VOCAB: Final = _vocabulary("reikwijdte", "reach", schema.REACH, _REACH_ALIASES)
TARGETS_VOCAB: Final = _vocabulary("doelgroepen", "target", schema.TARGET_GROUPS, _TARGET_ALIASES)
VOCABULARIES: Final[dict[str, Vocabulary]] = {
    vocab.column: vocab
    for vocab in (
        LEVELS_VOCAB,
        REACH_VOCAB,
        AGREEMENTS_VOCAB,
        FUNDING_VOCAB,
        PARTIES_VOCAB,
        INTERVENTIONS_VOCAB,
        GLI_VOCAB,
        TARGETS_VOCAB,
    )
}

TRUE_WORDS: Final = frozenset({"ja", "j", "true", "waar", "1", "yes", "y"})
FALSE_WORDS: Final = frozenset({"nee", "n", "false", "onwaar", "0", "no"})


def level_allowed_text(lang: str = "nl") -> str:
    """'0 = onbekend, 1 = geen van beide betrokken, …' for messages, the template and the instruction."""
    return ", ".join(f"{number} = {t(f'level.{code}', lang)}" for number, code in enumerate(schema.LEVELS))


# --------------------------------------------------------------------------------------------------------------
# Parsing single cells (pure)

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
# export.safe_cell also guards each part after a separator: "a, '=b" was written for "a, =b".
_SEGMENT_GUARD: Final = re.compile(r"([,;\t][ ]*)'(?=[=+@\r]|-\S)")


def unguard(text: str) -> str:
    """Undo export.safe_cell: a leading ' before a formula character was added by us, not typed by the user."""
    if len(text) >= 2 and text[0] == "'" and text[1] in "=+-@\t\r":
        text = text[1:]
    return _SEGMENT_GUARD.sub(r"\1", text) if "'" in text else text


def cell_text(value: object) -> str:
    """Any cell (str from a file, or a number/NaN in a hand-built frame) as text; missing = ""."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value)


def split_list(text: str) -> list[str]:
    """Items of a list cell: ';' separates, and so does a line break (Alt+Enter in Excel)."""
    items = re.split(r"[;\n\r]", text)
    return [" ".join(item.split()) for item in items if item.strip()]


def parse_int(text: str) -> int | None:
    """A whole number written as 2020, 2020.0 or ' 2020 '; None for anything else."""
    match = re.fullmatch(r"\s*([+-]?\d{1,9})(?:[.,]0+)?\s*", text)
    return int(match.group(1)) if match else None


def parse_bool(text: str) -> bool | None:
    key = match_key(text)
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    return None


_URL: Final = re.compile(r"""(?:(?<=^)|(?<=[\s;,(\[<"]))https?://[^\s<>"'`]+""", re.IGNORECASE)
# "javascript: x" runs in a browser even with a space; "data:"/"file:" only directly followed by content,
# so that an ordinary "Zie data: RIVM" is not flagged.
UNSAFE_SCHEME: Final = re.compile(r"\b(?:(?:javascript|vbscript)\s*:|(?:data|file):\S)", re.IGNORECASE)


def first_url(text: str) -> str:
    """The first http(s) URL that stands on its own in `text`; "" if none.

    Only http(s) ever becomes a link: "javascript:…" or "data:…" stays plain text. The URL must start at a
    word boundary, so "javascript:go('https://x')" yields nothing.
    """
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?)]}")
        parts = urlsplit(url)
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return url
    return ""


def involved_parties(partijen: Iterable[str], zorgverzekeraars: Iterable[str]) -> set[str]:
    """Parties involved in an initiative: its partijen, plus "zorgverzekeraar" when an insurer is named."""
    involved = set(partijen)
    if any(True for _ in zorgverzekeraars):
        involved.add("zorgverzekeraar")
    return involved


# --------------------------------------------------------------------------------------------------------------
# Headers

_HEADER_ALIASES: Final[dict[str, str]] = {
    "peiljaar": "jaar",
    "jaartal": "jaar",
    "gemeente": "gemeenten",
    "gemeentecodes": "gemeenten",
    "wijk": "wijken",
    "niveau": "samenwerkingsniveau",
    "samenwerking": "samenwerkingsniveau",
    "afspraak": "afspraken",
    "zorgverzekeraar": "zorgverzekeraars",
    "verzekeraars": "zorgverzekeraars",
    "partij": "partijen",
    "partners": "partijen",
    "interventie": "interventies",
    "gliprogramma": "gli_programmas",
    "gli": "gli_programmas",
    "doelgroep": "doelgroepen",
    "start": "startjaar",
    "bronnen": "bron",
    "opmerkingen": "toelichting",
    "opmerking": "toelichting",
}
KNOWN_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)


def _header_key(name: str) -> str:
    return match_key(name).replace(" ", "")


_HEADER_LOOKUP: Final[dict[str, str]] = {
    **{_header_key(alias): column for alias, column in _HEADER_ALIASES.items()},
    **{_header_key(column): column for column in KNOWN_COLUMNS},
}


def canonical_column(header: str) -> str | None:
    """The schema column a header names ("Gemeente", "GLI-programma's", " JAAR " …), None if unknown."""
    return _HEADER_LOOKUP.get(_header_key(header))
