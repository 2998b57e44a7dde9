"""Presentation mode: the fixed sequence of slides a presenter steps through, and the projector styling.

Pure definitions (no Streamlit): app_pages/presentatie.py draws each slide with the app's own map and chart builders.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


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
[data-testid="stMainBlockContainer"], .block-container {padding-top: 1.2rem !important; max-width: 100% !important;}
[data-testid="stAppViewContainer"] [data-testid="stMarkdownContainer"] p,
[data-testid="stAppViewContainer"] [data-testid="stMarkdownContainer"] li,
[data-testid="stCaptionContainer"], [data-testid="stWidgetLabel"] p {font-size: 24px !important; line-height: 1.4;}
h1 {font-size: 52px !important;} h2 {font-size: 40px !important;} h3 {font-size: 32px !important;}
[data-testid="stBaseButton-secondary"], [data-testid="stBaseButton-primary"] {
  border: 3px solid #222 !important; min-height: 3.2rem; font-size: 24px !important; padding: 0 1.4rem;}
[data-testid="stBaseButton-secondary"] p, [data-testid="stBaseButton-primary"] p {font-size: 24px !important;}
.pk-legend li {font-size: 24px !important; gap: .8rem !important; margin: .35rem 0 !important;}
.pk-legend strong {font-size: 26px;}
.pk-swatch {width: 2.2rem !important; height: 1.5rem !important; border: 2px solid #222 !important;}
iframe {border: 3px solid #222 !important; border-radius: 4px;}
[data-testid="stAlert"] {border: 3px solid currentColor;}
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
