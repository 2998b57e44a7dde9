"""How the fall-prevention figures read: the rows shown and exported carry each figure's note in the reader's
language."""

from __future__ import annotations

import pytest

from dashboard.analysis.valpreventie import parameters_for
from dashboard.ingest.valpreventie import read_kengetallen
from dashboard.render.valpreventie_text import parameter_rows

KENGETALLEN = read_kengetallen()


@pytest.mark.parametrize("programma", list(KENGETALLEN.programmas))
def test_the_rows_shown_and_exported_carry_the_note_in_the_readers_language(programma: str) -> None:
    params = parameters_for(KENGETALLEN, programma)
    for lang, field in (("nl", "bron"), ("en", "bron_en")):
        rows = {row["naam"]: row for row in parameter_rows(params, lang)}
        assert {naam: row["bron"] for naam, row in rows.items()} == {
            naam: getattr(param, field) for naam, param in params.items()
        }
