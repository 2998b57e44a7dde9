"""The stable command line: exit codes, JSON shapes, Dutch reports (via main() and via a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import cli
from dashboard.export.tabular import template_csv_bytes
from dashboard.i18n import t
from tests.dashboard.json_shapes import ISSUE_KEYS, SUMMARY_KEYS, VALIDATE_KEYS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def run_module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("bom_comma.csv", 0),
        ("weesp_old_code.csv", 0),  # warnings only
        ("ambiguous_bergen.csv", 1),
        ("valid_and_bad.xlsx", 1),
        ("folder_duplicate", 1),
        ("garbage.csv", 2),
        ("empty.csv", 2),
        ("document.pdf", 2),
        ("missing_column.csv", 2),
        ("bestaat_niet.csv", 2),
    ],
)
def test_validate_exit_codes(name, code, capsys):
    assert cli.main(["validate", str(FIXTURES / name)]) == code
    assert capsys.readouterr().out.startswith("Bestand: ")


def test_validate_json_shape(capsys):
    assert cli.main(["validate", str(FIXTURES / "unknown_gemeente.csv"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert list(data) == VALIDATE_KEYS
    assert (data["rows_total"], data["rows_accepted"], data["rows_rejected"]) == (2, 1, 1)
    assert [list(issue) for issue in data["issues"]] == [ISSUE_KEYS]
    assert data["issues"][0] == {
        "row": 3,
        "column": "gemeenten",
        "value": "Amsterdm",
        "severity": "error",
        "message": "Gemeente 'Amsterdm' niet gevonden. Bedoelt u: Amsterdam, Asten of Alblasserdam?",
    }


def test_validate_report_is_dutch_with_row_and_column(capsys):
    cli.main(["validate", str(FIXTURES / "impossible_year.csv")])
    out = capsys.readouterr().out
    assert "Rijen: 2 (geaccepteerd: 1, afgewezen: 1)" in out
    assert "rij 3, kolom jaar: Onmogelijk jaar 1890" in out
    assert "Resultaat: 1 rij afgewezen; verbeter die" in out


def test_validate_report_in_english(capsys):
    """--lang en: every line of the report, the row messages included, is English."""
    assert cli.main(["validate", str(FIXTURES / "impossible_year.csv"), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "Rows: 2 (accepted: 1, rejected: 1)" in out
    assert "row 3, column jaar: Impossible jaar 1890: choose a year from" in out
    assert "Result: 1 row rejected; correct it and try again." in out
    assert not any(word in out for word in ("Rijen", "Onmogelijk", "afgewezen", "Resultaat"))


def test_validate_json_in_english(capsys):
    assert cli.main(["validate", str(FIXTURES / "unknown_gemeente.csv"), "--json", "--lang", "en"]) == 1
    issue = json.loads(capsys.readouterr().out)["issues"][0]
    assert (
        issue["message"]
        == "Municipality 'Amsterdm' not found. Did you mean: Amsterdam, Asten or Alblasserdam?"
    )


@pytest.fixture
def data_file(tmp_path) -> Path:
    path = tmp_path / "initiatieven.csv"
    path.write_bytes(template_csv_bytes())
    return path


def test_summary_json(data_file, capsys):
    assert cli.main(["summary", str(data_file), "--year", "2020", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert list(stats) == SUMMARY_KEYS
    assert stats["year"] == 2020
    assert stats["initiatives"] == 2
    assert stats["preventiecoalities"] == 1
    assert stats["collaboration_levels"]["formeel"] == stats["collaboration_levels"]["informeel"] == 1
    assert stats["gemeenten_covered"] == 4


def test_summary_report_uses_dutch_labels(data_file, capsys):
    assert cli.main(["summary", str(data_file)]) == 0
    out = capsys.readouterr().out
    assert "alle jaren" in out
    assert "formele afspraken" in out
    assert "huisarts en praktijkondersteuner" in out
    assert "Welzijn op Recept" in out
    assert "100,0%" in out


def test_summary_report_in_english(data_file, capsys):
    assert cli.main(["summary", str(data_file), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "all years" in out and "formal agreements" in out and "100.0%" in out
    assert "alle jaren" not in out and "100,0%" not in out


def test_summary_notes_rejected_rows_on_stderr(capsys):
    assert cli.main(["summary", str(FIXTURES / "ambiguous_bergen.csv"), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["initiatives"] == 1
    assert "afgewezen" in captured.err


def test_summary_of_unreadable_file(capsys):
    assert cli.main(["summary", str(FIXTURES / "garbage.csv")]) == 2
    assert "binair" in capsys.readouterr().err


def test_usage_errors_return_2(capsys):
    assert cli.main([]) == 2
    assert cli.main(["summary", "--year", "twintig"]) == 2
    assert "geen jaartal" in capsys.readouterr().err


def _help(capsys, *argv: str) -> str:
    """The help text of ``argv`` (which asks for --help), its lines rejoined: argparse wraps to the terminal."""
    assert cli.main(list(argv)) == 0
    return " ".join(capsys.readouterr().out.split())


# Help texts of the top level and of validate, as the catalogue has them.
HELP_KEYS = ("cli.description", "cli.validate.help", "cli.validate.path", "cli.help.json", "cli.help.lang")


@pytest.mark.parametrize("lang_args", [("--lang", "en"), ("--lang=en",)])
def test_help_follows_lang(capsys, lang_args):
    # The top level has no --lang of its own: after --help it is read but never parsed.
    shown = _help(capsys, "--help", *lang_args) + " " + _help(capsys, "validate", *lang_args, "--help")
    for key in HELP_KEYS:
        assert t(key, "en") in shown
        assert t(key, "nl") not in shown
    assert "COMMAND" in shown and "OPDRACHT" not in shown


def test_help_is_dutch_without_lang(capsys):
    shown = _help(capsys, "--help") + " " + _help(capsys, "validate", "--help")
    for key in HELP_KEYS:
        assert t(key, "nl") in shown
        assert t(key, "en") not in shown


def test_english_help_of_every_subcommand_has_no_dutch_metavar(capsys):
    shown = _help(capsys, "summary", "--help", "--lang", "en")
    shown += " " + _help(capsys, "valpreventie", "--lang", "en", "--help")
    assert "--year YEAR" in shown and "--provincie NAME" in shown and "--set NAME=VALUE" in shown
    assert t("cli.vp.set", "en") in shown and t("cli.vp.set", "nl") not in shown
    assert "JAAR" not in shown and "WAARDE" not in shown


def test_usage_errors_in_english_stay_english(capsys):
    assert cli.main(["valpreventie", "--lang", "en", "--gemeente", "GM0363", "--regio", "ZK31"]) == 2
    err = capsys.readouterr().err
    assert "error: argument --regio: not allowed with argument --gemeente" in err
    assert "Use --help" in err and "niet samen" not in err and "fout" not in err
    assert cli.main(["summary", "--year", "twintig", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "'twintig' is not a year" in err and "jaartal" not in err
    assert cli.main(["valpreventie", "--gemeente", "GM0363", "--regio", "ZK31"]) == 2
    assert "fout: argument --regio: niet samen met argument --gemeente" in capsys.readouterr().err


def test_subcommands_are_pluggable(monkeypatch, capsys):
    def register(subparsers, lang):
        parser = subparsers.add_parser("hallo")
        parser.set_defaults(handler=lambda args: print("dag") or 0)

    monkeypatch.setitem(cli.SUBCOMMANDS, "hallo", register)
    assert cli.main(["hallo"]) == 0
    assert capsys.readouterr().out == "dag\n"


def test_module_validate_json_and_exit_code():
    done = run_module("validate", str(FIXTURES / "duplicate_ids.csv"), "--json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == VALIDATE_KEYS
    assert data["issues"][0]["row"] == 3
    assert run_module("validate", str(FIXTURES / "garbage.xlsx")).returncode == 2


def test_module_summary_reads_the_environment_folder(tmp_path):
    (tmp_path / "a.csv").write_bytes(template_csv_bytes())
    done = run_module("summary", "--json", env={"PREVENTIEKAART_DATA": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert list(stats) == SUMMARY_KEYS
    assert stats["initiatives"] == 2
