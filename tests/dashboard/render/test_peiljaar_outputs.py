"""Issue 20.1 in every output of an open peiljaar: the note and its progress (render.peiljaar), a chart's figure
and PNG (the subtitle and the provenance under it), the provenance lines of every download, the PDF (read back
as text), and "only confirmed by both sides" with how many are."""

from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd
import pytest
from pypdf import PdfReader

from dashboard.core.confirmation import CONFIRMATION_COLUMN
from dashboard.core.filters import Filters, apply_filters
from dashboard.core.peiljaar import NO_ROUNDS, PeiljaarStatus, Progress, Rounds, progress
from dashboard.export import writer
from dashboard.ingest.validation import data_path, load_path
from dashboard.render import chart_views, peiljaar, provenance, report
from dashboard.render.tables import initiatives_table
from geo.boundaries import load_layers
from geo.regions import load_region_table

ROUNDS = Rounds(
    ((2020, PeiljaarStatus.VASTGESTELD), (2025, PeiljaarStatus.OPEN)),
    ((2025, (Progress("", 40, 25, 15, 12), Progress("ZK02", 5, 1, 4, 2))),),
)


def test_the_default_year_is_the_newest_vastgesteld_and_an_open_one_only_when_chosen():
    assert ROUNDS.default_year([2019, 2020, 2025]) == 2020
    assert ROUNDS.is_open(2025) and not ROUNDS.is_open(2020)
    assert ROUNDS.is_open(2026)  # records without a status row: being filled, never the default
    assert Rounds(((2025, PeiljaarStatus.OPEN),)).default_year([2025]) == 2025  # nothing vastgesteld yet
    assert not NO_ROUNDS.is_open(2025) and NO_ROUNDS.default_year([2019, 2025]) == 2025  # a user's own file


def test_progress_counts_each_region_an_initiative_touches():
    rows = progress(
        [(("GM0363", "GM0344"), True, False, False), (("GM0363",), False, True, True)],
        {"GM0363": "ZK02", "GM0344": "ZK27"},
    )
    assert [(r.regio, r.total, r.carried, r.updated, r.both) for r in rows] == [
        ("", 2, 1, 1, 1),
        ("ZK02", 2, 1, 1, 1),
        ("ZK27", 1, 1, 0, 0),
    ]


def test_the_note_says_open_and_how_far_in_both_languages_and_per_region():
    assert peiljaar.open_year_note(ROUNDS, 2020, "nl") is None
    nl = peiljaar.open_year_note(ROUNDS, 2025, "nl")
    assert nl == (
        "Peiljaar 2025 is nog open: de gegevens worden nog ingevuld. 15 van 40 initiatieven bijgewerkt, 12 door "
        "beide kanten bevestigd, 25 overgenomen en nog niet bijgewerkt."
    )
    en = peiljaar.open_year_note(ROUNDS, 2025, "en")
    assert en is not None and en.startswith("Reference year 2025 is still open") and "15 of 40" in en
    region = peiljaar.open_year_note(ROUNDS, 2025, "nl", "ZK02", "Amsterdam")
    assert region is not None and "In Amsterdam: 4 van 5 initiatieven bijgewerkt" in region
    assert peiljaar.open_year_short(ROUNDS, 2025, "nl") == (
        "Peiljaar 2025 is nog open: de gegevens worden nog ingevuld (15 van 40 initiatieven bijgewerkt)."
    )
    table = peiljaar.progress_frame(ROUNDS, 2025, {"ZK02": "Amsterdam"}, "nl")
    assert list(table.iloc[:, 0]) == ["Amsterdam (ZK02)", "Alle regio's"]
    assert peiljaar.confirmed_note(12, 40, "nl") == "12 van 40 initiatieven door beide kanten bevestigd"


@pytest.fixture(scope="module")
def shipped():
    return load_path(data_path())


def test_a_chart_of_an_open_year_says_so_in_its_figure_and_its_png_lines(shipped):
    lines = peiljaar.open_year_lines(ROUNDS, 2025, "nl")
    view = chart_views.with_note(chart_views.national("partijen", shipped.records, "nl"), lines)
    subtitle = view.figure.layout.title.subtitle.text
    assert "Peiljaar 2025 is nog open: de gegevens worden nog ingevuld." in subtitle
    assert "15 van 40 initiatieven bijgewerkt" in subtitle
    plain = chart_views.national("partijen", shipped.records, "nl")
    assert chart_views.with_note(plain, ()) is plain
    assert plain.figure.layout.title.subtitle.text is None  # the shared view was not changed
    provenance_lines = provenance.provenance_lines(
        source="register", is_example=True, filters=Filters(jaar=2025), lang="nl",
        year_note=peiljaar.open_year_note(ROUNDS, 2025, "nl"),
    )  # fmt: skip
    assert provenance_lines[1:3] == ["Peiljaar: 2025", peiljaar.open_year_note(ROUNDS, 2025, "nl")]
    png = writer.figure_png(view.figure, provenance_lines)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_pdf_of_an_open_year_carries_the_note_and_the_carried_over_label(shipped):
    geo = load_layers(load_region_table()).gemeenten
    records = shipped.records.copy()
    records["bevestiging"] = "onbevestigd"
    records["overgenomen"] = False
    first = records.index[records["gemeenten"].map(lambda g: "GM0363" in g) & (records["jaar"] == 2020)][0]
    records.loc[first, "overgenomen"] = True
    note = peiljaar.open_year_note(ROUNDS, 2025, "nl")
    built = report.build_report(
        records, geo, ("gemeente", "GM0363"), Filters(jaar=2020), "nl", shipped.file, True, date(2026, 11, 22),
        year_note=note, confirmed_note=peiljaar.confirmed_note(0, 3, "nl"),
    )  # fmt: skip
    text = re.sub(
        r"\s+",
        " ",
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(writer.pdf_file(built).data)).pages),
    )
    assert "Peiljaar 2025 is nog open" in text and "15 van 40 initiatieven bijgewerkt" in text
    assert "Alleen initiatieven die door beide kanten zijn bevestigd tellen mee: 0 van 3" in text
    assert "overgenomen (niet bijgewerkt)" in text


def test_only_confirmed_by_both_counts_the_registers_confirmed_and_nothing_of_a_file():
    records = pd.DataFrame(
        {
            "jaar": [2025, 2025, 2025],
            "bevestiging": ["beide", "gemeente", "betwist"],
            "gemeenten": [(), (), ()],
        }
    )
    gemeenten = pd.DataFrame(columns=["gm_code", "pv_code", "regio_code"])
    assert len(apply_filters(records, Filters(alleen_bevestigd=True), gemeenten)) == 1
    assert (
        len(
            apply_filters(
                records.drop(columns=CONFIRMATION_COLUMN), Filters(alleen_bevestigd=True), gemeenten
            )
        )
        == 0
    )
    assert Filters(alleen_bevestigd=True).active() == {"alleen_bevestigd": True}
    assert Filters().active() == {}
    assert (
        provenance.describe_filters(Filters(alleen_bevestigd=True), "nl")
        == "Alleen door beide kanten bevestigd"
    )


def test_one_record_shows_its_standing(shipped):
    records = shipped.records.head(3).copy()
    records["bevestiging"] = ["beide", "betwist", "onbevestigd"]
    records["overgenomen"] = [False, False, True]
    table = initiatives_table(records, "nl")
    assert list(table["Status"]) == [
        "bevestigd door beide kanten",
        "betwist",
        "overgenomen (niet bijgewerkt)",
    ]
    assert "Status" not in initiatives_table(shipped.records.head(3), "nl").columns  # a file has no standing
