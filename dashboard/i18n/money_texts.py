"""Texts of money beside cooperation (Brede SPUK, SPUK IZA), GALA's ketenaanpakken per region, the gemeente
profile's population and need figures, and the comparison with similar gemeenten."""

from typing import Final

_NOT_SPENT_NL: Final = (
    "Dit is wat het Rijk betaalt, **niet** wat aan de getoonde initiatieven is besteed: gemeenten besteden de "
    "uitkering ook aan andere activiteiten, en sinds 2025 is ze niet meer per thema geoormerkt."
)
_NOT_SPENT_EN: Final = (
    "This is what the state pays, **not** what was spent on the initiatives shown: gemeenten spend the grant on "
    "other activities too, and since 2025 it is no longer earmarked per theme."
)

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- loading the money tables
    "money.error.missing": {
        "nl": "{file}: bestand ontbreekt",
        "en": "{file}: file missing",
    },
    "money.error.unreadable": {
        "nl": "{file}: niet te lezen als CSV-bestand in UTF-8",
        "en": "{file}: cannot be read as a UTF-8 CSV file",
    },
    "money.error.fields": {
        "nl": "{file}: rij {row}: {found} cellen, verwacht {expected} (staat er een komma in een bedrag?)",
        "en": "{file}: row {row}: {found} cells, expected {expected} (is there a comma in an amount?)",
    },
    "money.error.amount": {
        "nl": "{file}: rij {row}, kolom {column}: geen bedrag in hele euro's ('{value}')",
        "en": "{file}: row {row}, column {column}: not an amount in whole euros ('{value}')",
    },
    "money.error.blank": {
        "nl": "{file}: rij {row}, kolom {column}: leeg",
        "en": "{file}: row {row}, column {column}: empty",
    },
    "money.error.gm_code": {
        "nl": "{file}: rij {row}: geen gemeentecode ('{value}'; verwacht zoals GM0363)",
        "en": "{file}: row {row}: not a municipality code ('{value}'; expected as GM0363)",
    },
    # ---- the money table (Mijn regio, PDF)
    "money.title": {
        "nl": "Geld naast samenwerking: Brede SPUK",
        "en": "Money beside cooperation: Brede SPUK",
    },
    "money.intro": {
        "nl": "De Brede SPUK is de specifieke uitkering waarmee het Rijk gemeenten betaalt voor GALA (het Gezond "
        "en Actief Leven Akkoord) en Sportakkoord II. " + _NOT_SPENT_NL,
        "en": "The Brede SPUK is the specific grant through which the state pays gemeenten for GALA (the Healthy "
        "and Active Living Agreement) and Sportakkoord II. " + _NOT_SPENT_EN,
    },
    "money.not_spent": {"nl": _NOT_SPENT_NL, "en": _NOT_SPENT_EN},
    "money.note": {
        "nl": "Per inwoner en per 65-plusser: het totaal gedeeld door de CBS-bevolking op 1-1-2024 (het aantal "
        "65-plussers is een schatting uit een afgerond percentage). De bedragen voor 2026 gelden onder voorbehoud "
        "van de goedkeuring van de VWS-begroting; ze zijn lager omdat thema's in 2025 eindigen en door een korting "
        "van 10%.",
        "en": "Per inhabitant and per person aged 65+: the total divided by the CBS population on 1 January 2024 "
        "(the number aged 65+ is an estimate from a rounded share). The 2026 amounts are subject to parliament's "
        "approval of the VWS budget; they are lower because themes end in 2025 and because of a 10% cut.",
    },
    "money.source": {
        "nl": "Bron: ministerie van VWS, brief 'Wijziging SPUK IZA en Brede SPUK' (12 september 2025), bijlage 2A "
        "en 2B. Bevolking: CBS, 1-1-2024.",
        "en": "Source: Ministry of VWS, letter 'Wijziging SPUK IZA en Brede SPUK' (12 September 2025), annexes 2A "
        "and 2B. Population: CBS, 1 January 2024.",
    },
    "money.share": {"nl": "{n} van {total} ({pct})", "en": "{n} of {total} ({pct})"},
    "money.col.figure": {"nl": "Geld en samenwerking", "en": "Money and cooperation"},
    "money.row.initiatives": {
        "nl": "Initiatieven (met de gekozen filters)",
        "en": "Initiatives (with the chosen filters)",
    },
    "money.row.afstemming": {
        "nl": "Gemeenten met afstemming (niveau 5–6)",
        "en": "Municipalities with alignment (levels 5–6)",
    },
    "money.row.inwoners": {"nl": "Inwoners (CBS, 1-1-2024)", "en": "Inhabitants (CBS, 1 Jan 2024)"},
    "money.row.total": {"nl": "Brede SPUK {year}", "en": "Brede SPUK {year}"},
    "money.row.per_inwoner": {
        "nl": "Brede SPUK {year} per inwoner",
        "en": "Brede SPUK {year} per inhabitant",
    },
    "money.row.per_65plus": {
        "nl": "Brede SPUK {year} per 65-plusser (schatting)",
        "en": "Brede SPUK {year} per person aged 65+ (estimate)",
    },
    "money.download": {"nl": "Download bedragen (CSV)", "en": "Download amounts (CSV)"},
    "money.export.title": {
        "nl": "Brede SPUK naast samenwerking: {area}",
        "en": "Brede SPUK beside cooperation: {area}",
    },
    # ---- the map measure (Nood en aanbod)
    "money.measure.inwoner": {
        "nl": "Brede SPUK {year} in € per inwoner (bevolking CBS 1-1-2024)",
        "en": "Brede SPUK {year} in € per inhabitant (population CBS 1 Jan 2024)",
    },
    "money.measure.65plus": {
        "nl": "Brede SPUK {year} in € per 65-plusser (schatting, CBS 2024)",
        "en": "Brede SPUK {year} in € per person aged 65+ (estimate, CBS 2024)",
    },
    "money.option.inwoner": {"nl": "Brede SPUK {year} per inwoner", "en": "Brede SPUK {year} per inhabitant"},
    "money.option.65plus": {
        "nl": "Brede SPUK {year} per 65-plusser",
        "en": "Brede SPUK {year} per person aged 65+",
    },
    "money.col.per_inwoner": {
        "nl": "Brede SPUK {year} per inwoner (€)",
        "en": "Brede SPUK {year} per inhabitant (€)",
    },
    "money.class.no_population": {"nl": "geen bevolkingscijfer", "en": "no population figure"},
    # ---- SPUK IZA
    "money.iza.title": {"nl": "SPUK IZA per IZA-regio", "en": "SPUK IZA per IZA region"},
    "money.iza.caveat": {
        "nl": "IZA-regio's (Integraal Zorgakkoord) zijn **niet** de zorgkantoorregio's van deze kaart, en welke "
        "gemeenten bij welke IZA-regio horen is **niet gepubliceerd**. Daarom staat de SPUK IZA alleen bij de "
        "IZA-regio en haar mandaatgemeente, die het geld namens de regio ontvangt; het is geen bedrag van die "
        "gemeente alleen. Wie de indeling van een IZA-regio kent, kan die als eigen regio-indeling laten laden "
        "door de beheerder van deze app.",
        "en": "IZA regions (Integraal Zorgakkoord) are **not** the zorgkantoor regions of this map, and which "
        "gemeenten belong to which IZA region is **not published**. So the SPUK IZA is shown only with the IZA "
        "region and its mandaatgemeente, which receives the money on the region's behalf; it is not an amount of "
        "that gemeente alone. Whoever knows an IZA region's division can have it loaded as an own region division "
        "by the administrator of this app.",
    },
    "money.iza.col.regio": {"nl": "IZA-regio", "en": "IZA region"},
    "money.iza.col.mandaat": {
        "nl": "Mandaatgemeente (ontvangt namens de regio)",
        "en": "Mandaatgemeente (receives on the region's behalf)",
    },
    "money.iza.col.amount": {"nl": "SPUK IZA {year} (euro)", "en": "SPUK IZA {year} (euros)"},
    "money.iza.mandate.gemeente": {
        "nl": "{naam} is de mandaatgemeente van IZA-regio {regio}: zij ontvangt de SPUK IZA namens die regio "
        "({y1}: {b1}; {y2}: {b2}). Dat is geld voor de hele IZA-regio, niet voor {naam} alleen.",
        "en": "{naam} is the mandaatgemeente of IZA region {regio}: it receives the SPUK IZA on that region's "
        "behalf ({y1}: {b1}; {y2}: {b2}). That is money for the whole IZA region, not for {naam} alone.",
    },
    "money.iza.line": {
        "nl": "IZA-regio {regio}: mandaatgemeente {naam}, {y1}: {b1}",
        "en": "IZA region {regio}: mandaatgemeente {naam}, {y1}: {b1}",
    },
    "money.iza.totals": {
        "nl": "Totaal over de {n} IZA-regio's: {y1}: {b1}; {y2}: {b2}.",
        "en": "Total over the {n} IZA regions: {y1}: {b1}; {y2}: {b2}.",
    },
    "money.iza.download": {"nl": "Download de SPUK IZA (CSV)", "en": "Download the SPUK IZA (CSV)"},
    "money.iza.export.title": {
        "nl": "SPUK IZA per IZA-regio met mandaatgemeente",
        "en": "SPUK IZA per IZA region with its mandaatgemeente",
    },
    # ---- population and need in the gemeente profile
    "profile.population.title": {"nl": "Inwoners en nood", "en": "Inhabitants and need"},
    "profile.metric.inwoners": {"nl": "Inwoners", "en": "Inhabitants"},
    "profile.metric.65plus": {"nl": "65-plussers (schatting)", "en": "Aged 65+ (estimate)"},
    "profile.metric.eenpersoons": {"nl": "% eenpersoonshuishoudens", "en": "% single-person households"},
    "profile.metric.dichtheid": {"nl": "Inwoners per km²", "en": "Inhabitants per km²"},
    "profile.metric.spuk": {
        "nl": "Brede SPUK {year} per inwoner",
        "en": "Brede SPUK {year} per inhabitant",
    },
    "profile.metric.65plus.value": {"nl": "{n} ({pct})", "en": "{n} ({pct})"},
    "profile.population.note": {
        "nl": "CBS, 1-1-2024. Inwoners per km²: berekend uit de meegeleverde CBS-grenzen (oppervlakte in een "
        "gelijkvlakkige projectie, inclusief binnenwater; CBS rekent per km² land, dus hoger).",
        "en": "CBS, 1 January 2024. Inhabitants per km²: computed from the shipped CBS boundaries (area in an "
        "equal-area projection, inland water included; CBS divides by land area, so its figure is higher).",
    },
    "profile.health.title": {
        "nl": "Gezondheid van jongvolwassenen (16–25 jaar, 2024)",
        "en": "Health of young adults (16–25, 2024)",
    },
    "profile.health.col.indicator": {"nl": "Gezondheidscijfer", "en": "Health figure"},
    "profile.health.col.median": {
        "nl": "Mediaan van de gemeenten met een cijfer",
        "en": "Median of the municipalities with a figure",
    },
    "profile.health.note": {
        "nl": "Gezondheidsmonitor Jongvolwassenen 2024 (GGD'en en RIVM): niet de cijfers van volwassenen of "
        "ouderen. 'niet gepubliceerd' = onderdrukt in de bron, nooit 0. Welke gemeenten met hoge nood geen aanbod "
        "hebben, staat op de pagina Nood en aanbod.",
        "en": "Gezondheidsmonitor Jongvolwassenen 2024 (GGD'en and RIVM): not the figures of adults or older "
        "people. 'not published' = suppressed in the source, never 0. Which municipalities with high need have no "
        "offer is shown on the page Need and offer.",
    },
    "profile.region.title": {"nl": "Inwoners in {regio}", "en": "Inhabitants of {regio}"},
    # ---- similar gemeenten
    "similar.title": {"nl": "Vergelijkbare gemeenten", "en": "Similar municipalities"},
    "similar.intro": {
        "nl": "De {n} gemeenten die het meest op {naam} lijken, op de kenmerken die aan staan; daarnaast hun "
        "initiatieven (met de gekozen filters), hoogste samenwerkingsniveau en Brede SPUK per inwoner.",
        "en": "The {n} municipalities most like {naam}, on the characteristics switched on; beside them their "
        "initiatives (with the chosen filters), highest collaboration level and Brede SPUK per inhabitant.",
    },
    "similar.criteria": {"nl": "Vergelijk op", "en": "Compare on"},
    "similar.criterion.inwoners": {"nl": "Inwoners", "en": "Inhabitants"},
    "similar.criterion.pct_65plus": {"nl": "% 65-plussers", "en": "% aged 65+"},
    "similar.criterion.dichtheid": {"nl": "Inwoners per km²", "en": "Inhabitants per km²"},
    "similar.criterion.pct_eenpersoonshuishoudens": {
        "nl": "% eenpersoonshuishoudens",
        "en": "% single-person households",
    },
    "similar.none_chosen": {
        "nl": "Zet minstens één kenmerk aan om te vergelijken.",
        "en": "Switch on at least one characteristic to compare.",
    },
    "similar.empty": {
        "nl": "Geen vergelijking mogelijk: voor {naam} ontbreekt een gekozen kenmerk.",
        "en": "No comparison possible: a chosen characteristic is missing for {naam}.",
    },
    "similar.method": {
        "nl": "Afstand: het verschil over de gekozen kenmerken, elk gestandaardiseerd over alle gemeenten "
        "(inwoners en inwoners per km² op een logaritmische schaal); 0 is gelijk. De eerste rij is de gekozen "
        "gemeente zelf.",
        "en": "Distance: the difference over the chosen characteristics, each standardised over all "
        "municipalities (inhabitants and inhabitants per km² on a log scale); 0 is equal. The first row is the "
        "chosen municipality itself.",
    },
    "similar.col.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "similar.col.provincie": {"nl": "Provincie", "en": "Province"},
    "similar.col.inwoners": {"nl": "Inwoners", "en": "Inhabitants"},
    "similar.col.pct_65plus": {"nl": "% 65+", "en": "% 65+"},
    "similar.col.dichtheid": {"nl": "Inwoners per km²", "en": "Inhabitants per km²"},
    "similar.col.pct_eenpersoonshuishoudens": {
        "nl": "% eenpersoons-huishoudens",
        "en": "% single-person households",
    },
    "similar.col.initiatieven": {"nl": "Initiatieven", "en": "Initiatives"},
    "similar.col.niveau": {"nl": "Hoogste niveau", "en": "Highest level"},
    "similar.col.afstand": {"nl": "Afstand", "en": "Distance"},
    "similar.chosen": {"nl": "{naam} (gekozen)", "en": "{naam} (chosen)"},
    "similar.download": {"nl": "Download vergelijking (CSV)", "en": "Download comparison (CSV)"},
    "similar.export.title": {
        "nl": "Gemeenten vergelijkbaar met {naam}, op: {criteria}",
        "en": "Municipalities similar to {naam}, on: {criteria}",
    },
    # ---- Nood en aanbod: find a gemeente, colour the map by money
    "nood.find": {"nl": "Zoek uw gemeente", "en": "Find your municipality"},
    "nood.find.result": {
        "nl": "**{naam}**: {indicator}: {value}. Op de kaart: {klasse}.",
        "en": "**{naam}**: {indicator}: {value}. On the map: {klasse}.",
    },
    "nood.find.rank": {
        "nl": "Plaats {rank} van {n} in de lijst hieronder (hoge nood zonder aanbod).",
        "en": "Place {rank} of {n} in the list below (high need without offer).",
    },
    "nood.find.spuk": {
        "nl": "Brede SPUK {year}: {total}, dat is {per} per inwoner (niet besteed aan de getoonde initiatieven: "
        "het is wat het Rijk de gemeente betaalt).",
        "en": "Brede SPUK {year}: {total}, that is {per} per inhabitant (not spent on the initiatives shown: it "
        "is what the state pays the gemeente).",
    },
    "nood.find.profile": {"nl": "Profiel van {naam}", "en": "Profile of {naam}"},
    "nood.map.measure": {"nl": "De kaart kleurt naar", "en": "The map shows"},
    "nood.legend.counts": {
        "nl": "Tussen haakjes: het aantal gemeenten in die klasse.",
        "en": "In brackets: the number of municipalities in that class.",
    },
    "nood.map.need": {
        "nl": "Nood en aanbod (de vraag hierboven)",
        "en": "Need and offer (the question above)",
    },
    # ---- GALA's ketenaanpakken per gemeente
    "gala.title": {
        "nl": "GALA: vijf ketenaanpakken per gemeente",
        "en": "GALA: five chain approaches per municipality",
    },
    "gala.section.summary": {"nl": "**{area}**: {summary}", "en": "**{area}**: {summary}"},
    "gala.area": {"nl": "Gebied", "en": "Area"},
    "gala.caption": {
        "nl": "Ketenaanpakken per gemeente in {area}",
        "en": "Chain approaches per municipality in {area}",
    },
    "gala.level.geen": {"nl": "geen van beide", "en": "neither"},
    "gala.level.een_partij": {"nl": "één partij", "en": "one party"},
    "gala.level.apart": {"nl": "apart", "en": "separately"},
    "gala.level.in_gesprek": {"nl": "in gesprek", "en": "in talks"},
    "gala.level.informeel": {"nl": "informeel", "en": "informal"},
    "gala.level.formeel": {"nl": "formeel", "en": "formal"},
    "gala.cell.gap": {"nl": "✗ gat", "en": "✗ gap"},
    "gala.cell.unknown": {"nl": "? onbekend", "en": "? unknown"},
    "gala.cell.wijk": {"nl": "{level} (wijk)", "en": "{level} (neighbourhood)"},
    "gala.title.gap": {"nl": "geen initiatief met dit aanbod", "en": "no initiative offering this"},
    "gala.title.wijk": {"nl": "alleen in een wijk", "en": "only in a neighbourhood"},
    "gala.title.confirmed": {"nl": "bevestigd door beide: {n}", "en": "confirmed by both: {n}"},
    "gala.col.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "gala.col.code": {"nl": "Gemeentecode", "en": "Municipality code"},
    "gala.col.missing": {"nl": "Ontbreekt", "en": "Missing"},
    "gala.missing.none": {"nl": "niets", "en": "nothing"},
    "gala.row.count": {"nl": "Gemeenten met aanbod", "en": "Municipalities with an offer"},
    "gala.legend.unknown": {"nl": "niveau niet bekend", "en": "level not known"},
    "gala.legend.wijk": {"nl": "alleen in een wijk", "en": "only in a neighbourhood"},
    "gala.legend.confirmed": {
        "nl": "bevestigd door gemeente én zorgverzekeraar",
        "en": "confirmed by both gemeente and insurer",
    },
    "gala.note.gala": {
        "nl": "De vijf ketenaanpakken van GALA (Gezond en Actief Leven Akkoord, 2023). Een cel telt de initiatieven "
        "(met de gekozen filters) die de gemeente dekken en de ketenaanpak aanbieden; de kleur is hun hoogste "
        "samenwerkingsniveau.",
        "en": "GALA's five chain approaches (Healthy and Active Living Agreement, 2023). A cell counts the "
        "initiatives (with the chosen filters) covering the municipality and offering the approach; its colour is "
        "their highest collaboration level.",
    },
    "gala.note.rivm": {
        "nl": "Peiljaar van vóór GALA (2023): de kolommen dragen RIVM's namen van dezelfde interventies. RIVM vroeg "
        "toen niet naar {names}: een lege kolom zegt daar niets. Een cel telt de initiatieven (met de gekozen "
        "filters) die de gemeente dekken en het aanbod hebben; de kleur is hun hoogste samenwerkingsniveau.",
        "en": "A peiljaar before GALA (2023): the columns carry RIVM's names of the same interventions. RIVM did "
        "not ask about {names} then: an empty column says nothing there. A cell counts the initiatives (with the "
        "chosen filters) covering the municipality and offering it; its colour is their highest collaboration "
        "level.",
    },
    "gala.note.rivm.short": {
        "nl": "Vóór 2023 vroeg RIVM niet naar {names}.",
        "en": "Before 2023 RIVM did not ask about {names}.",
    },
    "gala.note.confirmations": {
        "nl": "Of gemeente én zorgverzekeraar een initiatief hebben bevestigd, houdt het register nog niet bij; "
        "zodra dat kan, staat het in de cel (✓✓).",
        "en": "Whether both gemeente and insurer confirmed an initiative is not yet kept by the register; once it "
        "is, the cell shows it (✓✓).",
    },
    "gala.download": {"nl": "Download overzicht (CSV)", "en": "Download overview (CSV)"},
    "gala.export.title": {
        "nl": "Ketenaanpakken per gemeente in {area}",
        "en": "Chain approaches per municipality in {area}",
    },
    "slide.gala": {"nl": "GALA-aanbod in {regio}", "en": "GALA offer in {regio}"},
    # ---- the region report
    "report.money": {
        "nl": "Geld naast samenwerking: Brede SPUK",
        "en": "Money beside cooperation: Brede SPUK",
    },
    "report.gala": {
        "nl": "Ketenaanpakken per gemeente in {area}",
        "en": "Chain approaches per municipality in {area}",
    },
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "money.error.regions_twice": {
        "nl": {"one": "{file}: IZA-regio dubbel: {codes}", "other": "{file}: IZA-regio's dubbel: {codes}"},
        "en": {"one": "{file}: IZA region twice: {codes}", "other": "{file}: IZA regions twice: {codes}"},
    },
    "money.error.codes_missing": {
        "nl": {
            "one": "{file}: gemeente ontbreekt: {codes}",
            "other": "{file}: gemeenten ontbreken: {codes}",
        },
        "en": {
            "one": "{file}: municipality missing: {codes}",
            "other": "{file}: municipalities missing: {codes}",
        },
    },
    "gala.count": {
        "nl": {"one": "{count} van {n} gemeente", "other": "{count} van {n} gemeenten"},
        "en": {"one": "{count} of {n} municipality", "other": "{count} of {n} municipalities"},
    },
    "gala.title.offered": {
        "nl": {"one": "{level}, {n} initiatief", "other": "{level}, {n} initiatieven"},
        "en": {"one": "{level}, {n} initiative", "other": "{level}, {n} initiatives"},
    },
    "gala.summary": {
        "nl": {
            "one": "{complete} van {n} gemeente biedt alle vijf aan.",
            "other": "{complete} van {n} gemeenten bieden alle vijf aan.",
        },
        "en": {
            "one": "{complete} of {n} municipality offers all five.",
            "other": "{complete} of {n} municipalities offer all five.",
        },
    },
    "money.iza.expander": {
        "nl": {
            "one": "De {n} IZA-regio met haar mandaatgemeente",
            "other": "Alle {n} IZA-regio's met hun mandaatgemeente",
        },
        "en": {
            "one": "The {n} IZA region with its mandaatgemeente",
            "other": "All {n} IZA regions with their mandaatgemeente",
        },
    },
    "money.iza.mandates": {
        "nl": {
            "one": "{n} IZA-regio heeft haar mandaatgemeente in {area} (dat zegt niet welke gemeenten erbij horen):",
            "other": "{n} IZA-regio's hebben hun mandaatgemeente in {area} (dat zegt niet welke gemeenten erbij horen):",
        },
        "en": {
            "one": "{n} IZA region has its mandaatgemeente in {area} (this does not say which municipalities belong to it):",
            "other": "{n} IZA regions have their mandaatgemeente in {area} (this does not say which municipalities belong to them):",
        },
    },
}
