"""Texts of the charts page, the "Mijn regio" page and the chart downloads."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- charts
    "chart.nl": {"nl": "Nederland", "en": "Netherlands"},
    "chart.hover.pct": {"nl": "{pct} ({n} van {base})", "en": "{pct} ({n} of {base})"},
    "chart.parties.title": {
        "nl": "Betrokken partijen (% van de initiatieven)",
        "en": "Parties involved (% of initiatives)",
    },
    "chart.interventions.title": {
        "nl": "Interventies van de interventiegerichte aanpak",
        "en": "Interventions of the intervention-based approach",
    },
    "chart.interventions.base.offering": {
        "nl": "% van de {n} initiatieven die minstens één van deze interventies aanbieden ({pct} van {total})",
        "en": "% of the {n} initiatives offering at least one of these interventions ({pct} of {total})",
    },
    "chart.interventions.base.all": {
        "nl": "% van alle {total} initiatieven; {n} ({pct}) bieden er minstens één aan",
        "en": "% of all {total} initiatives; {n} ({pct}) offer at least one",
    },
    "chart.gli.title": {"nl": "GLI naar programma", "en": "CLI by programme"},
    "chart.gli.subtitle": {
        "nl": "% van de initiatieven met een GLI; een initiatief kan meer programma's noemen",
        "en": "% of the initiatives offering a CLI; an initiative may name several programmes",
    },
    "chart.level.onbekend": {"nl": "onbekend (geen gegevens)", "en": "unknown (no data)"},
    "chart.levels.title": {
        "nl": "Samenwerking gemeente–zorgverzekeraar (aantal initiatieven)",
        "en": "Collaboration municipality–health insurer (number of initiatives)",
    },
    "chart.levels.title.pct": {
        "nl": "Samenwerking gemeente–zorgverzekeraar (% van de initiatieven)",
        "en": "Collaboration municipality–health insurer (% of initiatives)",
    },
    "chart.levels.afstemming": {
        "nl": "Afstemming (niveau 5–6, blauw vlak): {n} van de {known} initiatieven met bekend niveau ({pct})",
        "en": "Alignment (levels 5–6, blue band): {n} of the {known} initiatives with a known level ({pct})",
    },
    "chart.years.title": {"nl": "Initiatieven per jaar", "en": "Initiatives per year"},
    "chart.years.subtitle": {
        "nl": "RIVM: gepubliceerde totalen van heel Nederland (factsheets 2017–2020); gegevens: aantal "
        "initiatieven in de selectie",
        "en": "RIVM: published totals for the whole country (factsheets 2017–2020); data: number of "
        "initiatives in the selection",
    },
    "chart.years.rivm": {
        "nl": "{year}: RIVM, heel Nederland (gepubliceerd)",
        "en": "{year}: RIVM, whole country (published)",
    },
    "chart.years.data": {"nl": "{year}: gegevens, deze selectie", "en": "{year}: data, this selection"},
    "chart.years.legend.RIVM": {
        "nl": "RIVM, heel Nederland (gepubliceerd totaal)",
        "en": "RIVM, whole country (published total)",
    },
    "chart.years.legend.data": {"nl": "gegevens: deze selectie", "en": "data: this selection"},
    "chart.levelmix.title": {
        "nl": "Samenwerkingsniveau per jaar (% van de initiatieven)",
        "en": "Collaboration level per year (% of initiatives)",
    },
    "chart.compare.title": {"nl": "{region} en Nederland", "en": "{region} and the Netherlands"},
    "chart.compare.title.kind": {
        "nl": "{chart}: {region} en Nederland",
        "en": "{chart}: {region} and the Netherlands",
    },
    # ---- charts page
    "grafieken.title": {"nl": "Grafieken", "en": "Charts"},
    "grafieken.rule": {
        "nl": "Telregel: een initiatief dat meerdere regio's beslaat, telt één keer landelijk en één keer in elke "
        "regio (of provincie) die het raakt. Daarom tellen de regio's samen op tot meer dan het landelijke totaal.",
        "en": "Counting rule: an initiative spanning several regions counts once nationally and once in each "
        "region (or province) it touches, so the regions add up to more than the national total.",
    },
    "grafieken.kind": {"nl": "Grafiek", "en": "Chart"},
    "grafieken.kind.partijen": {"nl": "Partijen", "en": "Parties"},
    "grafieken.kind.interventies": {"nl": "Interventies", "en": "Interventions"},
    "grafieken.kind.gli": {"nl": "GLI-programma's", "en": "CLI programmes"},
    "grafieken.kind.niveaus": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "grafieken.kind.jaren": {"nl": "Door de jaren", "en": "Over the years"},
    "grafieken.base": {"nl": "Percentage van", "en": "Percentage of"},
    "grafieken.base.offering": {
        "nl": "initiatieven met minstens één interventie",
        "en": "initiatives offering at least one intervention",
    },
    "grafieken.base.all": {"nl": "alle initiatieven", "en": "all initiatives"},
    "grafieken.compare": {"nl": "Vergelijk met Nederland", "en": "Compare with the Netherlands"},
    "grafieken.compare.placeholder": {
        "nl": "kies een VNG–ZN-regio of provincie",
        "en": "choose a VNG–ZN region or province",
    },
    "grafieken.compare.regio": {"nl": "VNG–ZN-regio {name}", "en": "VNG–ZN region {name}"},
    "grafieken.compare.pv": {"nl": "Provincie {name}", "en": "Province {name}"},
    "grafieken.compare.empty": {
        "nl": "Geen initiatieven voor deze selectie in {region}; Nederland staat er ter vergelijking naast.",
        "en": "No initiatives for this selection in {region}; the Netherlands is shown for comparison.",
    },
    # ---- Mijn regio
    "mijnregio.title": {"nl": "Mijn regio", "en": "My region"},
    "mijnregio.pick": {"nl": "Gemeente of VNG–ZN-regio", "en": "Municipality or VNG–ZN region"},
    "mijnregio.intro": {
        "nl": "Kies uw gemeente of VNG–ZN-regio. U ziet dan waar die ligt, de initiatieven, een vergelijking met "
        "Nederland en de gemeenten in de regio zonder (afgestemd) initiatief. De keuze komt in de link, zodat u "
        "die kunt delen.",
        "en": "Choose your municipality or VNG–ZN region to see where it lies, its initiatives, a comparison with "
        "the Netherlands and the municipalities of the region without an (aligned) initiative. The choice is "
        "kept in the link, so you can share it.",
    },
    "mijnregio.where.regio": {
        "nl": "**Zorgkantoor (aanwijzing 2015):** {verzekeraar}  \n**Provincie(s):** {provincies}  \n"
        "**GGD-regio('s):** {ggd}",
        "en": "**Care office (designated 2015):** {verzekeraar}  \n**Province(s):** {provincies}  \n"
        "**Public health region(s):** {ggd}",
    },
    "mijnregio.members": {
        "nl": "**Gemeenten in de VNG–ZN-regio {regio} ({n}):** {names}",
        "en": "**Municipalities in the VNG–ZN region {regio} ({n}):** {names}",
    },
    "mijnregio.zorgkantoor_note": {
        "nl": "Zorgkantoor volgens de aanwijzing van 2015: meestal, maar niet altijd, de grootste verzekeraar die "
        "in de regio trekt.",
        "en": "Care office as designated in 2015: usually, but not always, the largest insurer that leads in the "
        "region.",
    },
    "mijnregio.gaps.title": {"nl": "Regio {regio} op de kaart", "en": "Region {regio} on the map"},
    "mijnregio.gaps.kind": {"nl": "Toon gemeenten van de regio", "en": "Show municipalities of the region"},
    "mijnregio.gaps.kind.geen_initiatief": {"nl": "zonder initiatief", "en": "without an initiative"},
    "mijnregio.gaps.kind.geen_afstemming": {
        "nl": "zonder afstemming (geen initiatief op niveau 5–6)",
        "en": "without alignment (no initiative at level 5–6)",
    },
    "mijnregio.gaps.kind.zonder_interventie": {
        "nl": "zonder een bepaalde interventie",
        "en": "without a given intervention",
    },
    "mijnregio.gaps.intervention": {"nl": "Interventie", "en": "Intervention"},
    "mijnregio.gaps.none": {
        "nl": "Geen: elke gemeente van de regio heeft er een in deze selectie.",
        "en": "None: every municipality of the region has one in this selection.",
    },
    "mijnregio.gaps.count": {
        "nl": "**{n} van de {total} gemeenten** (oranje stippelrand op de kaart):",
        "en": "**{n} of the {total} municipalities** (orange dashed outline on the map):",
    },
    "mijnregio.gaps.note": {
        "nl": "Volgens de gegevens en filters van dit moment; een gemeente kan initiatieven hebben die hier niet "
        "geregistreerd zijn.",
        "en": "According to the current data and filters; a municipality may have initiatives not recorded here.",
    },
    "mijnregio.gap.tooltip": {"nl": "Hiaat", "en": "Gap"},
    "mijnregio.legend.gap": {
        "nl": "gemeente in de gekozen lijst (hiaat)",
        "en": "municipality in the chosen list (gap)",
    },
    "mijnregio.legend.regio": {"nl": "grens van de VNG–ZN-regio", "en": "border of the VNG–ZN region"},
    "mijnregio.legend.selected": {"nl": "gekozen gemeente", "en": "chosen municipality"},
    "mijnregio.own": {"nl": "Initiatieven in {naam} ({n})", "en": "Initiatives in {naam} ({n})"},
    "mijnregio.region_initiatives": {
        "nl": "Initiatieven in de regio {regio} ({n})",
        "en": "Initiatives in the region {regio} ({n})",
    },
    "mijnregio.share": {"nl": "{n} van {base} ({pct})", "en": "{n} of {base} ({pct})"},
    "mijnregio.kf.col": {"nl": "Kengetal", "en": "Figure"},
    "mijnregio.kf.n": {"nl": "Initiatieven", "en": "Initiatives"},
    "mijnregio.kf.covered": {"nl": "Gemeenten met een initiatief", "en": "Municipalities with an initiative"},
    "mijnregio.kf.afstemming": {
        "nl": "Afstemming (niveau 5–6, van bekend niveau)",
        "en": "Alignment (levels 5–6, of known level)",
    },
    "mijnregio.kf.coalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "mijnregio.kf.interventie": {
        "nl": "Minstens één interventie van de interventiegerichte aanpak",
        "en": "At least one intervention of the intervention-based approach",
    },
    # ---- downloads
    "dl.csv": {"nl": "Gegevens als CSV", "en": "Data as CSV"},
    "dl.png": {"nl": "Grafiek als PNG", "en": "Chart as PNG"},
    "dl.png.help": {
        "nl": "De afbeelding wordt gemaakt als u klikt; dat duurt enkele seconden.",
        "en": "The image is made when you click; that takes a few seconds.",
    },
    "dl.png.no_chromium": {
        "nl": "PNG niet beschikbaar: de browser chromium ontbreekt op de server ({path}). Gebruik het "
        "camera-icoon boven de grafiek of installeer chromium (apt-get install chromium).",
        "en": "PNG not available: the chromium browser is missing on the server ({path}). Use the camera icon "
        "above the chart or install chromium (apt-get install chromium).",
    },
    "dl.png.no_kaleido": {
        "nl": "PNG niet beschikbaar: het pakket kaleido ontbreekt op de server. Gebruik het camera-icoon boven de "
        "grafiek.",
        "en": "PNG not available: the kaleido package is missing on the server. Use the camera icon above the "
        "chart.",
    },
    "dl.table": {"nl": "De cijfers van deze grafiek", "en": "The figures of this chart"},
    "dl.example": {
        "nl": "Let op: voorbeelddata (gegenereerde initiatieven naast echte; geen gegevens per initiatief van het RIVM).",
        "en": "Note: example data (generated initiatives next to real ones; no per-initiative data from RIVM).",
    },
    "dl.peiljaar": {"nl": "Peiljaar: {year}", "en": "Year: {year}"},
    "dl.peiljaar.all": {"nl": "Peiljaar: alle jaren", "en": "Year: all years"},
    "dl.source": {"nl": "Bron van de initiatieven: {source}", "en": "Source of the initiatives: {source}"},
    "dl.from.none": {"nl": "geen initiatieven in deze selectie", "en": "no initiatives in this selection"},
    "dl.source.example": {
        "nl": "De totalen van de voorbeelddata volgen de RIVM-factsheet 2020.",
        "en": "The example data's totals follow the RIVM factsheet 2020.",
    },
    "dl.source.rivm_years": {
        "nl": "Gepubliceerde totalen 2017–2020: RIVM-factsheets (als zodanig getoond).",
        "en": "Published totals 2017–2020: RIVM factsheets (shown as such).",
    },
    "dl.filters": {"nl": "Filters: {filters}", "en": "Filters: {filters}"},
    "dl.filters.none": {"nl": "geen", "en": "none"},
    "dl.rule": {
        "nl": "Telregel: een initiatief telt één keer landelijk en één keer in elke regio of provincie die het raakt.",
        "en": "Counting rule: an initiative counts once nationally and once in each region or province it touches.",
    },
    "dl.compare": {
        "nl": "Vergelijking: {region} met Nederland",
        "en": "Comparison: {region} with the Netherlands",
    },
    "dl.col.code": {"nl": "code", "en": "code"},
    "dl.col.label": {"nl": "omschrijving", "en": "description"},
    "dl.col.pct": {"nl": "percentage", "en": "percentage"},
    "dl.col.count": {"nl": "aantal", "en": "count"},
    "dl.col.n": {"nl": "n", "en": "n"},
    "dl.col.base": {"nl": "basis", "en": "base"},
    "dl.col.scope": {"nl": "gebied", "en": "area"},
    "dl.col.source": {"nl": "bron", "en": "source"},
    "dl.col.jaar": {"nl": "jaar", "en": "year"},
}
