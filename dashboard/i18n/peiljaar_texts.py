"""Texts of the peiljaar round and the two sides: the open-year banner, confirming and disputing, opening and
closing a round, organisations, and the register's own refusals about them (made as ``Msg``)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Who made a change, for the public
    "peiljaar.actor.migration": {
        "nl": "bestaand peiljaar (overgang naar peiljaarstatus)",
        "en": "existing reference year (introduction of year status)",
    },
    "peiljaar.actor.unknown_organisation": {
        "nl": "redacteur (organisatie onbekend)",
        "en": "editor (organisation unknown)",
    },
    # Version actions of the two sides and the vaststelling
    "register.action.bevestigd_door": {"nl": "bevestigd door een kant", "en": "confirmed by one side"},
    "register.action.bevestigd_door.gemeente": {
        "nl": "bevestigd door gemeente",
        "en": "confirmed by gemeente",
    },
    "register.action.bevestigd_door.zorgverzekeraar": {
        "nl": "bevestigd door zorgverzekeraar",
        "en": "confirmed by health insurer",
    },
    "register.action.betwist": {"nl": "betwist", "en": "disputed"},
    "register.action.betwist.gemeente": {"nl": "betwist door gemeente", "en": "disputed by gemeente"},
    "register.action.betwist.zorgverzekeraar": {
        "nl": "betwist door zorgverzekeraar",
        "en": "disputed by health insurer",
    },
    "register.action.niet_bijgewerkt": {
        "nl": "overgenomen (niet bijgewerkt)",
        "en": "carried over (not updated)",
    },
    # The register's refusals
    "peiljaar.error.example_not_confirmable": {
        "nl": "Dit is voorbeelddata (gegenereerd, geen echt initiatief): voorbeelddata kan niet bevestigd of "
        "betwist worden.",
        "en": "This is example data (generated, not a real initiative): example data cannot be confirmed or "
        "disputed.",
    },
    "peiljaar.error.no_organisation": {
        "nl": "Uw account hoort nog bij geen organisatie, en kan daarom niet bevestigen namens een kant. Vraag de "
        "beheerder uw organisatie in te stellen (python -m dashboard users set … --organisatie …).",
        "en": "Your account does not belong to an organisation yet, so it cannot confirm for a side. Ask the "
        "administrator to set your organisation (python -m dashboard users set … --organisatie …).",
    },
    "peiljaar.error.not_a_party": {
        "nl": "{organisation} is geen gemeente of zorgverzekeraar van '{name}' en kan het daarom niet bevestigen "
        "of betwisten.",
        "en": "{organisation} is not a gemeente or health insurer of '{name}', so it cannot confirm or dispute "
        "it.",
    },
    "peiljaar.error.dispute_reason": {
        "nl": "Geef een reden waarom u het betwist.",
        "en": "Give a reason why you dispute it.",
    },
    "peiljaar.error.closed": {
        "nl": "Peiljaar {year} is vastgesteld; daarin wordt geen ronde meer geopend of vastgesteld.",
        "en": "Reference year {year} is closed; no round can be opened or closed in it any more.",
    },
    "peiljaar.error.not_opened": {
        "nl": "Peiljaar {year} is nog niet geopend. Een beheerder opent de ronde.",
        "en": "Reference year {year} has not been opened. An administrator opens the round.",
    },
    "peiljaar.error.needs_beheerder": {
        "nl": "Alleen een beheerder opent of sluit een peiljaar.",
        "en": "Only an administrator opens or closes a reference year.",
    },
    "peiljaar.error.close_reason": {
        "nl": "Geef een reden voor de vaststelling (bijvoorbeeld: wat er nog open staat en waarom het zo mag).",
        "en": "Give a reason for closing the year (for example: what is still open and why that is acceptable).",
    },
    "peiljaar.error.unknown": {
        "nl": "Peiljaar {year} bestaat niet in het register.",
        "en": "Reference year {year} does not exist in the register.",
    },
    "peiljaar.error.no_organisation_given": {
        "nl": "Geef een organisatie: een gemeente (GM-code of naam), een zorgverzekeraar of de naam van een "
        "andere partij.",
        "en": "Give an organisation: a gemeente (GM code or name), a health insurer or the name of another "
        "party.",
    },
    "peiljaar.error.unknown_gemeente": {
        "nl": "{code} is geen bekende gemeentecode.",
        "en": "{code} is not a known gemeente code.",
    },
    # States as the public reads them
    "peiljaar.state.onbevestigd": {"nl": "onbevestigd", "en": "unconfirmed"},
    "peiljaar.state.gemeente": {"nl": "bevestigd door gemeente", "en": "confirmed by gemeente"},
    "peiljaar.state.zorgverzekeraar": {
        "nl": "bevestigd door zorgverzekeraar",
        "en": "confirmed by health insurer",
    },
    "peiljaar.state.beide": {"nl": "bevestigd door beide kanten", "en": "confirmed by both sides"},
    "peiljaar.state.betwist": {"nl": "betwist", "en": "disputed"},
    "peiljaar.organisation.gemeente": {"nl": "gemeente", "en": "gemeente"},
    "peiljaar.organisation.zorgverzekeraar": {"nl": "zorgverzekeraar", "en": "health insurer"},
    "peiljaar.organisation.overig": {"nl": "andere partij", "en": "other party"},
    # Command line
    "cli.peiljaar.help": {
        "nl": "peiljaren: een ronde openen, vaststellen, de stand",
        "en": "reference years: open a round, close it, the state",
    },
    "cli.peiljaar.description": {
        "nl": "Een peiljaar is open zolang het wordt ingevuld en vastgesteld als een beheerder het sluit. Het "
        "publiek ziet het nieuwste vastgestelde peiljaar, tenzij het een ander kiest.",
        "en": "A reference year is open while it is being filled and closed once an administrator closes it. "
        "The public sees the newest closed reference year unless it chooses another.",
    },
    "cli.peiljaar.open.help": {
        "nl": "een ronde openen: de initiatieven van vorig jaar gaan mee als concept",
        "en": "open a round: last year's initiatives are carried over as concepts",
    },
    "cli.peiljaar.open.van": {
        "nl": "het jaar waaruit wordt overgenomen (standaard: het nieuwste eerdere jaar)",
        "en": "the year to carry over from (default: the newest earlier year)",
    },
    "cli.peiljaar.close.help": {
        "nl": "een peiljaar vaststellen (toont eerst wat nog niet is bijgewerkt of bevestigd)",
        "en": "close a reference year (shows first what is not yet updated or confirmed)",
    },
    "cli.peiljaar.close.reden": {
        "nl": "waarom het zo wordt vastgesteld (verplicht)",
        "en": "why it is closed as it is (required)",
    },
    "cli.peiljaar.close.toon": {
        "nl": "hoeveel open initiatieven te tonen (standaard 50)",
        "en": "how many open initiatives to list (default 50)",
    },
    "cli.peiljaar.status.help": {
        "nl": "de status van elk peiljaar, en hoe ver een open peiljaar is per regio",
        "en": "each reference year's status, and how far an open one is per region",
    },
    "cli.peiljaar.none": {
        "nl": "Het register heeft nog geen peiljaren.",
        "en": "The register has no years yet.",
    },
    "cli.peiljaar.line.closed": {"nl": "{year}: vastgesteld {when}", "en": "{year}: closed {when}"},
    "cli.peiljaar.line.open": {
        "nl": "{year}: open (sinds {when}), wordt nog ingevuld",
        "en": "{year}: open (since {when}), still being filled",
    },
    "cli.peiljaar.all_regions": {"nl": "alle regio's", "en": "all regions"},
    "cli.peiljaar.state.concept": {
        "nl": "concept, nog niet bijgewerkt",
        "en": "concept, not yet updated",
    },
    "cli.peiljaar.reason_needed": {
        "nl": "Niets vastgesteld: geef met --reden waarom het peiljaar zo wordt vastgesteld.",
        "en": "Nothing closed: give with --reden why the reference year is closed as it is.",
    },
    "cli.users.organisatie": {
        "nl": "de organisatie: een gemeente (GM0363 of de naam), een zorgverzekeraar (CZ) of een andere "
        'partij ("GGD Utrecht"); leeg bij users set: geen organisatie',
        "en": "the organisation: a gemeente (GM0363 or its name), a health insurer (CZ) or another party "
        '("GGD Utrecht"); empty with users set: none',
    },
    "cli.users.set.help": {
        "nl": "rol, werkgebied of organisatie van een gebruiker wijzigen",
        "en": "change a user's role, area or organisation",
    },
    "cli.users.organisation": {"nl": "Organisatie: {organisation}.", "en": "Organisation: {organisation}."},
    "cli.users.organisation.none": {
        "nl": "geen organisatie (kan niet bevestigen)",
        "en": "no organisation (cannot confirm)",
    },
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "cli.peiljaar.progress": {
        "nl": {
            "one": "{name}: {n} initiatief, {updated} bijgewerkt, {carried} overgenomen en nog niet bijgewerkt, "
            "{both} door beide kanten bevestigd",
            "other": "{name}: {n} initiatieven, {updated} bijgewerkt, {carried} overgenomen en nog niet "
            "bijgewerkt, {both} door beide kanten bevestigd",
        },
        "en": {
            "one": "{name}: {n} initiative, {updated} updated, {carried} carried over and not yet updated, "
            "{both} confirmed by both sides",
            "other": "{name}: {n} initiatives, {updated} updated, {carried} carried over and not yet updated, "
            "{both} confirmed by both sides",
        },
    },
    "cli.peiljaar.opened": {
        "nl": {
            "one": "Peiljaar {year} is open; {n} initiatief overgenomen als concept.",
            "other": "Peiljaar {year} is open; {n} initiatieven overgenomen als concept.",
        },
        "en": {
            "one": "Reference year {year} is open; {n} initiative carried over as a concept.",
            "other": "Reference year {year} is open; {n} initiatives carried over as concepts.",
        },
    },
    "cli.peiljaar.closed": {
        "nl": {
            "one": "Peiljaar {year} is vastgesteld; {n} initiatief gepubliceerd als overgenomen (niet "
            "bijgewerkt).",
            "other": "Peiljaar {year} is vastgesteld; {n} initiatieven gepubliceerd als overgenomen (niet "
            "bijgewerkt).",
        },
        "en": {
            "one": "Reference year {year} is closed; {n} initiative published as carried over (not updated).",
            "other": "Reference year {year} is closed; {n} initiatives published as carried over (not "
            "updated).",
        },
    },
    "cli.peiljaar.unfinished": {
        "nl": {
            "one": "Peiljaar {year}: {n} initiatief is nog niet bijgewerkt of nog niet door beide kanten "
            "bevestigd ({concepts} nog niet bijgewerkt; voorbeelddata kan niemand bevestigen):",
            "other": "Peiljaar {year}: {n} initiatieven zijn nog niet bijgewerkt of nog niet door beide kanten "
            "bevestigd ({concepts} nog niet bijgewerkt; voorbeelddata kan niemand bevestigen):",
        },
        "en": {
            "one": "Reference year {year}: {n} initiative is not yet updated or not yet confirmed by both sides "
            "({concepts} not yet updated; nobody can confirm example data):",
            "other": "Reference year {year}: {n} initiatives are not yet updated or not yet confirmed by both "
            "sides ({concepts} not yet updated; nobody can confirm example data):",
        },
    },
    "cli.peiljaar.more": {
        "nl": {"one": "… en {n} ander", "other": "… en {n} andere"},
        "en": {"one": "… and {n} more", "other": "… and {n} more"},
    },
}
