"""An English user uploads a bad file on the data page and reads every message in English."""

from __future__ import annotations

import re

from dashboard.ingest.vocab import KNOWN_COLUMNS, VOCABULARIES
from dashboard.ui.sidebar import LANG_KEY

PAGE = "app_pages/gegevens.py"
HEADER = (
    "id;naam;jaar;preventiecoalitie;reikwijdte;gemeenten;wijken;samenwerkingsniveau;afspraken;financiering;"
    "zorgverzekeraars;partijen;interventies;gli_programmas;doelgroepen;startjaar;bron;toelichting;kleur"
)
# One row per kind of problem the importer reports (the last column is unknown).
ROWS = (
    "ok-1;Goed;2020;nee;;Zwolle;;formeel;beide;;Zilveren Kruis;gemeente; ;;;2018;;;",
    "b-1;Jaar;1890;nee;;Zwolle;;formeel;;;;gemeente;;;;;;;",
    "b-2;Niveau;2020;nee;;Zwolle;;heel goed;;;;gemeente;;;;;;;",
    "b-3;Gemeente;2020;nee;;Amsterdm;;;;;;;;;;;;;",
    "b-4;Bergen;2020;nee;;Bergen;;;;;;;;;;;;;",
    "ok-1;Dubbel;2020;nee;;Zwolle;;;;;;;;;;;;;",
    "b-6;Coalitie;2020;misschien;;Zwolle;;;;;;;;;;;;;",
    "b-7;;2020;nee;;Zwolle;;;;;;;;;;2030;;;",
    "w-1;Weesp;2020;nee;;GM0457;;apart;;;Zilvren Kruis;;;;;;javascript:alert(1);;",
    "b-9;Reikwijdte;2020;ja;overal;Zwolle;;in gesprek;inhoud;Wmo;;;;;;;;;",
    "b-10;Gemeenten met komma;2020;nee;;Zwolle, Kampen;;;;;;;;;;;;;",
)
# Words that only a Dutch message would contain.
DUTCH = re.compile(
    r"\b(rij|rijen|niet|geen|onbekende?|ontbreekt|gemeente|bedoelt|tegenstrijdig|staat|kolom|vul|jaartal|"
    r"toegestaan|formele|afspraken|betrokken|dubbel|waarde)\b",
    re.IGNORECASE,
)


# Column names and codes are the file's own Dutch words and stay as they are in any language.
_FILE_WORDS = re.compile(
    r"'[^']*'|\b("
    + "|".join(sorted({*KNOWN_COLUMNS, *(c for v in VOCABULARIES.values() for c in v.codes)}))
    + r")\b"
)


def _dutch_words(message: str) -> list[str]:
    return DUTCH.findall(_FILE_WORDS.sub("", message))


def _csv() -> bytes:
    return ("\n".join((HEADER, *ROWS)) + "\n").encode("utf-8")


def test_english_user_gets_an_english_validation_report(app):
    at = app(PAGE)
    at.sidebar.radio(key=LANG_KEY).set_value("en").run()
    at.file_uploader[0].set_value(("bad.csv", _csv(), "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert {m.label: int(m.value) for m in at.metric} == {
        "Rows in file": len(ROWS),
        "Rows accepted": 2,
        "Rows rejected": len(ROWS) - 2,
    }
    issues = at.dataframe[0].value
    assert list(issues.columns) == ["Row", "Column", "Value", "Kind", "Message"]
    messages = list(issues["Message"])
    assert len(messages) >= len(ROWS)
    assert {m: _dutch_words(m) for m in messages if _dutch_words(m)} == {}
    assert any(m.startswith("Impossible jaar 1890: choose a year from") for m in messages)
    assert any("Municipality 'Amsterdm' not found. Did you mean: Amsterdam" in m for m in messages)
    assert any("is ambiguous: it can be Bergen (NH.) (GM0373) or Bergen (L.) (GM0893)" in m for m in messages)
    assert any("Weesp (GM0457) merged into Amsterdam (GM0363) as of 24 March 2022." in m for m in messages)
    assert any("Separate several municipalities with a semicolon" in m for m in messages)
    # The notice above the report counts the rejected rows in English, with the right plural.
    assert any(f"{len(ROWS) - 2} rows" in e.value for e in at.error)


def test_rejected_rows_download_is_in_the_readers_language():
    from dashboard.export.tabular import rejected_to_csv_bytes
    from dashboard.ingest.validation import load_bytes

    report = load_bytes(_csv(), "bad.csv")
    english = rejected_to_csv_bytes(report, "en").decode("utf-8-sig")
    dutch = rejected_to_csv_bytes(report, "nl").decode("utf-8-sig")
    # Every cell is quoted (export.tabular's csv_writer), the header too.
    assert english.splitlines()[0].startswith('"row";"errors";"id";"naam"')
    assert dutch.splitlines()[0].startswith('"rij";"fouten";"id";"naam"')
    assert "Impossible jaar 1890" in english and "Onmogelijk jaar 1890" in dutch
    assert "Onmogelijk" not in english
