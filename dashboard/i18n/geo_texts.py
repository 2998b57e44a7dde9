"""Messages of the gemeente resolver (geo.codes) and the region table check (geo.regions)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- geo.build and `python -m geo build`: rebuilding data/ from the CBS sources
    "geo.build.empty": {
        "nl": "{step}: een gemeente is leeg geworden",
        "en": "{step}: a gemeente became empty",
    },
    "geo.build.invalid": {"nl": "{step}: ongeldige geometrie", "en": "{step}: invalid geometry"},
    "geo.build.coverage": {
        "nl": "{step}: gemeenten sluiten niet meer op elkaar aan (geen geldige coverage)",
        "en": "{step}: gemeenten no longer fit together (not a valid coverage)",
    },
    "geo.build.unknown_concern": {
        "nl": "Onbekende concernnaam voor {region}: '{concern}'; vul CONCERN_LABELS aan",
        "en": "Unknown concern name for {region}: '{concern}'; add it to CONCERN_LABELS",
    },
    "geo.build.merged_insurer": {
        "nl": "{region}: voorgangers {predecessors} hebben geen eenduidige zorgverzekeraar",
        "en": "{region}: predecessors {predecessors} have no single health insurer",
    },
    "geo.build.source_missing": {
        "nl": "Bronbestand niet gevonden: {path}",
        "en": "Source file not found: {path}",
    },
    "geo.build.gemeenten_differ": {
        "nl": "De gemeenten in de indeling en in het grenzenbestand verschillen",
        "en": "The gemeenten of the division and of the boundary file differ",
    },
    "geo.cli.description": {"nl": "Geodata van de Preventiekaart", "en": "Geodata of the Preventiekaart"},
    "geo.cli.build": {
        "nl": "bouw data/ opnieuw uit de bronbestanden",
        "en": "rebuild data/ from the source files",
    },
    "geo.cli.source": {
        "nl": "CBS-gemeentegrenzen (GeoJSON); standaard {path}",
        "en": "CBS gemeente boundaries (GeoJSON); default {path}",
    },
    "geo.cli.source_dir": {"nl": "map met de bron-CSV's", "en": "folder with the source CSVs"},
    "geo.cli.out_dir": {"nl": "doelmap (standaard data/)", "en": "output folder (default data/)"},
    "geo.cli.tolerance": {
        "nl": "vereenvoudiging in meters (Visvalingam–Whyatt)",
        "en": "simplification in metres (Visvalingam–Whyatt)",
    },
    "geo.cli.lang": {"nl": "taal van de uitvoer: nl of en", "en": "language of the output: nl or en"},
    "geo.cli.failed": {"nl": "Bouwen mislukt: {message}", "en": "Build failed: {message}"},
    "geo.cli.written": {"nl": "geschreven: {path}", "en": "written: {path}"},
    "geo.cli.summary": {
        "nl": "{file}: {bytes} bytes, {vertices} punten (bron {source}), tolerantie {tolerance} m",
        "en": "{file}: {bytes} bytes, {vertices} vertices (source {source}), tolerance {tolerance} m",
    },
    # ---- geo.codes: one user value -> a 2025 gemeente
    "geo.gemeente.empty": {
        "nl": "Geen gemeente opgegeven (lege cel).",
        "en": "No municipality given (empty cell).",
    },
    "geo.gemeente.invalid_code": {
        "nl": "'{query}' is geen geldige gemeentecode. Een gemeentecode ziet eruit als GM0363.",
        "en": "'{query}' is not a valid municipality code. A municipality code looks like GM0363.",
    },
    "geo.gemeente.code_unknown": {
        "nl": "Gemeentecode {code} bestaat niet (ook niet in de indelingen 2019–{vintage}).",
        "en": "Municipality code {code} does not exist (not in the divisions 2019–{vintage} either).",
    },
    "geo.gemeente.merged": {
        "nl": "{name} ({code}) is per {since} opgegaan in {target}.",
        "en": "{name} ({code}) merged into {target} as of {since}.",
    },
    "geo.gemeente.split": {
        "nl": "{name} ({code}) is per {since} opgeheven en verdeeld over {parts}. Vul de huidige gemeente in.",
        "en": "{name} ({code}) was dissolved as of {since} and divided over {parts}. Fill in the current "
        "municipality.",
    },
    "geo.gemeente.successor": {"nl": "{name} ({code}, {share})", "en": "{name} ({code}, {share})"},
    "geo.gemeente.labelled": {"nl": "{name} ({code})", "en": "{name} ({code})"},
    "geo.gemeente.not_a_name": {
        "nl": "'{query}' is geen gemeentenaam.",
        "en": "'{query}' is not a municipality name.",
    },
    "geo.gemeente.ambiguous": {
        "nl": "'{query}' is niet eenduidig: dit kan {options} zijn. Vul de gemeentecode of de volledige naam in.",
        "en": "'{query}' is ambiguous: it can be {options}. Fill in the municipality code or the full name.",
    },
    "geo.gemeente.unknown_suggest": {
        "nl": "Gemeente '{query}' niet gevonden. Bedoelt u: {suggestions}?",
        "en": "Municipality '{query}' not found. Did you mean: {suggestions}?",
    },
    "geo.gemeente.unknown": {
        "nl": "Gemeente '{query}' niet gevonden. Controleer de spelling of vul de gemeentecode in (bijvoorbeeld "
        "GM0363).",
        "en": "Municipality '{query}' not found. Check the spelling or fill in the municipality code (for "
        "example GM0363).",
    },
    # ---- geo.regions: a replacement region table
    "geo.regions.unusable": {
        "nl": "De regiotabel is niet bruikbaar:",
        "en": "The region table cannot be used:",
    },
    "geo.regions.empty": {"nl": "Het bestand is leeg.", "en": "The file is empty."},
    "geo.regions.unparsable": {
        "nl": "Het bestand kon niet als CSV worden gelezen; controleer scheidingstekens en aanhalingstekens "
        "(technische melding: {error}).",
        "en": "The file could not be read as CSV; check separators and quotation marks (technical message: "
        "{error}).",
    },
    "geo.regions.cannot_open": {
        "nl": "Regiotabel '{path}' kon niet worden geopend ({reason}).",
        "en": "Region table '{path}' could not be opened ({reason}).",
    },
    "geo.regions.column_missing": {
        "nl": "Kolom '{column}' ontbreekt.",
        "en": "Column '{column}' is missing.",
    },
    "geo.regions.column_repeated": {
        "nl": "Kolom '{column}' komt meer dan één keer voor.",
        "en": "Column '{column}' occurs more than once.",
    },
    "geo.regions.no_gemeente_column": {
        "nl": "Kolom 'gm_code' of 'gm_naam' ontbreekt: elke rij moet een gemeente noemen.",
        "en": "Column 'gm_code' or 'gm_naam' is missing: every row must name a municipality.",
    },
    "geo.regions.row": {"nl": "Rij {row}", "en": "Row {row}"},
    "geo.regions.row_named": {"nl": "Rij {row} ({name})", "en": "Row {row} ({name})"},
    "geo.regions.row_message": {"nl": "{where}: {message}", "en": "{where}: {message}"},
    "geo.regions.split_skipped": {
        "nl": "{where}: {message} De rij is overgeslagen; de opvolgers staan elk in een eigen rij.",
        "en": "{where}: {message} The row was skipped; the successors each have a row of their own.",
    },
    "geo.regions.code_name_mismatch": {
        "nl": "{where}: code {code} hoort bij {code_name}, maar de naam is '{name}' ({name_name}, {name_code}).",
        "en": "{where}: code {code} belongs to {code_name}, but the name is '{name}' ({name_name}, {name_code}).",
    },
    "geo.regions.cell_empty": {"nl": "{where}: '{column}' is leeg.", "en": "{where}: '{column}' is empty."},
    "geo.regions.verified_invalid": {
        "nl": "{where}: geverifieerd moet 'ja' of 'nee' zijn, niet '{value}'.",
        "en": "{where}: geverifieerd must be 'ja' (yes) or 'nee' (no), not '{value}'.",
    },
    "geo.regions.several_regions": {
        "nl": "{gemeente} staat in meer dan één regio ({regions}; {rows}).",
        "en": "{gemeente} is in more than one region ({regions}; {rows}).",
    },
    "geo.regions.gemeente_missing": {
        "nl": "{gemeente} ontbreekt: elke gemeente moet in precies één regio staan.",
        "en": "{gemeente} is missing: every municipality must be in exactly one region.",
    },
    "geo.regions.different_names": {
        "nl": "Regio {region} heeft verschillende namen: {listed}.",
        "en": "Region {region} has different names: {listed}.",
    },
    "geo.regions.different_insurers": {
        "nl": "Regio {region} heeft verschillende zorgverzekeraars: {listed}.",
        "en": "Region {region} has different health insurers: {listed}.",
    },
    "geo.regions.value_rows": {"nl": "'{value}' ({rows})", "en": "'{value}' ({rows})"},
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "geo.build.no_zorgkantoor": {
        "nl": {
            "one": "Geen zorgkantoor bekend voor regio {regions}",
            "other": "Geen zorgkantoor bekend voor de regio's {regions}",
        },
        "en": {
            "one": "No zorgkantoor known for region {regions}",
            "other": "No zorgkantoor known for regions {regions}",
        },
    },
    # {rows} is the list of row numbers: "rij 3" / "rijen 3, 4"
    "geo.regions.rows": {
        "nl": {"one": "rij {rows}", "other": "rijen {rows}"},
        "en": {"one": "row {rows}", "other": "rows {rows}"},
    },
    "geo.regions.times_in_table": {
        "nl": {
            "one": "{gemeente} staat {n} keer in de tabel ({rows}).",
            "other": "{gemeente} staat {n} keer in de tabel ({rows}).",
        },
        "en": {
            "one": "{gemeente} is in the table {n} time ({rows}).",
            "other": "{gemeente} is in the table {n} times ({rows}).",
        },
    },
}
