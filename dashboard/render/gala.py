"""GALA's five ketenaanpakken per gemeente, drawn: a table for the page, the slide and the CSV, and the PDF rows.

The HTML matrix is the same on the page and the slide (the slide splits long areas into blocks side by side, so
a region fits a 1920×1080 screen). Every cell says in words what its colour says: the level (short), "✗ gat"
for a gap, "?" for an unknown level, "(wijk)" when only a wijk is covered; the column head counts the
gemeenten with the offer out of the area's gemeenten. Names from data are escaped (``render.plaintext``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

import pandas as pd

from dashboard.analysis.gala import KETENAANPAKKEN, NOT_ASKED_BEFORE_GALA, GalaCell, GalaOverview
from dashboard.analysis.measures import LEVEL_COLORS, UNKNOWN_COLOR
from dashboard.core.schema import RANKED_LEVELS, UNKNOWN_LEVEL, is_gala_year
from dashboard.i18n import label, t, tn
from dashboard.i18n.formats import fmt_int
from dashboard.render.plaintext import html as esc

GAP_FILL: Final = "#fbe3d3"  # a light vermilion (Okabe–Ito #D55E00) behind the gap text
GAP_TEXT: Final = "#8a3200"
# Levels dark enough for white text (viridis' darker half); the lighter ones take black.
_DARK_LEVELS: Final = frozenset({"in_gesprek", "informeel", "formeel"})
CONFIRMED_MARK: Final = "✓✓"
# Rows per block on a slide: a 1920×1080 screen holds about 20 rows under the slide's title.
SLIDE_ROWS: Final = 20
MAX_BLOCKS: Final = 3

CSS: Final = """<style>
.pk-gala{font-size:.95rem}
.pk-gala-blocks{display:flex;gap:1.2rem;align-items:flex-start;flex-wrap:wrap}
.pk-gala table{border-collapse:collapse;flex:1 1 0}
.pk-gala th,.pk-gala td{border:1px solid #bbb;padding:.22rem .4rem;text-align:left;vertical-align:middle}
.pk-gala thead th{background:#f2f2f2;font-weight:600;vertical-align:bottom}
.pk-gala thead th .pk-gala-n{display:block;font-weight:400;color:#333}
.pk-gala tbody th{font-weight:500;white-space:nowrap}
.pk-gala td{white-space:nowrap}
.pk-gala td.pk-gala-gap{background:#fbe3d3;color:#8a3200;font-weight:700}
.pk-gala td.pk-gala-wijk{outline:2.5px dashed #2a788e;outline-offset:-4px}
.pk-gala-legend{list-style:none;padding:0 !important;margin:.5rem 0 0 !important;display:flex;flex-wrap:wrap;
gap:.3rem 1.1rem}
.pk-gala-legend li{display:flex;align-items:center;gap:.35rem;margin:0 !important;padding:0}
.pk-gala-key{display:inline-block;min-width:1.6rem;padding:0 .3rem;border:1px solid #555;text-align:center}
.pk-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
</style>"""
# The slide: projector type, the table a little tighter.
# Blocks sit side by side when their narrowest width fits the screen, else under each other (never clipped);
# a long area (a provincie) and a laptop-sized screen get tighter type. The "body" prefix wins over the page CSS
# that comes with the matrix (later in the document, same specificity).
SLIDE_CSS: Final = """<style>
body .pk-gala{font-size:20px;line-height:1.3}
body .pk-gala th,body .pk-gala td{padding:3px 6px}
body .pk-gala thead th,body .pk-gala thead th .pk-gala-n{font-size:18px;white-space:normal}
body .pk-gala-legend{font-size:18px}
body .pk-gala.pk-gala-dense{font-size:15px;line-height:1.2}
body .pk-gala.pk-gala-dense .pk-gala-blocks{gap:.6rem}
body .pk-gala.pk-gala-dense th,body .pk-gala.pk-gala-dense td{padding:2px 4px}
body .pk-gala.pk-gala-dense thead th,body .pk-gala.pk-gala-dense thead th .pk-gala-n{font-size:14px}
body .pk-gala.pk-gala-dense tbody th{white-space:normal}
@media (max-width:1600px){body .pk-gala{font-size:17px}
body .pk-gala thead th,body .pk-gala thead th .pk-gala-n{font-size:15px}body .pk-gala th,body .pk-gala td{padding:2px 5px}}
</style>"""
DENSE_ROWS: Final = 14  # more rows per block than this: the tighter type


def column_label(code: str, year: int | None, lang: str, short: bool = False) -> str:
    """GALA's name from peiljaar 2023 on, RIVM's name of the same intervention before (or for all years).

    ``short`` drops a closing explanation in brackets ("GLI (gecombineerde leefstijlinterventie)" -> "GLI"): a
    slide's narrow column; the full name stays in the heading's tooltip and the table's caption.
    """
    text = label("intervention", code, lang, year)
    if short and text.endswith(")") and " (" in text:
        text = text[: text.index(" (")]
    return text[:1].upper() + text[1:]  # a column heading: "Valpreventie", "Kinderen met overgewicht"


def cell_text(cell: GalaCell, lang: str) -> str:
    """The short text of a cell: "formeel", "✗ geen", "?"; "(wijk)" when only a wijk; "✓✓" when confirmed."""
    if not cell.offered:
        return t("gala.cell.gap", lang)
    text = (
        t("gala.cell.unknown", lang) if cell.level == UNKNOWN_LEVEL else t(f"gala.level.{cell.level}", lang)
    )
    if cell.wijk_only:
        text = t("gala.cell.wijk", lang, level=text)
    if cell.confirmed:
        text = f"{text} {CONFIRMED_MARK}"
    return text


def cell_title(cell: GalaCell, lang: str) -> str:
    """The full reading of a cell (tooltip, screen reader, CSV): level label, number of initiatives."""
    if not cell.offered:
        return t("gala.title.gap", lang)
    parts = [tn("gala.title.offered", cell.n, lang, level=label("level", cell.level, lang))]
    if cell.wijk_only:
        parts.append(t("gala.title.wijk", lang))
    if cell.confirmed is not None:
        parts.append(t("gala.title.confirmed", lang, n=fmt_int(cell.confirmed, lang)))
    return "; ".join(parts)


def count_text(overview: GalaOverview, code: str, lang: str) -> str:
    return tn("gala.count", overview.size, lang, count=fmt_int(overview.offered_count(code), lang))


def _style(cell: GalaCell) -> tuple[str, str]:
    """(class, inline style) of a cell: the level's colour, grey for unknown, the gap fill."""
    if not cell.offered:
        return "pk-gala-gap", ""
    fill = LEVEL_COLORS.get(cell.level, UNKNOWN_COLOR)
    ink = "#ffffff" if cell.level in _DARK_LEVELS else "#111111"
    return ("pk-gala-wijk" if cell.wijk_only else ""), f"background:{fill};color:{ink}"


def _blocks(rows: Sequence[tuple[str, str]], max_rows: int | None) -> list[Sequence[tuple[str, str]]]:
    if not max_rows or len(rows) <= max_rows:
        return [rows]
    count = min(MAX_BLOCKS, math.ceil(len(rows) / max_rows))
    size = math.ceil(len(rows) / count)
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def matrix_html(
    overview: GalaOverview, area: str, year: int | None, lang: str, *, max_rows: int | None = None
) -> str:
    """The matrix as HTML (CSS included): one table, or up to three blocks side by side of ``max_rows`` rows."""
    short = max_rows is not None  # a slide: short headings, the full name as their tooltip
    heads = "".join(
        f'<th scope="col" title="{esc(column_label(code, year, lang))}">'
        f"{esc(column_label(code, year, lang, short=short))}"
        f'<span class="pk-gala-n">{esc(count_text(overview, code, lang))}</span></th>'
        for code in KETENAANPAKKEN
    )
    tables = []
    blocks = _blocks(overview.gemeenten, max_rows)
    dense = max_rows is not None and max(len(block) for block in blocks) > DENSE_ROWS
    for block in blocks:
        body = []
        for gm_code, name in block:
            cells = []
            for code in KETENAANPAKKEN:
                cell = overview.cell(gm_code, code)
                css_class, style = _style(cell)
                cells.append(
                    f'<td class="{css_class}" style="{style}" title="{esc(cell_title(cell, lang))}">'
                    f"{esc(cell_text(cell, lang))}"
                    f'<span class="pk-sr"> ({esc(cell_title(cell, lang))})</span></td>'
                )
            body.append(f'<tr><th scope="row">{esc(name)}</th>{"".join(cells)}</tr>')
        caption = esc(t("gala.caption", lang, area=area))
        tables.append(
            f'<table><caption class="pk-sr">{caption}</caption><thead><tr>'
            f'<th scope="col">{esc(t("gala.col.gemeente", lang))}</th>{heads}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>"
        )
    label_text = esc(t("gala.caption", lang, area=area))
    return (
        f'{CSS}<div class="pk-gala{" pk-gala-dense" if dense else ""}" role="group" aria-label="{label_text}">'
        f'<div class="pk-gala-blocks">{"".join(tables)}</div>{legend_html(overview, lang)}</div>'
    )


def legend_html(overview: GalaOverview, lang: str) -> str:
    """The key under the matrix: each level's colour and short word, unknown, gap, wijk, and (once recorded)
    the confirmation mark."""
    items = []
    for level in RANKED_LEVELS:
        sample = GalaCell(level, 1, False)
        _, style = _style(sample)
        items.append(
            f'<li><span class="pk-gala-key" style="{style}">{esc(t(f"gala.level.{level}", lang))}</span>'
            f"{esc(label('level', level, lang))}</li>"
        )
    _, unknown_style = _style(GalaCell(UNKNOWN_LEVEL, 1, False))
    items.append(
        f'<li><span class="pk-gala-key" style="{unknown_style}">{esc(t("gala.cell.unknown", lang))}</span>'
        f"{esc(t('gala.legend.unknown', lang))}</li>"
    )
    items.append(
        f'<li><span class="pk-gala-key" style="background:{GAP_FILL};color:{GAP_TEXT};font-weight:700">'
        f"{esc(t('gala.cell.gap', lang))}</span>{esc(t('gala.title.gap', lang))}</li>"
    )
    items.append(
        f'<li><span class="pk-gala-key" style="outline:2.5px dashed #2a788e;outline-offset:-4px">'
        f"{esc(t('gala.cell.wijk', lang, level='…'))}</span>{esc(t('gala.legend.wijk', lang))}</li>"
    )
    if overview.confirmations_recorded:
        items.append(
            f'<li><span class="pk-gala-key">{CONFIRMED_MARK}</span>{esc(t("gala.legend.confirmed", lang))}</li>'
        )
    return f'<ul class="pk-gala-legend" aria-label="{esc(t("map.legend", lang))}">{"".join(items)}</ul>'


def display_table(overview: GalaOverview, year: int | None, lang: str) -> pd.DataFrame:
    """The matrix as a table (page download, CSV): a row per gemeente with the full reading of each cell and
    the missing ketenaanpakken, then a row with the count per column."""
    headers = [column_label(code, year, lang) for code in KETENAANPAKKEN]
    rows = []
    for gm_code, name in overview.gemeenten:
        cells = [cell_title(overview.cell(gm_code, code), lang) for code in KETENAANPAKKEN]
        missing = ", ".join(column_label(code, year, lang) for code in overview.gaps(gm_code))
        rows.append([gm_code, name, *cells, missing or t("gala.missing.none", lang)])
    rows.append(
        ["", t("gala.row.count", lang), *(count_text(overview, code, lang) for code in KETENAANPAKKEN), ""]
    )
    columns = [t("gala.col.code", lang), t("gala.col.gemeente", lang), *headers, t("gala.col.missing", lang)]
    return pd.DataFrame(rows, columns=columns)


def summary_text(overview: GalaOverview, lang: str) -> str:
    """ "3 van 16 gemeenten bieden alle vijf; ..." (plain text: the caller escapes for its output)."""
    return tn("gala.summary", overview.size, lang, complete=fmt_int(overview.complete_count(), lang))


def slide_note(year: int | None, lang: str) -> str | None:
    """The one line a slide needs under the matrix: before GALA, which column RIVM did not ask about."""
    if is_gala_year(year):
        return None
    names = ", ".join(column_label(code, year, lang) for code in NOT_ASKED_BEFORE_GALA)
    return t("gala.note.rivm.short", lang, names=names)


def notes(year: int | None, lang: str) -> list[str]:
    """What the reader must know about this year's columns (RIVM's names, Kansrijke Start not asked)."""
    if is_gala_year(year):
        return [t("gala.note.gala", lang)]
    names = ", ".join(column_label(code, year, lang) for code in NOT_ASKED_BEFORE_GALA)
    return [t("gala.note.rivm", lang, names=names)]


def pdf_rows(
    overview: GalaOverview, year: int | None, lang: str
) -> tuple[list[str], list[list[GalaCell | str]]]:
    """Header and rows for the PDF: the gemeente's name, then each ketenaanpak's cell (drawn by the report)."""
    header = [t("gala.col.gemeente", lang), *(column_label(code, year, lang) for code in KETENAANPAKKEN)]
    rows: list[list[GalaCell | str]] = [
        [name, *(overview.cell(gm_code, code) for code in KETENAANPAKKEN)]
        for gm_code, name in overview.gemeenten
    ]
    return header, rows


def fill_of(cell: GalaCell) -> tuple[str, str]:
    """(background, text colour) of a cell as hex, for the PDF."""
    if not cell.offered:
        return GAP_FILL, GAP_TEXT
    return LEVEL_COLORS.get(cell.level, UNKNOWN_COLOR), "#ffffff" if cell.level in _DARK_LEVELS else "#111111"
