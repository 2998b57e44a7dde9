"""The provenance block: what every download and the report say about their numbers."""

from dashboard.core.filters import Filters
from dashboard.render import provenance
from tests.dashboard.records_factory import make_records


def test_provenance_lines_in_order():
    lines = provenance.provenance_lines(
        file_name="initiatieven.csv",
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
    lines = provenance.provenance_lines(file_name="mijn.xlsx", is_example=False, filters=Filters(), lang="en")
    assert lines[0] == "Year: all years"
    # A user's own data is credited to their file only: RIVM's figures are not used for it.
    assert lines[1] == "Source of the initiatives: mijn.xlsx"
    assert not any("RIVM" in line for line in lines)
    assert lines[2] == "Filters: none"
    assert not any("xample" in line for line in lines)
    nl = provenance.provenance_lines(file_name="x", is_example=False, filters=Filters(jaar=2019), extra=["E"])
    assert nl[2] == "Filters: geen" and nl[3] == "E"


def test_source_label_names_the_files_not_the_server_path():
    records = make_records(
        {"bronbestand": "b.csv"}, {"bronbestand": "/srv/data/a.xlsx"}, {"bronbestand": "b.csv"}
    )
    assert provenance.source_label(records, "/srv/data") == "a.xlsx, b.csv"
    assert provenance.source_label(make_records(), "/srv/data/mijn.csv") == "mijn.csv"
