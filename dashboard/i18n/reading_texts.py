"""Texts of reading a user's file and cleaning its cells: bounded lists, columns, header rows, invisible and
look-alike characters. What a civil servant reads in the report; keys ``read.<what>`` and ``messages.list.*``.
"""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- the header row (dashboard.ingest.reading)
    "read.header.ambiguous": {
        "nl": "De kolomnamen lijken in rij {row} te staan ({names}), maar rij {above} erboven bevat ook "
        "gegevens. Verwijder in Excel de rijen boven rij {row} (selecteer ze, klik met de rechtermuisknop en "
        "kies Verwijderen), zodat de kolomnamen in rij 1 staan, en laad het bestand opnieuw.",
        "en": "The column names seem to be in row {row} ({names}), but row {above} above it holds data too. "
        "Delete the rows above row {row} in Excel (select them, right-click and choose Delete), so that the "
        "column names are in row 1, and load the file again.",
    },
    "read.header.title_only_xlsx": {
        "nl": "Dit lijkt geen tabel: de eerste gevulde rij (rij {row}) heeft maar één gevulde cel ('{value}'), "
        "en in de eerste rijen eronder staan geen bekende kolomnamen. Zet de kolomnamen (id, naam, jaar, gemeenten, "
        "...) in rij 1, elk in een eigen kolom (A, B, C, ...), of gebruik het sjabloon.",
        "en": "This does not look like a table: the first filled row (row {row}) has only one filled cell "
        "('{value}'), and the first rows below it hold no known column names. Put the column names (id, naam, jaar, "
        "gemeenten, ...) in row 1, each in a column of its own (A, B, C, ...), or use the template.",
    },
    "read.columns.too_many": {
        "nl": "De kopregel (rij {row}) heeft {n} kolommen met een naam; er worden hoogstens {cap} kolommen "
        "gelezen, en een bestand met initiatieven heeft er {known} (id, naam, jaar, gemeenten, ...). "
        "Verwijder de overbodige kolommen of gebruik het sjabloon.",
        "en": "The header row (row {row}) has {n} named columns; at most {cap} columns are read, and a file of "
        "initiatives has {known} (id, naam, jaar, gemeenten, ...). Delete the columns you do not need or use "
        "the template.",
    },
    "read.table.too_much_text": {
        "nl": "Het bestand bevat meer dan {cap} tekens aan gegevens, meer dan in een bestand van 20 MB past. "
        "Splits het bestand in delen en laad ze een voor een.",
        "en": "The file holds more than {cap} characters of data, more than fits in a file of 20 MB. Split the "
        "file into parts and load them one by one.",
    },
    "read.csv.line_too_wide": {
        "nl": "Regel {line} van het bestand heeft meer dan {cap} cellen, meer dan Excel in een rij kent. Dit is "
        "geen tabel die te lezen is; sla de gegevens opnieuw op vanuit Excel of gebruik het sjabloon.",
        "en": "Line {line} of the file has more than {cap} cells, more than Excel allows in a row. This is not "
        "a readable table; save the data again from Excel or use the template.",
    },
    "read.xlsx.too_many_parts": {
        "nl": "Dit Excel-bestand bestaat uit {n} onderdelen (de grens is {cap}); zo'n bestand maakt Excel niet. "
        "Open het in Excel en sla het opnieuw op, of sla de gegevens op als CSV.",
        "en": "This Excel file consists of {n} parts (the limit is {cap}); Excel does not make such files. Open "
        "it in Excel and save it again, or save the data as CSV.",
    },
    # ---- invisible and look-alike characters (dashboard.ingest.cleaning)
    "read.invisible.char": {"nl": "{name} ({code})", "en": "{name} ({code})"},
    "read.char.zero_width_space": {"nl": "een spatie zonder breedte", "en": "a zero-width space"},
    "read.char.zero_width_joiner": {
        "nl": "een verbindingsteken zonder breedte (buiten een emoji)",
        "en": "a zero-width joiner (outside an emoji)",
    },
    "read.char.zero_width_non_joiner": {
        "nl": "een scheidingsteken zonder breedte",
        "en": "a zero-width non-joiner",
    },
    "read.char.soft_hyphen": {"nl": "een zacht afbreekstreepje", "en": "a soft hyphen"},
    "read.char.byte_order_mark": {"nl": "een bytevolgordeteken (BOM)", "en": "a byte order mark (BOM)"},
    "read.char.word_joiner": {"nl": "een woordverbinder zonder breedte", "en": "a word joiner"},
    "read.char.other": {"nl": "een onzichtbaar opmaakteken", "en": "an invisible formatting character"},
    "read.lookalike": {
        "nl": "'{value}' ziet eruit als gewone tekst, maar {letters}. Typ de waarde opnieuw met een gewoon "
        "toetsenbord.",
        "en": "'{value}' looks like ordinary text, but {letters}. Type the value again on an ordinary keyboard.",
    },
    "read.lookalike.letter": {
        "nl": "de {position}e letter, '{char}', is geen Latijnse letter maar een {script} ({name})",
        "en": "letter {position}, '{char}', is not a Latin letter but a {script} ({name})",
    },
    "read.script.cyrillic": {"nl": "Cyrillische letter", "en": "Cyrillic letter"},
    "read.script.greek": {"nl": "Griekse letter", "en": "Greek letter"},
    "read.script.armenian": {"nl": "Armeense letter", "en": "Armenian letter"},
    "read.script.cherokee": {"nl": "Cherokee-letter", "en": "Cherokee letter"},
    "read.script.other": {"nl": "letter uit een ander schrift", "en": "letter of another script"},
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "read.row.more_issues": {
        "nl": {
            "one": "En nog {n} melding van dezelfde soort over {column} in deze rij.",
            "other": "En nog {n} meldingen van dezelfde soort over {column} in deze rij.",
        },
        "en": {
            "one": "And {n} more message of the same kind about {column} in this row.",
            "other": "And {n} more messages of the same kind about {column} in this row.",
        },
    },
    "read.header.found_lower": {
        "nl": {
            "one": "De kolomnamen staan in rij {row}; rij 1 erboven is als titel overgeslagen.",
            "other": "De kolomnamen staan in rij {row}; de {n} rijen erboven zijn als titel overgeslagen.",
        },
        "en": {
            "one": "The column names are in row {row}; row 1 above it was skipped as a title.",
            "other": "The column names are in row {row}; the {n} rows above it were skipped as a title.",
        },
    },
    "read.invisible.removed": {
        "nl": {
            "one": "In {column} stond een onzichtbaar teken: {what}. Het is weggehaald; controleer de tekst.",
            "other": "In {column} stonden {n} onzichtbare tekens: {what}. Ze zijn weggehaald; controleer de "
            "tekst.",
        },
        "en": {
            "one": "{column} contained an invisible character: {what}. It was removed; check the text.",
            "other": "{column} contained {n} invisible characters: {what}. They were removed; check the text.",
        },
    },
    "read.invisible.bidi": {
        "nl": {
            "one": "In {column} stond een onzichtbaar teken dat de leesrichting verandert ({what}): de tekst zou "
            "er anders uitzien dan hij is. Het is weggehaald; controleer de tekst.",
            "other": "In {column} stonden {n} onzichtbare tekens die de leesrichting veranderen ({what}): de "
            "tekst zou er anders uitzien dan hij is. Ze zijn weggehaald; controleer de tekst.",
        },
        "en": {
            "one": "{column} contained an invisible character that changes the reading direction ({what}): the "
            "text would look different from what it is. It was removed; check the text.",
            "other": "{column} contained {n} invisible characters that change the reading direction ({what}): "
            "the text would look different from what it is. They were removed; check the text.",
        },
    },
    # The tail of a bounded list (dashboard.i18n.messages.ListOf / Joined).
    "messages.list.more.and": {
        "nl": {"one": "{n} andere", "other": "{n} andere"},
        "en": {"one": "{n} other", "other": "{n} others"},
    },
    "messages.list.more.or": {
        "nl": {"one": "{n} andere", "other": "een van {n} andere"},
        "en": {"one": "{n} other", "other": "one of {n} others"},
    },
    "messages.list.more.joined": {
        "nl": {"one": "(en nog {n})", "other": "(en nog {n})"},
        "en": {"one": "(and {n} more)", "other": "(and {n} more)"},
    },
}
