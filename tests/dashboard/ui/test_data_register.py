"""The data boundary on the register: my file beside the register, cache keyed by revision, database down."""

from __future__ import annotations

import pytest

from dashboard.ingest.validation import ImportResult
from dashboard.register.access import Console
from dashboard.register.repository import Register
from dashboard.ui import data
from tests.dashboard.records_factory import make_records


def _result(frame) -> ImportResult:
    return ImportResult("mijn.csv", len(frame), frame, frame.iloc[0:0], [])


def test_my_rows_win_on_the_same_id_and_year():
    register = _result(make_records({"id": "a", "naam": "register"}, {"id": "b"}, {"id": "a", "jaar": 2021}))
    mine = _result(make_records({"id": "a", "naam": "mijn"}, {"id": "c"}))
    combined = data.combined_result(register, mine).records
    keyed = {(r["id"], r["jaar"]): r["naam"] for r in combined.to_dict(orient="records")}
    assert keyed == {
        ("a", 2020): "mijn",
        ("b", 2020): "Initiatief",
        ("a", 2021): "Initiatief",
        ("c", 2020): "Initiatief",
    }


def test_a_change_in_another_process_is_seen_on_the_next_read(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    first = data.register_dataset()
    assert len(first.records) == 211 and not first.problem
    # Another process (its own engine) writes; this process's cache is keyed by the revision it reads.
    other = Register.open(url)
    other.save(Console(), {"id": "x", "naam": "Van elders", "jaar": "2025", "gemeenten": "Heerlen"})
    second = data.register_dataset()
    assert len(second.records) == 212 and "Van elders" in set(second.records["naam"])
    # Nothing changed: the same cached object comes back (no reload on every rerun).
    assert data.register_dataset().result is second.result


def test_database_down_keeps_the_last_data_with_a_notice(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    seen = data.register_dataset()
    register = data.register_store(url)

    def down() -> int:
        from dashboard.register.errors import UnavailableError

        raise UnavailableError("Het register is niet bereikbaar.")

    monkeypatch.setattr(register, "revision", down)
    shown = data.register_dataset()
    assert shown.result is seen.result and shown.stale_since is not None
    assert shown.problem == "Het register is niet bereikbaar."


def _stale_notice(lang: str) -> None:
    from datetime import datetime

    from dashboard.i18n.messages import Msg
    from dashboard.ingest.validation import data_path, load_path
    from dashboard.ui import components
    from dashboard.ui.data import Dataset

    result = load_path(data_path())
    since = datetime(2025, 3, 3, 14, 5)
    components.dataset_notice(
        Dataset(result, "register", stale_since=since, problem=Msg("register.db.busy")), lang
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "zoals ze op 3 maart 2025 om 14:05 (UTC) waren"), ("en", "as of 3 March 2025, 14:05 (UTC)")],
)
def test_stale_notice_dates_the_data_in_the_readers_language(lang, expected):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_stale_notice, args=(lang,), default_timeout=60).run()
    assert not at.exception
    assert expected in at.warning[0].value
