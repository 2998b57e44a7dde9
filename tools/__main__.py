"""Build-time commands: `python -m tools bench [--json] [--quick] [--browser] [--load N]`, `bench-geo`,
`generate [...]`.

They live outside `dashboard/` because the running app never needs them (the layer contract forbids
`dashboard` and `geo` to import `tools`); their help texts are the CLI's catalogue keys (``cli.bench.*``,
``cli.generate.*`` in ``dashboard/i18n/cli_texts.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from dashboard.i18n import t
from tools import bench, bench_geo, generate


def _print_figures(figures: dict[str, object], as_json: bool) -> None:
    if as_json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


def _visitors(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(t("cli.bench.load_visitors", text=text))
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools", description=t("cli.tools.description"))
    commands = parser.add_subparsers(dest="command", metavar=t("cli.metavar.command"), required=True)
    bench_cmd = commands.add_parser("bench", help=t("cli.bench.help"), description=t("cli.bench.description"))
    bench_cmd.add_argument("--json", action="store_true", help=t("cli.help.json"))
    bench_cmd.add_argument("--quick", action="store_true", help=t("cli.bench.quick"))
    bench_cmd.add_argument("--browser", action="store_true", help=t("cli.bench.browser"))
    bench_cmd.add_argument("--load", type=_visitors, metavar="N", help=t("cli.bench.load"))
    commands.add_parser("bench-geo", help=t("cli.bench_geo.help"))
    generate_cmd = commands.add_parser(
        "generate", help=t("cli.generate.help"), description=t("cli.generate.description")
    )
    generate.add_arguments(generate_cmd)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "bench" and args.load is not None:
        from tools import bench_load

        _print_figures(bench_load.run(args.load), args.json)
        return 0
    if args.command == "bench":
        _print_figures(bench.run(quick=args.quick, browser=args.browser), args.json)
        return 0
    if args.command == "bench-geo":
        _print_figures(bench_geo.bench_geo(), as_json=True)
        return 0
    return generate.run(args)


if __name__ == "__main__":
    sys.exit(main())
