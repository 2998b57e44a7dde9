"""Texts that depend on a count, one form per CLDR plural category: "1 rij is afgekeurd" / "3 rijen zijn afgekeurd".

Read them with ``tn(key, n, lang, ...)``; ``{n}`` is the count with thousands separators. Dutch and English both
have the categories "one" and "other".
"""

from typing import Final

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    # Where the initiatives shown come from (provenance lines of downloads, the PDF, the map PNG).
    # Every count says its unit (issue 21.8): the charts count initiatives, the map gemeenten.
    "chart.n": {
        "nl": {"one": "n = {n} initiatief", "other": "n = {n} initiatieven"},
        "en": {"one": "n = {n} initiative", "other": "n = {n} initiatives"},
    },
    "dl.from.upload": {
        "nl": {
            "one": "uw eigen bestand {name} ({n} initiatief)",
            "other": "uw eigen bestand {name} ({n} initiatieven)",
        },
        "en": {
            "one": "your own file {name} ({n} initiative)",
            "other": "your own file {name} ({n} initiatives)",
        },
    },
    "dl.from.register": {
        "nl": {
            "one": "het register, ingevoerd door zijn redacteuren ({n} initiatief)",
            "other": "het register, ingevoerd door zijn redacteuren ({n} initiatieven)",
        },
        "en": {
            "one": "the register, entered by its editors ({n} initiative)",
            "other": "the register, entered by its editors ({n} initiatives)",
        },
    },
    "dl.from.named": {
        "nl": {
            "one": "bekende initiatieven uit openbare bronnen, elk met zijn bron ({n} initiatief)",
            "other": "bekende initiatieven uit openbare bronnen, elk met zijn bron ({n} initiatieven)",
        },
        "en": {
            "one": "known initiatives from public sources, each with its source ({n} initiative)",
            "other": "known initiatives from public sources, each with its source ({n} initiatives)",
        },
    },
    "dl.from.example": {
        "nl": {
            "one": "voorbeelddata, gegenereerd ({n} initiatief)",
            "other": "voorbeelddata, gegenereerd ({n} initiatieven)",
        },
        "en": {
            "one": "example data, generated ({n} initiative)",
            "other": "example data, generated ({n} initiatives)",
        },
    },
    "context.error.columns_missing": {
        "nl": {"one": "{file}: kolom ontbreekt: {columns}", "other": "{file}: kolommen ontbreken: {columns}"},
        "en": {"one": "{file}: column missing: {columns}", "other": "{file}: columns missing: {columns}"},
    },
    "context.error.codes_twice": {
        "nl": {
            "one": "{file}: gemeentecode dubbel: {codes}",
            "other": "{file}: gemeentecodes dubbel: {codes}",
        },
        "en": {
            "one": "{file}: municipality code twice: {codes}",
            "other": "{file}: municipality codes twice: {codes}",
        },
    },
    "context.error.unknown_status": {
        "nl": {"one": "{file}: onbekende status: {values}", "other": "{file}: onbekende statussen: {values}"},
        "en": {"one": "{file}: unknown status: {values}", "other": "{file}: unknown statuses: {values}"},
    },
    "context.error.codes_outside": {
        "nl": {
            "one": "{file}: gemeentecode niet in de indeling: {codes}",
            "other": "{file}: gemeentecodes niet in de indeling: {codes}",
        },
        "en": {
            "one": "{file}: municipality code not in the current division: {codes}",
            "other": "{file}: municipality codes not in the current division: {codes}",
        },
    },
    "notice.upload": {
        "nl": {
            "one": "U bekijkt uw eigen bestand **{name}** ({n} initiatief). Dit geldt alleen voor uw sessie.",
            "other": "U bekijkt uw eigen bestand **{name}** ({n} initiatieven). Dit geldt alleen voor uw sessie.",
        },
        "en": {
            "one": "You are viewing your own file **{name}** ({n} initiative). This applies to your session only.",
            "other": "You are viewing your own file **{name}** ({n} initiatives). This applies to your session "
            "only.",
        },
    },
    "notice.rejected": {
        "nl": {
            "one": "{n} rij uit de gegevens is afgekeurd en wordt niet getoond; zie de pagina Gegevens.",
            "other": "{n} rijen uit de gegevens zijn afgekeurd en worden niet getoond; zie de pagina Gegevens.",
        },
        "en": {
            "one": "{n} row of the data was rejected and is not shown; see the Data page.",
            "other": "{n} rows of the data were rejected and are not shown; see the Data page.",
        },
    },
    "config.region_table": {
        "nl": {
            "one": "**De regio-indeling die voor deze site is ingesteld, is niet bruikbaar** ({n} probleem). De "
            "beheerder kan het bestand herstellen of de instelling weghalen; dan gelden de zorgkantoorregio's.",
            "other": "**De regio-indeling die voor deze site is ingesteld, is niet bruikbaar** ({n} problemen). De "
            "beheerder kan het bestand herstellen of de instelling weghalen; dan gelden de zorgkantoorregio's.",
        },
        "en": {
            "one": "**The region division set up for this site cannot be used** ({n} problem). The administrator "
            "can fix the file or remove the setting; the care office regions then apply.",
            "other": "**The region division set up for this site cannot be used** ({n} problems). The "
            "administrator can fix the file or remove the setting; the care office regions then apply.",
        },
    },
    "config.more": {
        "nl": {"one": "… en nog {n} probleem.", "other": "… en nog {n} problemen."},
        "en": {"one": "… and {n} more problem.", "other": "… and {n} more problems."},
    },
    "chart.hover.count": {
        "nl": {"one": "{n} initiatief", "other": "{n} initiatieven"},
        "en": {"one": "{n} initiative", "other": "{n} initiatives"},
    },
    "panel.count": {
        "nl": {"one": "{n} initiatief in deze selectie", "other": "{n} initiatieven in deze selectie"},
        "en": {"one": "{n} initiative in this selection", "other": "{n} initiatives in this selection"},
    },
    "need.sentence": {
        "nl": {
            "one": "{n} gemeente{condition} zonder {offer}, samen {inwoners} inwoners.",
            "other": "{n} gemeenten{condition} zonder {offer}, samen {inwoners} inwoners.",
        },
        "en": {
            "one": "{n} municipality{condition} without {offer}, together {inwoners} inhabitants.",
            "other": "{n} municipalities{condition} without {offer}, together {inwoners} inhabitants.",
        },
    },
    "need.sentence.wijk": {
        "nl": {
            "one": "{n} gemeente met hoge nood heeft dit aanbod alleen in een wijk.",
            "other": "{n} gemeenten met hoge nood hebben dit aanbod alleen in een wijk.",
        },
        "en": {
            "one": "{n} municipality with high need has this offer only in a neighbourhood.",
            "other": "{n} municipalities with high need have this offer only in a neighbourhood.",
        },
    },
    "need.sentence.unpublished": {
        "nl": {
            "one": "Voor {n} gemeente is dit cijfer niet gepubliceerd; die telt niet mee.",
            "other": "Voor {n} gemeenten is dit cijfer niet gepubliceerd; die tellen niet mee.",
        },
        "en": {
            "one": "For {n} municipality this figure is not published; it is not counted.",
            "other": "For {n} municipalities this figure is not published; they are not counted.",
        },
    },
    "slide.landelijk.text": {
        "nl": {
            "one": "**{n}** initiatief · **{covered}** van de {total} gemeenten hebben er minstens één.",
            "other": "**{n}** initiatieven · **{covered}** van de {total} gemeenten hebben er minstens één.",
        },
        "en": {
            "one": "**{n}** initiative · **{covered}** of the {total} municipalities have at least one.",
            "other": "**{n}** initiatives · **{covered}** of the {total} municipalities have at least one.",
        },
    },
    # The area a national slide is scoped to: {names} is a list ("Limburg en Noord-Brabant"), {n} how many.
    "slide.area.regio": {
        "nl": {"one": "Regio {names}", "other": "Regio's {names}"},
        "en": {"one": "Region {names}", "other": "Regions {names}"},
    },
    "slide.area.regio.count": {
        "nl": {"one": "{n} regio", "other": "{n} regio's"},
        "en": {"one": "{n} region", "other": "{n} regions"},
    },
    "slide.area.provincie": {
        "nl": {"one": "Provincie {names}", "other": "Provincies {names}"},
        "en": {"one": "Province {names}", "other": "Provinces {names}"},
    },
    "slide.area.provincie.count": {
        "nl": {"one": "{n} provincie", "other": "{n} provincies"},
        "en": {"one": "{n} province", "other": "{n} provinces"},
    },
    "slide.regio.text": {
        "nl": {
            "one": "**{n}** initiatief raakt de {members} gemeenten van de regio. Zorgverzekeraar (zorgkantoor): "
            "{verzekeraar}.",
            "other": "**{n}** initiatieven raken de {members} gemeenten van de regio. Zorgverzekeraar "
            "(zorgkantoor): {verzekeraar}.",
        },
        "en": {
            "one": "**{n}** initiative touches the region's {members} municipalities. Health insurer (care "
            "office): {verzekeraar}.",
            "other": "**{n}** initiatives touch the region's {members} municipalities. Health insurer (care "
            "office): {verzekeraar}.",
        },
    },
}
