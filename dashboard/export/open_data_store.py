"""Open data on disk: the files of one register state in a folder of their own, published whole, and a dated
snapshot of every vaststelling, kept for good.

A state's folder is written under a temporary name and then renamed into place (``os.replace``), so a reader
finds either no folder or a complete one: never half a file, never files of two states mixed. The folder's
name is the register's state (revision plus a fingerprint of its versions, and the addresses' base), so every
process on the same database makes the same files and, sharing a disk, uses the folder the first one made.
Old state folders are removed once three newer ones exist and they are a few minutes old (a process may still
be reading one). The snapshots of vaststellingen are written the same way and never removed.

Each process checks the register's state when it serves (``OpenData.ensure``): a change made through any
process is in the next file fetched from every process.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from dashboard.export import open_data

if TYPE_CHECKING:
    from dashboard.register.repository import Register

ENV_FOLDER: Final = "PREVENTIEKAART_OPEN_DATA"
ENV_PUBLIC_URL: Final = "PREVENTIEKAART_PUBLIC_URL"
DEFAULT_FOLDER: Final = Path(__file__).resolve().parents[2] / "var" / "open-data"
MANIFEST: Final = "manifest.json"
# Bumped when the files' layout or contents change, so a new version of the app writes its own folders.
FORMAT: Final = "1"
KEEP_STATES: Final = 3
# A state folder younger than this stays, however many newer ones exist: another process may still serve it.
GRACE_S: Final = 300.0
# Attempts to read one state while the register keeps changing under the read.
READ_ATTEMPTS: Final = 5
# What a served path may look like: our own names only (no "..", no hidden files, no other suffixes).
_PATH: Final = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9_\-]*(/[A-Za-z0-9][A-Za-z0-9_\-]*)*(\.metadata)?\.(csv|json|xml)$"
)


@dataclass(frozen=True)
class StateKey:
    """Which register state a set of files shows: its revision and a fingerprint that tells two registers at
    the same revision apart (a database made anew), together with the addresses' base and the file format."""

    revision: int
    fingerprint: str

    @property
    def name(self) -> str:
        return f"r{self.revision:09d}-{self.fingerprint}"


def state_key(revision: int, versions: int, newest: int, base: str) -> StateKey:
    digest = hashlib.sha256(f"{FORMAT}|{versions}|{newest}|{base}".encode()).hexdigest()[:12]
    return StateKey(revision, digest)


def folder_for(database_url: str) -> Path:
    """The open data's folder for one database: ``$PREVENTIEKAART_OPEN_DATA`` (default var/open-data), in a
    subfolder per database, so two registers never share files."""
    from dashboard.register.db import shown_url

    root = Path(os.environ.get(ENV_FOLDER) or DEFAULT_FOLDER)
    name = str(shown_url(database_url))
    return root / hashlib.sha256(name.encode()).hexdigest()[:16]


def public_base(base_url_path: str = "") -> str:
    """What the files put before ``/open-data/…``: ``$PREVENTIEKAART_PUBLIC_URL`` (absolute addresses, as feeds
    want them), else the server's base path ("" or "/preventiekaart")."""
    configured = os.environ.get(ENV_PUBLIC_URL, "").strip()
    if configured:
        return configured.rstrip("/")
    base = base_url_path.strip("/")
    return f"/{base}" if base else ""


def valid_path(path: str) -> bool:
    return bool(_PATH.match(path)) and ".." not in path


def write_atomic(target: Path, data: bytes) -> None:
    """``target`` holds ``data`` whole or keeps what it held: a temporary file beside it, then os.replace."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temporary.open("wb") as out:
            out.write(data)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _write_folder(files: Mapping[str, bytes], target: Path, manifest: Mapping[str, object]) -> bool:
    """Write ``files`` under a temporary folder beside ``target`` and rename it into place; False when another
    process (or thread) put the same folder there first (then its files are the same)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        for path, data in files.items():
            file = temporary / path
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(data)
        (temporary / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        try:
            os.replace(temporary, target)
        except OSError:
            if (target / MANIFEST).is_file():
                return False
            raise
        return True
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


class Store:
    """The open data's folder: ``staten/<state>/…`` and ``vaststellingen/<jaar>/<datum>/…``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.states = folder / "staten"
        self.snapshots = folder / "vaststellingen"
        self._manifests: dict[Path, frozenset[str]] = {}

    def state_dir(self, key: StateKey) -> Path | None:
        """The complete folder of ``key``, or None."""
        folder = self.states / key.name
        return folder if (folder / MANIFEST).is_file() else None

    def publish_state(self, key: StateKey, files: Mapping[str, bytes]) -> Path:
        target = self.states / key.name
        manifest = {"revision": key.revision, "state": key.name, "files": sorted(files)}
        _write_folder(files, target, manifest)
        return target

    def snapshot_dir(self, vaststelling: open_data.Vaststelling) -> Path:
        return self.folder / Path(open_data.snapshot_path(vaststelling)).parent

    def has_snapshot(self, vaststelling: open_data.Vaststelling) -> bool:
        return (self.snapshot_dir(vaststelling) / MANIFEST).is_file()

    def publish_snapshot(self, vaststelling: open_data.Vaststelling, files: Mapping[str, bytes]) -> None:
        """A vaststelling's files, once: a snapshot that exists is never written again."""
        prefix = str(Path(open_data.snapshot_path(vaststelling)).parent) + "/"
        inside = {path.removeprefix(prefix): data for path, data in files.items()}
        manifest = {"peiljaar": vaststelling.jaar, "vastgesteld_op": open_data.iso(vaststelling.at)}
        _write_folder(inside, self.snapshot_dir(vaststelling), manifest | {"files": sorted(inside)})

    def file(self, state: Path, path: str) -> Path | None:
        """The file of address ``path`` (below /open-data/) in ``state`` or among the snapshots, or None: only
        a file its folder's manifest lists is ever served."""
        if not valid_path(path):
            return None
        if path.startswith("vaststellingen/"):
            folder = self.folder / Path(path).parent
            name = Path(path).name
        else:
            folder, name = state, path
        if name not in self._listed(folder):
            return None
        file = folder / name
        return file if file.is_file() else None

    def _listed(self, folder: Path) -> frozenset[str]:
        """The files a finished folder's manifest lists (read once per folder; a folder never changes)."""
        held = self._manifests.get(folder)
        if held is None:
            try:
                held = frozenset(json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"])
            except (OSError, ValueError, KeyError):
                return frozenset()
            if len(self._manifests) > 64:
                self._manifests.clear()
            self._manifests[folder] = held
        return held

    def collect_garbage(self, keep: Path, now: float | None = None) -> None:
        """Remove old state folders (and temporary ones left by a process that died while writing)."""
        now = time.time() if now is None else now
        try:
            entries = list(self.states.iterdir())
        except OSError:
            return
        finished = sorted(
            (e for e in entries if e.is_dir() and not e.name.startswith(".")),
            key=lambda e: e.name,
            reverse=True,
        )
        for folder in finished[KEEP_STATES:]:
            if folder != keep and _age(folder, now) > GRACE_S:
                shutil.rmtree(folder, ignore_errors=True)
        for folder in entries:
            if folder.name.startswith(".") and _age(folder, now) > GRACE_S * 4:
                shutil.rmtree(folder, ignore_errors=True)


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


class OpenData:
    """One process's open data for one register: the state's folder, made when the register moved on.

    ``ensure`` is blocking (the database, the disk): the web layer runs it in a worker thread. One thread of a
    process generates at a time; the others wait for it and then find the folder.
    """

    def __init__(self, register: Register, store: Store, base: str) -> None:
        self.register = register
        self.store = store
        self.base = base
        self._lock = threading.Lock()

    def current(self) -> StateKey:
        revision, versions, newest = self.register.state()
        return state_key(revision, versions, newest, self.base)

    def ensure(self) -> tuple[StateKey, Path]:
        """The register's current state and its complete folder (generated now when there is none yet)."""
        key = self.current()
        found = self.store.state_dir(key)
        if found is not None:
            return key, found
        with self._lock:
            return self.generate()

    def generate(self) -> tuple[StateKey, Path]:
        """Read one state of the register (again while it changes under the read), write its files and the
        snapshots of its vaststellingen that are not on disk yet."""
        for _attempt in range(READ_ATTEMPTS):
            before = self.current()
            found = self.store.state_dir(before)
            if found is not None:
                return before, found
            source = open_data.collect(self.register)
            if source.revision == before.revision and self.current() == before:
                break
        # A register that kept changing: these files are of the last read, named by the state before it; the
        # next request sees a newer revision and writes the files anew.
        for vaststelling in source.vaststellingen:
            if not self.store.has_snapshot(vaststelling):
                self.store.publish_snapshot(
                    vaststelling, open_data.snapshot_files(source, vaststelling, self.base)
                )
        folder = self.store.publish_state(before, open_data.build(source, self.base))
        self.store.collect_garbage(keep=folder)
        return before, folder
