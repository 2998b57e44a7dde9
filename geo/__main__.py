"""`python -m geo build` rebuilds data/ from ../shared/data (its timings: `python -m tools bench-geo`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.build import DEFAULT_TOLERANCE_M, BuildError, build
from geo.paths import DATA_DIR, SHARED_DATA


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Geodata van de Preventiekaart")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="bouw data/ opnieuw uit de bronbestanden")
    build_cmd.add_argument(
        "gemeenten_source",
        nargs="?",
        type=Path,
        help=f"CBS-gemeentegrenzen (GeoJSON); standaard {SHARED_DATA / 'gemeente_2024_wgs84.geojson'}",
    )
    build_cmd.add_argument("--source-dir", type=Path, default=SHARED_DATA, help="map met de bron-CSV's")
    build_cmd.add_argument("--out-dir", type=Path, default=DATA_DIR, help="doelmap (standaard data/)")
    build_cmd.add_argument(
        "--tolerance", type=float, default=DEFAULT_TOLERANCE_M, help="vereenvoudiging in meters (VW)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        report = build(args.source_dir, args.out_dir, args.gemeenten_source, args.tolerance)
    except (BuildError, OSError) as error:
        print(f"Bouwen mislukt: {error}", file=sys.stderr)
        return 1
    for path in report.written:
        print(f"geschreven: {path}")
    print(
        f"{report.gemeenten_file.name}: {report.gemeenten_bytes:,} bytes, "
        f"{report.vertices_shipped:,} punten (bron {report.vertices_source:,}), tolerantie {report.tolerance_m:g} m"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
