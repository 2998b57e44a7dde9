"""GALA's ketenaanpakken (2023): Kansrijke Start is a code, GALA's names are synonyms, and RIVM 2020 stays."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis import aggregate, chart_data
from dashboard.core import schema
from dashboard.export.tabular import allowed_values_rows, instruction_lines
from dashboard.i18n import label
from dashboard.ingest.validation import load_bytes
from dashboard.ingest.vocab import INTERVENTIONS_VOCAB
from dashboard.render.tables import initiatives_table

HEADER = "id,naam,jaar,gemeenten,samenwerkingsniveau,partijen,interventies\n"


def _load(rows: str):
    return load_bytes((HEADER + rows).encode("utf-8"), "gala.csv")


def test_gala_names_are_synonyms_of_the_existing_codes() -> None:
    assert INTERVENTIONS_VOCAB.code("Kind naar Gezonder Gewicht") == "kinderen_overgewicht"
    assert INTERVENTIONS_VOCAB.code("sociaal verwijzen") == "welzijn_op_recept"
    assert INTERVENTIONS_VOCAB.code("Kansrijke Start") == "kansrijke_start"
    assert INTERVENTIONS_VOCAB.code("kansrijke_start") == "kansrijke_start"


def test_importer_reads_a_2024_row_with_gala_names() -> None:
    result = _load(
        'a,Gezond opgroeien,2024,Zwolle,5,"gemeente; zorgverzekeraar",'
        '"Kansrijke Start; Kind naar Gezonder Gewicht; Sociaal verwijzen"\n'
    )
    assert (result.rows_accepted, result.rows_rejected) == (1, 0), result.issues
    row = result.records.iloc[0]
    assert set(row["interventies"]) == {"kansrijke_start", "kinderen_overgewicht", "welzijn_op_recept"}
    assert not [i for i in result.issues if "interventies" in (i.column or "")]


def test_template_lists_kansrijke_start_and_the_gala_names() -> None:
    rows = [r for r in allowed_values_rows() if r[0] == "interventies"]
    by_code = {code: also for _, code, _, also in rows}
    assert "kansrijke_start" in by_code
    assert "Kind naar Gezonder Gewicht" in by_code["kinderen_overgewicht"]
    assert "Sociaal verwijzen" in by_code["welzijn_op_recept"]
    assert any("GALA" in line for line in instruction_lines("nl"))
    assert any("GALA" in line for line in instruction_lines("en"))


def test_labels_follow_the_peiljaar() -> None:
    assert label("intervention", "kinderen_overgewicht", "nl", 2020) == "kinderen met overgewicht"
    assert label("intervention", "kinderen_overgewicht", "nl", 2023) == "Kind naar Gezonder Gewicht"
    assert label("intervention", "welzijn_op_recept", "nl", 2024).startswith("Sociaal verwijzen")
    assert label("intervention", "welzijn_op_recept", "nl") == "Welzijn op Recept"
    result = _load(
        'a,X,2020,Zwolle,5,"gemeente; zorgverzekeraar","kinderen met overgewicht"\nb,Y,2024,Zwolle,5,"gemeente; zorgverzekeraar","kinderen met overgewicht"\n'
    )
    table = initiatives_table(result.records)
    assert list(table["Interventies"]) == ["kinderen met overgewicht", "Kind naar Gezonder Gewicht"]


def test_rivm_2020_counts_keep_their_five_interventions() -> None:
    from dashboard.ingest.validation import data_path, load_path

    records = load_path(data_path()).records
    year_2020 = aggregate.for_year(records, 2020)
    assert list(aggregate.intervention_counts(year_2020)[0]) == list(schema.INTERVENTIONS)
    table = chart_data.interventions_table(year_2020)
    assert "Kansrijke Start" not in set(table["label"]) and "Welzijn op Recept" in set(table["label"])


def test_a_gala_year_counts_kansrijke_start_under_gala_names() -> None:
    result = _load(
        'a,X,2024,Zwolle,5,"gemeente; zorgverzekeraar","Kansrijke Start"\nb,Y,2024,Zwolle,5,"gemeente; zorgverzekeraar","GLI"\n'
    )
    counts, base = aggregate.intervention_counts(result.records)
    assert counts["kansrijke_start"] == 1 and base == 2
    labels = set(chart_data.interventions_table(result.records)["label"])
    assert {"Kansrijke Start", "Kind naar Gezonder Gewicht"} <= labels
    assert isinstance(result.records, pd.DataFrame)
