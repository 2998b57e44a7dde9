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
}
