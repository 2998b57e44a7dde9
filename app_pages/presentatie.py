"""Presentation mode: full-screen slides for a projector (no sidebar or chrome, large type, thick borders).

National map by level, the chosen region's map, parties, intervention uptake and the region's gaps, all following
the current filters. Previous/next with the buttons, the arrow keys or a presenter's clicker (PageDown/PageUp,
space, B, period), also while the map has the focus; the slide number is in the link (?dia=N). A region slide
without a chosen region shows the national picture with a region chooser, never an empty slide.
"""

import streamlit as st

from dashboard.i18n import t
from dashboard.ui import components, data, gala_components, share_components
from dashboard.ui import presentation_components as slides
from dashboard.ui.sidebar import current_lang, filters_from_state

lang = current_lang(st.session_state)
dataset = data.active_dataset()
filters = filters_from_state(st.session_state)
state = data.filter_state(dataset, filters)

slides.page_style()
deck = slides.deck(filters, lang)

# ---- title and controls (arrow keys work too)
# Two rows, so that at 1366×768 no button label is cut: title and stepping, then the scope line and stop/full
# screen.
head, prev_col, count_col, next_col = st.columns([5.6, 2.1, 1.3, 2.0], vertical_alignment="center")
scope_col, stop_col, full_col = st.columns([7.0, 2.1, 1.9], vertical_alignment="center")
with full_col:
    slides.deck_keys(lang)
head.title(deck.title, anchor=False)
slides.stepping(prev_col, count_col, next_col, deck.index, lang)
if stop_col.button(
    t("slide.stop", lang),
    shortcut=slides.KEY_STOP,
    key="dia_stop",
    width="stretch",
    on_click=share_components.stop_presentation,
):
    share_components.leave_presentation(dataset.source == "upload")
slides.scope_line(scope_col, dataset, filters, lang)
slides.year_banner(dataset, filters, lang)

# ---- the slide
if deck.national_instead:
    slides.region_chooser(deck, lang)
if deck.national:
    slides.national_slide(state, slides.members_of(deck, state), lang)
elif deck.slide.code in ("regio", "gaten") and deck.profile is not None:
    slides.region_slide(state, deck.slide.code, deck.profile, lang)
elif deck.slide.code == "gala" and deck.gala_area is not None:
    gala_components.slide(deck.gala_area, dataset, filters, lang)
elif deck.slide.code in ("partijen", "interventies"):
    slides.chart_slide(state, deck.slide.code, deck.area, lang, components.year_lines(dataset, filters, lang))
elif deck.slide.code == "wijzigingen":
    slides.changes_slide(deck, state, lang)
