"""The change log as a reader sees it: labels in their language (never codes), lists as removed/added, a long
text as the words that changed, the slide's figure and level changes, names from data made inert."""

from __future__ import annotations

import json
from datetime import datetime

from dashboard.analysis.changes import changes_of
from dashboard.core.organisation import Side
from dashboard.core.schema import Level
from dashboard.render import changes as shown
from tests.dashboard.analysis.test_changes import chain, record

NAMES = {"GM0935": "Maastricht", "GM0917": "Heerlen"}


def _one(action: str, after, extra=None, before=None):
    steps = [("nieuw", before or record(), {}), (action, after, extra or {})]
    return [c for c in changes_of(chain(*steps)) if c.version == 2]


def test_values_are_labels_in_the_reader_s_language():
    after = record(
        samenwerkingsniveau="formeel",
        gemeenten=["GM0935", "GM0917"],
        interventies=["gli", "kansrijke_start"],
        financiering=["wmo"],
        preventiecoalitie=True,
    )
    rows = {c.field: c for c in _one("gewijzigd", after)}
    nl = {f: shown.old_new(c, NAMES, "nl") for f, c in rows.items()}
    en = {f: shown.old_new(c, NAMES, "en") for f, c in rows.items()}
    assert nl["samenwerkingsniveau"] == ("gemeente en zorgverzekeraar in gesprek", "formele afspraken")
    assert en["samenwerkingsniveau"] == ("municipality and health insurer in talks", "formal agreements")
    assert nl["gemeenten"] == ("", "erbij: Heerlen")
    assert en["financiering"] == ("", "added: Wmo (social support act)")
    assert nl["preventiecoalitie"] == ("nee", "ja") and en["preventiecoalitie"] == ("no", "yes")
    # 2025 is a GALA year: the interventions carry GALA's names
    assert nl["interventies"][1] == "erbij: GLI (gecombineerde leefstijlinterventie) en Kansrijke Start"
    assert [shown.field_text(f, "en") for f in ("gemeenten", "partijen")] == [
        "Municipalities",
        "Parties involved",
    ]


def test_the_sides_word_and_a_dispute_read_as_old_to_new():
    confirmed = _one(
        "bevestigd_door", record(), {"side": Side.GEMEENTE, "organisation": "Gemeente Maastricht"}
    )[0]
    assert shown.old_new(confirmed, NAMES, "nl") == (
        "",
        "bevestigd door gemeente (gemeente en zorgverzekeraar in gesprek)",
    )
    disputed = _one("betwist", record(), {"side": Side.ZORGVERZEKERAAR, "proposed_level": Level.APART})[0]
    assert shown.old_new(disputed, NAMES, "en") == (
        "municipality and health insurer in talks",
        "proposed: municipality and health insurer involved separately",
    )
    silent = _one("betwist", record(), {"side": Side.ZORGVERZEKERAAR})[0]
    assert shown.old_new(silent, NAMES, "nl")[1] == "(geen niveau voorgesteld)"
    assert shown.who_text(disputed, "nl") == "redacteur (organisatie onbekend)"  # never the address


def test_a_long_text_shows_the_words_that_changed_and_short_ones_stay_whole():
    long_old = "Een lange toelichting " + " ".join(f"woord{n}" for n in range(40)) + " en dan het einde."
    long_new = long_old.replace("woord20", "iets anders")
    old, new = shown.excerpts(long_old, long_new)
    assert old == "… woord17 woord18 woord19 woord20 woord21 woord22 woord23 …"
    assert new == "… woord17 woord18 woord19 iets anders woord21 woord22 woord23 …"
    assert shown.excerpts("kort", "ook kort") == ("kort", "ook kort")
    whole_new = shown.excerpts("", long_new)[1]
    assert len(whole_new) <= shown.EXCERPT_CHARS + 2 and whole_new.endswith("…")
    change = _one("gewijzigd", record(toelichting=long_new), before=record(toelichting=long_old))[0]
    short_row = shown.change_row(change, NAMES, "nl", short=True)
    whole_row = shown.change_row(change, NAMES, "nl")
    assert short_row[7] == old and whole_row[7] == long_old  # the page shortens, the file keeps it whole


def test_the_slide_counts_kinds_and_lists_level_edits_not_disputes():
    versions = chain(
        ("nieuw", record(), {}),
        ("gewijzigd", record(samenwerkingsniveau="formeel", naam="[klik](javascript:x) *Heerlen*"), {}),
        (
            "betwist",
            record(samenwerkingsniveau="formeel"),
            {"side": Side.GEMEENTE, "proposed_level": Level.GEEN},
        ),
    )
    found = changes_of(versions)
    spec = json.loads(shown.kinds_figure(found, "nl").to_json())
    bar = spec["data"][0]
    assert bar["y"] == ["nieuw", "gewijzigd", "betwist"] and bar["x"] == [1, 2, 1]
    rows, more = shown.level_changes(found, NAMES, "nl")
    assert more == 0 and [row[1:] for row in rows] == [
        ("gemeente en zorgverzekeraar in gesprek", "formele afspraken")
    ]
    line = shown.level_lines(rows)[0]
    assert "\\[klik\\]\\(javascript\\:x\\)" in line and "\\*Heerlen\\*" in line  # inert in markdown


def test_the_csv_provenance_says_what_the_file_holds():
    lines = shown.provenance(
        since=datetime(2025, 3, 4, 10, 0), area="Regio Zuid-Limburg", kinds=("gewijzigd", "betwist"),
        revision=12, example=True, lang="nl",
    )  # fmt: skip
    assert lines[0].startswith("Let op: voorbeelddata")
    assert lines[1] == (
        "Wijzigingen in het register van de Preventiekaart sinds 4 maart 2025; gebied: Regio Zuid-Limburg; "
        "soort: gewijzigd en betwist"
    )
    assert "revisie 12" in lines[2] and any("UTC" in line for line in lines)
