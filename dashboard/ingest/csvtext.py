"""A CSV's bytes as records of text cells, decoded and split as they are read.

The whole text is never held: 20 MB of UTF-8 with one emoji is 80 MB as one Python string, and a copy in a
StringIO doubles it. Lines are decoded one by one (UTF-8 and Windows-1252 per line, UTF-16/32 per chunk), a line
with more cells than Excel has columns is refused before it is split, and the time budget is checked while
decoding. Excel's hidden first line ``sep=;`` names the separator and is skipped, as Excel does.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

from dashboard.core import schema
from dashboard.i18n.formats import fmt_int
from dashboard.i18n.messages import Localized, Msg
from dashboard.ingest.budget import Budget
from dashboard.ingest.errors import ImportFileError
from dashboard.ingest.vocab import canonical_column

# Excel's widest row (column XFD): a line with more cells was not written by a spreadsheet.
MAX_LINE_CELLS: Final = 16_384
# Bytes decoded per step for UTF-16/32, and the sample in which binary content is recognised.
CHUNK: Final = 1 << 20
SAMPLE: Final = 65_536
# Lines looked at for the separator and for Excel's "sep=" line; enough for a title above the header.
_PEEK_LINES: Final = 12
_PEEK_CHARS: Final = 256 * 1024
_DELIMITERS: Final = (";", ",", "\t")
_SEP_LINE: Final = re.compile(r'\s*"?sep=(.)"?\s*', re.IGNORECASE)
_BYTE_LINE: Final = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_TEXT_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")

# Well-known non-table formats, recognised by their first bytes, with the catalogue key of their name.
_SIGNATURES: Final = {
    b"%PDF": "ingest.binary.pdf",
    b"\xd0\xcf\x11\xe0": "ingest.binary.old_office",
    b"\x1f\x8b": "ingest.binary.gzip",
    b"\x89PNG": "ingest.binary.png",
    b"\xff\xd8\xff": "ingest.binary.jpeg",
    b"GIF8": "ingest.binary.gif",
    b"Rar!": "ingest.binary.rar",
    b"7z\xbc\xaf": "ingest.binary.7z",
}


def describe_binary(data: bytes) -> str | None:
    """The catalogue key naming a well-known non-table format, None for anything else."""
    for magic, key in _SIGNATURES.items():
        if data.startswith(magic):
            return key
    return None


def not_a_table(what_key: str) -> ImportFileError:
    return ImportFileError(Msg("ingest.file.not_a_table", what=Msg(what_key)))


def _undecodable() -> ImportFileError:
    return ImportFileError(Msg("ingest.file.undecodable"))


def _utf16_32_without_bom(data: bytes) -> str | None:
    """The codec of UTF-32 or UTF-16 text without BOM, recognised by where its zero bytes fall."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    quarters = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    if quarters[1] > 0.9 and quarters[2] > 0.9 and quarters[3] > 0.9 and quarters[0] < 0.5:
        return "utf-32-le"
    if quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[2] > 0.9 and quarters[3] < 0.5:
        return "utf-32-be"
    even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.7 and even < 0.3:
        return "utf-16-le"
    if even > 0.7 and odd < 0.3:
        return "utf-16-be"
    return None


def _valid_utf8(data: bytes, start: int, budget: Budget) -> bool:
    """Whether the bytes are UTF-8, checked in chunks so that the decoded text is never kept."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for offset in range(start, len(data), CHUNK):
            budget.check()
            decoder.decode(data[offset : offset + CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _codec(data: bytes, budget: Budget) -> tuple[str, int]:
    """(codec, offset of the text): a BOM's codec, UTF-16/32 recognised without BOM, UTF-8, or "mixed"
    (UTF-8 where a line is valid UTF-8, Windows-1252 otherwise: what Dutch Excel and copy-paste produce)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 0
    if data.startswith(codecs.BOM_UTF8):
        if not _valid_utf8(data, len(codecs.BOM_UTF8), budget):
            raise _undecodable()
        return "utf-8", len(codecs.BOM_UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    described = describe_binary(data)
    if described:
        raise not_a_table(described)
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(Msg("ingest.file.zip_not_xlsx_name"))
    wide = _utf16_32_without_bom(data)
    if wide is not None:
        return wide, 0
    return ("utf-8" if _valid_utf8(data, 0, budget) else "mixed"), 0


def _looks_binary(text: str) -> bool:
    """Control characters other than tab and line breaks do not occur in a real table."""
    if not text:
        return False
    control = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f")
    return control > max(2, len(text) // 200)


def _too_many_nul(nul: int, chars: int) -> bool:
    return nul > max(2, chars // 200)


class TextLines:
    """The decoded lines of a CSV (each with its line break), produced one by one; NUL characters are taken
    out and counted. ``finish`` adds the file-level warnings once every line is read."""

    def __init__(self, data: bytes, budget: Budget) -> None:
        self.data, self.budget = data, budget
        self.codec, self.start = _codec(data, budget)
        self.nul = self.chars = 0
        self.utf8_lines = self.cp1252_lines = 0
        sample = self._sample()
        if _looks_binary(sample) or _too_many_nul(sample.count("\x00"), len(sample)):
            raise not_a_table("ingest.binary.other")

    def _sample(self) -> str:
        piece = self.data[self.start : self.start + SAMPLE]
        codec = "cp1252" if self.codec == "mixed" else self.codec
        try:
            return piece.decode(codec, errors="ignore")
        except LookupError:  # pragma: no cover - the codecs above all exist
            return ""

    def __iter__(self) -> Iterator[str]:
        lines = self._byte_lines() if self.codec in ("utf-8", "mixed") else self._wide_lines()
        for number, line in enumerate(lines):
            if number % 1024 == 0:
                self.budget.check()
            if "\x00" in line:
                self.nul += line.count("\x00")
                line = line.replace("\x00", "")
            self.chars += len(line)
            yield line

    def _byte_lines(self) -> Iterator[str]:
        for match in _BYTE_LINE.finditer(self.data, self.start):
            raw = match.group()
            try:
                line = raw.decode("utf-8")
                self.utf8_lines += not raw.isascii()
            except UnicodeDecodeError:
                # Only in a "mixed" file (a UTF-8 file was checked as a whole).
                try:
                    line = raw.decode("cp1252")
                except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: latin-1 reads every byte
                    line = raw.decode("latin-1")
                self.cp1252_lines += 1
            yield line

    def _wide_lines(self) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(self.codec)()
        pending = ""
        try:
            for offset in range(self.start, len(self.data), CHUNK):
                self.budget.check()
                pending += decoder.decode(self.data[offset : offset + CHUNK])
                # A "\r" at the end may be the first half of "\r\n": it waits for the next chunk.
                usable = len(pending) - 1 if pending.endswith("\r") else len(pending)
                end = 0
                for match in _TEXT_LINE.finditer(pending, 0, usable):
                    yield match.group()
                    end = match.end()
                pending = pending[end:]
            pending += decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise _undecodable() from exc
        end = 0
        for match in _TEXT_LINE.finditer(pending):
            yield match.group()
            end = match.end()
        if pending[end:]:
            yield pending[end:]

    def finish(self, warnings: list[Msg]) -> None:
        """After the last line: refuse a file that is mostly NUL characters, warn about removed ones and about
        a file that mixes two encodings."""
        if _too_many_nul(self.nul, self.chars):
            raise not_a_table("ingest.binary.other")
        if self.utf8_lines and self.cp1252_lines:
            warnings.append(Msg("hardening.mixed_encoding"))
        if self.nul:
            warnings.append(Msg("hardening.nul_removed", n=self.nul))


def _cells(line: str, delimiter: str) -> list[str]:
    """Cells of one line, respecting quotes; plain splitting when the csv module refuses the line."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _required_known(cells: list[str]) -> tuple[int, int]:
    """(required columns, known columns) a line names."""
    known = {canonical_column(cell) for cell in cells if cell.strip()} - {None}
    return len(known & set(schema.REQUIRED_COLUMNS)), len(known)


def detect_delimiter(lines: list[str]) -> str:
    """The separator of the first lines.

    The header is the one line whose content we know: the separator that makes some line name at least two
    required columns (the most known ones wins) is it, so a title above the header does not mislead. Without
    such a line, the separator that splits the first line into the most cells; the sniffer only breaks ties.
    """
    best: tuple[int, int] = (0, 0)
    chosen = None
    for delimiter in _DELIMITERS:
        for line in lines:
            if line.count(delimiter) >= MAX_LINE_CELLS:
                continue
            required, known = _required_known(_cells(line.rstrip("\r\n"), delimiter))
            if required >= 2 and (known, required) > best:
                best, chosen = (known, required), delimiter
    if chosen is not None:
        return chosen
    header_line = next((line.rstrip("\r\n") for line in lines if line.strip()), "")
    counts = {
        d: len(_cells(header_line, d)) if header_line.count(d) < MAX_LINE_CELLS else 0 for d in _DELIMITERS
    }
    most = max(counts.values())
    tied = [d for d in _DELIMITERS if counts[d] == most]
    if len(tied) == 1:
        return tied[0]
    try:
        sniffed = csv.Sniffer().sniff("".join(lines)[:8192], delimiters="".join(tied)).delimiter
    except csv.Error:
        return tied[0]
    return sniffed if sniffed in tied else tied[0]


def _swallowed_rows(cells: list[str], delimiter: str, width: int) -> bool:
    """True when a cell holds a line break followed by a line that looks like rows of the file (many
    separators): a real multi-line cell (an address, a note) has few or none."""
    needed = max(2, width // 3)
    return any(
        any(line.count(delimiter) >= needed for line in cell.splitlines()[1:])
        for cell in cells
        if "\n" in cell or "\r" in cell
    )


def _capped(lines: Iterator[str], delimiter: str, first_line: int) -> Iterator[str]:
    """The lines, refusing one with more cells than Excel has columns before the csv module splits it."""
    for number, line in enumerate(lines, start=first_line):
        if line.count(delimiter) >= MAX_LINE_CELLS:
            cap = Localized.of(lambda lang: fmt_int(MAX_LINE_CELLS, lang))
            raise ImportFileError(Msg("read.csv.line_too_wide", line=number, cap=cap))
        yield line


def csv_records(text: TextLines) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) per CSV record as Excel numbers rows; a quoted line break stays inside its cell."""
    lines = iter(text)
    peeked: list[str] = []
    size = 0
    for line in lines:
        peeked.append(line)
        size += len(line)
        if len(peeked) >= _PEEK_LINES or size >= _PEEK_CHARS:
            break
    first_line = 1
    sep = _SEP_LINE.fullmatch(peeked[0].rstrip("\r\n")) if peeked else None
    if sep is not None:
        # Excel's hint: it uses the separator and hides the line, so row 1 is the line after it.
        delimiter = sep.group(1)
        peeked.pop(0)
        first_line = 2
    else:
        delimiter = detect_delimiter(peeked)
    reader = csv.reader(_capped(_chain(peeked, lines), delimiter, first_line), delimiter=delimiter)
    width = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if width and _swallowed_rows(cells, delimiter, width):
                raise ImportFileError(Msg("hardening.unclosed_quote", row=number))
            width = max(width, len(cells))
            yield number, cells
    except csv.Error as exc:
        raise ImportFileError(Msg("ingest.file.csv_unreadable", line=reader.line_num)) from exc


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    first.clear()
    yield from rest
