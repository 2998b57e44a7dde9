"""Shipped files are checked against data/controle.csv; the readiness check names every unusable file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard import cli
from dashboard.ingest import health
from tools.checksums import check_list_text

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def copy_of_app(tmp_path, monkeypatch):
    """The shipped files in a scratch folder, which the checks then read instead of the real ones."""
    for folder in ("data", "static"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.setattr(health, "ROOT", tmp_path)
    return tmp_path


def test_the_check_list_matches_the_shipped_files():
    assert health.CHECK_LIST.read_text(encoding="utf-8") == check_list_text(), "run python -m tools.checksums"
    assert health.shipped_problems() == []


def test_a_truncated_population_file_is_named_with_its_row_count(copy_of_app):
    path = copy_of_app / "data" / "gemeente_bevolking_2024.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:104]), encoding="utf-8")
    (problem,) = health.shipped_problems(copy_of_app / "data" / "controle.csv")
    assert problem.file == "data/gemeente_bevolking_2024.csv"
    assert "103 rijen in plaats van 342" in problem.message


def test_a_garbled_geometry_a_missing_region_table_and_a_changed_cell_are_each_named(copy_of_app):
    (copy_of_app / "data" / "gemeenten_2025.geojson").write_bytes(b'{"type": "FeatureCollection", "feat')
    (copy_of_app / "data" / "vngzn_regios.csv").unlink()
    crosswalk = copy_of_app / "data" / "gemeente_code_crosswalk_2019_2025.csv"
    crosswalk.write_text(
        crosswalk.read_text(encoding="utf-8").replace("GM0363", "GM0364", 1), encoding="utf-8"
    )
    problems = {p.file: p.message for p in health.shipped_problems(copy_of_app / "data" / "controle.csv")}
    assert "beschadigd" in problems["data/gemeenten_2025.geojson"]
    assert "ontbreekt" in problems["data/vngzn_regios.csv"]
    assert "controlegetal" in problems["data/gemeente_code_crosswalk_2019_2025.csv"]


def test_check_command_exits_zero_when_all_is_well(capsys, monkeypatch):
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)
    assert cli.main(["check"]) == 0
    assert "In orde" in capsys.readouterr().out


def test_check_command_names_a_mistyped_data_folder_and_a_bad_region_table(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(tmp_path / "initiatieven_typo"))
    bad = tmp_path / "regios.csv"
    bad.write_text("gm_code,gm_naam,regio_code,regio_naam,zorgverzekeraar\nGM0363,Amsterdam,X,Y,Z\n")
    monkeypatch.setenv("PREVENTIEKAART_REGIO", str(bad))
    assert cli.main(["check", "--json"]) == 1
    out = capsys.readouterr().out
    assert '"file": "PREVENTIEKAART_DATA"' in out and "initiatieven_typo" in out
    assert '"file": "PREVENTIEKAART_REGIO"' in out


def test_a_server_file_without_any_usable_row_is_a_problem(monkeypatch, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text("id;naam;jaar;gemeenten\n", encoding="utf-8")
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(path))
    from dashboard.ingest.validation import load_path

    (problem,) = health.records_problems(load_path(path), path)
    assert problem.file == "PREVENTIEKAART_DATA"


def test_check_command_names_an_unreachable_register_without_its_password(capsys, monkeypatch):
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)
    monkeypatch.setenv("PREVENTIEKAART_DB", "postgresql+psycopg://wie:geheim@127.0.0.1:1/register")
    assert cli.main(["check", "--json"]) == 1
    out = capsys.readouterr().out
    assert '"file": "PREVENTIEKAART_DB"' in out and "niet bereikbaar" in out
    assert "geheim" not in out


def test_check_command_accepts_a_working_register(capsys, monkeypatch, tmp_path):
    from dashboard.register.repository import Register

    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    Register.open(url).initialize(empty=True)
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_REGIO", raising=False)
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    assert cli.main(["check"]) == 0
    assert "In orde" in capsys.readouterr().out
