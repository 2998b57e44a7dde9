"""Texts of the context measures (population, young-adult health) and the page "Nood en aanbod"."""

from typing import Final

_YA_NL: Final = "jongvolwassenen (16–25 jaar)"
_YA_EN: Final = "young adults (16–25)"

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nav.nood": {"nl": "Nood en aanbod", "en": "Need and offer"},
    # A shipped context file that cannot be used (the CLI and the data check name it)
    "context.error.not_a_number": {
        "nl": "{file}: rij {row}, kolom {column}: geen getal ('{value}')",
        "en": "{file}: row {row}, column {column}: not a number ('{value}')",
    },
    "context.error.pct_outside": {
        "nl": "{file}: rij {row}, kolom {column}: percentage buiten 0–100",
        "en": "{file}: row {row}, column {column}: percentage outside 0–100",
    },
    "context.error.wrong_vintage": {
        "nl": "{file}: rij {row}: verwacht leeftijd {age} en meetjaar {year}",
        "en": "{file}: row {row}: expected age {age} and survey year {year}",
    },
    # Context indicators: names, titles with age group and year
    "context.name.inwoners": {"nl": "Inwoners", "en": "Inhabitants"},
    "context.name.pct_65plus": {
        "nl": "% 65-plussers (van alle inwoners)",
        "en": "% aged 65+ (of all inhabitants)",
    },
    "context.name.inwoners_65plus_est": {"nl": "Aantal 65-plussers", "en": "Number aged 65+"},
    "context.name.pct_eenpersoonshuishoudens": {
        "nl": "% eenpersoonshuishoudens",
        "en": "% single-person households",
    },
    "context.name.pct_eenzaam": {
        "nl": "% (enigszins tot sterk) eenzaam",
        "en": "% (somewhat to very) lonely",
    },
    "context.name.pct_sterk_eenzaam": {"nl": "% sterk eenzaam", "en": "% very lonely"},
    "context.name.pct_overgewicht": {
        "nl": "% overgewicht (incl. obesitas)",
        "en": "% overweight (incl. obesity)",
    },
    "context.name.pct_obesitas": {"nl": "% obesitas", "en": "% obesity"},
    "context.name.pct_goed_ervaren_gezondheid": {
        "nl": "% goed ervaren gezondheid",
        "en": "% good self-rated health",
    },
    "context.name.pct_goed_ervaren_mentale_gezondheid": {
        "nl": "% goed ervaren mentale gezondheid",
        "en": "% good self-rated mental health",
    },
    "context.name.pct_beperkt_door_psychische_klachten": {
        "nl": "% beperkt door psychische klachten",
        "en": "% limited by mental health complaints",
    },
    "context.name.pct_heel_vaak_gestrest": {"nl": "% heel vaak gestrest", "en": "% very often stressed"},
    "context.name.pct_moeite_met_rondkomen": {
        "nl": "% moeite met rondkomen",
        "en": "% difficulty making ends meet",
    },
    "context.name.pct_rookt_tabak": {"nl": "% rookt tabak", "en": "% smokes tobacco"},
    "context.name.pct_zware_drinker": {"nl": "% zware drinker", "en": "% heavy drinker"},
    "context.name.pct_sport_wekelijks": {"nl": "% sport wekelijks", "en": "% exercises weekly"},
    "context.name.pct_mantelzorger": {"nl": "% mantelzorger", "en": "% informal carer"},
    "context.derived": {"nl": "{name} (schatting, afgeleid)", "en": "{name} (estimate, derived)"},
    "context.title.cbs": {"nl": "{name}, {year}", "en": "{name}, {year}"},
    "context.title.gmjv": {"nl": "{name}, {age} jaar, {year}", "en": "{name}, ages {age}, {year}"},
    "context.niet_gepubliceerd": {"nl": "niet gepubliceerd", "en": "not published"},
    "context.class.below": {"nl": "lager dan {high}", "en": "below {high}"},
    "context.class.range": {"nl": "{low} tot {high}", "en": "{low} to {high}"},
    "context.class.above": {"nl": "{low} of hoger", "en": "{low} or more"},
    "context.class.buiten_gebied": {"nl": "buiten het gekozen gebied", "en": "outside the chosen area"},
    "context.class.all": {"nl": "alle gepubliceerde waarden", "en": "all published values"},
    "context.measure.select": {
        "nl": "Of kleur naar nood of context (bevolking, gezondheid 16–25 jaar)",
        "en": "Or colour by need or context (population, health ages 16–25)",
    },
    "context.measure.none": {"nl": "— geen (samenwerking tonen)", "en": "— none (show collaboration)"},
    # Need-vs-offer map measures and classes
    "need.measure.ouderen_valpreventie": {
        "nl": "Nood: 65-plussers zonder valpreventie",
        "en": "Need: aged 65+ without fall prevention",
    },
    "need.measure.overgewicht_gli": {
        "nl": "Nood: overgewicht 16–25 jaar zonder GLI",
        "en": "Need: overweight 16–25 without CLI",
    },
    "need.measure.afstemming": {
        "nl": "Nood: geen afstemming (niveau 5–6)",
        "en": "Need: no alignment (level 5–6)",
    },
    "need.measure.eigen": {"nl": "Eigen keuze", "en": "Own choice"},
    "need.title": {"nl": "{condition} zonder {offer}", "en": "{condition} without {offer}"},
    "need.title.trivial": {"nl": "Gemeenten zonder {offer}", "en": "Municipalities without {offer}"},
    "need.class.nood_geen_aanbod": {
        "nl": "hoge nood, geen aanbod",
        "en": "high need, no offer",
    },
    "need.class.nood_alleen_wijk": {
        "nl": "hoge nood, aanbod alleen in een wijk",
        "en": "high need, offer only in a neighbourhood",
    },
    "need.class.nood_met_aanbod": {"nl": "hoge nood, met aanbod", "en": "high need, with offer"},
    "need.class.geen_hoge_nood": {"nl": "onder de drempel", "en": "below the threshold"},
    "need.class.niet_gepubliceerd": {"nl": "niet gepubliceerd", "en": "not published"},
    # Conditions ("≥ 25% 65-plussers")
    "need.cond.inwoners": {"nl": "{op} {value} inwoners", "en": "{op} {value} inhabitants"},
    "need.cond.pct_65plus": {"nl": "{op} {value} 65-plussers", "en": "{op} {value} aged 65+"},
    "need.cond.inwoners_65plus_est": {
        "nl": "{op} {value} 65-plussers (schatting)",
        "en": "{op} {value} people aged 65+ (estimate)",
    },
    "need.cond.pct_eenpersoonshuishoudens": {
        "nl": "{op} {value} eenpersoonshuishoudens",
        "en": "{op} {value} single-person households",
    },
    "need.cond.pct_eenzaam": {
        "nl": "{op} {value} eenzame " + _YA_NL,
        "en": "{op} {value} lonely " + _YA_EN,
    },
    "need.cond.pct_sterk_eenzaam": {
        "nl": "{op} {value} sterk eenzame " + _YA_NL,
        "en": "{op} {value} very lonely " + _YA_EN,
    },
    "need.cond.pct_overgewicht": {
        "nl": "{op} {value} overgewicht bij " + _YA_NL,
        "en": "{op} {value} overweight among " + _YA_EN,
    },
    "need.cond.pct_obesitas": {
        "nl": "{op} {value} obesitas bij " + _YA_NL,
        "en": "{op} {value} obesity among " + _YA_EN,
    },
    "need.cond.pct_goed_ervaren_gezondheid": {
        "nl": "{op} {value} " + _YA_NL + " met een goed ervaren gezondheid",
        "en": "{op} {value} " + _YA_EN + " rating their health good",
    },
    "need.cond.pct_goed_ervaren_mentale_gezondheid": {
        "nl": "{op} {value} " + _YA_NL + " met een goed ervaren mentale gezondheid",
        "en": "{op} {value} " + _YA_EN + " rating their mental health good",
    },
    "need.cond.pct_beperkt_door_psychische_klachten": {
        "nl": "{op} {value} " + _YA_NL + " beperkt door psychische klachten",
        "en": "{op} {value} " + _YA_EN + " limited by mental health complaints",
    },
    "need.cond.pct_heel_vaak_gestrest": {
        "nl": "{op} {value} " + _YA_NL + " die heel vaak gestrest zijn",
        "en": "{op} {value} " + _YA_EN + " very often stressed",
    },
    "need.cond.pct_moeite_met_rondkomen": {
        "nl": "{op} {value} " + _YA_NL + " met moeite met rondkomen",
        "en": "{op} {value} " + _YA_EN + " with difficulty making ends meet",
    },
    "need.cond.pct_rookt_tabak": {
        "nl": "{op} {value} " + _YA_NL + " die tabak roken",
        "en": "{op} {value} " + _YA_EN + " smoking tobacco",
    },
    "need.cond.pct_zware_drinker": {
        "nl": "{op} {value} " + _YA_NL + " die zwaar drinken",
        "en": "{op} {value} " + _YA_EN + " drinking heavily",
    },
    "need.cond.pct_sport_wekelijks": {
        "nl": "{op} {value} " + _YA_NL + " die wekelijks sporten",
        "en": "{op} {value} " + _YA_EN + " exercising weekly",
    },
    "need.cond.pct_mantelzorger": {
        "nl": "{op} {value} " + _YA_NL + " die mantelzorg geven",
        "en": "{op} {value} " + _YA_EN + " giving informal care",
    },
    # Offers ("zonder valpreventie")
    "need.offer.valpreventie": {"nl": "valpreventie", "en": "fall prevention"},
    "need.offer.gli": {"nl": "GLI", "en": "CLI"},
    "need.offer.kinderen_overgewicht": {
        "nl": "aanbod voor kinderen met overgewicht",
        "en": "an offer for children with overweight",
    },
    "need.offer.welzijn_op_recept": {"nl": "Welzijn op Recept", "en": "social prescribing"},
    "need.offer.diabetes": {"nl": "diabetesaanbod", "en": "a diabetes offer"},
    "need.offer.any": {"nl": "initiatief", "en": "any initiative"},
    "need.offer.afstemming": {
        "nl": "afstemming tussen gemeente en zorgverzekeraar (informele of formele afspraken)",
        "en": "alignment between municipality and insurer (informal or formal agreements)",
    },
    "need.offer.with_afstemming": {
        "nl": "{offer} met afstemming (informele of formele afspraken)",
        "en": "{offer} with alignment (informal or formal agreements)",
    },
    "need.offer.level": {
        "nl": "initiatief op niveau ‘{level}’ of hoger",
        "en": "an initiative at level ‘{level}’ or higher",
    },
    "need.offer.with_level": {
        "nl": "{offer} op niveau ‘{level}’ of hoger",
        "en": "{offer} at level ‘{level}’ or higher",
    },
    "need.or": {"nl": " of ", "en": " or "},
    "need.and": {"nl": " en ", "en": " and "},
    "need.with": {"nl": " met {condition}", "en": " with {condition}"},
    "need.scope": {"nl": "{scope}: {text}", "en": "{scope}: {text}"},
    "need.scope.regio": {"nl": "VNG–ZN-regio {names}", "en": "VNG–ZN region {names}"},
    "need.scope.provincie": {"nl": "provincie {names}", "en": "province {names}"},
    "need.level.none": {"nl": "geen initiatief (gemeentebreed)", "en": "no initiative (municipality-wide)"},
    # Page
    "nood.title": {"nl": "Nood en aanbod", "en": "Need and offer"},
    "nood.intro": {
        "nl": "Waar is preventie het meest nodig en ontbreekt het aanbod nog? Kies een vraag en een drempel. "
        "Het aanbod volgt de filters in de zijbalk; kies daar een **VNG–ZN-regio** of **provincie** om de lijst "
        "tot dat gebied te beperken.",
        "en": "Where is prevention needed most and still missing? Choose a question and a threshold. The offer "
        "follows the sidebar filters; choose a **VNG–ZN region** or **province** there to limit the list to "
        "that area.",
    },
    "nood.scenario": {"nl": "Vraag", "en": "Question"},
    "nood.scenario.ouderen_valpreventie": {
        "nl": "65-plussers zonder valpreventie",
        "en": "Aged 65+ without fall prevention",
    },
    "nood.scenario.overgewicht_gli": {
        "nl": "Overgewicht (16–25 jaar) zonder GLI of aanbod voor kinderen met overgewicht",
        "en": "Overweight (16–25) without CLI or an offer for children with overweight",
    },
    "nood.scenario.afstemming": {
        "nl": "Geen afstemming (niveau 5–6), naar inwoners",
        "en": "No alignment (level 5–6), by inhabitants",
    },
    "nood.scenario.eigen": {"nl": "Eigen keuze", "en": "Own choice"},
    "nood.indicator": {"nl": "Indicator", "en": "Indicator"},
    "nood.direction": {"nl": "Hoge nood betekent", "en": "High need means"},
    "nood.direction.ge": {"nl": "waarde ≥ drempel", "en": "value ≥ threshold"},
    "nood.direction.le": {"nl": "waarde ≤ drempel", "en": "value ≤ threshold"},
    "nood.interventions": {
        "nl": "Aanbod: initiatief met interventie",
        "en": "Offer: initiative with intervention",
    },
    "nood.interventions.help": {
        "nl": "Leeg: elk initiatief telt als aanbod.",
        "en": "Empty: any initiative counts as offer.",
    },
    "nood.min_level": {
        "nl": "Aanbod: samenwerkingsniveau minstens",
        "en": "Offer: collaboration level at least",
    },
    "nood.min_level.any": {"nl": "elk niveau (ook onbekend)", "en": "any level (also unknown)"},
    "nood.threshold": {"nl": "Drempel: {name}", "en": "Threshold: {name}"},
    "nood.threshold.help": {
        "nl": "Standaard de grens van het bovenste kwart van alle gemeenten ({value}).",
        "en": "Default: the boundary of the top quarter of all municipalities ({value}).",
    },
    "nood.threshold.help_bottom": {
        "nl": "Standaard de grens van het onderste kwart van alle gemeenten ({value}).",
        "en": "Default: the boundary of the bottom quarter of all municipalities ({value}).",
    },
    "nood.threshold.help_zero": {
        "nl": "0 = alle gemeenten; verhoog om alleen grotere gemeenten te tonen.",
        "en": "0 = all municipalities; raise to show only larger ones.",
    },
    "nood.table": {
        "nl": "Gemeenten met hoge nood en geen aanbod",
        "en": "Municipalities with high need and no offer",
    },
    "nood.table.empty": {
        "nl": "Geen gemeenten met hoge nood zonder aanbod bij deze keuze.",
        "en": "No municipalities with high need and no offer for this choice.",
    },
    "nood.download": {"nl": "Lijst downloaden (CSV)", "en": "Download list (CSV)"},
    "nood.percap": {"nl": "Per inwoner", "en": "Per inhabitant"},
    "nood.percap.intro": {
        "nl": "Initiatieven per 100.000 inwoners en het aandeel inwoners in een gemeente waar een initiatief "
        "(op gemeenteniveau of breder) op het gekozen niveau of hoger loopt. Een initiatief dat meerdere "
        "gebieden raakt, telt in elk gebied mee.",
        "en": "Initiatives per 100,000 inhabitants and the share of inhabitants living in a municipality "
        "covered (at municipality level or wider) by an initiative at the chosen level or higher. An initiative "
        "touching several areas counts in each.",
    },
    "nood.percap.by": {"nl": "Per", "en": "By"},
    "nood.percap.value": {"nl": "Grafiek", "en": "Chart"},
    "nood.percap.download": {"nl": "Tabel downloaden (CSV)", "en": "Download table (CSV)"},
    "nood.sources": {
        "nl": "Bron: CBS (inwoners en % 65-plussers, 1-1-2024, CC BY 4.0); het aantal 65-plussers is een "
        "schatting (inwoners × afgerond percentage). Bron: Gezondheidsmonitor Jongvolwassenen 2024, GGD'en en "
        "RIVM (16–25 jaar, CC BY 4.0). Niet gepubliceerde cijfers zijn grijs en worden nooit ingevuld.",
        "en": "Source: CBS (inhabitants and % aged 65+, 1 Jan 2024, CC BY 4.0); the number aged 65+ is an "
        "estimate (inhabitants × rounded percentage). Source: Gezondheidsmonitor Jongvolwassenen 2024, GGD'en "
        "and RIVM (ages 16–25, CC BY 4.0). Unpublished figures are grey and never filled in.",
    },
    "need.col.rang": {"nl": "Rang", "en": "Rank"},
    "need.col.inwoners": {"nl": "Inwoners", "en": "Inhabitants"},
    "need.col.inwoners_65plus_est": {
        "nl": "65-plussers (schatting)",
        "en": "Aged 65+ (estimate)",
    },
    "need.col.n_initiatieven": {
        "nl": "Initiatieven in gemeente (na filters)",
        "en": "Initiatives in municipality (filtered)",
    },
    "need.col.hoogste_niveau": {"nl": "Hoogste niveau", "en": "Highest level"},
    "need.export.title": {
        "nl": "Preventiekaart – nood en aanbod: {sentence}",
        "en": "Prevention map – need and offer: {sentence}",
    },
    "need.export.percap_title": {
        "nl": "Preventiekaart – initiatieven per inwoner (dekking: niveau {level} of hoger)",
        "en": "Prevention map – initiatives per inhabitant (coverage: level {level} or higher)",
    },
    "need.export.percap_title_any": {
        "nl": "Preventiekaart – initiatieven per inwoner (dekking: elk initiatief)",
        "en": "Prevention map – initiatives per inhabitant (coverage: any initiative)",
    },
    "need.export.indicator": {"nl": "Indicator: {indicator}", "en": "Indicator: {indicator}"},
    "need.export.unpublished": {
        "nl": "Niet gepubliceerde cijfers zijn niet ingevuld; die gemeenten staan niet in deze lijst.",
        "en": "Unpublished figures are not filled in; those municipalities are not in this list.",
    },
    "need.source.cbs": {
        "nl": "Bron: CBS, inwoners en % 65-plussers op 1-1-2024 (CC BY 4.0); 65-plussers is een schatting "
        "(afgeleid).",
        "en": "Source: CBS, inhabitants and % aged 65+ on 1 Jan 2024 (CC BY 4.0); aged 65+ is an estimate "
        "(derived).",
    },
    "need.source.gmjv": {
        "nl": "Bron: Gezondheidsmonitor Jongvolwassenen 2024, GGD'en en RIVM (16–25 jaar, CC BY 4.0).",
        "en": "Source: Gezondheidsmonitor Jongvolwassenen 2024, GGD'en and RIVM (ages 16–25, CC BY 4.0).",
    },
    "need.percap.by.regio": {"nl": "VNG–ZN-regio", "en": "VNG–ZN region"},
    "need.percap.by.provincie": {"nl": "Provincie", "en": "Province"},
    "need.percap.total": {"nl": "Nederland", "en": "Netherlands"},
    "need.percap.total_line": {"nl": "Nederland: {value}", "en": "Netherlands: {value}"},
    "need.percap.inwoners_gedekt_any": {
        "nl": "Inwoners in gemeente met initiatief",
        "en": "Inhabitants in municipality with initiative",
    },
    "need.percap.pct_gedekt_any": {
        "nl": "% inwoners in gemeente met initiatief",
        "en": "% inhabitants in municipality with initiative",
    },
    "need.percap.n_gemeenten": {"nl": "Gemeenten", "en": "Municipalities"},
    "need.percap.n_initiatieven": {"nl": "Initiatieven", "en": "Initiatives"},
    "need.percap.per_100k": {
        "nl": "Initiatieven per 100.000 inwoners",
        "en": "Initiatives per 100,000 inhabitants",
    },
    "need.percap.inwoners_gedekt": {
        "nl": "Inwoners in gemeente met initiatief ({level} of hoger)",
        "en": "Inhabitants in municipality with initiative ({level} or higher)",
    },
    "need.percap.pct_gedekt": {
        "nl": "% inwoners in gemeente met initiatief ({level} of hoger)",
        "en": "% inhabitants in municipality with initiative ({level} or higher)",
    },
}
