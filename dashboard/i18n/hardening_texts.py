"""Texts of the hardening: bounded work per file, unusable server files, the error page, the readiness check."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Bounded work per file (importer messages: Dutch is what the CLI and the report show)
    "hardening.rows_cap": {
        "nl": "Het bestand heeft meer dan {cap} rijen met gegevens; per bestand worden hoogstens {cap} rijen "
        "gelezen. Splits het bestand in delen van hoogstens {cap} rijen en laad ze een voor een.",
        "en": "The file has more than {cap} rows of data; at most {cap} rows are read per file. Split the file "
        "into parts of at most {cap} rows and load them one by one.",
    },
    "hardening.part_too_large": {
        "nl": "Dit Excel-bestand is uitgepakt te groot om te verwerken: het onderdeel {part} is {mb} MB "
        "(de grens is {cap} MB). Verwijder overbodige tabbladen of opmaak, of sla de gegevens op als CSV.",
        "en": "This Excel file is too large once unpacked: its part {part} is {mb} MB (the limit is {cap} MB). "
        "Remove unneeded sheets or formatting, or save the data as CSV.",
    },
    "hardening.time_budget": {
        "nl": "De controle van dit bestand duurde langer dan {seconds} seconden en is gestopt, zodat de kaart "
        "voor andere bezoekers snel blijft. Splits het bestand in kleinere delen of gebruik het sjabloon.",
        "en": "Checking this file took longer than {seconds} seconds and was stopped, so that the map stays "
        "fast for other visitors. Split the file into smaller parts or use the template.",
    },
    "hardening.suggestions_stopped": {
        "nl": "Voor meer dan {cap} verschillende onbekende waarden worden geen suggesties meer gegeven.",
        "en": "No more suggestions are given after {cap} different unknown values.",
    },
    "hardening.upload_interrupted": {
        "nl": "Het bestand ‘{name}’ werd nog gecontroleerd toen u een andere pagina opende; de controle is "
        "gestopt en het bestand is niet geladen. Upload het opnieuw op de pagina Gegevens en wacht tot de "
        "controle klaar is.",
        "en": "The file ‘{name}’ was still being checked when you opened another page; the check was stopped "
        "and the file was not loaded. Upload it again on the Data page and wait until the check is done.",
    },
    # Checks of shipped and server files (admin-facing: Dutch, English for the English interface)
    "hardening.check.missing": {
        "nl": "Het bestand ontbreekt of kan niet worden geopend ({error}).",
        "en": "The file is missing or cannot be opened ({error}).",
    },
    "hardening.check.unreadable": {
        "nl": "Het bestand is beschadigd en kan niet worden gelezen ({error}).",
        "en": "The file is damaged and cannot be read ({error}).",
    },
    "hardening.check.rows": {
        "nl": "Het bestand heeft {found} rijen in plaats van {expected}: het is afgekapt of aangevuld.",
        "en": "The file has {found} rows instead of {expected}: it was truncated or extended.",
    },
    "hardening.check.checksum": {
        "nl": "De inhoud van het bestand wijkt af van de meegeleverde versie (controlegetal klopt niet).",
        "en": "The file's content differs from the shipped version (checksum mismatch).",
    },
    "hardening.check.data_missing": {
        "nl": "De instelling wijst naar ‘{name}’, maar dat bestand of die map bestaat niet.",
        "en": "The setting points to ‘{name}’, but that file or folder does not exist.",
    },
    "hardening.check.no_records": {
        "nl": "Er is geen enkel initiatief geaccepteerd: de kaart zou overal ‘geen initiatief’ tonen.",
        "en": "Not a single initiative was accepted: the map would show ‘no initiative’ everywhere.",
    },
    "hardening.check.ok": {
        "nl": "In orde: meegeleverde bestanden, gegevens van de server en regio-indeling zijn bruikbaar.",
        "en": "OK: shipped files, server data and region division are usable.",
    },
    # Banners and the error page (visitors)
    "hardening.banner.shipped": {
        "nl": "**Een bestand van de app is niet bruikbaar.** Wat hieronder staat, kan onvolledig of leeg zijn. "
        "De beheerder kan dit herstellen (installeer de app opnieuw of zet het bestand terug; "
        "`python -m dashboard check` noemt de reden):",
        "en": "**A file of the app cannot be used.** What is shown below may be incomplete or empty. The "
        "administrator can fix this (reinstall the app or restore the file; `python -m dashboard check` gives "
        "the reason):",
    },
    "hardening.banner.server": {
        "nl": "**De gegevens van de server zijn niet (volledig) bruikbaar.** U ziet daardoor geen of niet alle "
        "initiatieven. De beheerder kan dit herstellen:",
        "en": "**The server's data cannot be (fully) used.** You therefore see no or not all initiatives. The "
        "administrator can fix this:",
    },
    "hardening.error_page": {
        "nl": "**Er ging iets mis bij het tonen van deze pagina.** Dat ligt niet aan u. Probeer het opnieuw of "
        "kies een andere pagina; blijft het gebeuren, meld dan aan de beheerder de code **{ref}** en het "
        "tijdstip. De beheerder vindt de details onder die code in het logboek.",
        "en": "**Something went wrong while showing this page.** It is not your fault. Try again or choose "
        "another page; if it keeps happening, give the administrator the code **{ref}** and the time. The "
        "administrator finds the details under that code in the log.",
    },
    # Files refused or misread for the wrong reason
    "hardening.whole_file": {"nl": "heel bestand", "en": "whole file"},
    "hardening.cell_too_long": {
        "nl": "De cel in {column} is {n} tekens lang; een cel mag hoogstens {cap} tekens hebben. Deze rij is "
        "afgekeurd, de andere rijen niet.",
        "en": "The cell in {column} is {n} characters long; a cell may have at most {cap} characters. This row "
        "was rejected, the other rows were not.",
    },
    "hardening.unclosed_quote": {
        "nl": 'In rij {row} begint een cel met een aanhalingsteken (") dat niet wordt gesloten, waardoor de '
        "rijen erna in die ene cel terechtkomen. Sluit het aanhalingsteken in rij {row} of haal het weg.",
        "en": 'In row {row} a cell opens a quote (") that is never closed, so the rows after it end up in '
        "that one cell. Close the quote in row {row} or remove it.",
    },
    "hardening.mixed_encoding": {
        "nl": "Dit bestand mengt twee tekencoderingen (UTF-8 en Windows-1252), bijvoorbeeld na kopiëren uit "
        "verschillende bronnen. Het is regel voor regel gelezen; controleer letters als ë en é en sla het "
        "bestand bij voorkeur op als 'CSV UTF-8'.",
        "en": "This file mixes two character encodings (UTF-8 and Windows-1252), for example after copying "
        "from different sources. It was read line by line; check letters such as ë and é and preferably save "
        "the file as 'CSV UTF-8'.",
    },
    "hardening.password": {
        "nl": "Dit Excel-bestand is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Open het "
        "in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op.",
        "en": "This Excel file is protected with a password and therefore cannot be read. Open it in Excel, "
        "remove the password (File > Info > Protect Workbook) and save it again.",
    },
    "hardening.later_sheet": {
        "nl": "De gegevens staan op tabblad '{sheet}', niet op het eerste tabblad ('{first}'); tabblad "
        "'{sheet}' is gelezen omdat het de kolomnamen van het sjabloon heeft.",
        "en": "The data is on sheet '{sheet}', not on the first sheet ('{first}'); sheet '{sheet}' was read "
        "because it has the template's column names.",
    },
    "hardening.normalised": {
        "nl": "In {column} stonden onzichtbare of afwijkende tekens (zoals een spatie zonder breedte of "
        "brede letters); gelezen als '{value}', zodat dubbele ids worden herkend.",
        "en": "{column} contained invisible or look-alike characters (such as a zero-width space or "
        "full-width letters); read as '{value}', so that duplicate ids are recognised.",
    },
}

# Count-dependent texts (tn / Msg with ``n``): key -> lang -> plural category -> text.
PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "hardening.check.columns": {
        "nl": {
            "one": "Het bestand mist de kolom {columns}.",
            "other": "Het bestand mist de kolommen {columns}.",
        },
        "en": {
            "one": "The file lacks the column {columns}.",
            "other": "The file lacks the columns {columns}.",
        },
    },
    "hardening.check.region": {
        "nl": {
            "one": "De regio-indeling is niet bruikbaar ({n} probleem): {first}",
            "other": "De regio-indeling is niet bruikbaar ({n} problemen), bijvoorbeeld: {first}",
        },
        "en": {
            "one": "The region division cannot be used ({n} problem): {first}",
            "other": "The region division cannot be used ({n} problems), for example: {first}",
        },
    },
    "hardening.check.failed": {
        "nl": {
            "one": "{n} probleem gevonden; de app toont dan niet alles wat hij zou moeten tonen:",
            "other": "{n} problemen gevonden; de app toont dan niet alles wat hij zou moeten tonen:",
        },
        "en": {
            "one": "{n} problem found; the app would not show everything it should:",
            "other": "{n} problems found; the app would not show everything it should:",
        },
    },
    "hardening.banner.shipped_region_table": {
        "nl": {
            "one": "**Het meegeleverde bestand met de regio-indeling ({name}) is niet bruikbaar** ({n} probleem). "
            "Dit ligt niet aan een eigen instelling: zet het bestand terug of installeer de app opnieuw.",
            "other": "**Het meegeleverde bestand met de regio-indeling ({name}) is niet bruikbaar** ({n} "
            "problemen). Dit ligt niet aan een eigen instelling: zet het bestand terug of installeer de app "
            "opnieuw.",
        },
        "en": {
            "one": "**The shipped region division file ({name}) cannot be used** ({n} problem). This is not "
            "caused by a setting of yours: restore the file or reinstall the app.",
            "other": "**The shipped region division file ({name}) cannot be used** ({n} problems). This is not "
            "caused by a setting of yours: restore the file or reinstall the app.",
        },
    },
    "hardening.formulas": {
        "nl": {
            "one": "{n} cel op tabblad '{sheet}' bevat een formule zonder opgeslagen uitkomst (het bestand is "
            "gemaakt of bewerkt zonder Excel); die cel is als leeg gelezen. Open het bestand in Excel, sla het op "
            "en laad het opnieuw.",
            "other": "{n} cellen op tabblad '{sheet}' bevatten een formule zonder opgeslagen uitkomst (het "
            "bestand is gemaakt of bewerkt zonder Excel); die cellen zijn als leeg gelezen. Open het bestand in "
            "Excel, sla het op en laad het opnieuw.",
        },
        "en": {
            "one": "{n} cell on sheet '{sheet}' holds a formula without a stored result (the file was made or "
            "edited without Excel); that cell was read as empty. Open the file in Excel, save it and load it "
            "again.",
            "other": "{n} cells on sheet '{sheet}' hold a formula without a stored result (the file was made or "
            "edited without Excel); those cells were read as empty. Open the file in Excel, save it and load it "
            "again.",
        },
    },
    "hardening.nul_removed": {
        "nl": {
            "one": "Het bestand bevat {n} onzichtbaar nul-teken (NUL); dat is weggelaten.",
            "other": "Het bestand bevat {n} onzichtbare nul-tekens (NUL); die zijn weggelaten.",
        },
        "en": {
            "one": "The file contains {n} invisible null character (NUL); it was left out.",
            "other": "The file contains {n} invisible null characters (NUL); they were left out.",
        },
    },
}
