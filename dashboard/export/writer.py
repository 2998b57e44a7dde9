"""The one writer of every file the app offers: CSV, Excel, PNG and PDF, each with the same conventions.

- **CSV** the way Dutch Excel opens it without a wizard: UTF-8 with BOM, ";" between cells (cells holding ";"
  are quoted), CRLF line ends. The provenance block (``render.provenance``) comes first, every line marked
  ``# `` (so that a program can skip it as a comment) and followed by one empty line; then the header and rows.
- **Cells** (CSV and Excel) go through ``safe_cell``: a text that a user typed or uploaded, such as
  "=HYPERLINK(...)", is shown as text instead of being run as a formula. A fraction in a CSV is written with one
  decimal in the user's language ("33,3" in Dutch: Dutch Excel reads "33.3" as text or a date); Excel keeps
  numbers as numbers.
- **PNG**: the figure with its provenance printed under it, rendered by kaleido in Debian's chromium.
- **PDF**: the bytes of a built document and its page count (fpdf2 knows it; nothing re-reads the file).

Every download button of the app shows a ``Download`` made by ``offer``; ``ui.components.offer_download`` is the
only place that calls Streamlit's ``download_button`` (a test checks both).
"""

from __future__ import annotations

import copy
import csv
import io
import math
import numbers
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import pandas as pd
import plotly.graph_objects as go
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dashboard.core import schema
from dashboard.i18n import t
from dashboard.i18n.formats import fmt_plain
from dashboard.render import plaintext

Kind = Literal["csv", "xlsx", "png", "pdf"]
MIME: Final[dict[Kind, str]] = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "pdf": "application/pdf",
}
FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
CSV_SEPARATOR: Final = ";"
CSV_LINE_END: Final = "\r\n"
CSV_ENCODING: Final = "utf-8-sig"
PROVENANCE_MARK: Final = "# "
CSV_DECIMALS: Final = 1
# A formula character at the start of a part after a separator (a lone "-" as in "5,-" is no formula).
_SEGMENT_FORMULA: Final = re.compile(r"([,;\t][ ]*)(?=[=+@\r]|-\S)")
# Items of a list cell; split_list on import strips the space again.
LIST_JOINER: Final = f"{schema.LIST_SEPARATOR} "

DEFAULT_CHROMIUM: Final = "/usr/bin/chromium"
# choreographer (kaleido's browser driver) reads the same variable.
CHROMIUM_ENV: Final = "BROWSER_PATH"
PNG_WIDTH: Final = 1400
PNG_SCALE: Final = 1
PNG_TIMEOUT_S: Final = 60
FOOTER_LINE_PX: Final = 22


@dataclass(frozen=True)
class Download:
    """A file offered for download: its bytes (or a builder run only on click), name and MIME type."""

    data: bytes | Callable[[], bytes]
    file_name: str
    mime: str


@dataclass(frozen=True)
class Fixed:
    """A number written with exactly ``places`` decimals and no thousands separator (Excel reads it as a number
    in either language: 1234567,89 / 1234567.89)."""

    value: float
    places: int


def offer(file_stem: str, kind: Kind, data: bytes | Callable[[], bytes]) -> Download:
    """The download of ``data`` as ``<file_stem>.<kind>``: one place that names files and sets their type."""
    return Download(data=data, file_name=f"{file_stem}.{kind}", mime=MIME[kind])


# --------------------------------------------------------------------------------------------------------------
# Cells


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def safe_cell(value: object) -> str:
    """Text for a spreadsheet cell that can never start a formula.

    A text starting with =, +, -, @, tab or CR gets a leading ' (Excel's own "this is text" mark; the importer
    removes it again). Numbers are not text: -5 stays -5.
    """
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        return str(int(number)) if number.is_integer() else str(number)
    text = LIST_JOINER.join(str(item) for item in value) if isinstance(value, tuple | list) else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def csv_cell(value: object, lang: str = "nl") -> object:
    """A CSV cell: whole numbers as integers (written bare), fractions with one decimal in the user's language
    (``Fixed``: its own places), text guarded at its start and after every , ; or tab (a spreadsheet that
    splits on another separator than ours sees a new cell there; the importer removes these marks again)."""
    if isinstance(value, Fixed):
        return fmt_plain(value.value, lang, value.places, fixed=True)
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and not _is_missing(value):
        number = float(value)
        return int(number) if number.is_integer() else fmt_plain(number, lang, CSV_DECIMALS)
    return _SEGMENT_FORMULA.sub(r"\1'", safe_cell(value))


def xlsx_value(value: object) -> object:
    """Numbers stay numbers in Excel; everything else becomes guarded text without XML-illegal characters."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and not _is_missing(value):
        number = float(value)
        return int(number) if number.is_integer() else number
    return ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value))


# --------------------------------------------------------------------------------------------------------------
# CSV


Table = tuple[Sequence[object], Iterable[Sequence[object]]]


class _Lines:
    """A file-like sink that keeps each line the csv module writes as its own string."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, text: str) -> int:
        self.lines.append(text)
        return len(text)


def csv_lines(rows: Iterable[Sequence[object]], lang: str = "nl") -> list[str]:
    """Each row as one CSV line of ours (cells through ``csv_cell``, text quoted, CRLF): the pieces a file is
    joined from. A file written many times over from the same rows (open data per area) makes them once."""
    sink = _Lines()
    writer = csv.writer(
        sink, delimiter=CSV_SEPARATOR, lineterminator=CSV_LINE_END, quoting=csv.QUOTE_NONNUMERIC
    )
    for row in rows:
        writer.writerow([csv_cell(value, lang) for value in row])
    return sink.lines


def csv_document(
    header: Sequence[object], lines: Iterable[str], provenance: Sequence[str] = (), lang: str = "nl"
) -> bytes:
    """A CSV file from lines made by ``csv_lines``: the provenance block, the header, then the lines."""
    head = [f"{PROVENANCE_MARK}{line}" for line in provenance]
    parts = csv_lines([[text] for text in head], lang)
    if provenance:
        parts.append(CSV_LINE_END)
    parts += csv_lines([[str(name) for name in header]], lang)
    return ("".join(parts) + "".join(lines)).encode(CSV_ENCODING)


def csv_bytes(
    header: Sequence[object],
    rows: Iterable[Sequence[object]],
    provenance: Sequence[str] = (),
    lang: str = "nl",
    more: Sequence[Table] = (),
) -> bytes:
    """The one CSV writer: provenance block (``# `` lines, then an empty line), header, rows; each further
    table in ``more`` (header, rows) after one empty line.

    Every text cell is quoted: that keeps it one cell when a spreadsheet splits on another separator (a comma,
    a tab); unquoted, "a,=HYPERLINK(...)" would become a second cell that starts a formula.
    """
    lines = csv_lines(rows, lang)
    for names, body in more:
        lines.append(CSV_LINE_END)
        lines += csv_lines([[str(name) for name in names]], lang)
        lines += csv_lines(body, lang)
    return csv_document(header, lines, provenance, lang)


def frame_csv_bytes(table: pd.DataFrame, provenance: Sequence[str] = (), lang: str = "nl") -> bytes:
    """A table as shown (its column names are the header) as CSV."""
    return csv_bytes(list(table.columns), table.itertuples(index=False, name=None), provenance, lang)


# --------------------------------------------------------------------------------------------------------------
# Excel


def write_sheet(
    sheet: Worksheet,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[int] | None = None,
) -> None:
    """Header (bold, frozen) and rows; every cell through ``xlsx_value``."""
    sheet.append([xlsx_value(name) for name in header])
    for row in rows:
        sheet.append([xlsx_value(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = widths or [max(10, min(40, len(name) + 4)) for name in header]
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"


def first_sheet(workbook: Workbook, title: str) -> Worksheet:
    """A new workbook's sheet, named ``title``."""
    sheet = workbook.active
    if not isinstance(sheet, Worksheet):
        raise TypeError("a new workbook starts with a worksheet")
    sheet.title = title
    return sheet


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------------------
# PNG


def chromium_path() -> Path | None:
    """Debian's chromium (or ``$BROWSER_PATH``) when it is an executable file, else None."""
    path = Path(os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM)
    return path if path.is_file() and os.access(path, os.X_OK) else None


def png_unavailable_reason(lang: str = "nl") -> str | None:
    """Why a PNG cannot be made here (no chromium, no kaleido), or None when it can."""
    if chromium_path() is None:
        return t("dl.png.no_chromium", lang, path=os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM)
    try:
        import kaleido  # noqa: F401  (only needed for this download; optional for the rest of the app)
    except ImportError:
        return t("dl.png.no_kaleido", lang)
    return None


def figure_with_provenance(fig: go.Figure, lines: Sequence[str]) -> go.Figure:
    """A copy of ``fig`` with the provenance printed under the plot (a PNG travels without its web page)."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))
    height = int(out.layout.height or 500)
    extra = FOOTER_LINE_PX * len(lines) + 20
    bottom = int(out.layout.margin.b or 60)
    out.update_layout(height=height + extra, margin={"b": bottom + extra})
    out.add_annotation(
        text="<br>".join(plaintext.plotly(line) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-(bottom + 10),
        xanchor="left",
        yanchor="top",
        align="left",
        showarrow=False,
        font={"size": 14, "color": "#333333"},
    )
    return out


def figure_png(
    fig: go.Figure, lines: Sequence[str] = (), width: int = PNG_WIDTH, scale: int = PNG_SCALE
) -> bytes:
    """The figure (with provenance) as PNG, rendered by kaleido in chromium; no MathJax (it would come from a
    CDN). Raises RuntimeError when chromium is missing."""
    import kaleido

    path = chromium_path()
    if path is None:
        raise RuntimeError(t("dl.png.no_chromium", "en", path=DEFAULT_CHROMIUM))
    full = figure_with_provenance(fig, lines) if lines else fig
    opts = {"format": "png", "width": width, "height": int(full.layout.height or 600), "scale": scale}
    png: bytes = kaleido.calc_fig_sync(
        full, opts=opts, kopts={"path": str(path), "mathjax": False, "timeout": PNG_TIMEOUT_S}
    )
    return png


# --------------------------------------------------------------------------------------------------------------
# PDF


@dataclass(frozen=True)
class PdfFile:
    data: bytes
    pages: int


def pdf_file(document: FPDF) -> PdfFile:
    """The document's bytes and page count (read before output, from fpdf2 itself)."""
    pages = document.pages_count
    return PdfFile(data=bytes(document.output()), pages=pages)
