"""Texts of the map page and its legend."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "map.class.onbekend": {
        "nl": "onbekend (geen gegevens over samenwerking)",
        "en": "unknown (no data on collaboration)",
    },
    "map.class.geen_initiatief": {"nl": "geen initiatief", "en": "no initiative"},
    "map.class.count_one": {"nl": "{n}", "en": "{n}"},
    "map.class.count_range": {"nl": "{low}–{high}", "en": "{low}–{high}"},
    "map.class.count_open": {"nl": "{n} of meer", "en": "{n} or more"},
    "map.class.ja": {"nl": "ja", "en": "yes"},
    "map.class.nee": {"nl": "nee", "en": "no"},
    "map.measure.niveau": {
        "nl": "Hoogste samenwerkingsniveau gemeente–zorgverzekeraar",
        "en": "Highest collaboration level municipality–health insurer",
    },
    "map.measure.aantal": {"nl": "Aantal initiatieven", "en": "Number of initiatives"},
    "map.measure.gli": {"nl": "Biedt GLI aan", "en": "Offers CLI"},
    "map.measure.valpreventie": {"nl": "Biedt valpreventie aan", "en": "Offers fall prevention"},
    "map.measure.welzijn_op_recept": {"nl": "Biedt Welzijn op Recept aan", "en": "Offers social prescribing"},
    "map.measure.coalitie": {"nl": "Preventiecoalitie aanwezig", "en": "Prevention coalition present"},
    "map.tooltip.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "map.tooltip.regio": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "map.tooltip.niveau": {"nl": "Hoogste niveau", "en": "Highest level"},
    "map.tooltip.n": {"nl": "Initiatieven", "en": "Initiatives"},
    "map.tooltip.wijk_only": {"nl": "alleen in een wijk: {level}", "en": "only in a neighbourhood: {level}"},
    "map.border.regio": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "map.border.provincie": {"nl": "Provincie", "en": "Province"},
    "map.border.ggd": {"nl": "GGD-regio", "en": "Public health region"},
    "map.border.code": {"nl": "Code", "en": "Code"},
    "map.border.zorgkantoor": {"nl": "Zorgkantoor (aanwijzing 2015)", "en": "Care office (designated 2015)"},
    "insurer.unverified": {"nl": "onbekend (te controleren)", "en": "unknown (to be checked)"},
    "insurer.unknown": {"nl": "onbekend", "en": "unknown"},
    "map.osm.attribution": {"nl": "OpenStreetMap-bijdragers", "en": "OpenStreetMap contributors"},
    "map.marker.naam": {"nl": "Initiatief", "en": "Initiative"},
    "map.marker.soort": {"nl": "Soort", "en": "Kind"},
    "map.marker.coalitie": {"nl": "preventiecoalitie", "en": "prevention coalition"},
    "map.legend": {"nl": "Legenda", "en": "Legend"},
    "map.legend.unit": {
        "nl": "Tussen haakjes: aantal gemeenten",
        "en": "In brackets: number of municipalities",
    },
    "kaart.title": {
        "nl": "Samenwerking in preventie op de kaart",
        "en": "Collaboration in prevention on the map",
    },
    "kaart.measure": {"nl": "Kleur gemeenten naar", "en": "Colour municipalities by"},
    "kaart.measure.niveau": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "kaart.measure.aantal": {"nl": "Aantal initiatieven", "en": "Number of initiatives"},
    "kaart.measure.gli": {"nl": "GLI", "en": "CLI"},
    "kaart.measure.valpreventie": {"nl": "Valpreventie", "en": "Fall prevention"},
    "kaart.measure.welzijn_op_recept": {"nl": "Welzijn op Recept", "en": "Social prescribing"},
    "kaart.measure.coalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "kaart.layers": {"nl": "Lagen", "en": "Layers"},
    "kaart.layer.regio": {"nl": "VNG–ZN-regio's", "en": "VNG–ZN regions"},
    "kaart.layer.provincie": {"nl": "Provincies", "en": "Provinces"},
    "kaart.layer.ggd": {"nl": "GGD-regio's", "en": "Public health regions"},
    "kaart.layer.initiatieven": {"nl": "Initiatieven", "en": "Initiatives"},
    "kaart.legend.wijk": {
        "nl": "alleen wijkinitiatief (stippelrand in de kleur van het niveau)",
        "en": "neighbourhood initiative only (dashed outline in the level's colour)",
    },
    "kaart.legend.marker": {"nl": "initiatief (stip)", "en": "initiative (dot)"},
    "kaart.legend.coalitie": {
        "nl": "preventiecoalitie (grote stip, zwarte rand)",
        "en": "prevention coalition (large dot, black ring)",
    },
    "kaart.search": {
        "nl": "Zoek een gemeente, regio of provincie",
        "en": "Find a municipality, region or province",
    },
    "kaart.table": {"nl": "De kaart als tabel", "en": "The map as a table"},
    "kaart.table.caption": {
        "nl": "Dezelfde cijfers als de kaart; klik op een kolomkop om te sorteren.",
        "en": "The same figures as the map; click a column header to sort.",
    },
    "panel.where": {
        "nl": "**VNG–ZN-regio:** {regio}  \n**Zorgkantoor (aanwijzing 2015):** {verzekeraar}  \n"
        "**Provincie:** {provincie}  \n**GGD-regio:** {ggd}",
        "en": "**VNG–ZN region:** {regio}  \n**Care office (designated 2015):** {verzekeraar}  \n"
        "**Province:** {provincie}  \n**Public health region:** {ggd}",
    },
    "panel.clear": {"nl": "Selectie wissen", "en": "Clear selection"},
    "kaart.search.placeholder": {
        "nl": "Zoek een gemeente",
        "en": "Find a municipality",
    },
    "panel.table": {"nl": "Initiatieven in {naam} ({n})", "en": "Initiatives in {naam} ({n})"},
    "panel.link": {"nl": "bron openen", "en": "open source"},
    "regios.title": {"nl": "VNG–ZN-regio's", "en": "VNG–ZN regions"},
    "regios.intro": {
        "nl": "VNG en Zorgverzekeraars Nederland spraken in 2019 een regionale werkstructuur af (thema's ouderen, "
        "GGZ en preventie). Het land is verdeeld in regio's, standaard de zorgkantoorregio's; waar meerdere "
        "verzekeraars actief zijn, trekt de grootste. Deze kaart toont per regio het zorgkantoor volgens de "
        "aanwijzing van 2015: meestal, maar niet altijd, de grootste verzekeraar.",
        "en": "In 2019 VNG and Zorgverzekeraars Nederland agreed a regional work structure (themes older people, "
        "mental health and prevention). The country is divided into regions, by default the care office regions; "
        "where several insurers are active, the largest one leads. This map shows each region's care office as "
        "designated in 2015: usually, but not always, the largest insurer.",
    },
    "regios.legend": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "regios.table": {"nl": "Regiotabel", "en": "Region table"},
    "regios.caveat": {
        "nl": "Regio's kunnen afwijken van de standaardindeling (Utrecht werkt met vijf aanspreekpunten). "
        "Een eigen indeling kan de beheerder van deze site instellen. "
        "'Onbekend (te controleren)': het zorgkantoor van die regio is in de bronnen niet bevestigd.",
        "en": "Regions may deviate from the default division (Utrecht works with five contact points). "
        "The administrator of this site can set up your own division. "
        "'Unknown (to be checked)': the region's care office could not be confirmed in the sources.",
    },
}
