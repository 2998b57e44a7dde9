"""Open data at stable addresses: what the files hold, built from one state of the register (no disk, no HTTP).

Below ``/open-data/`` (the app's own server serves them: ``dashboard.web.open_data``):

- ``initiatieven/nl.csv|.json``, ``initiatieven/regio/<ZKnn>.…``, ``initiatieven/gemeente/<GMnnnn>.…``: the
  initiatives of the newest vastgesteld peiljaar, for the Netherlands, per VNG–ZN region and per gemeente
  (every region and gemeente has its files, also without initiatives);
- the same under ``initiatieven/alle-jaren/``: every peiljaar, with its status (open or vastgesteld);
- ``wijzigingen/nl.json`` (JSON Feed 1.1) and ``wijzigingen/nl.xml`` (Atom), the same per region under
  ``wijzigingen/regio/``, and ``wijzigingen/wijzigingen.csv``: the change log;
- ``vaststellingen/<jaar>/<datum>/nl.…``: the initiatives of a peiljaar as they were when it was vastgesteld
  (kept for good, see ``open_data_store``);
- beside every dataset a ``….metadata.json`` (title, licence, source, peiljaar, generated at, register revision,
  columns and their codes), and ``index.json``, the catalogue of them all.

A CSV is the register's own file format (codes; lists joined by "; "; opens in Dutch Excel: UTF-8 with BOM,
";") plus the peiljaar's status, so a file can be imported again. Example data is labelled in every file:
its rows (``voorbeelddata`` ja), the JSON's and metadata's note, the feeds' titles and texts. Nothing from the
register becomes markup: the feeds carry text only (JSON Feed ``content_text``; Atom ``type="text"``, escaped).

The files of one register state are the same on every app process: they are dated by the register's last
change, not by the moment they were written, and list everything in a fixed order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Final
from urllib.parse import quote
from xml.sax.saxutils import escape as xml_escape

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from dashboard.analysis.changes import Change, Standing, changes_of, standing_at
from dashboard.core.initiative import Initiative
from dashboard.export import writer
from dashboard.export.tabular import EXPORT_COLUMNS
from dashboard.i18n import t
from dashboard.ingest.vocab import VOCABULARIES
from dashboard.render import changes as shown

if TYPE_CHECKING:
    from dashboard.register.repository import Register, VersionInfo

# The addresses' root below the app's base path; every address below it is stable.
ROOT: Final = "/open-data"
LANG: Final = "nl"
# The register's data is published under this licence (attribution: "Preventiekaart", the source line).
LICENCE: Final = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/deed.nl"}
MEDIA_TYPES: Final = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/atom+xml; charset=utf-8",
}
FEED_JSON_TYPE: Final = "application/feed+json"
# A feed lists the newest changes (one item per version); the CSV of the change log holds them all.
FEED_ITEMS: Final = 200
STATUS_COLUMN: Final = "peiljaar_status"
# The two sides' combined word on the relation fields (core.confirmation.ConfirmationState values).
CONFIRMATION_COLUMN: Final = "bevestiging"
# ja: published at vaststelling as carried over from the year before, not updated.
CARRIED_COLUMN: Final = "overgenomen_niet_bijgewerkt"
CSV_COLUMNS: Final = (*EXPORT_COLUMNS, STATUS_COLUMN, CONFIRMATION_COLUMN, CARRIED_COLUMN)
ALL_YEARS: Final = "alle-jaren"
COLUMNS_FILE: Final = "initiatieven/kolommen.json"
OPEN: Final = "open"
VASTGESTELD: Final = "vastgesteld"


@dataclass(frozen=True)
class Area:
    kind: str  # "nl", "regio" or "gemeente"
    code: str
    name: str

    @property
    def stem(self) -> str:
        return "nl" if self.kind == "nl" else f"{self.kind}/{self.code}"


@dataclass(frozen=True)
class Vaststelling:
    jaar: int
    at: datetime


@dataclass(frozen=True)
class Source:
    """One state of the register, as the open data needs it."""

    revision: int
    as_of: datetime  # the register's last change: the files' "generated at", the same on every process
    records: tuple[Standing, ...]  # what the public sees, every year, by year and id
    statuses: Mapping[int, str]  # peiljaar -> open|vastgesteld
    vaststellingen: tuple[Vaststelling, ...]
    versions: tuple[VersionInfo, ...] = field(repr=False)
    changes: tuple[Change, ...] = field(repr=False)
    region_of: Mapping[str, str] = field(repr=False)  # gm code -> VNG–ZN region code
    region_names: Mapping[str, str] = field(repr=False)
    gemeente_names: Mapping[str, str] = field(repr=False)

    @property
    def newest_vastgesteld(self) -> int | None:
        fixed = [year for year, status in self.statuses.items() if status == VASTGESTELD]
        return max(fixed) if fixed else None

    def status_of(self, year: int) -> str:
        return self.statuses.get(year, OPEN)

    def areas(self) -> list[Area]:
        """The Netherlands, every VNG–ZN region, every gemeente (by code)."""
        regions = [Area("regio", code, name) for code, name in sorted(self.region_names.items())]
        gemeenten = [Area("gemeente", code, name) for code, name in sorted(self.gemeente_names.items())]
        return [Area("nl", "NL", "Nederland"), *regions, *gemeenten]

    def members(self, area: Area) -> frozenset[str] | None:
        if area.kind == "nl":
            return None
        if area.kind == "gemeente":
            return frozenset({area.code})
        return frozenset(code for code, region in self.region_of.items() if region == area.code)


def url(base: str, path: str) -> str:
    """The address of ``path`` (below ``/open-data/``): ``base`` is the public URL or the base path ("")."""
    return f"{base.rstrip('/')}{ROOT}/{quote(path)}"


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC (the register keeps naive UTC)."""
    return moment.replace(microsecond=0).isoformat() + "Z"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


# ----------------------------------------------------------------------------------------------------------------
# Reading the register


def collect(register: Register) -> Source:
    """The register's state for the open data: records, peiljaren, every version (for the change log and the
    snapshots); the caller checks that the revision did not move while this read (``open_data_store``)."""
    from dashboard.register.model import Status

    revision = register.revision()
    entries = [entry for entry in register.entries(include_withdrawn=False) if entry.published]
    records = tuple(
        Standing(entry.record, entry.confirmation.state.value, entry.status is Status.CARRIED)
        for entry in sorted(entries, key=lambda e: (e.key[1], e.key[0]))
    )
    versions = tuple(register.history())
    statuses, vaststellingen = _peiljaren(register, records)
    changes = tuple(changes_of(versions, shown.REGISTER_WRITERS))
    moments = [v.changed_at for v in versions] + [v.at for v in vaststellingen]
    as_of = max(moments) if moments else datetime(2000, 1, 1)
    rules = register.rules
    return Source(
        revision=revision,
        as_of=as_of,
        records=records,
        statuses=statuses,
        vaststellingen=vaststellingen,
        versions=versions,
        changes=changes,
        region_of=dict(rules.region_of),
        region_names=dict(register.region_names()),
        gemeente_names=dict(register.resolver.names),
    )


def _peiljaren(
    register: Register, records: Sequence[Standing]
) -> tuple[dict[int, str], tuple[Vaststelling, ...]]:
    """Each year's status (a year with records but no status yet is open) and the vaststellingen, oldest first."""
    statuses: dict[int, str] = {}
    fixed: list[Vaststelling] = []
    for peiljaar in register.peiljaren():
        statuses[peiljaar.jaar] = peiljaar.status.value
        if not peiljaar.is_open and peiljaar.closed_at is not None:
            fixed.append(Vaststelling(peiljaar.jaar, peiljaar.closed_at))
    for record in records:
        statuses.setdefault(record.record.jaar, OPEN)
    return statuses, tuple(sorted(fixed, key=lambda v: (v.at, v.jaar)))


# ----------------------------------------------------------------------------------------------------------------
# Records: each made once (a CSV line, a JSON text), then joined into every file it belongs to


@dataclass(frozen=True)
class _Rendered:
    initiative: Initiative
    csv: str
    json: str


def _own_columns(record: Standing, source: Source) -> dict[str, object]:
    """The columns the register adds to the file format: the year's status and the two sides' word."""
    return {
        STATUS_COLUMN: source.status_of(record.record.jaar),
        CONFIRMATION_COLUMN: record.confirmation,
        CARRIED_COLUMN: record.carried,
    }


def _record_json(record: Standing, source: Source) -> str:
    initiative = record.record
    row = initiative.to_json()
    out: dict[str, object] = {name: row.get(name) for name in EXPORT_COLUMNS}
    out["afspraken"] = row.get("afspraken") or None
    out["bron_url"] = row.get("bron_url") or None
    out["gemeenten"] = [
        {"code": code, "naam": source.gemeente_names.get(code, code)} for code in initiative.gemeenten
    ]
    regions = sorted({source.region_of[code] for code in initiative.gemeenten if code in source.region_of})
    out["regios"] = [{"code": code, "naam": source.region_names.get(code, code)} for code in regions]
    out |= _own_columns(record, source)
    return json.dumps(out, ensure_ascii=False)


def _rendered(source: Source) -> list[_Rendered]:
    rows = [
        [
            *(_cell(record.record.to_json().get(name)) for name in EXPORT_COLUMNS),
            *_own_columns(record, source).values(),
        ]
        for record in source.records
    ]
    lines = writer.csv_lines(rows, LANG)
    return [
        _Rendered(record.record, line, _record_json(record, source))
        for record, line in zip(source.records, lines, strict=True)
    ]


def _cell(value: object) -> object:
    """A stored value as the file format writes it: lists as tuples (joined by "; "), no agreement as ""."""
    if isinstance(value, list):
        return tuple(value)
    return "" if value is None else value


def _by_area(source: Source, rendered: Sequence[_Rendered]) -> dict[tuple[str, str], list[_Rendered]]:
    """(kind, code) -> the records touching it, in the records' order (year, id)."""
    out: dict[tuple[str, str], list[_Rendered]] = defaultdict(list)
    for item in rendered:
        out[("nl", "NL")].append(item)
        gemeenten = item.initiative.gemeenten
        for code in dict.fromkeys(gemeenten):
            out[("gemeente", code)].append(item)
        for region in sorted({source.region_of[c] for c in gemeenten if c in source.region_of}):
            out[("regio", region)].append(item)
    return out


# ----------------------------------------------------------------------------------------------------------------
# Texts of a dataset


def _example_note(lang: str) -> str:
    return t("opendata.example", lang)


def _area_title(area: Area, lang: str) -> str:
    if area.kind == "nl":
        return t("opendata.area.nl", lang)
    return t(f"opendata.area.{area.kind}", lang, name=area.name, code=area.code)


def _columns(lang: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for column in CSV_COLUMNS:
        entry: dict[str, object] = {"name": column, "description": t(f"opendata.col.{column}", lang)}
        vocab = VOCABULARIES.get(column)
        if vocab is not None:
            entry["codes"] = {code: vocab.label(code, lang) for code in vocab.codes}
        out.append(entry)
    return out


def metadata(
    *,
    path: str,
    title: Mapping[str, str],
    description: Mapping[str, str],
    source: Source,
    base: str,
    peiljaar: int | str | None,
    records: int,
    example: bool,
    distributions: Sequence[tuple[str, str]],
    columns: bool = True,
    extra: Mapping[str, object] | None = None,
) -> bytes:
    """A dataset's metadata file: what it is, under which licence, from which register state."""
    doc: dict[str, object] = {
        "id": path,
        "title": dict(title),
        "description": dict(description),
        "licence": LICENCE,
        "source": {lang: t("opendata.source", lang) for lang in ("nl", "en")},
        "peiljaar": peiljaar,
        "peiljaren": {str(year): status for year, status in sorted(source.statuses.items())},
        "generated_at": iso(source.as_of),
        "register_revision": source.revision,
        "records": records,
        "example_data": example,
        **({"example_note": {lang: _example_note(lang) for lang in ("nl", "en")}} if example else {}),
        "distributions": [
            {"format": kind, "media_type": media_type(f"{path}{suffix}"), "url": url(base, f"{path}{suffix}")}
            for kind, suffix in distributions
        ],
        **(extra or {}),
    }
    if columns:
        doc["columns"] = url(base, COLUMNS_FILE)
    return _json(doc).encode()


def columns_file() -> bytes:
    """The columns of every initiatives file, described once (each dataset's metadata points here): name,
    description and, for a column with a fixed vocabulary, its codes with their labels."""
    return _json({lang: _columns(lang) for lang in ("nl", "en")}).encode()


# ----------------------------------------------------------------------------------------------------------------
# The initiatives


def _initiative_files(
    path: str,
    items: Sequence[_Rendered],
    area: Area,
    source: Source,
    base: str,
    peiljaar: int | None,
) -> dict[str, bytes]:
    """``path``.csv, .json and .metadata.json for one area (``peiljaar`` None: every year)."""
    example = any(item.initiative.voorbeelddata for item in items)
    years = peiljaar if peiljaar is not None else "alle"
    titles = {
        lang: t(
            "opendata.title.initiatives" if peiljaar is not None else "opendata.title.initiatives_all",
            lang,
            area=_area_title(area, lang),
            year=years,
        )
        for lang in ("nl", "en")
    }
    envelope = {
        "dataset": path,
        "titel": titles["nl"],
        "gebied": {"soort": area.kind, "code": area.code, "naam": area.name},
        "peiljaar": peiljaar,
        "peiljaar_status": source.status_of(peiljaar) if peiljaar is not None else None,
        "register_revisie": source.revision,
        "gegenereerd_op": iso(source.as_of),
        "licentie": LICENCE,
        "bron": t("opendata.source", LANG),
        "voorbeelddata": example,
        **({"voorbeelddata_toelichting": _example_note(LANG)} if example else {}),
        "metadata": url(base, f"{path}.metadata.json"),
        "aantal": len(items),
    }
    head = json.dumps(envelope, ensure_ascii=False, indent=1)[:-2]
    body = ",\n".join(item.json for item in items)
    document = (
        f'{head},\n "initiatieven": [\n{body}\n ]\n}}\n' if items else f'{head},\n "initiatieven": []\n}}\n'
    )
    description = {
        lang: t("opendata.description.initiatives", lang, area=_area_title(area, lang))
        for lang in ("nl", "en")
    }
    meta = metadata(
        path=path,
        title=titles,
        description=description,
        source=source,
        base=base,
        peiljaar=years,
        records=len(items),
        example=example,
        distributions=(("CSV", ".csv"), ("JSON", ".json")),
        extra={
            "area": {"kind": area.kind, "code": area.code, "name": area.name},
            **({"peiljaar_status": source.status_of(peiljaar)} if peiljaar is not None else {}),
        },
    )
    return {
        f"{path}.csv": writer.csv_document(CSV_COLUMNS, [item.csv for item in items], lang=LANG),
        f"{path}.json": document.encode(),
        f"{path}.metadata.json": meta,
    }


def initiative_files(source: Source, base: str) -> dict[str, bytes]:
    """Every area's files, for the newest vastgesteld peiljaar and for all years."""
    rendered = _rendered(source)
    newest = source.newest_vastgesteld
    latest = [item for item in rendered if item.initiative.jaar == newest] if newest is not None else []
    by_area_latest = _by_area(source, latest)
    by_area_all = _by_area(source, rendered)
    files: dict[str, bytes] = {}
    for area in source.areas():
        key = (area.kind, area.code)
        files |= _initiative_files(
            f"initiatieven/{area.stem}", by_area_latest.get(key, []), area, source, base, newest
        )
        files |= _initiative_files(
            f"initiatieven/{ALL_YEARS}/{area.stem}", by_area_all.get(key, []), area, source, base, None
        )
    return files


# ----------------------------------------------------------------------------------------------------------------
# The change log: feeds and a CSV


@dataclass(frozen=True)
class _Item:
    """One version of one initiative: a feed item (its field changes in the text)."""

    changes: tuple[Change, ...]

    @property
    def first(self) -> Change:
        return self.changes[0]

    @property
    def id(self) -> str:
        c = self.first
        return f"urn:preventiekaart:wijziging:{quote(c.record_id, safe='')}:{c.jaar}:{c.version}"

    def title(self) -> str:
        c = self.first
        example = f" ({t('opendata.example.short', LANG)})" if c.example else ""
        return f"{c.naam} ({c.jaar}): {t(f'changes.kind.{c.kind}', LANG)}{example}"

    def who(self) -> str:
        return shown.who_text(self.first, LANG)

    def text(self, names: Mapping[str, str]) -> str:
        lines = []
        for change in self.changes:
            if change.field is None:
                continue
            old, new = shown.old_new(change, names, LANG)
            lines.append(f"{shown.field_text(change.field, LANG)}: {old or '–'} → {new or '–'}")
        c = self.first
        if c.field is None and c.kind in ("nieuw", "overgenomen", "hersteld"):
            lines += self._facts(names)
        reason = shown.reason_text(self.first, LANG)
        if reason:
            lines.append(f"{t('changes.col.reason', LANG)}: {reason}")
        c = self.first
        lines.append(f"{t('changes.col.who', LANG)}: {self.who()}")
        lines.append(
            f"{t('changes.col.id', LANG)}: {c.record_id}, {t('changes.col.jaar', LANG).lower()} {c.jaar}"
        )
        if c.example:
            lines.append(t("changes.dl.example", LANG))
        return "\n".join(lines)

    def _facts(self, names: Mapping[str, str]) -> list[str]:
        """What a new initiative is: its level and gemeenten (the CSV and JSON have the rest)."""
        c = self.first
        level = shown.value_text(
            "samenwerkingsniveau", c.record.samenwerkingsniveau.value, c.jaar, names, LANG
        )
        gemeenten = shown.value_text("gemeenten", c.record.gemeenten, c.jaar, names, LANG)
        out = [f"{shown.field_text('samenwerkingsniveau', LANG)}: {level}"] if level else []
        return [*out, f"{shown.field_text('gemeenten', LANG)}: {gemeenten}"] if gemeenten else out


def _items(changes: Iterable[Change]) -> list[_Item]:
    grouped: dict[tuple[str, int, int], list[Change]] = {}
    for change in changes:
        grouped.setdefault((change.record_id, change.jaar, change.version), []).append(change)
    return [_Item(tuple(group)) for group in grouped.values()]


def _xml_text(value: object) -> str:
    """Text for an XML element: control characters XML 1.0 forbids removed, then escaped."""
    return xml_escape(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def json_feed(items: Sequence[_Item], *, path: str, title: str, source: Source, base: str) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1): text only (``content_text``), never HTML."""
    example = any(item.first.example for item in items)
    description = t("opendata.feed.description", LANG) + (f" {_example_note(LANG)}" if example else "")
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": f"{base.rstrip('/')}/wijzigingen",
        "feed_url": url(base, f"{path}.json"),
        "description": description,
        "language": LANG,
        "authors": [{"name": "Preventiekaart"}],
        "items": [
            {
                "id": item.id,
                "title": item.title(),
                "content_text": item.text(source.gemeente_names),
                "date_published": iso(item.first.at),
                "authors": [{"name": item.who()}],
                "tags": [item.first.kind],
                "_preventiekaart": {
                    "id": item.first.record_id,
                    "peiljaar": item.first.jaar,
                    "versie": item.first.version,
                    "soort": item.first.kind,
                    "velden": [c.field for c in item.changes if c.field is not None],
                    "gemeenten": sorted(item.first.gemeenten),
                    "voorbeelddata": item.first.example,
                },
            }
            for item in items
        ],
    }
    return _json(feed).encode()


def atom_feed(items: Sequence[_Item], *, path: str, title: str, source: Source, base: str) -> bytes:
    """Atom (RFC 4287): every text escaped, content of type "text"."""
    updated = iso(items[0].first.at) if items else iso(source.as_of)
    example = any(item.first.example for item in items)
    subtitle = t("opendata.feed.description", LANG) + (f" {_example_note(LANG)}" if example else "")
    feed_id = f"urn:preventiekaart:wijzigingen:{quote(path, safe='')}"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
        f"  <id>{_xml_text(feed_id)}</id>",
        f"  <title>{_xml_text(title)}</title>",
        f"  <subtitle>{_xml_text(subtitle)}</subtitle>",
        f"  <updated>{updated}</updated>",
        f'  <link rel="self" type="application/atom+xml" href="{_xml_text(url(base, path + ".xml"))}"/>',
        f'  <link rel="alternate" type="text/html" href="{_xml_text(base.rstrip("/") + "/wijzigingen")}"/>',
        "  <author><name>Preventiekaart</name></author>",
        f"  <rights>{_xml_text(LICENCE['name'])}</rights>",
    ]
    for item in items:
        moment = iso(item.first.at)
        parts += [
            "  <entry>",
            f"    <id>{_xml_text(item.id)}</id>",
            f'    <title type="text">{_xml_text(item.title())}</title>',
            f"    <updated>{moment}</updated>",
            f"    <published>{moment}</published>",
            f"    <author><name>{_xml_text(item.who())}</name></author>",
            f'    <category term="{_xml_text(item.first.kind)}"/>',
            f'    <content type="text">{_xml_text(item.text(source.gemeente_names))}</content>',
            "  </entry>",
        ]
    parts.append("</feed>")
    return ("\n".join(parts) + "\n").encode()


def _feed_files(
    path: str, changes: Sequence[Change], area: Area, source: Source, base: str
) -> dict[str, bytes]:
    items = _items(changes)
    total = len(items)
    shown_items = items[:FEED_ITEMS]
    title = t("opendata.feed.title", LANG, area=_area_title(area, LANG))
    titles = {lang: t("opendata.feed.title", lang, area=_area_title(area, lang)) for lang in ("nl", "en")}
    description = {lang: t("opendata.feed.description", lang) for lang in ("nl", "en")}
    return {
        f"{path}.json": json_feed(shown_items, path=path, title=title, source=source, base=base),
        f"{path}.xml": atom_feed(shown_items, path=path, title=title, source=source, base=base),
        f"{path}.metadata.json": metadata(
            path=path,
            title=titles,
            description=description,
            source=source,
            base=base,
            peiljaar=None,
            records=min(total, FEED_ITEMS),
            example=any(item.first.example for item in shown_items),
            distributions=(("JSON Feed", ".json"), ("Atom", ".xml")),
            columns=False,
            extra={"area": {"kind": area.kind, "code": area.code, "name": area.name}, "items_total": total},
        ),
    }


def change_files(source: Source, base: str) -> dict[str, bytes]:
    """The feeds of the Netherlands and of every VNG–ZN region, and the change log as one CSV."""
    files: dict[str, bytes] = {}
    by_region: dict[str, list[Change]] = defaultdict(list)
    for change in source.changes:
        for region in sorted({source.region_of[c] for c in change.gemeenten if c in source.region_of}):
            by_region[region].append(change)
    nl = Area("nl", "NL", "Nederland")
    files |= _feed_files("wijzigingen/nl", source.changes, nl, source, base)
    for code, name in sorted(source.region_names.items()):
        files |= _feed_files(
            f"wijzigingen/regio/{code}", by_region.get(code, []), Area("regio", code, name), source, base
        )
    frame = shown.changes_frame(source.changes, source.gemeente_names, LANG)
    example = any(change.example for change in source.changes)
    lines = shown.provenance(
        since=None,
        area=t("changes.area.nl", LANG),
        kinds=(),
        revision=source.revision,
        example=example,
        lang=LANG,
    )
    files["wijzigingen/wijzigingen.csv"] = writer.frame_csv_bytes(frame, lines, LANG)
    files["wijzigingen/wijzigingen.metadata.json"] = metadata(
        path="wijzigingen/wijzigingen",
        title={lang: t("opendata.changes_csv.title", lang) for lang in ("nl", "en")},
        description={lang: t("opendata.changes_csv.description", lang) for lang in ("nl", "en")},
        source=source,
        base=base,
        peiljaar=None,
        records=len(frame),
        example=example,
        distributions=(("CSV", ".csv"),),
        columns=False,
    )
    return files


# ----------------------------------------------------------------------------------------------------------------
# A peiljaar as it was vastgesteld


def standing_at_vaststelling(source: Source, vaststelling: Vaststelling) -> tuple[Standing, ...]:
    """The year's initiatives as the vaststelling published them: as they are now when nothing in that year
    changed since (the sides' word exactly), else replayed from the versions (``analysis.changes``)."""
    year, moment = vaststelling.jaar, vaststelling.at
    if not any(v.jaar == year and v.changed_at > moment for v in source.versions):
        return tuple(record for record in source.records if record.record.jaar == year)
    return tuple(standing_at(source.versions, year, moment))


def snapshot_path(vaststelling: Vaststelling) -> str:
    return f"vaststellingen/{vaststelling.jaar}/{vaststelling.at:%Y-%m-%d}/nl"


def snapshot_files(source: Source, vaststelling: Vaststelling, base: str) -> dict[str, bytes]:
    """The Netherlands' initiatives of a peiljaar as they were when it was vastgesteld (CSV, JSON, metadata)."""
    frozen = Source(
        revision=source.revision,
        as_of=vaststelling.at,
        records=standing_at_vaststelling(source, vaststelling),
        statuses={vaststelling.jaar: VASTGESTELD},
        vaststellingen=(vaststelling,),
        versions=(),
        changes=(),
        region_of=source.region_of,
        region_names=source.region_names,
        gemeente_names=source.gemeente_names,
    )
    path = snapshot_path(vaststelling)
    files = _initiative_files(
        path, _rendered(frozen), Area("nl", "NL", "Nederland"), frozen, base, vaststelling.jaar
    )
    meta = json.loads(files[f"{path}.metadata.json"])
    meta["vastgesteld_op"] = iso(vaststelling.at)
    meta["title"] = {
        lang: t("opendata.title.snapshot", lang, year=vaststelling.jaar, date=f"{vaststelling.at:%Y-%m-%d}")
        for lang in ("nl", "en")
    }
    files[f"{path}.metadata.json"] = _json(meta).encode()
    return files


# ----------------------------------------------------------------------------------------------------------------
# The catalogue


def catalogue(source: Source, base: str, files: Mapping[str, bytes]) -> bytes:
    """``index.json``: every dataset with its metadata and files (the addresses a script starts from)."""
    datasets = sorted(
        path.removesuffix(".metadata.json") for path in files if path.endswith(".metadata.json")
    )
    parts: dict[str, list[str]] = {}  # dataset -> its files (CSV, JSON, Atom), not its metadata
    for name in sorted(files):
        if not name.endswith(".metadata.json"):
            parts.setdefault(name.rsplit(".", 1)[0], []).append(name)
    snapshots = [
        {
            "peiljaar": v.jaar,
            "vastgesteld_op": iso(v.at),
            "metadata": url(base, f"{snapshot_path(v)}.metadata.json"),
        }
        for v in source.vaststellingen
    ]
    doc = {
        "title": {lang: t("opendata.catalogue.title", lang) for lang in ("nl", "en")},
        "licence": LICENCE,
        "generated_at": iso(source.as_of),
        "register_revision": source.revision,
        "newest_vastgesteld_peiljaar": source.newest_vastgesteld,
        "peiljaren": {str(year): status for year, status in sorted(source.statuses.items())},
        "example_data": any(record.record.voorbeelddata for record in source.records),
        "datasets": [
            {
                "id": path,
                "metadata": url(base, f"{path}.metadata.json"),
                "files": [url(base, name) for name in parts.get(path, [])],
            }
            for path in datasets
        ],
        "vaststellingen": snapshots,
    }
    return _json(doc).encode()


def build(source: Source, base: str) -> dict[str, bytes]:
    """Every file of one register state (the snapshots apart: ``snapshot_files``), ``index.json`` included."""
    files = initiative_files(source, base) | change_files(source, base)
    files[COLUMNS_FILE] = columns_file()
    files["index.json"] = catalogue(source, base, files)
    return files


def media_type(path: str) -> str:
    if path.startswith("wijzigingen/") and path.endswith(".json") and not path.endswith(".metadata.json"):
        return FEED_JSON_TYPE
    for suffix, media in MEDIA_TYPES.items():
        if path.endswith(suffix):
            return media
    return "application/octet-stream"
