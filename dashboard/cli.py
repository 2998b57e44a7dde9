"""Command line: `python -m dashboard validate PATH [--json]` and `python -m dashboard summary [PATH] ...`.

The commands and their JSON are a stable interface for scripts. Each subcommand is a registrar in
`SUBCOMMANDS` that adds its parser and sets `handler`; a new command is one more entry.
Build-time commands (bench, generate) are in `python -m tools`: the app never imports `tools`.

Exit codes of validate: 0 all rows accepted, 1 some rows rejected, 2 file unreadable or unsupported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, NoReturn, TextIO

from dashboard.analysis import aggregate
from dashboard.core import schema
from dashboard.i18n import t
from dashboard.ingest.validation import ImportResult, Issue, data_path, load_path

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_UNREADABLE = 2

# argparse's _SubParsersAction is private; registrars receive it as returned by add_subparsers().
SubParsers = Any
Registrar = Callable[[SubParsers], None]


class DutchArgumentParser(argparse.ArgumentParser):
    """Usage errors end with a Dutch hint instead of argparse's English sentence only."""

    def error(self, message: str) -> NoReturn:
        message = _dutch_usage(message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"{self.prog}: fout: {message}\nGebruik --help voor uitleg.\n")


# argparse's own sentences that a user of the Dutch commands meets most, in Dutch.
_USAGE_PHRASES = (
    ("one of the arguments ", "geef een van de argumenten "),
    (" is required", " op"),
    ("not allowed with argument", "niet samen met argument"),
    ("argument ", "argument "),
    ("expected one argument", "verwacht één waarde"),
    ("invalid choice", "ongeldige keuze"),
)


def _dutch_usage(message: str) -> str:
    for english, dutch in _USAGE_PHRASES:
        message = message.replace(english, dutch)
    return message


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen jaartal (bijvoorbeeld 2020)") from None


def _print_json(data: dict[str, object], out: TextIO) -> None:
    json.dump(data, out, indent=2)
    out.write("\n")


def _nl_pct(value: float) -> str:
    """92.5 -> '92,5%': a Dutch reader expects a decimal comma."""
    return f"{value:.1f}%".replace(".", ",")


# --------------------------------------------------------------------------------------------------------------
# validate


def validate_exit_code(result: ImportResult) -> int:
    if result.has_file_error:
        return EXIT_UNREADABLE
    return EXIT_REJECTED if result.rows_rejected else EXIT_OK


def _issue_line(issue: Issue) -> str:
    where = []
    if issue.row is not None:
        where.append(f"rij {issue.row}")
    if issue.column:
        where.append(f"kolom {issue.column}")
    prefix = ", ".join(where)
    return f"  - {prefix}: {issue.message}" if prefix else f"  - {issue.message}"


def validation_report(result: ImportResult) -> str:
    """The validation result as a Dutch text for people."""
    lines = [
        f"Bestand: {result.file}",
        f"Rijen: {result.rows_total} (geaccepteerd: {result.rows_accepted}, afgewezen: {result.rows_rejected})",
    ]
    for title, issues in (("Fouten", result.errors), ("Waarschuwingen", result.warnings)):
        if issues:
            lines += ["", f"{title} ({len(issues)}):", *(_issue_line(issue) for issue in issues)]
    lines.append("")
    if result.has_file_error:
        lines.append("Resultaat: het bestand kan niet worden gebruikt.")
    elif result.rows_rejected:
        lines.append(
            f"Resultaat: {result.rows_rejected} rij(en) afgewezen; verbeter die en probeer het opnieuw."
        )
    else:
        lines.append("Resultaat: alle rijen zijn goedgekeurd.")
    return "\n".join(lines)


def _run_validate(args: argparse.Namespace) -> int:
    result = load_path(Path(args.path))
    if args.json:
        _print_json(result.to_json_dict(), sys.stdout)
    else:
        print(validation_report(result))
    return validate_exit_code(result)


def _register_validate(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="controleer een bestand of map met initiatieven",
        description="Controleer een CSV- of Excel-bestand (of een map met zulke bestanden). Exitcode 0: alles "
        "goedgekeurd, 1: rijen afgewezen, 2: bestand onleesbaar of niet ondersteund.",
    )
    parser.add_argument("path", metavar="PATH", help="bestand (.csv, .xlsx) of map")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=_run_validate)


# --------------------------------------------------------------------------------------------------------------
# summary


def summary_report(stats: dict[str, Any], *, source: str, is_example: bool) -> str:
    """The summary as a Dutch text for people (labels from dashboard.i18n)."""
    year = stats["year"]
    lines = [f"Samenvatting preventie-initiatieven — {f'jaar {year}' if year is not None else 'alle jaren'}"]
    lines.append(f"Bron: {source}")
    if is_example:
        lines.append("Let op: dit zijn (deels) voorbeelddata, geen echte gegevens per initiatief.")
    if year is None:
        lines.append("Zonder jaar telt elk initiatief één keer per jaar waarin het voorkomt.")
    lines += [
        "",
        f"Initiatieven: {stats['initiatives']}",
        f"Preventiecoalities: {stats['preventiecoalities']}",
        f"Gemeenten met minstens één initiatief: {stats['gemeenten_covered']}",
        "",
        "Samenwerking gemeente en zorgverzekeraar (aantal initiatieven):",
    ]
    for level, count in stats["collaboration_levels"].items():
        rank = schema.level_rank(level)
        number = f"{rank}." if rank is not None else "–"
        lines.append(f"  {number:>2} {t(f'level.{level}'):<48} {count:>5}")
    lines += ["", "Betrokken partijen (% van de initiatieven):"]
    for party, value in stats["parties_pct"].items():
        lines.append(f"  {t(f'party.{party}'):<40} {_nl_pct(value):>7}")
    lines += [
        "",
        f"Biedt minstens één interventie aan: {_nl_pct(stats['offering_any_pct'])} van de initiatieven",
        f"  {'interventie':<40} {'van aanbieders':>15} {'van alle':>10}",
    ]
    for code, value in stats["interventions_pct_of_offering"].items():
        of_all = stats["interventions_pct_of_all"][code]
        lines.append(f"  {t(f'intervention.{code}'):<40} {_nl_pct(value):>15} {_nl_pct(of_all):>10}")
    return "\n".join(lines)


def _run_summary(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else data_path()
    result = load_path(path)
    if result.has_file_error and not result.rows_accepted:
        for issue in result.errors:
            print(f"Fout: {issue.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    if result.rows_rejected:
        print(
            f"Let op: {result.rows_rejected} rij(en) afgewezen en niet meegeteld; zie "
            f"'python -m dashboard validate {path}'.",
            file=sys.stderr,
        )
    stats = aggregate.summary(result.records, args.year)
    if args.json:
        _print_json(stats, sys.stdout)
    else:
        print(summary_report(stats, source=str(path), is_example=result.is_example))
    return EXIT_OK


def _register_summary(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "summary",
        help="landelijke cijfers over de initiatieven",
        description="Landelijke cijfers: aantallen, samenwerkingsniveaus, partijen en interventies. Zonder "
        "PATH: de meegeleverde gegevens (of de map in PREVENTIEKAART_DATA).",
    )
    parser.add_argument("path", metavar="PATH", nargs="?", default=None, help="bestand of map (optioneel)")
    parser.add_argument("--year", type=_year, default=None, metavar="JAAR", help="alleen dit jaar")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=_run_summary)


# --------------------------------------------------------------------------------------------------------------
# valpreventie


def _assignment(text: str) -> tuple[str, float]:
    naam, sep, value = text.partition("=")
    if not sep or not naam.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is geen NAAM=WAARDE (bijvoorbeeld bereik=0.06)")
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' in '{text}' is geen getal") from None
    return naam.strip(), number


def _jaren(text: str) -> int:
    from dashboard.analysis.valpreventie import MAX_YEARS, MIN_YEARS

    if not text.strip().isdigit() or not MIN_YEARS <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"jaren moet een heel getal van {MIN_YEARS} tot {MAX_YEARS} zijn")
    return int(text)


def area_table() -> Any:
    """gemeente -> VNG–ZN region and provincie, without geometry (the command line needs no geopandas)."""
    from geo.regions import load_indeling, load_region_table

    indeling = load_indeling()[["gm_code", "pv_code", "pv_naam"]]
    return load_region_table().merge(indeling, on="gm_code", validate="one_to_one")


def valpreventie_report(data: dict[str, Any]) -> str:
    """The estimate as a short Dutch text for people."""
    from dashboard.analysis import valpreventie as vp

    lines = [
        f"Valpreventie {data['gebied']['naam']}: schatting op basis van gepubliceerde kengetallen",
        f"Programma: {data['interventie_naam']}, {data['jaren']} jaar",
        f"65-plussers: {vp.count(data['inwoners_65plus'])}; deelnemers per jaar: {vp.count(data['deelnemers'])}",
        f"Vallen voorkomen: {vp.count(data['vallen_voorkomen'])}; SEH-bezoeken voorkomen: "
        f"{vp.count(data['seh_voorkomen'])}",
        f"Kosten: {vp.euro(data['kosten_totaal'])}; baten: {vp.euro(data['baten_totaal'])}; netto: "
        f"{vp.euro(data['netto'])} (bandbreedte {vp.euro(data['band']['laag'])} tot "
        f"{vp.euro(data['band']['hoog'])})",
        "Baten per financier: "
        + "; ".join(f"{k}: {vp.euro(v)}" for k, v in data["baten_per_financier"].items()),
    ]
    return "\n".join(lines)


def _run_valpreventie(args: argparse.Namespace) -> int:
    from dashboard.analysis import valpreventie as vp
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
            raise vp.EstimateError(
                f"voor {naam} is geen {' en geen '.join(lacking)} gepubliceerd: geef die op met "
                + " ".join(f"--set {n}=WAARDE" for n in lacking)
            )
        n65 = vp.inwoners_65plus(read_bevolking(), area.members)
        result = vp.estimate(n65, params, args.jaren)
        data = vp.result_json(
            area,
            args.interventie,
            kengetallen.programmas[args.interventie].naam,
            params,
            result,
            vp.band(n65, params, args.jaren),
            vp.sensitivity(n65, params, args.jaren),
        )
    except (vp.EstimateError, KengetallenError, ContextDataError, RegionTableError) as error:
        print(f"Fout: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        _print_json(data, sys.stdout)
    else:
        print(valpreventie_report(data))
    return EXIT_OK


def _register_valpreventie(subparsers: SubParsers) -> None:
    from dashboard.analysis.valpreventie import DEFAULT_PROGRAMME, DEFAULT_YEARS

    parser = subparsers.add_parser(
        "valpreventie",
        help="schat kosten en baten van valpreventie voor een gebied",
        description="Schatting op basis van gepubliceerde kengetallen (niet de Rekenhulp Valpreventie): wat een "
        "valpreventieprogramma in een gemeente, VNG–ZN-regio of provincie kost en bespaart, en wie bespaart. "
        "Exitcode 2 bij ongeldige invoer.",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--gemeente", metavar="CODE", help="gemeentecode, bijvoorbeeld GM1900")
    where.add_argument("--regio", metavar="CODE", help="VNG–ZN-regiocode, bijvoorbeeld ZK17")
    where.add_argument("--provincie", metavar="NAAM", help="provincienaam of -code, bijvoorbeeld Limburg")
    parser.add_argument(
        "--interventie", default=DEFAULT_PROGRAMME, metavar="CODE", help="programma (standaard in_balans)"
    )
    parser.add_argument(
        "--set",
        type=_assignment,
        action="append",
        metavar="NAAM=WAARDE",
        help="vervang een kengetal door een eigen waarde (aandelen als fractie: bereik=0.06)",
    )
    parser.add_argument(
        "--jaren", type=_jaren, default=DEFAULT_YEARS, metavar="N", help="looptijd, 1 tot 5 jaar"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
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
        _print_json({"ok": not problems, "problems": [p.to_json_dict() for p in problems]}, sys.stdout)
    elif problems:
        print(t("hardening.check.failed", n=len(problems)))
        for problem in problems:
            print(f"- {problem.file}: {problem.message}")
    else:
        print(t("hardening.check.ok"))
    return EXIT_OK if not problems else EXIT_REJECTED


def _register_check(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="controleer of alles wat de app nodig heeft er is en bruikbaar is (gereedheidscontrole)",
        description="Controleert de meegeleverde bestanden (controlegetallen, rijen, kolommen), de gegevens van "
        "de server (PREVENTIEKAART_DATA) en de regio-indeling (PREVENTIEKAART_REGIO). Exitcode 0: in orde; "
        "1: er is een probleem (de redenen staan erbij).",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=_run_check)


# --------------------------------------------------------------------------------------------------------------
# register and users (dashboard/cli_register.py)


def _register_register(subparsers: SubParsers) -> None:
    from dashboard.cli_register import register_register

    register_register(subparsers)


def _register_users(subparsers: SubParsers) -> None:
    from dashboard.cli_register import register_users

    register_users(subparsers)


SUBCOMMANDS: dict[str, Registrar] = {
    "validate": _register_validate,
    "check": _register_check,
    "summary": _register_summary,
    "valpreventie": _register_valpreventie,
    "register": _register_register,
    "users": _register_users,
}


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="python -m dashboard",
        description="Preventiekaart: initiatieven van gemeenten en zorgverzekeraars controleren en samenvatten.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    for register in SUBCOMMANDS.values():
        register(subparsers)
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
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors and --help: return the code instead of leaving the interpreter
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
    return int(args.handler(args))
