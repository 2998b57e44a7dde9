"""Issue 20.3 on a real register (SQLite and PostgreSQL): the public change log lists old → new for a form
edit, an import and a confirmation, by organisation (never an e-mail address), filtered by region and date, in
Dutch and in English; its CSV opens in Dutch Excel. The Register page's history shows the same with the
account."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest

from dashboard.analysis.changes import Selection, changes_of, select
from dashboard.export import writer
from dashboard.ingest.validation import load_bytes
from dashboard.register.importing import apply_import, preview_import
from dashboard.register.records import to_cells
from dashboard.render import changes as shown
from tests.dashboard.register.conftest import CONSOLE
from tests.dashboard.register.test_confirmation import HEERLEN, account

T0 = datetime(2025, 1, 6, 9, 0)
# The reason the register gives an import's versions (the file's name).
IMPORT = "import cz_aanvulling.csv"
AMSTERDAM = {"id": "ams", "naam": "Amsterdam actief", "jaar": "2025", "gemeenten": "Amsterdam"}


def _import_file(rows: list[dict[str, str]]) -> bytes:
    header = sorted({key for row in rows for key in row})
    return writer.csv_bytes(header, [[row.get(key, "") for key in header] for row in rows])


@pytest.fixture
def history(empty_register):
    """Before T0: both initiatives made; after it a form edit (gemeente), an import (insurer), the gemeente's
    confirmation, and an edit in Amsterdam; plus an edit before T0 that the date filter leaves out."""
    reg = empty_register
    gemeente = account(reg, "redactie@heerlen.nl", "Heerlen")
    insurer = account(reg, "regio@cz.nl", "CZ")
    amsterdam = account(reg, "a@amsterdam.nl", "Amsterdam", scope=("ZK02",))
    hl = reg.save(CONSOLE, HEERLEN, now=T0 - timedelta(hours=3))
    ams = reg.save(CONSOLE, AMSTERDAM, now=T0 - timedelta(hours=3))
    early = to_cells(reg.get(hl.key).record) | {"toelichting": "een oude toelichting"}
    hl = reg.save(gemeente, early, expected_version=hl.version, now=T0 - timedelta(hours=1))
    # The form: level up, a party swapped.
    cells = to_cells(hl.record) | {
        "samenwerkingsniveau": "formeel",
        "partijen": "gemeente; zorgverzekeraar; ggd",
    }
    hl = reg.save(
        gemeente,
        cells,
        expected_version=hl.version,
        reason="na het regio-overleg",
        now=T0 + timedelta(hours=1),
    )
    # An import by the insurer: agreements and funding filled in.
    row = to_cells(hl.record) | {"afspraken": "beide", "financiering": "Wmo; Zvw"}
    result = load_bytes(_import_file([row]), "cz_aanvulling.csv", keep_initiatives=True)
    apply_import(reg, insurer, preview_import(reg, insurer, result), now=T0 + timedelta(hours=2))
    hl = reg.get(hl.key)
    reg.confirm_side(gemeente, hl.key, seen_version=hl.version, now=T0 + timedelta(hours=3))
    ams_cells = to_cells(ams.record) | {"naam": "Amsterdam beweegt"}
    reg.save(amsterdam, ams_cells, expected_version=ams.version, now=T0 + timedelta(hours=4))
    return reg


def _rows(reg, lang: str, members=None, since=T0):
    found = changes_of(reg.history(), shown.REGISTER_WRITERS)
    chosen = select(found, Selection(members=members, since=since))
    frame = shown.changes_frame(chosen, dict(reg.resolver.names), lang)
    columns = [
        shown.column_title(c, lang) for c in ("who", "initiative", "kind", "field", "old", "new", "reason")
    ]
    return [tuple(row) for row in frame[columns].itertuples(index=False)], frame


def test_the_change_log_in_dutch_old_to_new_by_organisation_filtered_by_region_and_date(history):
    zuid_limburg = frozenset(code for code, region in history.rules.region_of.items() if region == "ZK31")
    rows, frame = _rows(history, "nl", members=zuid_limburg)
    assert rows == [
        (
            "Gemeente Heerlen",
            "Heerlen fit (2025)",
            "bevestigd",
            "Bevestiging",
            "",
            "bevestigd door gemeente (formele afspraken)",
            "",
        ),
        ("CZ", "Heerlen fit (2025)", "gewijzigd", "Afspraken", "(leeg)", "inhoud en financiering", IMPORT),
        ("CZ", "Heerlen fit (2025)", "gewijzigd", "Financiering", "", "erbij: Wmo en Zvw", IMPORT),
        (
            "Gemeente Heerlen",
            "Heerlen fit (2025)",
            "gewijzigd",
            "Samenwerkingsniveau",
            "informele afspraken",
            "formele afspraken",
            "na het regio-overleg",
        ),
        (
            "Gemeente Heerlen",
            "Heerlen fit (2025)",
            "gewijzigd",
            "Betrokken partijen",
            "weg: huisarts en praktijkondersteuner",
            "erbij: GGD",
            "na het regio-overleg",
        ),
    ]
    text = frame.to_string()
    assert "@" not in text  # organisations, never an e-mail address
    assert "oude toelichting" not in text  # before the date
    assert "Amsterdam" not in text  # outside the region


def test_the_change_log_in_english_and_for_the_whole_country(history):
    rows, frame = _rows(history, "en")
    assert rows[0] == (
        "Gemeente Amsterdam",
        "Amsterdam beweegt (2025)",
        "changed",
        "Name",
        "Amsterdam actief",
        "Amsterdam beweegt",
        "",
    )
    assert (
        "CZ",
        "Heerlen fit (2025)",
        "changed",
        "Agreements",
        "(empty)",
        "content and financing",
        IMPORT,
    ) in rows
    assert (
        "Gemeente Heerlen", "Heerlen fit (2025)", "changed", "Parties involved",
        "removed: GP and practice nurse", "added: public health service (GGD)", "na het regio-overleg",
    ) in rows  # fmt: skip
    assert rows[1][3:6] == ("Confirmation", "", "confirmed by gemeente (formal agreements)")
    assert list(frame.columns[:4]) == ["When", "Organisation", "Id", "Reference year"]
    everything, _ = _rows(history, "en", since=None)
    assert len(everything) == len(rows) + 3  # the two new initiatives and the early edit


def test_its_csv_opens_in_dutch_excel(history):
    _rows_nl, frame = _rows(history, "nl")
    lines = shown.provenance(
        since=T0, area="heel Nederland", kinds=(), revision=history.revision(), example=False, lang="nl"
    )
    data = writer.frame_csv_bytes(frame, lines, "nl")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    head, _, table = text.partition("\r\n\r\n")
    assert head.startswith('"# Wijzigingen in het register van de Preventiekaart sinds 6 januari 2025')
    parsed = list(csv.reader(io.StringIO(table, newline=""), delimiter=";"))
    assert parsed[0] == list(frame.columns)
    assert len(parsed) == len(frame) + 1 and all(len(row) == len(frame.columns) for row in parsed)
    funding = next(row for row in parsed if row[6] == "Financiering")
    assert funding[8] == "erbij: Wmo en Zvw"
    assert [row[3] for row in parsed[1:]] == ["2025"] * len(frame)  # the year as a number, no thousands mark


def test_the_register_page_history_shows_old_to_new_with_the_account(history):
    frame = shown.history_frame(
        history.history(("hl", 2025)), dict(history.resolver.names), "nl", shown.REGISTER_WRITERS
    )
    level = frame[frame["Veld"] == "Samenwerkingsniveau"].iloc[0]
    assert (level["Oud"], level["Nieuw"], level["Door"]) == (
        "informele afspraken",
        "formele afspraken",
        "redactie@heerlen.nl",
    )
    assert set(frame["Versie"]) == {1, 2, 3, 4, 5}
