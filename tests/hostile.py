"""Hostile strings for tests: markup of every kind the app's renderers know, mixed with ordinary text.

``FRAGMENTS`` and ``hostile_text`` feed property tests of the plaintext guard. ``HostileWorld`` writes a whole
hostile installation: a region table (PREVENTIEKAART_REGIO) whose region and insurer names, regiomanagers and
aanspreekpunten are markup, and a records file (PREVENTIEKAART_DATA) whose initiative names, insurers, parties,
interventions, target groups, wijken, notes and sources are markup too. Each source carries its own marker
(``EVIL<source>``) and its own link target (``https://evil.example/<source>``), so a test that finds a live
link or image can say which source leaked.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from hypothesis import strategies as st

FRAGMENTS = (
    "[Log hier in](https://evil.example/login)",
    "![x](/static/pixel.png)",
    "$x^2$",
    "$$\\int$$",
    "<a href='https://evil.example'>klik</a>",
    "<img src=x onerror=alert(1)>",
    "<b>vet</b><br>",
    "<script>alert(1)</script>",
    ":red[rood]",
    ":material/home:",
    "**vet** _schuin_ ~~weg~~",
    "`code`",
    "\n# Kop\n",
    "\n- lijst\n1. item\n",
    "    ingesprongen",
    "https://evil.example/pad",
    "www.evil.example",
    "info@evil.example",
    "<https://evil.example>",
    "&lt;b&gt;",
    "&#36;",
    "[ref]: https://evil.example",
    "| a | b |",
    "\\",
)

hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=6
).map("".join)

ROOT: Final = Path(__file__).resolve().parents[1]
REGION_TABLE: Final = ROOT / "data" / "vngzn_regios.csv"
SHIPPED_RECORDS: Final = (
    ROOT / "data" / "initiatieven" / "bekende_initiatieven.csv",
    ROOT / "data" / "initiatieven" / "voorbeelddata_gegenereerd.csv",
)
EVIL_HOST: Final = "evil.example"
MARKER: Final = "EVIL"


def hostile(source: str, *, commas: bool = True) -> str:
    """A name for ``source`` that is markup of every kind at once: a markdown link and image, an HTML link,
    image and bold, bare URL, www. and e-mail autolinks, KaTeX, a colour directive, an icon and an emoji. The
    visible marker EVIL<source> says which data source it came from; every link points at evil.example.
    ``commas=False`` for list cells, where ';' and ',' separate values."""
    text = (
        f"[{MARKER}{source} log hier in](https://{EVIL_HOST}/{source}) "
        f"![{MARKER}{source}-img](/app/static/favicon.png?{source}) "
        f"<a href='https://{EVIL_HOST}/{source}/a'>klik</a> <img src='/app/static/favicon.png?{source}-html'> "
        f"<b>vet</b> https://{EVIL_HOST}/{source}/bare www.{EVIL_HOST}/{source} info@{EVIL_HOST} "
        f"$x^2$ :red[rood] :material/home: :rocket: **{source}**"
    )
    return text if commas else text.replace(",", " ")


@dataclass(frozen=True)
class HostileWorld:
    """Paths of a hostile region table and records file, and the names they hold."""

    region_table: Path
    records: Path
    region_code: str  # the region whose name, insurer and contacts are hostile
    gm_code: str  # a gemeente in it, with hostile initiatives
    insurer: str  # the hostile insurer name in the records (what ?verzekeraar= names)
    region_insurer: str  # the hostile zorgkantoor name of the region table

    @property
    def region_name(self) -> str:
        return hostile("regio")


HOSTILE_REGION: Final = "ZK01"  # Amstelland en De Meerlanden: Aalsmeer, Amstelveen, Haarlemmermeer, ...
HOSTILE_GEMEENTE: Final = "GM0362"  # Amstelveen, in it


def write_hostile_world(folder: Path) -> HostileWorld:
    """A region table and a records file in ``folder`` with hostile names in every free-text field."""
    folder.mkdir(parents=True, exist_ok=True)
    region_path = folder / "regios_vijandig.csv"
    with REGION_TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = [*rows[0].keys(), "regiomanager", "aanspreekpunt_gemeenten"]
    for row in rows:
        row["regiomanager"] = ""
        row["aanspreekpunt_gemeenten"] = ""
        if row["regio_code"] == HOSTILE_REGION:
            row["regio_naam"] = hostile("regio")
            row["zorgverzekeraar"] = hostile("zorgkantoor")
            row["regiomanager"] = hostile("regiomanager")
            row["aanspreekpunt_gemeenten"] = hostile("aanspreekpunt")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    region_path.write_text(out.getvalue(), encoding="utf-8")

    insurer = hostile("verzekeraar", commas=False).replace(";", " ")
    records_path = folder / "initiatieven_vijandig.csv"
    records: list[dict[str, str]] = []
    header: list[str] = []
    for path in SHIPPED_RECORDS:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or header)
            records.extend(reader)
    latest = max(int(row["jaar"]) for row in records)
    touched = 0
    for row in records:
        if HOSTILE_GEMEENTE not in row["gemeenten"].split(";") and touched >= 6:
            continue
        if HOSTILE_GEMEENTE not in row["gemeenten"].split(";"):
            row["gemeenten"] += f";{HOSTILE_GEMEENTE}"
            if row["reikwijdte"] in ("wijk", "gemeente"):
                row["reikwijdte"] = "regio"
        touched += 1
        row["naam"] = hostile("naam")
        row["zorgverzekeraars"] = ";".join(filter(None, [row["zorgverzekeraars"], insurer]))
        row["partijen"] = ";".join(filter(None, [row["partijen"], hostile("partij", commas=False)]))
        row["doelgroepen"] = ";".join(filter(None, [row["doelgroepen"], hostile("doelgroep", commas=False)]))
        row["toelichting"] = hostile("toelichting")
        if row["interventies"]:
            row["interventies"] += ";" + hostile("interventie", commas=False)
        if row["reikwijdte"] == "wijk" or row["wijken"]:
            row["wijken"] = ";".join(filter(None, [row["wijken"], hostile("wijk", commas=False)]))
        row["bron"] = f"javascript:alert(1) {hostile('bron')}"
    assert touched and any(
        int(row["jaar"]) == latest and row["naam"] == hostile("naam") for row in records
    ), "the hostile rows must reach the latest year"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    records_path.write_text(out.getvalue(), encoding="utf-8")
    return HostileWorld(
        region_path, records_path, HOSTILE_REGION, HOSTILE_GEMEENTE, insurer, hostile("zorgkantoor")
    )
