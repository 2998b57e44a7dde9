"""The region report: one PDF for a VNG–ZN region or a gemeente, made on the server without a browser.

A static map (geopandas + matplotlib's Agg canvas, no tiles), bar charts drawn from the same tables as the
plotly charts (``dashboard.chart_data``), the gaps, the initiative table and the provenance lines. fpdf2 writes
the PDF with DejaVu Sans from matplotlib's own fonts, so Dutch characters and dashes print and nothing is
fetched: it works offline. Emoji print from Noto Color Emoji (SIL Open Font License) when the system has it
(Debian's fonts-noto-color-emoji, which ``make test`` installs); without it, and for any other character the
fonts lack, the character's code is printed ("[U+1F469]"), never a "?". Pure: records and geometry in, bytes out.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final, Literal
from urllib.parse import urlsplit

import geopandas as gpd
import matplotlib
import pandas as pd
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import FontFace
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from dashboard.analysis import chart_data
from dashboard.analysis import money as money_analysis
from dashboard.analysis import region_profile as rp
from dashboard.analysis.areas import gemeente_summary, initiatives_in
from dashboard.analysis.gala import KETENAANPAKKEN, GalaCell, gala_overview
from dashboard.analysis.measures import LEVEL_COLORS, NONE_COLOR, UNKNOWN_COLOR, classify
from dashboard.core.filters import Filters, apply_filters
from dashboard.core.schema import RANKED_LEVELS, UNKNOWN_LEVEL
from dashboard.i18n import insurer, label, t
from dashboard.i18n.formats import MISSING, fmt_pct
from dashboard.render import gala as gala_render
from dashboard.render import plaintext, provenance
from dashboard.render.charts import NL_COLOR, REGION_COLOR
from dashboard.render.valpreventie import HIGH_COLOR, LOW_COLOR, ValpreventieSection
from dashboard.render.valpreventie_text import euro

ScopeKind = Literal["regio", "gemeente"]
Scope = tuple[ScopeKind, str]

FONT_DIR: Final = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES: Final = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FONT: Final = "DejaVu"
EMOJI_FONT: Final = "NotoEmoji"
# Where Debian (fonts-noto-color-emoji) and Fedora put Noto Color Emoji (OFL 1.1); the first that exists is used.
EMOJI_FONT_FILES: Final = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
    Path("/usr/share/fonts/google-noto-color-emoji-fonts/NotoColorEmoji.ttf"),
)
DPI: Final = 150
RD_CRS: Final = 28992  # Dutch national grid: true shapes for a static map
SELECTED_EDGE: Final = "#d7191c"  # the same red outline as the chosen gemeente on the "Mijn regio" map
TEXT_COLOR: Final = "#1a1a1a"
MAX_TEXT: Final = 400  # a single cell never runs over pages, whatever a file holds
TABLE_COLUMNS: Final = ("naam", "niveau", "partijen", "interventies", "zorgverzekeraars", "bron")
TABLE_WIDTHS: Final = (25, 14, 22, 17, 11, 11)


# --------------------------------------------------------------------------------------------------------------
# Text safety: every string from a file is printed as plain text, never interpreted, and only with glyphs the
# font has (an emoji would otherwise be dropped silently or stop the PDF).


@cache
def _glyphs() -> frozenset[int]:
    return frozenset(TTFont(FONT_DIR / FONT_FILES[""]).getBestCmap())


def emoji_font_file() -> Path | None:
    """The colour emoji font of this system, if it has one."""
    return next((path for path in EMOJI_FONT_FILES if path.is_file()), None)


@cache
def _emoji_glyphs(path: Path | None) -> frozenset[int]:
    return frozenset(TTFont(path, lazy=True).getBestCmap()) if path is not None else frozenset()


# Invisible characters that join or vary an emoji (ZWJ, variation selectors): kept beside an emoji font, which
# draws each part; dropped without one (the parts are printed by code).
_JOINERS: Final = frozenset((0x200D, 0xFE0E, 0xFE0F))


def clean(value: object, limit: int = MAX_TEXT, *, emoji: bool = True) -> str:
    """``value`` as printable plain text for the PDF: control characters become spaces; a character neither the
    report font nor the emoji font has is printed as its code ("[U+1F469]"), never as "?"; a URL in the text is
    kept from reading as a link (``plaintext.pdf``). ``emoji=False`` for matplotlib, which draws no colour font."""
    text = unicodedata.normalize("NFC", str(value))
    glyphs = _glyphs()
    emoji_glyphs = _emoji_glyphs(emoji_font_file()) if emoji else frozenset()
    out = []
    for ch in text:
        code = ord(ch)
        if code in _JOINERS:
            out.append(ch if emoji_glyphs else "")
        elif unicodedata.category(ch).startswith("C"):
            out.append(" ")
        elif code in glyphs or code in emoji_glyphs:
            out.append(ch)
        else:
            out.append(f"[U+{code:04X}]")
    cleaned = plaintext.pdf(" ".join("".join(out).split()))
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def label_text(value: object, limit: int = 60) -> str:
    """``value`` for a matplotlib label, title or legend: plain (``clean``), and a "$" never starts math."""
    return plaintext.matplotlib(clean(value, limit, emoji=False))


def _source_text(bron: str, bron_url: str) -> tuple[str, str | None]:
    """What the source cell shows: a vetted link as its host name (clickable), else the file's text."""
    if bron_url:
        host = urlsplit(bron_url).hostname or bron_url
        return clean(host.removeprefix("www."), 60), bron_url
    return clean(bron, 80), None


# --------------------------------------------------------------------------------------------------------------
# Figures (matplotlib's object API on an Agg canvas: no pyplot state, safe in Streamlit's threads)


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", facecolor="white")
    return buffer.getvalue()


def _style(fig: Figure) -> None:
    for ax in fig.axes:
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(colors=TEXT_COLOR, labelsize=9)


def map_png(
    gemeenten_geo: gpd.GeoDataFrame,
    records: pd.DataFrame,
    members: Sequence[str],
    selected: str | None,
    lang: str,
) -> bytes:
    """The region's gemeenten coloured by their highest collaboration level, with a legend of labels and counts."""
    region = gemeenten_geo[gemeenten_geo["gm_code"].isin(members)].to_crs(RD_CRS)
    summary = gemeente_summary(records, list(members))
    classified = classify("niveau", summary, lang)
    colors = classified.by_gemeente.map(classified.color_of())
    fig = Figure(figsize=(7.2, 5.6))
    ax = fig.add_subplot()
    region.plot(
        ax=ax, color=region["gm_code"].map(colors).fillna(UNKNOWN_COLOR), edgecolor="#555555", linewidth=0.6
    )
    region.dissolve().boundary.plot(ax=ax, color="black", linewidth=1.8)
    if selected is not None:
        region[region["gm_code"] == selected].boundary.plot(ax=ax, color=SELECTED_EDGE, linewidth=3)
    ax.set_axis_off()
    ax.set_aspect("equal")
    counts = classified.counts()
    handles = [
        Patch(facecolor=c.color, edgecolor="#555555", label=label_text(f"{c.label} ({counts[c.code]})", 80))
        for c in classified.classes
    ]
    if selected is not None:
        handles.append(
            Patch(facecolor="white", edgecolor=SELECTED_EDGE, linewidth=2.5, label=_selected_label(lang))
        )
    ax.legend(
        handles=handles,
        title=classified.title,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
        fontsize=8.5,
        title_fontsize=9,
        alignment="left",
    )
    return _png(fig)


def report_charts(
    scope_records: pd.DataFrame, nl_records: pd.DataFrame, place: str, lang: str
) -> list[Figure]:
    """The report's charts: parties and interventions of the place beside Nederland, then its levels."""
    charts = []
    for kind in ("partijen", "interventies"):
        table_scope = chart_data.chart_table(kind, scope_records, lang)
        table_nl = chart_data.chart_table(kind, nl_records, lang)
        # The n printed is each table's own base: the bars are shares of exactly those initiatives.
        title = t(f"report.chart.{kind}", lang, n=table_base(table_scope), n_nl=table_base(table_nl))
        charts.append(compare_chart(table_scope, table_nl, title, clean(place, 40), lang))
    levels = chart_data.levels_table(scope_records, lang)
    charts.append(levels_chart(levels, t("report.chart.niveaus", lang, n=table_base(levels)), lang))
    return charts


def table_base(table: pd.DataFrame) -> int:
    """The denominator of a chart table's shares: every row of one table has the same base (0 when empty)."""
    return int(table["base"].max()) if len(table) else 0


def _selected_label(lang: str) -> str:
    return t("mijnregio.legend.selected", lang)


def compare_chart(
    table_scope: pd.DataFrame, table_nl: pd.DataFrame, title: str, scope_name: str, lang: str
) -> Figure:
    """Horizontal grouped bars: the scope's share next to the Netherlands', per category."""
    labels = list(table_nl["label"])
    scope_values = table_scope.set_index("code").reindex(table_nl["code"])["value"].fillna(0.0).to_list()
    nl_values = table_nl["value"].to_list()
    fig = Figure(figsize=(7.2, 0.5 + 0.42 * len(labels)))
    ax = fig.add_subplot()
    positions = range(len(labels))
    height = 0.4
    ax.barh(
        [p - height / 2 for p in positions],
        scope_values,
        height,
        color=REGION_COLOR,
        label=label_text(scope_name),
    )
    ax.barh([p + height / 2 for p in positions], nl_values, height, color=NL_COLOR, label=t("chart.nl", lang))
    for p, (a, b) in enumerate(zip(scope_values, nl_values, strict=True)):
        ax.text(a + 1, p - height / 2, fmt_pct(a, lang), va="center", fontsize=8, color=TEXT_COLOR)
        ax.text(b + 1, p + height / 2, fmt_pct(b, lang), va="center", fontsize=8, color=TEXT_COLOR)
    ax.set_yticks(list(positions), [label_text(x) for x in labels])
    ax.invert_yaxis()
    ax.set_xlim(0, 112)
    ax.set_xlabel("%", color=TEXT_COLOR)
    ax.set_title(label_text(title, 200), loc="left", fontsize=11, color=TEXT_COLOR, pad=20)
    # Above the bars, left-aligned under the title: a legend inside the axes covered the longest bars.
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2, fontsize=8, frameon=False)
    _style(fig)
    return fig


def levels_chart(table: pd.DataFrame, title: str, lang: str) -> Figure:
    """The scope's initiatives per collaboration level (counts), in the map's level colours."""
    colors = [
        LEVEL_COLORS.get(code, UNKNOWN_COLOR if code == UNKNOWN_LEVEL else NONE_COLOR)
        for code in table["code"]
    ]
    fig = Figure(figsize=(7.2, 0.5 + 0.38 * len(table)))
    ax = fig.add_subplot()
    positions = list(range(len(table)))
    ax.barh(positions, table["value"], color=colors, edgecolor="#555555", linewidth=0.5)
    total = int(table["base"].max()) if len(table) else 0
    for p, n in zip(positions, table["value"], strict=True):
        share = fmt_pct(100.0 * n / total, lang) if total else MISSING
        ax.text(n + 0.1, p, f"{int(n)} ({share})", va="center", fontsize=8, color=TEXT_COLOR)
    ax.set_yticks(positions, [label_text(x) for x in table["label"]])
    ax.invert_yaxis()
    ax.set_xlim(0, max(1, int(table["value"].max()) if len(table) else 1) * 1.3)
    ax.set_title(label_text(title, 200), loc="left", fontsize=11, color=TEXT_COLOR)
    _style(fig)
    return fig


# --------------------------------------------------------------------------------------------------------------
# The PDF


class _Report(FPDF):
    def __init__(self, lang: str, name: str, day: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang, self.name, self.day = lang, name, day
        for style, file in FONT_FILES.items():
            self.add_font(FONT, style, str(FONT_DIR / file))
        emoji = emoji_font_file()
        if emoji is not None:  # fpdf2 takes a glyph DejaVu lacks from here, in any style (bold headings too)
            self.add_font(EMOJI_FONT, "", str(emoji))
            self.set_fallback_fonts([EMOJI_FONT], exact_match=False)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_margins(14, 14, 14)
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(90, 90, 90)
        text = t("report.footer", self.lang, name=self.name, date=self.day, page=self.page_no(), pages="{nb}")
        self.cell(0, 5, text, align="C")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, size: float = 13) -> None:
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text: str, size: float = 9.5, style: str = "") -> None:
        self.set_font(FONT, style, size)
        self.multi_cell(0, size * 0.48, clean(text, 2000), align="L", new_x="LMARGIN", new_y="NEXT")

    def picture(self, png: bytes, width: float | None = None) -> None:
        width = width or self.epw
        self.image(io.BytesIO(png), w=width, x=self.l_margin + (self.epw - width) / 2)
        self.ln(2)


def _scope_records(records: pd.DataFrame, scope: Scope, members: Sequence[str]) -> pd.DataFrame:
    if scope[0] == "gemeente":
        return initiatives_in(records, scope[1])
    return rp.touching(records, members)


def _initiative_rows(rows: pd.DataFrame, lang: str) -> list[tuple[list[str], str | None, bool]]:
    out = []
    ordered = rows.sort_values("naam", key=lambda s: s.str.casefold()) if len(rows) else rows
    for _, row in ordered.iterrows():
        source, link = _source_text(str(row["bron"]), str(row["bron_url"]))
        if bool(row["voorbeelddata"]) and link is None:
            # A generated row's source is the generator's Dutch note; it is said in the reader's language.
            source = t("report.source.example", lang)
        name = clean(row["naam"], 160) + (" *" if bool(row["voorbeelddata"]) else "")
        if bool(row.get("overgenomen", False)):
            # Published at a vaststelling as it was carried over: nobody updated it that year.
            name += f" ({t('peiljaar.carried_label', lang)})"
        cells = [
            name,
            clean(label("level", row["samenwerkingsniveau"], lang)),
            clean(", ".join(label("party", p, lang) for p in row["partijen"])),
            clean(", ".join(label("intervention", i, lang, int(row["jaar"])) for i in row["interventies"])),
            clean(", ".join(row["zorgverzekeraars"])),
            source,
        ]
        out.append((cells, link, bool(row["voorbeelddata"])))
    return out


def build_report(
    records: pd.DataFrame,
    gemeenten_geo: gpd.GeoDataFrame,
    scope: Scope,
    filters: Filters,
    lang: str,
    upload_name: str | None,
    is_example: bool,
    today: date,
    valpreventie: ValpreventieSection | None = None,
    year_note: str | None = None,
    confirmed_note: str | None = None,
    money: money_analysis.MoneyData | None = None,
) -> FPDF:
    """The PDF report of ``scope`` ("regio", code) or ("gemeente", code) under the sidebar's ``filters``.

    ``records`` are the dataset's records before filtering; ``upload_name`` is the file's name when they are the
    reader's own upload (None for the register: its sources are named in words); ``is_example`` says the
    dataset holds example rows;
    ``valpreventie`` adds the fall-prevention estimate made on that page, with every figure and its source;
    ``money`` (the Brede SPUK, SPUK IZA and population tables) adds the money beside cooperation. GALA's five
    ketenaanpakken per gemeente of the region always get a page. ``year_note`` says the peiljaar is still open
    and how complete (under the date, and in the sources); ``confirmed_note`` how many initiatives both sides
    confirmed, when only those are counted. Raises KeyError for an unknown code.
    """
    gemeenten = pd.DataFrame(gemeenten_geo.drop(columns="geometry"))
    choice = rp.Choice(scope[0] if scope[0] == "gemeente" else "regio", scope[1])
    profile = rp.profile(gemeenten, choice)
    filtered = apply_filters(records, filters, gemeenten)
    nl_records = apply_filters(records, replace(filters, provincies=(), regios=()), gemeenten)
    region_records = rp.touching(filtered, profile.members)
    scope_records = _scope_records(filtered, scope, profile.members)
    # Which namesake is meant ("Gemeente Utrecht" / "Regio Utrecht"), as on the page.
    place = rp.place_name(scope[0], profile.naam, lang)
    names = provenance.area_names(gemeenten)
    shows_example = (
        is_example and bool(scope_records["voorbeelddata"].any()) if len(scope_records) else is_example
    )

    pdf = _Report(lang, clean(place, 80), _date_text(today, lang))
    pdf.set_title(clean(t("report.title", lang, name=place)))
    pdf.set_author("Preventiekaart")
    pdf.set_creation_date(pd.Timestamp(today).to_pydatetime().astimezone())
    pdf.add_page()

    # Page 1: who, when, what data, headline numbers and the map.
    pdf.set_font(FONT, "B", 20)
    pdf.multi_cell(0, 9, clean(t("report.title", lang, name=place)), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.para(
        t(
            f"report.where.{scope[0]}",
            lang,
            regio=profile.regio_naam,
            verzekeraar=insurer(profile.zorgverzekeraar, lang),
            provincie=", ".join(profile.provincies),
            ggd=", ".join(profile.ggd_regios),
        ),
        10,
    )
    year = str(filters.jaar) if filters.jaar is not None else t("report.all_years", lang)
    pdf.para(t("report.when", lang, year=year, date=_date_text(today, lang)), 10, "B")
    notes = [
        *([t("dl.example", lang)] if shows_example else []),
        *([year_note] if year_note else []),
        *([t("peiljaar.only_confirmed", lang, counts=confirmed_note)] if confirmed_note else []),
    ]
    for note in notes:
        pdf.set_fill_color(255, 243, 205)
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(0, 6, clean(note, 2000), fill=True, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(255, 255, 255)
    pdf.heading(t("report.figures", lang))
    # The same table as the page: the gemeente itself, its region (labelled as such) and Nederland.
    figures = rp.profile_comparison(filtered, nl_records, profile, gemeenten["gm_code"], lang)
    widths = (46, 27, 27) if len(figures.columns) == 3 else (40, 20, 20, 20)
    _table(pdf, [list(figures.columns), *figures.astype(str).to_numpy().tolist()], widths, 9)
    pdf.heading(t("report.map", lang, regio=profile.regio_naam))
    selected = scope[1] if scope[0] == "gemeente" else None
    pdf.picture(map_png(gemeenten_geo, filtered, profile.members, selected, lang))
    pdf.para(t("report.map.note", lang), 8, "I")

    # Charts: the scope beside the Netherlands.
    pdf.add_page()
    pdf.heading(t("report.charts", lang, name=place))
    for chart in report_charts(scope_records, nl_records, place, lang):
        pdf.picture(_png(chart), pdf.epw * 0.92)

    # Gaps in the region.
    pdf.heading(t("report.gaps", lang, regio=profile.regio_naam))
    for gap in ("geen_initiatief", "geen_afstemming"):
        missing = rp.gaps(region_records, gemeenten, profile.regio_code, gap)
        listed = ", ".join(missing["gm_naam"]) if len(missing) else t("report.gaps.none", lang)
        pdf.para(t(f"report.gaps.{gap}", lang, n=len(missing), of=len(profile.members)), 9.5, "B")
        pdf.para(listed, 9.5)

    if money is not None:
        _money_section(pdf, money, profile, gemeenten, filtered, lang)
    _gala_page(pdf, filtered, profile, gemeenten, filters.jaar, lang)

    if valpreventie is not None:
        _valpreventie_pages(pdf, valpreventie, lang)

    # The initiatives themselves, on landscape pages so that lists of parties fit their columns.
    pdf.add_page(orientation="L")
    pdf.heading(t("report.table", lang, name=place, n=len(scope_records)))
    rows = _initiative_rows(scope_records, lang)
    if rows:
        header = [t(f"table.{column}", lang) for column in TABLE_COLUMNS]
        _table(
            pdf,
            [header, *[cells for cells, _, _ in rows]],
            TABLE_WIDTHS,
            7.5,
            links=[link for _, link, _ in rows],
        )
        if any(example for _, _, example in rows):
            pdf.para(t("report.table.example", lang), 8, "I")
    else:
        pdf.para(t("empty.selection", lang))

    # Provenance.
    pdf.heading(t("report.sources", lang))
    lines = provenance.provenance_lines(
        source=provenance.source_label(nl_records, lang, upload_name),
        is_example=shows_example,
        filters=filters,
        lang=lang,
        names=names,
        year_note=year_note,
        extra=[confirmed_note] if confirmed_note else (),
    )
    for line in [*lines, t("source.cbs", lang)]:
        pdf.para(line, 8.5)
    return pdf


def _money_section(
    pdf: _Report,
    money: money_analysis.MoneyData,
    profile: rp.Profile,
    gemeenten: pd.DataFrame,
    records: pd.DataFrame,
    lang: str,
) -> None:
    """The Brede SPUK of the place, its region and Nederland beside their cooperation; what it is not; the IZA
    regions whose mandaatgemeente lies here, with the caveat that IZA regions are no zorgkantoorregio's."""
    places = []
    if profile.gm_code is not None:
        places.append(money_analysis.Place(rp.place_name("gemeente", profile.naam, lang), (profile.gm_code,)))
    places.append(money_analysis.Place(rp.place_name("regio", profile.regio_naam, lang), profile.members))
    places.append(money_analysis.Place(t("chart.nl", lang), tuple(gemeenten["gm_code"])))
    table = money_analysis.money_table(places, money.spuk, money.context, records, lang)
    pdf.heading(t("report.money", lang))
    pdf.para(_plain(t("money.intro", lang)), 9)
    widths = (46, 27, 27) if len(table.columns) == 3 else (40, 20, 20, 20)
    _table(pdf, [list(table.columns), *table.astype(str).to_numpy().tolist()], widths, 8.5)
    pdf.para(t("money.note", lang), 8, "I")
    codes = (profile.gm_code,) if profile.gm_code is not None else profile.members
    for _, row in money_analysis.mandates_in(money.iza, codes).iterrows():
        pdf.para(money_analysis.iza_line(row, lang), 8.5)
    pdf.para(_plain(t("money.iza.caveat", lang)), 8, "I")
    pdf.para(t("money.source", lang), 8)


def _plain(text: str) -> str:
    """A catalogue text written for the page (with **bold**) as plain PDF text."""
    return text.replace("**", "")


def _hex(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _gala_page(
    pdf: _Report,
    records: pd.DataFrame,
    profile: rp.Profile,
    gemeenten: pd.DataFrame,
    year: int | None,
    lang: str,
) -> None:
    """GALA's five ketenaanpakken per gemeente of the region, cells in the level colours, gaps marked."""
    members = gemeenten[gemeenten["gm_code"].isin(profile.members)]
    area = rp.place_name("regio", profile.regio_naam, lang)
    # Confirmations by both sides are not recorded yet: None, so no cell claims one.
    overview = gala_overview(records, tuple(zip(members["gm_code"], members["gm_naam"], strict=True)), None)
    pdf.add_page(orientation="L")  # five named columns beside the names: landscape keeps headings whole
    pdf.heading(t("report.gala", lang, area=area))
    pdf.para(gala_render.summary_text(overview, lang), 9.5, "B")
    header, rows = gala_render.pdf_rows(overview, year, lang)
    counts = ["", *(gala_render.count_text(overview, code, lang) for code in KETENAANPAKKEN)]
    pdf.set_font(FONT, "", 8)
    with pdf.table(
        col_widths=(25, 15, 15, 15, 15, 15),
        width=pdf.epw,
        text_align="LEFT",
        line_height=4,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        borders_layout="ALL",
        repeat_headings=1,
    ) as table:
        head = table.row()
        for index, text in enumerate(header):
            head.cell(clean(text) + (f"\n{clean(counts[index])}" if counts[index] else ""))
        for cells in rows:
            row = table.row()
            for cell in cells:
                if isinstance(cell, GalaCell):
                    fill, ink = gala_render.fill_of(cell)
                    emphasis = "BOLD" if not cell.offered else None
                    style = FontFace(emphasis=emphasis, color=_hex(ink), fill_color=_hex(fill))
                    row.cell(clean(gala_render.cell_text(cell, lang)), style=style)
                else:
                    row.cell(clean(cell))
    pdf.ln(2)
    legend = [f"{t(f'gala.level.{level}', lang)} = {label('level', level, lang)}" for level in RANKED_LEVELS]
    legend += [
        f"{t('gala.cell.unknown', lang)} = {t('gala.legend.unknown', lang)}",
        f"{t('gala.cell.gap', lang)} = {t('gala.title.gap', lang)}",
        f"{t('gala.cell.wijk', lang, level='…')} = {t('gala.legend.wijk', lang)}",
    ]
    pdf.para(" · ".join(legend), 8)
    for note in [*gala_render.notes(year, lang), t("gala.note.confirmations", lang)]:
        pdf.para(note, 8, "I")


def _valpreventie_pages(pdf: _Report, section: ValpreventieSection, lang: str) -> None:
    """The estimate: what it is, the sentences, the results with their band, the tornado, every figure."""
    pdf.add_page()
    pdf.heading(section.title)
    for sentence in section.sentences:
        pdf.para(sentence, 9.5)
        pdf.ln(1)
    pdf.heading(t("vp.report.results", lang), 11)
    header = [
        t("vp.col.uitkomst", lang),
        t("vp.col.schatting", lang),
        t("vp.col.laag", lang),
        t("vp.col.hoog", lang),
    ]
    _table(pdf, [header, *[list(row) for row in section.results]], (46, 18, 18, 18), 8.5)
    if section.swings:
        pdf.picture(tornado_png(section, lang), pdf.epw * 0.95)
        pdf.para(t("vp.tornado.note", lang), 8, "I")
    pdf.heading(t("vp.report.params", lang), 11)
    header = [t(f"vp.col.{c}", lang) for c in ("omschrijving", "waarde", "bandbreedte", "bron", "jaar")]
    _table(pdf, [header, *[list(row) for row in section.parameters]], (24, 11, 15, 38, 12), 7.5)


def tornado_png(section: ValpreventieSection, lang: str) -> bytes:
    """The tornado of the page, drawn with matplotlib for the PDF (same numbers, same colours)."""
    labels = [label_text(label) for label, _, _ in section.swings]
    fig = Figure(figsize=(7.2, 0.8 + 0.42 * len(labels)))
    ax = fig.add_subplot()
    positions = list(range(len(labels)))
    for offset, (index, color, name) in enumerate(((1, LOW_COLOR, "low"), (2, HIGH_COLOR, "high"))):
        values = [float(row[index]) - section.central for row in section.swings]
        ax.barh(
            positions,
            values,
            0.6,
            left=section.central,
            color=color,
            edgecolor="#333333",
            linewidth=0.5,
            label=t(f"vp.chart.tornado.{name}", lang),
            alpha=1.0 if offset == 0 else 0.85,
        )
    ax.axvline(section.central, color="#1a1a1a", linestyle="--", linewidth=1.2)
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(lambda value, _pos: euro(value, lang))
    ax.set_xlabel(t("vp.chart.tornado.axis", lang), color=TEXT_COLOR, fontsize=9)
    ax.set_title(label_text(t("vp.chart.tornado", lang), 120), loc="left", fontsize=10, color=TEXT_COLOR)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    _style(fig)
    return _png(fig)


def _date_text(day: date, lang: str) -> str:
    month = t(f"report.month.{day.month}", lang)
    return f"{day.day} {month} {day.year}" if lang == "nl" else f"{month} {day.day}, {day.year}"


def _table(
    pdf: FPDF,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    size: float,
    links: Sequence[str | None] | None = None,
) -> None:
    """A simple text table; the first row is the header (repeated on every page the table spans)."""
    pdf.set_font(FONT, "", size)
    with pdf.table(
        col_widths=tuple(widths),
        width=pdf.epw,
        text_align="LEFT",
        line_height=size * 0.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        borders_layout="HORIZONTAL_LINES",
        repeat_headings=1,
    ) as table:
        for index, values in enumerate(rows):
            row = table.row()
            link = links[index - 1] if links and index > 0 else None
            for column, value in enumerate(values):
                is_link = link is not None and column == len(values) - 1
                row.cell(clean(value), link=link if is_link else None)
