"""Every CSV and XLSX the app writes: records, rejected rows and the template.

Everything goes through `safe_cell`, so a value like "=HYPERLINK(...)" that a user typed (or that came in
with an upload) is shown as text by Excel instead of being run as a formula. CSVs are written the way Dutch
Excel opens them without a wizard: UTF-8 with BOM and ";" as separator (cells holding ";" are quoted).
"""

from __future__ import annotations

import csv
import io
import math
import numbers
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dashboard.core import schema
from dashboard.core.insurers import INSURERS, insurer_aliases
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.ingest.validation import ImportResult
from dashboard.ingest.vocab import VOCABULARIES, level_allowed_text

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
CSV_SEPARATOR: Final = ";"
# A formula character at the start of a part after a separator (a lone "-" as in "5,-" is no formula).
_SEGMENT_FORMULA: Final = re.compile(r"([,;\t][ ]*)(?=[=+@\r]|-\S)")
# Items of a list cell; split_list on import strips the space again.
LIST_JOINER: Final = f"{schema.LIST_SEPARATOR} "
EXPORT_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)
NUMBER_COLUMNS: Final = frozenset({"jaar", "startjaar", "bronrij", "rij"})
TEMPLATE_SHEET: Final = "initiatieven"
ALLOWED_SHEET: Final = "toegestane waarden"
INSTRUCTION_SHEET: Final = "instructie"


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
    is_list = isinstance(value, (tuple, list))
    text = LIST_JOINER.join(str(item) for item in value) if is_list else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def csv_cell(value: object) -> object:
    """A CSV cell: a number as a number (written bare), everything else as guarded text (written quoted).

    Text is guarded at its start and after every , ; or tab: a spreadsheet that splits on another
    separator than ours sees a new cell there (the importer removes these marks again).
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and not _is_missing(value):
        return int(value) if float(value).is_integer() else float(value)
    return _SEGMENT_FORMULA.sub(r"\1'", safe_cell(value))


def csv_writer(buffer: io.StringIO) -> Any:
    """The one CSV dialect of every export: ";" and every text cell quoted.

    Quoting is what keeps a text cell one cell when a spreadsheet splits on another separator (a comma, a
    tab): unquoted, "a,=HYPERLINK(...)" becomes a second cell that starts a formula, past the guard of
    `safe_cell`, which only sees the start of the whole cell.
    """
    return csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)


def _xlsx_value(value: object) -> object:
    """Numbers stay numbers in Excel; everything else becomes guarded text without XML-illegal characters."""
    if isinstance(value, numbers.Real) and not isinstance(value, bool) and not _is_missing(value):
        return int(value) if float(value).is_integer() else float(value)
    return ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value))


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer)
    writer.writerow([csv_cell(name) for name in header])
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _frame_rows(df: pd.DataFrame, columns: Sequence[str]) -> list[list[object]]:
    present = [column for column in columns if column in df.columns]
    table = df[present].to_dict(orient="records")
    return [[record.get(column, "") for column in columns] for record in table]


def records_to_csv_bytes(df: pd.DataFrame) -> bytes:
    """Records in the file format (codes, lists joined with "; "), so the file can be imported again."""
    return _csv_bytes(EXPORT_COLUMNS, _frame_rows(df, EXPORT_COLUMNS))


def _style_header(sheet: Worksheet, widths: Sequence[int]) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"


def _write_sheet(sheet: Worksheet, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    sheet.append([_xlsx_value(name) for name in header])
    for row in rows:
        sheet.append([_xlsx_value(value) for value in row])
    _style_header(sheet, [max(10, min(40, len(name) + 4)) for name in header])


def _workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def records_to_xlsx_bytes(df: pd.DataFrame) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = TEMPLATE_SHEET
    _write_sheet(sheet, EXPORT_COLUMNS, _frame_rows(df, EXPORT_COLUMNS))
    return _workbook_bytes(workbook)


def rejected_to_csv_bytes(result: ImportResult, lang: str = "nl") -> bytes:
    """The rejected rows with their original cells, row number and messages, for the user to correct."""
    rejected = result.rejected_in(lang)
    return _csv_bytes([str(c) for c in rejected.columns], rejected.itertuples(index=False, name=None))


# --------------------------------------------------------------------------------------------------------------
# Template

# Two made-up rows that show every column filled in the forms people use (labels, numbers, names).
TEMPLATE_EXAMPLES: Final[tuple[dict[str, str], ...]] = (
    {
        "id": "voorbeeld-1",
        "naam": "Voorbeeld: Samen gezond in de wijk",
        "jaar": "2020",
        "preventiecoalitie": "nee",
        "reikwijdte": "wijk",
        "gemeenten": "Zwolle",
        "wijken": "Holtenbroek; Aa-landen",
        "samenwerkingsniveau": "informele afspraken",
        "afspraken": "inhoud",
        "financiering": "Wmo; Zvw",
        "zorgverzekeraars": "Zilveren Kruis",
        "partijen": "gemeente; zorgverzekeraar; huisartsen; welzijnsorganisaties; buurtsportcoach",
        "interventies": "Welzijn op Recept; valpreventie",
        "gli_programmas": "",
        "doelgroepen": "(kwetsbare) ouderen; mantelzorgers",
        "startjaar": "2019",
        "bron": "https://www.loketgezondleven.nl/",
        "toelichting": "Verzonnen voorbeeld: verwijder deze rij voordat u uw eigen gegevens invult.",
    },
    {
        "id": "voorbeeld-2",
        "naam": "Voorbeeld: Regionale preventiecoalitie",
        "jaar": "2020",
        "preventiecoalitie": "ja",
        "reikwijdte": "regio",
        "gemeenten": "Tilburg; Goirle; GM0824",
        "wijken": "",
        "samenwerkingsniveau": "6",
        "afspraken": "beide",
        "financiering": "Zvw; Wpg",
        "zorgverzekeraars": "VGZ",
        "partijen": "gemeente; zorgverzekeraar; GGD; kennisinstituten/universiteiten; beroepsonderwijs",
        "interventies": "GLI; kinderen met overgewicht",
        "gli_programmas": "CooL; Beweegkuur",
        "doelgroepen": "jongeren; mensen met overgewicht",
        "startjaar": "2017",
        "bron": "Verslag regiobijeenkomst 2020",
        "toelichting": "Verzonnen voorbeeld: verwijder deze rij voordat u uw eigen gegevens invult.",
    },
)

INSTRUCTION_LINES: Final = (
    "Zo vult u het sjabloon in",
    "",
    "Eén rij per initiatief per jaar. Loopt een initiatief in 2019 en 2020, dan krijgt het twee rijen met "
    "hetzelfde id en een ander jaar.",
    "Laat de kolomnamen in de eerste rij staan. Verplicht zijn: id, naam, jaar en gemeenten; de andere "
    "kolommen mag u leeg laten.",
    "Meerdere waarden in één cel (gemeenten, wijken, partijen, interventies, ...) scheidt u met een "
    "puntkomma (;), bijvoorbeeld: Zwolle; Kampen.",
    "Gemeenten: vul de naam of de gemeentecode in (bijvoorbeeld Amsterdam of GM0363). Oude gemeenten "
    "(zoals Weesp of Haaren) worden omgezet naar de indeling van 2025; u krijgt daarvan een melding. Bij "
    "namen die vaker voorkomen (Bergen) vult u de volledige naam in: Bergen (NH.) of Bergen (L.).",
    f"Samenwerkingsniveau: een getal of de omschrijving: {level_allowed_text()}. Leeg betekent onbekend.",
    "Een preventiecoalitie heeft altijd niveau 6 (formele afspraken). De kolom afspraken vult u alleen in "
    "bij niveau 5 of 6.",
    "Partijen, interventies en doelgroepen: gebruik bij voorkeur de omschrijvingen uit het tabblad "
    "'toegestane waarden'. Andere namen (bijvoorbeeld woningcorporatie) mogen ook; die worden als tekst "
    "bewaard.",
    "Interventies vanaf peiljaar 2023: u mag de namen van de vijf GALA-ketenaanpakken gebruiken: Kansrijke "
    "Start, Kind naar Gezonder Gewicht (= kinderen met overgewicht), GLI, Sociaal verwijzen (= Welzijn op "
    "Recept) en Valpreventie.",
    "Financiering, afspraken, reikwijdte en GLI-programma's: alleen de waarden uit het tabblad "
    "'toegestane waarden'.",
    "Bron: een webadres (https://...) wordt een link; andere tekst blijft tekst.",
    "Verwijder de twee voorbeeldrijen voordat u uw eigen gegevens invult.",
    "Sla het bestand op als Excel-werkmap (.xlsx) of als CSV (puntkomma of komma als scheidingsteken); "
    f"de grens is {MAX_UPLOAD_BYTES // 1024 // 1024} MB.",
)


def allowed_values_rows() -> list[tuple[str, str, str, str]]:
    """(kolom, code, omschrijving, ook goed) for the template's sheet of allowed values."""
    rows: list[tuple[str, str, str, str]] = []
    for column, vocab in VOCABULARIES.items():
        for code in vocab.codes:
            rows.append((column, code, vocab.label(code), ", ".join(vocab.other_spellings(code))))
    rows.append(("preventiecoalitie", "ja", "ja, dit is een preventiecoalitie", "true, 1, yes, waar"))
    rows.append(("preventiecoalitie", "nee", "nee (ook als de cel leeg is)", "false, 0, no, onwaar"))
    aliases = insurer_aliases()
    for name in INSURERS:
        also = [alias for alias, target in aliases.items() if target == name]
        rows.append(("zorgverzekeraars", name, "zorgverzekeraar (andere namen mogen ook)", ", ".join(also)))
    rows.append(
        (
            "gemeenten",
            "GM0363",
            "gemeentecode of naam volgens de indeling 2025 (oude codes en namen worden omgezet)",
            "Amsterdam, 363, GM0363",
        )
    )
    rows.append(
        ("jaar", f"{schema.MIN_YEAR}–{schema.MAX_YEAR}", "het jaar waarover de rij gaat (peiljaar)", "")
    )
    return rows


def _add_dropdowns(sheet: Worksheet, rows: int) -> None:
    """Drop-down lists that suggest the codes but accept other forms too (numbers, labels)."""
    lists = {
        "preventiecoalitie": ("ja", "nee"),
        "reikwijdte": schema.REACH,
        "samenwerkingsniveau": schema.LEVELS,
        "afspraken": schema.AGREEMENTS,
    }
    for column, values in lists.items():
        letter = get_column_letter(schema.COLUMNS.index(column) + 1)
        validation = DataValidation(type="list", formula1=f'"{",".join(values)}"', allow_blank=True)
        # A suggestion, not a lock: "6" or "formele afspraken" must remain possible.
        validation.showErrorMessage = False
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{rows}")


def _template_rows() -> list[list[str]]:
    return [[example.get(column, "") for column in schema.COLUMNS] for example in TEMPLATE_EXAMPLES]


def template_xlsx_bytes() -> bytes:
    """The template: 'initiatieven' (header + 2 example rows), 'toegestane waarden' and 'instructie'."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = TEMPLATE_SHEET
    _write_sheet(sheet, schema.COLUMNS, _template_rows())
    _add_dropdowns(sheet, 1000)

    allowed = workbook.create_sheet(ALLOWED_SHEET)
    _write_sheet(allowed, ("kolom", "waarde", "omschrijving", "ook goed"), allowed_values_rows())
    _style_header(allowed, (22, 30, 60, 60))

    instruction = workbook.create_sheet(INSTRUCTION_SHEET)
    for line in INSTRUCTION_LINES:
        instruction.append([safe_cell(line)])
    instruction.column_dimensions["A"].width = 120
    instruction["A1"].font = Font(bold=True, size=14)
    for row in instruction.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    return _workbook_bytes(workbook)


def template_csv_bytes() -> bytes:
    return _csv_bytes(schema.COLUMNS, _template_rows())
