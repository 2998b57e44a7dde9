"""The provenance block: what every download and the report say about their numbers."""

from dashboard.core.filters import Filters
from dashboard.render import provenance
from tests.dashboard.records_factory import make_records


def test_provenance_lines_in_order():
    lines = provenance.provenance_lines(
        source="initiatieven.csv",
        is_example=True,
        filters=Filters(
            jaar=2020, niveaus=("formeel", "informeel"), regios=("ZK02",), preventiecoalitie=True
        ),
        names={"ZK02": "Amsterdam"},
    )
    assert lines == [
        "Let op: voorbeelddata (gegenereerde initiatieven naast echte; geen gegevens per initiatief van het RIVM).",
        "Peiljaar: 2020",
        "Bron van de initiatieven: initiatieven.csv",
        "De totalen van de voorbeelddata volgen de RIVM-factsheet 2020.",
        "Filters: Samenwerkingsniveau: formele afspraken, informele afspraken; VNG–ZN-regio: Amsterdam; "
        "Preventiecoalitie: alleen preventiecoalities",
        "Telregel: een initiatief telt één keer landelijk en één keer in elke regio of provincie die het raakt.",
    ]


def test_provenance_without_example_year_or_filters_and_in_english():
    lines = provenance.provenance_lines(source="mijn.xlsx", is_example=False, filters=Filters(), lang="en")
    assert lines[0] == "Year: all years"
    # A user's own data is credited to their file only: RIVM's figures are not used for it.
    assert lines[1] == "Source of the initiatives: mijn.xlsx"
    assert not any("RIVM" in line for line in lines)
    assert lines[2] == "Filters: none"
    assert not any("xample" in line for line in lines)
    nl = provenance.provenance_lines(source="x", is_example=False, filters=Filters(jaar=2019), extra=["E"])
    assert nl[2] == "Filters: geen" and nl[3] == "E"


def test_the_source_names_the_rows_shown_in_words_never_a_server_file():
    """Issue 21.7: the register, named initiatives from public sources, example data, or the reader's own file
    by name; no file the reader did not upload, and only the sources of the rows shown."""
    records = make_records(
        {"bronbestand": "bekende_initiatieven.csv", "voorbeelddata": False},
        {"bronbestand": "voorbeelddata_gegenereerd.csv", "voorbeelddata": True},
        {"bronbestand": "voorbeelddata_gegenereerd.csv", "voorbeelddata": True},
        {"bronbestand": "register", "voorbeelddata": False},
        {"bronbestand": "/srv/import/upload_een_foute_rij.csv", "voorbeelddata": False},
    )
    text = provenance.source_label(records, "nl")
    assert text == (
        "het register, ingevoerd door zijn redacteuren (2 initiatieven), bekende initiatieven uit openbare "
        "bronnen, elk met zijn bron (1 initiatief) en voorbeelddata, gegenereerd (2 initiatieven)"
    )
    assert ".csv" not in text and "srv" not in text
    # Only the rows shown: a view of the example rows names no register and no public sources.
    assert provenance.source_label(records.iloc[1:3], "en") == "example data, generated (2 initiatives)"
    assert provenance.source_label(records.iloc[0:0], "nl") == "geen initiatieven in deze selectie"
    # The reader's own upload is named by its file name (never its path), beside the register it was put on.
    mine = make_records({"bronbestand": "/tmp/x/mijn.xlsx"}, {"bronbestand": "register"})
    assert provenance.source_label(mine, "nl", "/tmp/x/mijn.xlsx") == (
        "uw eigen bestand mijn.xlsx (1 initiatief) en het register, ingevoerd door zijn redacteuren (1 initiatief)"
    )
