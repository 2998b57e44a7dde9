"""Texts of the app frame: navigation, sidebar, notices shared by pages."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nav.kaart": {"nl": "Kaart", "en": "Map"},
    "nav.grafieken": {"nl": "Grafieken", "en": "Charts"},
    "nav.mijn_regio": {"nl": "Mijn regio", "en": "My region"},
    "nav.regios": {"nl": "VNG–ZN-regio's", "en": "VNG–ZN regions"},
    "nav.gegevens": {"nl": "Gegevens", "en": "Data"},
    "nav.over": {"nl": "Over en bronnen", "en": "About and sources"},
    "sidebar.filters": {"nl": "Filters", "en": "Filters"},
    "sidebar.all": {"nl": "alle", "en": "all"},
    "sidebar.jaar": {"nl": "Peiljaar", "en": "Year"},
    "sidebar.niveaus": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "sidebar.interventies": {"nl": "Interventie", "en": "Intervention"},
    "sidebar.partijen": {"nl": "Betrokken partij", "en": "Party involved"},
    "sidebar.zorgverzekeraars": {"nl": "Zorgverzekeraar", "en": "Health insurer"},
    "sidebar.provincies": {"nl": "Provincie", "en": "Province"},
    "sidebar.regios": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "sidebar.reikwijdte": {"nl": "Reikwijdte", "en": "Reach"},
    "sidebar.coalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "sidebar.coalitie.alle": {"nl": "alle initiatieven", "en": "all initiatives"},
    "sidebar.coalitie.ja": {"nl": "alleen preventiecoalities", "en": "prevention coalitions only"},
    "sidebar.coalitie.nee": {"nl": "geen preventiecoalities", "en": "no prevention coalitions"},
    "sidebar.clear": {"nl": "Filters wissen", "en": "Clear filters"},
    "notice.example": {
        "nl": "**Voorbeelddata.** Dit dashboard toont naast {n_real} echte, benoemde initiatieven een gegenereerde "
        "voorbeeldset waarvan de totalen overeenkomen met RIVM 2020. Het RIVM publiceert geen gegevens per "
        "initiatief; laad uw eigen bestand op de pagina Gegevens.",
        "en": "**Example data.** Besides {n_real} real, named initiatives this shows a generated example set whose "
        "totals match RIVM 2020. RIVM publishes no per-initiative data; load your own file on the Data page.",
    },
    "source.cbs": {
        "nl": "Grenzen: Bron: CBS, Kadaster/PDOK (CC BY 4.0), vereenvoudigd.",
        "en": "Boundaries: Source: CBS, Kadaster/PDOK (CC BY 4.0), simplified.",
    },
    "empty.selection": {
        "nl": "Geen initiatieven voor deze selectie.",
        "en": "No initiatives for this selection.",
    },
}
