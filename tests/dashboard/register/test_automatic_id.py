"""Issue 20.5: a new initiative whose id is left empty gets a readable id, unique in the register, decided
inside the write transaction (also for two editors adding the same name at once)."""

from __future__ import annotations

import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.register.records import free_id, readable_id, slug
from tests.dashboard.register.conftest import CONSOLE

NEW = {"id": "", "naam": "Samen Gezond in 's-Hertogenbosch!", "jaar": "2025", "gemeenten": "Den Bosch"}


def test_the_id_is_readable_and_stable():
    assert readable_id("Samen Gezond in 's-Hertogenbosch!", "'s-Hertogenbosch", 2025) == (
        "s-hertogenbosch-samen-gezond-in-s-hertogenbosch-2025"
    )
    assert readable_id("Één — ü", "Súdwest-Fryslân", 2024) == "sudwest-fryslan-een-u-2024"
    assert readable_id("!!!", "", 2024) == "initiatief-2024"
    assert free_id("a", {"a", "a-2"}.__contains__) == "a-3"


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=300), st.text(max_size=80), st.integers(2010, 2035))
def test_any_name_gives_a_short_ascii_id(naam, gemeente, jaar):
    made = readable_id(naam, gemeente, jaar)
    assert made.isascii() and len(made) <= 70 and made.endswith(f"-{jaar}")
    assert " " not in made and "--" not in made.removesuffix(f"-{jaar}")
    assert slug(naam) == slug(slug(naam).replace("-", " "))


def test_an_empty_id_gets_one_and_a_second_with_the_same_name_another(empty_register):
    first = empty_register.save(CONSOLE, NEW)
    second = empty_register.save(CONSOLE, NEW | {"jaar": "2026"})
    assert first.key == ("s-hertogenbosch-samen-gezond-in-s-hertogenbosch-2025", 2025)
    assert second.key[0] == "s-hertogenbosch-samen-gezond-in-s-hertogenbosch-2026"
    third = empty_register.save(CONSOLE, NEW)
    assert third.key[0] == first.key[0] + "-2"
    assert empty_register.history(third.key)[0].data.id == third.key[0]


def test_two_editors_adding_the_same_name_at_once_get_two_ids(empty_register):
    results: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def add() -> None:
        start.wait()
        try:
            results.append(empty_register.save(CONSOLE, NEW).key[0])
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(results)) == 4
