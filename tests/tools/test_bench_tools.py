"""The benchmark's own pieces: the simulated wijken, the naive page's local CDN answers, the blank tile."""

from __future__ import annotations

import zlib

import shapely

from geo.boundaries import load_layers
from tools import bench_browser, bench_wijk
from tools.bench_browser import NAIVE_APP, ROOT, CdnMirror


def test_simulated_wijken_cover_every_gemeente_exactly():
    gemeenten = load_layers().gemeenten.iloc[:25]
    wijken = bench_wijk.split_areas(gemeenten, "gm_code")
    assert set(wijken["parent"]) == set(gemeenten["gm_code"])
    assert wijken["wk_code"].is_unique and wijken["wk_code"].str.startswith("WK").all()
    assert 5 * len(gemeenten) < len(wijken) < 12 * len(gemeenten)
    for code, geom in zip(gemeenten["gm_code"], gemeenten.geometry, strict=True):
        pieces = shapely.union_all(list(wijken.loc[wijken["parent"] == code, "geometry"]))
        assert abs(pieces.area - geom.area) < 1e-9 * max(geom.area, 1)


def test_naive_page_is_never_served_by_the_app():
    assert NAIVE_APP.is_file() and "app_pages" not in NAIVE_APP.parts
    assert "naive_app" not in (ROOT / "app.py").read_text()


def test_cdn_answers_are_local_and_unknown_files_are_listed():
    mirror = CdnMirror(files={"https://cdn.example/a.js": b"x = 1;"}, tile=b"png")
    assert mirror.answer("https://cdn.example/a.js") == (b"x = 1;", "application/javascript")
    assert mirror.answer("https://tile.openstreetmap.org/7/65/41.png") == (b"png", "image/png")
    assert mirror.answer("https://cdn.example/b.css") == (b"", "text/css")
    assert mirror.unmirrored == {"https://cdn.example/b.css"}


def test_blank_tile_is_a_256px_png():
    png = bench_browser._blank_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert int.from_bytes(png[16:20], "big") == 256 == int.from_bytes(png[20:24], "big")
    idat = png[png.index(b"IDAT") + 4 : png.index(b"IEND") - 8]
    assert len(zlib.decompress(idat)) == 256 * (1 + 256 * 3)


def test_session_memory_separates_the_process_from_each_session():
    figures = bench_browser.session_memory(
        [300.0, 301.5, 302.0, 304.5, 305.0, 305.0, 306.0, 307.5, 308.0, 309.0]
    )
    assert figures == {"rss_1_session_mb": 300.0, "rss_10_sessions_mb": 309.0, "rss_per_session_mb": 1.0}


def test_the_change_log_bench_multiplies_the_records_with_ids_of_their_own():
    from dashboard.ingest.validation import data_path, load_path
    from tools.bench_changes import times

    records = load_path(data_path()).records
    big = times(records, 3)
    assert len(big) == 3 * len(records) and not big.duplicated(["id", "jaar"]).any()  # an id per peiljaar
    assert (
        big["samenwerkingsniveau"].value_counts().to_dict()
        == (records["samenwerkingsniveau"].value_counts() * 3).to_dict()
    )
