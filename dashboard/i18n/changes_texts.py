"""Texts of the public change log (page *Wijzigingen*, its CSV, the slide "Wat is er veranderd sinds …", the
Register page's history) and of the open data at stable addresses (the Gegevens page's links, the files'
metadata and feeds)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nav.wijzigingen": {"nl": "Wijzigingen", "en": "Changes"},
    "changes.title": {"nl": "Wijzigingen in het register", "en": "Changes in the register"},
    "changes.intro": {
        "nl": "Wat er in het register is veranderd: wanneer, door welke organisatie, bij welk initiatief, wat "
        "(oud → nieuw) en waarom. Het gebied volgt de regio en provincie in de zijbalk, of de gemeente die u "
        "hieronder kiest.",
        "en": "What changed in the register: when, by which organisation, for which initiative, what (old → "
        "new) and why. The area follows the region and province in the sidebar, or the municipality you choose "
        "below.",
    },
    "changes.place": {"nl": "Gemeente of regio", "en": "Municipality or region"},
    "changes.place.placeholder": {
        "nl": "Heel Nederland (typ om een gemeente of regio te kiezen)",
        "en": "The whole Netherlands (type to choose a municipality or region)",
    },
    "changes.since": {"nl": "Sinds", "en": "Since"},
    "changes.since.vaststelling": {
        "nl": "de vaststelling van peiljaar {year} ({date})",
        "en": "the adoption of reference year {year} ({date})",
    },
    "changes.since.datum": {"nl": "een datum", "en": "a date"},
    "changes.since.alles": {"nl": "het begin van het register", "en": "the start of the register"},
    "changes.since.pick": {"nl": "Datum", "en": "Date"},
    "changes.since.help": {
        "nl": "Standaard sinds de laatste vaststelling van een peiljaar: wat er daarna is veranderd.",
        "en": "By default since the last adoption of a reference year: what changed after it.",
    },
    "changes.kinds": {"nl": "Soort wijziging", "en": "Kind of change"},
    "changes.kinds.placeholder": {"nl": "Alle soorten", "en": "All kinds"},
    "changes.kind.nieuw": {"nl": "nieuw", "en": "new"},
    "changes.kind.gewijzigd": {"nl": "gewijzigd", "en": "changed"},
    "changes.kind.ingetrokken": {"nl": "ingetrokken", "en": "withdrawn"},
    "changes.kind.hersteld": {"nl": "hersteld", "en": "restored"},
    "changes.kind.bevestigd": {"nl": "bevestigd", "en": "confirmed"},
    "changes.kind.betwist": {"nl": "betwist", "en": "disputed"},
    "changes.kind.overgenomen": {"nl": "overgenomen", "en": "carried over"},
    "changes.area.nl": {"nl": "heel Nederland", "en": "the whole Netherlands"},
    "changes.area.gemeente": {"nl": "gemeente {name}", "en": "municipality {name}"},
    "changes.none": {
        "nl": "Geen wijzigingen sinds {since} in {area}.",
        "en": "No changes since {since} in {area}.",
    },
    "changes.shown": {
        "nl": "De tabel toont de nieuwste {shown} rijen; de CSV bevat alle {total}.",
        "en": "The table shows the newest {shown} rows; the CSV holds all {total}.",
    },
    "changes.download": {"nl": "Wijzigingen downloaden (CSV)", "en": "Download the changes (CSV)"},
    "changes.times": {
        "nl": "Tijden in UTC. Een organisatie is die van de redacteur op het moment van de wijziging.",
        "en": "Times in UTC. An organisation is the editor's at the time of the change.",
    },
    # Table and CSV columns
    "changes.col.when": {"nl": "Wanneer", "en": "When"},
    "changes.col.who": {"nl": "Organisatie", "en": "Organisation"},
    "changes.col.id": {"nl": "Id", "en": "Id"},
    "changes.col.jaar": {"nl": "Peiljaar", "en": "Reference year"},
    "changes.col.initiative": {"nl": "Initiatief", "en": "Initiative"},
    "changes.col.kind": {"nl": "Soort", "en": "Kind"},
    "changes.col.field": {"nl": "Veld", "en": "Field"},
    "changes.col.old": {"nl": "Oud", "en": "Old"},
    "changes.col.new": {"nl": "Nieuw", "en": "New"},
    "changes.col.reason": {"nl": "Reden", "en": "Reason"},
    "changes.col.version": {"nl": "Versie", "en": "Version"},
    "changes.col.account": {"nl": "Door", "en": "By"},
    "changes.col.example": {"nl": "Voorbeelddata", "en": "Example data"},
    # Field names as a reader reads them (the form's labels carry typing hints).
    "changes.field.naam": {"nl": "Naam", "en": "Name"},
    "changes.field.preventiecoalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "changes.field.reikwijdte": {"nl": "Reikwijdte", "en": "Reach"},
    "changes.field.gemeenten": {"nl": "Gemeenten", "en": "Municipalities"},
    "changes.field.wijken": {"nl": "Wijken", "en": "Districts"},
    "changes.field.samenwerkingsniveau": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "changes.field.afspraken": {"nl": "Afspraken", "en": "Agreements"},
    "changes.field.financiering": {"nl": "Financiering", "en": "Funding"},
    "changes.field.zorgverzekeraars": {"nl": "Zorgverzekeraars", "en": "Health insurers"},
    "changes.field.partijen": {"nl": "Betrokken partijen", "en": "Parties involved"},
    "changes.field.interventies": {"nl": "Interventies", "en": "Interventions"},
    "changes.field.gli_programmas": {"nl": "GLI-programma's", "en": "CLI programmes"},
    "changes.field.doelgroepen": {"nl": "Doelgroepen", "en": "Target groups"},
    "changes.field.startjaar": {"nl": "Startjaar", "en": "Start year"},
    "changes.field.bron": {"nl": "Bron", "en": "Source"},
    "changes.field.toelichting": {"nl": "Toelichting", "en": "Notes"},
    "changes.field.voorbeelddata": {"nl": "Voorbeelddata", "en": "Example data"},
    "changes.field.status": {"nl": "Status", "en": "Status"},
    "changes.field.bevestiging": {"nl": "Bevestiging", "en": "Confirmation"},
    # Values
    "changes.value.yes": {"nl": "ja", "en": "yes"},
    "changes.value.no": {"nl": "nee", "en": "no"},
    "changes.value.empty": {"nl": "(leeg)", "en": "(empty)"},
    "changes.value.removed": {"nl": "weg: {items}", "en": "removed: {items}"},
    "changes.value.added": {"nl": "erbij: {items}", "en": "added: {items}"},
    "changes.status.concept": {"nl": "concept", "en": "draft"},
    "changes.status.bevestigd": {"nl": "bevestigd", "en": "confirmed"},
    "changes.status.overgenomen": {"nl": "overgenomen (niet bijgewerkt)", "en": "carried over (not updated)"},
    "changes.value.proposed": {"nl": "voorgesteld: {level}", "en": "proposed: {level}"},
    "changes.value.no_proposal": {"nl": "(geen niveau voorgesteld)", "en": "(no level proposed)"},
    # CSV provenance
    "changes.dl.title": {
        "nl": "Wijzigingen in het register van de Preventiekaart sinds {since}; gebied: {area}; soort: {kinds}",
        "en": "Changes in the Preventiekaart register since {since}; area: {area}; kind: {kinds}",
    },
    "changes.dl.kinds.all": {"nl": "alle", "en": "all"},
    "changes.dl.source": {
        "nl": "Bron: het register van de Preventiekaart (revisie {revision})",
        "en": "Source: the Preventiekaart register (revision {revision})",
    },
    "changes.dl.example": {
        "nl": "Rijen met 'ja' in de kolom Voorbeelddata gaan over gegenereerde voorbeelddata, niet over echte "
        "initiatieven.",
        "en": "Rows with 'yes' in the Example data column are about generated example data, not real "
        "initiatives.",
    },
    # The slide
    "slide.wijzigingen": {
        "nl": "Wat is er veranderd in {area} sinds {since}?",
        "en": "What has changed in {area} since {since}?",
    },
    "slide.wijzigingen.kinds": {"nl": "Wijzigingen per soort", "en": "Changes by kind"},
    "slide.wijzigingen.levels": {
        "nl": "Veranderd samenwerkingsniveau",
        "en": "Changed collaboration level",
    },
    "slide.wijzigingen.none": {
        "nl": "Geen wijzigingen sinds {since} in {area}.",
        "en": "No changes since {since} in {area}.",
    },
    "slide.wijzigingen.no_levels": {
        "nl": "Bij geen enkel initiatief is het samenwerkingsniveau veranderd.",
        "en": "No initiative changed its collaboration level.",
    },
    "slide.wijzigingen.area": {"nl": "Gebied: {area}", "en": "Area: {area}"},
    # Open data (the files' own texts; Dutch first, English in the metadata beside it)
    "opendata.example": {
        "nl": "Dit bestand bevat voorbeelddata: gegenereerde initiatieven (kolom voorbeelddata = ja) naast echte, "
        "benoemde initiatieven. De totalen van de voorbeelddata volgen de RIVM-factsheet 2020; het RIVM publiceert "
        "geen gegevens per initiatief.",
        "en": "This file holds example data: generated initiatives (column voorbeelddata = ja) next to real, named "
        "initiatives. The example data's totals follow the RIVM factsheet 2020; RIVM publishes no "
        "per-initiative data.",
    },
    "opendata.example.short": {"nl": "voorbeelddata", "en": "example data"},
    "opendata.source": {
        "nl": "Preventiekaart: het register van preventie-initiatieven van gemeenten en zorgverzekeraars, "
        "bijgehouden door de gemeenten en zorgverzekeraars zelf.",
        "en": "Preventiekaart: the register of prevention initiatives of municipalities and health insurers, kept "
        "by the municipalities and insurers themselves.",
    },
    "opendata.area.nl": {"nl": "Nederland", "en": "the Netherlands"},
    "opendata.area.regio": {"nl": "VNG–ZN-regio {name} ({code})", "en": "VNG–ZN region {name} ({code})"},
    "opendata.area.gemeente": {"nl": "gemeente {name} ({code})", "en": "municipality {name} ({code})"},
    "opendata.title.initiatives": {
        "nl": "Preventie-initiatieven in {area}, peiljaar {year}",
        "en": "Prevention initiatives in {area}, reference year {year}",
    },
    "opendata.title.initiatives_all": {
        "nl": "Preventie-initiatieven in {area}, alle peiljaren",
        "en": "Prevention initiatives in {area}, all reference years",
    },
    "opendata.title.snapshot": {
        "nl": "Preventie-initiatieven in Nederland, peiljaar {year} zoals vastgesteld op {date}",
        "en": "Prevention initiatives in the Netherlands, reference year {year} as adopted on {date}",
    },
    "opendata.description.initiatives": {
        "nl": "De initiatieven die minstens één gemeente in {area} raken, één rij per initiatief per peiljaar, in "
        "het bestandsformaat van de Preventiekaart (codes; lijsten gescheiden door ';').",
        "en": "The initiatives touching at least one municipality in {area}, one row per initiative per reference "
        "year, in the Preventiekaart file format (codes; lists separated by ';').",
    },
    "opendata.feed.title": {
        "nl": "Preventiekaart: wijzigingen in {area}",
        "en": "Preventiekaart: changes in {area}",
    },
    "opendata.feed.description": {
        "nl": "Wat er in het register is veranderd, nieuwste eerst: per versie van een initiatief de organisatie, "
        "de velden (oud → nieuw) en de reden.",
        "en": "What changed in the register, newest first: per version of an initiative the organisation, the "
        "fields (old → new) and the reason.",
    },
    "opendata.changes_csv.title": {
        "nl": "Preventiekaart: alle wijzigingen in het register",
        "en": "Preventiekaart: every change in the register",
    },
    "opendata.changes_csv.description": {
        "nl": "Elke wijziging in het register, één rij per gewijzigd veld (oud → nieuw), nieuwste eerst.",
        "en": "Every change in the register, one row per changed field (old → new), newest first.",
    },
    "opendata.catalogue.title": {
        "nl": "Preventiekaart: open data",
        "en": "Preventiekaart: open data",
    },
    "opendata.col.id": {
        "nl": "Id van het initiatief (uniek per peiljaar)",
        "en": "Id of the initiative (unique per reference year)",
    },
    "opendata.col.naam": {"nl": "Naam van het initiatief", "en": "Name of the initiative"},
    "opendata.col.jaar": {"nl": "Peiljaar", "en": "Reference year"},
    "opendata.col.preventiecoalitie": {
        "nl": "Preventiecoalitie (ja/nee)",
        "en": "Prevention coalition (ja/nee)",
    },
    "opendata.col.reikwijdte": {"nl": "Reikwijdte (code)", "en": "Reach (code)"},
    "opendata.col.gemeenten": {
        "nl": "Gemeenten (CBS-codes 2025, gescheiden door ';')",
        "en": "Municipalities (CBS codes 2025, separated by ';')",
    },
    "opendata.col.wijken": {"nl": "Wijken (gescheiden door ';')", "en": "Districts (separated by ';')"},
    "opendata.col.samenwerkingsniveau": {
        "nl": "Samenwerkingsniveau tussen gemeente en zorgverzekeraar (code, RIVM 2020)",
        "en": "Collaboration level between municipality and health insurer (code, RIVM 2020)",
    },
    "opendata.col.afspraken": {"nl": "Afspraken (code; leeg: geen)", "en": "Agreements (code; empty: none)"},
    "opendata.col.financiering": {"nl": "Financiering (codes)", "en": "Funding (codes)"},
    "opendata.col.zorgverzekeraars": {"nl": "Zorgverzekeraars (namen)", "en": "Health insurers (names)"},
    "opendata.col.partijen": {
        "nl": "Betrokken partijen (codes of namen)",
        "en": "Parties involved (codes or names)",
    },
    "opendata.col.interventies": {
        "nl": "Interventies (codes of namen)",
        "en": "Interventions (codes or names)",
    },
    "opendata.col.gli_programmas": {"nl": "GLI-programma's (codes)", "en": "CLI programmes (codes)"},
    "opendata.col.doelgroepen": {
        "nl": "Doelgroepen (codes of namen)",
        "en": "Target groups (codes or names)",
    },
    "opendata.col.startjaar": {"nl": "Startjaar", "en": "Start year"},
    "opendata.col.bron": {"nl": "Bron (link of omschrijving)", "en": "Source (link or description)"},
    "opendata.col.toelichting": {"nl": "Toelichting", "en": "Notes"},
    "opendata.col.voorbeelddata": {
        "nl": "ja: gegenereerde voorbeelddata, geen echt initiatief",
        "en": "ja: generated example data, not a real initiative",
    },
    "opendata.col.peiljaar_status": {
        "nl": "Status van het peiljaar: vastgesteld, of open (de gegevens worden nog ingevuld)",
        "en": "Status of the reference year: vastgesteld (adopted), or open (still being filled in)",
    },
    "opendata.col.bevestiging": {
        "nl": "Bevestiging van samenwerkingsniveau, afspraken en financiering door de twee kanten: onbevestigd, "
        "gemeente (alleen door de gemeente), zorgverzekeraar (alleen door de zorgverzekeraar), beide, of "
        "betwist",
        "en": "Confirmation of collaboration level, agreements and funding by the two sides: onbevestigd (not "
        "confirmed), gemeente (by the municipality only), zorgverzekeraar (by the insurer only), beide (both), or "
        "betwist (disputed)",
    },
    "opendata.col.overgenomen_niet_bijgewerkt": {
        "nl": "ja: bij de vaststelling overgenomen uit het jaar ervoor, niet bijgewerkt",
        "en": "ja: carried over from the year before at adoption, not updated",
    },
    # The Gegevens page's section
    "opendata.ui.title": {"nl": "Open data op vaste adressen", "en": "Open data at stable addresses"},
    "opendata.ui.intro": {
        "nl": "De gegevens van het register staan ook op vaste adressen, voor iedereen en zonder aanmelden: als "
        "CSV (opent in Excel) en JSON, met bij elk bestand een metadatabestand (titel, licentie CC BY 4.0, bron, "
        "peiljaar, moment van aanmaken en revisie van het register). Ze worden bijgewerkt zodra het register "
        "verandert.",
        "en": "The register's data is also published at stable addresses, for anyone and without signing in: as "
        "CSV (opens in Excel) and JSON, each file with a metadata file (title, licence CC BY 4.0, source, "
        "reference year, when it was made and the register's revision). They are updated as soon as the "
        "register changes.",
    },
    "opendata.ui.metadata": {"nl": "metadata", "en": "metadata"},
    "opendata.ui.catalogue": {"nl": "Overzicht van alle bestanden", "en": "Catalogue of every file"},
    "opendata.ui.nl": {
        "nl": "Nederland, nieuwste vastgestelde peiljaar",
        "en": "The Netherlands, newest adopted reference year",
    },
    "opendata.ui.region": {"nl": "VNG–ZN-regio {name} ({code})", "en": "VNG–ZN region {name} ({code})"},
    "opendata.ui.gemeente": {"nl": "Gemeente {name} ({code})", "en": "Municipality {name} ({code})"},
    "opendata.ui.all_years": {
        "nl": "Nederland, alle peiljaren",
        "en": "The Netherlands, all reference years",
    },
    "opendata.ui.changes": {"nl": "Wijzigingen", "en": "Changes"},
    "opendata.ui.pattern": {
        "nl": "Elke VNG–ZN-regio en elke gemeente heeft zo'n adres met de eigen code (ZK31, GM0363), ook voor alle "
        "peiljaren (initiatieven/alle-jaren/…) en de wijzigingen per regio (wijzigingen/regio/…). Het overzicht "
        "noemt ze allemaal, met de vaststellingen per peiljaar.",
        "en": "Every VNG–ZN region and every municipality has such an address with its own code (ZK31, GM0363), "
        "also for all reference years (initiatieven/alle-jaren/…) and the changes per region "
        "(wijzigingen/regio/…). The catalogue lists them all, with the adoptions per reference year.",
    },
    "chart.changes.axis": {"nl": "aantal wijzigingen", "en": "number of changes"},
}

# Count-dependent texts.
PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "changes.count": {
        "nl": {
            "one": "{n} wijziging sinds {since} in {area}.",
            "other": "{n} wijzigingen sinds {since} in {area}.",
        },
        "en": {
            "one": "{n} change since {since} in {area}.",
            "other": "{n} changes since {since} in {area}.",
        },
    },
    "slide.wijzigingen.more": {
        "nl": {"one": "… en {n} ander initiatief", "other": "… en {n} andere initiatieven"},
        "en": {"one": "… and {n} other initiative", "other": "… and {n} other initiatives"},
    },
}
