"""Seeded example initiatives that fill in around the real ones up to RIVM's published totals.

No per-initiative RIVM dataset is public, so the shipped data combines the real named initiatives
(`tools.named`, voorbeelddata = nee) with this generated set (voorbeelddata = ja). The generator reads the
real rows and generates only what is missing, so that the two files TOGETHER match RIVM 2020:

- 116 initiatives in 2020 and 95 in 2019;
- 2020 level counts exactly as figure 3, 12 preventiecoalities (all formeel), party shares of figure 2 within
  ±3 percentage points where the consistency rule allows it, 81 of 116 offering at least one intervention of
  VWS's interventiegerichte aanpak with the shares of the text, GLI programmes, afspraken at levels 5–6.
- 2019 has no published breakdown: its mix is an assumption (fewer formal agreements, about three quarters
  offering an intervention), documented in data/initiatieven/LEESMIJ.md.

Exact counts are built as lists of the exact numbers and dealt out with a seeded numpy Generator (weighted,
without replacement), never by sampling probabilities. Every row obeys the consistency rule between level and
parties (see `check_consistency`). Same seed and same inputs → byte-identical file.

Many generated initiatives exist in both years (same name and gemeenten, their own id per year); 2020 adds new
ones and a few stopped after 2019. 2020 is assigned first, 2019 follows it (levels by rank, partners and
interventions biased towards what the initiative had in 2020), so the two years tell a plausible story.

Inputs are data files only: the targets in data/rivm_2020_doelen.toml (`tools.targets`), the real rows, the
region table and zorgkantoor per region (data/vngzn_regios.csv), the largest gemeenten by inwoners
(data/gemeente_bevolking_2024.csv), the crosswalk and the gemeente geometry.

CLI: ``python -m tools generate [--seed N] [--out DIR] [--named FILE]`` (or ``python -m tools.generate``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import time
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

from dashboard.core import schema
from tools import named as named_module
from tools import targets as targets_module

# A real initiative's row as pandas hands it over (to_dict("records")).
RealRow = Mapping[Hashable, object]

DEFAULT_SEED: Final = 2020
GENERATED_FILE_NAME: Final = "voorbeelddata_gegenereerd.csv"
BRON: Final = "voorbeelddata (gegenereerd, geen echt initiatief)"
YEARS: Final = (2019, 2020)

GEMEENTEN_GEOJSON: Final = named_module.DATA_DIR / "gemeenten_2025.geojson"
REGION_TABLE_FILE: Final = named_module.DATA_DIR / "vngzn_regios.csv"
BEVOLKING_FILE: Final = named_module.DATA_DIR / "gemeente_bevolking_2024.csv"
CROSSWALK_FILE_NAME: Final = "gemeente_code_crosswalk_2019_2025.csv"

# --------------------------------------------------------------------------------------------------------------
# Targets: data/rivm_2020_doelen.toml (RIVM factsheet 2020 with page and quotation per figure; for 2019 only the
# total, the 8 existing coalitions and "ongeveer driekwart" are published, the rest are marked assumptions).

TARGETS: Final = targets_module.load_targets()
TOTALS: Final[dict[int, int]] = {year: t.total for year, t in TARGETS.items()}
LEVEL_TARGETS: Final[dict[int, dict[str, int]]] = {year: t.levels for year, t in TARGETS.items()}
COALITIONS: Final[dict[int, int]] = {year: t.coalitions for year, t in TARGETS.items()}
PARTY_SHARES: Final[dict[int, dict[str, float]]] = {year: t.party_shares for year, t in TARGETS.items()}
SHARE_TOLERANCE_PP: Final = 3.0
OFFERING_SHARE: Final[dict[int, float]] = {year: t.offering_share for year, t in TARGETS.items()}
# Shares among the initiatives offering at least one intervention.
INTERVENTION_SHARES: Final[dict[int, dict[str, float]]] = {
    year: t.intervention_shares for year, t in TARGETS.items()
}
# Among GLI initiatives: a recognised programme, per programme, and "another name or programme".
# Samen Sportief in Beweging was recognised in 2020 but not asked: it never appears.
GLI_RECOGNISED_SHARE: Final[dict[int, float]] = {year: t.gli_recognised_share for year, t in TARGETS.items()}
GLI_PROGRAM_SHARES: Final[dict[int, dict[str, float]]] = {
    year: t.gli_program_shares for year, t in TARGETS.items()
}
RECOGNISED_GLI: Final = ("beweegkuur", "cool", "slimmer")
# Of the initiatives at levels 5–6: agreements on both content and financing.
BOTH_AGREEMENTS_SHARE: Final[dict[int, float]] = {
    year: t.both_agreements_share for year, t in TARGETS.items()
}
CONTENT_SHARE_OF_REST: Final = 0.6  # the rest: 60% content only, 40% financing only

# Generated initiatives that start in 2020 (RIVM: 95 → 116; 4 of the 12 coalitions started in 2020).
NEW_IN_2020: Final = 26
REACH_SHARES: Final[dict[str, float]] = {"wijk": 0.15, "gemeente": 0.55, "regio": 0.25, "provincie": 0.05}
MIN_PER_PROVINCE: Final = 3  # generated initiatives per provincie that run in both years
MAX_REGION_SIZE: Final = 15

# The zorgkantoor (dominant insurer) per region comes from data/vngzn_regios.csv; where it is not verified
# there, an initiative gets one of the four large insurers instead.
LARGE_INSURERS: Final = ("Zilveren Kruis (Achmea)", "CZ", "VGZ", "Menzis")
OTHER_INSURERS: Final = (*LARGE_INSURERS, "DSW", "Zorg en Zekerheid", "ONVZ", "a.s.r.")
OTHER_INSURER_WEIGHTS: Final = (0.22, 0.22, 0.2, 0.16, 0.06, 0.06, 0.04, 0.04)

# More initiatives start in the largest gemeenten by inwoners (data/gemeente_bevolking_2024.csv); the four
# largest (the G4) weigh most.
N_LARGE_GEMEENTEN: Final = 40
N_G4: Final = 4
DISPLAY_NAMES: Final[dict[str, str]] = {"GM0518": "Den Haag"}

# fmt: off
WIJK_NAMES: Final = ("Centrum", "Noord", "Oost", "Zuid", "West", "Noordoost", "Zuidoost", "Noordwest", "Zuidwest")
# fmt: on
# Partners outside figure 2 named by RIVM (free text in `partijen`).
OTHER_PARTNERS: Final = (
    "woningcorporatie",
    "sportaanbieders",
    "buurtsportcoach",
    "onderwijs",
    "jeugdzorg",
    "werkgevers",
    "verslavingszorg",
    "ROS",
    "cultuursector",
)
OTHER_PARTNER_WEIGHTS: Final = (0.2, 0.15, 0.15, 0.12, 0.1, 0.08, 0.08, 0.07, 0.05)
TARGET_WEIGHTS: Final[dict[str, float]] = {
    "ouderen": 0.24,
    "psychische_klachten": 0.16,
    "jongeren": 0.16,
    "overgewicht": 0.12,
    "lage_ses": 0.13,
    "mantelzorgers": 0.07,
    "onderwijs": 0.05,
    "alle_inwoners": 0.07,
}
THEME_TARGETS: Final[dict[str, tuple[str, ...]]] = {
    "welzijn_op_recept": ("psychische_klachten",),
    "gli": ("overgewicht",),
    "valpreventie": ("ouderen",),
    "kinderen_overgewicht": ("jongeren", "overgewicht"),
    "diabetes": ("overgewicht",),
}
THEME_SHARE: Final = 0.3  # initiatives named after one intervention (which they then offer every year)
START_YEAR_WEIGHTS: Final[dict[int, float]] = {
    2014: 0.08,
    2015: 0.1,
    2016: 0.17,
    2017: 0.22,
    2018: 0.23,
    2019: 0.2,
}

NAME_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    "welzijn_op_recept": ("Welzijn op Recept {p}",),
    "gli": ("Beweegnetwerk {p}", "Leefstijlnetwerk {p}"),
    "valpreventie": ("Valpreventie {p}", "Netwerk Valpreventie {p}"),
    "kinderen_overgewicht": ("Gezond Gewicht Jeugd {p}", "Gezond Opgroeien {p}"),
    "diabetes": ("Diabetesnetwerk {p}", "Diabetespreventie {p}"),
    "wijk": ("Samen Gezond {p}", "Gezonde Wijk {p}", "Wijknetwerk Gezond {p}"),
    "generic": (
        "Samen Gezond {p}",
        "Preventienetwerk {p}",
        "Gezond {p}",
        "{p} Vitaal",
        "Positief Gezond {p}",
        "Netwerk Gezond Leven {p}",
        "Samen Fit {p}",
    ),
}

AFSTEMMING_RANK: Final = schema.LEVEL_RANK["informeel"]
APART_RANK: Final = schema.LEVEL_RANK["apart"]
BOTH: Final = frozenset({"gemeente", "zorgverzekeraar"})


def round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


# --------------------------------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class Geography:
    indeling: pd.DataFrame  # one row per 2025 gemeente
    centroids: dict[str, tuple[float, float]]  # gm_code → (x km, y km), for nearest neighbours in a region
    anchors: frozenset[str]  # gemeenten that already existed in 2019 (a name for an initiative of 2019/2020)
    zorgkantoor: dict[str, str | None]  # zk_code → verified zorgkantoor insurer, None where not verified
    large: tuple[str, ...]  # the N_LARGE_GEMEENTEN largest gemeenten by inwoners, largest first
    g4: tuple[str, ...]  # the N_G4 largest

    def name(self, code: str) -> str:
        if code in DISPLAY_NAMES:
            return DISPLAY_NAMES[code]
        return str(self.indeling.at[code, "gm_naam"])


def _data_file(name: str) -> Path:
    for folder in (named_module.DATA_DIR, named_module.SHARED_DATA_DIR):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{name} niet gevonden in {named_module.DATA_DIR}")


def _ring_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    xs = np.array([point[0] for point in ring])
    ys = np.array([point[1] for point in ring])
    cross = xs[:-1] * ys[1:] - xs[1:] * ys[:-1]
    area = cross.sum() / 2
    if area == 0:
        return 0.0, float(xs.mean()), float(ys.mean())
    cx = ((xs[:-1] + xs[1:]) * cross).sum() / (6 * area)
    cy = ((ys[:-1] + ys[1:]) * cross).sum() / (6 * area)
    return abs(float(area)), float(cx), float(cy)


def load_centroids(path: Path = GEMEENTEN_GEOJSON) -> dict[str, tuple[float, float]]:
    """Area centroid of each gemeente's outer rings, in km on a local flat projection (rounded to 0.1 km)."""
    if not path.exists():
        raise FileNotFoundError(f"{path} ontbreekt; maak het met `python -m geo build`.")
    collection = json.loads(path.read_text(encoding="utf-8"))
    centroids = {}
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        parts = [_ring_centroid(polygon[0]) for polygon in polygons]
        total = sum(part[0] for part in parts) or 1.0
        lon = sum(part[0] * part[1] for part in parts) / total
        lat = sum(part[0] * part[2] for part in parts) / total
        x = lon * 111.32 * math.cos(math.radians(52.2))
        y = lat * 110.57
        centroids[feature["properties"]["gm_code"]] = (round(x, 1), round(y, 1))
    return centroids


def load_zorgkantoor(path: Path = REGION_TABLE_FILE) -> dict[str, str | None]:
    """The zorgkantoor insurer per region of the shipped VNG–ZN table; None where it is not verified.

    Read from the shipped file, not $PREVENTIEKAART_REGIO: the example set must not depend on a deployment.
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    result: dict[str, str | None] = {}
    for code, rows in table.groupby("regio_code", sort=True):
        insurers = set(rows["zorgverzekeraar"])
        verified = set(rows["geverifieerd"])
        if len(insurers) != 1 or len(verified) != 1:
            raise ValueError(f"{path.name}: regio {code} heeft meer dan één zorgverzekeraar of status")
        insurer = insurers.pop()
        result[str(code)] = insurer if verified.pop() == "ja" else None
    return result


def load_largest(path: Path = BEVOLKING_FILE, n: int = N_LARGE_GEMEENTEN) -> tuple[str, ...]:
    """The n largest gemeenten by inwoners, largest first (ties by code, so the order is stable)."""
    table = pd.read_csv(path, dtype={"gm_code": str})
    ordered = table.sort_values(["inwoners", "gm_code"], ascending=[False, True], kind="stable")
    return tuple(ordered["gm_code"].head(n))


def load_geography() -> Geography:
    indeling = named_module.load_indeling().set_index("gm_code", drop=False).sort_index()
    crosswalk = pd.read_csv(_data_file(CROSSWALK_FILE_NAME), dtype=str, keep_default_na=False)
    existed = crosswalk.loc[
        (crosswalk["gm_code"] == crosswalk["gm_code_2025"])
        & (crosswalk["valid_from_vintage"].astype(int) <= 2019),
        "gm_code",
    ]
    centroids = load_centroids()
    missing = sorted(set(indeling.index) - set(centroids))
    if missing:
        raise ValueError(f"geen geometrie voor {', '.join(missing[:5])}")
    zorgkantoor = load_zorgkantoor()
    missing_regions = sorted(set(indeling["zk_code"]) - set(zorgkantoor))
    if missing_regions:
        raise ValueError(f"geen zorgkantoor voor {', '.join(missing_regions)} in {REGION_TABLE_FILE.name}")
    large = load_largest()
    unknown = sorted(set(large) - set(indeling.index))
    if unknown:
        raise ValueError(f"{BEVOLKING_FILE.name}: {', '.join(unknown)} niet in de indeling 2025")
    return Geography(
        indeling=indeling,
        centroids=centroids,
        anchors=frozenset(existed) & set(indeling.index),
        zorgkantoor=zorgkantoor,
        large=large,
        g4=large[:N_G4],
    )


# --------------------------------------------------------------------------------------------------------------
# Initiative profiles (what stays the same over the years)


@dataclass
class Profile:
    key: int
    kind: str  # "carried" (2019 and 2020), "stopped" (2019 only), "new" (2020 only)
    reach: str = ""
    pv_code: str = ""
    anchor: str = ""
    gemeenten: tuple[str, ...] = ()
    wijken: tuple[str, ...] = ()
    place: str = ""
    startjaar: int = 0
    coalition: bool = False
    theme: str | None = None
    doelgroepen: tuple[str, ...] = ()
    insurers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    naam: str = ""

    def active(self, year: int) -> bool:
        return (self.kind != "new" or year == 2020) and (self.kind != "stopped" or year == 2019)


def _exact_counts(shares: dict[str, float], n: int) -> dict[str, int]:
    """Largest-remainder split of n over shares (deterministic, ties by key order)."""
    raw = {key: share * n for key, share in shares.items()}
    counts = {key: math.floor(value) for key, value in raw.items()}
    order = sorted(raw, key=lambda key: (-(raw[key] - counts[key]), list(raw).index(key)))
    for key in order[: n - sum(counts.values())]:
        counts[key] += 1
    return counts


def _deal(rng: np.random.Generator, counts: dict[str, int]) -> list[str]:
    """The exact multiset of counts as a shuffled list."""
    items = [key for key, count in counts.items() for _ in range(count)]
    return [items[i] for i in rng.permutation(len(items))]


def _weighted_choice(rng: np.random.Generator, items: Sequence[str], weights: Sequence[float]) -> str:
    probabilities = np.asarray(weights, dtype=float)
    return items[int(rng.choice(len(items), p=probabilities / probabilities.sum()))]


def _place_name(geo: Geography, profile: Profile) -> str:
    if profile.reach == "provincie":
        return str(geo.indeling.loc[geo.indeling["pv_code"] == profile.pv_code, "pv_naam"].iloc[0])
    anchor = geo.name(profile.anchor)
    if profile.reach == "wijk":
        return f"{anchor}-{profile.wijken[0]}" + (
            f" en {profile.wijken[1]}" if len(profile.wijken) > 1 else ""
        )
    if profile.reach == "regio":
        zk = geo.indeling.at[profile.anchor, "zk_code"]
        region = geo.indeling.loc[geo.indeling["zk_code"] == zk]
        if len(region) == len(profile.gemeenten):
            return str(region["zk_naam"].iloc[0])
        return f"{anchor} e.o."
    return anchor


def _gemeente_weight(geo: Geography, code: str) -> float:
    if code in geo.g4:
        return 8.0
    return 3.0 if code in geo.large else 1.0


def _assign_geography(rng: np.random.Generator, geo: Geography, profiles: list[Profile]) -> None:
    indeling = geo.indeling
    provinces = sorted(indeling["pv_code"].unique())
    weights = {code: _gemeente_weight(geo, code) for code in indeling.index}
    province_weight = {
        pv: sum(weights[c] for c in indeling.index[indeling["pv_code"] == pv]) for pv in provinces
    }
    carried = [p for p in profiles if p.kind == "carried"]
    guaranteed = provinces * MIN_PER_PROVINCE
    if len(carried) < len(guaranteed):
        raise ValueError("te weinig voorbeeldinitiatieven om elke provincie te bedienen")
    order = rng.permutation(len(carried))
    for index, pv in zip(order, guaranteed, strict=False):
        carried[index].pv_code = pv
    for profile in profiles:
        if not profile.pv_code:
            profile.pv_code = _weighted_choice(rng, provinces, [province_weight[pv] for pv in provinces])

    reaches = _deal(rng, _exact_counts(REACH_SHARES, len(profiles)))
    used_anchor: Counter[str] = Counter()
    provincial: set[str] = set()
    used_wijken: set[tuple[str, str]] = set()
    for profile, reach in zip(profiles, reaches, strict=True):
        if reach == "provincie" and profile.pv_code in provincial:
            reach = "regio"
        profile.reach = reach
        members = [c for c in indeling.index[indeling["pv_code"] == profile.pv_code] if c in geo.anchors]
        cap = {c: (5 if c in geo.g4 else 3 if c in geo.large else 1) for c in members}
        candidates = [c for c in members if used_anchor[c] < cap[c]] or members
        if reach == "wijk":  # wijk initiatives in the larger gemeenten where the provincie has one left
            candidates = [c for c in candidates if c in geo.large] or candidates
        power = 3.0 if reach == "wijk" else 1.0  # wijk initiatives mostly in cities
        profile.anchor = _weighted_choice(rng, candidates, [weights[c] ** power for c in candidates])
        used_anchor[profile.anchor] += 1
        if reach == "provincie":
            provincial.add(profile.pv_code)
            profile.gemeenten = tuple(sorted(indeling.index[indeling["pv_code"] == profile.pv_code]))
        elif reach == "regio":
            zk = indeling.at[profile.anchor, "zk_code"]
            region = sorted(indeling.index[indeling["zk_code"] == zk])
            if len(region) < 2:
                profile.reach = "gemeente"
                profile.gemeenten = (profile.anchor,)
            else:
                size = int(rng.integers(2, min(MAX_REGION_SIZE, len(region)) + 1))
                ax, ay = geo.centroids[profile.anchor]
                nearest = sorted(region, key=lambda c: (math.dist((ax, ay), geo.centroids[c]), c))
                profile.gemeenten = tuple(sorted(nearest[:size]))
                province = sorted(indeling.index[indeling["pv_code"] == profile.pv_code])
                if list(profile.gemeenten) == province and profile.pv_code not in provincial:
                    profile.reach = "provincie"  # a region that is exactly one provincie (e.g. Groningen)
                    provincial.add(profile.pv_code)
        else:
            profile.gemeenten = (profile.anchor,)
        if profile.reach == "wijk":
            free = [w for w in WIJK_NAMES if (profile.anchor, w) not in used_wijken]
            count = 1 if rng.random() < 0.65 or len(free) < 2 else 2
            picked = sorted(rng.choice(len(free), size=count, replace=False))
            profile.wijken = tuple(free[i] for i in picked)
            used_wijken.update((profile.anchor, w) for w in profile.wijken)
        profile.place = _place_name(geo, profile)


def _insurers_for(rng: np.random.Generator, geo: Geography, profile: Profile) -> tuple[str, ...]:
    """The region's zorgkantoor insurer mostly; sometimes a second insurer, sometimes another one instead."""
    zk_codes = Counter(geo.indeling.loc[list(profile.gemeenten), "zk_code"])
    zk = max(sorted(zk_codes), key=lambda code: zk_codes[code])
    primary = geo.zorgkantoor.get(zk) or LARGE_INSURERS[int(rng.integers(len(LARGE_INSURERS)))]
    draw = rng.random()
    others = [i for i in OTHER_INSURERS if i != primary]
    other_weights = [w for i, w in zip(OTHER_INSURERS, OTHER_INSURER_WEIGHTS, strict=True) if i != primary]
    if draw < 0.15:
        return (primary, _weighted_choice(rng, others, other_weights))
    if draw < 0.22:
        return (_weighted_choice(rng, others, other_weights),)
    return (primary,)


def _name(rng: np.random.Generator, profile: Profile, taken: set[str]) -> str:
    if profile.theme is not None:
        groups = [profile.theme, "generic"]
    elif profile.reach == "wijk":
        groups = ["wijk", "generic"]
    else:
        groups = ["generic"]
    for group in groups:
        # "Oss e.o. Vitaal" reads badly: a place ending in "e.o." only goes after the pattern's words.
        patterns = [
            p for p in NAME_PATTERNS[group] if not (profile.place.endswith(" e.o.") and p.startswith("{p}"))
        ]
        for offset in range(len(patterns)):
            pattern = patterns[(int(rng.integers(len(patterns))) + offset) % len(patterns)]
            name = pattern.format(p=profile.place)
            if name.casefold() not in taken:
                return name
    for suffix in itertools.count(2):
        name = f"Samen Gezond {profile.place} {suffix}"
        if name.casefold() not in taken:
            return name
    raise AssertionError("unreachable")


def make_profiles(
    rng: np.random.Generator,
    geo: Geography,
    counts: dict[str, int],
    coalitions: dict[str, int],
    real_names: Iterable[str],
) -> list[Profile]:
    """Profiles of all generated initiatives: counts per kind (carried/stopped/new), coalitions per kind."""
    profiles = [
        Profile(key=i, kind=kind)
        for i, kind in enumerate(kind for kind in ("carried", "stopped", "new") for _ in range(counts[kind]))
    ]
    _assign_geography(rng, geo, profiles)
    for kind, number in coalitions.items():
        # Coalitions are mostly formed around larger gemeenten (gemeente or regio reach).
        pool = [p for p in profiles if p.kind == kind and p.reach in ("gemeente", "regio")]
        weights = _normalised([_gemeente_weight(geo, p.anchor) for p in pool])
        for index in sorted(rng.choice(len(pool), size=number, replace=False, p=weights)):
            pool[index].coalition = True
    themes = list(INTERVENTION_SHARES[2020])
    theme_weights = list(INTERVENTION_SHARES[2020].values())
    years = list(START_YEAR_WEIGHTS)
    for profile in profiles:
        if profile.kind == "new":
            profile.startjaar = 2020
        elif profile.coalition:
            profile.startjaar = int(rng.choice([2017, 2018, 2019]))
        else:
            allowed = years if profile.kind == "carried" else years[:-1]
            profile.startjaar = int(
                _weighted_choice(rng, [str(y) for y in allowed], [START_YEAR_WEIGHTS[y] for y in allowed])
            )
        if not profile.coalition and rng.random() < THEME_SHARE:
            profile.theme = _weighted_choice(rng, themes, theme_weights)
        groups = list(THEME_TARGETS.get(profile.theme or "", ()))
        extra = int(rng.choice([1, 1, 2])) if groups else int(rng.choice([1, 2, 2, 3]))
        options = [g for g in TARGET_WEIGHTS if g not in groups]
        picked = rng.choice(
            len(options), size=extra, replace=False, p=_normalised([TARGET_WEIGHTS[g] for g in options])
        )
        groups += [options[i] for i in picked]
        profile.doelgroepen = tuple(code for code in schema.TARGET_GROUPS if code in groups)
        profile.insurers = _insurers_for(rng, geo, profile)
        n_partners = int(rng.choice([0, 0, 0, 1, 1, 2]))
        picked = rng.choice(
            len(OTHER_PARTNERS), size=n_partners, replace=False, p=_normalised(OTHER_PARTNER_WEIGHTS)
        )
        profile.partners = tuple(OTHER_PARTNERS[i] for i in sorted(picked))
    taken = {name.casefold() for name in real_names}
    for profile in profiles:
        profile.naam = _name(rng, profile, taken)
        taken.add(profile.naam.casefold())
    return profiles


def _normalised(weights: Sequence[float]) -> np.ndarray:
    array = np.asarray(weights, dtype=float)
    normalised: np.ndarray = array / array.sum()
    return normalised


# --------------------------------------------------------------------------------------------------------------
# Level plan: exact counts and the gemeente/zorgverzekeraar split under the consistency rule


@dataclass(frozen=True)
class LevelPlan:
    counts: dict[str, int]  # generated rows per level
    gemeente_only: int  # generated een_partij rows with the gemeente (the rest: only the insurer)
    unknown_with_gemeente: int
    unknown_with_insurer: int
    reduced: tuple[str, ...]  # levels that got fewer generated rows because real rows overflowed a target
    gemeente_total: int
    insurer_total: int


# When real rows alone exceed a level's target (e.g. more real "onbekend" rows than RIVM's 2), the surplus is
# taken from another level, in this order: first the large levels outside "afstemming" (so the published 49 /
# 36 / 13 stay intact).
REDUCIBLE_LEVELS: Final = ("apart", "in_gesprek", "een_partij", "geen", "informeel", "formeel")


def _has(row: RealRow, party: str) -> bool:
    parties = row["partijen"]
    assert isinstance(parties, tuple)
    return party in parties


def plan_levels(year: int, real: Sequence[RealRow], n_coalitions: int) -> LevelPlan:
    """Generated level counts and the een_partij/onbekend split that keep gemeente and zorgverzekeraar shares
    as evenly close to figure 2 as the levels allow.

    Every initiative at level ≥ apart involves both and every een_partij initiative one of them, so the sum
    gemeente + zorgverzekeraar is (nearly) fixed by the level counts; only its split is free. The split is
    chosen by, in order: the largest excess beyond ±SHARE_TOLERANCE_PP, the total excess, the largest
    deviation, the total deviation. So both shares land inside the band whenever the sum allows it, and the
    band is missed by as little as possible, shared between the two, when it does not.
    """
    n_total = TOTALS[year]
    targets = LEVEL_TARGETS[year]
    real_levels = Counter(str(row["samenwerkingsniveau"]) for row in real)
    base = {level: targets[level] - real_levels[level] for level in schema.LEVELS}
    overflow = sum(-value for value in base.values() if value < 0)
    base = {level: max(0, value) for level, value in base.items()}
    real_g = sum(_has(row, "gemeente") for row in real)
    real_z = sum(_has(row, "zorgverzekeraar") for row in real)
    share_g = PARTY_SHARES[year]["gemeente"]
    share_z = PARTY_SHARES[year]["zorgverzekeraar"]

    best: tuple[tuple[float, ...], LevelPlan] | None = None
    for reduced in itertools.combinations_with_replacement(REDUCIBLE_LEVELS, overflow):
        counts = dict(base)
        for level in reduced:
            counts[level] -= 1
        if min(counts.values()) < 0 or counts["formeel"] < n_coalitions:
            continue
        both = sum(counts[level] for level in schema.RANKED_LEVELS if schema.LEVEL_RANK[level] >= APART_RANK)
        single = counts["een_partij"]
        unknown = counts["onbekend"]
        preference = sum(REDUCIBLE_LEVELS.index(level) for level in reduced)
        for x, ug, uz in itertools.product(range(single + 1), range(unknown + 1), range(unknown + 1)):
            g = real_g + both + x + ug
            z = real_z + both + (single - x) + uz
            dev_g = 100 * g / n_total - share_g
            dev_z = 100 * z / n_total - share_z
            deviations = (abs(dev_g), abs(dev_z))
            excesses = [max(0.0, deviation - SHARE_TOLERANCE_PP) for deviation in deviations]
            key = (
                round(max(excesses), 9),
                round(sum(excesses), 9),
                round(max(deviations), 9),
                round(sum(deviations), 9),
                preference,
                x,
                ug,
                uz,
            )
            if best is None or key < best[0]:
                best = (key, LevelPlan(counts, x, ug, uz, tuple(reduced), g, z))
    if best is None:
        raise ValueError(f"{year}: geen niveauverdeling mogelijk rond de echte initiatieven")
    return best[1]


# --------------------------------------------------------------------------------------------------------------
# Per-year assignment


@dataclass
class Row:
    profile: Profile
    level: str = ""
    coalition: bool = False
    parties: set[str] = field(default_factory=set)
    interventions: set[str] = field(default_factory=set)
    gli: set[str] = field(default_factory=set)
    afspraken: str = ""
    funding: set[str] = field(default_factory=set)

    @property
    def rank(self) -> int:
        return schema.LEVEL_RANK.get(self.level, 0)


def _pick(
    rng: np.random.Generator,
    rows: Sequence[Row],
    n: int,
    weight: Sequence[float],
    forced: Iterable[int] = (),
) -> list[int]:
    """Exactly n indices of rows: the forced ones plus a weighted draw without replacement from the rest."""
    forced = sorted(set(forced))
    if n < len(forced) or n > len(rows):
        raise ValueError(f"cannot pick {n} of {len(rows)} rows with {len(forced)} forced")
    rest = [i for i in range(len(rows)) if i not in set(forced)]
    draw = n - len(forced)
    if draw == 0:
        return forced
    probabilities = _normalised([weight[i] for i in rest])
    chosen = rng.choice(len(rest), size=draw, replace=False, p=probabilities)
    return sorted(forced + [rest[i] for i in chosen])


def _assign_levels(
    rng: np.random.Generator, year: int, rows: list[Row], plan: LevelPlan, prev: dict[int, Row]
) -> None:
    for row in rows:
        if row.profile.coalition:
            row.coalition = True
            row.level = "formeel"
    counts = dict(plan.counts)
    counts["formeel"] -= sum(row.coalition for row in rows)
    open_rows = [i for i, row in enumerate(rows) if not row.coalition]
    unknown = _pick(rng, [rows[i] for i in open_rows], counts.pop("onbekend"), [1.0] * len(open_rows))
    for position in unknown:
        rows[open_rows[position]].level = schema.UNKNOWN_LEVEL
    ranked = [row for row in rows if not row.level]
    noise = rng.normal(0.0, 1.0, size=len(ranked))
    scores = []
    for row, jitter in zip(ranked, noise, strict=True):
        before = prev.get(row.profile.key)
        if before is not None:
            score = (before.rank or 3.5) + 0.8 * jitter
        else:
            age = year - row.profile.startjaar
            score = 0.35 * age + {"provincie": 0.6, "regio": 0.4, "gemeente": 0.2}.get(row.profile.reach, 0.0)
            score += 1.2 * jitter
        scores.append(score)
    order = sorted(range(len(ranked)), key=lambda i: (-scores[i], ranked[i].profile.key))
    levels = [level for level in reversed(schema.RANKED_LEVELS) for _ in range(counts[level])]
    for index, level in zip(order, levels, strict=True):
        ranked[index].level = level


def _assign_gemeente_insurer(rng: np.random.Generator, rows: list[Row], plan: LevelPlan) -> None:
    single = [row for row in rows if row.level == "een_partij"]
    unknown = [row for row in rows if row.level == schema.UNKNOWN_LEVEL]
    gemeente_only = set(_pick(rng, single, plan.gemeente_only, [1.0] * len(single)))
    with_g = set(_pick(rng, unknown, plan.unknown_with_gemeente, [1.0] * len(unknown)))
    with_z = set(_pick(rng, unknown, plan.unknown_with_insurer, [1.0] * len(unknown)))
    for row in rows:
        if row.rank >= APART_RANK:
            row.parties |= BOTH
    for i, row in enumerate(single):
        row.parties.add("gemeente" if i in gemeente_only else "zorgverzekeraar")
    for i, row in enumerate(unknown):
        if i in with_g:
            row.parties.add("gemeente")
        if i in with_z:
            row.parties.add("zorgverzekeraar")


def _intervention_weight(intervention: str, row: Row, prev: dict[int, Row]) -> float:
    groups = set(row.profile.doelgroepen)
    weight = 1.0
    if intervention == "welzijn_op_recept":
        weight *= 2.0 if "psychische_klachten" in groups else 1.0
        weight *= 1.5 if groups & {"ouderen", "mantelzorgers", "lage_ses"} else 1.0
    elif intervention == "gli":
        weight *= 3.0 if "overgewicht" in groups else 1.0
        weight *= 2.0 if "zorgverzekeraar" in row.parties else 1.0
    elif intervention == "valpreventie":
        weight *= 4.0 if "ouderen" in groups else 1.0
    elif intervention == "kinderen_overgewicht":
        weight *= 3.0 if "jongeren" in groups else 1.0
        weight *= 2.0 if groups & {"onderwijs", "overgewicht"} else 1.0
    elif intervention == "diabetes":
        weight *= 2.0 if "overgewicht" in groups else 1.0
        weight *= 1.5 if "lage_ses" in groups else 1.0
    before = prev.get(row.profile.key)
    if before is not None and intervention in before.interventions:
        weight *= 4.0
    return weight


def _count_real(real: Sequence[RealRow], column: str, code: str) -> int:
    return sum(code in row[column] for row in real)  # type: ignore[operator]


def _assign_interventions(
    rng: np.random.Generator,
    year: int,
    rows: list[Row],
    real: Sequence[RealRow],
    prev: dict[int, Row],
) -> None:
    n_offering = round_half_up(OFFERING_SHARE[year] * TOTALS[year])
    real_offering = sum(bool(row["interventies"]) for row in real)
    themed = [i for i, row in enumerate(rows) if row.profile.theme is not None]

    def offering_weight(row: Row) -> float:
        weight = 2.0 if row.rank >= AFSTEMMING_RANK else 1.3 if row.rank >= APART_RANK else 0.8
        before = prev.get(row.profile.key)
        return weight * (2.5 if before is not None and before.interventions else 1.0)

    offering_idx = _pick(rng, rows, n_offering - real_offering, [offering_weight(r) for r in rows], themed)
    offering = [rows[i] for i in offering_idx]
    for intervention, share in INTERVENTION_SHARES[year].items():
        needed = round_half_up(share * n_offering) - _count_real(real, "interventies", intervention)
        forced = [i for i, row in enumerate(offering) if row.profile.theme == intervention]
        weights = [_intervention_weight(intervention, row, prev) for row in offering]
        for i in _pick(rng, offering, max(needed, len(forced)), weights, forced):
            offering[i].interventions.add(intervention)
    # Every offering initiative offers at least one: move a non-theme intervention from a row that has two+.
    for row in offering:
        while not row.interventions:
            donors = [
                (donor, item)
                for donor in offering
                if len(donor.interventions) > 1
                for item in sorted(donor.interventions)
                if item != donor.profile.theme
            ]
            donor, item = donors[int(rng.integers(len(donors)))]
            donor.interventions.remove(item)
            row.interventions.add(item)


def _assign_gli_programs(
    rng: np.random.Generator, year: int, rows: list[Row], real: Sequence[RealRow]
) -> None:
    gli_rows = [row for row in rows if "gli" in row.interventions]
    total = len(gli_rows) + _count_real(real, "interventies", "gli")
    shares = GLI_PROGRAM_SHARES[year]
    real_recognised = sum(any(p in row["gli_programmas"] for p in RECOGNISED_GLI) for row in real)  # type: ignore[operator]
    n_recognised = min(len(gli_rows), round_half_up(GLI_RECOGNISED_SHARE[year] * total) - real_recognised)
    recognised_idx = set(_pick(rng, gli_rows, n_recognised, [1.0] * len(gli_rows)))
    recognised = [gli_rows[i] for i in sorted(recognised_idx)]
    for program in RECOGNISED_GLI:
        needed = round_half_up(shares[program] * total) - _count_real(real, "gli_programmas", program)
        weights = [3.0 if not row.gli else 1.0 for row in recognised]
        for i in _pick(rng, recognised, min(max(needed, 0), len(recognised)), weights):
            recognised[i].gli.add(program)
    for row in recognised:
        while not row.gli:
            donors = [(d, p) for d in recognised if len(d.gli) > 1 for p in sorted(d.gli)]
            donor, program = donors[int(rng.integers(len(donors)))]
            donor.gli.remove(program)
            row.gli.add(program)
    others = [row for i, row in enumerate(gli_rows) if i not in recognised_idx]
    for row in others:
        row.gli.add("overig")
    extra = (
        round_half_up(shares["overig"] * total) - _count_real(real, "gli_programmas", "overig") - len(others)
    )
    for i in _pick(rng, recognised, min(max(extra, 0), len(recognised)), [1.0] * len(recognised)):
        recognised[i].gli.add("overig")


def _party_weight(party: str, row: Row, prev: dict[int, Row]) -> float:
    groups = set(row.profile.doelgroepen)
    interventions = row.interventions
    reach = row.profile.reach
    weight = 1.0
    if party == "huisarts":
        weight *= 3.0 if interventions & {"welzijn_op_recept", "gli", "diabetes"} else 1.0
        weight *= 1.5 if groups & {"psychische_klachten", "ouderen"} else 1.0
    elif party == "welzijn":
        weight *= 3.0 if "welzijn_op_recept" in interventions else 1.0
        weight *= 1.5 if groups & {"ouderen", "mantelzorgers", "psychische_klachten"} else 1.0
    elif party == "thuiszorg":
        weight *= 3.0 if "valpreventie" in interventions else 1.0
        weight *= 2.0 if "ouderen" in groups else 1.0
    elif party == "ggd":
        weight *= 2.5 if "kinderen_overgewicht" in interventions else 1.0
        weight *= 2.0 if reach in ("regio", "provincie") else 1.0
        weight *= 1.5 if groups & {"jongeren", "onderwijs"} else 1.0
    elif party == "paramedici":
        weight *= 4.0 if "gli" in interventions else 1.0
        weight *= 3.0 if "valpreventie" in interventions else 1.0
        weight *= 2.0 if "diabetes" in interventions else 1.0
    elif party == "sociaal_werk":
        weight *= 2.0 if "lage_ses" in groups else 1.0
        weight *= 2.0 if "psychische_klachten" in groups else 1.0
        weight *= 1.5 if "welzijn_op_recept" in interventions else 1.0
    elif party == "inwoners":
        weight *= {"wijk": 3.0, "gemeente": 1.5}.get(reach, 1.0)
        weight *= 1.5 if "alle_inwoners" in groups else 1.0
    elif party == "kennisinstituut":
        weight *= 2.5 if reach in ("regio", "provincie") else 1.0
        weight *= 2.0 if row.coalition else 1.0
    elif party == "beroepsonderwijs":
        weight *= 2.0 if groups & {"jongeren", "onderwijs"} else 1.0
        weight *= 1.5 if reach == "regio" else 1.0
    before = prev.get(row.profile.key)
    if before is not None and party in before.parties:
        weight *= 4.0
    return weight


MIN_PARTIES: Final = named_module.MIN_PARTIES  # RIVM: a network initiative has three or more parties


def _assign_parties(
    rng: np.random.Generator,
    year: int,
    rows: list[Row],
    real: Sequence[RealRow],
    prev: dict[int, Row],
) -> None:
    for party in schema.PARTIES[2:]:
        needed = round_half_up(PARTY_SHARES[year][party] * TOTALS[year] / 100) - _count_real(
            real, "partijen", party
        )
        needed = min(max(needed, 0), len(rows))
        weights = [_party_weight(party, row, prev) for row in rows]
        for i in _pick(rng, rows, needed, weights):
            rows[i].parties.add(party)
    # At least three parties per initiative; counts per party stay exact (a party moves from a row with more).
    movable = schema.PARTIES[2:]
    for row in rows:
        while len(row.parties) < MIN_PARTIES:
            donors = [
                (donor, party)
                for donor in rows
                if len(donor.parties) > MIN_PARTIES
                for party in movable
                if party in donor.parties and party not in row.parties
            ]
            donor, party = donors[int(rng.integers(len(donors)))]
            donor.parties.remove(party)
            row.parties.add(party)


def _assign_agreements(rng: np.random.Generator, year: int, rows: list[Row], real: Sequence[RealRow]) -> None:
    agreeing = [row for row in rows if row.rank >= AFSTEMMING_RANK]
    real_agreeing = [row for row in real if schema.is_afstemming(str(row["samenwerkingsniveau"]))]
    total = len(agreeing) + len(real_agreeing)
    both = round_half_up(BOTH_AGREEMENTS_SHARE[year] * total) - sum(
        r["afspraken"] == "beide" for r in real_agreeing
    )
    both = min(max(both, 0), len(agreeing))
    weights = [3.0 if row.coalition else 1.5 if row.level == "formeel" else 1.0 for row in agreeing]
    chosen = set(_pick(rng, agreeing, both, weights))
    rest = [row for i, row in enumerate(agreeing) if i not in chosen]
    content = round_half_up(CONTENT_SHARE_OF_REST * len(rest))
    rest_kinds = _deal(rng, {"inhoud": content, "financiering": len(rest) - content})
    for i, row in enumerate(agreeing):
        if i in chosen:
            row.afspraken = "beide"
    for row, kind in zip(rest, rest_kinds, strict=True):
        row.afspraken = kind
    # Financing sources: named mostly where there are financial agreements (levels 5–6).
    sources = ("wmo", "zvw", "wpg")
    source_weights = _normalised([0.45, 0.35, 0.2])
    for row in rows:
        if row.afspraken in ("financiering", "beide"):
            size = int(rng.choice([1, 2, 2, 3], p=[0.3, 0.3, 0.25, 0.15]))
            picked = rng.choice(3, size=size, replace=False, p=source_weights)
            row.funding = {sources[i] for i in picked}
            if rng.random() < 0.1:
                row.funding.add("overig")
        elif row.rank >= APART_RANK and row.afspraken != "inhoud" and rng.random() < 0.2:
            row.funding = {sources[int(rng.choice(3, p=source_weights))]}
        elif row.level == "een_partij" and rng.random() < 0.15:
            row.funding = {"wmo" if "gemeente" in row.parties else "zvw"}
        elif row.level == "geen" and rng.random() < 0.25:
            row.funding = {"overig"}


def assign_year(
    rng: np.random.Generator,
    year: int,
    profiles: Sequence[Profile],
    real: Sequence[RealRow],
    prev: dict[int, Row] | None = None,
) -> tuple[list[Row], LevelPlan]:
    rows = [Row(profile) for profile in profiles if profile.active(year)]
    expected = TOTALS[year] - len(real)
    if len(rows) != expected:
        raise ValueError(f"{year}: {len(rows)} voorbeeldinitiatieven, verwacht {expected}")
    previous = prev or {}
    n_coalitions = sum(row.profile.coalition for row in rows)
    plan = plan_levels(year, real, n_coalitions)
    _assign_levels(rng, year, rows, plan, previous)
    _assign_gemeente_insurer(rng, rows, plan)
    _assign_interventions(rng, year, rows, real, previous)
    _assign_gli_programs(rng, year, rows, real)
    _assign_parties(rng, year, rows, real, previous)
    _assign_agreements(rng, year, rows, real)
    return rows, plan


# --------------------------------------------------------------------------------------------------------------
# Assembly


def _real_rows(named: pd.DataFrame | None) -> pd.DataFrame:
    if named is not None:
        return named
    path = named_module.INITIATIVES_DIR / named_module.NAMED_FILE_NAME
    return named_module.read_file(path) if path.exists() else named_module.build_frame()


def _row_record(row: Row, year: int, geo: Geography, seed: int) -> dict[str, object]:
    profile = row.profile
    parties = tuple(code for code in schema.PARTIES if code in row.parties) + profile.partners
    notes = [f"Voorbeelddata: gegenereerd door tools.generate (seed {seed}); geen echt initiatief."]
    if profile.reach == "regio":
        zk_name = str(geo.indeling.at[profile.anchor, "zk_naam"])
        notes.append(f"Gemeenten binnen zorgkantoorregio {zk_name}.")
    return {
        "id": "",
        "naam": profile.naam,
        "jaar": year,
        "preventiecoalitie": row.coalition,
        "reikwijdte": profile.reach,
        "gemeenten": profile.gemeenten,
        "wijken": profile.wijken,
        "samenwerkingsniveau": row.level,
        "afspraken": row.afspraken,
        "financiering": tuple(code for code in schema.FUNDING if code in row.funding),
        "zorgverzekeraars": profile.insurers if "zorgverzekeraar" in row.parties else (),
        "partijen": parties,
        "interventies": tuple(code for code in schema.INTERVENTIONS if code in row.interventions),
        "gli_programmas": tuple(code for code in schema.GLI_PROGRAMS if code in row.gli),
        "doelgroepen": profile.doelgroepen,
        "startjaar": profile.startjaar,
        "bron": BRON,
        "toelichting": " ".join(notes),
        schema.EXAMPLE_COLUMN: True,
        "_key": profile.key,
        "_pv": geo.indeling.at[profile.anchor, "pv_code"],
    }


def generate(seed: int = DEFAULT_SEED, named: pd.DataFrame | None = None) -> pd.DataFrame:
    """The generated example rows (voorbeelddata = ja) for 2019 and 2020, around the real rows in `named`
    (default: data/initiatieven/bekende_initiatieven.csv, else `tools.named.build_frame()`)."""
    rng = np.random.default_rng(seed)
    geo = load_geography()
    real_frame = _real_rows(named)
    real = {year: real_frame.loc[real_frame["jaar"] == year].to_dict("records") for year in YEARS}
    real_keys = {year: {str(row["id"]) for row in real[year]} for year in YEARS}
    real_coalitions = {year: sum(bool(row["preventiecoalitie"]) for row in real[year]) for year in YEARS}

    generated = {year: TOTALS[year] - len(real[year]) for year in YEARS}
    n_new = max(NEW_IN_2020, generated[2020] - generated[2019])
    n_carried = generated[2020] - n_new
    n_stopped = generated[2019] - n_carried
    existing = max(0, COALITIONS[2019] - real_coalitions[2019])
    # Real coalitions of 2020 that did not run in 2019 count as new ones.
    real_new = len({str(r["id"]) for r in real[2020] if r["preventiecoalitie"]} - real_keys[2019])
    new = max(0, COALITIONS[2020] - real_coalitions[2020] - existing)
    if real_new > COALITIONS[2020] - COALITIONS[2019]:
        raise ValueError("meer nieuwe echte preventiecoalities in 2020 dan RIVM telde")
    profiles = make_profiles(
        rng,
        geo,
        {"carried": n_carried, "stopped": n_stopped, "new": n_new},
        {"carried": existing, "new": new},
        real_frame["naam"].unique(),
    )
    rows_2020, _ = assign_year(rng, 2020, profiles, real[2020])
    by_key_2020 = {row.profile.key: row for row in rows_2020}
    rows_2019, _ = assign_year(rng, 2019, profiles, real[2019], prev=by_key_2020)

    records = [_row_record(row, 2019, geo, seed) for row in rows_2019]
    records += [_row_record(row, 2020, geo, seed) for row in rows_2020]
    frame = pd.DataFrame(records)
    frame = frame.sort_values(["jaar", "_pv", "naam"], kind="stable").reset_index(drop=True)
    frame["id"] = [
        f"V{year}-{n:03d}"
        for year, n in zip(frame["jaar"], frame.groupby("jaar").cumcount() + 1, strict=True)
    ]
    ids = {
        (int(year), int(key)): rid
        for year, key, rid in zip(frame["jaar"], frame["_key"], frame["id"], strict=True)
    }
    notes = []
    for year, key, note in zip(frame["jaar"], frame["_key"], frame["toelichting"], strict=True):
        other = 2019 if year == 2020 else 2020
        twin = ids.get((other, int(key)))
        notes.append(f"{note} Zelfde voorbeeldinitiatief in {other}: {twin}." if twin else note)
    frame["toelichting"] = notes
    return frame.drop(columns=["_key", "_pv"])[list(named_module.FILE_COLUMNS)]


def write(path: Path | None = None, seed: int = DEFAULT_SEED, named: pd.DataFrame | None = None) -> Path:
    target = path or named_module.INITIATIVES_DIR / GENERATED_FILE_NAME
    return named_module.write_frame(generate(seed, named), target)


# --------------------------------------------------------------------------------------------------------------
# Checks (used by the tests and printed by the CLI)


def check_consistency(row: dict[str, object]) -> list[str]:
    """Violations of the rule between level and parties in one row (empty list = consistent).

    level ≥ apart ⇒ gemeente and zorgverzekeraar; een_partij ⇒ exactly one; geen ⇒ neither; onbekend ⇒ free.
    Always: zorgverzekeraars named ⇔ "zorgverzekeraar" among the parties; afspraken only at levels 5–6; a
    preventiecoalitie is formeel; GLI programmes only with GLI.
    """
    problems = []
    parties = set(row["partijen"])  # type: ignore[call-overload]
    level = str(row["samenwerkingsniveau"])
    rank = schema.level_rank(level)
    involved = parties & BOTH
    if rank is not None and rank >= APART_RANK and involved != BOTH:
        problems.append(f"{level}: gemeente en zorgverzekeraar horen allebei bij de partijen")
    if level == "een_partij" and len(involved) != 1:
        problems.append("een_partij: precies één van gemeente/zorgverzekeraar")
    if level == "geen" and involved:
        problems.append("geen: gemeente noch zorgverzekeraar")
    if bool(row["zorgverzekeraars"]) != ("zorgverzekeraar" in parties):
        problems.append("zorgverzekeraars gevuld ⇔ zorgverzekeraar bij de partijen")
    if row["afspraken"] and (rank is None or rank < AFSTEMMING_RANK):
        problems.append("afspraken alleen bij informele of formele afspraken")
    if row["preventiecoalitie"] and level != "formeel":
        problems.append("een preventiecoalitie heeft formele afspraken")
    if row["gli_programmas"] and "gli" not in row["interventies"]:  # type: ignore[operator]
        problems.append("GLI-programma zonder GLI")
    return problems


def summary(frame: pd.DataFrame, year: int) -> dict[str, object]:
    """Achieved figures of one year of the combined data (real + generated)."""
    rows = frame.loc[frame["jaar"] == year]
    n = len(rows)
    offering = rows.loc[rows["interventies"].map(bool)]
    gli = rows.loc[rows["interventies"].map(lambda items: "gli" in items)]
    agreeing = rows.loc[rows["samenwerkingsniveau"].isin(schema.AFSTEMMING_LEVELS)]

    def share(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    return {
        "totaal": n,
        "niveaus": {level: int((rows["samenwerkingsniveau"] == level).sum()) for level in schema.LEVELS},
        "preventiecoalities": int(rows["preventiecoalitie"].sum()),
        "partijen_pct": {
            party: share(int(rows["partijen"].map(lambda items, p=party: p in items).sum()), n)
            for party in schema.PARTIES
        },
        "met_interventie": len(offering),
        "interventies_pct_van_aanbieders": {
            code: share(
                int(offering["interventies"].map(lambda items, c=code: c in items).sum()), len(offering)
            )
            for code in schema.INTERVENTIONS
        },
        "gli_programmas_pct_van_gli": {
            code: share(int(gli["gli_programmas"].map(lambda items, c=code: c in items).sum()), len(gli))
            for code in schema.GLI_PROGRAMS
        },
        "afstemming": len(agreeing),
        "afspraken": {code: int((agreeing["afspraken"] == code).sum()) for code in schema.AGREEMENTS},
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the generate command (for `python -m tools generate` and this module's own CLI)."""
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"seed (standaard {DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=named_module.INITIATIVES_DIR, help="map voor het bestand")
    parser.add_argument(
        "--named",
        type=Path,
        default=None,
        help="bestand met de echte initiatieven (standaard <out>/bekende_initiatieven.csv, anders bekende_initiatieven.toml)",
    )


def run(args: argparse.Namespace) -> int:
    """Write <out>/voorbeelddata_gegenereerd.csv around the real rows and print the achieved totals."""
    started = time.perf_counter()
    named_path = args.named or args.out / named_module.NAMED_FILE_NAME
    real = named_module.read_file(named_path) if named_path.exists() else named_module.build_frame()
    frame = generate(args.seed, real)
    path = named_module.write_frame(frame, args.out / GENERATED_FILE_NAME)
    combined = pd.concat([real, frame], ignore_index=True)
    print(f"{path}: {len(frame)} voorbeeldrijen (seed {args.seed}) in {time.perf_counter() - started:.2f} s")
    for year in YEARS:
        figures = summary(combined, year)
        print(f"{year}: {figures['totaal']} initiatieven, niveaus {figures['niveaus']}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools generate",
        description="Genereer de voorbeelddata rond de bekende initiatieven (reproduceerbaar per seed).",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
