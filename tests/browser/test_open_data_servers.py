"""Issue 20.4 on the running app: two app processes (``streamlit run serve.py``) on one throw-away PostgreSQL,
each with its own folder (as on two machines). After a change in the register every open-data address of both
processes answers with the change, and the two give the same bytes; readers polling while the files are made
anew (threads here, the servers' own threads and processes there) never get a broken file.

No browser needed: plain HTTP against the servers.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.export.open_data import CSV_COLUMNS
from dashboard.register.access import Console
from dashboard.register.records import to_cells
from dashboard.register.repository import Register
from tests.browser.conftest import streamlit_server

KEY = ("R02", 2020)  # Samen voor Heerlen: gemeente GM0917, region ZK31


@dataclass(frozen=True)
class Fetched:
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(url: str, timeout: float = 120) -> Fetched:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Fetched(
                response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
            )
    except urllib.error.HTTPError as error:
        return Fetched(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


@dataclass(frozen=True)
class Servers:
    db_url: str
    urls: tuple[str, str]


@pytest.fixture(scope="module")
def servers(postgres_server, server_log_dir: Path, tmp_path_factory) -> Iterator[Servers]:
    db_url = postgres_server.new_database()
    register = Register.open(db_url)
    register.initialize()
    register.close()
    folders = [tmp_path_factory.mktemp(f"open-data-{n}") for n in (1, 2)]
    env = [{"PREVENTIEKAART_DB": db_url, "PREVENTIEKAART_OPEN_DATA": str(folder)} for folder in folders]
    with streamlit_server(server_log_dir, env[0]) as one, streamlit_server(server_log_dir, env[1]) as two:
        yield Servers(db_url, (one, two))


def _change(db_url: str, name: str) -> int:
    register = Register.open(db_url)
    try:
        entry = register.get(KEY)
        cells = to_cells(entry.record) | {"naam": name}
        register.save(Console(), cells, expected_version=entry.version, reason="hernoemd")
        return register.revision()
    finally:
        register.close()


def _addresses(base: str) -> list[str]:
    catalogue = json.loads(fetch(f"{base}/open-data/index.json").body)
    out = ["/open-data/index.json"]
    for dataset in catalogue["datasets"]:
        out += [dataset["metadata"], *dataset["files"]]
    return out


def _touches(address: str) -> bool:
    """The addresses whose files hold R02 (its area, its years, the change log)."""
    return (
        any(part in address for part in ("/nl.", "/ZK31.", "/GM0917.", "wijzigingen.csv", "index.json"))
        and "vaststellingen" not in address
    )


def test_every_address_on_both_processes_shows_a_change(servers):
    first = fetch(f"{servers.urls[0]}/open-data/initiatieven/nl.csv")
    assert first.status == 200
    name = "Samen voor Heerlen (hernoemd voor de open-data-test)"
    revision = _change(servers.db_url, name)
    addresses = _addresses(servers.urls[1])
    assert len(addresses) > 2000

    def both(address: str) -> tuple[str, Fetched, Fetched]:
        return address, fetch(servers.urls[0] + address), fetch(servers.urls[1] + address)

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(both, addresses))
    found = 0
    for address, one, two in results:
        assert one.status == two.status == 200, address
        assert one.headers["x-register-revision"] == two.headers["x-register-revision"] == str(revision), (
            address
        )
        assert one.body == two.body, address  # the same files on every process
        if address.endswith(".metadata.json"):
            assert json.loads(one.body)["register_revision"] == revision
        if _touches(address) and "kolommen" not in address and not address.endswith("metadata.json"):
            text = one.body.decode("utf-8-sig")
            if "/alle-jaren/" in address or "/initiatieven/" in address or "wijzigingen" in address:
                assert name in text or "index.json" in address, address
                found += "index.json" not in address
    assert found >= 10  # NL, ZK31 and GM0917 for the newest year and all years, the feeds and the CSV


def _check(address: str, got: Fetched) -> int:
    """The revision of a whole, well-formed file (a broken one fails here)."""
    assert got.status == 200, (address, got.status, got.body[:200])
    revision = int(got.headers["x-register-revision"])
    body = got.body
    assert int(got.headers.get("content-length", len(body))) == len(body)
    if address.endswith(".csv"):
        text = body.decode("utf-8-sig")
        assert text.endswith("\r\n")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        assert rows[0] == list(CSV_COLUMNS) and all(len(row) == len(CSV_COLUMNS) for row in rows)
    elif address.endswith(".xml"):
        ET.fromstring(body)
    else:
        doc = json.loads(body)
        if "register_revision" in doc:
            assert doc["register_revision"] == revision
        if "register_revisie" in doc:
            assert doc["register_revisie"] == revision and doc["aantal"] == len(doc["initiatieven"])
    return revision


def test_readers_polling_while_the_files_are_made_anew_never_get_a_broken_file(servers):
    addresses = [
        "/open-data/initiatieven/nl.csv",
        "/open-data/initiatieven/nl.json",
        "/open-data/initiatieven/regio/ZK31.json",
        "/open-data/initiatieven/alle-jaren/nl.csv",
        "/open-data/initiatieven/nl.metadata.json",
        "/open-data/wijzigingen/nl.json",
        "/open-data/wijzigingen/nl.xml",
    ]
    stop = threading.Event()
    seen: list[int] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def poll(reader: int) -> None:
        count = 0
        while not stop.is_set():
            address = addresses[(reader + count) % len(addresses)]
            base = servers.urls[(reader + count) % 2]
            try:
                revision = _check(address, fetch(base + address))
            except BaseException as failure:
                with lock:
                    failures.append(failure)
                return
            with lock:
                seen.append(revision)
            count += 1

    readers = [threading.Thread(target=poll, args=(n,), daemon=True) for n in range(6)]
    for reader in readers:
        reader.start()
    revisions = []
    try:
        for round_ in range(4):
            time.sleep(1.0)
            revisions.append(_change(servers.db_url, f"Samen voor Heerlen (ronde {round_})"))
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and (not seen or max(seen) < revisions[-1]):
            time.sleep(0.5)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=150)
    assert failures == []
    assert max(seen) == revisions[-1]  # the readers saw the last change
    assert len(set(seen)) >= 3  # and they were reading while the files were made for several states
    assert len(seen) > 50
