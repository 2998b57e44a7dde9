"""Command line: `python -m dashboard validate PATH [--json]` and `python -m dashboard summary [PATH] ...`.

The commands and their JSON are a stable interface for scripts. Each subcommand is a registrar in
`SUBCOMMANDS` that adds its parser and sets `handler`; a new command is one more entry.
Build-time commands (bench, generate) are in `python -m tools`: the app never imports `tools`.

Exit codes of validate: 0 all rows accepted, 1 some rows rejected, 2 file unreadable or unsupported.
Every text comes from the catalogue (`dashboard.i18n.cli_texts`): Dutch, or English with `--lang en`. The
language is read from the command line before the parser is built, so that --help and usage errors speak it too.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, NoReturn, TextIO

from dashboard.analysis import aggregate
from dashboard.cli_register import add_lang, issue_place
from dashboard.core import schema
from dashboard.i18n import DEFAULT_LANG, requested_lang, t, tn
from dashboard.i18n.formats import fmt_pct
from dashboard.ingest.validation import ImportResult, Issue, data_path, load_path

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_UNREADABLE = 2

# argparse's _SubParsersAction is private; registrars receive it as returned by add_subparsers(), and the
# language of the help texts they add.
SubParsers = Any
Registrar = Callable[[SubParsers, str], None]


class CliArgumentParser(argparse.ArgumentParser):
    """Usage errors end with a hint in ``lang``; in Dutch, argparse's common English sentences are translated.

    Subcommand parsers inherit the language, so a registrar only passes it to its texts.
    """

    def __init__(self, *args: Any, lang: str = DEFAULT_LANG, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(CliArgumentParser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        if self.lang == "nl":
            message = _dutch_usage(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, t("cli.usage_error", self.lang, prog=self.prog, message=message))


# argparse's own English sentences that a user of the Dutch commands meets most (matched, not shown), each with
# the catalogue key of its Dutch wording. In English argparse's sentence is shown as it is.
_USAGE_PHRASES = (
    ("one of the arguments ", "cli.argparse.one_of"),
    (" is required", "cli.argparse.required"),
    ("not allowed with argument", "cli.argparse.not_with"),
    ("expected one argument", "cli.argparse.one_value"),
    ("invalid choice", "cli.argparse.invalid_choice"),
)


def _dutch_usage(message: str) -> str:
    for english, key in _USAGE_PHRASES:
        message = message.replace(english, t(key, "nl"))
    return message


# The argparse types take the language as a keyword that the registrar binds (argparse passes the text only).
def _year(text: str, lang: str = DEFAULT_LANG) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.not_a_year", lang, text=text)) from None


def _print_json(data: dict[str, object], out: TextIO) -> None:
    json.dump(data, out, indent=2)
    out.write("\n")


def _pct(value: float, lang: str) -> str:
    """92.5 -> '92,5%' in Dutch, '92.5%' in English; always one decimal so the columns line up."""
    return fmt_pct(value, lang, 1, fixed=True)


# --------------------------------------------------------------------------------------------------------------
# validate


def validate_exit_code(result: ImportResult) -> int:
    if result.has_file_error:
        return EXIT_UNREADABLE
    return EXIT_REJECTED if result.rows_rejected else EXIT_OK


def _issue_line(issue: Issue, lang: str) -> str:
    prefix = issue_place(issue.row, issue.column, lang)
    return f"  - {prefix}: {issue.text(lang)}" if prefix else f"  - {issue.text(lang)}"


def validation_report(result: ImportResult, lang: str = DEFAULT_LANG) -> str:
    """The validation result as a text for people."""
    lines = [
        t("cli.validate.file", lang, file=result.file),
        t(
            "cli.validate.rows",
            lang,
            total=result.rows_total,
            accepted=result.rows_accepted,
            rejected=result.rows_rejected,
        ),
    ]
    for title, issues in (("cli.validate.errors", result.errors), ("cli.validate.warnings", result.warnings)):
        if issues:
            lines += ["", t(title, lang, n=len(issues)), *(_issue_line(issue, lang) for issue in issues)]
    lines.append("")
    if result.has_file_error:
        lines.append(t("cli.validate.unusable", lang))
    elif result.rows_rejected:
        lines.append(tn("cli.validate.rejected", result.rows_rejected, lang))
    else:
        lines.append(t("cli.validate.all_accepted", lang))
    return "\n".join(lines)


def _run_validate(args: argparse.Namespace) -> int:
    result = load_path(Path(args.path))
    if args.json:
        _print_json(result.to_json_dict(args.lang), sys.stdout)
    else:
        print(validation_report(result, args.lang))
    return validate_exit_code(result)


def _register_validate(subparsers: SubParsers, lang: str) -> None:
    parser = subparsers.add_parser(
        "validate", help=t("cli.validate.help", lang), description=t("cli.validate.description", lang)
    )
    parser.add_argument("path", metavar="PATH", help=t("cli.validate.path", lang))
    parser.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    add_lang(parser, lang)
    parser.set_defaults(handler=_run_validate)


# --------------------------------------------------------------------------------------------------------------
# summary


def summary_report(stats: dict[str, Any], *, source: str, is_example: bool, lang: str = DEFAULT_LANG) -> str:
    """The summary as a text for people (labels from dashboard.i18n)."""
    year = stats["year"]
    title = (
        t("cli.summary.title_year", lang, year=year) if year is not None else t("cli.summary.title_all", lang)
    )
    lines = [title, t("cli.summary.source", lang, source=source)]
    if is_example:
        lines.append(t("cli.summary.example", lang))
    if year is None:
        lines.append(t("cli.summary.no_year", lang))
    lines += [
        "",
        t("cli.summary.initiatives", lang, n=stats["initiatives"]),
        t("cli.summary.coalitions", lang, n=stats["preventiecoalities"]),
        t("cli.summary.gemeenten", lang, n=stats["gemeenten_covered"]),
        "",
        t("cli.summary.levels", lang),
    ]
    for level, count in stats["collaboration_levels"].items():
        rank = schema.level_rank(level)
        number = f"{rank}." if rank is not None else "–"
        lines.append(f"  {number:>2} {t(f'level.{level}', lang):<48} {count:>5}")
    lines += ["", t("cli.summary.parties", lang)]
    for party, value in stats["parties_pct"].items():
        lines.append(f"  {t(f'party.{party}', lang):<40} {_pct(value, lang):>7}")
    columns = (t(f"cli.summary.col.{name}", lang) for name in ("intervention", "of_offering", "of_all"))
    intervention, of_offering, of_all_heading = columns
    lines += [
        "",
        t("cli.summary.offering", lang, pct=_pct(stats["offering_any_pct"], lang)),
        f"  {intervention:<40} {of_offering:>15} {of_all_heading:>10}",
    ]
    for code, value in stats["interventions_pct_of_offering"].items():
        of_all = stats["interventions_pct_of_all"][code]
        lines.append(
            f"  {t(f'intervention.{code}', lang):<40} {_pct(value, lang):>15} {_pct(of_all, lang):>10}"
        )
    return "\n".join(lines)


def _run_summary(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else data_path()
    result = load_path(path)
    lang = args.lang
    if result.has_file_error and not result.rows_accepted:
        for issue in result.errors:
            print(t("cli.summary.error", lang, message=issue.text(lang)), file=sys.stderr)
        return EXIT_UNREADABLE
    if result.rows_rejected:
        print(tn("cli.summary.rejected", result.rows_rejected, lang, path=path), file=sys.stderr)
    stats = aggregate.summary(result.records, args.year)
    if args.json:
        _print_json(stats, sys.stdout)
    else:
        print(summary_report(stats, source=str(path), is_example=result.is_example, lang=lang))
    return EXIT_OK


def _register_summary(subparsers: SubParsers, lang: str) -> None:
    parser = subparsers.add_parser(
        "summary", help=t("cli.summary.help", lang), description=t("cli.summary.description", lang)
    )
    parser.add_argument("path", metavar="PATH", nargs="?", default=None, help=t("cli.summary.path", lang))
    parser.add_argument(
        "--year",
        type=functools.partial(_year, lang=lang),
        default=None,
        metavar=t("cli.metavar.year", lang),
        help=t("cli.summary.year", lang),
    )
    parser.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    add_lang(parser, lang)
    parser.set_defaults(handler=_run_summary)


# --------------------------------------------------------------------------------------------------------------
# valpreventie


def _assignment(text: str, lang: str = DEFAULT_LANG) -> tuple[str, float]:
    naam, sep, value = text.partition("=")
    if not sep or not naam.strip():
        raise argparse.ArgumentTypeError(t("cli.vp.not_assignment", lang, text=text))
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.vp.not_a_number", lang, value=value, text=text)) from None
    return naam.strip(), number


def _jaren(text: str, lang: str = DEFAULT_LANG) -> int:
    from dashboard.analysis.valpreventie import MAX_YEARS, MIN_YEARS

    if not text.strip().isdigit() or not MIN_YEARS <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(t("cli.vp.bad_years", lang, low=MIN_YEARS, high=MAX_YEARS))
    return int(text)


def area_table() -> Any:
    """gemeente -> VNG–ZN region and provincie, without geometry (the command line needs no geopandas)."""
    from geo.regions import load_indeling, load_region_table

    indeling = load_indeling()[["gm_code", "pv_code", "pv_naam"]]
    return load_region_table().merge(indeling, on="gm_code", validate="one_to_one")


def valpreventie_report(data: dict[str, Any], lang: str = DEFAULT_LANG) -> str:
    """The estimate as a short text for people, Dutch or English."""
    from dashboard.render import valpreventie_text as text

    def euro(value: float) -> str:
        return text.euro(value, lang)

    def count(value: float) -> str:
        return text.count(value, lang)

    financiers = "; ".join(f"{k}: {euro(v)}" for k, v in data["baten_per_financier"].items())
    lines = [
        t("cli.vp.report.title", lang, naam=data["gebied"]["naam"]),
        t("cli.vp.report.programme", lang, programma=data["interventie_naam"], jaren=data["jaren"]),
        t(
            "cli.vp.report.people",
            lang,
            n65=count(data["inwoners_65plus"]),
            deelnemers=count(data["deelnemers"]),
        ),
        t(
            "cli.vp.report.prevented",
            lang,
            vallen=count(data["vallen_voorkomen"]),
            seh=count(data["seh_voorkomen"]),
        ),
        t(
            "cli.vp.report.money",
            lang,
            kosten=euro(data["kosten_totaal"]),
            baten=euro(data["baten_totaal"]),
            netto=euro(data["netto"]),
            laag=euro(data["band"]["laag"]),
            hoog=euro(data["band"]["hoog"]),
        ),
        t("cli.vp.report.financiers", lang, list=financiers),
    ]
    return "\n".join(lines)


def _run_valpreventie(args: argparse.Namespace) -> int:
    from dashboard.analysis import valpreventie as vp
    from dashboard.export.valpreventie import result_json
    from dashboard.ingest.context import ContextDataError, read_bevolking
    from dashboard.ingest.valpreventie import KengetallenError, read_kengetallen
    from geo.regions import RegionTableError

    kind, code = next((k, getattr(args, k)) for k in vp.AREA_KINDS if getattr(args, k) is not None)
    try:
        kengetallen = read_kengetallen()
        area = vp.resolve_area(area_table(), kind, code)
        overrides = dict(args.set or [])
        params = vp.parameters_for(kengetallen, args.interventie, overrides)
        lacking = vp.missing(params)
        if lacking:
            naam = kengetallen.programmas[args.interventie].naam
            what = t("cli.vp.missing.or", args.lang).join(t(f"vp.missing.{n}", args.lang) for n in lacking)
            value = t("cli.vp.metavar.value", args.lang)
            how = " ".join(f"--set {n}={value}" for n in lacking)
            raise vp.EstimateError(t("cli.vp.missing", args.lang, naam=naam, wat=what, how=how))
        n65 = vp.inwoners_65plus(read_bevolking(), area.members)
        result = vp.estimate(n65, params, args.jaren)
        data = result_json(
            area,
            args.interventie,
            kengetallen.programmas[args.interventie].naam,
            params,
            result,
            vp.band(n65, params, args.jaren),
            vp.sensitivity(n65, params, args.jaren),
        )
    except (vp.EstimateError, KengetallenError) as error:
        print(t("cli.vp.error", args.lang, message=error.text(args.lang)), file=sys.stderr)
        return EXIT_UNREADABLE
    except RegionTableError as error:
        for text in error.texts(args.lang):
            print(t("cli.vp.error", args.lang, message=text), file=sys.stderr)
        return EXIT_UNREADABLE
    except ContextDataError as error:
        print(t("cli.vp.error", args.lang, message=error.text(args.lang)), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        _print_json(data, sys.stdout)
    else:
        print(valpreventie_report(data, args.lang))
    return EXIT_OK


def _register_valpreventie(subparsers: SubParsers, lang: str) -> None:
    from dashboard.analysis.valpreventie import DEFAULT_PROGRAMME, DEFAULT_YEARS, MAX_YEARS, MIN_YEARS

    parser = subparsers.add_parser(
        "valpreventie", help=t("cli.vp.help", lang), description=t("cli.vp.description", lang)
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--gemeente", metavar="CODE", help=t("cli.vp.gemeente", lang))
    where.add_argument("--regio", metavar="CODE", help=t("cli.vp.regio", lang))
    where.add_argument(
        "--provincie", metavar=t("cli.vp.metavar.name", lang), help=t("cli.vp.provincie", lang)
    )
    parser.add_argument(
        "--interventie",
        default=DEFAULT_PROGRAMME,
        metavar="CODE",
        help=t("cli.vp.interventie", lang, default=DEFAULT_PROGRAMME),
    )
    parser.add_argument(
        "--set",
        type=functools.partial(_assignment, lang=lang),
        action="append",
        metavar=t("cli.vp.metavar.assignment", lang),
        help=t("cli.vp.set", lang),
    )
    parser.add_argument(
        "--jaren",
        type=functools.partial(_jaren, lang=lang),
        default=DEFAULT_YEARS,
        metavar="N",
        help=t("cli.vp.jaren", lang, low=MIN_YEARS, high=MAX_YEARS),
    )
    parser.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    add_lang(parser, lang)
    parser.set_defaults(handler=_run_valpreventie)


# check


def _run_check(args: argparse.Namespace) -> int:
    from dashboard.ingest.health import Problem, readiness
    from dashboard.register import db
    from dashboard.register.repository import connection_problem

    problems = readiness()
    register_problem = connection_problem(db.database_url())
    if register_problem is not None:
        problems.append(Problem(db.DB_ENV_VAR, register_problem))
    if args.json:
        _print_json(
            {"ok": not problems, "problems": [p.to_json_dict(args.lang) for p in problems]}, sys.stdout
        )
    elif problems:
        print(tn("hardening.check.failed", len(problems), args.lang))
        for problem in problems:
            print(f"- {problem.file}: {problem.text(args.lang)}")
    else:
        print(t("hardening.check.ok", args.lang))
    return EXIT_OK if not problems else EXIT_REJECTED


def _register_check(subparsers: SubParsers, lang: str) -> None:
    parser = subparsers.add_parser(
        "check", help=t("cli.check.help", lang), description=t("cli.check.description", lang)
    )
    parser.add_argument("--json", action="store_true", help=t("cli.help.json", lang))
    add_lang(parser, lang)
    parser.set_defaults(handler=_run_check)


# --------------------------------------------------------------------------------------------------------------
# register and users (dashboard/cli_register.py)


def _register_register(subparsers: SubParsers, lang: str) -> None:
    from dashboard.cli_register import register_register

    register_register(subparsers, lang)


def _register_users(subparsers: SubParsers, lang: str) -> None:
    from dashboard.cli_register import register_users

    register_users(subparsers, lang)


SUBCOMMANDS: dict[str, Registrar] = {
    "validate": _register_validate,
    "check": _register_check,
    "summary": _register_summary,
    "valpreventie": _register_valpreventie,
    "register": _register_register,
    "users": _register_users,
}


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The parser with help texts and usage errors in ``lang`` (main() takes it from --lang on the line)."""
    parser = CliArgumentParser(prog="python -m dashboard", description=t("cli.description", lang), lang=lang)
    subparsers = parser.add_subparsers(dest="command", metavar=t("cli.metavar.command", lang), required=True)
    for register in SUBCOMMANDS.values():
        register(subparsers, lang)
    return parser


# Build-time commands keep their documented names here, but run in their own process: the layer contract
# forbids dashboard to import tools/, and the benchmark's extras are not needed by the app.
FORWARDED: Final = ("bench", "bench-geo", "generate")


def _forward_to_tools(argv: list[str]) -> int:
    import subprocess

    return subprocess.call([sys.executable, "-m", "tools", *argv])


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in FORWARDED:
        return _forward_to_tools(arguments)
    parser = build_parser(requested_lang(arguments))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # usage errors and --help: return the code instead of leaving the interpreter
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
    return int(args.handler(args))
