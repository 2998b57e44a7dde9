"""What goes into the data files: records, rejected rows and the template (CSV and XLSX).

They are written by ``export.writer`` (its conventions: formula-safe cells, UTF-8 with BOM, ";"). These files
are meant to be uploaded again, so they carry no provenance block: the importer reads them as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dashboard.core import schema
from dashboard.core.insurers import INSURERS, insurer_aliases
from dashboard.export import writer
from dashboard.i18n import t
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.ingest.validation import ERROR_JOINER, ImportResult
from dashboard.ingest.vocab import VOCABULARIES, level_allowed_text
from dashboard.register.importing import ImportPreview
from dashboard.register.records import to_cells

EXPORT_COLUMNS: Final = (*schema.COLUMNS, schema.EXAMPLE_COLUMN)
NUMBER_COLUMNS: Final = frozenset({"jaar", "startjaar", "bronrij", "rij"})
TEMPLATE_SHEET: Final = "initiatieven"
ALLOWED_SHEET: Final = "toegestane waarden"
INSTRUCTION_SHEET: Final = "instructie"


def _frame_rows(df: pd.DataFrame, columns: Sequence[str]) -> list[list[object]]:
    present = [column for column in columns if column in df.columns]
    table = df[present].to_dict(orient="records")
    return [[record.get(column, "") for column in columns] for record in table]


def records_to_csv_bytes(df: pd.DataFrame) -> bytes:
    """Records in the file format (codes, lists joined with "; "), so the file can be imported again."""
    return writer.csv_bytes(EXPORT_COLUMNS, _frame_rows(df, EXPORT_COLUMNS))


def records_to_xlsx_bytes(df: pd.DataFrame) -> bytes:
    workbook = Workbook()
    sheet = writer.first_sheet(workbook, TEMPLATE_SHEET)
    writer.write_sheet(sheet, EXPORT_COLUMNS, _frame_rows(df, EXPORT_COLUMNS))
    return writer.workbook_bytes(workbook)


def import_rejected_csv_bytes(preview: ImportPreview, lang: str = "nl") -> bytes:
    """An import's rejected rows, as `rejected_to_csv_bytes` writes a file's: the validator's rejections and
    the rows the register refused (outside the user's area, withdrawn) with their cells, row number and
    messages, in the file's row order, so the user can correct them and import that file again."""
    rejected = preview.result.rejected_in(lang)
    row_column, errors_column = t("ingest.rejected.row", lang), t("ingest.rejected.errors", lang)
    refused_rows = []
    for row, initiative in preview.refused_records.items():
        messages = [issue.text(lang) for issue in preview.refused if issue.row == row]
        refused_rows.append(
            {row_column: row, errors_column: ERROR_JOINER.join(messages), **to_cells(initiative)}
        )
    frame = pd.concat([rejected, pd.DataFrame(refused_rows)], ignore_index=True) if refused_rows else rejected
    if row_column in frame.columns and len(frame):
        frame = frame.sort_values(row_column, kind="stable")
    frame = frame.fillna("")
    return writer.csv_bytes([str(c) for c in frame.columns], frame.itertuples(index=False, name=None))


def rejected_to_csv_bytes(result: ImportResult, lang: str = "nl") -> bytes:
    """The rejected rows with their original cells, row number and messages, for the user to correct."""
    rejected = result.rejected_in(lang)
    return writer.csv_bytes([str(c) for c in rejected.columns], rejected.itertuples(index=False, name=None))


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
    },
)

# The instruction sheet, line by line from the catalogue; column and sheet names stay as the file format has them.
_INSTRUCTION_KEYS: Final = (
    "rows",
    "columns",
    "lists",
    "gemeenten",
    "level",
    "coalition",
    "parties",
    "gala",
    "fixed",
    "source",
    "examples",
    "save",
)


def instruction_lines(lang: str = "nl") -> list[str]:
    """The template's instruction sheet in the reader's language: a title, a blank line, one line per rule."""
    values = {
        "levels": level_allowed_text(lang),
        "sheet": ALLOWED_SHEET,
        "mb": MAX_UPLOAD_BYTES // 1024 // 1024,
    }
    rules = [t(f"template.instruction.{key}", lang, **values) for key in _INSTRUCTION_KEYS]
    return [t("template.instruction.title", lang), "", *rules]


def allowed_values_rows(lang: str = "nl") -> list[tuple[str, str, str, str]]:
    """(kolom, code, omschrijving, ook goed) for the template's sheet of allowed values, described in `lang`."""
    rows: list[tuple[str, str, str, str]] = []
    for column, vocab in VOCABULARIES.items():
        for code in vocab.codes:
            rows.append((column, code, vocab.label(code, lang), ", ".join(vocab.other_spellings(code))))
    rows.append(("preventiecoalitie", "ja", t("template.allowed.coalition_yes", lang), "true, 1, yes, waar"))
    rows.append(
        ("preventiecoalitie", "nee", t("template.allowed.coalition_no", lang), "false, 0, no, onwaar")
    )
    aliases = insurer_aliases()
    for name in INSURERS:
        also = [alias for alias, target in aliases.items() if target == name]
        rows.append(("zorgverzekeraars", name, t("template.allowed.insurer", lang), ", ".join(also)))
    rows.append(("gemeenten", "GM0363", t("template.allowed.gemeente", lang), "Amsterdam, 363, GM0363"))
    rows.append(("jaar", f"{schema.MIN_YEAR}–{schema.MAX_YEAR}", t("template.allowed.year", lang), ""))
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


def _template_rows(lang: str) -> list[list[str]]:
    """The example rows; their toelichting tells the reader, in their language, to delete them."""
    note = {"toelichting": t("template.example.note", lang)}
    return [[(example | note).get(column, "") for column in schema.COLUMNS] for example in TEMPLATE_EXAMPLES]


def template_xlsx_bytes(lang: str = "nl") -> bytes:
    """The template: 'initiatieven' (header + 2 example rows), 'toegestane waarden' and 'instructie'.

    The sheet and column names are the file format and stay Dutch; descriptions and instructions are in `lang`.
    """
    workbook = Workbook()
    sheet = writer.first_sheet(workbook, TEMPLATE_SHEET)
    writer.write_sheet(sheet, schema.COLUMNS, _template_rows(lang))
    _add_dropdowns(sheet, 1000)

    allowed = workbook.create_sheet(ALLOWED_SHEET)
    writer.write_sheet(
        allowed,
        tuple(t(f"template.allowed.header.{name}", lang) for name in ("column", "value", "label", "also")),
        allowed_values_rows(lang),
        widths=(22, 30, 60, 60),
    )

    instruction = workbook.create_sheet(INSTRUCTION_SHEET)
    for line in instruction_lines(lang):
        instruction.append([writer.safe_cell(line)])
    instruction.column_dimensions["A"].width = 120
    instruction["A1"].font = Font(bold=True, size=14)
    for row in instruction.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    return writer.workbook_bytes(workbook)


def template_csv_bytes(lang: str = "nl") -> bytes:
    return writer.csv_bytes(schema.COLUMNS, _template_rows(lang))
