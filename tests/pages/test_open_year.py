"""Issue 20.1 on the pages under AppTest: after one editor's save in an open peiljaar, a fresh session (no
?jaar=) still opens on the newest vastgesteld year everywhere; the open year, chosen with ?jaar=, carries its
banner on the map, the charts (in the figure), the presentation and in the PDF; ?bevestigd=1 counts only the
initiatives both sides confirmed and says how many."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from dashboard.register.access import Console
from dashboard.ui.sidebar import FILTER_KEYS
from tests.pages.apptest import TEXT_ELEMENTS, open_app

BANNER = "Peiljaar 2025 is nog open: de gegevens worden nog ingevuld"


def _shown(at) -> str:
    return " ".join(str(e.value) for kind in TEXT_ELEMENTS for e in getattr(at, kind)).replace("\\", "")


def _open_round(register) -> None:
    register.open_peiljaar(Console(), 2025)
    register.save(Console(), {"id": "zl-nieuw", "naam": "Nieuw in 2025", "jaar": "2025", "gemeenten": "Heerlen",
                              "samenwerkingsniveau": "formeel", "afspraken": "beide"})  # fmt: skip


def test_a_fresh_session_opens_on_the_vastgesteld_year_on_every_page(register):
    _open_round(register)
    for page in ("app_pages/kaart.py", "app_pages/grafieken.py", "app_pages/presentatie.py"):
        at = open_app(page)
        assert at.session_state[FILTER_KEYS["jaar"]] == 2020, page
        assert BANNER not in _shown(at), page
        assert at.query_params["jaar"] == "2020"


def test_the_open_year_chosen_by_link_carries_its_banner_everywhere(register):
    _open_round(register)
    at = open_app("app_pages/kaart.py", query={"jaar": "2025"})
    assert at.session_state[FILTER_KEYS["jaar"]] == 2025
    assert BANNER in _shown(at)
    assert at.sidebar.selectbox(key=FILTER_KEYS["jaar"]).format_func(2025) == "2025 (open, wordt ingevuld)"
    at.switch_page("app_pages/grafieken.py").run()
    assert BANNER in _shown(at) and "1 van 117 initiatieven bijgewerkt" in _shown(at)
    (chart,) = list(at.get("plotly_chart"))
    assert BANNER in chart.proto.spec
    at.switch_page("app_pages/presentatie.py").run()
    assert BANNER in _shown(at)
    # The PDF of a gemeente in the open year says so too.
    at = open_app("app_pages/mijn_regio.py", query={"jaar": "2025", "gemeente": "GM0917"})
    at.button(key="report_button_gemeente_GM0917").click().run()
    assert not at.exception, [e.value for e in at.exception]
    pdf = at.session_state["_report_gemeente_GM0917"][1].data
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Peiljaar 2025 is nog open" in text


def test_only_confirmed_by_both_sides_is_in_the_link_and_says_how_many(register):
    _open_round(register)
    entry = register.get(("zl-nieuw", 2025))
    for email, organisation in (("g@heerlen.nl", "Heerlen"), ("r@cz.nl", "CZ")):
        register.accounts.add(email, "redacteur", ("ZK31",), register.organisation(organisation))
    register.save(Console(), {"id": "zl-nieuw", "naam": "Nieuw in 2025", "jaar": "2025", "gemeenten": "Heerlen",
                              "samenwerkingsniveau": "formeel", "afspraken": "beide", "zorgverzekeraars": "CZ"},
                  expected_version=entry.version)  # fmt: skip
    for email in ("g@heerlen.nl", "r@cz.nl"):
        register.confirm_side(Console(email), ("zl-nieuw", 2025), seen_version=2)
    at = open_app("app_pages/kaart.py", query={"jaar": "2025", "bevestigd": "1"})
    assert at.session_state[FILTER_KEYS["alleen_bevestigd"]] is True
    assert (
        "Alleen initiatieven die door beide kanten zijn bevestigd tellen mee: 1 van 1 initiatief"
        in _shown(at)
    )
    at = open_app("app_pages/kaart.py", query={"jaar": "2020", "bevestigd": "1"})
    assert "0 van 116 initiatieven door beide kanten bevestigd" in _shown(at)
    assert at.query_params["bevestigd"] == "1"
