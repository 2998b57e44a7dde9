"""Hostile files for the benchmark and the tests: small files that unpack to far more than they look, files
wider than any table, and the largest ordinary file the upload cap allows.

Workbooks are written part by part with zipfile (no openpyxl), so that a million rows take a second to write and
the file stays under 1 MB: identical rows without row numbers and without a <dimension> compress about 1000:1.
Nothing here is committed as a file: the tests and `python -m tools bench` generate what they measure.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from typing import Final
from xml.sax.saxutils import escape

_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEADER: Final = ("id", "naam", "jaar", "gemeenten", "samenwerkingsniveau")
ROW: Final = ("bom-1", "Zelfde initiatief", "2020", "Amsterdam", "6")


def _inline_row(values: Sequence[str]) -> str:
    cells = "".join(f'<c t="inlineStr"><is><t>{escape(value)}</t></is></c>' for value in values)
    return f"<row>{cells}</row>"


def _shared_row(indices: Sequence[int]) -> str:
    return "<row>" + "".join(f'<c t="s"><v>{i}</v></c>' for i in indices) + "</row>"


def _package(
    sheet: Iterator[bytes], shared_strings: Iterator[bytes] | None = None, *, extra_parts: int = 0
) -> bytes:
    overrides = f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    overrides += f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    rels = f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    if shared_strings is not None:
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
        rels += f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="initiatieven" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG_REL}">{rels}</Relationships>',
        )
        for name, chunks in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared_strings)):
            if chunks is None:
                continue
            with archive.open(name, "w", force_zip64=True) as part:
                for chunk in chunks:
                    part.write(chunk)
        for number in range(extra_parts):
            archive.writestr(f"customXml/item{number}.xml", b"")
    return buffer.getvalue()


def _repeated(head: str, body: str, times: int, tail: str, per_chunk: int = 10_000) -> Iterator[bytes]:
    yield head.encode()
    block = (body * per_chunk).encode()
    for _ in range(times // per_chunk):
        yield block
    yield (body * (times % per_chunk)).encode()
    yield tail.encode()


def row_bomb(rows: int = 1_000_000, *, inline: bool = False) -> bytes:
    """A workbook of the template's header and `rows` identical data rows (1M rows: under 1 MB).

    Cells refer to the shared-strings table as Excel writes them; `inline=True` writes inline strings, which
    openpyxl parses several times slower.
    """
    head = f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'
    tail = "</sheetData></worksheet>"
    if inline:
        return _package(_repeated(head + _inline_row(HEADER), _inline_row(ROW), rows, tail))
    strings = [*HEADER, *ROW]
    table = f'<?xml version="1.0"?><sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
    table += "".join(f"<si><t>{escape(text)}</t></si>" for text in strings) + "</sst>"
    header_row = _shared_row(range(len(HEADER)))
    body = _shared_row(range(len(HEADER), len(strings)))
    return _package(_repeated(head + header_row, body, rows, tail), iter([table.encode()]))


def shared_strings_bomb(strings: int = 3_000_000) -> bytes:
    """A two-row workbook whose shared-strings table holds `strings` entries (3M: well over 100 MB unpacked)."""
    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'
        f"{_shared_row(range(len(HEADER)))}{_shared_row(range(len(HEADER)))}</sheetData></worksheet>"
    )
    head = f'<?xml version="1.0"?><sst xmlns="{_MAIN}" count="{strings}" uniqueCount="{strings}">'
    body = "<si><t>gemeente gemeente gemeente</t></si>"
    return _package(iter([sheet.encode()]), _repeated(head, body, strings, "</sst>"))


# The template's columns and a valid row of them (gemeente Zwolle, level formeel).
TEMPLATE_HEADER: Final = (
    "id", "naam", "jaar", "preventiecoalitie", "reikwijdte", "gemeenten", "wijken", "samenwerkingsniveau",
    "afspraken", "financiering", "zorgverzekeraars", "partijen", "interventies", "gli_programmas", "doelgroepen",
    "startjaar", "bron", "toelichting",
)  # fmt: skip
TEMPLATE_ROW: Final = (
    "{id}", "Gezond in de wijk", "2020", "nee", "", "Zwolle", "", "formeel", "beide", "", "Zilveren Kruis",
    "gemeente, zorgverzekeraar, huisartsen", "Welzijn op Recept", "", "", "2018",
    "https://www.loketgezondleven.nl/", "{toelichting}",
)  # fmt: skip


def _letters(column: int) -> str:
    """Excel's column letters of a position (0 -> A, 16383 -> XFD)."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _referenced_row(number: int, values: Sequence[str], first_column: int = 0) -> str:
    """A row as Excel writes it: row and cell references, inline strings, empty cells left out."""
    cells = "".join(
        f'<c r="{_letters(first_column + k)}{number}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
        for k, value in enumerate(values)
        if value
    )
    return f'<row r="{number}">{cells}</row>'


def _template_values(k: int, toelichting: str = "") -> list[str]:
    return [cell.format(id=f"r{k}", toelichting=toelichting) for cell in TEMPLATE_ROW]


def stray_column_workbook(rows: int = 3_000) -> bytes:
    """The template's header and `rows` valid rows, plus one stray character in column XFD of row 1: the sheet
    is 16,384 columns wide (issue 21: 215 KB, 3,000 rows, 1.36 GB before the reader kept only its columns)."""
    head = (
        f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><dimension ref="A1:XFD{rows + 1}"/><sheetData>'
        + _referenced_row(1, TEMPLATE_HEADER).removesuffix("</row>")
        + '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    body = (_referenced_row(k + 2, _template_values(k)) for k in range(rows))
    return _package(iter([head.encode(), *(row.encode() for row in body), b"</sheetData></worksheet>"]))


def wide_csv(columns: int = 10_000, rows: int = 6_000) -> bytes:
    """A semicolon CSV whose header names `columns` columns (the template's and invented ones) over rows that
    fill only the template's (issue 21: 1.2 MB, 1.39 GB before)."""
    header = [*TEMPLATE_HEADER, *(f"extra_kolom_{k}" for k in range(columns - len(TEMPLATE_HEADER)))]
    lines = [";".join(header), *(";".join(_template_values(k)) for k in range(rows))]
    return ("\r\n".join(lines) + "\r\n").encode()


def largest_csv(emoji: bool = True, limit: int = 20 * 1024 * 1024 - 4096) -> bytes:
    """The largest ordinary CSV under the upload cap: valid rows of the template with a long explanation (with
    an emoji, which makes Python store a text at four bytes a character), until `limit` bytes."""
    text = "Een toelichting van redelijke lengte over de aanpak in de wijk. " * 4 + ("🙂" if emoji else "")
    lines = [";".join(TEMPLATE_HEADER)]
    size = len(lines[0]) + 2
    k = 0
    while k < 50_000:
        line = ";".join(_template_values(k, text))
        size += len(line.encode()) + 2
        if size > limit:
            break
        lines.append(line)
        k += 1
    return ("\r\n".join(lines) + "\r\n").encode()


def text_bomb(rows: int = 40_000, chars: int = 1_000) -> bytes:
    """A workbook whose rows each hold a long explanation as an inline string: it compresses so well that a small
    file unpacks to far more text than any CSV under the upload cap can hold."""
    head = f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>' + _referenced_row(
        1, TEMPLATE_HEADER
    )
    filler = ("gezond " * (chars // 7 + 1))[:chars]
    body = (_referenced_row(k + 2, _template_values(k, filler)) for k in range(rows))
    return _package(iter([head.encode(), *(row.encode() for row in body), b"</sheetData></worksheet>"]))


def many_parts_workbook(parts: int = 100_000) -> bytes:
    """A small workbook with `parts` empty parts beside it: Python reads a zip's whole directory when opening."""
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>{_inline_row(HEADER)}</sheetData></worksheet>'
    return _package(iter([sheet.encode()]), extra_parts=parts)


def distinct_strings_workbook(strings: int = 1_000_000) -> bytes:
    """A shared-strings table just under its 20 MB cap, of short distinct strings (each its own Python object),
    under a sheet whose header and one row use the first of them."""
    names = [*TEMPLATE_HEADER, *_template_values(0)]
    head = f'<?xml version="1.0"?><sst xmlns="{_MAIN}" count="{strings}" uniqueCount="{strings}">'

    def table() -> Iterator[bytes]:
        yield head.encode() + "".join(f"<si><t>{escape(name)}</t></si>" for name in names).encode()
        for start in range(len(names), strings, 10_000):
            yield "".join(
                f"<si><t>{k:x}</t></si>" for k in range(start, min(strings, start + 10_000))
            ).encode()
        yield b"</sst>"

    width = len(TEMPLATE_HEADER)
    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>{_shared_row(range(width))}'
        f"{_shared_row(range(width, 2 * width))}</sheetData></worksheet>"
    )
    return _package(iter([sheet.encode()]), table())


# --------------------------------------------------------------------------------------------------------------
# Measuring: `python -m tools.bomb FILE` validates FILE in a fresh process and prints JSON with its seconds and
# its peak memory above the idle process (the app's modules and the gemeente resolver loaded).


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux: clear_refs 5), so the peak measures only what follows."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _naive_read(data: bytes, name: str) -> None:
    """What a first version does: pandas' own readers, every cell as text."""
    import io

    import pandas as pd

    if name.endswith(".xlsx"):
        pd.read_excel(io.BytesIO(data), dtype=str)
    else:
        pd.read_csv(io.BytesIO(data), sep=None, engine="python", dtype=str)


def measure(path: str, *, naive: bool = False) -> dict[str, object]:
    """Seconds and peak memory above idle of validating the file at `path` (of reading it the naive way)."""
    import os
    import time

    from dashboard.ingest.validation import _default_resolver, load_bytes

    data = open(path, "rb").read()  # noqa: SIM115 - read once, closed by the GC in this short process
    resolver = _default_resolver()
    load_bytes(b"id;naam;jaar;gemeenten\nx;y;2020;Amsterdam\n", "warm.csv", resolver)
    name = os.path.basename(path)
    if naive:
        _naive_read(b"id;naam\nx;y\n", "warm.csv")
    idle_kb = _status_kb("VmRSS")
    reset = _reset_peak()
    started = time.perf_counter()
    if naive:
        _naive_read(data, name)
        refused, message = False, ""
    else:
        result = load_bytes(data, name, resolver)
        refused, message = result.has_file_error, result.issues[0].message if result.issues else ""
    seconds = time.perf_counter() - started
    peak_kb = _status_kb("VmHWM")
    return {
        "seconds": round(seconds, 3),
        "peak_above_idle_mb": round(max(0, peak_kb - idle_kb) / 1024, 1),
        "idle_mb": round(idle_kb / 1024, 1),
        "peak_reset": reset,
        "refused": refused,
        "message": message,
    }


if __name__ == "__main__":
    import json
    import sys

    arguments = sys.argv[1:]
    print(json.dumps(measure(arguments[-1], naive="--naive" in arguments)))
