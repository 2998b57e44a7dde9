"""The real, named gemeente–zorgverzekeraar initiatives: data/initiatieven/bekende_initiatieven.toml → rows.

The curation lives in that TOML file (sources, and the source table's own words as comments), so it can be
edited without Python. This module only loads and checks it, reporting a bad edit with line and field, and
turns each entry into rows of the initiative file format by documented rules. Nothing is invented:

- collaboration level only by a documented rule: a preventiecoalitie, or a convenant / werkagenda / akkoord
  signed by both gemeente and zorgverzekeraar → ``formeel``; anything else → ``onbekend``;
- parties, interventions and target groups only where the source names them;
- one row per data year (2019, 2020) in which the initiative demonstrably ran: start ≤ year ≤ known end. An
  initiative whose start is unknown or only an intention gets no row (conservative), with the reason in its
  `jaren_toelichting` and in data/initiatieven/LEESMIJ.md.

Run ``python -m tools.named [--out DIR]`` to check the TOML file and (re)write ``bekende_initiatieven.csv``.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import re
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import pandas as pd

from dashboard.core import schema
from dashboard.core.insurers import INSURERS
from geo.codes import GemeenteResolver, load_crosswalk

ROOT: Final = Path(__file__).resolve().parent.parent
DATA_DIR: Final = ROOT / "data"
INITIATIVES_DIR: Final = DATA_DIR / "initiatieven"
NAMED_FILE_NAME: Final = "bekende_initiatieven.csv"
CURATED_FILE: Final = INITIATIVES_DIR / "bekende_initiatieven.toml"
# Build-time fallback when data/ has no copy of the region table yet (same layout as geo.paths).
SHARED_DATA_DIR: Final = ROOT.parent / "shared" / "data"
INDELING_FILE_NAME: Final = "gemeente_regio_indeling_2025.csv"

DATA_YEARS: Final = (2019, 2020)
FILE_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)
MIN_PARTIES: Final = 3  # RIVM: a network initiative has three or more parties
FIRST_YEAR: Final = 1990
LAST_YEAR: Final = 2100

RULE_COALITION: Final = (
    "Niveau afgeleid: preventiecoalitie → formele afspraken (regel RIVM 2020: de 12 preventiecoalities "
    "vallen onder formele afspraken)."
)
RULE_SIGNED: Final = (
    "Niveau afgeleid: {document} ondertekend door gemeente en zorgverzekeraar → formele afspraken."
)
RULE_UNKNOWN: Final = (
    "Niveau onbekend: de bron noemt geen preventiecoalitie en geen door gemeente én zorgverzekeraar "
    "ondertekend convenant, werkagenda of akkoord."
)

# The fields of one [[initiatief]] in the TOML file, by kind.
TEXT_FIELDS: Final = (
    "id",
    "naam",
    "provincie",
    "zorgkantoorregio",
    "ondertekend_document",
    "jaren_toelichting",
    "toelichting",
)
LIST_FIELDS: Final = (
    "gemeenten",
    "wijken",
    "zorgverzekeraars",
    "partijen",
    "interventies",
    "doelgroepen",
    "financiering",
    "bron",
)
BOOL_FIELDS: Final = ("preventiecoalitie",)
YEAR_FIELDS: Final = ("startjaar", "loopt_vanaf", "loopt_tot")
ALL_FIELDS: Final = (*TEXT_FIELDS, *LIST_FIELDS, *BOOL_FIELDS, *YEAR_FIELDS)
REQUIRED_FIELDS: Final = ("id", "naam", "bron")
PLACE_FIELDS: Final = ("gemeenten", "provincie", "zorgkantoorregio")
CODED_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "interventies": schema.INTERVENTIONS,
    "doelgroepen": schema.TARGET_GROUPS,
    "financiering": schema.FUNDING,
    "zorgverzekeraars": tuple(INSURERS),
}
URL: Final = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class NamedInitiative:
    """One curated entry. Lists of parties hold schema codes and partners kept as free text."""

    id: str
    naam: str
    codes: tuple[str, ...]  # the 2025 GM codes, resolved from gemeenten / provincie / zorgkantoorregio
    provincie: str = ""  # all gemeenten of this provincie (pv_naam)
    zorgkantoorregio: str = ""  # all gemeenten of this zorgkantoorregio (zk_naam)
    wijken: tuple[str, ...] = ()
    preventiecoalitie: bool = False
    signed_document: str = ""  # convenant/werkagenda/akkoord signed by gemeente and insurer → formeel
    zorgverzekeraars: tuple[str, ...] = ()
    partijen: tuple[str, ...] = ()
    interventies: tuple[str, ...] = ()
    doelgroepen: tuple[str, ...] = ()
    financiering: tuple[str, ...] = ()
    startjaar: int | None = None
    loopt_vanaf: int | None = None  # first year it demonstrably ran; None → no rows
    loopt_tot: int | None = None  # last year it demonstrably ran, when the source gives an end
    jaren_toelichting: str = ""
    bron: tuple[str, ...] = ()
    toelichting: str = ""

    @property
    def level(self) -> str:
        return "formeel" if self.preventiecoalitie or self.signed_document else schema.UNKNOWN_LEVEL

    @property
    def level_note(self) -> str:
        if self.preventiecoalitie:
            return RULE_COALITION
        if self.signed_document:
            return RULE_SIGNED.format(document=self.signed_document)
        return RULE_UNKNOWN

    def years(self) -> tuple[int, ...]:
        return years_of(self.loopt_vanaf, self.loopt_tot)


def years_of(first: int | None, last: int | None) -> tuple[int, ...]:
    """The data years from the first to the last year it demonstrably ran (no first year → none)."""
    if first is None:
        return ()
    end = last if last is not None else max(DATA_YEARS)
    return tuple(year for year in DATA_YEARS if first <= year <= end)


# --------------------------------------------------------------------------------------------------------------
# Loading and checking the curated file


class CurationError(ValueError):
    """Every problem found in the curated file, one line each, with line number and field."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


class _Locator:
    """Line numbers of entries and fields in the TOML text (tomllib gives values, not positions)."""

    HEADER = re.compile(r"^\s*\[\[\s*initiatief\s*\]\]\s*(#.*)?$")

    def __init__(self, text: str, n_entries: int) -> None:
        self.lines = text.splitlines()
        starts = [i for i, line in enumerate(self.lines) if self.HEADER.match(line)]
        self.starts = starts if len(starts) == n_entries else []

    def _range(self, index: int) -> range:
        if not self.starts:
            return range(0)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines)
        return range(self.starts[index], end)

    def line(self, index: int, field: str = "", item: str | None = None) -> int | None:
        """1-based line of the entry, of its field, or of one item of a list field."""
        lines = self._range(index)
        if not lines:
            return None
        if not field:
            return lines.start + 1
        pattern = re.compile(rf"^\s*{re.escape(field)}\s*=")
        for i in lines:
            if pattern.match(self.lines[i]):
                if item is None:
                    return i + 1
                quoted = json.dumps(item, ensure_ascii=False)
                for j in range(i, lines.stop):
                    if quoted in self.lines[j]:
                        return j + 1
                return i + 1
        return lines.start + 1


class _Checker:
    """Checks one file's entries, collecting every problem instead of stopping at the first."""

    def __init__(self, path: Path, locator: _Locator, indeling: pd.DataFrame) -> None:
        self.path = path
        self.locator = locator
        self.indeling = indeling
        gemeenten = indeling[["gm_code", "gm_naam"]]
        self.resolver = GemeenteResolver(gemeenten, load_crosswalk())
        self._problems: list[tuple[int, str]] = []

    @property
    def problems(self) -> list[str]:
        """The problems in file order (stable for problems on the same line)."""
        return [message for _, message in sorted(self._problems, key=lambda problem: problem[0])]

    def report(self, index: int, label: str, field: str, message: str, item: str | None = None) -> None:
        line = self.locator.line(index, field, item)
        where = f"{self.path.name}, regel {line}" if line is not None else self.path.name
        where += f" ({label})"
        if field:
            where += f", veld '{field}'"
        self._problems.append((line or 0, f"{where}: {message}"))

    def _text(self, index: int, label: str, raw: dict[str, object], field: str) -> str:
        value = raw.get(field, "")
        if not isinstance(value, str):
            self.report(index, label, field, f"verwacht een tekst tussen aanhalingstekens, niet {value!r}")
            return ""
        return value.strip()

    def _list(self, index: int, label: str, raw: dict[str, object], field: str) -> tuple[str, ...]:
        value = raw.get(field, [])
        if isinstance(value, str):
            self.report(index, label, field, f'verwacht een lijst, bijvoorbeeld ["{value}"]')
            return ()
        if not isinstance(value, list):
            self.report(index, label, field, f"verwacht een lijst, niet {value!r}")
            return ()
        items: list[str] = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.report(index, label, field, f"verwacht alleen teksten in de lijst, niet {item!r}")
            elif item.strip() in items:
                self.report(index, label, field, f"'{item}' staat er twee keer in", item)
            else:
                items.append(item.strip())
        allowed = CODED_FIELDS.get(field)
        if allowed is not None:
            for item in items:
                if item not in allowed:
                    self.report(index, label, field, _unknown(item, allowed, "onbekende code"), item)
            items = [item for item in items if item in allowed]
        return tuple(items)

    def _year(self, index: int, label: str, raw: dict[str, object], field: str) -> int | None:
        value = raw.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(index, label, field, f"verwacht een jaartal zonder aanhalingstekens, niet {value!r}")
            return None
        if not FIRST_YEAR <= value <= LAST_YEAR:
            self.report(index, label, field, f"{value} is geen jaartal tussen {FIRST_YEAR} en {LAST_YEAR}")
            return None
        return value

    def _codes(
        self, index: int, label: str, raw: dict[str, object], names: tuple[str, ...]
    ) -> tuple[str, ...]:
        places = [field for field in PLACE_FIELDS if raw.get(field)]
        if len(places) != 1:
            message = "noem de gemeenten op één manier: gemeenten, provincie of zorgkantoorregio"
            self.report(index, label, places[1] if len(places) > 1 else "", message)
            return ()
        field = places[0]
        if field == "gemeenten":
            codes = []
            for name in names:
                code = self._resolve(index, label, name)
                if code is not None:
                    codes.append(code)
            return tuple(sorted(codes))
        column = "pv_naam" if field == "provincie" else "zk_naam"
        name = self._text(index, label, raw, field)
        members = self.indeling.loc[self.indeling[column] == name, "gm_code"].tolist()
        if not members:
            known = tuple(sorted(set(self.indeling[column])))
            self.report(index, label, field, _unknown(name, known, f"onbekende {field}"))
        return tuple(sorted(members))

    def _resolve(self, index: int, label: str, name: str) -> str | None:
        resolution = self.resolver.resolve(name)
        if resolution.status == "ok" and resolution.code is not None:
            return resolution.code
        # Candidates are codes for an ambiguous name and names for a misspelt one.
        known = self.resolver.names
        names = [known.get(item, item) for item in (resolution.codes or resolution.candidates)]
        message = f"'{name}' is geen gemeente van 2025"
        if resolution.status in ("mapped", "split"):
            message += f" (nu: {', '.join(names)}); gebruik de naam van 2025"
        elif names:
            message += f"; bedoelt u {' of '.join(names)}?"
        self.report(index, label, "gemeenten", message, name)
        return None

    def entry(self, index: int, raw: object) -> NamedInitiative | None:
        label = f"initiatief {index + 1}"
        if not isinstance(raw, dict):
            self.report(index, label, "", "verwacht een tabel [[initiatief]] met velden")
            return None
        if isinstance(raw.get("id"), str) and raw["id"].strip():
            label = raw["id"].strip()
        problems_before = len(self._problems)
        for field in sorted(set(raw) - set(ALL_FIELDS)):
            self.report(index, label, field, _unknown(field, ALL_FIELDS, "onbekend veld"))
        for field in REQUIRED_FIELDS:
            if not raw.get(field):
                self.report(index, label, "", f"het veld '{field}' ontbreekt of is leeg")
        texts = {field: self._text(index, label, raw, field) for field in TEXT_FIELDS}
        lists = {field: self._list(index, label, raw, field) for field in LIST_FIELDS}
        years = {field: self._year(index, label, raw, field) for field in YEAR_FIELDS}
        coalition = raw.get("preventiecoalitie", False)
        if not isinstance(coalition, bool):
            self.report(index, label, "preventiecoalitie", f"verwacht true of false, niet {coalition!r}")
            coalition = False
        for url in lists["bron"]:
            if not URL.fullmatch(url):
                self.report(index, label, "bron", f"'{url}' is geen URL (begint met https://)", url)
        codes = self._codes(index, label, raw, lists["gemeenten"])
        self._check_rules(index, label, texts, lists, years, coalition)
        if len(self._problems) > problems_before:
            return None
        return NamedInitiative(
            id=texts["id"],
            naam=texts["naam"],
            codes=codes,
            provincie=texts["provincie"],
            zorgkantoorregio=texts["zorgkantoorregio"],
            wijken=lists["wijken"],
            preventiecoalitie=coalition,
            signed_document=texts["ondertekend_document"],
            zorgverzekeraars=lists["zorgverzekeraars"],
            partijen=lists["partijen"],
            interventies=lists["interventies"],
            doelgroepen=lists["doelgroepen"],
            financiering=lists["financiering"],
            startjaar=years["startjaar"],
            loopt_vanaf=years["loopt_vanaf"],
            loopt_tot=years["loopt_tot"],
            jaren_toelichting=texts["jaren_toelichting"],
            bron=lists["bron"],
            toelichting=texts["toelichting"],
        )

    def _check_rules(
        self,
        index: int,
        label: str,
        texts: dict[str, str],
        lists: dict[str, tuple[str, ...]],
        years: dict[str, int | None],
        coalition: bool,
    ) -> None:
        """The rules between fields that every row must obey (see LEESMIJ.md, consistentieregel)."""
        parties = lists["partijen"]
        if bool(lists["zorgverzekeraars"]) != ("zorgverzekeraar" in parties):
            self.report(
                index,
                label,
                "zorgverzekeraars",
                "noem een zorgverzekeraar precies dan als 'zorgverzekeraar' bij de partijen staat",
            )
        if (coalition or texts["ondertekend_document"]) and not {"gemeente", "zorgverzekeraar"} <= set(
            parties
        ):
            self.report(
                index,
                label,
                "partijen",
                "bij formele afspraken (preventiecoalitie of ondertekend document) horen 'gemeente' en "
                "'zorgverzekeraar' bij de partijen",
            )
        first, last, start = years["loopt_vanaf"], years["loopt_tot"], years["startjaar"]
        if first is not None and last is not None and last < first:
            self.report(index, label, "loopt_tot", f"{last} ligt vóór loopt_vanaf ({first})")
        if first is not None and start is not None and start > first:
            self.report(index, label, "startjaar", f"{start} ligt na loopt_vanaf ({first})")
        has_rows = bool(years_of(first, last))
        if not has_rows and not texts["jaren_toelichting"]:
            self.report(
                index,
                label,
                "jaren_toelichting",
                'verplicht als het initiatief geen rij krijgt: zeg waarom ("Geen rij: ...")',
            )
        if has_rows and len(parties) < MIN_PARTIES:
            self.report(
                index, label, "partijen", f"een netwerkinitiatief heeft minstens {MIN_PARTIES} partijen"
            )


def _unknown(value: str, allowed: Sequence[str], kind: str) -> str:
    """'onbekende code 'gly'. Bedoelt u 'gli'? Toegestaan: ...' (kind with its Dutch adjective form)."""
    close = difflib.get_close_matches(value, allowed, n=1)
    hint = f" Bedoelt u '{close[0]}'?" if close else ""
    shown = ", ".join(allowed) if len(allowed) <= 20 else f"{', '.join(allowed[:20])}, …"
    return f"{kind} '{value}'.{hint} Toegestaan: {shown}."


def load_curated(
    path: Path = CURATED_FILE, indeling: pd.DataFrame | None = None
) -> tuple[NamedInitiative, ...]:
    """The checked entries of the curated file; raises CurationError listing every problem."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CurationError([f"{path.name}: geen geldige TOML ({error})"]) from None
    entries = data.get("initiatief")
    others = sorted(set(data) - {"initiatief"})
    if others:
        raise CurationError(
            [f"{path.name}: onbekend onderdeel '{others[0]}'; alleen [[initiatief]] is toegestaan"]
        )
    if not isinstance(entries, list) or not entries:
        raise CurationError([f"{path.name}: geen [[initiatief]] gevonden"])
    checker = _Checker(path, _Locator(text, len(entries)), load_indeling() if indeling is None else indeling)
    loaded = [checker.entry(index, raw) for index, raw in enumerate(entries)]
    seen: dict[str, int] = {}
    for index, entry in enumerate(loaded):
        if entry is None:
            continue
        if entry.id in seen:
            checker.report(index, entry.id, "id", f"id komt al voor bij initiatief {seen[entry.id] + 1}")
        seen.setdefault(entry.id, index)
    if checker.problems:
        raise CurationError(checker.problems)
    return tuple(entry for entry in loaded if entry is not None)


# --------------------------------------------------------------------------------------------------------------
# Region table and conversion


def indeling_path() -> Path:
    """The gemeente → region table: the repository's copy, else the shared source (build time only)."""
    for folder in (DATA_DIR, SHARED_DATA_DIR):
        path = folder / INDELING_FILE_NAME
        if path.exists():
            return path
    raise FileNotFoundError(f"{INDELING_FILE_NAME} niet gevonden in {DATA_DIR} of {SHARED_DATA_DIR}")


def load_indeling(path: Path | None = None) -> pd.DataFrame:
    return pd.read_csv(path or indeling_path(), dtype=str, keep_default_na=False)


def reach_of(entry: NamedInitiative) -> str:
    """Reach from the kind and number of gemeenten: named wijken → wijk, one → gemeente, a whole provincie →
    provincie, several (or a zorgkantoorregio) → regio."""
    if entry.wijken:
        return "wijk"
    if entry.provincie:
        return "provincie"
    return "gemeente" if len(entry.codes) == 1 else "regio"


def _ordered_parties(parties: Sequence[str]) -> tuple[str, ...]:
    canonical = [code for code in schema.PARTIES if code in parties]
    free = [item for item in parties if item not in schema.PARTIES]
    return (*canonical, *free)


def rows_of(entry: NamedInitiative) -> list[dict[str, object]]:
    notes = [entry.level_note]
    if entry.jaren_toelichting:
        notes.append(entry.jaren_toelichting)
    if entry.toelichting:
        notes.append(entry.toelichting)
    rows = []
    for year in entry.years():
        rows.append(
            {
                "id": entry.id,
                "naam": entry.naam,
                "jaar": year,
                "preventiecoalitie": entry.preventiecoalitie,
                "reikwijdte": reach_of(entry),
                "gemeenten": entry.codes,
                "wijken": entry.wijken,
                "samenwerkingsniveau": entry.level,
                "afspraken": "",
                "financiering": tuple(code for code in schema.FUNDING if code in entry.financiering),
                "zorgverzekeraars": entry.zorgverzekeraars,
                "partijen": _ordered_parties(entry.partijen),
                "interventies": tuple(code for code in schema.INTERVENTIONS if code in entry.interventies),
                "gli_programmas": (),
                "doelgroepen": tuple(code for code in schema.TARGET_GROUPS if code in entry.doelgroepen),
                "startjaar": entry.startjaar,
                "bron": " ; ".join(entry.bron),
                "toelichting": " ".join(notes),
                schema.EXAMPLE_COLUMN: False,
            }
        )
    return rows


def build_frame(entries: Sequence[NamedInitiative] | None = None) -> pd.DataFrame:
    """All rows of the named initiatives (voorbeelddata = nee), sorted by year and id."""
    curated = load_curated() if entries is None else entries
    rows = [row for entry in curated for row in rows_of(entry)]
    frame = pd.DataFrame(rows, columns=list(FILE_COLUMNS))
    return frame.sort_values(["jaar", "id"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------------------------
# File format (shared with tools.generate)


def cell(value: object) -> str:
    """One value as file text: lists joined by ';', booleans as ja/nee, missing as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, tuple | list):
        return schema.LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return str(value)


def to_csv_text(frame: pd.DataFrame) -> str:
    """The frame as the initiative file format: UTF-8 text, comma separated, minimal quoting, LF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FILE_COLUMNS)
    for record in frame.to_dict("records"):
        writer.writerow([cell(record[column]) for column in FILE_COLUMNS])
    return buffer.getvalue()


def write_frame(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_csv_text(frame).encode("utf-8"))
    return path


def read_file(path: Path) -> pd.DataFrame:
    """A file in this format back into a frame with tuples for list cells and ints/bools where typed.

    Only for our own shipped files (the generator reads the real rows with it); user files go through
    dashboard.ingest.
    """
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = raw.copy()
    for column in schema.LIST_COLUMNS:
        frame[column] = [
            tuple(item.strip() for item in text.split(schema.LIST_SEPARATOR) if item.strip())
            for text in raw[column]
        ]
    frame["jaar"] = raw["jaar"].astype(int)
    frame["startjaar"] = [int(text) if text else None for text in raw["startjaar"]]
    for column in ("preventiecoalitie", schema.EXAMPLE_COLUMN):
        frame[column] = raw[column].eq("ja")
    return frame


def write(path: Path | None = None, source: Path = CURATED_FILE) -> Path:
    return write_frame(build_frame(load_curated(source)), path or INITIATIVES_DIR / NAMED_FILE_NAME)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.named",
        description="Controleer bekende_initiatieven.toml en schrijf bekende_initiatieven.csv.",
    )
    parser.add_argument("--in", dest="source", type=Path, default=CURATED_FILE, help="het TOML-bestand")
    parser.add_argument("--out", type=Path, default=INITIATIVES_DIR, help="map voor het CSV-bestand")
    parser.add_argument("--check", action="store_true", help="alleen controleren, niets schrijven")
    args = parser.parse_args(argv)
    try:
        entries = load_curated(args.source)
    except CurationError as error:
        print(f"{len(error.problems)} fout(en) in {args.source}:", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    frame = build_frame(entries)
    if args.check:
        print(f"{args.source}: in orde ({len(entries)} initiatieven, {len(frame)} rijen)")
        return 0
    path = write_frame(frame, args.out / NAMED_FILE_NAME)
    print(f"{path}: {len(frame)} rijen van {frame['id'].nunique()} initiatieven (van {len(entries)} bekende)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
