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
    # The template workbook: the instruction sheet and the descriptions on the sheet of allowed values
    "template.instruction.title": {"nl": "Zo vult u het sjabloon in", "en": "How to fill in the template"},
    "template.instruction.rows": {
        "nl": "Eén rij per initiatief per jaar. Loopt een initiatief in 2019 en 2020, dan krijgt het twee rijen met "
        "hetzelfde id en een ander jaar.",
        "en": "One row per initiative per year. An initiative that runs in 2019 and 2020 gets two rows with the same "
        "id and a different year.",
    },
    "template.instruction.columns": {
        "nl": "Laat de kolomnamen in de eerste rij staan. Verplicht zijn: id, naam, jaar en gemeenten; de andere "
        "kolommen mag u leeg laten.",
        "en": "Keep the column names in the first row as they are (they are Dutch on purpose). Required: id, naam, "
        "jaar and gemeenten; the other columns may stay empty.",
    },
    "template.instruction.lists": {
        "nl": "Meerdere waarden in één cel (gemeenten, wijken, partijen, interventies, ...) scheidt u met een "
        "puntkomma (;), bijvoorbeeld: Zwolle; Kampen.",
        "en": "Separate several values in one cell (gemeenten, wijken, partijen, interventies, ...) with a "
        "semicolon (;), for example: Zwolle; Kampen.",
    },
    "template.instruction.gemeenten": {
        "nl": "Gemeenten: vul de naam of de gemeentecode in (bijvoorbeeld Amsterdam of GM0363). Oude gemeenten "
        "(zoals Weesp of Haaren) worden omgezet naar de indeling van 2025; u krijgt daarvan een melding. Bij "
        "namen die vaker voorkomen (Bergen) vult u de volledige naam in: Bergen (NH.) of Bergen (L.).",
        "en": "Gemeenten: fill in the name or the gemeente code (for example Amsterdam or GM0363). Former "
        "gemeenten (such as Weesp or Haaren) are converted to the 2025 division, with a notice. Where a name "
        "occurs more than once (Bergen), use the full name: Bergen (NH.) or Bergen (L.).",
    },
    "template.instruction.level": {
        "nl": "Samenwerkingsniveau: een getal of de omschrijving: {levels}. Leeg betekent onbekend.",
        "en": "Samenwerkingsniveau (collaboration level): a number or the description: {levels}. Empty means "
        "unknown.",
    },
    "template.instruction.coalition": {
        "nl": "Een preventiecoalitie heeft altijd niveau 6 (formele afspraken). De kolom afspraken vult u alleen in "
        "bij niveau 5 of 6.",
        "en": "A preventiecoalitie always has level 6 (formal agreements). Fill in the column afspraken only at "
        "level 5 or 6.",
    },
    "template.instruction.parties": {
        "nl": "Partijen, interventies en doelgroepen: gebruik bij voorkeur de omschrijvingen uit het tabblad "
        "'{sheet}'. Andere namen (bijvoorbeeld woningcorporatie) mogen ook; die worden als tekst bewaard.",
        "en": "Partijen, interventies and doelgroepen: preferably use the descriptions of the sheet '{sheet}' "
        "(allowed values). Other names (for example woningcorporatie) are accepted too and kept as text.",
    },
    "template.instruction.gala": {
        "nl": "Interventies vanaf peiljaar 2023: u mag de namen van de vijf GALA-ketenaanpakken gebruiken: Kansrijke "
        "Start, Kind naar Gezonder Gewicht (= kinderen met overgewicht), GLI, Sociaal verwijzen (= Welzijn op "
        "Recept) en Valpreventie.",
        "en": "Interventions from peiljaar 2023 on: you may use the names of the five GALA chain approaches: "
        "Kansrijke Start, Kind naar Gezonder Gewicht (= kinderen met overgewicht), GLI, Sociaal verwijzen "
        "(= Welzijn op Recept) and Valpreventie.",
    },
    "template.instruction.fixed": {
        "nl": "Financiering, afspraken, reikwijdte en GLI-programma's: alleen de waarden uit het tabblad '{sheet}'.",
        "en": "Financiering, afspraken, reikwijdte and gli_programmas: only the values of the sheet '{sheet}'.",
    },
    "template.instruction.source": {
        "nl": "Bron: een webadres (https://...) wordt een link; andere tekst blijft tekst.",
        "en": "Bron (source): a web address (https://...) becomes a link; other text stays text.",
    },
    "template.instruction.examples": {
        "nl": "Verwijder de twee voorbeeldrijen voordat u uw eigen gegevens invult.",
        "en": "Delete the two example rows before you fill in your own data.",
    },
    "template.instruction.save": {
        "nl": "Sla het bestand op als Excel-werkmap (.xlsx) of als CSV (puntkomma of komma als scheidingsteken); "
        "de grens is {mb} MB.",
        "en": "Save the file as an Excel workbook (.xlsx) or as CSV (semicolon or comma as separator); the limit "
        "is {mb} MB.",
    },
    "template.example.note": {
        "nl": "Verzonnen voorbeeld: verwijder deze rij voordat u uw eigen gegevens invult.",
        "en": "Made-up example: delete this row before you fill in your own data.",
    },
    "template.allowed.header.column": {"nl": "kolom", "en": "column"},
    "template.allowed.header.value": {"nl": "waarde", "en": "value"},
    "template.allowed.header.label": {"nl": "omschrijving", "en": "description"},
    "template.allowed.header.also": {"nl": "ook goed", "en": "also accepted"},
    "template.allowed.coalition_yes": {
        "nl": "ja, dit is een preventiecoalitie",
        "en": "yes, this is a preventiecoalitie",
    },
    "template.allowed.coalition_no": {
        "nl": "nee (ook als de cel leeg is)",
        "en": "no (also when the cell is empty)",
    },
    "template.allowed.insurer": {
        "nl": "zorgverzekeraar (andere namen mogen ook)",
        "en": "health insurer (other names are accepted too)",
    },
    "template.allowed.gemeente": {
        "nl": "gemeentecode of naam volgens de indeling 2025 (oude codes en namen worden omgezet)",
        "en": "gemeente code or name in the 2025 division (former codes and names are converted)",
    },
    "template.allowed.year": {
        "nl": "het jaar waarover de rij gaat (peiljaar)",
        "en": "the year the row is about (peiljaar)",
    },
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
