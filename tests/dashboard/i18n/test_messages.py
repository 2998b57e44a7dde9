"""Messages made once (importer, resolver) and rendered in the reader's language when shown."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from dashboard.i18n.messages import Joined, ListOf, Localized, Msg, Pct, render
from geo.codes import default_resolver
from geo.regions import RegionTableError


def test_a_message_renders_in_each_language_and_survives_pickling():
    message = Msg("ingest.year.impossible", column="jaar", number=1890, low=2010, high=2035)
    assert render(message) == "Onmogelijk jaar 1890: kies een jaar van 2010 tot en met 2035."
    assert render(message, "en") == "Impossible jaar 1890: choose a year from 2010 to 2035."
    assert pickle.loads(pickle.dumps(message)) == message  # st.cache_data pickles results


def test_parameters_that_need_the_language():
    nested = Msg("ingest.level_phrase", rank=6, label=Msg("level.formeel"))
    assert render(nested, "nl") == "niveau 6 (formele afspraken)"
    assert render(nested, "en") == "level 6 (formal agreements)"
    parts = ListOf.of(["A", "B", "C"], "or")
    message = Msg("ingest.gemeente.ambiguous", value="X", options=parts)
    assert render(message, "nl") == "X is dubbelzinnig: bedoelt u A, B of C?"
    assert render(message, "en") == "X is ambiguous: did you mean A, B or C?"
    localized = Localized.of(lambda lang: f"<{lang}>")
    assert render(Msg("ingest.reach.unknown", value="v", allowed=localized), "en").endswith("Allowed: <en>.")
    share = Msg("geo.gemeente.successor", name="Utrecht", code="GM0344", share=Pct(52.6, 0))
    assert render(share) == "Utrecht (GM0344, 53%)"
    joined = Joined.of(["'a' (rij 3)", "'b' (rij 4)"])
    assert render(Msg("geo.regions.different_names", region="ZK01", listed=joined)).endswith(
        "'a' (rij 3); 'b' (rij 4)."
    )


def test_plain_strings_pass_through():
    assert render("al klaar", "en") == "al klaar"


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        ("GM0457", "Weesp (GM0457) is per 24 maart 2022 opgegaan in Amsterdam (GM0363).",
         "Weesp (GM0457) merged into Amsterdam (GM0363) as of 24 March 2022."),
        ("Amsterdm", "Gemeente 'Amsterdm' niet gevonden. Bedoelt u: Amsterdam, Asten of Alblasserdam?",
         "Municipality 'Amsterdm' not found. Did you mean: Amsterdam, Asten or Alblasserdam?"),
        ("", "Geen gemeente opgegeven (lege cel).", "No municipality given (empty cell)."),
    ],
)  # fmt: skip
def test_resolver_messages_in_both_languages(value, nl, en):
    resolution = default_resolver().resolve(value)
    assert resolution.message == nl
    assert resolution.msg is not None and render(resolution.msg, "en") == en


def test_split_gemeente_names_its_successors_with_local_percentages():
    resolution = default_resolver().resolve("Haaren")
    assert resolution.status == "split"
    english = render(resolution.msg, "en")
    assert "was dissolved as of 1 January 2021 and divided over" in english
    assert "%" in english and " and " in english
    assert " en " in resolution.message and "1 januari 2021" in resolution.message


def test_region_table_error_in_both_languages():
    error = RegionTableError([Msg("geo.regions.column_missing", column="regio_code")])
    assert error.problems == ["Kolom 'regio_code' ontbreekt."]
    assert error.texts("en") == ["Column 'regio_code' is missing."]
    assert str(error).startswith("De regiotabel is niet bruikbaar:")


def test_dates_in_both_languages():
    message = Msg("geo.gemeente.merged", name="A", code="GM0001", since=date(2021, 1, 1), target="B")
    assert "per 1 januari 2021" in render(message) and "as of 1 January 2021" in render(message, "en")


def test_issues_file_problems_and_errors_speak_both_languages():
    from dashboard.analysis.valpreventie import EstimateError
    from dashboard.ingest.context import ContextDataError
    from dashboard.ingest.health import Problem
    from dashboard.ingest.reading import ImportFileError
    from dashboard.ingest.validation import Issue
    from dashboard.ingest.valpreventie import KengetallenError
    from dashboard.register.errors import NotFoundError
    from geo.build import BuildError

    checksum = Msg("hardening.check.checksum")
    carriers = [Problem("data/x.csv", checksum), Issue(None, None, None, "error", checksum)]
    errors = [
        cls(checksum)
        for cls in (
            ImportFileError,
            KengetallenError,
            ContextDataError,
            EstimateError,
            BuildError,
            NotFoundError,
        )
    ]
    for carrier in [*carriers, *errors]:
        assert carrier.message == render(checksum) != carrier.text("en") == render(checksum, "en")
    for error in errors:
        assert str(error) == render(checksum)  # tracebacks and logs read Dutch
    assert isinstance(errors[1], ValueError) and isinstance(errors[4], RuntimeError)  # callers catch these
    assert Issue(2, "naam", "", "error", "platte tekst").text("en") == "platte tekst"


# --- every list a message names is bounded (issue 21.4) ---------------------------------------------------------


def test_a_list_names_five_items_and_says_how_many_more_in_both_languages():
    names = ListOf.of(f"'kolom_{k}'" for k in range(10_000))
    message = Msg("ingest.header.unknown", names=names, known="id, naam")
    assert render(message) == (
        "Onbekende kolommen worden niet gebruikt: 'kolom_0', 'kolom_1', 'kolom_2', 'kolom_3', 'kolom_4' en "
        "9.995 andere. Bekende kolommen: id, naam."
    )
    assert "'kolom_4' and 9,995 others." in render(message, "en")
    assert len(names.items) == 5 and names.more == 9_995  # the rest is counted, never stored
    assert pickle.loads(pickle.dumps(names)) == names


def test_or_lists_joined_lists_and_lists_built_directly_are_bounded_too():
    options = Msg("ingest.gemeente.ambiguous", value="X", options=ListOf.of(map(str, range(8)), "or"))
    assert render(options) == "X is dubbelzinnig: bedoelt u 0, 1, 2, 3, 4 of een van 3 andere?"
    assert render(options, "en") == "X is ambiguous: did you mean 0, 1, 2, 3, 4 or one of 3 others?"
    direct = ListOf(tuple(range(100)))
    assert (len(direct.items), direct.more) == (5, 95)
    joined = Joined.of(f"'{k}' (rij {k})" for k in range(40))
    assert render(Msg("geo.regions.different_names", region="ZK01", listed=joined)).endswith(
        "'4' (rij 4) (en nog 35)."
    )
    # A short list reads as before, and a total beyond the items given is honoured.
    assert render(Msg("ingest.gemeente.ambiguous", value="X", options=ListOf.of(["A", "B"], "or"))).endswith(
        "A of B?"
    )
    assert ListOf.of(["a", "b"], total=12).more == 10


def test_one_more_reads_in_the_singular():
    listed = ListOf.of(map(str, range(6)))
    assert render(Msg("ingest.parties.missing", level="x", missing=listed), "en").endswith(
        "3, 4 and 1 other."
    )
