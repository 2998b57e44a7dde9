"""Texts of the about page: definitions and sources (kept with their licence lines)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "over.title": {"nl": "Over de Preventiekaart", "en": "About the Prevention map"},
    "over.body": {
        "nl": (
            "Sinds 2016 stimuleert het ministerie van VWS dat gemeenten en zorgverzekeraars samen preventie "
            "organiseren voor risicogroepen. Het RIVM inventariseert elk jaar de **netwerkinitiatieven** waarin "
            "ten minste drie partijen samenwerken aan preventie en meerdere preventieve interventies aanbieden "
            "(2017: 71, 2018: 81, 2019: 95, 2020: 116, waarvan 12 preventiecoalities).\n\n"
            "Het **samenwerkingsniveau** tussen gemeente en zorgverzekeraar volgt de zes niveaus van het RIVM: "
            "geen van beide betrokken, alleen gemeente of zorgverzekeraar betrokken, apart betrokken, in gesprek, "
            "informele afspraken en formele afspraken. *Onbekend* betekent dat gegevens ontbreken; het is geen "
            "niveau en staat daarom niet onder 'geen'. *Afstemming* = informele of formele afspraken.\n\n"
            "**Telregel:** een initiatief dat meerdere gemeenten of regio's beslaat, telt één keer landelijk en "
            "één keer in elke gemeente, regio of provincie die het raakt. Wijkinitiatieven kleuren niet de hele "
            "gemeente: die gemeenten krijgen een stippelrand."
        ),
        "en": (
            "Since 2016 the Dutch health ministry (VWS) encourages municipalities and health insurers to organise "
            "prevention for risk groups together. Every year RIVM inventories the **network initiatives** in which "
            "at least three parties work on prevention and offer several preventive interventions (2017: 71, "
            "2018: 81, 2019: 95, 2020: 116, 12 of them prevention coalitions).\n\n"
            "The **collaboration level** between municipality and insurer follows RIVM's six levels: neither "
            "involved, only one involved, involved separately, in talks, informal agreements and formal "
            "agreements. *Unknown* means missing data; it is not a level and never ranks below 'neither'.\n\n"
            "**Counting rule:** an initiative spanning several municipalities or regions counts once nationally "
            "and once in every municipality, region or province it touches. Neighbourhood initiatives do not "
            "colour the whole municipality: those get a dashed outline."
        ),
    },
    "over.sources": {"nl": "Bronnen en licenties", "en": "Sources and licences"},
    "over.sources.body": {
        "nl": (
            "- Gemeente-, provincie-, GGD- en zorgkantoorregiogrenzen: CBS Gebiedsindelingen 2024/2025, "
            "vereenvoudigd. **Bron: CBS, Kadaster/PDOK**, CC BY 4.0.\n"
            "- Regio-indeling en gemeentelijke herindelingen 2019–2025: afgeleid van CBS-grenzen (CC BY 4.0).\n"
            "- Zorgkantoor per regio: Besluit aanwijzing zorgkantoren 2014/2015 (wetten.overheid.nl); drie regio's "
            "niet bevestigd ('onbekend (te controleren)').\n"
            "- Samenwerkingsniveaus, partijen en interventies: RIVM, *Samenwerking tussen gemeenten en "
            "zorgverzekeraars rondom preventie*, factsheet 2020.\n"
            "- Benoemde initiatieven: openbare webpagina's per initiatief (zie de kolom bron).\n"
            "- **Voorbeelddata:** de gegenereerde initiatieven zijn geen echte initiatieven; alleen hun totalen "
            "volgen RIVM 2020."
        ),
        "en": (
            "- Municipal, provincial, public health and care office region boundaries: CBS Gebiedsindelingen "
            "2024/2025, simplified. **Source: CBS, Kadaster/PDOK**, CC BY 4.0.\n"
            "- Region division and municipal mergers 2019–2025: derived from CBS boundaries (CC BY 4.0).\n"
            "- Care office per region: designation decrees 2014/2015 (wetten.overheid.nl); three regions "
            "unconfirmed ('unknown (to be checked)').\n"
            "- Collaboration levels, parties and interventions: RIVM factsheet 2020 on collaboration between "
            "municipalities and health insurers in prevention.\n"
            "- Named initiatives: public web pages per initiative (see the source column).\n"
            "- **Example data:** the generated initiatives are not real; only their totals follow RIVM 2020."
        ),
    },
}
