"""Texts of the data page (upload, validation report, downloads)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "gegevens.title": {"nl": "Gegevens", "en": "Data"},
    "gegevens.intro": {
        "nl": "Het dashboard toont het register: de gedeelde lijst van initiatieven (bij de start de "
        "meegeleverde voorbeelddata). Laad uw eigen overzicht van initiatieven (CSV of Excel, één rij per "
        "initiatief per peiljaar) om het te bekijken, alleen of naast het register. Uw bestand geldt alleen "
        "voor uw eigen sessie en wordt niet bewaard; opslaan in het register doet u op de pagina Register.",
        "en": "The dashboard shows the register: the shared list of initiatives (at the start, the shipped "
        "example data). Load your own list of initiatives (CSV or Excel, one row per initiative per year) to "
        "view it, alone or beside the register. Your file applies to your session only and is not stored; "
        "saving into the register is done on the Register page.",
    },
    "gegevens.template": {"nl": "Sjabloon", "en": "Template"},
    "gegevens.template.xlsx": {"nl": "Sjabloon downloaden (Excel)", "en": "Download template (Excel)"},
    "gegevens.template.csv": {"nl": "Sjabloon downloaden (CSV)", "en": "Download template (CSV)"},
    "gegevens.upload": {"nl": "Eigen bestand laden", "en": "Load your own file"},
    "gegevens.upload.label": {
        "nl": "Kies een CSV- of Excelbestand (maximaal {mb} MB)",
        "en": "Choose a CSV or Excel file (at most {mb} MB)",
    },
    "gegevens.upload.help": {
        "nl": "Komma of puntkomma als scheidingsteken; UTF-8 of Windows-1252 (zoals Excel opslaat).",
        "en": "Comma or semicolon separated; UTF-8 or Windows-1252 (as Excel saves).",
    },
    "gegevens.reset": {"nl": "Terug naar het register", "en": "Back to the register"},
    "gegevens.report": {"nl": "Controle van {file}", "en": "Check of {file}"},
    "gegevens.rows_total": {"nl": "Rijen in bestand", "en": "Rows in file"},
    "gegevens.rows_accepted": {"nl": "Rijen geaccepteerd", "en": "Rows accepted"},
    "gegevens.rows_rejected": {"nl": "Rijen afgekeurd", "en": "Rows rejected"},
    "gegevens.no_issues": {
        "nl": "Geen opmerkingen: alle rijen zijn in orde.",
        "en": "No remarks: every row is fine.",
    },
    "gegevens.download_rejected": {
        "nl": "Afgekeurde rijen downloaden (met foutmeldingen)",
        "en": "Download rejected rows (with messages)",
    },
    "gegevens.records": {"nl": "Getoonde initiatieven", "en": "Initiatives shown"},
    "gegevens.download_records": {"nl": "Initiatieven downloaden (CSV)", "en": "Download initiatives (CSV)"},
    "gegevens.download_records_xlsx": {
        "nl": "Initiatieven downloaden (Excel)",
        "en": "Download initiatives (Excel)",
    },
    "issues.row": {"nl": "Rij", "en": "Row"},
    "issues.column": {"nl": "Kolom", "en": "Column"},
    "issues.value": {"nl": "Waarde", "en": "Value"},
    "issues.severity": {"nl": "Soort", "en": "Kind"},
    "issues.message": {"nl": "Melding", "en": "Message"},
    "issues.error": {"nl": "fout (rij afgekeurd)", "en": "error (row rejected)"},
    "issues.warning": {"nl": "waarschuwing (rij behouden)", "en": "warning (row kept)"},
}
