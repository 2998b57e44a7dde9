"""Column headings of the display tables."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "table.naam": {"nl": "Initiatief", "en": "Initiative"},
    "table.jaar": {"nl": "Peiljaar", "en": "Year"},
    "table.niveau": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "table.coalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "table.reikwijdte": {"nl": "Reikwijdte", "en": "Reach"},
    "table.partijen": {"nl": "Partijen", "en": "Parties"},
    "table.interventies": {"nl": "Interventies", "en": "Interventions"},
    "table.zorgverzekeraars": {"nl": "Zorgverzekeraars", "en": "Health insurers"},
    "table.bron": {"nl": "Bron", "en": "Source"},
    "table.gemeente": {"nl": "Gemeente", "en": "Municipality"},
    "table.regio": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "table.hoogste_niveau": {"nl": "Hoogste niveau", "en": "Highest level"},
    "table.niveau_rang": {"nl": "Niveau (1–6)", "en": "Level (1–6)"},
    "table.initiatieven": {"nl": "Initiatieven", "en": "Initiatives"},
    "table.zorgkantoor": {"nl": "Zorgkantoor (aanwijzing 2015)", "en": "Care office (designated 2015)"},
    "table.geverifieerd": {"nl": "Geverifieerd", "en": "Verified"},
    "table.n_gemeenten": {"nl": "Gemeenten", "en": "Municipalities"},
    "table.provincie": {"nl": "Provincie", "en": "Province"},
    "table.ggd": {"nl": "GGD-regio", "en": "Public health region"},
}
