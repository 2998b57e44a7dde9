"""Texts of region scoping, the place search and the screen fixes (issue 12): Dutch and English."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TEXTS: Final[Mapping[str, Mapping[str, str]]] = {
    "map.class.buiten_selectie": {
        "nl": "buiten de selectie (ter oriëntatie)",
        "en": "outside the selection (context)",
    },
    "place.gemeente": {"nl": "Gemeente {naam}", "en": "Municipality of {naam}"},
    "place.regio": {"nl": "Regio {naam}", "en": "Region {naam}"},
    "place.provincie": {"nl": "Provincie {naam}", "en": "Province of {naam}"},
    "search.option.gemeente": {"nl": "{naam} (gemeente)", "en": "{naam} (municipality)"},
    "search.option.regio": {"nl": "{naam} (VNG–ZN-regio)", "en": "{naam} (VNG–ZN region)"},
    "search.option.provincie": {"nl": "{naam} (provincie)", "en": "{naam} (province)"},
    "search.option.alias": {"nl": "{alias} → {naam} (gemeente)", "en": "{alias} → {naam} (municipality)"},
    "search.option.alias.regio": {
        "nl": "{alias} → {naam} (VNG–ZN-regio)",
        "en": "{alias} → {naam} (VNG–ZN region)",
    },
    "search.option.alias.provincie": {
        "nl": "{alias} → {naam} (provincie)",
        "en": "{alias} → {naam} (province)",
    },
    "search.option.old": {
        "nl": "{oud} (tot {jaar}) → opgegaan in {naam} (gemeente)",
        "en": "{oud} (until {jaar}) → merged into {naam} (municipality)",
    },
    "search.note.old": {
        "nl": "{oud} bestaat sinds {sinds} niet meer als gemeente; u ziet {naam}, waarin het is opgegaan.",
        "en": "{oud} has not been a municipality since {sinds}; shown is {naam}, which it merged into.",
    },
    "search.placeholder": {
        "nl": "Typ een gemeente of regio, bijv. Den Bosch",
        "en": "Type a municipality or region, e.g. Den Bosch",
    },
    # The map page's box is narrow at 1366 px and its label already names the kinds: only examples here.
    "widget.placeholder.multi": {"nl": "Kies een of meer opties", "en": "Choose options"},
    "mijnregio.compare.gemeente": {
        "nl": "{gemeente} vergeleken met {regio} en Nederland",
        "en": "{gemeente} compared with {regio} and the Netherlands",
    },
    "mijnregio.compare.regio": {
        "nl": "{regio} vergeleken met Nederland",
        "en": "{regio} compared with the Netherlands",
    },
    "slide.landelijk.none": {
        "nl": "Nog geen regio gekozen: hier het landelijke beeld. Kies een regio om in te zoomen.",
        "en": "No region chosen yet: the national picture. Choose a region to zoom in.",
    },
    # The same under a region/provincie filter: the picture is that of {area} (slide.area.*), not the country.
    "slide.landelijk.none.scoped": {
        "nl": "Nog geen regio gekozen: hier het beeld van de selectie ({area}). Kies een regio om in te zoomen.",
        "en": "No region chosen yet: the picture of the selection ({area}). Choose a region to zoom in.",
    },
    "slide.fullscreen": {"nl": "Volledig scherm", "en": "Full screen"},
    "slide.keys": {
        "nl": "Bladeren: pijltjes, PageUp/PageDown (presentatieklikker) of spatie. B of punt: zwart scherm "
        "(nog eens: terug). Esc stopt.",
        "en": "Step: arrows, PageUp/PageDown (presenter clicker) or space. B or period: black screen (again: "
        "back). Esc stops.",
    },
    "notice.example.short": {
        "nl": "**Voorbeelddata:** {n_real} echte initiatieven plus een gegenereerde set (totalen als RIVM 2020).",
        "en": "**Example data:** {n_real} real initiatives plus a generated set (totals as RIVM 2020).",
    },
    "gegevens.records.shown": {
        "nl": "{n} van de {total} rijen: peiljaar {year} en de andere filters in de zijbalk.",
        "en": "{n} of the {total} rows: year {year} and the other filters in the sidebar.",
    },
    "gegevens.upload.reload": {
        "nl": "Uw bestand blijft alleen in dit tabblad: na het herladen van de pagina ziet u weer de gegevens van "
        "de server en laadt u het bestand opnieuw.",
        "en": "Your file stays in this tab only: after reloading the page you see the server's data again and "
        "upload the file once more.",
    },
    "uploader.drop": {"nl": "Sleep uw bestand hierheen", "en": "Drag and drop your file here"},
    "uploader.limit": {"nl": "Maximaal {mb} MB · CSV of XLSX", "en": "At most {mb} MB · CSV or XLSX"},
    "uploader.browse": {"nl": "Bestand kiezen", "en": "Browse files"},
    "dropdown.no_results": {"nl": "Geen resultaten", "en": "No results"},
    # Streamlit's own English texts that no parameter sets, replaced in the page (components.streamlit_texts).
    "streamlit.add": {"nl": "Toevoegen: ", "en": "Add: "},
    "streamlit.not_found": {"nl": "Pagina niet gevonden", "en": "Page not found"},
    "streamlit.not_found.text": {
        "nl": "De pagina /{page} bestaat niet. U ziet de startpagina.",
        "en": "The page /{page} does not exist. You are shown the start page.",
    },
    "streamlit.not_found.generic": {
        "nl": "Deze pagina bestaat niet. U ziet de startpagina.",
        "en": "This page does not exist. You are shown the start page.",
    },
    "kaart.png": {"nl": "Kaart als PNG", "en": "Map as PNG"},
    "kaart.png.help": {
        "nl": "De kaart zoals getoond (maat, selectie, legenda, bron en peildatum) als afbeelding voor een dia.",
        "en": "The map as shown (measure, selection, legend, source and reference date) as a picture for a slide.",
    },
    "kaart.png.title": {
        "nl": "{maat} — {waar}, peiljaar {jaar}",
        "en": "{maat} — {waar}, reference year {jaar}",
    },
    "kaart.png.nl": {"nl": "Nederland", "en": "the Netherlands"},
}
