"""Command line: `python -m dashboard validate PATH [--json]` and `python -m dashboard summary [PATH] ...`.

The commands and their JSON are a stable interface for scripts. Each subcommand is a registrar in
`SUBCOMMANDS` that adds its parser and sets `handler`; a new command (bench, generate) is one more entry.

Exit codes of validate: 0 all rows accepted, 1 some rows rejected, 2 file unreadable or unsupported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TextIO

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
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"{self.prog}: fout: {message}\nGebruik --help voor uitleg.\n")


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
# bench and generate (imported lazily: they pull in folium/geopandas, which validate and summary do not need)


def _run_bench(args: argparse.Namespace) -> int:
    from tools import bench

    figures = bench.run(quick=args.quick)
    if args.json:
        _print_json(figures, sys.stdout)
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return EXIT_OK


def _register_bench(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="meet kaartgrootte en -snelheid naast de naïeve aanpak",
        description="Meet de kaart (bytes, tijd van filterwijziging tot kaart) naast de naïeve aanpak met "
        "GeoDataFrame.explore(), in dezelfde run; verhoudingen zijn betrouwbaarder dan absolute tijden.",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--quick", action="store_true", help="minder herhalingen (voor CI)")
    parser.set_defaults(handler=_run_bench)


def _run_generate(args: argparse.Namespace) -> int:
    from tools import generate

    return generate.run(args)


def _register_generate(subparsers: SubParsers) -> None:
    from tools import generate

    parser = subparsers.add_parser(
        "generate",
        help="maak de voorbeelddata opnieuw (reproduceerbaar)",
        description="Schrijft de gegenereerde voorbeeldinitiatieven opnieuw; dezelfde seed geeft hetzelfde bestand.",
    )
    generate.add_arguments(parser)
    parser.set_defaults(handler=_run_generate)


# --------------------------------------------------------------------------------------------------------------
# check


def _run_check(args: argparse.Namespace) -> int:
    from dashboard.ingest.health import readiness

    problems = readiness()
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


SUBCOMMANDS: dict[str, Registrar] = {
    "validate": _register_validate,
    "check": _register_check,
    "summary": _register_summary,
    "bench": _register_bench,
    "generate": _register_generate,
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors and --help: return the code instead of leaving the interpreter
        return exc.code if isinstance(exc.code, int) else EXIT_UNREADABLE
    return int(args.handler(args))
