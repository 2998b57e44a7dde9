"""What the map colours by: each measure turns the per-gemeente summary into ordered classes with colours.

Palettes are colour-blind safe and ordered (viridis steps for the six RIVM levels, light to dark as the
collaboration deepens). Missing data ("onbekend") is a neutral grey outside the scale and "geen initiatief" is
white, so neither can be read as a low level.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

from dashboard.analysis.areas import NO_INITIATIVE
from dashboard.core.schema import RANKED_LEVELS, UNKNOWN_LEVEL
from dashboard.i18n import label, t

# Viridis at six even steps, reversed so that "formeel" is darkest (reads as "most") on a white projector.
LEVEL_COLORS: Final[dict[str, str]] = dict(
    zip(RANKED_LEVELS, ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"), strict=True)
)
UNKNOWN_COLOR: Final = "#a3a3a3"
NONE_COLOR: Final = "#ffffff"
YES_COLOR: Final = "#2a788e"
NO_COLOR: Final = "#fde725"
COUNT_COLORS: Final = ("#ffffff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
COUNT_BINS: Final = ((0, 0), (1, 1), (2, 2), (3, 4), (5, None))

MEASURES: Final = ("niveau", "aantal", "gli", "valpreventie", "welzijn_op_recept", "coalitie")


@dataclass(frozen=True)
class MapClass:
    code: str
    label: str
    color: str
    counted: bool = True  # False: context drawn for orientation (outside the selection), never counted


@dataclass(frozen=True)
class Classified:
    """A measure applied: the legend's classes in order, and each gemeente's class code."""

    measure: str
    title: str
    classes: tuple[MapClass, ...]
    by_gemeente: pd.Series  # gm_code -> class code

    def color_of(self) -> dict[str, str]:
        return {c.code: c.color for c in self.classes}

    def label_of(self) -> dict[str, str]:
        return {c.code: c.label for c in self.classes}

    def counts(self) -> dict[str, int]:
        """Gemeenten per counted class (context classes, such as "outside the selection", are left out)."""
        counted = self.by_gemeente.value_counts()
        return {c.code: int(counted.get(c.code, 0)) for c in self.classes if c.counted}


def _level_classes(lang: str) -> tuple[MapClass, ...]:
    ranked = tuple(MapClass(code, label("level", code, lang), LEVEL_COLORS[code]) for code in RANKED_LEVELS)
    return (
        *ranked,
        MapClass(UNKNOWN_LEVEL, t("map.class.onbekend", lang), UNKNOWN_COLOR),
        MapClass(NO_INITIATIVE, t("map.class.geen_initiatief", lang), NONE_COLOR),
    )


def _bin_code(low: int, high: int | None) -> str:
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def _count_class(n: int) -> str:
    for low, high in COUNT_BINS:
        if n >= low and (high is None or n <= high):
            return _bin_code(low, high)
    raise ValueError(n)  # unreachable: the last bin is open-ended


def _count_classes(lang: str) -> tuple[MapClass, ...]:
    out = []
    for (low, high), color in zip(COUNT_BINS, COUNT_COLORS, strict=True):
        code = _bin_code(low, high)
        if high is None:
            text = t("map.class.count_open", lang, n=low)
        elif low == high:
            text = t("map.class.count_one", lang, n=low)
        else:
            text = t("map.class.count_range", lang, low=low, high=high)
        out.append(MapClass(code, text, color))
    return tuple(out)


def _flag_classes(lang: str) -> tuple[MapClass, ...]:
    return (
        MapClass("ja", t("map.class.ja", lang), YES_COLOR),
        MapClass("nee", t("map.class.nee", lang), NO_COLOR),
        MapClass(NO_INITIATIVE, t("map.class.geen_initiatief", lang), NONE_COLOR),
    )


def classify(measure: str, summary: pd.DataFrame, lang: str = "nl") -> Classified:
    """Apply ``measure`` to the output of ``areas.gemeente_summary``."""
    codes = summary["gm_code"]
    if measure == "niveau":
        values = summary["hoogste_niveau"]
        classes = _level_classes(lang)
    elif measure == "aantal":
        values = summary["n_initiatieven"].map(_count_class)
        classes = _count_classes(lang)
    elif measure in ("gli", "valpreventie", "welzijn_op_recept", "coalitie"):
        column = "coalitie" if measure == "coalitie" else f"biedt_{measure}"
        has_any = summary["n_initiatieven"] > 0
        values = summary[column].map({True: "ja", False: "nee"}).where(has_any, NO_INITIATIVE)
        classes = _flag_classes(lang)
    else:
        raise ValueError(f"unknown measure: {measure}")
    return Classified(
        measure=measure,
        title=t(f"map.measure.{measure}", lang),
        classes=classes,
        by_gemeente=pd.Series(values.to_numpy(), index=codes.to_numpy()),
    )


# Okabe–Ito: distinguishable with every common colour-vision deficiency.
CATEGORICAL: Final = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")


def adjacent_colors(codes: list[str], neighbours: dict[str, set[str]]) -> dict[str, str]:
    """Greedy graph colouring: neighbouring regions never share a colour (7 colours suffice for NL's regions)."""
    colors: dict[str, str] = {}
    # Most-connected first keeps the greedy colouring within the palette.
    for code in sorted(codes, key=lambda c: (-len(neighbours.get(c, ())), c)):
        used = {colors[n] for n in neighbours.get(code, ()) if n in colors}
        free = [c for c in CATEGORICAL if c not in used]
        if not free:
            raise ValueError(f"palette too small to colour {code} apart from its neighbours")
        colors[code] = free[0]
    return colors


def classify_regions(
    gemeenten: pd.DataFrame, region_colors: dict[str, str], title: str, code_col: str = "regio_code"
) -> Classified:
    """Colour each gemeente by its region (a categorical map: one class per region)."""
    name_col = code_col.replace("_code", "_naam")
    regions = gemeenten.drop_duplicates(code_col).sort_values(name_col)
    classes = tuple(
        MapClass(code, name, region_colors[code])
        for code, name in zip(regions[code_col], regions[name_col], strict=True)
    )
    return Classified(
        measure="regio",
        title=title,
        classes=classes,
        by_gemeente=pd.Series(gemeenten[code_col].to_numpy(), index=gemeenten["gm_code"].to_numpy()),
    )
