"""Reading and validating files of initiatives (CSV or XLSX) into the records the whole app uses.

Two promises hold for every file a user can throw at it:

- nothing raises on user content: a file that cannot be read becomes an `ImportResult` with one clear
  message, and every row problem becomes an `Issue` with the spreadsheet row number (header = row 1);
- rows in = rows accepted + rows rejected: a row is either a record or a rejected row with its messages.

Records are one row per initiative per year with the columns of `RECORD_COLUMNS` (codes of dashboard.schema,
lists as tuples, gemeenten as 2025 GM codes).

Messages are catalogue keys with parameters (`dashboard.i18n.messages.Msg`), so one cached result is shown in
Dutch or English as the reader chooses; `Issue.message` is the Dutch text (the CLI's JSON, the tests).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import pandas as pd

from dashboard.core import schema
from dashboard.core.insurers import canonical_insurer, is_known_insurer, likely_meant
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_int
from dashboard.i18n.messages import MAX_LISTED, Decimal, ListOf, Localized, Msg, WithMsg, render
from dashboard.ingest.budget import Budget, ValidationStoppedError
from dashboard.ingest.cleaning import (
    clean_code,
    clean_free_text,
    lookalike,
    removed_messages,
    strip_format,
    visible,
)
from dashboard.ingest.reading import (
    DROPPED_ATTR,
    FOLDER_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    OVERFLOW_COLUMN,
    ROW_INDEX_NAME,
    WARNINGS_ATTR,
    ImportFileError,
    read_table,
    too_large,
)
from dashboard.ingest.vocab import (
    AGREEMENTS_VOCAB,
    FUNDING_VOCAB,
    GLI_VOCAB,
    INTERVENTIONS_VOCAB,
    KNOWN_COLUMNS,
    LEVELS_VOCAB,
    PARTIES_VOCAB,
    REACH_VOCAB,
    TARGETS_VOCAB,
    UNSAFE_SCHEME,
    Vocabulary,
    canonical_column,
    cell_text,
    first_url,
    involved_parties,
    level_allowed_text,
    parse_bool,
    parse_int,
    split_list,
    unguard,
)

if TYPE_CHECKING:
    from geo.codes import GemeenteResolver, Resolution

Severity = Literal["error", "warning"]

# Shipped example data; `data_path()` lets an environment variable point the app at other files.
DEFAULT_DATA_PATH: Final = Path(__file__).resolve().parents[2] / "data" / "initiatieven"
DATA_ENV_VAR: Final = "PREVENTIEKAART_DATA"

REJECTED_ROW_COLUMN: Final = "rij"
REJECTED_ERRORS_COLUMN: Final = "fouten"
REJECTED_FILE_COLUMN: Final = "bestand"
ERROR_JOINER: Final = " | "


# Start years before this are typing errors, not prevention initiatives.
MIN_START_YEAR: Final = 1900
# Suggestions ("bedoelt u ...?") cost a fuzzy search each: they are made once per distinct unknown value and
# only for the first few hundred of those in a file, so 200,000 unknown names cannot occupy the server.
MAX_SUGGESTED_VALUES: Final = 300
# A fuzzy match on a value longer than any gemeente or insurer name costs much and finds nothing.
MAX_SUGGESTED_LENGTH: Final = 80
# A cell longer than this is no initiative's text (a pasted document, a broken export): its row is rejected.
MAX_CELL_CHARS: Final = 10_000
# Free text keeps the zero-width joiner of an emoji; ids and codes lose every invisible character (Cf).
_FREE_TEXT_COLUMNS: Final = frozenset(
    {"naam", "toelichting", "bron", "wijken", "partijen", "interventies", "doelgroepen"}
)

# The file's columns in schema order, with the vetted URL after "bron", then provenance of each row.
RECORD_COLUMNS: Final = (
    *schema.COLUMNS[: schema.COLUMNS.index("bron") + 1],
    "bron_url",
    *schema.COLUMNS[schema.COLUMNS.index("bron") + 1 :],
    schema.EXAMPLE_COLUMN,
    "bronbestand",
    "bronrij",
)
_RECORD_DTYPES: Final[dict[str, str]] = {
    "jaar": "int64",
    "preventiecoalitie": "bool",
    "voorbeelddata": "bool",
    "bronrij": "int64",
    "startjaar": "object",
    **dict.fromkeys(schema.LIST_COLUMNS, "object"),
}


def data_path() -> Path:
    """Where the app reads its records: `$PREVENTIEKAART_DATA` if set, else the shipped example data."""
    configured = os.environ.get(DATA_ENV_VAR, "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_DATA_PATH


# --------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Issue(WithMsg):
    """One problem; `row` is the spreadsheet row (header = 1), None for a problem with the file itself."""

    row: int | None
    column: str | None
    value: str | None
    severity: Severity
    msg: Msg | str

    def to_json_dict(self, lang: str = "nl") -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "severity": self.severity,
            "message": self.text(lang),
        }


@dataclass
class ImportResult:
    file: str
    rows_total: int
    records: pd.DataFrame
    rejected: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)
    # The error messages of each rejected row, in the order of `rejected` (whose column fouten is in Dutch).
    rejected_messages: list[tuple[Msg | str, ...]] = field(default_factory=list)

    @property
    def rows_accepted(self) -> int:
        return len(self.records)

    @property
    def rows_rejected(self) -> int:
        return len(self.rejected)

    @property
    def is_example(self) -> bool:
        """True when any record is marked as generated example data ("voorbeelddata")."""
        return bool(self.records["voorbeelddata"].any()) if len(self.records) else False

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == "warning"]

    @property
    def has_file_error(self) -> bool:
        """The file (not a row) is unusable: unreadable, empty, or without the required columns."""
        return any(issue.row is None and issue.severity == "error" for issue in self.issues)

    def to_json_dict(self, lang: str = "nl") -> dict[str, object]:
        """Exactly the JSON of `python -m dashboard validate --json`."""
        return {
            "file": self.file,
            "rows_total": self.rows_total,
            "rows_accepted": self.rows_accepted,
            "rows_rejected": self.rows_rejected,
            "issues": [issue.to_json_dict(lang) for issue in self.issues],
        }

    def rejected_in(self, lang: str) -> pd.DataFrame:
        """The rejected rows with their messages and the front column names in the reader's language."""
        rejected = self.rejected.copy()
        if len(self.rejected_messages) == len(rejected) and REJECTED_ERRORS_COLUMN in rejected:
            rejected[REJECTED_ERRORS_COLUMN] = [
                ERROR_JOINER.join(render(message, lang) for message in messages)
                for messages in self.rejected_messages
            ]
        names = {
            REJECTED_ROW_COLUMN: t("ingest.rejected.row", lang),
            REJECTED_ERRORS_COLUMN: t("ingest.rejected.errors", lang),
            REJECTED_FILE_COLUMN: t("ingest.rejected.file", lang),
        }
        return rejected.rename(columns=names)


def empty_records() -> pd.DataFrame:
    """A records frame without rows, with the columns and dtypes of real records."""
    return _records_frame([])


def records_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Validated record dicts (as the validator builds them, e.g. read back from the register) as a frame."""
    return _records_frame(rows)


def _records_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    if not rows:
        # Without rows pandas cannot infer anything: give every column its final dtype explicitly.
        return frame.astype({c: _RECORD_DTYPES.get(c, "str") for c in RECORD_COLUMNS})
    for column in (*schema.LIST_COLUMNS, "startjaar"):
        # Tuples and None must stay Python objects; pandas would otherwise turn None into NaN.
        frame[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype="object")
    return frame.astype(
        {c: _RECORD_DTYPES[c] for c in ("jaar", "preventiecoalitie", "voorbeelddata", "bronrij")}
    )


def _file_error_result(file: str, message: Msg, rows_total: int = 0) -> ImportResult:
    rejected = pd.DataFrame(columns=[REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN])
    return ImportResult(
        file, rows_total, empty_records(), rejected, [Issue(None, None, None, "error", message)]
    )


# --------------------------------------------------------------------------------------------------------------
# Validation


@dataclass
class _Context:
    """What validating one file needs besides the row: resolver, caches and keys seen in earlier files."""

    file: str
    resolver: GemeenteResolver
    seen: dict[tuple[str, int], tuple[str, int]]
    resolutions: dict[str, Resolution] = field(default_factory=dict)
    insurer_hints: dict[str, str | None] = field(default_factory=dict)
    suggested: int = 0
    # Set once a value went without a suggestion because of the cap: the report then says so.
    suggestions_stopped: bool = False

    def _may_suggest(self, item: str) -> bool:
        """Count one more distinct value to suggest for; False once the file has used up its suggestions."""
        if len(item) > MAX_SUGGESTED_LENGTH:
            return False
        if self.suggested >= MAX_SUGGESTED_VALUES:
            self.suggestions_stopped = True
            return False
        self.suggested += 1
        return True

    def resolve(self, item: str) -> Resolution:
        if item not in self.resolutions:
            resolution = self.resolver.resolve(item, suggest=False)
            if resolution.status == "unknown" and self._may_suggest(item):
                resolution = self.resolver.resolve(item)
            self.resolutions[item] = resolution
        return self.resolutions[item]

    def insurer_hint(self, item: str) -> str | None:
        """The known insurer an unknown name is a near miss of (see `likely_meant`), once per distinct name."""
        if item not in self.insurer_hints:
            unknown = not is_known_insurer(item)
            self.insurer_hints[item] = likely_meant(item) if unknown and self._may_suggest(item) else None
        return self.insurer_hints[item]


class _Row:
    """Collects the problems of one row: per column and kind at most MAX_LISTED, then one line with how many
    more (a list cell of 3,000 unknown values is one row's problem, not 3,000 lines of the report)."""

    def __init__(self, number: int) -> None:
        self.number = number
        self._issues: list[Issue] = []
        self._counts: dict[tuple[str | None, Severity], int] = {}

    def _add(self, column: str | None, value: str | None, severity: Severity, message: Msg) -> None:
        key = (column, severity)
        self._counts[key] = self._counts.get(key, 0) + 1
        if self._counts[key] <= MAX_LISTED:
            self._issues.append(Issue(self.number, column, value, severity, message))

    def error(self, column: str | None, value: str | None, message: Msg) -> None:
        self._add(column, value, "error", message)

    def warn(self, column: str | None, value: str | None, message: Msg) -> None:
        self._add(column, value, "warning", message)

    @property
    def issues(self) -> list[Issue]:
        more = [
            Issue(
                self.number,
                column,
                None,
                severity,
                Msg("read.row.more_issues", n=count - MAX_LISTED, column=column),
            )
            for (column, severity), count in self._counts.items()
            if count > MAX_LISTED
        ]
        return self._issues + more

    @property
    def ok(self) -> bool:
        return not any(issue.severity == "error" for issue in self._issues)


def _level_phrase(level: str) -> Msg:
    return Msg("ingest.level_phrase", rank=schema.level_rank(level), label=Msg(f"level.{level}"))


def _allowed(vocab: Vocabulary) -> Localized:
    return Localized.of(vocab.allowed_text)


def _lookalike(row: _Row, column: str, text: str) -> bool:
    """Reject a code or vocabulary value with a letter of another script among Latin ones ("Аmsterdam" with a
    Cyrillic А): it reads as the word it imitates, so "did you mean Amsterdam?" would only confuse."""
    message = lookalike(text)
    if message is not None:
        row.error(column, text, message)
    return message is not None


def _parse_year(row: _Row, column: str, text: str, low: int, high: int) -> int | None:
    if not text or _lookalike(row, column, text):
        return None
    number = parse_int(text)
    if number is None:
        row.error(column, text, Msg("ingest.year.not_a_year", value=text, column=column))
        return None
    if not low <= number <= high:
        row.error(
            column, text, Msg("ingest.year.impossible", column=column, number=number, low=low, high=high)
        )
        return None
    return number


def _parse_level(row: _Row, text: str) -> str | None:
    """The level code ("onbekend" for a blank cell), None when the value is not a level."""
    if not text:
        return schema.UNKNOWN_LEVEL
    if _lookalike(row, "samenwerkingsniveau", text):
        return None
    number = parse_int(text)  # "6", "6.0" and "6,0" are all level 6
    code = LEVELS_VOCAB.code(str(number) if number is not None else text)
    if code is None:
        row.error(
            "samenwerkingsniveau",
            text,
            Msg(
                "ingest.level.unknown",
                value=text,
                allowed=Localized.of(level_allowed_text),
                codes=", ".join(schema.LEVELS),
            ),
        )
    return code


def _parse_codes(row: _Row, vocab: Vocabulary, text: str) -> tuple[str, ...]:
    """A list cell of which every item must be a known code (financiering, gli_programmas)."""
    codes: list[str] = []
    for item in split_list(text):
        if _lookalike(row, vocab.column, item):
            continue
        code = vocab.code(item)
        if code is None:
            row.error(
                vocab.column,
                item,
                Msg("ingest.value.unknown", value=item, column=vocab.column, allowed=_allowed(vocab)),
            )
        elif code not in codes:
            codes.append(code)
    return tuple(codes)


def _parse_open_list(row: _Row, vocab: Vocabulary, text: str) -> tuple[str, ...]:
    """A list cell where known labels become codes and anything else is kept as free text."""
    values: list[str] = []
    for item in split_list(text):
        if _lookalike(row, vocab.column, item):
            continue
        value = vocab.code(item) or item
        if value not in values:
            values.append(value)
    return tuple(values)


def _parse_insurers(row: _Row, ctx: _Context, text: str) -> tuple[str, ...]:
    """Insurer names as their concern's canonical name. A near miss of a known insurer is kept as written (it
    may be an insurer we do not list) with a warning, because as a typo it would show as a separate insurer."""
    insurers: list[str] = []
    for item in split_list(text):
        if _lookalike(row, "zorgverzekeraars", item):
            continue
        meant = ctx.insurer_hint(item)
        if meant is not None:
            row.warn(
                "zorgverzekeraars",
                item,
                Msg("ingest.insurer.near_miss", value=item, meant=meant),
            )
        name = canonical_insurer(item)
        if name not in insurers:
            insurers.append(name)
    return tuple(insurers)


def _parse_gemeenten(row: _Row, ctx: _Context, text: str) -> tuple[str, ...]:
    codes: list[str] = []
    items = split_list(text)
    if not items:
        row.error(
            "gemeenten",
            text or None,
            Msg("ingest.gemeente.none"),
        )
        return ()
    for item in items:
        if _lookalike(row, "gemeenten", item):
            continue
        resolution = ctx.resolve(item)
        status = resolution.status
        if status in ("ok", "mapped", "split"):
            codes.extend(code for code in resolution.codes if code not in codes)
            if status != "ok":
                row.warn(
                    "gemeenten",
                    item,
                    resolution.msg or Msg("ingest.gemeente.mapped", value=item),
                )
        elif status == "ambiguous":
            row.error("gemeenten", item, resolution.msg or _ambiguous_message(ctx, item, resolution))
        elif status == "unknown":
            message = resolution.msg or Msg("ingest.gemeente.unknown", value=item)
            if "," in item:
                message = Msg("ingest.gemeente.comma_hint", message=message)
            row.error("gemeenten", item, message)
        # "empty" cannot occur: split_list drops blank items.
    return tuple(codes)


def _ambiguous_message(ctx: _Context, item: str, resolution: Resolution) -> Msg:
    options = ListOf.of((f"{ctx.resolver.name(code)} ({code})" for code in resolution.candidates), "or")
    return Msg("ingest.gemeente.ambiguous", value=item, options=options)


def _check_level_consistency(
    row: _Row,
    *,
    level: str,
    coalition: bool,
    afspraken: str,
    involved: set[str],
    level_text: str,
    afspraken_text: str,
) -> str:
    """Contradictions between preventiecoalitie, level, afspraken and parties; returns the (derived) level."""
    if coalition:
        if level == schema.UNKNOWN_LEVEL:
            # The documented rule of the data (issue 3): RIVM counts every preventiecoalitie at formeel.
            level = "formeel"
            row.warn(
                "samenwerkingsniveau",
                level_text or None,
                Msg("ingest.level.derived_formeel"),
            )
        elif level != "formeel":
            row.error(
                "samenwerkingsniveau",
                level_text,
                Msg("ingest.level.coalition_conflict", level=_level_phrase(level)),
            )
    rank = schema.level_rank(level)
    if afspraken:
        if rank is None:
            row.warn(
                "afspraken",
                afspraken_text,
                Msg("ingest.afspraken.level_unknown"),
            )
        elif rank < schema.LEVEL_RANK["informeel"]:
            row.error(
                "afspraken",
                afspraken_text,
                Msg("ingest.afspraken.level_too_low", level=_level_phrase(level)),
            )
    both = {"gemeente", "zorgverzekeraar"}
    if rank is not None and rank >= schema.LEVEL_RANK["apart"] and not both <= involved:
        missing = ListOf.of(Msg(f"party.{party}") for party in sorted(both - involved))
        row.warn("partijen", None, Msg("ingest.parties.missing", level=_level_phrase(level), missing=missing))
    elif level == "geen" and involved & both:
        row.warn(
            "partijen",
            None,
            Msg("ingest.parties.level_geen"),
        )
    elif level == "een_partij" and both <= involved:
        row.warn(
            "partijen",
            None,
            Msg("ingest.parties.level_een_partij"),
        )
    return level


def _parse_reach(row: _Row, text: str, *, wijken: tuple[str, ...], gemeenten: tuple[str, ...]) -> str:
    if not text:
        # Blank reach follows from the geography given: wijken → wijk, one gemeente → gemeente, more → regio.
        return "wijk" if wijken else ("gemeente" if len(gemeenten) <= 1 else "regio")
    if _lookalike(row, "reikwijdte", text):
        return ""
    reach = REACH_VOCAB.code(text)
    if reach is None:
        row.error("reikwijdte", text, Msg("ingest.reach.unknown", value=text, allowed=_allowed(REACH_VOCAB)))
    return reach or ""


def _parse_single_code(row: _Row, vocab: Vocabulary, text: str) -> str:
    """One code (afspraken); "" for a blank cell."""
    if not text or _lookalike(row, vocab.column, text):
        return ""
    code = vocab.code(text)
    if code is None:
        row.error(
            vocab.column,
            text,
            Msg("ingest.value.unknown", value=text, column=vocab.column, allowed=_allowed(vocab)),
        )
    return code or ""


def _check_bron(row: _Row, bron: str) -> None:
    if UNSAFE_SCHEME.search(bron):
        row.warn(
            "bron",
            bron,
            Msg("ingest.bron.unsafe"),
        )


def _check_duplicate(row: _Row, ctx: _Context, record_id: str, jaar: int) -> None:
    """(id, jaar) must be unique in the file and across the files of a folder; the later row is rejected."""
    key = (record_id, jaar)
    if key not in ctx.seen:
        ctx.seen[key] = (ctx.file, row.number)
        return
    other_file, other_row = ctx.seen[key]
    where = (
        Msg("ingest.duplicate.row", row=other_row)
        if other_file == ctx.file
        else Msg("ingest.duplicate.row_in_file", row=other_row, file=other_file)
    )
    row.error("id", record_id, Msg("ingest.duplicate", id=record_id, year=jaar, where=where))


def _cleaned(row: _Row, cells: Mapping[str, str]) -> dict[str, str]:
    """The cells without invisible characters, with a warning (row and column) where one was removed.

    The id is left to `_normalised`, whose warning says what it was read as.
    """
    cleaned = dict(cells)
    for column, text in cells.items():
        if text.isascii() or column in ("id", OVERFLOW_COLUMN):
            continue
        result = clean_free_text(text) if column in _FREE_TEXT_COLUMNS else clean_code(text)
        if result.changed:
            cleaned[column] = result.text
            for message in removed_messages(column, result):
                row.warn(column, visible(text), message)
    return cleaned


def _normalised(row: _Row, column: str, text: str) -> str:
    """``text`` NFKC-normalised (full-width letters, ligatures), and for the id without any invisible
    character (Unicode category Cf, such as U+200E), with a warning when that changed it."""
    clean = strip_format(text)[0] if column == "id" else text
    clean = " ".join(unicodedata.normalize("NFKC", clean).split())
    if clean != text:
        row.warn(column, visible(text), Msg("hardening.normalised", column=column, value=clean))
    return clean


def _validate_row(
    cells: Mapping[str, str], number: int, ctx: _Context
) -> tuple[dict[str, object] | None, list[Issue]]:
    """One row of canonical cells (column -> stripped text) to a record, or None with its errors."""
    row = _Row(number)
    get = cells.get
    for column, text in cells.items():
        if len(text) > MAX_CELL_CHARS:
            row.error(
                column,
                text[:60] + "…",
                Msg(
                    "hardening.cell_too_long",
                    column=column,
                    n=Localized.of(partial(fmt_int, len(text))),
                    cap=Localized.of(partial(fmt_int, MAX_CELL_CHARS)),
                ),
            )
    if not row.ok:
        return None, row.issues
    get = _cleaned(row, cells).get

    record_id = _normalised(row, "id", " ".join(get("id", "").split()))
    if not record_id:
        row.error("id", None, Msg("ingest.id.missing"))
    else:
        _lookalike(row, "id", record_id)
    naam = _normalised(row, "naam", " ".join(get("naam", "").split()))
    if not naam:
        row.error("naam", None, Msg("ingest.naam.missing"))

    jaar_text = get("jaar", "")
    jaar = _parse_year(row, "jaar", jaar_text, schema.MIN_YEAR, schema.MAX_YEAR)
    if jaar is None and not jaar_text:
        row.error("jaar", None, Msg("ingest.year.missing"))
    start_text = get("startjaar", "")
    startjaar = _parse_year(row, "startjaar", start_text, MIN_START_YEAR, schema.MAX_YEAR)
    if startjaar is not None and jaar is not None and startjaar > jaar:
        row.error("startjaar", start_text, Msg("ingest.year.start_after", start=startjaar, year=jaar))

    flags: dict[str, bool] = {}
    for column in ("preventiecoalitie", schema.EXAMPLE_COLUMN):
        text = get(column, "")
        if text and _lookalike(row, column, text):
            flags[column] = False
            continue
        value = parse_bool(text) if text else False
        if value is None:
            row.error(column, text, Msg("ingest.value.not_bool", value=text, column=column))
        flags[column] = bool(value)

    level_text = get("samenwerkingsniveau", "")
    level = _parse_level(row, level_text)

    gemeenten = _parse_gemeenten(row, ctx, get("gemeenten", ""))
    wijken = tuple(dict.fromkeys(split_list(get("wijken", ""))))
    reach = _parse_reach(row, get("reikwijdte", ""), wijken=wijken, gemeenten=gemeenten)
    afspraken_text = get("afspraken", "")
    afspraken = _parse_single_code(row, AGREEMENTS_VOCAB, afspraken_text)
    financiering = _parse_codes(row, FUNDING_VOCAB, get("financiering", ""))
    gli = _parse_codes(row, GLI_VOCAB, get("gli_programmas", ""))
    insurers = _parse_insurers(row, ctx, get("zorgverzekeraars", ""))
    partijen = _parse_open_list(row, PARTIES_VOCAB, get("partijen", ""))
    interventies = _parse_open_list(row, INTERVENTIONS_VOCAB, get("interventies", ""))
    doelgroepen = _parse_open_list(row, TARGETS_VOCAB, get("doelgroepen", ""))
    if gli and "gli" not in interventies:
        row.warn(
            "gli_programmas",
            get("gli_programmas", ""),
            Msg("ingest.gli.without_gli"),
        )

    bron = get("bron", "")
    _check_bron(row, bron)

    overflow = get(OVERFLOW_COLUMN, "")
    if overflow:
        row.error(
            None,
            overflow,
            Msg("ingest.row.overflow"),
        )

    record: dict[str, object] = {
        "id": record_id,
        "naam": naam,
        "jaar": jaar,
        "preventiecoalitie": flags["preventiecoalitie"],
        "reikwijdte": reach,
        "gemeenten": gemeenten,
        "wijken": wijken,
        "samenwerkingsniveau": level or schema.UNKNOWN_LEVEL,
        "afspraken": afspraken,
        "financiering": financiering,
        "zorgverzekeraars": insurers,
        "partijen": partijen,
        "interventies": interventies,
        "gli_programmas": gli,
        "doelgroepen": doelgroepen,
        "startjaar": startjaar,
        "bron": bron,
        "bron_url": first_url(bron),
        "toelichting": get("toelichting", ""),
        "voorbeelddata": flags[schema.EXAMPLE_COLUMN],
        "bronbestand": ctx.file,
        "bronrij": number,
    }
    if level is not None:
        # An unreadable level is already an error; checking it against other fields would only add noise.
        record["samenwerkingsniveau"] = _check_level_consistency(
            row,
            level=level,
            coalition=flags["preventiecoalitie"],
            afspraken=afspraken,
            involved=involved_parties(partijen, insurers),
            level_text=level_text,
            afspraken_text=afspraken_text,
        )

    if record_id and jaar is not None:
        _check_duplicate(row, ctx, record_id, jaar)
    return (record if row.ok else None), row.issues


def _header_map(
    columns: Iterable[str], dropped: tuple[tuple[str, ...], int] = ((), 0)
) -> tuple[dict[str, str], list[Issue]]:
    """raw header -> schema column, plus file-level warnings for unknown and repeated columns.

    ``dropped`` names the columns the reader left out (the first few, and how many in all): they are unknown
    columns too.
    """
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    issues: list[Issue] = []
    for header in columns:
        if header == OVERFLOW_COLUMN:
            mapping[header] = OVERFLOW_COLUMN
            continue
        column = canonical_column(header)
        if column is None:
            unknown.append(header)
        elif column in mapping.values():
            issues.append(
                Issue(
                    None,
                    header,
                    None,
                    "warning",
                    Msg("ingest.header.repeated", column=column, header=header),
                )
            )
        else:
            mapping[header] = column
    dropped_names, dropped_count = dropped
    if unknown or dropped_count:
        names = ListOf.of(
            (f"'{name}'" for name in (*unknown, *dropped_names)), total=len(unknown) + dropped_count
        )
        # The cell "value" names the same few columns, without words, so it reads in either language.
        shown = ", ".join(str(name) for name in names.items) + (", …" if names.more else "")
        issues.append(
            Issue(
                None,
                None,
                shown,
                "warning",
                Msg("ingest.header.unknown", names=names, known=", ".join(KNOWN_COLUMNS)),
            )
        )
    return mapping, issues


def _row_numbers(raw: pd.DataFrame) -> list[int]:
    if raw.index.name == ROW_INDEX_NAME:
        return [int(number) for number in raw.index]
    # A frame built by hand: number rows as a spreadsheet would (header = row 1).
    return list(range(2, len(raw) + 2))


# Rows turned into Python values at a time: the raw table is stored compactly, its cells as Python strings
# would cost ten times as much.
_ROWS_AT_A_TIME: Final = 2048


def _rows_of(raw: pd.DataFrame, used: list[tuple[str, str]]) -> Iterator[Any]:
    """The cells of the used columns, row by row, materialised a batch at a time."""
    selected = raw[[header for header, _ in used]]
    for start in range(0, len(selected), _ROWS_AT_A_TIME):
        yield from selected.iloc[start : start + _ROWS_AT_A_TIME].to_numpy(dtype=object)


def _rejected_frame(
    raw: pd.DataFrame, numbers: list[int], errors: Mapping[int, list[Msg | str]]
) -> pd.DataFrame:
    """The rejected rows (errors keyed by position in raw) with their original cells, after rij and fouten."""
    positions = sorted(errors)
    original = raw.iloc[positions].reset_index(drop=True)
    original = original.rename(
        columns=lambda name: (
            f"{name} (origineel)" if name in (REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN) else name
        )
    )
    if not len(original):
        original = original.astype(object)
    elif not all(isinstance(dtype, pd.StringDtype) for dtype in original.dtypes):
        # A hand-built table (numbers, NaN): as text. A read file's cells are text already, stored compactly.
        original = original.map(cell_text)
    front = pd.DataFrame(
        {
            REJECTED_ROW_COLUMN: pd.Series([numbers[p] for p in positions], dtype="int64"),
            REJECTED_ERRORS_COLUMN: pd.Series(
                [ERROR_JOINER.join(render(m) for m in errors[p]) for p in positions], dtype="str"
            ),
        }
    )
    return pd.concat([front, original], axis=1)


def _validate(
    raw: pd.DataFrame,
    file: str,
    resolver: GemeenteResolver,
    seen: dict[tuple[str, int], tuple[str, int]],
    budget: Budget | None = None,
) -> ImportResult:
    numbers = _row_numbers(raw)
    raw = raw.copy()
    raw.columns = [cell_text(column).strip() for column in raw.columns]
    # Duplicate header names would make raw[column] ambiguous; read_table never produces them.
    raw = raw.loc[:, ~raw.columns.duplicated()]
    mapping, issues = _header_map(raw.columns, raw.attrs.get(DROPPED_ATTR, ((), 0)))
    issues = [Issue(None, None, None, "warning", text) for text in raw.attrs.get(WARNINGS_ATTR, [])] + issues
    missing = [column for column in schema.REQUIRED_COLUMNS if column not in mapping.values()]
    if len(raw) == 0:
        issues.append(Issue(None, None, None, "error", Msg("ingest.file.no_rows")))
        return ImportResult(file, 0, empty_records(), _rejected_frame(raw, numbers, {}), issues)
    if missing:
        key = "ingest.missing_columns" if mapping else "ingest.missing_columns.no_known"
        message = Msg(key, n=len(missing), columns=ListOf.of(missing))
        issues = [Issue(None, None, ", ".join(missing), "error", message), *issues]
        every_row: dict[int, list[Msg | str]] = {position: [message] for position in range(len(raw))}
        rejected = _rejected_frame(raw, numbers, every_row)
        return ImportResult(
            file,
            len(raw),
            empty_records(),
            rejected,
            issues,
            [tuple(every_row[p]) for p in sorted(every_row)],
        )

    ctx = _Context(file=file, resolver=resolver, seen=seen)
    used = list(mapping.items())
    records: list[dict[str, object]] = []
    done: list[pd.DataFrame] = []
    errors: dict[int, list[Msg | str]] = {}
    budget = budget or Budget()
    for position, (number, row_values) in enumerate(zip(numbers, _rows_of(raw, used), strict=True)):
        budget.every(position)
        cells = {
            column: unguard(cell_text(value).strip())
            for (_, column), value in zip(used, row_values, strict=True)
        }
        record, row_issues = _validate_row(cells, number, ctx)
        issues.extend(row_issues)
        if record is None:
            errors[position] = [issue.msg for issue in row_issues if issue.severity == "error"]
        else:
            records.append(record)
            if len(records) == _ROWS_AT_A_TIME:
                # As compact columns (Arrow strings) a batch at a time: as dicts they cost many times more.
                done.append(_records_frame(records))
                records = []
    if ctx.suggestions_stopped:
        stopped = Msg("hardening.suggestions_stopped", cap=MAX_SUGGESTED_VALUES)
        issues.append(Issue(None, None, None, "warning", stopped))
    rejected = _rejected_frame(raw, numbers, errors)
    messages = [tuple(errors[p]) for p in sorted(errors)]
    done.append(_records_frame(records))
    frame = pd.concat(done, ignore_index=True) if len(done) > 1 else done[0]
    return ImportResult(file, len(raw), frame, rejected, issues, messages)


def _default_resolver() -> GemeenteResolver:
    from geo.codes import default_resolver  # imported lazily: building the resolver reads the gemeente tables

    return default_resolver()


def validate_table(
    raw: pd.DataFrame,
    *,
    file: str = "",
    resolver: GemeenteResolver | None = None,
    budget: Budget | None = None,
) -> ImportResult:
    """Validate a table of text cells (as `read_table` returns) into records and rejected rows."""
    return _validate(raw, file, resolver or _default_resolver(), {}, budget)


def _time_budget_message(stopped: ValidationStoppedError) -> Msg:
    return Msg("hardening.time_budget", seconds=Decimal(stopped.seconds, 0))


def load_bytes(
    data: bytes, filename: str, resolver: GemeenteResolver | None = None, budget: Budget | None = None
) -> ImportResult:
    """Read and validate one uploaded file; a file-level problem becomes a result with one error issue.

    A file over its time budget becomes such a result too; ValidationStoppedError propagates only when the
    budget's `should_stop` says the user has left (the caller then owns the message).
    """
    name = Path(filename).name or filename
    budget = budget or Budget()
    resolver = resolver or _default_resolver()
    try:
        raw = read_table(data, name, budget)
        return validate_table(raw, file=name, resolver=resolver, budget=budget)
    except ImportFileError as exc:
        return _file_error_result(name, exc.msg)
    except ValidationStoppedError as stopped:
        if not stopped.timed_out:
            raise
        return _file_error_result(name, _time_budget_message(stopped))


def _read_path(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        # Refuse before reading: a huge file should not be loaded into memory only to be rejected.
        raise too_large(size)
    return path.read_bytes()


def _load_file(
    path: Path, resolver: GemeenteResolver, seen: dict[tuple[str, int], tuple[str, int]]
) -> ImportResult:
    # Each server file gets its own budget: a folder of many good files is not cut short by their number.
    budget = Budget()
    try:
        data = _read_path(path)
        raw = read_table(data, path.name, budget)
        return _validate(raw, path.name, resolver, seen, budget)
    except ImportFileError as exc:
        return _file_error_result(path.name, exc.msg)
    except OSError as exc:
        return _file_error_result(path.name, Msg("ingest.file.cannot_open", reason=str(exc.strerror or exc)))
    except ValidationStoppedError as stopped:
        return _file_error_result(path.name, _time_budget_message(stopped))


def folder_files(folder: Path) -> list[Path]:
    """The CSV and XLSX files of a folder, sorted; Excel's lock files (~$…) and hidden files are skipped."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in FOLDER_EXTENSIONS and not p.name.startswith(("~$", "."))
    )


def load_path(path: Path, resolver: GemeenteResolver | None = None) -> ImportResult:
    """Read and validate a file, or every CSV/XLSX in a folder combined (ids unique across the files)."""
    path = Path(path)
    resolver = resolver or _default_resolver()
    if not path.exists():
        return _file_error_result(str(path), Msg("ingest.file.not_found", path=str(path)))
    if path.is_file():
        result = _load_file(path, resolver, {})
        result.file = str(path)
        return result
    files = folder_files(path)
    if not files:
        return _file_error_result(str(path), Msg("ingest.file.folder_empty", path=str(path)))
    seen: dict[tuple[str, int], tuple[str, int]] = {}
    results = [_load_file(file, resolver, seen) for file in files]
    return _combine(str(path), results)


def _combine(name: str, results: list[ImportResult]) -> ImportResult:
    """One result for a folder; messages name their file, rejected rows get a column bestand."""
    issues = [
        Issue(
            issue.row,
            issue.column,
            issue.value,
            issue.severity,
            Msg("ingest.in_file", file=result.file, message=issue.msg),
        )
        for result in results
        for issue in result.issues
    ]
    record_parts = [result.records for result in results if len(result.records)]
    records = pd.concat(record_parts, ignore_index=True) if record_parts else empty_records()
    rejected_parts = [
        result.rejected.assign(**{REJECTED_FILE_COLUMN: result.file})
        for result in results
        if len(result.rejected)
    ]
    if rejected_parts:
        rejected = pd.concat(rejected_parts, ignore_index=True).fillna("")
        front = [REJECTED_FILE_COLUMN, REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN]
        rejected = rejected[front + [c for c in rejected.columns if c not in front]]
    else:
        rejected = pd.DataFrame(columns=[REJECTED_FILE_COLUMN, REJECTED_ROW_COLUMN, REJECTED_ERRORS_COLUMN])
    total = sum(result.rows_total for result in results)
    messages = [
        messages for result in results if len(result.rejected) for messages in result.rejected_messages
    ]
    return ImportResult(name, total, records, rejected, issues, messages)
