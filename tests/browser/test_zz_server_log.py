"""The server log of the whole browser session holds no widget-state warning.

Named to run after the other browser tests: Streamlit logs "created with a default value but also had its value
set via the Session State API" once per process, when a widget whose key the app sets also gets a default. That
pattern reset the map's context chooser after reruns; this test sees any widget that brings it back, on any page
the browser tests opened (links set the map's, sidebar's and presentation's widgets through Session State).
"""

from __future__ import annotations

from tests.browser.helpers import map_frame, open_app, wait_idle


def test_no_widget_was_given_a_default_and_a_session_state_value(page, server_log_dir):
    # Make sure this session's pages ran too: a link sets shared widgets, then a rerun and a page switch.
    open_app(page, "?maat=aantal&lagen=regio,ggd&regio=ZK23")
    map_frame(page, min_polygons=1)
    page.get_by_text("Grafieken", exact=True).first.click()
    wait_idle(page)
    page.get_by_text("Kaart", exact=True).first.click()
    wait_idle(page)
    open_app(page, "presentatie?presentatie=1&dia=2")
    log = "\n".join(path.read_text() for path in sorted(server_log_dir.glob("server-*.log")))
    assert "created with a default value but also had its value set via the Session State API" not in log
    assert "Traceback" not in log
