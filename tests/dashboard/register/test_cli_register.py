"""`python -m dashboard register …` and `users …`: names, JSON, exit codes 0/1/2, passwords never as arguments."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from dashboard import cli
from dashboard.i18n import t
from dashboard.register.repository import Register

ROWS = "id;naam;jaar;gemeenten\nzl1;Beweeg ZL;2025;Maastricht\nams;Amsterdam fit;2025;Amsterdam\n"


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    return url


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def _editor(monkeypatch, email="a@example.nl", scope="ZK31") -> None:
    assert cli.main(["users", "add", email, "--rol", "redacteur", "--scope", scope]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("een lang wachtwoord\n"))
    assert cli.main(["users", "password", email, "--stdin"]) == 0


def test_init_loads_the_shipped_records_and_is_safe_to_repeat(db, capsys):
    assert cli.main(["register", "init"]) == 0
    assert "211 initiatieven" in capsys.readouterr().out
    assert cli.main(["register", "init"]) == 0
    assert len(Register.open(db).records()) == 211


def test_init_leeg(db):
    assert cli.main(["register", "init", "--leeg"]) == 0
    assert len(Register.open(db).records()) == 0


def test_import_all_or_nothing_then_partial_then_again_nothing(db, tmp_path, monkeypatch, capsys):
    cli.main(["register", "init", "--leeg"])
    _editor(monkeypatch)
    capsys.readouterr()
    file = tmp_path / "f.csv"
    file.write_text(ROWS, encoding="utf-8")
    assert cli.main(["register", "import", str(file), "--door", "a@example.nl", "--json"]) == 1
    out = _json(capsys)
    assert {k: out[k] for k in ("nieuw", "gewijzigd", "ongewijzigd", "afgekeurd", "rows_total")} == {
        "nieuw": 1, "gewijzigd": 0, "ongewijzigd": 0, "afgekeurd": 1, "rows_total": 2,
    }  # fmt: skip
    assert out["issues"][0]["row"] == 3 and "Buiten uw gebied" in out["issues"][0]["message"]
    assert len(Register.open(db).records()) == 0  # all or nothing
    assert cli.main(["register", "import", str(file), "--door", "a@example.nl", "--gedeeltelijk"]) == 1
    assert list(Register.open(db).records()["id"]) == ["zl1"]
    capsys.readouterr()
    # The beheerder (the command line without --door) may import Amsterdam; zl1 is now unchanged.
    assert cli.main(["register", "import", str(file), "--json"]) == 0
    assert _json(capsys)["nieuw"] == 1
    revision = Register.open(db).revision()
    assert cli.main(["register", "import", str(file), "--json"]) == 0
    assert _json(capsys)["ongewijzigd"] == 2 and Register.open(db).revision() == revision


def test_dry_run_changes_nothing_and_unreadable_file_is_2(db, tmp_path, capsys):
    file = tmp_path / "f.csv"
    file.write_text(ROWS, encoding="utf-8")
    assert cli.main(["register", "import", str(file), "--dry-run"]) == 0
    assert "Proefdraai" in capsys.readouterr().out
    assert "zl1" not in set(Register.open(db).records()["id"])
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 nope")
    assert cli.main(["register", "import", str(bad)]) == 2


def test_export_then_import_changes_nothing(db, tmp_path, capsys):
    cli.main(["register", "init"])
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"export.{suffix}"
        assert cli.main(["register", "export", str(target)]) == 0
        capsys.readouterr()
        assert cli.main(["register", "import", str(target), "--json"]) == 0
        out = _json(capsys)
        assert (out["nieuw"], out["gewijzigd"], out["afgekeurd"], out["ongewijzigd"]) == (0, 0, 0, 211)
    assert cli.main(["register", "export", str(tmp_path / "x.pdf")]) == 2


def test_history_names_who_changed_what(db, tmp_path, monkeypatch, capsys):
    cli.main(["register", "init", "--leeg"])
    _editor(monkeypatch)
    file = tmp_path / "f.csv"
    file.write_text("id;naam;jaar;gemeenten\nzl1;Beweeg ZL;2025;Maastricht\n", encoding="utf-8")
    cli.main(["register", "import", str(file), "--door", "a@example.nl"])
    file.write_text("id;naam;jaar;gemeenten\nzl1;Beweeg Zuid-Limburg;2025;Maastricht\n", encoding="utf-8")
    cli.main(["register", "import", str(file), "--door", "a@example.nl"])
    capsys.readouterr()
    assert cli.main(["register", "history", "zl1", "--json"]) == 0
    versions = _json(capsys)
    assert [(v["versie"], v["actie"], v["door"]) for v in versions] == [
        (2, "gewijzigd", "a@example.nl"),
        (1, "nieuw", "a@example.nl"),
    ]
    assert versions[0]["velden"] == ["naam"]
    assert cli.main(["register", "history", "bestaat-niet"]) == 2


def test_backup_is_a_working_copy(db, tmp_path):
    cli.main(["register", "init"])
    target = tmp_path / "kopie" / "backup.sqlite"
    assert cli.main(["register", "backup", str(target)]) == 0
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM initiatives").fetchone()[0] == 211


def test_users_add_list_remove_and_password_never_as_argument(db, monkeypatch, capsys):
    _editor(monkeypatch, scope="ZK31,Amsterdam")
    capsys.readouterr()
    assert cli.main(["users", "list", "--json"]) == 0
    assert _json(capsys) == [
        {
            "email": "a@example.nl",
            "rol": "redacteur",
            "scope": ["ZK31", "GM0363"],
            "wachtwoord": True,
            "blokkeringen": [],
        }
    ]
    register = Register.open(db)
    assert register.accounts.sign_in("a@example.nl", "een lang wachtwoord")
    register.close()
    # There is no option that takes the password itself.
    assert cli.main(["users", "password", "a@example.nl", "--password", "x"]) == 2
    assert cli.main(["users", "add", "b@example.nl", "--rol", "redacteur", "--scope", "ZK99"]) == 2
    assert "Onbekend in het werkgebied: ZK99" in capsys.readouterr().err
    assert cli.main(["users", "remove", "a@example.nl"]) == 0
    assert cli.main(["users", "remove", "a@example.nl"]) == 2


def test_unreachable_database_is_exit_2_in_dutch(monkeypatch, capsys):
    monkeypatch.setenv("PREVENTIEKAART_DB", "postgresql+psycopg://wie:geheim123@127.0.0.1:1/nergens")
    assert cli.main(["users", "list"]) == 2
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "geheim123" not in err and "Traceback" not in err


# Words only a Dutch register message would contain (file column names such as "gemeenten" stay Dutch).
DUTCH_WORDS = ("niet", "geen", "uw", "gebied", "werkgebied", "rij", "rijen", "opgeslagen", "bestaat", "Fout")


def _no_dutch(text: str) -> bool:
    words = set(text.replace("(", " ").replace(")", " ").replace(":", " ").replace(".", " ").split())
    return not words & set(DUTCH_WORDS)


def test_the_register_commands_speak_english_with_lang_en(db, tmp_path, monkeypatch, capsys):
    assert cli.main(["register", "init", "--lang", "en"]) == 0
    assert "Register created with 211 initiatives" in capsys.readouterr().out
    assert (
        cli.main(["users", "add", "a@example.nl", "--rol", "redacteur", "--scope", "ZK31", "--lang", "en"])
        == 0
    )
    out = capsys.readouterr().out
    assert "User a@example.nl: editor, area ZK31." in out and "Set a password with" in out
    file = tmp_path / "f.csv"
    file.write_text(ROWS, encoding="utf-8")
    assert cli.main(["register", "import", str(file), "--door", "a@example.nl", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "Rows: 2 — new: 1, changed: 0, unchanged: 0, rejected: 1" in out
    assert (
        "row 3, column gemeenten: Outside your area: Amsterdam (GM0363) is not within your area (ZK31)" in out
    )
    assert "Nothing saved: some rows were rejected" in out
    assert _no_dutch(out), out
    assert (
        cli.main(["users", "add", "b@example.nl", "--rol", "redacteur", "--scope", "ZK99", "--lang", "en"])
        == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("Error: Unknown in the area: ZK99. Use VNG–ZN region codes") and _no_dutch(err)


def test_a_file_with_one_rejected_row_is_one_row_in_either_language(tmp_path, monkeypatch, capsys):
    source = tmp_path / "bron.csv"
    source.write_text("id;naam;jaar;gemeenten\nok;Goed;2025;Maastricht\nfout;Fout;1890;Maastricht\n", "utf-8")
    monkeypatch.setenv("PREVENTIEKAART_DATA", str(source))
    monkeypatch.setenv("PREVENTIEKAART_DB", f"sqlite:///{tmp_path / 'nl.sqlite'}")
    assert cli.main(["register", "init"]) == 0
    captured = capsys.readouterr()
    assert "Register aangemaakt met 1 initiatief uit bron.csv." in captured.out
    assert "Let op: 1 rij afgekeurd en niet geladen" in captured.err
    monkeypatch.setenv("PREVENTIEKAART_DB", f"sqlite:///{tmp_path / 'en.sqlite'}")
    assert cli.main(["register", "init", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "Register created with 1 initiative from bron.csv." in captured.out
    assert "Note: 1 row rejected and not loaded" in captured.err


def test_history_in_english_writes_the_action_and_the_date_in_english(db, capsys):
    register = Register.open(db)
    register.initialize(empty=True)
    from dashboard.register.access import Console

    register.save(Console(), {"id": "zl1", "naam": "Een", "jaar": "2025", "gemeenten": "Heerlen"})
    capsys.readouterr()
    assert cli.main(["register", "history", "zl1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("zl1 (2025) version 1: new by administration (command line) on ")
    assert _no_dutch(out)
    assert cli.main(["register", "history", "bestaat-niet", "--lang", "en"]) == 2
    assert "Error: initiative 'bestaat-niet' is not in the register." in capsys.readouterr().err


def test_unreachable_database_in_english(monkeypatch, capsys):
    monkeypatch.setenv("PREVENTIEKAART_DB", "postgresql+psycopg://wie:geheim123@127.0.0.1:1/nergens")
    assert cli.main(["users", "list", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "geheim123" not in err and _no_dutch(err)


def test_users_add_help_follows_lang(db, capsys):
    assert cli.main(["users", "add", "--help", "--lang", "en"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert t("cli.users.add.scope", "en") in shown and t("cli.help.lang", "en") in shown
    assert t("cli.users.add.scope", "nl") not in shown and t("cli.help.lang", "nl") not in shown
    assert cli.main(["users", "add", "--help"]) == 0
    assert t("cli.users.add.scope", "nl") in " ".join(capsys.readouterr().out.split())


def test_register_usage_error_in_english(db, capsys):
    assert cli.main(["users", "add", "a@example.nl", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "the following arguments are required: --rol" in err and "Use --help" in err


def test_users_list_shows_the_beheerder_every_sign_in_lock(db, monkeypatch, capsys):
    from dashboard.register.accounts import MAX_FAILED
    from dashboard.register.errors import SignInError

    _editor(monkeypatch)
    register = Register.open(db)
    register.accounts.sleep = lambda _seconds: None
    for attempt in range(MAX_FAILED):
        for email in ("a@example.nl", "geen-account@example.nl"):
            with pytest.raises(SignInError):
                register.accounts.sign_in(email, f"fout {attempt}", client="198.51.100.7")
    register.close()
    capsys.readouterr()
    assert cli.main(["users", "list"]) == 0
    out = capsys.readouterr().out
    assert "geblokkeerd op" in out and "vanaf adres 198.51.100.7" in out and "na 5 mislukte pogingen" in out
    assert "geen-account@example.nl: geblokkeerd op" in out  # an address without an account, listed apart
    assert cli.main(["users", "list", "--json"]) == 0
    (user,) = _json(capsys)
    (lock,) = user["blokkeringen"]
    assert (lock["soort"], lock["adres"], lock["pogingen"]) == ("paar", "198.51.100.7", 5)
    assert cli.main(["users", "list", "--lang", "en"]) == 0
    assert "locked on" in capsys.readouterr().out
