"""``python -m tools.checksums``: write data/controle.csv, the list the app checks its shipped files against.

Run it after a deliberate change of a shipped file (regenerated data, rebuilt boundaries); the test
``tests/dashboard/ingest/test_health.py`` fails until the list matches the files again.
"""

from __future__ import annotations

import csv
import io
from typing import Final

from dashboard.ingest.health import CHECK_COLUMNS, CHECK_LIST, ROOT, count_rows, sha256

# The files the app reads, with the columns it needs from each (the rest may change without harm).
SHIPPED: Final[dict[str, tuple[str, ...]]] = {
    "data/gemeenten_2025.geojson": ("gm_code", "gm_naam"),
    "data/gemeente_regio_indeling_2025.csv": ("gm_code", "gm_naam", "pv_code", "pv_naam"),
    "data/gemeente_code_crosswalk_2019_2025.csv": ("gm_code", "gm_code_2025"),
    "data/vngzn_regios.csv": ("gm_code", "gm_naam", "regio_code", "regio_naam", "zorgverzekeraar"),
    "data/gemeente_bevolking_2024.csv": ("gm_code", "inwoners", "pct_65plus"),
    "data/gemeente_gezondheid_jongvolwassenen_2024.csv": ("gm_code", "status"),
    "data/gemeente_brede_spuk_2025_2026.csv": ("gm_code", "brede_spuk_2025_eur", "brede_spuk_2026_eur"),
    "data/iza_regio_spuk_2025_2026.csv": ("iza_regio", "mandaatgemeente", "spuk_iza_2025_eur"),
    "data/initiatieven/bekende_initiatieven.csv": ("id", "naam", "jaar", "gemeenten"),
    "data/initiatieven/voorbeelddata_gegenereerd.csv": ("id", "naam", "jaar", "gemeenten"),
    "static/geo/gemeenten.json": (),
}


def check_list_text() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CHECK_COLUMNS)
    for relative, columns in SHIPPED.items():
        data = (ROOT / relative).read_bytes()
        rows, _ = count_rows(relative, data)
        writer.writerow([relative, sha256(data), rows, ";".join(columns)])
    return out.getvalue()


if __name__ == "__main__":
    CHECK_LIST.write_text(check_list_text(), encoding="utf-8")
    print(f"{CHECK_LIST.relative_to(ROOT)} geschreven ({len(SHIPPED)} bestanden).")
