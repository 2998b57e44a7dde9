"""The need page's downloads: the ranked list and the per-capita table, through the one writer."""

import pandas as pd

from dashboard.analysis.need import need_counts, need_sentence, need_table, ranked_missing
from dashboard.core.filters import Filters
from dashboard.export import need_files, writer
from dashboard.render.need_tables import display_table
from tests.dashboard.need_factory import NAN, VAL


def test_export_has_provenance_and_is_formula_safe(need_records, need_context, need_gemeenten):
    need_context.loc[need_context["gm_code"] == "GM2", "gm_naam"] = "=HYPERLINK(1)"
    table = need_table(VAL, need_records, need_context, need_gemeenten)
    shown = display_table(ranked_missing(table, VAL), VAL, "nl")
    assert list(shown.columns[:5]) == [
        "Rang",
        "Gemeente",
        "VNG–ZN-regio",
        "Provincie",
        "% 65-plussers (van alle inwoners), 2024",
    ]
    filters = Filters(jaar=2020, regios=("R1",), niveaus=("formeel",))
    sentence = need_sentence(VAL, need_counts(table), "nl")
    source = need_files.TableSource("mijn.csv", is_example=True, filters=filters, gemeenten=need_gemeenten)
    lines = need_files.need_provenance(VAL, sentence, source, "nl")
    download = need_files.table_download("nood", shown, lines, "nl")
    assert (download.file_name, download.mime) == ("nood.csv", "text/csv")
    data = download.data
    assert isinstance(data, bytes)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "# Preventiekaart – nood en aanbod: 2 gemeenten met ≥ 25% 65-plussers" in text
    assert "# Peiljaar: 2020" in text and "# Bron van de initiatieven: mijn.csv" in text
    assert "VNG–ZN-regio: Regio Een" in text and "Samenwerkingsniveau: formele afspraken" in text
    assert "# Let op: voorbeelddata" in text and "# Bron: CBS" in text
    # The one filter description: the coalition filter and "none" read the same as in every other download.
    assert "# Filters: Samenwerkingsniveau: formele afspraken; VNG–ZN-regio: Regio Een" in text
    assert "'=HYPERLINK(1)" in text  # formula guard
    assert '\r\n"Rang";"Gemeente";' in text  # text quoted, numbers bare
    assert ";20000;" in text  # whole numbers stay whole (and bare)


def test_table_csv_fractions_use_a_decimal_comma_in_dutch():
    frame = pd.DataFrame({"a": [29.54, 3.0, NAN], "b": ["x", "y", "z"]})
    assert writer.frame_csv_bytes(frame, (), "nl").decode("utf-8-sig").split("\r\n")[1:4] == [
        '"29,5";"x"',
        '3;"y"',
        '"";"z"',
    ]
    assert writer.frame_csv_bytes(frame, (), "en").decode("utf-8-sig").split("\r\n")[1] == '"29.5";"x"'


def test_per_capita_provenance(need_gemeenten):
    source = need_files.TableSource(
        "x.csv", is_example=False, filters=Filters(jaar=2020), gemeenten=need_gemeenten
    )
    lines = need_files.per_capita_provenance("informeel", source)
    assert lines[0].endswith("(dekking: niveau informele afspraken of hoger)")
    assert not any("voorbeelddata" in line for line in lines)
    assert "Bron van de initiatieven: x.csv" in lines
