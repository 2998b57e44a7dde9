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
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.ingest.validation import ImportResult
from dashboard.ingest.vocab import VOCABULARIES, level_allowed_text

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
    sheet = writer.first_sheet(workbook, TEMPLATE_SHEET)
    writer.write_sheet(sheet, schema.COLUMNS, _template_rows())
    _add_dropdowns(sheet, 1000)

    allowed = workbook.create_sheet(ALLOWED_SHEET)
    writer.write_sheet(
        allowed,
        ("kolom", "waarde", "omschrijving", "ook goed"),
        allowed_values_rows(),
        widths=(22, 30, 60, 60),
    )

    instruction = workbook.create_sheet(INSTRUCTION_SHEET)
    for line in INSTRUCTION_LINES:
        instruction.append([writer.safe_cell(line)])
    instruction.column_dimensions["A"].width = 120
    instruction["A1"].font = Font(bold=True, size=14)
    for row in instruction.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    return writer.workbook_bytes(workbook)


def template_csv_bytes() -> bytes:
    return writer.csv_bytes(schema.COLUMNS, _template_rows())
