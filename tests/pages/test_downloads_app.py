"""In the running app every download button is drawn by ``components.offer_download`` with a writer.Download."""

from __future__ import annotations

import pytest

from dashboard.export.writer import MIME, Download
from dashboard.ui import components
from tests.pages.apptest import open_app


@pytest.mark.parametrize(
    ("page", "query", "at_least"),
    [
        ("app_pages/gegevens.py", None, 4),
        ("app_pages/grafieken.py", None, 2),
        ("app_pages/nood.py", None, 2),
        ("app_pages/mijn_regio.py", {"gemeente": "GM0363"}, 6),
        ("app_pages/valpreventie.py", {"gemeente": "GM1900"}, 1),
    ],
)
def test_every_download_button_is_a_writer_download(monkeypatch, page, query, at_least):
    offered: list[Download] = []
    real = components.offer_download

    def spy(container, label, download, **kwargs):
        offered.append(download)
        real(container, label, download, **kwargs)

    monkeypatch.setattr(components, "offer_download", spy)
    at = open_app(page, query=query)
    offered.clear()
    at.run()  # one run of this page alone: every button on screen must have come through the spy
    assert not at.exception
    buttons = at.get("download_button")
    assert len(buttons) >= at_least
    assert len(offered) == len(buttons)
    for download in offered:
        assert isinstance(download, Download)
        kind = download.file_name.rsplit(".", 1)[1]
        assert MIME[kind] == download.mime  # type: ignore[index]
        assert callable(download.data) or len(download.data) > 0
