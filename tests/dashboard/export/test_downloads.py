"""The chart CSV (exactly the drawn numbers, formula-safe) and the kaleido PNG."""

import csv
import io
import time

import pytest

from dashboard.analysis import chart_data
from dashboard.export import downloads, writer
from dashboard.render import charts
from tests.dashboard.records_factory import make_records


@pytest.fixture
def records():
    return make_records(
        {"partijen": ("gemeente",), "interventies": ("gli",)},
        {"partijen": ("gemeente", "ggd")},
        {"partijen": ()},
    )


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Dutch Excel reads it as UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_chart_csv_holds_provenance_then_exactly_the_drawn_numbers(records):
    table = chart_data.parties_table(records)
    lines = ["Peiljaar: 2020", "Bron: x"]
    rows = _rows(downloads.chart_csv_bytes(table, lines))
    assert rows[:3] == [["# Peiljaar: 2020"], ["# Bron: x"], []]  # the writer's one provenance convention
    assert rows[3] == ["code", "omschrijving", "percentage", "n", "basis"]
    body = rows[4:]
    assert [r[0] for r in body] == table["code"].tolist()
    assert body[0] == ["gemeente", "gemeente", "66,7", "2", "3"]  # decimal comma for Dutch Excel
    assert body[2] == ["ggd", "GGD", "33,3", "1", "3"]
    english = _rows(downloads.chart_csv_bytes(table, [], "en"))
    assert english[0][:3] == ["code", "description", "percentage"] and english[1][2] == "66.7"


def test_count_and_comparison_csv(records):
    levels = _rows(downloads.chart_csv_bytes(chart_data.levels_table(records), [], percent=False))
    assert levels[0] == ["code", "omschrijving", "aantal", "n", "basis"]
    assert levels[-1] == ["onbekend", "onbekend (geen gegevens)", "3", "3", "3"]
    both = chart_data.compare_table(
        chart_data.parties_table(records.iloc[:1]), chart_data.parties_table(records)
    )
    rows = _rows(downloads.chart_csv_bytes(both, [], scope_names={"region": "Zuid", "nl": "Nederland"}))
    assert rows[0][-1] == "gebied"
    assert rows[1][-1] == "Zuid" and rows[-1][-1] == "Nederland"


def test_csv_cells_cannot_start_a_formula(records):
    table = chart_data.parties_table(records)
    table.loc[0, "label"] = '=HYPERLINK("http://x")'
    rows = _rows(downloads.chart_csv_bytes(table, ["=1+1"]))
    assert rows[0] == ["# =1+1"]  # a marked provenance line never starts with a formula character
    assert rows[3][1] == '\'=HYPERLINK("http://x")'


def test_display_table_has_translated_headers(records):
    shown = downloads.display_table(chart_data.parties_table(records), "nl")
    assert list(shown.columns) == ["omschrijving", "percentage", "n", "basis"]


def test_figure_with_provenance_adds_an_escaped_footer(records):
    fig = charts.parties_figure(records)
    out = writer.figure_with_provenance(fig, ["Bron: <script>x</script>", "Peiljaar: 2020"])
    assert out.layout.height > fig.layout.height
    footer = out.layout.annotations[-1].text
    assert footer == "Bron: &lt;script&gt;x&lt;/script&gt;<br>Peiljaar: 2020"
    assert not fig.layout.annotations  # the on-screen figure is untouched


def test_plotly_config_hides_the_logo():
    config = downloads.plotly_config("grafiek")
    assert config["displaylogo"] is False
    assert config["toImageButtonOptions"]["filename"] == "grafiek"


def test_png_control_explains_a_missing_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "geen-chromium"))
    assert writer.chromium_path() is None
    reason = writer.png_unavailable_reason("nl")
    assert reason is not None and "chromium ontbreekt" in reason and "geen-chromium" in reason
    with pytest.raises(RuntimeError, match="chromium"):
        writer.figure_png(charts.empty_figure())


@pytest.mark.skipif(writer.chromium_path() is None, reason="Debian chromium not installed")
def test_png_is_rendered_by_kaleido_in_chromium(records):
    assert writer.png_unavailable_reason() is None
    start = time.perf_counter()
    png = writer.figure_png(charts.levels_figure(records), ["Peiljaar: 2020"])
    seconds = time.perf_counter() - start
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    assert width == writer.PNG_WIDTH
    assert seconds < 60
