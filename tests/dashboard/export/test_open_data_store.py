"""Open data on disk, with real parallelism (processes): a state's folder appears whole or not at all, two
processes publishing the same state leave one complete folder, a file replaced atomically is never read half,
old folders go and young ones stay, and only names of our own are valid addresses."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from dashboard.export.open_data_store import (
    GRACE_S,
    KEEP_STATES,
    StateKey,
    Store,
    state_key,
    valid_path,
    write_atomic,
)

FILES_PER_STATE = 60


def _files(state: int) -> dict[str, bytes]:
    """A state's files: big enough that writing them takes a while, each saying which state it belongs to."""
    return {
        f"initiatieven/regio/ZK{n:02d}.csv": f"state {state} file {n}\n".encode() * (2000 + 37 * n)
        for n in range(FILES_PER_STATE)
    }


def _publisher(folder: str, states: list[int]) -> None:
    store = Store(Path(folder))
    for state in states:
        store.publish_state(StateKey(state, f"s{state}"), _files(state))


def _reader(folder: str, seconds: float, out: multiprocessing.Queue) -> None:
    """Read every file of every finished state folder it finds, over and over; report what was wrong."""
    store = Store(Path(folder))
    deadline = time.monotonic() + seconds
    problems: list[str] = []
    complete = 0
    while time.monotonic() < deadline:
        try:
            names = [p.name for p in store.states.iterdir() if not p.name.startswith(".")]
        except FileNotFoundError:
            continue
        for name in names:
            state = int(name[1:10])
            found = store.state_dir(StateKey(state, f"s{state}"))
            if found is None:
                problems.append(f"{name}: a folder without its manifest")
                continue
            for path, expected in _files(state).items():
                file = store.file(found, path)
                if file is None or file.read_bytes() != expected:
                    problems.append(f"{name}/{path}: missing or not whole")
            complete += 1
    out.put((complete, problems[:5]))


def test_a_state_folder_appears_whole_or_not_at_all_across_processes(tmp_path):
    context = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue = context.Queue()
    readers = [context.Process(target=_reader, args=(str(tmp_path), 6.0, out)) for _ in range(2)]
    # Two publishers write the same states at the same time (as two processes on one machine would).
    publishers = [
        context.Process(target=_publisher, args=(str(tmp_path), list(range(1, 9)))) for _ in range(2)
    ]
    for process in [*readers, *publishers]:
        process.start()
    for process in [*publishers, *readers]:
        process.join(timeout=120)
        assert process.exitcode == 0
    results = [out.get(timeout=10) for _ in readers]
    assert [problems for _complete, problems in results] == [[], []]
    assert sum(complete for complete, _problems in results) > 0  # the readers read finished folders
    store = Store(tmp_path)
    assert sorted(p.name for p in store.states.iterdir() if p.name.startswith(".")) == []  # no leftovers
    for state in range(1, 9):
        folder = store.state_dir(StateKey(state, f"s{state}"))
        assert folder is not None and len(list(folder.rglob("*.csv"))) == FILES_PER_STATE


def _rewriter(target: str, rounds: int) -> None:
    for n in range(rounds):
        write_atomic(Path(target), _version(n))


def _version(n: int) -> bytes:
    return (f"versie {n}\n" * (50_000 + n)).encode()


def test_a_file_replaced_atomically_is_never_read_half(tmp_path):
    target = tmp_path / "nl.csv"
    write_atomic(target, _version(0))
    whole = {hashlib.sha256(_version(n)).hexdigest() for n in range(40)}
    context = multiprocessing.get_context("spawn")
    writer = context.Process(target=_rewriter, args=(str(target), 40))
    writer.start()
    reads = 0
    while writer.is_alive() or reads == 0:
        assert hashlib.sha256(target.read_bytes()).hexdigest() in whole
        reads += 1
    writer.join(timeout=60)
    assert writer.exitcode == 0 and reads > 10
    assert [p.name for p in tmp_path.iterdir()] == ["nl.csv"]  # no temporary file left


def test_old_state_folders_go_and_young_ones_stay(tmp_path):
    store = Store(tmp_path)
    folders = [store.publish_state(StateKey(n, "x"), {"a.json": b"{}"}) for n in range(1, 7)]
    old = time.time() - GRACE_S - 10
    for folder in folders[:2]:
        os.utime(folder, (old, old))
    store.collect_garbage(keep=folders[-1])
    # r1 and r2 are old and beyond the newest three: gone; r3 is beyond them too, but young (a process may
    # still serve it): kept, as the newest three are
    assert sorted(p.name for p in store.states.iterdir()) == [f.name for f in folders[2:]]
    assert KEEP_STATES == 3


@pytest.mark.parametrize(
    ("path", "ok"),
    [
        ("initiatieven/nl.csv", True),
        ("initiatieven/regio/ZK31.metadata.json", True),
        ("wijzigingen/nl.xml", True),
        ("vaststellingen/2025/2026-01-05/nl.json", True),
        ("../geheim.json", False),
        ("initiatieven/../../geheim.json", False),
        (".verborgen.json", False),
        ("initiatieven/nl.txt", False),
        ("initiatieven//nl.csv", False),
        ("/etc/passwd.json", False),
        ("initiatieven/nl.csv\x00.json", False),
    ],
)
def test_only_names_of_our_own_are_addresses(path, ok):
    assert valid_path(path) is ok


def test_a_state_is_named_by_its_revision_and_what_else_tells_it_apart():
    one = state_key(7, 120, 120, "")
    assert one == state_key(7, 120, 120, "")
    assert one.name.startswith("r000000007-")
    assert len({one, state_key(7, 121, 121, ""), state_key(7, 120, 120, "/preventiekaart")}) == 3
