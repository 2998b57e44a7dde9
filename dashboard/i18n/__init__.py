"""One dictionary for every text the user sees, in Dutch (default) and English.

Texts are split over modules by area only so that each file stays readable; ``TEXTS`` merges them and a test
checks that every key has both languages and no key is defined twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

from dashboard.i18n import (
    about_texts,
    app_texts,
    chart_texts,
    data_texts,
    hardening_texts,
    map_texts,
    need_texts,
    region_texts,
    register_texts,
    schema_texts,
    share_texts,
    table_texts,
    valpreventie_texts,
)

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
    hardening_texts.TEXTS,
    register_texts.TEXTS,
    region_texts.TEXTS,
)


def _merge(parts: tuple[Mapping[str, Mapping[str, str]], ...]) -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for part in parts:
        for key, value in part.items():
            if key in merged:
                raise ValueError(f"text key defined twice: {key}")
            merged[key] = value
    return merged


TEXTS: Final = _merge(_PARTS)


def t(key: str, lang: str = DEFAULT_LANG, **fmt: object) -> str:
    """The text for ``key`` in ``lang``; unknown keys raise, so a typo fails a test instead of showing a key."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


GALA_FROM_YEAR: Final = 2023  # == dashboard.core.schema.GALA_FROM_YEAR (i18n sits beside the layers)


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
