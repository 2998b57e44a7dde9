"""`python -m dashboard register …` and `python -m dashboard users …`: the register from the server's shell.

Exit codes as `validate`: 0 done (every row accepted), 1 rows rejected (an import then changes nothing unless
--gedeeltelijk), 2 file unreadable, database unreachable, or the change refused. Passwords are read from a
prompt or --stdin only, never from an argument (it would end up in the shell history and process list).
Every text comes from the catalogue, as in `dashboard.cli`: help, usage errors and output in Dutch, or in English
with --lang en.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any, Final, TextIO

from dashboard.i18n import DEFAULT_LANG, LANGS, t, tn
from dashboard.i18n.formats import fmt_date, fmt_list
from dashboard.i18n.messages import Msg, render
from dashboard.ingest.validation import load_path
from dashboard.register.access import ROLES, Console
from dashboard.register.accounts import LockEvent, LockKind
from dashboard.register.errors import RegisterError
from dashboard.register.importing import ImportPreview, apply_import, preview_import
from dashboard.register.repository import Register, VersionInfo, shown_action, shown_actor

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_FAILED = 2


def _print_json(data: object, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def _open() -> Register:
    """The register of PREVENTIEKAART_DB (or var/), created and migrated as on the app's first start."""
    register = Register.open()
    try:
        register.initialize()
    except BaseException:
        register.close()
        raise
    return register


def _guarded(run: Any) -> Any:
    """Register errors become one line on stderr in the chosen language and exit 2, never a traceback."""

    def handler(args: argparse.Namespace) -> int:
        try:
            return int(run(args))
        except RegisterError as error:
            print(t("cli.register.error", args.lang, message=error.text(args.lang)), file=sys.stderr)
            return EXIT_FAILED

    return handler


# Shared with dashboard.cli (the layer above): the --lang option and where a message points in a file.


def add_lang(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help=t("cli.help.lang", lang))


def issue_place(row: int | None, column: str | None, lang: str) -> str:
    """ "rij 3, kolom jaar" / "row 3, column jaar"; empty for a message about the whole file."""
    parts = []
    if row is not None:
        parts.append(t("cli.validate.where_row", lang, row=row))
    if column:
        parts.append(t("cli.validate.where_column", lang, column=column))
    return ", ".join(parts)


# --------------------------------------------------------------------------------------------------------------
# register


def _run_init(args: argparse.Namespace) -> int:
    lang = args.lang
    register = Register.open()
    report = register.initialize(empty=args.leeg)
    if report.result is not None:
        print(tn("cli.register.init.loaded", report.loaded, lang, source=report.source))
        if report.result.rows_rejected:
            print(tn("cli.register.init.rejected", report.result.rows_rejected, lang), file=sys.stderr)
    elif report.source == "leeg" and args.leeg:
        print(t("cli.register.init.empty", lang))
    else:
        print(tn("cli.register.init.updated", len(register.records()), lang))
    return EXIT_OK


def _preview_lines(preview: ImportPreview, lang: str = DEFAULT_LANG) -> list[str]:
    new = t("cli.register.kind.new", lang)
    changed = t("cli.register.kind.changed", lang)
    rejected = t("cli.register.kind.rejected", lang)
    width = max(len(new), len(changed), len(rejected))
    lines = [
        t("cli.validate.file", lang, file=preview.result.file),
        t(
            "cli.register.preview.rows",
            lang,
            total=preview.result.rows_total,
            nieuw=len(preview.of("nieuw")),
            gewijzigd=len(preview.of("gewijzigd")),
            ongewijzigd=len(preview.of("ongewijzigd")),
            afgekeurd=preview.rejected_rows,
        ),
    ]
    for plan in preview.of("nieuw"):
        lines.append(f"  + {new:<{width}}  {plan.key[0]} ({plan.key[1]})")
    for plan in preview.of("gewijzigd"):
        lines.append(f"  ~ {changed:<{width}}  {plan.key[0]} ({plan.key[1]})")
        lines += [f"      {c.field}: '{c.old}' → '{c.new}'" for c in plan.changes]
    for issue in (issue for issue in preview.issues if issue.severity == "error"):
        where = issue_place(issue.row, issue.column, lang)
        text = issue.text(lang)
        lines.append(f"  ! {rejected:<{width}}  {where}: {text}" if where else f"  ! {text}")
    return lines


def _run_import(args: argparse.Namespace) -> int:
    lang = args.lang
    result = load_path(Path(args.file), keep_initiatives=True)
    if result.has_file_error and not result.rows_accepted:
        if args.json:
            _print_json(result.to_json_dict(lang), sys.stdout)
        for issue in result.errors:
            print(t("cli.register.error", lang, message=issue.text(lang)), file=sys.stderr)
        return EXIT_FAILED
    register = _open()
    credential = Console(args.door)
    preview = preview_import(register, credential, result)
    if not args.dry_run:
        apply_import(register, credential, preview, partial=args.gedeeltelijk)
    if args.json:
        _print_json(preview.to_json_dict(lang), sys.stdout)
    else:
        print("\n".join(_preview_lines(preview, lang)))
        if args.dry_run:
            print(t("cli.register.import.dry_run_done", lang))
        elif preview.applied:
            print(
                t("cli.register.import.saved" if preview.has_changes else "cli.register.import.nothing", lang)
            )
        else:
            print(t("cli.register.import.blocked", lang))
    return EXIT_REJECTED if preview.has_rejections else EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from dashboard.export import tabular

    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise RegisterError(Msg("cli.register.export.suffix"))
    records = _open().records()
    data = (
        tabular.records_to_csv_bytes(records) if suffix == ".csv" else tabular.records_to_xlsx_bytes(records)
    )
    target.write_bytes(data)
    print(tn("cli.register.export.done", len(records), args.lang, target=target))
    return EXIT_OK


def _history_line(v: VersionInfo, lang: str) -> str:
    fields = f" — {', '.join(v.changed_fields)}" if v.changed_fields and v.action != "nieuw" else ""
    reason = t("cli.register.history.reason", lang, reason=v.reason) if v.reason else ""
    return t(
        "cli.register.history.line",
        lang,
        id=v.record_id,
        year=v.jaar,
        version=v.version,
        action=render(shown_action(v.action), lang),
        who=render(shown_actor(v.changed_by), lang),
        day=fmt_date(v.changed_at.date(), lang),
        time=v.changed_at.strftime("%H:%M"),
        fields=fields,
        reason=reason,
    )


def _run_history(args: argparse.Namespace) -> int:
    register = _open()
    versions = register.history(record_id=args.id)
    if args.jaar is not None:
        versions = [v for v in versions if v.jaar == args.jaar]
    if not versions:
        raise RegisterError(Msg("cli.register.history.unknown", id=args.id))
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
        print(_history_line(v, args.lang))
    return EXIT_OK


def _run_backup(args: argparse.Namespace) -> int:
    target = Path(args.file)
    _open().backup(target)
    print(t("cli.register.backup.done", args.lang, target=target))
    return EXIT_OK


def register_register(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "register", help=t("cli.register.help", lang), description=t("cli.register.description", lang)
    )
    commands = parser.add_subparsers(
        dest="register_command", metavar=t("cli.metavar.command", lang), required=True
    )
    init = commands.add_parser("init", help=t("cli.register.init.help", lang))
    init.add_argument("--leeg", action="store_true", help=t("cli.register.init.leeg", lang))
    init.set_defaults(handler=_guarded(_run_init))
    imp = commands.add_parser("import", help=t("cli.register.import.help", lang))
    imp.add_argument("file", metavar="FILE", help=t("cli.validate.path", lang))
    imp.add_argument("--dry-run", action="store_true", help=t("cli.register.import.dry_run", lang))
    imp.add_argument("--gedeeltelijk", action="store_true", help=t("cli.register.import.partial", lang))
    imp.add_argument("--door", metavar="EMAIL", default=None, help=t("cli.register.import.door", lang))
    imp.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    imp.set_defaults(handler=_guarded(_run_import))
    exp = commands.add_parser("export", help=t("cli.register.export.help", lang))
    exp.add_argument("file", metavar="FILE")
    exp.set_defaults(handler=_guarded(_run_export))
    his = commands.add_parser("history", help=t("cli.register.history.help", lang))
    his.add_argument("id", metavar="ID")
    his.add_argument("--jaar", type=int, default=None, help=t("cli.register.history.jaar", lang))
    his.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    his.set_defaults(handler=_guarded(_run_history))
    bak = commands.add_parser("backup", help=t("cli.register.backup.help", lang))
    bak.add_argument("file", metavar="FILE")
    bak.set_defaults(handler=_guarded(_run_backup))
    for command in (init, imp, exp, his, bak):
        add_lang(command, lang)


# --------------------------------------------------------------------------------------------------------------
# users


def _scope_text(scope: tuple[str, ...], lang: str) -> str:
    return fmt_list(list(scope), lang) or t("register.scope.all", lang)


def _run_users_add(args: argparse.Namespace) -> int:
    lang = args.lang
    register = _open()
    scope = register.scope_codes(args.scope.split(",")) if args.scope else ()
    user = register.accounts.add(args.email, args.rol, scope)
    role = t(f"register.role.{user.role}", lang)
    print(t("cli.users.added", lang, email=user.email, role=role, scope=_scope_text(user.scope, lang)))
    if not user.has_password:
        print(t("cli.users.set_password", lang, email=user.email))
    return EXIT_OK


def _lock_json(event: LockEvent) -> dict[str, object]:
    return {
        "wanneer": event.at.isoformat(timespec="seconds") + "Z",
        "soort": event.kind.value,
        "account": event.account,
        "adres": event.client,
        "tot": event.until.isoformat(timespec="seconds") + "Z",
        "pogingen": event.failures,
    }


_LOCK_TEXTS: Final = {
    LockKind.PAIR: "cli.users.lock.paar",
    LockKind.CLIENT: "cli.users.lock.adres",
    LockKind.ACCOUNT: "cli.users.lock.account",
}


def _lock_line(event: LockEvent, lang: str) -> str:
    return t(
        _LOCK_TEXTS[event.kind],
        lang,
        day=fmt_date(event.at.date(), lang),
        time=event.at.strftime("%H:%M"),
        account=event.account,
        client=event.client,
        time_until=event.until.strftime("%H:%M"),
        n=event.failures,
    )


def _run_users_list(args: argparse.Namespace) -> int:
    """The users, and for the beheerder the sign-in locks of the last 30 days: per user (also in the JSON), and
    in the text those on addresses without an account or on a client address (someone trying many accounts)."""
    lang = args.lang
    register = _open()
    users = register.accounts.list_users()
    events = register.accounts.lock_events()
    of_user = {user.email: [e for e in events if e.account == user.email] for user in users}
    others = [e for e in events if e.account not in of_user]
    if args.json:
        _print_json(
            [
                {
                    "email": u.email,
                    "rol": u.role,
                    "scope": list(u.scope),
                    "wachtwoord": u.has_password,
                    "blokkeringen": [_lock_json(e) for e in of_user[u.email]],
                }
                for u in users
            ],
            sys.stdout,
        )
        return EXIT_OK
    if not users:
        print(t("cli.users.none", lang))
    for user in users:
        password = "" if user.has_password else " " + t("cli.users.no_password", lang)
        role = t(f"register.role.{user.role}", lang)
        print(f"{user.email}  {role}  {_scope_text(user.scope, lang)}{password}")
        for event in of_user[user.email]:
            print("    " + _lock_line(event, lang))
    if others:
        print(t("cli.users.locks.others", lang))
        for event in others:
            print("    " + (f"{event.account}: " if event.account else "") + _lock_line(event, lang))
    return EXIT_OK


def _run_users_remove(args: argparse.Namespace) -> int:
    _open().accounts.remove(args.email)
    print(t("cli.users.removed", args.lang, email=args.email))
    return EXIT_OK


def _read_password(use_stdin: bool, lang: str) -> str:
    if use_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(t("cli.users.password.prompt", lang))
    if getpass.getpass(t("cli.users.password.again", lang)) != first:
        raise RegisterError(Msg("cli.users.password.mismatch"))
    return first


def _run_users_password(args: argparse.Namespace) -> int:
    register = _open()
    register.accounts.get(args.email)  # say "unknown user" before asking for a password
    register.accounts.set_password(args.email, _read_password(args.stdin, args.lang))
    print(t("cli.users.password.done", args.lang, email=args.email))
    return EXIT_OK


def register_users(subparsers: Any, lang: str) -> None:
    parser = subparsers.add_parser(
        "users", help=t("cli.users.help", lang), description=t("cli.users.description", lang)
    )
    commands = parser.add_subparsers(
        dest="users_command", metavar=t("cli.metavar.command", lang), required=True
    )
    add = commands.add_parser("add", help=t("cli.users.add.help", lang))
    add.add_argument("email", metavar="EMAIL")
    add.add_argument("--rol", choices=ROLES, required=True)
    add.add_argument("--scope", default="", help=t("cli.users.add.scope", lang))
    add.set_defaults(handler=_guarded(_run_users_add))
    lst = commands.add_parser("list", help=t("cli.users.list.help", lang))
    lst.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    lst.set_defaults(handler=_guarded(_run_users_list))
    rem = commands.add_parser("remove", help=t("cli.users.remove.help", lang))
    rem.add_argument("email", metavar="EMAIL")
    rem.set_defaults(handler=_guarded(_run_users_remove))
    pwd = commands.add_parser("password", help=t("cli.users.password.help", lang))
    pwd.add_argument("email", metavar="EMAIL")
    pwd.add_argument("--stdin", action="store_true", help=t("cli.users.password.stdin", lang))
    pwd.set_defaults(handler=_guarded(_run_users_password))
    for command in (add, lst, rem, pwd):
        add_lang(command, lang)
