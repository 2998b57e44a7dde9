"""Invisible and look-alike characters (issue 21.3, issue 22.9): two cells that look the same mean the same,
and what was changed is said with its row and column."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.ingest.validation import ImportResult, validate_table

LRM, RLO, PDF_MARK, ZWJ, ZWSP, SHY = "\u200e", "\u202e", "\u202c", "\u200d", "\u200b", "\u00ad"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, woman, girl: one picture
TECHNOLOGIST = "\U0001f469\u200d\U0001f4bb"  # woman and laptop: woman technologist
SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
CYRILLIC_A = "\u0410"


def rows(*overrides: dict[str, str]) -> pd.DataFrame:
    base = {"id": "ok-1", "naam": "Gezond in de wijk", "jaar": "2020", "gemeenten": "Zwolle"}
    return pd.DataFrame([{**base, **override} for override in overrides])


def validate(*overrides: dict[str, str]) -> ImportResult:
    result = validate_table(rows(*overrides))
    assert result.rows_total == result.rows_accepted + result.rows_rejected
    return result


def test_an_id_that_differs_by_an_invisible_mark_is_the_same_initiative():
    result = validate({}, {"id": "ok-1" + LRM}, {"id": LRM + "ok-1"})
    assert list(result.records["id"]) == ["ok-1"]
    assert result.rows_rejected == 2
    assert all("Dubbel: id 'ok-1'" in issue.message for issue in result.errors)
    warnings = [issue for issue in result.warnings if issue.column == "id"]
    assert [issue.row for issue in warnings] == [3, 4]
    assert all("onzichtbare of afwijkende tekens" in issue.message for issue in warnings)


@given(
    st.sampled_from([c for c in map(chr, range(0x110000)) if unicodedata.category(c) == "Cf"]),
    st.integers(0, 4),
)
@settings(deadline=None, max_examples=60)
def test_no_format_character_anywhere_in_an_id_makes_a_second_initiative(char, at):
    other = "ok-1"[:at] + char + "ok-1"[at:]
    result = validate({}, {"id": other})
    assert list(result.records["id"]) == ["ok-1"] and result.rows_rejected == 1


def test_a_reading_direction_override_in_a_name_is_removed_and_reported():
    result = validate({"naam": f"Gezond {RLO}kjiw ed ni{PDF_MARK} leven"})
    assert result.records["naam"].iloc[0] == "Gezond kjiw ed ni leven"
    (warning,) = [issue for issue in result.warnings if issue.column == "naam"]
    # The report shows where the characters were, without letting them turn its own text around.
    assert warning.row == 2 and warning.value == "Gezond [U+202E]kjiw ed ni[U+202C] leven"
    assert "2 onzichtbare tekens die de leesrichting veranderen (U+202E en U+202C)" in warning.message
    assert "reading direction" in warning.text("en")


@pytest.mark.parametrize("emoji", [FAMILY, TECHNOLOGIST, SCOTLAND, "\U0001f44b\U0001f3fd\u200d\u2642\ufe0f"])
def test_an_emoji_sequence_in_a_name_keeps_its_zero_width_joiners(emoji):
    result = validate({"naam": f"Samen {emoji} gezond", "toelichting": f"Voor {emoji}"})
    assert result.records["naam"].iloc[0] == f"Samen {emoji} gezond"
    assert result.records["toelichting"].iloc[0] == f"Voor {emoji}"
    assert not result.warnings


def test_a_zero_width_joiner_outside_an_emoji_is_removed_and_reported():
    result = validate({"naam": f"Ge{ZWJ}zond", "toelichting": f"Samen{ZWSP}werking met {SHY}buurt"})
    record = result.records.iloc[0]
    assert (record["naam"], record["toelichting"]) == ("Gezond", "Samenwerking met buurt")
    by_column = {issue.column: issue.message for issue in result.warnings}
    assert "verbindingsteken zonder breedte (buiten een emoji) (U+200D)" in by_column["naam"]
    assert "2 onzichtbare tekens" in by_column["toelichting"]
    assert "spatie zonder breedte (U+200B) en een zacht afbreekstreepje (U+00AD)" in by_column["toelichting"]


def test_codes_lose_their_invisible_characters_and_still_match():
    result = validate(
        {"gemeenten": f"GM0363{LRM}", "jaar": f"20{ZWSP}20", "samenwerkingsniveau": f"form{SHY}eel"}
    )
    assert result.rows_accepted == 1, result.issues
    record = result.records.iloc[0]
    assert (record["gemeenten"], record["jaar"], record["samenwerkingsniveau"]) == (
        ("GM0363",),
        2020,
        "formeel",
    )
    assert {issue.column for issue in result.warnings} >= {"gemeenten", "jaar", "samenwerkingsniveau"}


@pytest.mark.parametrize(
    ("column", "value", "letter"),
    [
        (
            "gemeenten",
            f"{CYRILLIC_A}msterdam",
            "de 1e letter, 'А', is geen Latijnse letter maar een Cyrillische letter",
        ),
        (
            "gemeenten",
            "Den \u041daag",
            "de 4e letter, 'Н', is geen Latijnse letter maar een Cyrillische letter",
        ),
        ("zorgverzekeraars", "\u0421Z", "de 1e letter, 'С', is geen Latijnse letter"),
        ("samenwerkingsniveau", "f\u043ermeel", "de 2e letter, 'о', is geen Latijnse letter"),
        ("partijen", "gemeente; huisart\u0455", "de 8e letter, 'ѕ'"),
        ("reikwijdte", "regi\u03bf", "Griekse letter (GREEK SMALL LETTER OMICRON)"),
        ("jaar", "2\u041e20", "'О', is geen Latijnse letter"),
        ("preventiecoalitie", "j\u0430", "'а', is geen Latijnse letter"),
    ],
)
def test_a_look_alike_letter_is_named_instead_of_corrected(column, value, letter):
    result = validate({column: value})
    assert result.rows_rejected == 1
    messages = [issue.message for issue in result.errors if issue.column == column]
    assert len(messages) == 1 and letter in messages[0], messages
    assert "Bedoelt u" not in messages[0] and "Onbekende" not in messages[0]
    assert "is not a Latin letter" in result.errors[0].text("en")


def test_the_cyrillic_amsterdam_of_the_issue_in_both_languages():
    result = validate({"gemeenten": f"{CYRILLIC_A}msterdam"})
    (error,) = result.errors
    assert error.message == (
        "'Аmsterdam' ziet eruit als gewone tekst, maar de 1e letter, 'А', is geen Latijnse letter maar een "
        "Cyrillische letter (CYRILLIC CAPITAL LETTER A). Typ de waarde opnieuw met een gewoon toetsenbord."
    )
    assert error.text("en") == (
        "'Аmsterdam' looks like ordinary text, but letter 1, 'А', is not a Latin letter but a Cyrillic letter "
        "(CYRILLIC CAPITAL LETTER A). Type the value again on an ordinary keyboard."
    )


def test_names_in_other_scripts_and_accents_are_not_look_alikes():
    result = validate(
        {"gemeenten": "Súdwest-Fryslân", "naam": "Здоровье в районе", "partijen": "Ελληνική κοινότητα"},
        {"id": "ok-2", "gemeenten": "'s-Hertogenbosch", "naam": "Café Ëten"},
    )
    assert result.rows_accepted == 2, result.issues


def test_the_register_form_keeps_an_emoji_sequence_in_a_saved_name():
    # Issue 22.9: the form's cells go through the same validation as a file's rows.
    from dashboard.register.records import validate_cells

    cells = {"id": "emoji-1", "naam": f"Team {TECHNOLOGIST} Zwolle", "jaar": "2020", "gemeenten": "Zwolle"}
    result = validate_cells(cells)
    assert result.rows_accepted == 1 and not result.warnings
    assert result.records["naam"].iloc[0] == f"Team {TECHNOLOGIST} Zwolle"
    bidi = validate_cells({**cells, "naam": f"Team {RLO}ollewZ"})
    assert bidi.records["naam"].iloc[0] == "Team ollewZ"
    assert any("leesrichting" in issue.message for issue in bidi.warnings)
