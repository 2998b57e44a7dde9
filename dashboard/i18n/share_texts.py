"""Texts of sharing and presenting: link notices, the link control, presentation mode and the region report."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Links
    "share.notice.unknown": {
        "nl": "Het onderdeel ‘{param}’ van de link is onbekend en genegeerd.",
        "en": "The part ‘{param}’ of the link is unknown and was ignored.",
    },
    "share.notice.invalid": {
        "nl": "De waarde ‘{value}’ voor ‘{param}’ in de link is ongeldig en genegeerd.",
        "en": "The value ‘{value}’ for ‘{param}’ in the link is not valid and was ignored.",
    },
    "share.notice.too_long": {
        "nl": "De link is te lang; het overschot is genegeerd.",
        "en": "The link is too long; the excess was ignored.",
    },
    "share.notice.upload": {
        "nl": "Deze link is gemaakt met een eigen bestand; u ziet nu de gegevens van de server.",
        "en": "This link was made with an uploaded file; you are now seeing the server's data.",
    },
    "share.link": {"nl": "Kopieer link", "en": "Copy link"},
    "share.link.help": {
        "nl": "Deze link opent precies deze weergave: pagina, filters, gekozen gemeente, kaartmaat en taal. "
        "Kopieer hem met de knop rechtsboven in het vak.",
        "en": "This link opens exactly this view: page, filters, chosen municipality, map measure and language. "
        "Copy it with the button at the top right of the box.",
    },
    "share.link.upload": {
        "nl": "U bekijkt een eigen bestand: wie de link opent, ziet de gegevens van de server.",
        "en": "You are viewing an uploaded file: whoever opens the link sees the server's data.",
    },
    # Region report (PDF)
    "report.title": {"nl": "Regiorapport {name}", "en": "Region report {name}"},
    "report.where.regio": {
        "nl": "VNG–ZN-regio · zorgverzekeraar (zorgkantoor): {verzekeraar} · provincie: {provincie} · "
        "GGD-regio: {ggd}",
        "en": "VNG–ZN region · health insurer (care office): {verzekeraar} · province: {provincie} · "
        "public health region: {ggd}",
    },
    "report.where.gemeente": {
        "nl": "Gemeente in VNG–ZN-regio {regio} · zorgverzekeraar (zorgkantoor): {verzekeraar} · provincie: "
        "{provincie} · GGD-regio: {ggd}",
        "en": "Municipality in VNG–ZN region {regio} · health insurer (care office): {verzekeraar} · province: "
        "{provincie} · public health region: {ggd}",
    },
    "report.when": {"nl": "Peiljaar {year} · gemaakt op {date}", "en": "Year {year} · made on {date}"},
    "report.all_years": {"nl": "alle jaren", "en": "all years"},
    "report.figures": {
        "nl": "Kerncijfers, vergeleken met Nederland",
        "en": "Key figures, compared with the Netherlands",
    },
    "report.map": {
        "nl": "Kaart van regio {regio}: hoogste samenwerkingsniveau per gemeente",
        "en": "Map of region {regio}: highest collaboration level per municipality",
    },
    "report.map.note": {
        "nl": "Zwarte lijn: grens van de VNG–ZN-regio. Tussen haakjes: het aantal gemeenten in elke klasse. "
        "Wijkinitiatieven kleuren de gemeente niet.",
        "en": "Black line: border of the VNG–ZN region. In brackets: the number of municipalities in each class. "
        "Neighbourhood initiatives do not colour the municipality.",
    },
    "report.charts": {"nl": "{name} naast Nederland", "en": "{name} beside the Netherlands"},
    "report.chart.partijen": {
        "nl": "Betrokken partijen (% van de initiatieven; n = {n}, Nederland {n_nl})",
        "en": "Parties involved (% of the initiatives; n = {n}, Netherlands {n_nl})",
    },
    "report.chart.interventies": {
        "nl": "Interventies (% van de initiatieven die er minstens één aanbieden; n = {n}, Nederland {n_nl})",
        "en": "Interventions (% of the initiatives offering at least one; n = {n}, Netherlands {n_nl})",
    },
    "report.chart.niveaus": {
        "nl": "Samenwerkingsniveaus (aantal initiatieven; n = {n})",
        "en": "Collaboration levels (number of initiatives; n = {n})",
    },
    "report.gaps": {"nl": "Gaten in regio {regio}", "en": "Gaps in region {regio}"},
    "report.gaps.geen_initiatief": {
        "nl": "Gemeenten zonder initiatief: {n} van {of}",
        "en": "Municipalities without an initiative: {n} of {of}",
    },
    "report.gaps.geen_afstemming": {
        "nl": "Gemeenten zonder afstemming (informele of formele afspraken, niveau 5–6): {n} van {of}",
        "en": "Municipalities without coordination (informal or formal agreements, levels 5–6): {n} of {of}",
    },
    "report.gaps.none": {"nl": "geen", "en": "none"},
    "report.table": {"nl": "Initiatieven in {name} ({n})", "en": "Initiatives in {name} ({n})"},
    "report.table.example": {
        "nl": "* voorbeelddata: gegenereerd initiatief, geen echt initiatief.",
        "en": "* example data: a generated initiative, not a real one.",
    },
    "report.source.example": {
        "nl": "voorbeelddata (gegenereerd, geen echt initiatief)",
        "en": "example data (generated, not a real initiative)",
    },
    "report.sources": {"nl": "Bronnen en verantwoording", "en": "Sources and notes"},
    "report.footer": {
        "nl": "Preventiekaart · regiorapport {name} · {date} · pagina {page} van {pages}",
        "en": "Prevention map · region report {name} · {date} · page {page} of {pages}",
    },
    "report.month.1": {"nl": "januari", "en": "January"},
    "report.month.2": {"nl": "februari", "en": "February"},
    "report.month.3": {"nl": "maart", "en": "March"},
    "report.month.4": {"nl": "april", "en": "April"},
    "report.month.5": {"nl": "mei", "en": "May"},
    "report.month.6": {"nl": "juni", "en": "June"},
    "report.month.7": {"nl": "juli", "en": "July"},
    "report.month.8": {"nl": "augustus", "en": "August"},
    "report.month.9": {"nl": "september", "en": "September"},
    "report.month.10": {"nl": "oktober", "en": "October"},
    "report.month.11": {"nl": "november", "en": "November"},
    "report.month.12": {"nl": "december", "en": "December"},
    # Report controls and page
    "report.button": {"nl": "Maak regiorapport (PDF)", "en": "Make region report (PDF)"},
    "report.building": {"nl": "Het rapport wordt gemaakt…", "en": "Making the report…"},
    "report.download": {"nl": "Download regiorapport (PDF)", "en": "Download region report (PDF)"},
    "report.ready": {
        "nl": "Klaar: {pages} pagina's, {kb} kB, gemaakt in {seconds} s.",
        "en": "Ready: {pages} pages, {kb} kB, made in {seconds} s.",
    },
    "nav.rapport": {"nl": "Regiorapport", "en": "Region report"},
    "rapport.title": {"nl": "Regiorapport", "en": "Region report"},
    "rapport.intro": {
        "nl": "Maak een PDF voor een VNG–ZN-regio of een gemeente: een kaart van de regio naar "
        "samenwerkingsniveau, grafieken naast Nederland, de gaten in de regio, de tabel van initiatieven en de "
        "bronnen. Het rapport volgt de filters in de zijbalk en wordt op de server gemaakt, ook zonder internet.",
        "en": "Make a PDF for a VNG–ZN region or a municipality: a map of the region by collaboration level, "
        "charts beside the Netherlands, the gaps in the region, the table of initiatives and the sources. The "
        "report follows the filters in the sidebar and is made on the server, also without internet.",
    },
    "rapport.pick": {"nl": "Gemeente of VNG–ZN-regio", "en": "Municipality or VNG–ZN region"},
    "rapport.none": {
        "nl": "Kies eerst een gemeente of regio.",
        "en": "First choose a municipality or region.",
    },
    # Presentation mode
    "nav.presentatie": {"nl": "Presentatie", "en": "Presentation"},
    "slide.landelijk": {
        "nl": "Nederland: hoogste samenwerkingsniveau per gemeente",
        "en": "The Netherlands: highest collaboration level per municipality",
    },
    # The national slide scoped by the sidebar's region/provincie filter; {area} from the slide.area.* plurals.
    "slide.landelijk.scoped": {
        "nl": "{area}: hoogste samenwerkingsniveau per gemeente",
        "en": "{area}: highest collaboration level per municipality",
    },
    "slide.regio": {"nl": "Regio {regio}", "en": "Region {regio}"},
    "slide.partijen.area": {"nl": "Wie doet er mee in {area}?", "en": "Who takes part in {area}?"},
    "slide.interventies.area": {
        "nl": "Welke interventies worden aangeboden in {area}?",
        "en": "Which interventions are offered in {area}?",
    },
    "slide.gaten": {"nl": "Gaten in regio {regio}", "en": "Gaps in region {regio}"},
    "slide.gaten.geen_initiatief": {
        "nl": "**Zonder initiatief:** {n} van {total} gemeenten",
        "en": "**Without an initiative:** {n} of {total} municipalities",
    },
    "slide.gaten.geen_afstemming": {
        "nl": "**Zonder afstemming (niveau 5–6):** {n} van {total} gemeenten",
        "en": "**Without coordination (levels 5–6):** {n} of {total} municipalities",
    },
    "slide.pick.label": {
        "nl": "Over welke VNG–ZN-regio gaan de volgende dia's?",
        "en": "Which VNG–ZN region are the next slides about?",
    },
    "slide.prev": {"nl": "◀ Vorige", "en": "◀ Previous"},
    "slide.next": {"nl": "Volgende ▶", "en": "Next ▶"},
    "slide.stop": {"nl": "Stoppen", "en": "Stop"},
    "slide.counter": {"nl": "dia {n} van {total}", "en": "slide {n} of {total}"},
    "slide.scope": {"nl": "Peiljaar {year} · filters: {filters}", "en": "Year {year} · filters: {filters}"},
}
