"""Issue 20.4: open data at stable addresses, served by the app's own routes (straight into the ASGI app here;
two real server processes on PostgreSQL in tests/browser/test_open_data_servers.py).

Every address of the catalogue answers with its content type; a change in the register is in the next file
fetched; example data is labelled in every file; nothing from data becomes markup in the feeds; the files of
one state are the same whoever writes them; an address of our own is the only thing served.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from dashboard.export import open_data
from dashboard.export.open_data_store import OpenData, Store, folder_for
from dashboard.register.records import to_cells
from dashboard.register.repository import Register
from dashboard.web.routes import routes
from tests.dashboard.register.conftest import CONSOLE
from tests.dashboard.web.aio import run_apart

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<script>alert("x")</script> & ]]> [klik](javascript:alert(1))'


class Client:
    def __init__(self, base: str = "") -> None:
        self.app = Starlette(routes=routes(base))

    def get(self, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.get(path, headers=headers)

        return run_apart(send())


@pytest.fixture
def register(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    monkeypatch.setenv("PREVENTIEKAART_DB", url)
    monkeypatch.setenv("PREVENTIEKAART_OPEN_DATA", str(tmp_path / "open-data"))
    monkeypatch.delenv("PREVENTIEKAART_PUBLIC_URL", raising=False)
    monkeypatch.delenv("PREVENTIEKAART_DATA", raising=False)
    reg = Register.open(url)
    reg.initialize()
    yield reg
    reg.close()


def _edit(reg: Register, key=("R02", 2020), confirm: bool = False, **cells: str) -> None:
    entry = reg.get(key)
    reg.save(
        CONSOLE,
        to_cells(entry.record) | cells,
        expected_version=entry.version,
        reason="test",
        confirm=confirm,
    )


def _catalogue(client: Client) -> dict:
    response = client.get("/open-data/index.json")
    assert response.status_code == 200
    return response.json()


def _addresses(catalogue: dict) -> list[str]:
    out = []
    for dataset in catalogue["datasets"]:
        out += [dataset["metadata"], *dataset["files"]]
    return out


def test_every_address_answers_with_its_content_type_and_metadata(register):
    client = Client()
    catalogue = _catalogue(client)
    assert catalogue["newest_vastgesteld_peiljaar"] == 2020
    assert catalogue["register_revision"] == register.revision()
    addresses = _addresses(catalogue)
    expected = {
        "/open-data/initiatieven/nl.csv",
        "/open-data/initiatieven/regio/ZK31.json",
        "/open-data/initiatieven/gemeente/GM0363.csv",
        "/open-data/initiatieven/alle-jaren/gemeente/GM0014.json",
        "/open-data/wijzigingen/nl.json",
        "/open-data/wijzigingen/nl.xml",
        "/open-data/wijzigingen/regio/ZK02.xml",
        "/open-data/wijzigingen/wijzigingen.csv",
    }
    assert expected <= set(addresses)
    # the Netherlands, 31 regions and 342 gemeenten, for the newest year and for all years, and the feeds
    assert len([a for a in addresses if a.endswith(".metadata.json")]) == 2 * (1 + 31 + 342) + 1 + 31 + 1
    types = {".csv": "text/csv; charset=utf-8", ".xml": "application/atom+xml; charset=utf-8"}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        suffix = Path(address).suffix
        media = types.get(suffix) or (
            "application/feed+json"
            if address.startswith("/open-data/wijzigingen/") and not address.endswith("metadata.json")
            else "application/json"
        )
        assert response.headers["content-type"] == media, address
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["access-control-allow-origin"] == "*"
    meta = client.get("/open-data/initiatieven/regio/ZK31.metadata.json").json()
    assert meta["peiljaar"] == 2020 and meta["register_revision"] == register.revision()
    assert meta["licence"]["name"] == "CC BY 4.0" and meta["source"]["nl"].startswith("Preventiekaart")
    assert meta["title"]["nl"] == "Preventie-initiatieven in VNG–ZN-regio Zuid-Limburg (ZK31), peiljaar 2020"
    assert meta["generated_at"].endswith("Z")
    assert [d["url"] for d in meta["distributions"]] == [
        "/open-data/initiatieven/regio/ZK31.csv",
        "/open-data/initiatieven/regio/ZK31.json",
    ]
    columns = client.get(meta["columns"]).json()["nl"]
    assert (
        columns[7]["name"] == "samenwerkingsniveau" and columns[7]["codes"]["formeel"] == "formele afspraken"
    )


def test_the_files_hold_the_records_of_their_area_and_year(register):
    client = Client()
    records = register.records()
    latest = records[records["jaar"] == 2020]
    nl = client.get("/open-data/initiatieven/nl.json").json()
    assert nl["peiljaar"] == 2020 and nl["aantal"] == len(latest) == len(nl["initiatieven"])
    everything = client.get("/open-data/initiatieven/alle-jaren/nl.json").json()
    assert everything["aantal"] == len(records) and everything["peiljaar"] is None
    zk31 = client.get("/open-data/initiatieven/regio/ZK31.json").json()
    assert zk31["aantal"] > 0
    assert all(any(r["code"] == "ZK31" for r in i["regios"]) for i in zk31["initiatieven"])
    text = client.get("/open-data/initiatieven/regio/ZK31.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:3] == ["id", "naam", "jaar"] and rows[0][-3:] == [
        "peiljaar_status",
        "bevestiging",
        "overgenomen_niet_bijgewerkt",
    ]
    assert sorted(r[0] for r in rows[1:]) == sorted(i["id"] for i in zk31["initiatieven"])
    empty = client.get("/open-data/initiatieven/gemeente/GM0014.json").json()  # Groningen: none in 2020
    assert empty["aantal"] == len(empty["initiatieven"])


def test_a_change_is_in_the_next_file_fetched(register):
    client = Client()
    before = client.get("/open-data/initiatieven/regio/ZK31.csv")
    etag = before.headers["etag"]
    assert client.get("/open-data/initiatieven/regio/ZK31.csv", {"If-None-Match": etag}).status_code == 304
    _edit(register, naam="Samen voor Heerlen, nu met een nieuwe naam")
    after = client.get("/open-data/initiatieven/regio/ZK31.csv")
    assert after.headers["etag"] != etag
    assert after.headers["x-register-revision"] == str(register.revision())
    assert "nu met een nieuwe naam" in after.content.decode("utf-8-sig")
    feed = client.get("/open-data/wijzigingen/nl.json").json()
    item = feed["items"][0]
    assert item["title"] == "Samen voor Heerlen, nu met een nieuwe naam (2020): gewijzigd"
    assert "Naam: Samen voor Heerlen → Samen voor Heerlen, nu met een nieuwe naam" in item["content_text"]
    assert item["authors"] == [{"name": "beheer (opdrachtregel)"}]
    log = client.get("/open-data/wijzigingen/wijzigingen.csv").content.decode("utf-8-sig")
    assert "nu met een nieuwe naam" in log


def _labelled(address: str, body: str) -> bool:
    """Whether a file says which of its contents is example data, the way its kind can."""
    if address.endswith(".csv") and "/initiatieven/" in address:
        rows = list(csv.DictReader(io.StringIO(body, newline=""), delimiter=";"))
        return all(row["voorbeelddata"] in ("ja", "nee") for row in rows)
    if address.endswith("wijzigingen.csv"):
        return body.startswith('"# Let op: voorbeelddata') and ';"Voorbeelddata"' in body.split("\r\n\r\n")[1]
    if address.endswith(".xml"):
        root = ET.fromstring(body)
        entries = list(root.iter(f"{ATOM}entry"))
        flagged = [e for e in entries if "voorbeelddata" in e.find(f"{ATOM}content").text]
        return all(e.find(f"{ATOM}title").text.endswith("(voorbeelddata)") for e in flagged) and (
            not flagged or "voorbeelddata" in root.find(f"{ATOM}subtitle").text
        )
    doc = json.loads(body)
    if address.endswith(".metadata.json"):
        return "example_data" in doc and (
            not doc["example_data"] or "voorbeelddata" in doc["example_note"]["nl"]
        )
    if "/wijzigingen/" in address:
        flagged = [i for i in doc["items"] if i["_preventiekaart"]["voorbeelddata"]]
        return all(i["title"].endswith("(voorbeelddata)") for i in flagged) and (
            not flagged or "voorbeelddata" in doc["description"]
        )
    if "initiatieven" in doc:
        records = doc["initiatieven"]
        return doc["voorbeelddata"] == any(r["voorbeelddata"] for r in records) and (
            not doc["voorbeelddata"] or "voorbeelddata" in doc["voorbeelddata_toelichting"]
        )
    return "example_data" in doc  # the catalogue


def test_example_data_is_labelled_in_every_file(register):
    client = Client()
    catalogue = _catalogue(client)
    assert catalogue["example_data"] is True
    checked = 0
    for address in _addresses(catalogue):
        if "/gemeente/" in address and not address.split("/")[-1].startswith(("GM0917", "GM0014")):
            continue  # the gemeenten are alike: Heerlen's hold example rows, Groningen's none
        assert _labelled(address, client.get(address).content.decode("utf-8-sig")), address
        checked += 1
    assert checked > 250


def test_the_feeds_carry_text_only_and_escape_what_comes_from_the_register(register):
    _edit(register, naam=HOSTILE, toelichting="regel 1\nregel 2 <b>vet</b>")
    client = Client()
    feed = client.get("/open-data/wijzigingen/regio/ZK31.json").json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert all("content_html" not in item and "content_text" in item for item in feed["items"])
    assert feed["items"][0]["title"].startswith(HOSTILE)
    atom = client.get("/open-data/wijzigingen/regio/ZK31.xml").content
    assert b"<script>" not in atom and b"&lt;script&gt;" in atom
    root = ET.fromstring(atom)  # well-formed whatever the names hold
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text.startswith(HOSTILE)
    assert entry.find(f"{ATOM}content").get("type") == "text"
    assert root.find(f"{ATOM}id").text == "urn:preventiekaart:wijzigingen:wijzigingen%2Fregio%2FZK31"


def test_only_our_own_names_are_served(register, tmp_path):
    client = Client()
    (tmp_path / "geheim.json").write_text("{}")
    for path in (
        "/open-data/../geheim.json",
        "/open-data/%2e%2e/%2e%2e/geheim.json",
        "/open-data/initiatieven/regio/ZK99.csv",
        "/open-data/initiatieven/nl.txt",
        "/open-data/manifest.json",
        "/open-data/.hidden.json",
        "/open-data/staten/x.json",
    ):
        assert client.get(path).status_code == 404, path  # ours, or no route at all
    assert client.get("/open-data").headers["location"] == "/open-data/index.json"
    assert client.get("/open-data/").headers["location"] == "/open-data/index.json"


def test_below_a_base_path_and_with_a_public_url(register, monkeypatch):
    client = Client("/preventiekaart/")
    catalogue = client.get("/preventiekaart/open-data/index.json").json()
    assert catalogue["datasets"][0]["metadata"].startswith("/preventiekaart/open-data/")
    monkeypatch.setenv("PREVENTIEKAART_PUBLIC_URL", "https://preventiekaart.example.nl/preventiekaart/")
    feed = Client("/preventiekaart").get("/preventiekaart/open-data/wijzigingen/nl.json").json()
    assert (
        feed["feed_url"] == "https://preventiekaart.example.nl/preventiekaart/open-data/wijzigingen/nl.json"
    )


def test_the_same_state_gives_the_same_files_in_any_process(register, tmp_path):
    one = OpenData(register, Store(tmp_path / "een"), "")
    two = OpenData(Register.open(f"sqlite:///{tmp_path / 'register.sqlite'}"), Store(tmp_path / "twee"), "")
    key_one, folder_one = one.ensure()
    key_two, folder_two = two.ensure()
    assert key_one == key_two
    names = sorted(p.relative_to(folder_one).as_posix() for p in folder_one.rglob("*") if p.is_file())
    assert len(names) > 2000
    for name in names:
        assert (folder_one / name).read_bytes() == (folder_two / name).read_bytes(), name
    two.register.close()


def test_a_vaststelling_is_kept_as_a_dated_snapshot(register, tmp_path):
    from dashboard.register.access import Console

    # A new round: 2021 opened (2020 carried over as concepts), one initiative updated, then vastgesteld.
    beheer = Console()
    register.open_peiljaar(beheer, 2021)
    _edit(register, key=("R02", 2021), confirm=True, naam="Samen voor Heerlen 2021")
    register.close_peiljaar(beheer, 2021, reason="ronde gesloten")
    client = Client()
    catalogue = _catalogue(client)
    assert catalogue["newest_vastgesteld_peiljaar"] == 2021
    snapshot = next(v for v in catalogue["vaststellingen"] if v["peiljaar"] == 2021)
    meta = client.get(snapshot["metadata"]).json()
    day = snapshot["vastgesteld_op"][:10]
    assert meta["vastgesteld_op"] == snapshot["vastgesteld_op"]
    data = client.get(f"/open-data/vaststellingen/2021/{day}/nl.json").json()
    names = {i["id"]: (i["naam"], i["overgenomen_niet_bijgewerkt"]) for i in data["initiatieven"]}
    assert names["R02"] == ("Samen voor Heerlen 2021", False)
    assert sum(carried for _name, carried in names.values()) == len(names) - 1  # the rest: not updated
    # A correction after the vaststelling changes the newest files, never the snapshot.
    _edit(register, key=("R02", 2021), naam="Samen voor Heerlen, gecorrigeerd")
    assert "gecorrigeerd" in client.get("/open-data/initiatieven/nl.csv").content.decode("utf-8-sig")
    again = client.get(f"/open-data/vaststellingen/2021/{day}/nl.json").json()
    assert again == data
    # ... and a snapshot made only now, from the versions, is the same as the one made then.
    fresh = OpenData(register, Store(tmp_path / "nieuw"), "")
    fresh.ensure()
    rebuilt = json.loads((tmp_path / "nieuw" / f"vaststellingen/2021/{day}/nl.json").read_text())
    assert [(i["id"], i["naam"]) for i in rebuilt["initiatieven"]] == [
        (i["id"], i["naam"]) for i in data["initiatieven"]
    ]
    assert folder_for(str(register._engine.url)).name  # one folder per database
    assert open_data.snapshot_path(
        open_data.Vaststelling(2021, register.last_vaststelling().closed_at)
    ).startswith("vaststellingen/2021/")
