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
    # The open-year banner and the confirmation filter
    "peiljaar.banner": {
        "nl": "Peiljaar {year} is nog open: de gegevens worden nog ingevuld.",
        "en": "Reference year {year} is still open: the data are still being filled in.",
    },
    "peiljaar.banner.in": {"nl": "In {where}: {counts}", "en": "In {where}: {counts}"},
    "peiljaar.banner.table": {"nl": "Hoe ver per regio", "en": "Progress per region"},
    "peiljaar.banner.default": {
        "nl": "Wie geen jaar kiest, ziet peiljaar {year}: het nieuwste vastgestelde.",
        "en": "Whoever chooses no year sees reference year {year}: the newest closed one.",
    },
    "peiljaar.table.regio": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "peiljaar.table.all": {"nl": "Alle regio's", "en": "All regions"},
    "peiljaar.table.total": {"nl": "Initiatieven", "en": "Initiatives"},
    "peiljaar.table.updated": {"nl": "Bijgewerkt", "en": "Updated"},
    "peiljaar.table.carried": {
        "nl": "Overgenomen, nog niet bijgewerkt",
        "en": "Carried over, not yet updated",
    },
    "peiljaar.table.both": {"nl": "Door beide kanten bevestigd", "en": "Confirmed by both sides"},
    "sidebar.jaar.open": {"nl": "{year} (open, wordt ingevuld)", "en": "{year} (open, being filled)"},
    "sidebar.bevestigd": {
        "nl": "Alleen door beide kanten bevestigd",
        "en": "Only confirmed by both sides",
    },
    "sidebar.bevestigd.help": {
        "nl": "Tel alleen initiatieven waarvan gemeente én zorgverzekeraar het samenwerkingsniveau, de afspraken "
        "en de financiering hebben bevestigd. Voorbeelddata is nooit bevestigd.",
        "en": "Count only initiatives whose collaboration level, agreements and financing both the gemeente and "
        "the health insurer confirmed. Example data is never confirmed.",
    },
    "peiljaar.only_confirmed": {
        "nl": "Alleen initiatieven die door beide kanten zijn bevestigd tellen mee: {counts}.",
        "en": "Only initiatives confirmed by both sides count: {counts}.",
    },
    "peiljaar.carried_label": {
        "nl": "overgenomen (niet bijgewerkt)",
        "en": "carried over (not updated)",
    },
    "table.status": {"nl": "Status", "en": "Status"},
    # The Register page
    "register.tab.confirm": {"nl": "Te bevestigen", "en": "To confirm"},
    "peiljaar.page.kept": {
        "nl": "Wat u hebt ingevuld blijft staan; probeer het zo opnieuw.",
        "en": "What you entered stays; please try again shortly.",
    },
    "peiljaar.page.organisation": {
        "nl": "Organisatie: {organisation}.",
        "en": "Organisation: {organisation}.",
    },
    "peiljaar.page.no_organisation": {
        "nl": "nog geen (vraag de beheerder die in te stellen; tot dan kunt u niet bevestigen)",
        "en": "none yet (ask the administrator to set it; until then you cannot confirm)",
    },
    "peiljaar.page.id_placeholder": {"nl": "leeg: automatisch", "en": "empty: automatic"},
    "peiljaar.page.id_help": {
        "nl": "Laat leeg en het register geeft een leesbare id, zoals maastricht-samen-gezond-2025. Een id "
        "verandert daarna nooit meer.",
        "en": "Leave empty and the register gives a readable id, such as maastricht-samen-gezond-2025. An id "
        "never changes afterwards.",
    },
    "peiljaar.page.id_given": {"nl": "Id: {id}.", "en": "Id: {id}."},
    "peiljaar.page.saved_open": {
        "nl": "Peiljaar {year} is nog open: wie geen jaar kiest, ziet het nog niet.",
        "en": "Reference year {year} is still open: whoever chooses no year does not see it yet.",
    },
    "peiljaar.page.example_record": {
        "nl": "Dit is voorbeelddata: gegenereerd, geen echt initiatief. U kunt het bewerken, maar niemand kan het "
        "bevestigen of betwisten.",
        "en": "This is example data: generated, not a real initiative. You can edit it, but nobody can confirm or "
        "dispute it.",
    },
    "peiljaar.page.carried_record": {
        "nl": "Overgenomen (niet bijgewerkt): bij de vaststelling van dit peiljaar had niemand het bijgewerkt.",
        "en": "Carried over (not updated): nobody had updated it when this reference year was closed.",
    },
    "peiljaar.page.history_unavailable": {
        "nl": "De wijzigingen zijn te zien zodra het register weer bereikbaar is.",
        "en": "The changes can be seen as soon as the register can be reached again.",
    },
    "peiljaar.import.applied": {
        "nl": "{name} is ingelezen: {nieuw} nieuw, {gewijzigd} gewijzigd. Kies een ander bestand om verder te gaan.",
        "en": "{name} has been imported: {nieuw} new, {gewijzigd} changed. Choose another file to go on.",
    },
    "peiljaar.import.unusable": {
        "nl": "Dit bestand is niet te gebruiken; er wordt niets ingelezen. Zie de meldingen hieronder.",
        "en": "This file cannot be used; nothing is imported. See the messages below.",
    },
    "peiljaar.import.nothing_rejected": {
        "nl": "De goedgekeurde rijen staan al zo in het register; er is niets in te lezen. De afgekeurde rijen "
        "staan hieronder, om te verbeteren.",
        "en": "The accepted rows are already in the register as they are; there is nothing to import. The "
        "rejected rows are below, to correct.",
    },
    # Te bevestigen
    "peiljaar.confirm.intro": {
        "nl": "Samenwerkingsniveau, afspraken en financiering beschrijven de relatie tussen gemeente en "
        "zorgverzekeraar: beide kanten bevestigen ze, of betwisten ze met een reden. Een wijziging door de ene "
        "kant vraagt de andere opnieuw om bevestiging.",
        "en": "Collaboration level, agreements and financing describe the relation between gemeente and health "
        "insurer: each side confirms them, or disputes them with a reason. A change by one side asks the other "
        "to confirm again.",
    },
    "peiljaar.confirm.no_organisation": {
        "nl": "Uw account hoort nog bij geen organisatie: u kunt daarom niet bevestigen namens een gemeente of "
        "zorgverzekeraar. Vraag de beheerder uw organisatie in te stellen.",
        "en": "Your account does not belong to an organisation yet, so you cannot confirm for a gemeente or "
        "health insurer. Ask the administrator to set your organisation.",
    },
    "peiljaar.confirm.none": {
        "nl": "Er zijn geen initiatieven die {organisation} kan bevestigen: het is bij geen initiatief in uw "
        "werkgebied gemeente of zorgverzekeraar.",
        "en": "There are no initiatives {organisation} can confirm: it is not the gemeente or health insurer of "
        "any initiative in your area.",
    },
    "peiljaar.confirm.example": {
        "nl": "Voorbeelddata staat niet in deze lijst: het is gegenereerd, geen echt initiatief, en kan niet "
        "bevestigd worden.",
        "en": "Example data is not in this list: it is generated, not a real initiative, and cannot be confirmed.",
    },
    "peiljaar.confirm.show": {"nl": "Tonen", "en": "Show"},
    "peiljaar.confirm.show.todo": {"nl": "nog te doen", "en": "still to do"},
    "peiljaar.confirm.show.all": {"nl": "alle", "en": "all"},
    "peiljaar.confirm.done": {
        "nl": "Niets meer te doen in dit peiljaar.",
        "en": "Nothing left to do in this reference year.",
    },
    "peiljaar.confirm.page": {"nl": "Pagina (van {pages})", "en": "Page (of {pages})"},
    "peiljaar.confirm.button": {"nl": "Bevestigen", "en": "Confirm"},
    "peiljaar.confirm.saved": {
        "nl": "Bevestigd: {name} ({year}).",
        "en": "Confirmed: {name} ({year}).",
    },
    "peiljaar.confirm.refused": {
        "nl": "Niet opgeslagen voor {name} ({year}):",
        "en": "Not saved for {name} ({year}):",
    },
    "peiljaar.dispute.button": {"nl": "Betwisten", "en": "Dispute"},
    "peiljaar.dispute.reason": {
        "nl": "Waarom klopt het niet? (verplicht)",
        "en": "Why is it not right? (required)",
    },
    "peiljaar.dispute.level": {
        "nl": "Welk niveau klopt volgens u?",
        "en": "Which level is right, in your view?",
    },
    "peiljaar.dispute.level.none": {"nl": "(geen voorstel)", "en": "(no proposal)"},
    "peiljaar.dispute.submit": {"nl": "Betwisten", "en": "Dispute"},
    "peiljaar.dispute.saved": {
        "nl": "Betwist: {name} ({year}). De andere kant ziet uw reden.",
        "en": "Disputed: {name} ({year}). The other side sees your reason.",
    },
    "peiljaar.relation": {
        "nl": "Niveau: {level} · afspraken: {agreement} · financiering: {funding}",
        "en": "Level: {level} · agreements: {agreement} · financing: {funding}",
    },
    "peiljaar.side.gemeente": {"nl": "Gemeente", "en": "Gemeente"},
    "peiljaar.side.zorgverzekeraar": {"nl": "Zorgverzekeraar", "en": "Health insurer"},
    "peiljaar.word.none": {"nl": "{side}: nog niet bevestigd", "en": "{side}: not confirmed yet"},
    "peiljaar.word.confirmed": {
        "nl": "{side}: bevestigd door {organisation} op {day}",
        "en": "{side}: confirmed by {organisation} on {day}",
    },
    "peiljaar.word.disputed": {
        "nl": "{side}: betwist door {organisation} op {day}: {reason}{proposed}",
        "en": "{side}: disputed by {organisation} on {day}: {reason}{proposed}",
    },
    "peiljaar.word.proposes": {"nl": " (stelt voor: {level})", "en": " (proposes: {level})"},
    # The round tab
    "peiljaar.round.intro": {
        "nl": "Een peiljaar is open zolang het wordt ingevuld: de initiatieven van vorig jaar staan er als concept "
        "in. Wie geen jaar kiest, ziet het nieuwste vastgestelde peiljaar. Een beheerder opent en sluit een ronde.",
        "en": "A reference year is open while it is being filled: last year's initiatives are in it as drafts. "
        "Whoever chooses no year sees the newest closed reference year. An administrator opens and closes a "
        "round.",
    },
    "peiljaar.round.status": {"nl": "Status", "en": "Status"},
    "peiljaar.round.closed_at": {"nl": "Vastgesteld op", "en": "Closed on"},
    "peiljaar.round.reason": {"nl": "Reden", "en": "Reason"},
    "peiljaar.round.closed_by": {"nl": "Vastgesteld door", "en": "Closed by"},
    "peiljaar.status.open": {"nl": "open, wordt ingevuld", "en": "open, being filled"},
    "peiljaar.status.vastgesteld": {"nl": "vastgesteld", "en": "closed"},
    "peiljaar.round.open_year": {"nl": "Peiljaar {year} (open)", "en": "Reference year {year} (open)"},
    "peiljaar.round.open_help": {
        "nl": "**Een ronde openen.** De gepubliceerde initiatieven van het vorige peiljaar gaan mee als concept; "
        "redacteuren werken ze bij, de twee kanten bevestigen.",
        "en": "**Open a round.** The published initiatives of the previous reference year are carried over as "
        "drafts; editors update them, the two sides confirm.",
    },
    "peiljaar.round.open_year_field": {"nl": "Peiljaar", "en": "Reference year"},
    "peiljaar.round.open": {"nl": "Ronde openen", "en": "Open the round"},
    "peiljaar.round.close": {"nl": "Peiljaar {year} vaststellen", "en": "Close reference year {year}"},
    "peiljaar.round.close_submit": {"nl": "Peiljaar {year} vaststellen", "en": "Close reference year {year}"},
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
    "peiljaar.banner.progress": {
        "nl": {
            "one": "{updated} van {n} initiatief bijgewerkt, {both} door beide kanten bevestigd, {carried} "
            "overgenomen en nog niet bijgewerkt.",
            "other": "{updated} van {n} initiatieven bijgewerkt, {both} door beide kanten bevestigd, {carried} "
            "overgenomen en nog niet bijgewerkt.",
        },
        "en": {
            "one": "{updated} of {n} initiative updated, {both} confirmed by both sides, {carried} carried over "
            "and not yet updated.",
            "other": "{updated} of {n} initiatives updated, {both} confirmed by both sides, {carried} carried "
            "over and not yet updated.",
        },
    },
    "peiljaar.banner.short": {
        "nl": {
            "one": "Peiljaar {year} is nog open: de gegevens worden nog ingevuld ({updated} van {n} initiatief "
            "bijgewerkt).",
            "other": "Peiljaar {year} is nog open: de gegevens worden nog ingevuld ({updated} van {n} "
            "initiatieven bijgewerkt).",
        },
        "en": {
            "one": "Reference year {year} is still open: the data are still being filled in ({updated} of {n} "
            "initiative updated).",
            "other": "Reference year {year} is still open: the data are still being filled in ({updated} of {n} "
            "initiatives updated).",
        },
    },
    "peiljaar.confirmed_count": {
        "nl": {
            "one": "{both} van {n} initiatief door beide kanten bevestigd",
            "other": "{both} van {n} initiatieven door beide kanten bevestigd",
        },
        "en": {
            "one": "{both} of {n} initiative confirmed by both sides",
            "other": "{both} of {n} initiatives confirmed by both sides",
        },
    },
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
    "peiljaar.import.download_rejected": {
        "nl": {
            "one": "De afgekeurde rij downloaden (CSV, om te verbeteren)",
            "other": "De {n} afgekeurde rijen downloaden (CSV, om te verbeteren)",
        },
        "en": {
            "one": "Download the rejected row (CSV, to correct)",
            "other": "Download the {n} rejected rows (CSV, to correct)",
        },
    },
    "peiljaar.confirm.count": {
        "nl": {
            "one": "**{n}** van {total} wacht op het woord van {organisation}.",
            "other": "**{n}** van {total} wachten op het woord van {organisation}.",
        },
        "en": {
            "one": "**{n}** of {total} awaits the word of {organisation}.",
            "other": "**{n}** of {total} await the word of {organisation}.",
        },
    },
    "cli.peiljaar.more": {
        "nl": {"one": "… en {n} ander", "other": "… en {n} andere"},
        "en": {"one": "… and {n} more", "other": "… and {n} more"},
    },
}
