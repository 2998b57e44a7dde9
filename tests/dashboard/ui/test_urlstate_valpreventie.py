"""The fall-prevention part of a shared link: programme, period and own values, bounded and allow-listed."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.ui.urlstate import (
    AllowList,
    ViewState,
    from_session,
    number_text,
    parse_number,
    parse_query,
    to_query,
)

BOUNDS = {"bereik": (0.0, 1.0), "kosten_per_deelnemer": (0.0, 1_000_000.0), "vallen_per_persoon": (0.0, 20.0)}
ALLOWED = AllowList.build(
    {},
    gemeenten=("GM1900",),
    measures=("niveau",),
    vp_programmes=("in_balans", "otago", "eigen"),
    vp_bounds=BOUNDS,
)

own_values = st.dictionaries(
    st.sampled_from(sorted(BOUNDS)),
    st.integers(0, 100_000).map(lambda n: n / 100_000),  # 5 decimals: what the page and the CLI produce
    max_size=3,
).map(lambda d: tuple(sorted(d.items())))


@settings(deadline=None, max_examples=80)
@given(
    programma=st.sampled_from(("in_balans", "otago", "eigen")), jaren=st.integers(1, 5), waarden=own_values
)
def test_fall_prevention_view_survives_the_link(programma: str, jaren: int, waarden: tuple) -> None:
    view = ViewState(vp_programma=programma, vp_jaren=jaren, vp_waarden=waarden)
    query = {k: v[0] for k, v in parse_qs(urlencode(to_query(view))).items()}
    parsed, notices = parse_query(query, ALLOWED)
    assert notices == []
    assert parsed == view


def test_defaults_stay_out_of_the_link() -> None:
    assert to_query(ViewState()) == {}
    assert to_query(ViewState(vp_waarden=(("bereik", 0.06),))) == {"vp_waarden": "bereik:0.06"}


def test_numbers_are_plain_decimals_within_bounds() -> None:
    assert parse_number("0.06", (0, 1)) == 0.06
    assert parse_number("0,06", (0, 1)) == 0.06
    for bad in ("-0.1", "1.5", "1e-3", "inf", "nan", "0x10", "", "1.2.3", "٣", "9" * 30):
        assert parse_number(bad, (0, 1)) is None, bad
    assert number_text(252.0) == "252" and number_text(0.0300) == "0.03" and number_text(0) == "0"


def test_bad_parts_are_ignored_with_notices_and_good_parts_kept() -> None:
    query = {
        "vp_programma": "yoga",
        "vp_jaren": "9",
        "vp_waarden": "bereik:0.05,bereik:7,onzin:1,kosten_per_deelnemer:abc",
    }
    view, notices = parse_query(query, ALLOWED)
    assert view.vp_programma == "in_balans" and view.vp_jaren == 3
    assert view.vp_waarden == (("bereik", 0.05),)
    assert len(notices) == 3 and any("onzin:1" in n for n in notices)


def test_session_values_make_the_view() -> None:
    session = {"vp_programma": "otago", "vp_jaren": 4, "vp_waarden": {"kosten_per_deelnemer": 300.0}}
    assert from_session(session) == ViewState(
        vp_programma="otago", vp_jaren=4, vp_waarden=(("kosten_per_deelnemer", 300.0),)
    )
