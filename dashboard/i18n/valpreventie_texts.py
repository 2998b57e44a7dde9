"""Texts of the fall-prevention estimate (page, PDF section, CSV, command line): Dutch and English."""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nav.valpreventie": {"nl": "Valpreventie: kosten en baten", "en": "Fall prevention: costs and benefits"},
    "vp.title": {
        "nl": "Valpreventie: wat kost het, wat levert het op?",
        "en": "Fall prevention: costs and savings",
    },
    "vp.disclaimer": {
        "nl": "Een **schatting op basis van gepubliceerde kengetallen**, in drie stappen. Dit is niet de "
        "Rekenhulp Valpreventie van Erasmus MC, Vilans en VeiligheidNL: de parameters daarvan zijn niet "
        "openbaar. Elk getal hieronder heeft een bron en een jaar en u kunt het aanpassen.",
        "en": "An **estimate based on published figures**, in three steps. This is not the Rekenhulp "
        "Valpreventie by Erasmus MC, Vilans and VeiligheidNL: its parameters are not public. Every figure below "
        "has a source and a year, and you can change it.",
    },
    "vp.pick": {"nl": "Gemeente, VNG–ZN-regio of provincie", "en": "Municipality, VNG–ZN region or province"},
    "vp.pick.placeholder": {"nl": "Typ een naam …", "en": "Type a name …"},
    "vp.intro": {
        "nl": "Kies een gemeente, regio of provincie. U kunt deze pagina ook openen vanuit de lijst op "
        "**Nood en aanbod** of vanuit **Mijn regio**: het gebied is dan al gekozen.",
        "en": "Choose a municipality, region or province. You can also open this page from the list on "
        "**Need and offer** or from **My region**: the area is then already chosen.",
    },
    "vp.step.situatie": {"nl": "Stap 1 — Situatie", "en": "Step 1 — Situation"},
    "vp.step.aanpak": {"nl": "Stap 2 — Aanpak", "en": "Step 2 — Approach"},
    "vp.step.kosten_baten": {"nl": "Stap 3 — Kosten en baten", "en": "Step 3 — Costs and benefits"},
    "vp.sentence.situatie": {
        "nl": "In {naam} wonen {n65} 65-plussers; naar schatting hebben {risico} van hen een verhoogd "
        "valrisico. Zij vallen samen ongeveer {vallen} keer per jaar, met {seh} SEH-bezoeken en "
        "{kosten} aan medische kosten per jaar.",
        "en": "{naam} has {n65} residents aged 65+; an estimated {risico} of them are at raised risk of falling. "
        "Together they fall about {vallen} times a year, with {seh} emergency-department visits and {kosten} "
        "in medical costs a year.",
    },
    "vp.sentence.resultaat": {
        "nl": "Met {programma} voor {deelnemers} deelnemers per jaar voorkomt {naam} in {jaren} jaar naar "
        "schatting {vallen} vallen en {seh} SEH-bezoeken. Kosten {kosten}, vermeden zorgkosten {baten}: "
        "netto {netto}, {per_euro} terug per geïnvesteerde euro.",
        "en": "With {programma} for {deelnemers} participants a year, {naam} prevents an estimated {vallen} "
        "falls and {seh} emergency visits in {jaren} years. Costs {kosten}, care costs avoided {baten}: net "
        "{netto}, {per_euro} back per euro invested.",
    },
    "vp.programme": {"nl": "Programma", "en": "Programme"},
    "vp.programme.help": {
        "nl": "Erkende valpreventieprogramma's (Loket Gezond Leven). Waar geen effect of kostprijs is "
        "gepubliceerd, vult u die zelf in.",
        "en": "Recognised fall-prevention programmes (Loket Gezond Leven). Where no effect or cost has been "
        "published, enter it yourself.",
    },
    "vp.years": {"nl": "Looptijd (jaar)", "en": "Period (years)"},
    "vp.years.help": {
        "nl": "Elk jaar een nieuwe groep deelnemers; het effect telt in het programmajaar; geen discontering.",
        "en": "A new group of participants every year; the effect counts in the programme year; no discounting.",
    },
    "vp.missing": {
        "nl": "Voor {programma} is geen {wat} gepubliceerd. Vul hieronder uw eigen waarde in; zonder die "
        "waarde rekent de pagina niet verder.",
        "en": "No {wat} has been published for {programma}. Enter your own value below; without it the page "
        "does not calculate further.",
    },
    "vp.missing.effect": {"nl": "effect op het aantal vallen", "en": "effect on the number of falls"},
    "vp.missing.kosten_per_deelnemer": {"nl": "kostprijs per deelnemer", "en": "cost per participant"},
    "vp.params": {"nl": "Kengetallen van deze stap", "en": "Figures used in this step"},
    "vp.own": {"nl": "eigen waarde", "en": "your own value"},
    "vp.published": {"nl": "gepubliceerd", "en": "published"},
    "vp.own.source": {
        "nl": "eigen waarde (gepubliceerd: {bron})",
        "en": "your own value (published: {bron})",
    },
    "vp.own.marker": {
        "nl": "✎ eigen waarde (gepubliceerd: {gepubliceerd})",
        "en": "✎ your own value (published: {gepubliceerd})",
    },
    "vp.own.marker.new": {"nl": "✎ eigen waarde", "en": "✎ your own value"},
    "vp.reset": {"nl": "Terug naar de gepubliceerde waarden", "en": "Back to the published values"},
    "vp.source": {"nl": "Bron ({jaar}): {bron}", "en": "Source ({jaar}): {bron}"},
    "vp.source.link": {"nl": "bron openen", "en": "open source"},
    "vp.range": {
        "nl": "bandbreedte in de bronnen: {laag} – {hoog}",
        "en": "range in the sources: {laag} – {hoog}",
    },
    "vp.value.missing": {"nl": "niet gepubliceerd", "en": "not published"},
    "vp.unit.aandeel": {"nl": "aandeel (%)", "en": "share (%)"},
    "vp.unit.per_jaar": {"nl": "per persoon per jaar", "en": "per person per year"},
    "vp.unit.per_jaar.value": {"nl": "{value} per jaar", "en": "{value} a year"},
    "vp.unit.euro": {"nl": "euro", "en": "euro"},
    "vp.param.valrisico_aandeel": {
        "nl": "Aandeel 65-plussers met verhoogd valrisico",
        "en": "Share of 65+ at raised fall risk",
    },
    "vp.param.vallen_per_persoon": {
        "nl": "Vallen per persoon per jaar (verhoogd risico)",
        "en": "Falls per person per year (raised risk)",
    },
    "vp.param.seh_aandeel": {"nl": "Aandeel vallen met SEH-bezoek", "en": "Share of falls reaching the ED"},
    "vp.param.kosten_per_seh_val": {
        "nl": "Medische kosten per val met SEH-bezoek",
        "en": "Medical cost per ED-treated fall",
    },
    "vp.param.bereik": {
        "nl": "Bereik: aandeel 65+ per jaar in een programma",
        "en": "Reach: share of 65+ in a programme per year",
    },
    "vp.param.screening": {
        "nl": "Aandeel 65+ per jaar met een valrisicotest",
        "en": "Share of 65+ with a fall-risk test per year",
    },
    "vp.param.kosten_screening": {"nl": "Kosten per valrisicotest", "en": "Cost per fall-risk test"},
    "vp.param.effect": {
        "nl": "Effect: minder vallen bij deelnemers",
        "en": "Effect: fewer falls among participants",
    },
    "vp.param.kosten_per_deelnemer": {"nl": "Kosten per deelnemer", "en": "Cost per participant"},
    "vp.param.aandeel_wlz": {
        "nl": "Aandeel besparing Wlz (aanname)",
        "en": "Share of savings Wlz (assumption)",
    },
    "vp.param.aandeel_wmo": {
        "nl": "Aandeel besparing Wmo/gemeente (aanname)",
        "en": "Share of savings Wmo/municipality (assumption)",
    },
    "vp.metric.n65": {"nl": "65-plussers (CBS 2024)", "en": "Residents 65+ (CBS 2024)"},
    "vp.metric.risico": {"nl": "met verhoogd valrisico", "en": "at raised fall risk"},
    "vp.metric.vallen": {"nl": "vallen per jaar", "en": "falls a year"},
    "vp.metric.seh": {"nl": "SEH-bezoeken per jaar", "en": "ED visits a year"},
    "vp.metric.deelnemers": {"nl": "deelnemers per jaar", "en": "participants a year"},
    "vp.metric.gescreend": {"nl": "valrisicotests per jaar", "en": "fall-risk tests a year"},
    "vp.metric.vallen_voorkomen": {"nl": "vallen voorkomen", "en": "falls prevented"},
    "vp.metric.seh_voorkomen": {"nl": "SEH-bezoeken voorkomen", "en": "ED visits prevented"},
    "vp.metric.kosten": {"nl": "investering", "en": "investment"},
    "vp.metric.baten": {"nl": "vermeden zorgkosten", "en": "care costs avoided"},
    "vp.metric.netto": {"nl": "netto", "en": "net"},
    "vp.metric.per_euro": {"nl": "baten per euro", "en": "benefit per euro"},
    "vp.metric.band": {"nl": "bandbreedte: {laag} tot {hoog}", "en": "range: {laag} to {hoog}"},
    "vp.over_years": {"nl": "over {jaren} jaar", "en": "over {jaren} years"},
    "vp.n65.note": {
        "nl": "Het aantal 65-plussers is afgeleid uit het hele percentage dat CBS publiceert (een schatting).",
        "en": "The number of residents 65+ is derived from the whole percentage CBS publishes (an estimate).",
    },
    "vp.financiers": {"nl": "Wie bespaart?", "en": "Who saves?"},
    "vp.financiers.note": {
        "nl": "De verdeling over Zvw, Wlz en Wmo/gemeente is een **aanname** (afgeleid uit cijfers 2012 over "
        "ongevallen van 65-plussers), geen feit: pas de aandelen Wlz en Wmo aan; de Zvw krijgt de rest. De "
        "kosten van programma's dragen vooral gemeenten (SPUK/GALA, Wmo); sinds 2024 vergoedt de Zvw een "
        "programma voor 65-plussers met een hoog valrisico.",
        "en": "The split over Zvw, Wlz and Wmo/municipality is an **assumption** (derived from 2012 figures "
        "on accidents of people 65+), not a fact: adjust the Wlz and Wmo shares; the Zvw gets the rest. "
        "Programme costs are mostly borne by municipalities (SPUK/GALA, Wmo); since 2024 the Zvw covers a "
        "programme for people 65+ at high fall risk.",
    },
    "vp.financier.zvw": {"nl": "Zvw (zorgverzekeraar)", "en": "Zvw (health insurer)"},
    "vp.financier.wlz": {"nl": "Wlz (langdurige zorg)", "en": "Wlz (long-term care)"},
    "vp.financier.wmo": {"nl": "Wmo / gemeente", "en": "Wmo / municipality"},
    "vp.chart.financiers": {
        "nl": "Vermeden zorgkosten naar financier",
        "en": "Care costs avoided by financier",
    },
    "vp.chart.tornado": {
        "nl": "Welk kengetal bepaalt de uitkomst het meest? Netto resultaat bij laag en hoog",
        "en": "Which figure moves the result most? Net result at low and high",
    },
    "vp.chart.tornado.low": {"nl": "kengetal laag", "en": "figure low"},
    "vp.chart.tornado.high": {"nl": "kengetal hoog", "en": "figure high"},
    "vp.chart.tornado.axis": {"nl": "netto resultaat (euro)", "en": "net result (euro)"},
    "vp.chart.tornado.central": {"nl": "schatting", "en": "estimate"},
    "vp.tornado.note": {
        "nl": "Bandbreedte uit de bronnen waar die er is; anders ±20% (gemarkeerd met *).",
        "en": "Range from the sources where there is one; otherwise ±20% (marked with *).",
    },
    "vp.table.params": {"nl": "Alle kengetallen met bron", "en": "All figures with their sources"},
    "vp.col.naam": {"nl": "parameter", "en": "parameter"},
    "vp.col.omschrijving": {"nl": "omschrijving", "en": "description"},
    "vp.col.waarde": {"nl": "waarde", "en": "value"},
    "vp.col.bandbreedte": {"nl": "bandbreedte", "en": "range"},
    "vp.col.eenheid": {"nl": "eenheid", "en": "unit"},
    "vp.col.bron": {"nl": "bron", "en": "source"},
    "vp.col.url": {"nl": "link", "en": "link"},
    "vp.col.jaar": {"nl": "jaar", "en": "year"},
    "vp.col.herkomst": {"nl": "herkomst", "en": "origin"},
    "vp.col.uitkomst": {"nl": "uitkomst", "en": "result"},
    "vp.col.schatting": {"nl": "schatting", "en": "estimate"},
    "vp.col.laag": {"nl": "laag", "en": "low"},
    "vp.col.hoog": {"nl": "hoog", "en": "high"},
    "vp.download": {
        "nl": "Download als CSV (met alle kengetallen en bronnen)",
        "en": "Download as CSV (all figures and sources)",
    },
    "vp.report": {
        "nl": "Maak regiorapport met deze schatting (PDF)",
        "en": "Make region report with this estimate (PDF)",
    },
    "vp.report.scope": {
        "nl": "Het regiorapport (PDF) is er voor een gemeente of VNG–ZN-regio; voor een provincie downloadt u de CSV.",
        "en": "The region report (PDF) is made for a municipality or VNG–ZN region; for a province, "
        "download the CSV.",
    },
    "vp.open": {
        "nl": "Wat kost en levert valpreventie op? Open de schatting voor",
        "en": "What would fall prevention cost and save? Open the estimate for",
    },
    "vp.open.button": {
        "nl": "Valpreventie: kosten en baten voor {naam}",
        "en": "Fall prevention: costs and benefits for {naam}",
    },
    "vp.csv.title": {
        "nl": "Valpreventie {naam}: schatting op basis van gepubliceerde kengetallen (Preventiekaart)",
        "en": "Fall prevention {naam}: estimate based on published figures (Preventiekaart)",
    },
    "vp.csv.programme": {
        "nl": "Programma: {programma}; looptijd {jaren} jaar",
        "en": "Programme: {programma}; {jaren} years",
    },
    "vp.csv.own": {"nl": "Eigen waarden van de gebruiker: {namen}", "en": "The user's own values: {namen}"},
    "vp.csv.own.none": {"nl": "Eigen waarden van de gebruiker: geen", "en": "The user's own values: none"},
    "vp.csv.cbs": {
        "nl": "65-plussers: CBS Kerncijfers wijken en buurten 2024 (afgeleid uit het percentage 65+)",
        "en": "Residents 65+: CBS Kerncijfers wijken en buurten 2024 (derived from the percentage 65+)",
    },
    "vp.report.title": {
        "nl": "Valpreventie: kosten en baten (schatting)",
        "en": "Fall prevention: costs and benefits (estimate)",
    },
    "vp.report.params": {"nl": "Kengetallen en bronnen", "en": "Figures and sources"},
    "vp.report.results": {"nl": "Uitkomsten", "en": "Results"},
    "vp.input.bad": {
        "nl": "‘{text}’ is geen bruikbaar getal: vul {low} tot {high} in ({unit}). De vorige waarde blijft staan.",
        "en": "‘{text}’ is not a usable number: enter {low} to {high} ({unit}). The previous value stays.",
    },
    "vp.input.unit.aandeel": {"nl": "procent", "en": "percent"},
    "vp.input.unit.per_jaar": {"nl": "per persoon per jaar", "en": "per person per year"},
    "vp.input.unit.euro": {"nl": "euro", "en": "euro"},
    "vp.input.suffix.aandeel": {"nl": " (%)", "en": " (%)"},
    "vp.input.suffix.per_jaar": {"nl": " (per jaar)", "en": " (a year)"},
    "vp.input.suffix.euro": {"nl": " (€)", "en": " (€)"},
    "vp.input.placeholder": {"nl": "vul zelf in", "en": "enter your own"},
}
