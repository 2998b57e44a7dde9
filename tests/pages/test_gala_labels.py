"""GALA's names in the UI: an upload with peiljaar 2024 shows Kind naar Gezonder Gewicht and Kansrijke Start;
the shipped 2020 data keeps RIVM's names."""

from __future__ import annotations

from dashboard.ingest.validation import load_bytes
from tests.pages.apptest import open_app

ROWS = (
    "id,naam,jaar,gemeenten,samenwerkingsniveau,partijen,interventies\n"
    'a,Gezond opgroeien,2024,Zwolle,5,"gemeente; zorgverzekeraar","Kansrijke Start; Kind naar Gezonder Gewicht"\n'
    'b,Samen bewegen,2024,Kampen,5,"gemeente; zorgverzekeraar","GLI; Sociaal verwijzen"\n'
)


def _sidebar_options(at) -> list[str]:
    return next(m.options for m in at.sidebar.multiselect if m.key == "f_interventies")


def test_upload_of_2024_shows_gala_names() -> None:
    upload = load_bytes(ROWS.encode("utf-8"), "gala_2024.csv")
    assert upload.rows_accepted == 2
    at = open_app("app_pages/grafieken.py", upload_result=upload)
    assert at.session_state["f_jaar"] == 2024
    options = _sidebar_options(at)
    assert "Kind naar Gezonder Gewicht" in options and "Kansrijke Start" in options
    assert any(o.startswith("Sociaal verwijzen") for o in options)


def test_shipped_2020_keeps_rivm_names() -> None:
    at = open_app("app_pages/grafieken.py")
    options = _sidebar_options(at)
    assert "kinderen met overgewicht" in options and "Welzijn op Recept" in options
    assert "Kind naar Gezonder Gewicht" not in options
