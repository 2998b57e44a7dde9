"""`python -m dashboard register …` and `python -m dashboard users …`: the register from the server's shell.

Exit codes as `validate`: 0 done (every row accepted), 1 rows rejected (an import then changes nothing unless
--gedeeltelijk), 2 file unreadable, database unreachable, or the change refused. Passwords are read from a
prompt or --stdin only, never from an argument (it would end up in the shell history and process list).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from dashboard.ingest.validation import load_path
from dashboard.register import auth
from dashboard.register.access import ROLES, Console
from dashboard.register.errors import RegisterError
from dashboard.register.importing import ImportPreview, apply_import, preview_import
from dashboard.register.repository import Register

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_FAILED = 2


def _print_json(data: object, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def _open() -> Register:
    """The register of PREVENTIEKAART_DB (or var/), created and migrated as on the app's first start."""
    register = Register.open()
    register.initialize()
    return register


def _guarded(run: Any) -> Any:
    """Register errors become a Dutch line on stderr and exit 2, never a traceback."""

    def handler(args: argparse.Namespace) -> int:
        try:
            return int(run(args))
        except RegisterError as error:
            print(f"Fout: {error.message}", file=sys.stderr)
            return EXIT_FAILED

    return handler


# --------------------------------------------------------------------------------------------------------------
# register


def _run_init(args: argparse.Namespace) -> int:
    register = Register.open()
    report = register.initialize(empty=args.leeg)
    if report.result is not None:
        print(f"Register aangemaakt met {report.loaded} initiatieven uit {report.source}.")
        if report.result.rows_rejected:
            print(
                f"Let op: {report.result.rows_rejected} rij(en) afgekeurd en niet geladen; zie 'python -m "
                "dashboard validate'.",
                file=sys.stderr,
            )
    elif report.source == "leeg" and args.leeg:
        print("Register is klaar (leeg gestart).")
    else:
        print(f"Register is bijgewerkt naar de nieuwste versie ({len(register.records())} initiatieven).")
    return EXIT_OK


def _preview_lines(preview: ImportPreview) -> list[str]:
    lines = [
        f"Bestand: {preview.result.file}",
        f"Rijen: {preview.result.rows_total} — nieuw: {len(preview.of('nieuw'))}, gewijzigd: "
        f"{len(preview.of('gewijzigd'))}, ongewijzigd: {len(preview.of('ongewijzigd'))}, afgekeurd: "
        f"{preview.rejected_rows}",
    ]
    for plan in preview.of("nieuw"):
        lines.append(f"  + nieuw      {plan.key[0]} ({plan.key[1]})")
    for plan in preview.of("gewijzigd"):
        lines.append(f"  ~ gewijzigd  {plan.key[0]} ({plan.key[1]})")
        lines += [f"      {c.field}: '{c.old}' → '{c.new}'" for c in plan.changes]
    errors = [issue for issue in preview.issues if issue.severity == "error"]
    for issue in errors:
        where = ", ".join(
            part
            for part in (
                f"rij {issue.row}" if issue.row else "",
                f"kolom {issue.column}" if issue.column else "",
            )
            if part
        )
        lines.append(f"  ! afgekeurd  {where}: {issue.message}" if where else f"  ! {issue.message}")
    return lines


def _run_import(args: argparse.Namespace) -> int:
    result = load_path(Path(args.file))
    if result.has_file_error and not result.rows_accepted:
        if args.json:
            _print_json(result.to_json_dict(), sys.stdout)
        for issue in result.errors:
            print(f"Fout: {issue.message}", file=sys.stderr)
        return EXIT_FAILED
    register = _open()
    credential = Console(args.door)
    preview = preview_import(register, credential, result)
    if not args.dry_run:
        apply_import(register, credential, preview, partial=args.gedeeltelijk)
    if args.json:
        _print_json(preview.to_json_dict(), sys.stdout)
    else:
        print("\n".join(_preview_lines(preview)))
        if args.dry_run:
            print("Proefdraai: er is niets opgeslagen.")
        elif preview.applied:
            print("Opgeslagen in het register." if preview.has_changes else "Niets te wijzigen.")
        else:
            print(
                "Niets opgeslagen: er zijn afgekeurde rijen. Verbeter ze, of neem met --gedeeltelijk alleen de goede rijen over."
            )
    return EXIT_REJECTED if preview.has_rejections else EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from dashboard.export import tabular

    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        print("Fout: kies een bestandsnaam die op .csv of .xlsx eindigt.", file=sys.stderr)
        return EXIT_FAILED
    records = _open().records()
    data = (
        tabular.records_to_csv_bytes(records) if suffix == ".csv" else tabular.records_to_xlsx_bytes(records)
    )
    target.write_bytes(data)
    print(f"{len(records)} initiatieven geschreven naar {target}.")
    return EXIT_OK


def _run_history(args: argparse.Namespace) -> int:
    register = _open()
    versions = register.history(record_id=args.id)
    if args.jaar is not None:
        versions = [v for v in versions if v.jaar == args.jaar]
    if not versions:
        print(f"Fout: initiatief '{args.id}' staat niet in het register.", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        _print_json(
            [
                {
                    "id": v.record_id,
                    "jaar": v.jaar,
                    "versie": v.version,
                    "actie": v.action,
                    "door": v.changed_by,
                    "wanneer": v.changed_at.isoformat(timespec="seconds") + "Z",
                    "velden": list(v.changed_fields),
                    "reden": v.reason,
                }
                for v in versions
            ],
            sys.stdout,
        )
        return EXIT_OK
    for v in versions:
        fields = f" — {', '.join(v.changed_fields)}" if v.changed_fields and v.action != "nieuw" else ""
        reason = f" — reden: {v.reason}" if v.reason else ""
        when = v.changed_at.strftime("%d-%m-%Y %H:%M")
        print(
            f"{v.record_id} ({v.jaar}) versie {v.version}: {v.action} door {v.changed_by} op {when} UTC{fields}{reason}"
        )
    return EXIT_OK


def _run_backup(args: argparse.Namespace) -> int:
    target = Path(args.file)
    _open().backup(target)
    print(f"Reservekopie geschreven naar {target}.")
    return EXIT_OK


def register_register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "register",
        help="het gedeelde register van initiatieven beheren",
        description="Het register in PREVENTIEKAART_DB (standaard var/preventiekaart.sqlite). Exitcode 0: klaar, "
        "1: rijen afgekeurd, 2: bestand onleesbaar, database onbereikbaar of wijziging geweigerd.",
    )
    commands = parser.add_subparsers(dest="register_command", metavar="OPDRACHT", required=True)
    init = commands.add_parser("init", help="maak het register aan of werk het bij; veilig om te herhalen")
    init.add_argument("--leeg", action="store_true", help="begin leeg, zonder de meegeleverde initiatieven")
    init.set_defaults(handler=_guarded(_run_init))
    imp = commands.add_parser("import", help="lees een bestand in: eerst een voorbeeld, dan opslaan")
    imp.add_argument("file", metavar="FILE", help="bestand (.csv, .xlsx) of map")
    imp.add_argument("--dry-run", action="store_true", help="alleen het voorbeeld, niets opslaan")
    imp.add_argument(
        "--gedeeltelijk",
        action="store_true",
        help="neem de goedgekeurde rijen over, ook als er rijen zijn afgekeurd",
    )
    imp.add_argument(
        "--door", metavar="EMAIL", default=None, help="namens deze gebruiker (met diens werkgebied)"
    )
    imp.add_argument("--json", action="store_true", help="uitvoer als JSON")
    imp.set_defaults(handler=_guarded(_run_import))
    exp = commands.add_parser("export", help="alle bevestigde initiatieven naar een bestand (.csv of .xlsx)")
    exp.add_argument("file", metavar="FILE")
    exp.set_defaults(handler=_guarded(_run_export))
    his = commands.add_parser("history", help="de versies van één initiatief")
    his.add_argument("id", metavar="ID")
    his.add_argument("--jaar", type=int, default=None, help="alleen dit peiljaar")
    his.add_argument("--json", action="store_true", help="uitvoer als JSON")
    his.set_defaults(handler=_guarded(_run_history))
    bak = commands.add_parser("backup", help="een consistente kopie van het register (SQLite)")
    bak.add_argument("file", metavar="FILE")
    bak.set_defaults(handler=_guarded(_run_backup))


# --------------------------------------------------------------------------------------------------------------
# users


def _run_users_add(args: argparse.Namespace) -> int:
    register = _open()
    scope = register.scope_codes(args.scope.split(",")) if args.scope else ()
    user = auth.add_user(register.engine, args.email, args.rol, scope)
    print(f"Gebruiker {user.email}: {user.role}, werkgebied {', '.join(user.scope) or 'alles'}.")
    if not user.has_password:
        print(f"Stel een wachtwoord in met: python -m dashboard users password {user.email}")
    return EXIT_OK


def _run_users_list(args: argparse.Namespace) -> int:
    users = auth.list_users(_open().engine)
    if args.json:
        _print_json(
            [
                {"email": u.email, "rol": u.role, "scope": list(u.scope), "wachtwoord": u.has_password}
                for u in users
            ],
            sys.stdout,
        )
        return EXIT_OK
    if not users:
        print("Er zijn nog geen gebruikers.")
    for user in users:
        password = "" if user.has_password else " (nog geen wachtwoord)"
        print(f"{user.email}  {user.role}  {', '.join(user.scope) or 'alles'}{password}")
    return EXIT_OK


def _run_users_remove(args: argparse.Namespace) -> int:
    auth.remove_user(_open().engine, args.email)
    print(f"Gebruiker {args.email} verwijderd; de geschiedenis houdt de naam bij wat zij wijzigden.")
    return EXIT_OK


def _read_password(use_stdin: bool) -> str:
    if use_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Nieuw wachtwoord: ")
    if getpass.getpass("Nogmaals: ") != first:
        raise RegisterError("De twee wachtwoorden zijn niet gelijk; er is niets gewijzigd.")
    return first


def _run_users_password(args: argparse.Namespace) -> int:
    register = _open()
    auth.get_user(register.engine, args.email)  # say "unknown user" before asking for a password
    auth.set_password(register.engine, args.email, _read_password(args.stdin))
    print(f"Wachtwoord van {args.email} ingesteld.")
    return EXIT_OK


def register_users(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "users",
        help="gebruikers van het register (beheerders en redacteuren)",
        description="Beheerders mogen alles; een redacteur bewerkt initiatieven binnen het werkgebied.",
    )
    commands = parser.add_subparsers(dest="users_command", metavar="OPDRACHT", required=True)
    add = commands.add_parser("add", help="gebruiker toevoegen of rol/werkgebied wijzigen")
    add.add_argument("email", metavar="EMAIL")
    add.add_argument("--rol", choices=ROLES, required=True)
    add.add_argument(
        "--scope", default="", help="werkgebied: VNG–ZN-regio's en/of gemeenten, zoals ZK31,GM0363"
    )
    add.set_defaults(handler=_guarded(_run_users_add))
    lst = commands.add_parser("list", help="alle gebruikers")
    lst.add_argument("--json", action="store_true", help="uitvoer als JSON")
    lst.set_defaults(handler=_guarded(_run_users_list))
    rem = commands.add_parser("remove", help="gebruiker verwijderen")
    rem.add_argument("email", metavar="EMAIL")
    rem.set_defaults(handler=_guarded(_run_users_remove))
    pwd = commands.add_parser("password", help="wachtwoord instellen (vraagt erom, of leest het van --stdin)")
    pwd.add_argument("email", metavar="EMAIL")
    pwd.add_argument("--stdin", action="store_true", help="lees het wachtwoord van standaardinvoer")
    pwd.set_defaults(handler=_guarded(_run_users_password))
