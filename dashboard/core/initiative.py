"""One initiative in one peiljaar as a typed, immutable value: what the validator makes, the register stores and
reads back, and the records frame of the pages is built from.

Closed vocabularies are StrEnums (`schema.Level`, `Reach`, `Agreement`, `Funding`, `GliProgram`); open lists
(parties, interventions, target groups, insurers), where a person may write a value of their own, stay text.
The stored JSON (`to_json`/`from_json`, the only place that knows it) and the frame's values are the plain codes,
so records stored before this type existed read back unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Final, TypeAlias

from dashboard.core import schema
from dashboard.core.schema import Agreement, Funding, GliProgram, Level, Reach

Key: TypeAlias = tuple[str, int]
# A JSON value as stored in the register's `data` column.
Json: TypeAlias = str | int | bool | list[str] | None

# The fields a person can change: the file format's columns. Derived (bron_url) and provenance (bronbestand,
# bronrij) fields travel along but never count as a change.
EDITABLE_FIELDS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)


@dataclass(frozen=True, slots=True)
class Initiative:
    """A validated record; only the importer's validator makes one from user input (`dashboard.ingest`)."""

    id: str
    naam: str
    jaar: int
    preventiecoalitie: bool
    reikwijdte: Reach
    gemeenten: tuple[str, ...]
    wijken: tuple[str, ...]
    samenwerkingsniveau: Level
    afspraken: Agreement | None
    financiering: tuple[Funding, ...]
    zorgverzekeraars: tuple[str, ...]
    partijen: tuple[str, ...]
    interventies: tuple[str, ...]
    gli_programmas: tuple[GliProgram, ...]
    doelgroepen: tuple[str, ...]
    startjaar: int | None
    bron: str
    bron_url: str
    toelichting: str
    voorbeelddata: bool
    # Where the record came from: the file and its spreadsheet row (the form's "file" is "register").
    bronbestand: str
    bronrij: int

    @property
    def key(self) -> Key:
        return self.id, self.jaar

    def __getitem__(self, field: str) -> object:
        """A field by its column name, for code that walks the file format's columns (forms, diffs)."""
        if field not in FIELD_NAMES:
            raise KeyError(field)
        return getattr(self, field)

    def with_year(self, jaar: int) -> Initiative:
        """The same initiative in another peiljaar (a carried-over concept)."""
        return replace(self, jaar=jaar)

    def comparable(self) -> tuple[object, ...]:
        """The editable fields' values, in `EDITABLE_FIELDS` order, for "what changed"."""
        return tuple(getattr(self, field) for field in EDITABLE_FIELDS)

    def row(self) -> dict[str, object]:
        """The record as one row of the pages' records frame: plain codes, lists as tuples, "" for no agreement."""
        return {
            "id": self.id,
            "naam": self.naam,
            "jaar": self.jaar,
            "preventiecoalitie": self.preventiecoalitie,
            "reikwijdte": self.reikwijdte.value,
            "gemeenten": self.gemeenten,
            "wijken": self.wijken,
            "samenwerkingsniveau": self.samenwerkingsniveau.value,
            "afspraken": self.afspraken.value if self.afspraken is not None else "",
            "financiering": tuple(code.value for code in self.financiering),
            "zorgverzekeraars": self.zorgverzekeraars,
            "partijen": self.partijen,
            "interventies": self.interventies,
            "gli_programmas": tuple(code.value for code in self.gli_programmas),
            "doelgroepen": self.doelgroepen,
            "startjaar": self.startjaar,
            "bron": self.bron,
            "bron_url": self.bron_url,
            "toelichting": self.toelichting,
            "voorbeelddata": self.voorbeelddata,
            "bronbestand": self.bronbestand,
            "bronrij": self.bronrij,
        }

    def to_json(self) -> dict[str, Json]:
        """The stored form: the frame row with lists as JSON lists."""
        return {
            name: list(value) if isinstance(value, tuple) else _json_scalar(value)
            for name, value in self.row().items()
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Initiative:
        """A stored record read back (the inverse of `to_json`)."""
        afspraken = _text(data.get("afspraken"))
        startjaar = data.get("startjaar")
        return cls(
            id=_text(data["id"]),
            naam=_text(data.get("naam")),
            jaar=_integer(data["jaar"]),
            preventiecoalitie=bool(data.get("preventiecoalitie")),
            reikwijdte=Reach(_text(data.get("reikwijdte"))),
            gemeenten=_texts(data.get("gemeenten")),
            wijken=_texts(data.get("wijken")),
            samenwerkingsniveau=Level(_text(data.get("samenwerkingsniveau")) or schema.UNKNOWN_LEVEL),
            afspraken=Agreement(afspraken) if afspraken else None,
            financiering=tuple(Funding(code) for code in _texts(data.get("financiering"))),
            zorgverzekeraars=_texts(data.get("zorgverzekeraars")),
            partijen=_texts(data.get("partijen")),
            interventies=_texts(data.get("interventies")),
            gli_programmas=tuple(GliProgram(code) for code in _texts(data.get("gli_programmas"))),
            doelgroepen=_texts(data.get("doelgroepen")),
            startjaar=None if startjaar is None else _integer(startjaar),
            bron=_text(data.get("bron")),
            bron_url=_text(data.get("bron_url")),
            toelichting=_text(data.get("toelichting")),
            voorbeelddata=bool(data.get("voorbeelddata")),
            bronbestand=_text(data.get("bronbestand")),
            bronrij=_integer(data.get("bronrij") or 0),
        )


FIELD_NAMES: Final = frozenset(field.name for field in fields(Initiative))


def _json_scalar(value: object) -> Json:
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"not a stored value: {value!r}")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _texts(value: object) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    raise TypeError(f"not a list of texts: {value!r}")


def _integer(value: object) -> int:
    if isinstance(value, bool):
        raise TypeError(f"not a whole number: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float | str):
        return int(value)
    raise TypeError(f"not a whole number: {value!r}")
