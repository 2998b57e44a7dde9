"""Messages of the importer (reading a file, validating its rows): what a civil servant reads in the report.

The Dutch wording is the one users and the tests know; keys are ``ingest.<what>``. Parameters are filled by
``dashboard.i18n.messages.Msg`` when the report is shown, in the reader's language.
"""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- the file as a whole (dashboard.ingest.reading)
    "ingest.binary.pdf": {"nl": "een PDF-bestand", "en": "a PDF file"},
    "ingest.binary.old_office": {
        "nl": "een oud Office-bestand (bijvoorbeeld .xls of .doc)",
        "en": "an old Office file (for example .xls or .doc)",
    },
    "ingest.binary.gzip": {"nl": "een gecomprimeerd bestand (gzip)", "en": "a compressed file (gzip)"},
    "ingest.binary.png": {"nl": "een afbeelding (PNG)", "en": "an image (PNG)"},
    "ingest.binary.jpeg": {"nl": "een afbeelding (JPEG)", "en": "an image (JPEG)"},
    "ingest.binary.gif": {"nl": "een afbeelding (GIF)", "en": "an image (GIF)"},
    "ingest.binary.rar": {"nl": "een gecomprimeerd bestand (rar)", "en": "a compressed file (rar)"},
    "ingest.binary.7z": {"nl": "een gecomprimeerd bestand (7z)", "en": "a compressed file (7z)"},
    "ingest.binary.other": {
        "nl": "een binair bestand (geen leesbare tekst)",
        "en": "a binary file (no readable text)",
    },
    "ingest.file.too_large": {
        "nl": "Het bestand is te groot ({size} MB); de grens is {limit} MB. Splits het bestand of verwijder "
        "overbodige tabbladen.",
        "en": "The file is too large ({size} MB); the limit is {limit} MB. Split the file or remove sheets you "
        "do not need.",
    },
    "ingest.file.empty": {"nl": "Het bestand is leeg (0 bytes).", "en": "The file is empty (0 bytes)."},
    "ingest.file.not_a_table": {
        "nl": "Dit bestand is geen tabel maar lijkt {what}. Sla de gegevens op als Excel-werkmap (.xlsx) of als "
        "CSV-bestand (.csv); het sjabloon laat zien hoe.",
        "en": "This file is not a table but looks like {what}. Save the data as an Excel workbook (.xlsx) or as "
        "a CSV file (.csv); the template shows how.",
    },
    "ingest.file.zip_not_xlsx_name": {
        "nl": "Dit bestand is een zip- of Excel-bestand, maar de naam eindigt niet op .xlsx. Geef een "
        "Excel-werkmap de extensie .xlsx, of sla de gegevens op als CSV.",
        "en": "This file is a zip or Excel file, but its name does not end in .xlsx. Give an Excel workbook the "
        "extension .xlsx, or save the data as CSV.",
    },
    "ingest.file.undecodable": {
        "nl": "De tekens in dit bestand kunnen niet worden gelezen. Sla het in Excel op als 'CSV UTF-8 (door "
        "lijstscheidingsteken gescheiden)' en probeer het opnieuw.",
        "en": "The characters in this file cannot be read. Save it in Excel as 'CSV UTF-8 (comma delimited)' "
        "and try again.",
    },
    "ingest.file.csv_unreadable": {
        "nl": "Het CSV-bestand is onleesbaar rond regel {line}: controleer de aanhalingstekens.",
        "en": "The CSV file cannot be read around line {line}: check the quotation marks.",
    },
    "ingest.file.old_xls": {
        "nl": "Dit is een bestand in het oude Excel-formaat (.xls). Open het in Excel en sla het op als "
        "Excel-werkmap (.xlsx).",
        "en": "This is a file in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook "
        "(.xlsx).",
    },
    "ingest.file.invalid_xlsx": {
        "nl": "Dit bestand heeft de extensie .xlsx maar is geen geldig Excel-bestand. Open het in Excel en sla "
        "het opnieuw op als Excel-werkmap (.xlsx).",
        "en": "This file has the extension .xlsx but is not a valid Excel file. Open it in Excel and save it "
        "again as an Excel workbook (.xlsx).",
    },
    "ingest.file.damaged_xlsx": {
        "nl": "Dit Excel-bestand is beschadigd en kan niet worden geopend.",
        "en": "This Excel file is damaged and cannot be opened.",
    },
    "ingest.file.zip_not_workbook": {
        "nl": "Dit is een zip-bestand, geen Excel-werkmap. Sla de gegevens op als Excel-werkmap (.xlsx) of CSV.",
        "en": "This is a zip file, not an Excel workbook. Save the data as an Excel workbook (.xlsx) or CSV.",
    },
    "ingest.file.unzipped_too_large": {
        "nl": "Dit Excel-bestand is uitgepakt te groot om te verwerken. Verwijder overbodige tabbladen of sla "
        "de gegevens op als CSV.",
        "en": "Unpacked, this Excel file is too large to process. Remove sheets you do not need or save the "
        "data as CSV.",
    },
    "ingest.file.unreadable_xlsx": {
        "nl": "Dit Excel-bestand kan niet worden gelezen. Open het in Excel en sla het opnieuw op als "
        "Excel-werkmap (.xlsx).",
        "en": "This Excel file cannot be read. Open it in Excel and save it again as an Excel workbook (.xlsx).",
    },
    "ingest.file.no_sheets": {
        "nl": "Dit Excel-bestand bevat geen tabbladen.",
        "en": "This Excel file has no sheets.",
    },
    "ingest.file.chart_sheet": {
        "nl": "Tabblad '{sheet}' is een grafiek, geen tabel.",
        "en": "Sheet '{sheet}' is a chart, not a table.",
    },
    "ingest.file.nothing": {
        "nl": "Het bestand bevat geen gegevens: er staat niets in.",
        "en": "The file contains no data: there is nothing in it.",
    },
    "ingest.file.one_column": {
        "nl": "Dit bestand lijkt geen tabel: de eerste rij heeft maar één kolom. Zet de kolomnamen (id, naam, "
        "jaar, gemeenten, ...) in de eerste rij, gescheiden door puntkomma's (;), of gebruik het sjabloon.",
        "en": "This file does not look like a table: its first row has only one column. Put the column names "
        "(id, naam, jaar, gemeenten, ...) in the first row, separated by semicolons (;), or use the template.",
    },
    "ingest.file.header_only": {
        "nl": "Het bestand bevat alleen een kopregel en geen initiatieven.",
        "en": "The file contains only a header row and no initiatives.",
    },
    "ingest.file.extension_not_read": {
        "nl": "Bestanden met de extensie {suffix} worden niet gelezen. Sla de gegevens in Excel op als "
        "Excel-werkmap (.xlsx) of als CSV-bestand (.csv).",
        "en": "Files with the extension {suffix} are not read. Save the data in Excel as an Excel workbook "
        "(.xlsx) or as a CSV file (.csv).",
    },
    "ingest.file.type_unsupported": {
        "nl": "Bestandstype {suffix} wordt niet ondersteund. Gebruik een Excel-werkmap (.xlsx) of een "
        "CSV-bestand (.csv).",
        "en": "File type {suffix} is not supported. Use an Excel workbook (.xlsx) or a CSV file (.csv).",
    },
    "ingest.file.no_extension": {"nl": "(geen extensie)", "en": "(no extension)"},
    "ingest.file.cannot_open": {
        "nl": "Het bestand kan niet worden geopend ({reason}).",
        "en": "The file cannot be opened ({reason}).",
    },
    "ingest.file.not_found": {
        "nl": "Bestand of map niet gevonden: {path}",
        "en": "File or folder not found: {path}",
    },
    "ingest.file.folder_empty": {
        "nl": "De map {path} bevat geen CSV- of Excel-bestanden (.csv, .xlsx).",
        "en": "The folder {path} contains no CSV or Excel files (.csv, .xlsx).",
    },
    "ingest.file.no_rows": {
        "nl": "Het bestand bevat geen rijen met initiatieven.",
        "en": "The file contains no rows with initiatives.",
    },
    "ingest.in_file": {"nl": "{file}: {message}", "en": "{file}: {message}"},
    # ---- headers
    "ingest.header.repeated": {
        "nl": "De kolom {column} staat twee keer in de kopregel ('{header}'); alleen de eerste wordt gebruikt.",
        "en": "The column {column} appears twice in the header row ('{header}'); only the first is used.",
    },
    "ingest.header.unknown": {
        "nl": "Onbekende kolommen worden niet gebruikt: {names}. Bekende kolommen: {known}.",
        "en": "Unknown columns are not used: {names}. Known columns: {known}.",
    },
    # ---- rows
    "ingest.level_phrase": {"nl": "niveau {rank} ({label})", "en": "level {rank} ({label})"},
    "ingest.year.not_a_year": {
        "nl": "De waarde '{value}' in {column} is geen jaartal; vul een jaar in zoals 2020.",
        "en": "The value '{value}' in {column} is not a year; fill in a year such as 2020.",
    },
    "ingest.year.impossible": {
        "nl": "Onmogelijk {column} {number}: kies een jaar van {low} tot en met {high}.",
        "en": "Impossible {column} {number}: choose a year from {low} to {high}.",
    },
    "ingest.year.missing": {
        "nl": "Het jaar ontbreekt; vul het peiljaar in (bijvoorbeeld 2020).",
        "en": "The year is missing; fill in the reference year (for example 2020).",
    },
    "ingest.year.start_after": {
        "nl": "Het startjaar {start} ligt na het jaar {year} van deze rij.",
        "en": "The start year {start} is after this row's year {year}.",
    },
    "ingest.level.unknown": {
        "nl": "Onbekend samenwerkingsniveau '{value}'. Vul een getal of omschrijving in: {allowed} (de codes "
        "{codes} mogen ook).",
        "en": "Unknown collaboration level '{value}'. Fill in a number or description: {allowed} (the codes "
        "{codes} are accepted too).",
    },
    "ingest.value.unknown": {
        "nl": "Onbekende waarde '{value}' in {column}. Toegestaan: {allowed}.",
        "en": "Unknown value '{value}' in {column}. Allowed: {allowed}.",
    },
    "ingest.value.not_bool": {
        "nl": "Onbekende waarde '{value}' in {column}: vul ja of nee in.",
        "en": "Unknown value '{value}' in {column}: fill in ja (yes) or nee (no).",
    },
    "ingest.reach.unknown": {
        "nl": "Onbekende reikwijdte '{value}'. Toegestaan: {allowed}.",
        "en": "Unknown reach '{value}'. Allowed: {allowed}.",
    },
    "ingest.insurer.near_miss": {
        "nl": "'{value}' is geen bekende zorgverzekeraar; bedoelt u '{meant}'? De naam blijft zoals hij er "
        "staat, dus als aparte verzekeraar in de filters.",
        "en": "'{value}' is not a known health insurer; did you mean '{meant}'? The name is kept as written, "
        "so it shows as a separate insurer in the filters.",
    },
    "ingest.gemeente.none": {
        "nl": "Geen gemeente ingevuld: elk initiatief hoort bij minstens één gemeente.",
        "en": "No municipality filled in: every initiative belongs to at least one municipality.",
    },
    "ingest.gemeente.mapped": {
        "nl": "Gemeente '{value}' is omgezet naar de indeling 2025.",
        "en": "Municipality '{value}' was converted to the 2025 division.",
    },
    "ingest.gemeente.unknown": {
        "nl": "Gemeente '{value}' niet gevonden.",
        "en": "Municipality '{value}' not found.",
    },
    "ingest.gemeente.comma_hint": {
        "nl": "{message} Scheid meerdere gemeenten met een puntkomma (;).",
        "en": "{message} Separate several municipalities with a semicolon (;).",
    },
    "ingest.gemeente.ambiguous": {
        "nl": "{value} is dubbelzinnig: bedoelt u {options}?",
        "en": "{value} is ambiguous: did you mean {options}?",
    },
    "ingest.level.derived_formeel": {
        "nl": "Samenwerkingsniveau afgeleid als 6 (formele afspraken): RIVM telt elke preventiecoalitie als "
        "formele afspraken.",
        "en": "Collaboration level derived as 6 (formal agreements): RIVM counts every prevention coalition as "
        "formal agreements.",
    },
    "ingest.level.coalition_conflict": {
        "nl": "Tegenstrijdig: een preventiecoalitie heeft volgens RIVM altijd formele afspraken (niveau 6), "
        "maar hier staat {level}. Pas het niveau of de kolom preventiecoalitie aan.",
        "en": "Contradiction: according to RIVM a prevention coalition always has formal agreements (level 6), "
        "but this row says {level}. Change the level or the column preventiecoalitie.",
    },
    "ingest.afspraken.level_unknown": {
        "nl": "Er zijn afspraken ingevuld terwijl het samenwerkingsniveau onbekend is; vul het niveau in "
        "(5 = informele afspraken of 6 = formele afspraken).",
        "en": "Agreements are filled in while the collaboration level is unknown; fill in the level "
        "(5 = informal agreements or 6 = formal agreements).",
    },
    "ingest.afspraken.level_too_low": {
        "nl": "Tegenstrijdig: afspraken horen alleen bij niveau 5 (informele afspraken) of 6 (formele "
        "afspraken), maar hier staat {level}. Maak de kolom afspraken leeg of pas het niveau aan.",
        "en": "Contradiction: agreements only belong with level 5 (informal agreements) or 6 (formal "
        "agreements), but this row says {level}. Empty the column afspraken or change the level.",
    },
    "ingest.parties.missing": {
        "nl": "Bij {level} zijn gemeente en zorgverzekeraar betrokken, maar bij de partijen ontbreekt: "
        "{missing}.",
        "en": "At {level} both the municipality and the health insurer are involved, but the parties do not "
        "include: {missing}.",
    },
    "ingest.parties.level_geen": {
        "nl": "Niveau 1 betekent dat gemeente en zorgverzekeraar geen van beide betrokken zijn, maar ze staan "
        "wel bij de partijen.",
        "en": "Level 1 means that neither the municipality nor the health insurer is involved, but they are "
        "listed among the parties.",
    },
    "ingest.parties.level_een_partij": {
        "nl": "Niveau 2 betekent dat alleen de gemeente óf de zorgverzekeraar betrokken is, maar beide staan "
        "bij de partijen.",
        "en": "Level 2 means that only the municipality or only the health insurer is involved, but both are "
        "listed among the parties.",
    },
    "ingest.bron.unsafe": {
        "nl": "De bron bevat een link die niet met http:// of https:// begint; die wordt als gewone tekst "
        "getoond, niet als link.",
        "en": "The source contains a link that does not start with http:// or https://; it is shown as plain "
        "text, not as a link.",
    },
    "ingest.duplicate": {
        "nl": "Dubbel: id '{id}' met jaar {year} staat al in {where}.",
        "en": "Duplicate: id '{id}' with year {year} is already in {where}.",
    },
    "ingest.duplicate.row": {"nl": "rij {row}", "en": "row {row}"},
    "ingest.duplicate.row_in_file": {"nl": "rij {row} van bestand {file}", "en": "row {row} of file {file}"},
    "ingest.id.missing": {
        "nl": "Het id ontbreekt; geef elk initiatief een eigen id.",
        "en": "The id is missing; give every initiative an id of its own.",
    },
    "ingest.naam.missing": {
        "nl": "De naam van het initiatief ontbreekt.",
        "en": "The name of the initiative is missing.",
    },
    "ingest.gli.without_gli": {
        "nl": "Er is een GLI-programma ingevuld, maar GLI staat niet bij de interventies.",
        "en": "A GLI programme is filled in, but GLI is not among the interventions.",
    },
    "ingest.row.overflow": {
        "nl": "Deze rij heeft meer cellen dan de kopregel. Staat er een scheidingsteken (; of ,) in een cel? "
        "Zet zo'n cel tussen aanhalingstekens of sla het bestand opnieuw op vanuit Excel.",
        "en": "This row has more cells than the header row. Is there a separator (; or ,) in a cell? Put such a "
        "cell in quotation marks or save the file again from Excel.",
    },
    # ---- the rejected rows download
    "ingest.rejected.row": {"nl": "rij", "en": "row"},
    "ingest.rejected.errors": {"nl": "fouten", "en": "errors"},
    "ingest.rejected.file": {"nl": "bestand", "en": "file"},
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "ingest.missing_columns": {
        "nl": {
            "one": "Verplichte kolom ontbreekt: {columns}. Zet de kolomnamen in de eerste rij; het sjabloon laat "
            "zien hoe.",
            "other": "Verplichte kolommen ontbreken: {columns}. Zet de kolomnamen in de eerste rij; het sjabloon "
            "laat zien hoe.",
        },
        "en": {
            "one": "Required column missing: {columns}. Put the column names in the first row; the template "
            "shows how.",
            "other": "Required columns missing: {columns}. Put the column names in the first row; the template "
            "shows how.",
        },
    },
    "ingest.missing_columns.no_known": {
        "nl": {
            "one": "Verplichte kolom ontbreekt: {columns}. De eerste rij bevat geen enkele bekende kolomnaam: is "
            "dit wel een bestand met initiatieven? Zet de kolomnamen in de eerste rij; het sjabloon laat zien "
            "hoe.",
            "other": "Verplichte kolommen ontbreken: {columns}. De eerste rij bevat geen enkele bekende "
            "kolomnaam: is dit wel een bestand met initiatieven? Zet de kolomnamen in de eerste rij; het "
            "sjabloon laat zien hoe.",
        },
        "en": {
            "one": "Required column missing: {columns}. The first row contains no known column name at all: is "
            "this a file of initiatives? Put the column names in the first row; the template shows how.",
            "other": "Required columns missing: {columns}. The first row contains no known column name at all: "
            "is this a file of initiatives? Put the column names in the first row; the template shows how.",
        },
    },
}
