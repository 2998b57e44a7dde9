"""The typed record: the validator makes it, the stored JSON and the pages' frame row are the plain codes of
before, and reading the JSON back gives the same value."""

from __future__ import annotations

import json

import pytest

from dashboard.core import schema
from dashboard.core.initiative import EDITABLE_FIELDS, Initiative
from dashboard.ingest.validation import RECORD_COLUMNS, data_path, load_path


@pytest.fixture(scope="module")
def shipped():
    return load_path(data_path(), keep_initiatives=True)


def test_every_shipped_record_survives_the_json_round_trip(shipped):
    assert len(shipped.initiatives) == len(shipped.records) > 200
    for initiative in shipped.initiatives:
        stored = json.loads(json.dumps(initiative.to_json()))
        assert Initiative.from_json(stored) == initiative


def test_the_frame_row_holds_plain_codes_in_the_columns_of_the_file(shipped):
    initiative = next(i for i in shipped.initiatives if i.financiering and i.afspraken)
    row = initiative.row()
    assert tuple(row) == RECORD_COLUMNS
    assert type(row["samenwerkingsniveau"]) is str and type(row["financiering"][0]) is str
    assert row["samenwerkingsniveau"] in schema.LEVELS
    assert initiative.samenwerkingsniveau is schema.Level(row["samenwerkingsniveau"])
    # The frame the pages get is built from the initiatives, row by row.
    frame_rows = shipped.records.to_dict(orient="records")
    assert [(r["id"], r["jaar"]) for r in frame_rows] == [i.key for i in shipped.initiatives]


def test_no_agreement_is_none_in_the_record_and_blank_in_the_row(shipped):
    initiative = next(i for i in shipped.initiatives if i.afspraken is None)
    assert initiative.row()["afspraken"] == "" and initiative.to_json()["afspraken"] == ""


def test_fields_by_column_name(shipped):
    initiative = shipped.initiatives[0]
    assert initiative["naam"] == initiative.naam
    assert len(initiative.comparable()) == len(EDITABLE_FIELDS)
    with pytest.raises(KeyError):
        initiative["bestaat_niet"]
    assert initiative.with_year(2031).key == (initiative.id, 2031)


def test_the_vocabulary_tuples_are_the_enums_values():
    assert tuple(level.value for level in schema.Level) == schema.LEVELS
    assert schema.LEVELS[0] == schema.UNKNOWN_LEVEL
    assert schema.FUNDING == ("wmo", "zvw", "wpg", "overig")
