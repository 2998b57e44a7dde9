"""One dictionary for every text the user sees, in Dutch (default) and English.

Texts are split over modules by area only so that each file stays readable; ``TEXTS`` merges them and a test
checks that every key has both languages and no key is defined twice. Texts that depend on a count ("1 rij" /
"3 rijen") are in ``PLURALS`` with one form per CLDR plural category and are read with ``tn``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, Literal, TypeVar

from dashboard.i18n import (
    about_texts,
    app_texts,
    chart_texts,
    cli_texts,
    data_texts,
    geo_texts,
    hardening_texts,
    import_texts,
    map_texts,
    money_texts,
    need_texts,
    plural_texts,
    reading_texts,
    region_texts,
    register_texts,
    schema_texts,
    share_texts,
    table_texts,
    valpreventie_check_texts,
    valpreventie_texts,
)

V = TypeVar("V")
Lang = Literal["nl", "en"]
LANGS: Final[tuple[Lang, ...]] = ("nl", "en")
DEFAULT_LANG: Final[Lang] = "nl"

_PARTS: Final[tuple[Mapping[str, Mapping[str, str]], ...]] = (
    schema_texts.TEXTS,
    app_texts.TEXTS,
    map_texts.TEXTS,
    need_texts.TEXTS,
    table_texts.TEXTS,
    about_texts.TEXTS,
    data_texts.TEXTS,
    share_texts.TEXTS,
    chart_texts.TEXTS,
    valpreventie_texts.TEXTS,
    valpreventie_check_texts.TEXTS,
    hardening_texts.TEXTS,
    import_texts.TEXTS,
    geo_texts.TEXTS,
    cli_texts.TEXTS,
    register_texts.TEXTS,
    region_texts.TEXTS,
    money_texts.TEXTS,
    reading_texts.TEXTS,
)
# Count-dependent texts: key -> lang -> plural category ("one", "other") -> text with {n}.
_PLURAL_PARTS: Final[tuple[Mapping[str, Mapping[str, Mapping[str, str]]], ...]] = (
    import_texts.PLURALS,
    geo_texts.PLURALS,
    cli_texts.PLURALS,
    hardening_texts.PLURALS,
    valpreventie_check_texts.PLURALS,
    plural_texts.PLURALS,
    register_texts.PLURALS,
    money_texts.PLURALS,
    reading_texts.PLURALS,
)


def _merge(parts: tuple[Mapping[str, V], ...]) -> dict[str, V]:
    merged: dict[str, V] = {}
    for part in parts:
        for key, value in part.items():
            if key in merged:
                raise ValueError(f"text key defined twice: {key}")
            merged[key] = value
    return merged


TEXTS: Final = _merge(_PARTS)
PLURALS: Final = _merge(_PLURAL_PARTS)
if TEXTS.keys() & PLURALS.keys():
    raise ValueError(f"text keys both plain and plural: {sorted(TEXTS.keys() & PLURALS.keys())}")


def requested_lang(argv: Sequence[str]) -> Lang:
    """The ``--lang`` of a command line, read before its parser is built so that ``--help`` speaks it too.

    An unknown value gives the default language; the parser then reports the bad choice itself.
    """
    for i, arg in enumerate(argv):
        if arg == "--":  # what follows is an operand, not an option
            break
        value = None
        if arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        for lang in LANGS:  # the catalogue's own value, typed as Lang
            if value == lang:
                return lang
    return DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, **fmt: object) -> str:
    """The text for ``key`` in ``lang``; unknown keys raise, so a typo fails a test instead of showing a key."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


def tn(key: str, n: int, lang: str = DEFAULT_LANG, **fmt: object) -> str:
    """The form of plural text ``key`` for count ``n`` ("1 rij is afgekeurd" / "3 rijen zijn afgekeurd").

    The form follows the language's CLDR plural rule; ``{n}`` in the text is ``n`` with thousands separators.
    """
    from dashboard.i18n.formats import fmt_int, locale  # here: formats needs Babel, the catalogue does not

    forms = PLURALS[key].get(lang) or PLURALS[key][DEFAULT_LANG]
    form = locale(lang).plural_form(n)
    text = forms.get(form) or forms["other"]
    return text.format(n=fmt_int(n, lang), **fmt)


GALA_FROM_YEAR: Final = 2023  # == dashboard.core.schema.GALA_FROM_YEAR (i18n sits beside the layers)


# The care office the region table writes itself where none is known (geo.build for the shipped table,
# geo.regions for an own table that leaves it empty); any other value is an insurer's name and stays as it is.
_UNKNOWN_INSURERS: Final = {
    "onbekend (te controleren)": "insurer.unverified",
    "onbekend": "insurer.unknown",
}


def insurer(value: object, lang: str = DEFAULT_LANG) -> str:
    """A region's care office as shown: the region table's own "onbekend" in the reader's language."""
    text = str(value)
    key = _UNKNOWN_INSURERS.get(text.strip().casefold())
    return t(key, lang) if key else text


def label(kind: str, code: str, lang: str = DEFAULT_LANG, year: object = None) -> str:
    """Label of a canonical code (``kind`` is level/party/intervention/...); free text is returned as is.

    For a peiljaar from 2023 an intervention is named as GALA's ketenaanpak (Kind naar Gezonder Gewicht,
    Sociaal verwijzen), before that as RIVM named it.
    """
    if kind == "intervention" and isinstance(year, int | float) and not isinstance(year, bool):
        gala = f"intervention.gala.{code}"
        if year >= GALA_FROM_YEAR and gala in TEXTS:
            return t(gala, lang)
    key = f"{kind}.{code}"
    return t(key, lang) if key in TEXTS else code
