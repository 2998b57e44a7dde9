"""Build-time commands: `python -m tools bench [--json] [--quick]`, `bench-geo`, `generate [...]`.

They live outside `dashboard/` because the running app never needs them (the layer contract forbids
`dashboard` and `geo` to import `tools`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tools import bench, bench_geo, generate


def _print_figures(figures: dict[str, object], as_json: bool) -> None:
    if as_json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools", description="Bouwgereedschap van de Preventiekaart"
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    bench_cmd = commands.add_parser(
        "bench",
        help="meet kaartgrootte en -snelheid naast de naïeve aanpak",
        description="Meet de kaart (bytes, tijd van filterwijziging tot kaart) naast de naïeve aanpak met "
        "GeoDataFrame.explore(), in dezelfde run; verhoudingen zijn betrouwbaarder dan absolute tijden.",
    )
    bench_cmd.add_argument("--json", action="store_true", help="uitvoer als JSON")
    bench_cmd.add_argument("--quick", action="store_true", help="minder herhalingen (voor CI)")
    bench_cmd.add_argument(
        "--browser",
        action="store_true",
        help="meet ook in Chromium (filter, klik, eerste keer laden, geheugen) naast een naïeve pagina",
    )
    commands.add_parser("bench-geo", help="meet laadtijd en bestandsgroottes van de geodata (JSON)")
    generate_cmd = commands.add_parser(
        "generate",
        help="maak de voorbeelddata opnieuw (reproduceerbaar)",
        description="Schrijft de gegenereerde voorbeeldinitiatieven opnieuw; dezelfde seed geeft hetzelfde bestand.",
    )
    generate.add_arguments(generate_cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "bench":
        _print_figures(bench.run(quick=args.quick, browser=args.browser), args.json)
        return 0
    if args.command == "bench-geo":
        _print_figures(bench_geo.bench_geo(), as_json=True)
        return 0
    return generate.run(args)


if __name__ == "__main__":
    sys.exit(main())
