"""Messages of the valpreventie figures check and estimate: why the shipped figures file (data/
valpreventie_kengetallen.toml) or an estimate's input cannot be used. Keys ``vp.check.<what>`` (the file) and
``vp.error.<what>`` (the estimate); rendered in the reader's language through ``dashboard.i18n.messages.Msg``.
"""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # ---- the figures file (dashboard.ingest.valpreventie)
    "vp.check.not_a_number": {
        "nl": "{where}: '{field}' ontbreekt of is geen getal",
        "en": "{where}: '{field}' is missing or not a number",
    },
    "vp.check.not_text": {
        "nl": "{where}: '{field}' ontbreekt of is geen tekst",
        "en": "{where}: '{field}' is missing or not text",
    },
    "vp.check.no_english_source": {
        "nl": "{where}: 'bron_en' ontbreekt of is leeg: naast 'bron' hoort dezelfde notitie in het Engels",
        "en": "{where}: 'bron_en' is missing or empty: next to 'bron' belongs the same note in English",
    },
    "vp.check.not_a_table": {"nl": "{where}: geen tabel", "en": "{where}: not a table"},
    "vp.check.unknown_unit": {
        "nl": "{where}: onbekende eenheid '{unit}' (kies uit {units})",
        "en": "{where}: unknown unit '{unit}' (choose from {units})",
    },
    "vp.check.order": {
        "nl": "{where}: verwacht laag ≤ waarde ≤ hoog, maar {laag} / {waarde} / {hoog}",
        "en": "{where}: expected laag ≤ waarde ≤ hoog, but {laag} / {waarde} / {hoog}",
    },
    "vp.check.out_of_bounds": {
        "nl": "{where}: {value} ligt buiten {low}–{high} ({unit})",
        "en": "{where}: {value} lies outside {low}–{high} ({unit})",
    },
    "vp.check.year": {
        "nl": "{where}: 'jaar' ontbreekt of ligt buiten {low}–{high}",
        "en": "{where}: 'jaar' is missing or outside {low}–{high}",
    },
    "vp.check.url": {
        "nl": "{where}: url moet met https:// beginnen",
        "en": "{where}: url must start with https://",
    },
    "vp.check.no_section": {
        "nl": "{file}: sectie [{section}] ontbreekt",
        "en": "{file}: section [{section}] is missing",
    },
    "vp.check.step": {
        "nl": "{where}: 'stap' moet een van {steps} zijn",
        "en": "{where}: 'stap' must be one of {steps}",
    },
    "vp.check.programme_parameter": {
        "nl": "{where}: '{naam}' hoort bij een programma, niet bij [parameters]",
        "en": "{where}: '{naam}' belongs to a programme, not to [parameters]",
    },
    "vp.check.shares": {
        "nl": "{file}: aandeel_wlz + aandeel_wmo is meer dan 1",
        "en": "{file}: aandeel_wlz + aandeel_wmo is more than 1",
    },
    "vp.check.missing": {"nl": "{where}: ontbreekt", "en": "{where}: is missing"},
    "vp.check.gemeenten": {
        "nl": "{where}: 'gemeenten' moet een lijst van codes zijn",
        "en": "{where}: 'gemeenten' must be a list of codes",
    },
    "vp.check.unreadable": {
        "nl": "{file}: kan niet worden gelezen ({reason})",
        "en": "{file}: cannot be read ({reason})",
    },
    "vp.check.not_toml": {
        "nl": "{file}: geen geldige TOML ({reason})",
        "en": "{file}: not valid TOML ({reason})",
    },
    # ---- the estimate (dashboard.analysis.valpreventie)
    "vp.error.override_unknown": {
        "nl": "onbekende parameter '{naam}' (kies uit {names})",
        "en": "unknown parameter '{naam}' (choose from {names})",
    },
    "vp.error.override_bounds": {
        "nl": "{naam} = {value} ligt buiten het toegestane bereik {low}–{high} ({unit})",
        "en": "{naam} = {value} lies outside the allowed range {low}–{high} ({unit})",
    },
    "vp.error.unknown_programme": {
        "nl": "onbekend programma '{programma}' (kies uit {names})",
        "en": "unknown programme '{programma}' (choose from {names})",
    },
    "vp.error.unknown_gemeente": {
        "nl": "onbekende gemeentecode '{code}' (bijvoorbeeld GM0363)",
        "en": "unknown gemeente code '{code}' (for example GM0363)",
    },
    "vp.error.unknown_region": {
        "nl": "onbekende regiocode '{code}' (bijvoorbeeld ZK17)",
        "en": "unknown region code '{code}' (for example ZK17)",
    },
    "vp.error.unknown_province": {
        "nl": "onbekende provincie '{code}' (kies uit {names})",
        "en": "unknown province '{code}' (choose from {names})",
    },
    "vp.error.no_65plus": {
        "nl": "geen 65+-inwoners bekend voor dit gebied",
        "en": "no residents aged 65+ known for this area",
    },
    "vp.error.unpublished": {
        "nl": "'{naam}' heeft geen gepubliceerde waarde voor dit programma: vul die zelf in",
        "en": "'{naam}' has no published value for this programme: enter it yourself",
    },
    "vp.error.years": {
        "nl": "jaren moet tussen {low} en {high} liggen, niet {jaren}",
        "en": "the number of years must lie between {low} and {high}, not {jaren}",
    },
    "vp.error.reach": {
        "nl": "bereik is groter dan het aandeel 65-plussers met verhoogd valrisico: meer deelnemers dan doelgroep",
        "en": "bereik is larger than the share of people aged 65+ at raised fall risk: more participants than "
        "the target group",
    },
    "vp.error.shares": {
        "nl": "aandeel_wlz + aandeel_wmo is samen meer dan 1",
        "en": "aandeel_wlz + aandeel_wmo is more than 1 together",
    },
}

PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "vp.check.missing_parameters": {
        "nl": {
            "one": "{file}: parameter ontbreekt: {names}",
            "other": "{file}: parameters ontbreken: {names}",
        },
        "en": {
            "one": "{file}: parameter is missing: {names}",
            "other": "{file}: parameters are missing: {names}",
        },
    },
    "vp.check.unknown_keys": {
        "nl": {"one": "{where}: onbekende sleutel: {keys}", "other": "{where}: onbekende sleutels: {keys}"},
        "en": {"one": "{where}: unknown key: {keys}", "other": "{where}: unknown keys: {keys}"},
    },
}
