"""The GALA matrix drawn: words beside colours, counts with their base, names escaped, RIVM's names before 2023,
blocks on a slide, and the CSV table through the one writer."""

from __future__ import annotations

import csv
import io

from dashboard.analysis.gala import gala_overview
from dashboard.core.filters import Filters
from dashboard.export import profile_files
from dashboard.export.need_files import TableSource
from dashboard.render import gala as gala_render
from tests.dashboard.records_factory import make_records
from tests.markup import parse_html

HOSTILE = '<img src=x onerror="alert(1)"> & <b>Vet</b>'
AREA = (("GM0001", HOSTILE), ("GM0002", "Beta"), ("GM0003", "Gamma"))


def _overview(**kwargs):
    records = make_records(
        {"id": "a", "gemeenten": ("GM0001",), "samenwerkingsniveau": "formeel", "interventies": ("gli",)},
        {"id": "b", "gemeenten": ("GM0002",), "reikwijdte": "wijk", "samenwerkingsniveau": "apart",
         "interventies": ("valpreventie",)},
        {"id": "c", "gemeenten": ("GM0003",), "samenwerkingsniveau": "onbekend", "interventies": ("gli",)},
    )  # fmt: skip
    return gala_overview(records, AREA, **kwargs)


def test_cells_say_in_words_what_their_colour_says():
    overview = _overview()
    assert gala_render.cell_text(overview.cell("GM0001", "gli"), "nl") == "formeel"
    assert gala_render.cell_text(overview.cell("GM0002", "valpreventie"), "nl") == "apart (wijk)"
    assert gala_render.cell_text(overview.cell("GM0003", "gli"), "en") == "? unknown"
    assert gala_render.cell_text(overview.cell("GM0003", "valpreventie"), "nl") == "✗ gat"
    assert gala_render.cell_title(overview.cell("GM0001", "gli"), "nl") == "formele afspraken, 1 initiatief"
    assert gala_render.fill_of(overview.cell("GM0001", "gli")) == ("#440154", "#ffffff")
    assert gala_render.fill_of(overview.cell("GM0001", "valpreventie")) == (
        gala_render.GAP_FILL,
        gala_render.GAP_TEXT,
    )


def test_the_matrix_escapes_names_and_counts_each_column_with_its_base():
    html = gala_render.matrix_html(_overview(), "Regio <Test>", 2020, "nl")
    parsed = parse_html(html)
    assert "img" not in parsed.tags and "b" not in parsed.tags and "script" not in parsed.tags
    assert HOSTILE in "".join(parsed.texts)  # shown as text
    assert "Regio <Test>" not in html and "Regio &lt;Test&gt;" in html
    assert "2 van 3 gemeenten" in html  # GLI: offered in 2 of the area's 3 gemeenten
    assert "0 van 3 gemeenten" in html
    assert parsed.tags.count("tr") == 4  # header + 3 gemeenten


def test_columns_use_rivm_names_before_gala_and_gala_names_after():
    before = gala_render.matrix_html(_overview(), "X", 2020, "nl")
    after = gala_render.matrix_html(_overview(), "X", 2024, "nl")
    assert "Welzijn op Recept" in before and "Sociaal verwijzen" not in before
    assert "Sociaal verwijzen (Welzijn op Recept)" in after and "Kind naar Gezonder Gewicht" in after
    assert "Kinderen met overgewicht" in before
    assert any("Kansrijke Start" in note for note in gala_render.notes(2020, "nl"))
    assert gala_render.notes(2024, "en")[0].startswith("GALA's five chain approaches")
    english = gala_render.matrix_html(_overview(), "X", 2024, "en")
    assert "Social referral (Welzijn op Recept)" in english and "2 of 3 municipalities" in english


def test_the_confirmation_mark_appears_only_once_confirmations_are_recorded():
    assert gala_render.CONFIRMED_MARK not in gala_render.matrix_html(_overview(), "X", 2020, "nl")
    recorded = _overview(confirmed_by_both={("a", 2020)})
    html = gala_render.matrix_html(recorded, "X", 2020, "nl")
    assert "formeel ✓✓" in html and "bevestigd door beide: 1" in html
    assert "bevestigd door gemeente én zorgverzekeraar" in html  # the legend explains the mark


def test_a_long_area_splits_into_blocks_side_by_side_on_a_slide():
    area = tuple((f"GM{i:04d}", f"Gemeente {i:02d}") for i in range(45))
    overview = gala_overview(make_records().iloc[0:0], area)
    html = gala_render.matrix_html(overview, "X", 2020, "nl", max_rows=gala_render.SLIDE_ROWS)
    parsed = parse_html(html)
    assert parsed.tags.count("table") == 3
    assert parsed.tags.count("tr") == 45 + 3  # every gemeente once, a header per block
    assert parse_html(gala_render.matrix_html(overview, "X", 2020, "nl")).tags.count("table") == 1


def test_the_csv_holds_every_cell_the_gaps_and_the_counts_with_provenance():
    overview = _overview()
    gemeenten = make_records().assign(regio_code=["ZK01"], regio_naam=["R"], pv_code=["PV20"], pv_naam=["P"])
    source = TableSource("test.csv", False, Filters(jaar=2020), gemeenten)
    download = profile_files.gala_download(overview, "Regio R", "gala_test", source, "nl")
    assert download.file_name == "gala_test.csv" and download.mime == "text/csv"
    text = download.data.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith('"# Ketenaanpakken per gemeente in Regio R"')
    assert any("Kansrijke Start" in line and "RIVM" in line for line in lines if line.startswith('"#'))
    rows = list(csv.reader(io.StringIO(text[text.index("\r\n\r\n") + 4 :]), delimiter=";"))
    assert rows[0][:3] == ["Gemeentecode", "Gemeente", "Kansrijke Start"]
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["GM0001"][4] == "formele afspraken, 1 initiatief"  # GLI column
    assert "Kansrijke Start" in by_code["GM0001"][-1]  # what is missing
    assert rows[-1][1] == "Gemeenten met aanbod" and rows[-1][4] == "2 van 3 gemeenten"


def test_a_name_that_starts_a_formula_stays_text_in_the_csv():
    overview = gala_overview(make_records().iloc[0:0], (("GM0001", "=HYPERLINK(1)"),))
    table = gala_render.display_table(overview, 2020, "en")
    assert table.iloc[0]["Municipality"] == "=HYPERLINK(1)"
    gemeenten = make_records().assign(regio_code=["ZK01"], regio_naam=["R"], pv_code=["PV20"], pv_naam=["P"])
    source = TableSource("f", True, Filters(), gemeenten)
    data = profile_files.gala_download(overview, "R", "x", source, "en").data.decode("utf-8-sig")
    assert '"\'=HYPERLINK(1)"' in data and '"=HYPERLINK' not in data
