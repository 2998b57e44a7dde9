"""Labels of the canonical codes in dashboard.schema (RIVM's own Dutch words)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Collaboration levels (RIVM factsheet 2020, figure 3)
    "level.onbekend": {"nl": "onbekend", "en": "unknown"},
    "level.geen": {"nl": "geen van beide betrokken", "en": "neither involved"},
    "level.een_partij": {
        "nl": "alleen gemeente of zorgverzekeraar betrokken",
        "en": "only municipality or health insurer involved",
    },
    "level.apart": {
        "nl": "gemeente en zorgverzekeraar apart betrokken",
        "en": "municipality and health insurer involved separately",
    },
    "level.in_gesprek": {
        "nl": "gemeente en zorgverzekeraar in gesprek",
        "en": "municipality and health insurer in talks",
    },
    "level.informeel": {"nl": "informele afspraken", "en": "informal agreements"},
    "level.formeel": {"nl": "formele afspraken", "en": "formal agreements"},
    # Involved parties (figure 2)
    "party.gemeente": {"nl": "gemeente", "en": "municipality"},
    "party.zorgverzekeraar": {"nl": "zorgverzekeraar", "en": "health insurer"},
    "party.huisarts": {"nl": "huisarts en praktijkondersteuner", "en": "GP and practice nurse"},
    "party.welzijn": {"nl": "welzijnsorganisaties", "en": "welfare organisations"},
    "party.thuiszorg": {"nl": "thuiszorg", "en": "home care"},
    "party.ggd": {"nl": "GGD", "en": "public health service (GGD)"},
    "party.paramedici": {"nl": "paramedici", "en": "allied health professionals"},
    "party.sociaal_werk": {"nl": "sociaal werk", "en": "social work"},
    "party.inwoners": {"nl": "inwoners", "en": "residents"},
    "party.kennisinstituut": {
        "nl": "kennisinstituten/universiteiten",
        "en": "knowledge institutes/universities",
    },
    "party.beroepsonderwijs": {"nl": "beroepsonderwijs", "en": "vocational education"},
    # Partners outside figure 2 that RIVM names (free text in `partijen`, not a filter): named in the reader's
    # language like the others instead of falling back to the Dutch word.
    "party.woningcorporatie": {"nl": "woningcorporatie", "en": "housing association"},
    "party.sportaanbieders": {"nl": "sportaanbieders", "en": "sports providers"},
    "party.buurtsportcoach": {"nl": "buurtsportcoach", "en": "neighbourhood sports coach"},
    "party.onderwijs": {"nl": "onderwijs", "en": "education"},
    "party.jeugdzorg": {"nl": "jeugdzorg", "en": "youth care"},
    "party.werkgevers": {"nl": "werkgevers", "en": "employers"},
    "party.verslavingszorg": {"nl": "verslavingszorg", "en": "addiction care"},
    "party.ROS": {"nl": "ROS", "en": "ROS (regional support structure for primary care)"},
    "party.cultuursector": {"nl": "cultuursector", "en": "cultural sector"},
    # ... and the kinds of partner the named initiatives list (organisations' own names stay as they are).
    "party.bedrijven": {"nl": "bedrijven", "en": "businesses"},
    "party.cliënten": {"nl": "cliënten", "en": "clients"},
    "party.eerstelijnszorg": {"nl": "eerstelijnszorg", "en": "primary care"},
    "party.sportverenigingen": {"nl": "sportverenigingen", "en": "sports clubs"},
    "party.vrijwilligers": {"nl": "vrijwilligers", "en": "volunteers"},
    "party.ziekenhuizen": {"nl": "ziekenhuizen", "en": "hospitals"},
    "party.zorg": {"nl": "zorg", "en": "care"},
    "party.zorgorganisaties": {"nl": "zorgorganisaties", "en": "care organisations"},
    # Interventions of VWS's interventiegerichte aanpak
    "intervention.welzijn_op_recept": {
        "nl": "Welzijn op Recept",
        "en": "Social prescribing (Welzijn op Recept)",
    },
    "intervention.gli": {
        "nl": "GLI (gecombineerde leefstijlinterventie)",
        "en": "CLI (combined lifestyle intervention)",
    },
    "intervention.valpreventie": {"nl": "valpreventie", "en": "fall prevention"},
    "intervention.kinderen_overgewicht": {
        "nl": "kinderen met overgewicht",
        "en": "children with overweight",
    },
    "intervention.diabetes": {"nl": "diabetes", "en": "diabetes"},
    "intervention.kansrijke_start": {"nl": "Kansrijke Start", "en": "Kansrijke Start (promising start)"},
    # GALA's names of the ketenaanpakken, shown for peiljaren from 2023 (dashboard.i18n.label with year=)
    "intervention.gala.welzijn_op_recept": {
        "nl": "Sociaal verwijzen (Welzijn op Recept)",
        "en": "Social referral (Welzijn op Recept)",
    },
    "intervention.gala.kinderen_overgewicht": {
        "nl": "Kind naar Gezonder Gewicht",
        "en": "Kind naar Gezonder Gewicht (children to a healthier weight)",
    },
    "intervention.gala.valpreventie": {"nl": "Valpreventie", "en": "Fall prevention"},
    "intervention.gala.kansrijke_start": {"nl": "Kansrijke Start", "en": "Kansrijke Start (promising start)"},
    # GLI programmes
    "gli.beweegkuur": {"nl": "Beweegkuur", "en": "Beweegkuur"},
    "gli.cool": {"nl": "CooL", "en": "CooL"},
    "gli.slimmer": {"nl": "SLIMMER", "en": "SLIMMER"},
    "gli.samen_sportief_in_beweging": {
        "nl": "Samen Sportief in Beweging",
        "en": "Samen Sportief in Beweging",
    },
    "gli.overig": {"nl": "andere naam of programma", "en": "other name or programme"},
    # Geographic reach
    "reach.wijk": {"nl": "wijk", "en": "neighbourhood"},
    "reach.gemeente": {"nl": "gemeente", "en": "municipality"},
    "reach.regio": {"nl": "regio (meerdere gemeenten)", "en": "region (several municipalities)"},
    "reach.provincie": {"nl": "provincie", "en": "province"},
    # Agreements (levels 5-6 only)
    "agreement.inhoud": {"nl": "inhoud", "en": "content"},
    "agreement.financiering": {"nl": "financiering", "en": "financing"},
    "agreement.beide": {"nl": "inhoud en financiering", "en": "content and financing"},
    # Funding sources
    "funding.wmo": {"nl": "Wmo", "en": "Wmo (social support act)"},
    "funding.zvw": {"nl": "Zvw", "en": "Zvw (health insurance act)"},
    "funding.wpg": {"nl": "Wpg", "en": "Wpg (public health act)"},
    "funding.overig": {"nl": "overig", "en": "other"},
    # Target groups
    "target.ouderen": {"nl": "(kwetsbare) ouderen", "en": "(frail) older people"},
    "target.psychische_klachten": {
        "nl": "mensen met psychische klachten",
        "en": "people with mental complaints",
    },
    "target.jongeren": {"nl": "jongeren", "en": "young people"},
    "target.overgewicht": {"nl": "mensen met overgewicht", "en": "people with overweight"},
    "target.lage_ses": {"nl": "lage SES", "en": "low socio-economic status"},
    "target.mantelzorgers": {"nl": "mantelzorgers", "en": "informal carers"},
    "target.onderwijs": {"nl": "onderwijs (leerlingen, leerkrachten)", "en": "education (pupils, teachers)"},
    "target.alle_inwoners": {"nl": "alle inwoners", "en": "all residents"},
}
