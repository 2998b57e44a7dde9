"""Presentation mode: the fixed sequence of slides a presenter steps through, and the projector styling.

Pure definitions (no Streamlit): app_pages/presentatie.py draws each slide with the app's own map and chart builders.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from dashboard.i18n import tn
from dashboard.i18n.formats import fmt_list


@dataclass(frozen=True)
class Slide:
    code: str
    needs_region: bool  # the slide is about one VNG–ZN region (chosen on the slide when none is chosen yet)

    @property
    def title_key(self) -> str:
        return f"slide.{self.code}"


SLIDES: Final[tuple[Slide, ...]] = (
    Slide("landelijk", needs_region=False),
    Slide("regio", needs_region=True),
    Slide("partijen", needs_region=False),
    Slide("interventies", needs_region=False),
    Slide("gaten", needs_region=True),
    # GALA's five ketenaanpakken per gemeente: the chosen region, or else the sidebar's single provincie.
    Slide("gala", needs_region=True),
    # "Wat is er veranderd sinds …": the change log of the deck's area (dashboard/ui/changes_components.py).
    Slide("wijzigingen", needs_region=False),
)

# Keyboard: Streamlit buttons accept shortcuts ("Left"/"Right" are the arrow keys); Esc leaves the deck.
KEY_PREVIOUS: Final = "Left"
KEY_NEXT: Final = "Right"
KEY_STOP: Final = "Esc"

MAP_HEIGHT: Final = 640

# Hide the sidebar and Streamlit's chrome, and make everything readable from the back of a room on a projector:
# body text ≥ 22 px, thick borders on controls, the legend and the map.
CSS: Final = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stSidebarNav"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stMainMenu"], footer {display: none !important;}
/* Little padding below: a slide has nothing under it, and Streamlit's default bottom padding made a full
   matrix (the largest provincie's GALA slide) scroll by a few pixels on a full-HD screen. */
[data-testid="stMainBlockContainer"], .block-container {padding-top: 1.2rem !important;
  padding-bottom: 1.5rem !important; max-width: 100% !important;}
[data-testid="stAppViewContainer"] [data-testid="stMarkdownContainer"] p,
[data-testid="stAppViewContainer"] [data-testid="stMarkdownContainer"] li,
[data-testid="stCaptionContainer"], [data-testid="stWidgetLabel"] p {font-size: 24px !important; line-height: 1.4;}
h1 {font-size: clamp(30px, 2.7vw, 52px) !important; overflow-wrap: normal !important;
    word-break: normal !important; hyphens: manual !important;} h2 {font-size: 40px !important;} h3 {font-size: 32px !important;}
[data-testid="stBaseButton-secondary"], [data-testid="stBaseButton-primary"] {
  border: 3px solid #222 !important; min-height: 3.2rem; font-size: 24px !important; padding: 0 1.4rem;}
[data-testid="stBaseButton-secondary"] p, [data-testid="stBaseButton-primary"] p {font-size: 24px !important;}
.pk-legend li {font-size: 24px !important; gap: .8rem !important; margin: .35rem 0 !important;}
.pk-legend strong {font-size: 26px;}
/* Bigger swatches, same look as on every other page (dashed wijk/gap outlines and dots keep their style). */
.pk-swatch:not(.pk-marker):not(.pk-coalitie) {width: 2.2rem !important; height: 1.5rem !important;}
iframe {border: 3px solid #222 !important; border-radius: 4px;}
[data-testid="stAlert"] {border: 3px solid currentColor;}
/* Streamlit's captions are 60% grey (about 3.4:1 on white): too pale for a projector, below WCAG AA. */
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p, .pk-count {
  color: #333333 !important; opacity: 1 !important;}
/* The map fills the screen below the title on a 1366×768 projector as on a 1920×1080 one. */
iframe[title="streamlit_folium.st_folium"] {height: max(340px, calc(100vh - 270px)) !important;}
.pk-fullscreen {font-size: 20px; min-height: 3.2rem; width: 100%; padding: 0 .8rem; white-space: nowrap;
  border: 3px solid #222; border-radius: 8px; background: #fff; color: #111; cursor: pointer;}
.pk-fullscreen:focus-visible {outline: 4px solid #0072B2; outline-offset: 2px;}
</style>"""


def clamp(index: object) -> int:
    """A slide number within 1..len(SLIDES); anything else is the first slide."""
    return index if isinstance(index, int) and 1 <= index <= len(SLIDES) else 1


def next_index(index: int) -> int:
    return min(clamp(index) + 1, len(SLIDES))


def previous_index(index: int) -> int:
    return max(clamp(index) - 1, 1)


def slide_at(index: object) -> Slide:
    return SLIDES[clamp(index) - 1]


# More names than this make a title that wraps over several lines on a projector: then the count says it.
MAX_NAMED_AREAS: Final = 3


def _areas(names: Sequence[str], named_key: str, count_key: str, lang: str) -> str:
    if len(names) > MAX_NAMED_AREAS:
        return tn(count_key, len(names), lang)
    return tn(named_key, len(names), lang, names=fmt_list(names, lang))


def scope_area(regios: Sequence[str], provincies: Sequence[str], lang: str = "nl") -> str | None:
    """The area the sidebar's region and provincie filters scope the national slide to, by name ("Regio
    Amsterdam", "Provincies Limburg en Noord-Brabant"; both filters: both, as the slide counts their
    intersection), or None for the whole country. Names as given (plain text, not escaped)."""
    parts = []
    if regios:
        parts.append(_areas(regios, "slide.area.regio", "slide.area.regio.count", lang))
    if provincies:
        parts.append(_areas(provincies, "slide.area.provincie", "slide.area.provincie.count", lang))
    return " · ".join(parts) or None


# Keys a presenter's clicker or keyboard sends. Clickers send PageDown/PageUp (some space); their "blank screen"
# button sends "b" or "." as in PowerPoint: the screen goes black, and the same key brings the slide back.
# ArrowLeft/ArrowRight on the page itself are the buttons' own Streamlit shortcuts (KEY_PREVIOUS/KEY_NEXT), so
# the script leaves those alone there and handles them only inside iframes (the map), where Streamlit's
# shortcuts never see a key. Every key the deck uses has its default action stopped: PageDown would otherwise
# also scroll the page.
NEXT_KEYS: Final = ("PageDown", " ", "ArrowDown")
PREVIOUS_KEYS: Final = ("PageUp", "ArrowUp")
BLANK_KEYS: Final = ("b", "B", ".")
BLANK_ID: Final = "pk-blank"
IFRAME_NEXT_KEYS: Final = ("ArrowRight",)
IFRAME_PREVIOUS_KEYS: Final = ("ArrowLeft",)
NEXT_BUTTON: Final = ".st-key-dia_volgende button"
PREVIOUS_BUTTON: Final = ".st-key-dia_vorige button"
STOP_BUTTON: Final = ".st-key-dia_stop button"

_DECK_JS: Final = """
<button class="pk-fullscreen" type="button" data-testid="pk-fullscreen">__LABEL__</button>
<script>
(function () {
  var cfg = __CONFIG__;
  var doc = document;
  var fs = doc.querySelector('.pk-fullscreen');
  if (fs && !fs.dataset.bound) {
    fs.dataset.bound = '1';
    fs.addEventListener('click', function () {
      if (doc.fullscreenElement) { doc.exitFullscreen(); } else { doc.documentElement.requestFullscreen(); }
    });
  }
  if (window.__pkDeck) { return; }
  window.__pkDeck = true;
  // The black screen: one fixed element over everything (the page and its frames), toggled by the blank keys.
  function blanked() { return !!doc.getElementById(cfg.blankId); }
  function blank(on) {
    var shown = doc.getElementById(cfg.blankId);
    if (on && !shown) {
      var cover = doc.createElement('div');
      cover.id = cfg.blankId;
      cover.setAttribute('data-testid', cfg.blankId);
      cover.setAttribute('aria-hidden', 'true');
      cover.style.cssText = 'position:fixed;inset:0;background:#000;z-index:2147483647;cursor:none';
      doc.body.appendChild(cover);
    } else if (!on && shown) { shown.remove(); }
  }
  function typing(el) {
    return !!(el && el.closest && el.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]'));
  }
  function press(selector) {
    var button = doc.querySelector(selector);
    if (button && !button.disabled) { button.click(); return true; }
    return false;
  }
  function handler(inFrame) {
    return function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
      if (!doc.querySelector(cfg.nextButton)) { return; }  // not on the deck (any more)
      var next = cfg.next.concat(inFrame ? cfg.frameNext : []);
      var previous = cfg.previous.concat(inFrame ? cfg.framePrevious : []);
      var done = true;
      if (cfg.blank.indexOf(event.key) >= 0) { blank(!blanked()); }
      else if (blanked() && event.key === 'Escape') { blank(false); }  // back to the slide, not out of the deck
      else if (next.indexOf(event.key) >= 0) { blank(false); press(cfg.nextButton); }
      else if (previous.indexOf(event.key) >= 0) { blank(false); press(cfg.previousButton); }
      else if (inFrame && event.key === 'Escape') { press(cfg.stopButton); }
      else { done = false; }
      // Also when a button is disabled (first or last slide): PageDown must never scroll the page instead.
      if (done) { event.preventDefault(); event.stopPropagation(); }
    };
  }
  doc.addEventListener('keydown', handler(false), true);
  // The map is an iframe: its keys never reach this document, so listen inside every same-origin frame too.
  function bind(frame) {
    try {
      var inner = frame.contentDocument;
      if (inner && !inner.__pkDeck) {
        inner.__pkDeck = true;
        inner.addEventListener('keydown', handler(true), true);
      }
    } catch (e) { /* a cross-origin frame: not ours */ }
  }
  // Frames come and go with each slide: bind each as soon as its document has loaded (a load event does not
  // bubble, but it can be captured here), so a key pressed right after a click into a new map is not lost;
  // the sweep catches frames that were there before this script ran.
  doc.addEventListener('load', function (event) {
    if (event.target && event.target.tagName === 'IFRAME') { bind(event.target); }
  }, true);
  setInterval(function () {
    var frames = doc.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) { bind(frames[i]); }
  }, 400);
})();
</script>
"""


def deck_script(fullscreen_label: str) -> str:
    """The clicker-key handler and full-screen button for ``st.html(..., unsafe_allow_javascript=True)``.

    Only fixed code and one of the app's own texts go into it (JSON-encoded and HTML-escaped), never data.
    """
    config = {
        "next": list(NEXT_KEYS),
        "previous": list(PREVIOUS_KEYS),
        "frameNext": list(IFRAME_NEXT_KEYS),
        "framePrevious": list(IFRAME_PREVIOUS_KEYS),
        "nextButton": NEXT_BUTTON,
        "previousButton": PREVIOUS_BUTTON,
        "stopButton": STOP_BUTTON,
        "blank": list(BLANK_KEYS),
        "blankId": BLANK_ID,
    }
    return _DECK_JS.replace("__LABEL__", html.escape(fullscreen_label)).replace(
        "__CONFIG__", json.dumps(config).replace("<", "\\u003c")
    )
