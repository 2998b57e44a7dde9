"""Texts of the command line (`python -m dashboard ...`): help, the validation report and the summary."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "cli.description": {
        "nl": "Preventiekaart: initiatieven van gemeenten en zorgverzekeraars controleren en samenvatten.",
        "en": "Preventiekaart: check and summarise initiatives of municipalities and health insurers.",
    },
    "cli.metavar.command": {"nl": "OPDRACHT", "en": "COMMAND"},
    "cli.metavar.year": {"nl": "JAAR", "en": "YEAR"},
    "cli.usage_error": {
        "nl": "{prog}: fout: {message}\nGebruik --help voor uitleg.\n",
        "en": "{prog}: error: {message}\nUse --help for an explanation.\n",
    },
    "cli.not_a_year": {
        "nl": "'{text}' is geen jaartal (bijvoorbeeld 2020)",
        "en": "'{text}' is not a year (for example 2020)",
    },
    "cli.help.json": {"nl": "uitvoer als JSON", "en": "output as JSON"},
    "cli.help.lang": {
        "nl": "taal van de uitvoer: nl (Nederlands, standaard) of en (Engels)",
        "en": "language of the output: nl (Dutch, default) or en (English)",
    },
    "cli.validate.help": {
        "nl": "controleer een bestand of map met initiatieven",
        "en": "check a file or folder of initiatives",
    },
    "cli.validate.description": {
        "nl": "Controleer een CSV- of Excel-bestand (of een map met zulke bestanden). Exitcode 0: alles "
        "goedgekeurd, 1: rijen afgewezen, 2: bestand onleesbaar of niet ondersteund.",
        "en": "Check a CSV or Excel file (or a folder of such files). Exit code 0: everything accepted, 1: rows "
        "rejected, 2: file unreadable or not supported.",
    },
    "cli.validate.path": {"nl": "bestand (.csv, .xlsx) of map", "en": "file (.csv, .xlsx) or folder"},
    "cli.validate.where_row": {"nl": "rij {row}", "en": "row {row}"},
    "cli.validate.where_column": {"nl": "kolom {column}", "en": "column {column}"},
    "cli.validate.file": {"nl": "Bestand: {file}", "en": "File: {file}"},
    "cli.validate.rows": {
        "nl": "Rijen: {total} (geaccepteerd: {accepted}, afgewezen: {rejected})",
        "en": "Rows: {total} (accepted: {accepted}, rejected: {rejected})",
    },
    "cli.validate.errors": {"nl": "Fouten ({n}):", "en": "Errors ({n}):"},
    "cli.validate.warnings": {"nl": "Waarschuwingen ({n}):", "en": "Warnings ({n}):"},
    "cli.validate.unusable": {
        "nl": "Resultaat: het bestand kan niet worden gebruikt.",
        "en": "Result: the file cannot be used.",
    },
    "cli.validate.all_accepted": {
        "nl": "Resultaat: alle rijen zijn goedgekeurd.",
        "en": "Result: every row was accepted.",
    },
    "cli.summary.help": {
        "nl": "landelijke cijfers over de initiatieven",
        "en": "national figures on the initiatives",
    },
    "cli.summary.description": {
        "nl": "Landelijke cijfers: aantallen, samenwerkingsniveaus, partijen en interventies. Zonder PATH: de "
        "meegeleverde gegevens (of de map in PREVENTIEKAART_DATA).",
        "en": "National figures: counts, collaboration levels, parties and interventions. Without PATH: the "
        "shipped data (or the folder in PREVENTIEKAART_DATA).",
    },
    "cli.summary.path": {"nl": "bestand of map (optioneel)", "en": "file or folder (optional)"},
    "cli.summary.year": {"nl": "alleen dit jaar", "en": "this year only"},
    "cli.summary.title_year": {
        "nl": "Samenvatting preventie-initiatieven — jaar {year}",
        "en": "Summary of prevention initiatives — year {year}",
    },
    "cli.summary.title_all": {
        "nl": "Samenvatting preventie-initiatieven — alle jaren",
        "en": "Summary of prevention initiatives — all years",
    },
    "cli.summary.source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "cli.summary.example": {
        "nl": "Let op: dit zijn (deels) voorbeelddata, geen echte gegevens per initiatief.",
        "en": "Note: this is (partly) example data, not real data per initiative.",
    },
    "cli.summary.no_year": {
        "nl": "Zonder jaar telt elk initiatief één keer per jaar waarin het voorkomt.",
        "en": "Without a year every initiative counts once for each year in which it occurs.",
    },
    "cli.summary.initiatives": {"nl": "Initiatieven: {n}", "en": "Initiatives: {n}"},
    "cli.summary.coalitions": {"nl": "Preventiecoalities: {n}", "en": "Prevention coalitions: {n}"},
    "cli.summary.gemeenten": {
        "nl": "Gemeenten met minstens één initiatief: {n}",
        "en": "Municipalities with at least one initiative: {n}",
    },
    "cli.summary.levels": {
        "nl": "Samenwerking gemeente en zorgverzekeraar (aantal initiatieven):",
        "en": "Collaboration of municipality and health insurer (number of initiatives):",
    },
    "cli.summary.parties": {
        "nl": "Betrokken partijen (% van de initiatieven):",
        "en": "Parties involved (% of the initiatives):",
    },
    "cli.summary.offering": {
        "nl": "Biedt minstens één interventie aan: {pct} van de initiatieven",
        "en": "Offers at least one intervention: {pct} of the initiatives",
    },
    "cli.summary.col.intervention": {"nl": "interventie", "en": "intervention"},
    "cli.summary.col.of_offering": {"nl": "van aanbieders", "en": "of offering"},
    "cli.summary.col.of_all": {"nl": "van alle", "en": "of all"},
    "cli.summary.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "cli.bench.help": {
        "nl": "meet kaartgrootte en -snelheid naast de naïeve aanpak",
        "en": "measure map size and speed beside the naive approach",
    },
    "cli.bench.description": {
        "nl": "Meet de kaart (bytes, tijd van filterwijziging tot kaart) naast de naïeve aanpak met "
        "GeoDataFrame.explore(), in dezelfde run; verhoudingen zijn betrouwbaarder dan absolute tijden.",
        "en": "Measures the map (bytes, time from filter change to map) beside the naive approach with "
        "GeoDataFrame.explore(), in the same run; ratios are more reliable than absolute times.",
    },
    "cli.bench.quick": {"nl": "minder herhalingen (voor CI)", "en": "fewer repetitions (for CI)"},
    "cli.generate.help": {
        "nl": "maak de voorbeelddata opnieuw (reproduceerbaar)",
        "en": "make the example data again (reproducible)",
    },
    "cli.generate.description": {
        "nl": "Schrijft de gegenereerde voorbeeldinitiatieven opnieuw; dezelfde seed geeft hetzelfde bestand.",
        "en": "Writes the generated example initiatives again; the same seed gives the same file.",
    },
    "cli.tools.description": {
        "nl": "Bouwgereedschap van de Preventiekaart (python -m tools)",
        "en": "Build tools of the Preventiekaart (python -m tools)",
    },
    "cli.bench_geo.help": {
        "nl": "meet laadtijd en bestandsgroottes van de geodata (JSON)",
        "en": "measure load time and file sizes of the geodata (JSON)",
    },
    "cli.bench.browser": {
        "nl": "meet ook in Chromium (filter, klik, eerste keer laden, geheugen) naast een naïeve pagina",
        "en": "also measure in Chromium (filter, click, first load, memory) beside a naive page",
    },
    "cli.bench.load_visitors": {
        "nl": "geen aantal bezoekers van 1 of meer: {text}",
        "en": "not a number of visitors of 1 or more: {text}",
    },
    "cli.bench.load": {
        "nl": "meet alleen de belasting: N bezoekers tegelijk over twee app-processen achter nginx op één "
        "wegwerp-PostgreSQL (fouten, p50/p95 per filterwijziging naast één bezoeker alleen, N eerste bezoeken "
        "tegelijk); vraagt nginx en PostgreSQL",
        "en": "measure only the load: N visitors at once over two app processes behind nginx on one throw-away "
        "PostgreSQL (errors, p50/p95 per filter change beside one visitor alone, N first visits at once); "
        "needs nginx and PostgreSQL",
    },
    # argparse's sentences in Dutch (the English is argparse's own)
    "cli.argparse.one_of": {"nl": "geef een van de argumenten ", "en": "one of the arguments "},
    "cli.argparse.required": {"nl": " op", "en": " is required"},
    "cli.argparse.not_with": {"nl": "niet samen met argument", "en": "not allowed with argument"},
    "cli.argparse.one_value": {"nl": "verwacht één waarde", "en": "expected one argument"},
    "cli.argparse.invalid_choice": {"nl": "ongeldige keuze", "en": "invalid choice"},
    # check (the readiness probe for an admin)
    "cli.check.help": {
        "nl": "controleer of alles wat de app nodig heeft er is en bruikbaar is (gereedheidscontrole)",
        "en": "check that everything the app needs is there and usable (readiness check)",
    },
    "cli.check.description": {
        "nl": "Controleert de meegeleverde bestanden (controlegetallen, rijen, kolommen), de gegevens van de "
        "server (PREVENTIEKAART_DATA) en de regio-indeling (PREVENTIEKAART_REGIO). Exitcode 0: in orde; 1: er "
        "is een probleem (de redenen staan erbij).",
        "en": "Checks the shipped files (checksums, rows, columns), the server's data (PREVENTIEKAART_DATA) and "
        "the region division (PREVENTIEKAART_REGIO). Exit code 0: all is well; 1: there is a problem (the "
        "reasons are given).",
    },
    # valpreventie (the fall-prevention estimate)
    "cli.vp.help": {
        "nl": "schat kosten en baten van valpreventie voor een gebied",
        "en": "estimate costs and benefits of fall prevention for an area",
    },
    "cli.vp.description": {
        "nl": "Schatting op basis van gepubliceerde kengetallen (niet de Rekenhulp Valpreventie): wat een "
        "valpreventieprogramma in een gemeente, VNG–ZN-regio of provincie kost en bespaart, en wie bespaart. "
        "Exitcode 2 bij ongeldige invoer.",
        "en": "Estimate from published figures (not the Rekenhulp Valpreventie): what a fall-prevention "
        "programme costs and saves in a municipality, VNG–ZN region or province, and who saves. Exit code 2 on "
        "invalid input.",
    },
    "cli.vp.gemeente": {
        "nl": "gemeentecode, bijvoorbeeld GM1900",
        "en": "municipality code, for example GM1900",
    },
    "cli.vp.regio": {
        "nl": "VNG–ZN-regiocode, bijvoorbeeld ZK17",
        "en": "VNG–ZN region code, for example ZK17",
    },
    "cli.vp.provincie": {
        "nl": "provincienaam of -code, bijvoorbeeld Limburg",
        "en": "province name or code, for example Limburg",
    },
    "cli.vp.interventie": {
        "nl": "programma (standaard {default})",
        "en": "programme (default {default})",
    },
    "cli.vp.set": {
        "nl": "vervang een kengetal door een eigen waarde (aandelen als fractie: bereik=0.06)",
        "en": "replace a figure by your own value (shares as a fraction: bereik=0.06)",
    },
    "cli.vp.jaren": {
        "nl": "looptijd, {low} tot {high} jaar",
        "en": "duration, {low} to {high} years",
    },
    "cli.vp.metavar.assignment": {"nl": "NAAM=WAARDE", "en": "NAME=VALUE"},
    "cli.vp.metavar.name": {"nl": "NAAM", "en": "NAME"},
    "cli.vp.metavar.value": {"nl": "WAARDE", "en": "VALUE"},
    "cli.vp.not_assignment": {
        "nl": "'{text}' is geen NAAM=WAARDE (bijvoorbeeld bereik=0.06)",
        "en": "'{text}' is not NAME=VALUE (for example bereik=0.06)",
    },
    "cli.vp.not_a_number": {
        "nl": "'{value}' in '{text}' is geen getal",
        "en": "'{value}' in '{text}' is not a number",
    },
    "cli.vp.bad_years": {
        "nl": "jaren moet een heel getal van {low} tot {high} zijn",
        "en": "the number of years must be a whole number from {low} to {high}",
    },
    "cli.vp.missing": {
        "nl": "voor {naam} is geen {wat} gepubliceerd: geef die op met {how}",
        "en": "no {wat} has been published for {naam}: give it with {how}",
    },
    "cli.vp.missing.or": {"nl": " en geen ", "en": " and no "},
    "cli.vp.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "cli.vp.report.title": {
        "nl": "Valpreventie {naam}: schatting op basis van gepubliceerde kengetallen",
        "en": "Fall prevention {naam}: estimate from published figures",
    },
    "cli.vp.report.programme": {
        "nl": "Programma: {programma}, {jaren} jaar",
        "en": "Programme: {programma}, {jaren} years",
    },
    "cli.vp.report.people": {
        "nl": "65-plussers: {n65}; deelnemers per jaar: {deelnemers}",
        "en": "People aged 65+: {n65}; participants a year: {deelnemers}",
    },
    "cli.vp.report.prevented": {
        "nl": "Vallen voorkomen: {vallen}; SEH-bezoeken voorkomen: {seh}",
        "en": "Falls prevented: {vallen}; emergency visits prevented: {seh}",
    },
    "cli.vp.report.money": {
        "nl": "Kosten: {kosten}; baten: {baten}; netto: {netto} (bandbreedte {laag} tot {hoog})",
        "en": "Costs: {kosten}; benefits: {baten}; net: {netto} (range {laag} to {hoog})",
    },
    "cli.vp.report.financiers": {"nl": "Baten per financier: {list}", "en": "Benefits per funder: {list}"},
    # python -m dashboard register … / users … (dashboard/cli_register.py)
    "cli.register.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "cli.register.help": {
        "nl": "het gedeelde register van initiatieven beheren",
        "en": "manage the shared register of initiatives",
    },
    "cli.register.description": {
        "nl": "Het register in PREVENTIEKAART_DB (standaard var/preventiekaart.sqlite). Exitcode 0: klaar, 1: rijen "
        "afgekeurd, 2: bestand onleesbaar, database onbereikbaar of wijziging geweigerd.",
        "en": "The register in PREVENTIEKAART_DB (default var/preventiekaart.sqlite). Exit code 0: done, 1: rows "
        "rejected, 2: file unreadable, database unreachable or change refused.",
    },
    "cli.register.init.help": {
        "nl": "maak het register aan of werk het bij; veilig om te herhalen",
        "en": "create or update the register; safe to repeat",
    },
    "cli.register.init.leeg": {
        "nl": "begin leeg, zonder de meegeleverde initiatieven",
        "en": "start empty, without the shipped initiatives",
    },
    "cli.register.init.empty": {
        "nl": "Register is klaar (leeg gestart).",
        "en": "The register is ready (started empty).",
    },
    "cli.register.import.help": {
        "nl": "lees een bestand in: eerst een voorbeeld, dan opslaan",
        "en": "import a file: a preview first, then save",
    },
    "cli.register.import.dry_run": {
        "nl": "alleen het voorbeeld, niets opslaan",
        "en": "only the preview, save nothing",
    },
    "cli.register.import.partial": {
        "nl": "neem de goedgekeurde rijen over, ook als er rijen zijn afgekeurd",
        "en": "take the accepted rows, even when some rows were rejected",
    },
    "cli.register.import.door": {
        "nl": "namens deze gebruiker (met diens werkgebied)",
        "en": "on behalf of this user (with their area)",
    },
    "cli.register.preview.rows": {
        "nl": "Rijen: {total} — nieuw: {nieuw}, gewijzigd: {gewijzigd}, ongewijzigd: {ongewijzigd}, afgekeurd: "
        "{afgekeurd}",
        "en": "Rows: {total} — new: {nieuw}, changed: {gewijzigd}, unchanged: {ongewijzigd}, rejected: "
        "{afgekeurd}",
    },
    "cli.register.kind.new": {"nl": "nieuw", "en": "new"},
    "cli.register.kind.changed": {"nl": "gewijzigd", "en": "changed"},
    "cli.register.kind.rejected": {"nl": "afgekeurd", "en": "rejected"},
    "cli.register.import.dry_run_done": {
        "nl": "Proefdraai: er is niets opgeslagen.",
        "en": "Dry run: nothing was saved.",
    },
    "cli.register.import.saved": {"nl": "Opgeslagen in het register.", "en": "Saved in the register."},
    "cli.register.import.nothing": {"nl": "Niets te wijzigen.", "en": "Nothing to change."},
    "cli.register.import.blocked": {
        "nl": "Niets opgeslagen: er zijn afgekeurde rijen. Verbeter ze, of neem met --gedeeltelijk alleen de "
        "goede rijen over.",
        "en": "Nothing saved: some rows were rejected. Correct them, or take only the good rows with "
        "--gedeeltelijk.",
    },
    "cli.register.export.help": {
        "nl": "alle gepubliceerde initiatieven (geen concepten) naar een bestand (.csv of .xlsx)",
        "en": "every published initiative (no concepts) to a file (.csv or .xlsx)",
    },
    "cli.register.export.suffix": {
        "nl": "kies een bestandsnaam die op .csv of .xlsx eindigt.",
        "en": "choose a file name that ends in .csv or .xlsx.",
    },
    "cli.register.history.help": {
        "nl": "de versies van één initiatief",
        "en": "the versions of one initiative",
    },
    "cli.register.history.jaar": {"nl": "alleen dit peiljaar", "en": "only this reference year"},
    "cli.register.history.unknown": {
        "nl": "initiatief '{id}' staat niet in het register.",
        "en": "initiative '{id}' is not in the register.",
    },
    "cli.register.history.line": {
        "nl": "{id} ({year}) versie {version}: {action} door {who} op {day} om {time} UTC{fields}{reason}",
        "en": "{id} ({year}) version {version}: {action} by {who} on {day} at {time} UTC{fields}{reason}",
    },
    "cli.register.history.reason": {"nl": " — reden: {reason}", "en": " — reason: {reason}"},
    "cli.register.backup.help": {
        "nl": "een consistente kopie van het register (SQLite)",
        "en": "a consistent copy of the register (SQLite)",
    },
    "cli.register.backup.done": {
        "nl": "Reservekopie geschreven naar {target}.",
        "en": "Backup written to {target}.",
    },
    "cli.users.help": {
        "nl": "gebruikers van het register (beheerders en redacteuren)",
        "en": "users of the register (administrators and editors)",
    },
    "cli.users.description": {
        "nl": "Beheerders mogen alles; een redacteur bewerkt initiatieven binnen het werkgebied.",
        "en": "Administrators may do everything; an editor edits initiatives within their area.",
    },
    "cli.users.add.help": {
        "nl": "gebruiker toevoegen of rol/werkgebied wijzigen",
        "en": "add a user or change their role or area",
    },
    "cli.users.add.scope": {
        "nl": "werkgebied: VNG–ZN-regio's en/of gemeenten, zoals ZK31,GM0363",
        "en": "area: VNG–ZN regions and/or municipalities, such as ZK31,GM0363",
    },
    "cli.users.added": {
        "nl": "Gebruiker {email}: {role}, werkgebied {scope}.",
        "en": "User {email}: {role}, area {scope}.",
    },
    "cli.users.set_password": {
        "nl": "Stel een wachtwoord in met: python -m dashboard users password {email}",
        "en": "Set a password with: python -m dashboard users password {email}",
    },
    "cli.users.list.help": {"nl": "alle gebruikers", "en": "every user"},
    "cli.users.none": {"nl": "Er zijn nog geen gebruikers.", "en": "There are no users yet."},
    "cli.users.no_password": {"nl": "(nog geen wachtwoord)", "en": "(no password yet)"},
    "cli.users.lock.paar": {
        "nl": "geblokkeerd op {day} om {time} vanaf adres {client}, tot {time_until}, na {n} mislukte pogingen",
        "en": "locked on {day} at {time} from address {client}, until {time_until}, after {n} failed attempts",
    },
    "cli.users.lock.account": {
        "nl": "voor alle adressen geblokkeerd op {day} om {time}, tot {time_until}, na {n} mislukte pogingen",
        "en": "locked for every address on {day} at {time}, until {time_until}, after {n} failed attempts",
    },
    "cli.users.lock.adres": {
        "nl": "adres {client} geblokkeerd op {day} om {time}, tot {time_until}, na {n} mislukte pogingen",
        "en": "address {client} locked on {day} at {time}, until {time_until}, after {n} failed attempts",
    },
    "cli.users.locks.others": {
        "nl": "Blokkeringen van adressen en van e-mailadressen zonder account (laatste 30 dagen, tijden in UTC):",
        "en": "Locks of addresses and of email addresses without an account (last 30 days, times in UTC):",
    },
    "cli.users.remove.help": {"nl": "gebruiker verwijderen", "en": "remove a user"},
    "cli.users.removed": {
        "nl": "Gebruiker {email} verwijderd; de geschiedenis houdt de naam bij wat zij wijzigden.",
        "en": "User {email} removed; the history keeps the name with what they changed.",
    },
    "cli.users.password.help": {
        "nl": "wachtwoord instellen (vraagt erom, of leest het van --stdin)",
        "en": "set a password (asks for it, or reads it from --stdin)",
    },
    "cli.users.password.stdin": {
        "nl": "lees het wachtwoord van standaardinvoer",
        "en": "read the password from standard input",
    },
    "cli.users.password.prompt": {"nl": "Nieuw wachtwoord: ", "en": "New password: "},
    "cli.users.password.again": {"nl": "Nogmaals: ", "en": "Again: "},
    "cli.users.password.mismatch": {
        "nl": "De twee wachtwoorden zijn niet gelijk; er is niets gewijzigd.",
        "en": "The two passwords differ; nothing was changed.",
    },
    "cli.users.password.done": {
        "nl": "Wachtwoord van {email} ingesteld.",
        "en": "Password of {email} set.",
    },
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "cli.validate.rejected": {
        "nl": {
            "one": "Resultaat: {n} rij afgewezen; verbeter die en probeer het opnieuw.",
            "other": "Resultaat: {n} rijen afgewezen; verbeter die en probeer het opnieuw.",
        },
        "en": {
            "one": "Result: {n} row rejected; correct it and try again.",
            "other": "Result: {n} rows rejected; correct them and try again.",
        },
    },
    "cli.summary.rejected": {
        "nl": {
            "one": "Let op: {n} rij afgewezen en niet meegeteld; zie 'python -m dashboard validate {path}'.",
            "other": "Let op: {n} rijen afgewezen en niet meegeteld; zie 'python -m dashboard validate {path}'.",
        },
        "en": {
            "one": "Note: {n} row rejected and not counted; see 'python -m dashboard validate {path}'.",
            "other": "Note: {n} rows rejected and not counted; see 'python -m dashboard validate {path}'.",
        },
    },
    "cli.register.init.loaded": {
        "nl": {
            "one": "Register aangemaakt met {n} initiatief uit {source}.",
            "other": "Register aangemaakt met {n} initiatieven uit {source}.",
        },
        "en": {
            "one": "Register created with {n} initiative from {source}.",
            "other": "Register created with {n} initiatives from {source}.",
        },
    },
    "cli.register.init.rejected": {
        "nl": {
            "one": "Let op: {n} rij afgekeurd en niet geladen; zie 'python -m dashboard validate'.",
            "other": "Let op: {n} rijen afgekeurd en niet geladen; zie 'python -m dashboard validate'.",
        },
        "en": {
            "one": "Note: {n} row rejected and not loaded; see 'python -m dashboard validate'.",
            "other": "Note: {n} rows rejected and not loaded; see 'python -m dashboard validate'.",
        },
    },
    "cli.register.init.updated": {
        "nl": {
            "one": "Register is bijgewerkt naar de nieuwste versie ({n} initiatief).",
            "other": "Register is bijgewerkt naar de nieuwste versie ({n} initiatieven).",
        },
        "en": {
            "one": "The register is updated to the latest version ({n} initiative).",
            "other": "The register is updated to the latest version ({n} initiatives).",
        },
    },
    "cli.register.export.done": {
        "nl": {
            "one": "{n} initiatief geschreven naar {target}.",
            "other": "{n} initiatieven geschreven naar {target}.",
        },
        "en": {
            "one": "{n} initiative written to {target}.",
            "other": "{n} initiatives written to {target}.",
        },
    },
}
