"""`python -m geo build` rebuilds data/ from ../shared/data (its timings: `python -m tools bench-geo`).

Its texts come from the catalogue (`dashboard.i18n.geo_texts`): Dutch, or English with `--lang en`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.i18n import DEFAULT_LANG, LANGS, requested_lang, t
from dashboard.i18n.formats import fmt_int
from geo.build import DEFAULT_TOLERANCE_M, BuildError, BuildReport, build
from geo.paths import DATA_DIR, SHARED_DATA


def _parser(lang: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description=t("geo.cli.description", lang))
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help=t("geo.cli.build", lang))
    build_cmd.add_argument(
        "gemeenten_source",
        nargs="?",
        type=Path,
        help=t("geo.cli.source", lang, path=SHARED_DATA / "gemeente_2024_wgs84.geojson"),
    )
    build_cmd.add_argument("--source-dir", type=Path, default=SHARED_DATA, help=t("geo.cli.source_dir", lang))
    build_cmd.add_argument("--out-dir", type=Path, default=DATA_DIR, help=t("geo.cli.out_dir", lang))
    build_cmd.add_argument(
        "--tolerance", type=float, default=DEFAULT_TOLERANCE_M, help=t("geo.cli.tolerance", lang)
    )
    build_cmd.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help=t("geo.cli.lang", lang))
    return parser


def build_summary(report: BuildReport, lang: str) -> list[str]:
    """What the build wrote, with numbers in the reader's format."""
    lines = [t("geo.cli.written", lang, path=path) for path in report.written]
    lines.append(
        t(
            "geo.cli.summary",
            lang,
            file=report.gemeenten_file.name,
            bytes=fmt_int(report.gemeenten_bytes, lang),
            vertices=fmt_int(report.vertices_shipped, lang),
            source=fmt_int(report.vertices_source, lang),
            tolerance=f"{report.tolerance_m:g}",
        )
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser(requested_lang(argv)).parse_args(argv)
    try:
        report = build(args.source_dir, args.out_dir, args.gemeenten_source, args.tolerance)
    except BuildError as error:
        print(t("geo.cli.failed", args.lang, message=error.text(args.lang)), file=sys.stderr)
        return 1
    except OSError as error:
        print(t("geo.cli.failed", args.lang, message=error), file=sys.stderr)
        return 1
    for line in build_summary(report, args.lang):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
