"""Hostile workbooks for the benchmark and the tests: small files that unpack to far more than they look.

Written part by part with zipfile (no openpyxl), so that a million rows take a second to write and the file
stays under 1 MB: identical rows without row numbers and without a <dimension> compress about 1000:1.
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


def _package(sheet: Iterator[bytes], shared_strings: Iterator[bytes] | None = None) -> bytes:
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


def measure(path: str) -> dict[str, object]:
    import os
    import time

    from dashboard.ingest.validation import _default_resolver, load_bytes

    data = open(path, "rb").read()  # noqa: SIM115 - read once, closed by the GC in this short process
    resolver = _default_resolver()
    load_bytes(b"id;naam;jaar;gemeenten\nx;y;2020;Amsterdam\n", "warm.csv", resolver)
    idle_kb = _status_kb("VmRSS")
    reset = _reset_peak()
    started = time.perf_counter()
    result = load_bytes(data, os.path.basename(path), resolver)
    seconds = time.perf_counter() - started
    peak_kb = _status_kb("VmHWM")
    return {
        "seconds": round(seconds, 3),
        "peak_above_idle_mb": round(max(0, peak_kb - idle_kb) / 1024, 1),
        "idle_mb": round(idle_kb / 1024, 1),
        "peak_reset": reset,
        "refused": result.has_file_error,
        "message": result.issues[0].message if result.issues else "",
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(measure(sys.argv[1])))
