"""Shareable views: any valid view survives the trip through a URL; any bad query is ignored with a notice."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.core.schema import INTERVENTIONS, LEVELS, PARTIES, REACH
from dashboard.i18n import t
from dashboard.ui import urlstate
from dashboard.ui.state import FILTER_KEYS, LANG_KEY
from dashboard.ui.urlstate import AllowList, ViewState, parse_query, to_query

INSURERS = ("CZ", "Zilveren Kruis", "Zorg, en Zekerheid", "100% Zorg", "Menzis")
ALLOWED = AllowList.build(
    {
        "jaar": {2019: "2019", 2020: "2020"},
        "niveaus": LEVELS,
        "interventies": INTERVENTIONS,
        "partijen": PARTIES,
        "zorgverzekeraars": INSURERS,
        "provincies": ("PV27", "PV28"),
        "regios": ("ZK01", "ZK02", "ZK13"),
        "reikwijdte": REACH,
        "preventiecoalitie": ("alle", "ja", "nee"),
    },
    gemeenten=("GM0363", "GM0344", "GM0599"),
    measures=("niveau", "aantal", "gli", "valpreventie"),
    slides=5,
)


def _subset(values: tuple) -> st.SearchStrategy[tuple]:
    return st.lists(st.sampled_from(values), unique=True, max_size=len(values)).map(tuple)


views = st.builds(
    ViewState,
    jaar=st.sampled_from((None, 2019, 2020)),
    niveaus=_subset(LEVELS),
    interventies=_subset(INTERVENTIONS),
    partijen=_subset(PARTIES),
    zorgverzekeraars=_subset(INSURERS),
    provincies=_subset(("PV27", "PV28")),
    regios=_subset(("ZK01", "ZK02", "ZK13")),
    reikwijdte=_subset(REACH),
    preventiecoalitie=st.sampled_from((None, True, False)),
    gemeente=st.sampled_from((None, "GM0363", "GM0344")),
    maat=st.sampled_from(ALLOWED.measures),
    lagen=_subset(urlstate.MAP_LAYERS),
    taal=st.sampled_from(("nl", "en")),
    presentatie=st.booleans(),
    dia=st.integers(1, 5),
    upload=st.booleans(),
)


def _through_address_bar(query: dict[str, str]) -> dict[str, list[str]]:
    """What Streamlit hands back after the browser: urlencoded, then parsed keeping blank values."""
    return parse_qs(urlencode(query), keep_blank_values=True)


@settings(deadline=None, max_examples=300)
@given(views)
def test_any_valid_view_round_trips_through_the_url(view):
    parsed, notices = parse_query(_through_address_bar(to_query(view)), ALLOWED)
    assert parsed == view
    assert notices == ([t("share.notice.upload", view.taal)] if view.upload else [])


@settings(deadline=None, max_examples=200)
@given(views)
def test_session_round_trip(view):
    session: dict = {}
    urlstate.apply_to_session(view, session)
    assert urlstate.from_session(session, upload=view.upload) == replace(view, presentatie=False)


def test_default_view_is_an_empty_query_and_shared_example_parses():
    assert to_query(ViewState()) == {}
    view, notices = parse_query(
        {"jaar": "2019", "niveau": "formeel,informeel", "regio": "ZK02", "maat": "aantal"}, ALLOWED
    )
    assert notices == []
    assert view == ViewState(jaar=2019, niveaus=("formeel", "informeel"), regios=("ZK02",), maat="aantal")


def test_query_is_compact_codes_not_labels():
    query = to_query(
        ViewState(jaar=2020, niveaus=("formeel",), zorgverzekeraars=("Zorg, en Zekerheid", "CZ"))
    )
    assert query == {"jaar": "2020", "niveau": "formeel", "verzekeraar": "Zorg%2C en Zekerheid,CZ"}
    assert to_query(ViewState(lagen=())) == {"lagen": ""}  # no layers differs from the default layers


def test_codes_match_case_insensitively_and_repeated_keys_join():
    view, notices = parse_query({"gemeente": "gm0363", "regio": ["zk02", "ZK13"], "taal": "EN"}, ALLOWED)
    assert (view.gemeente, view.regios, view.taal, notices) == ("GM0363", ("ZK02", "ZK13"), "en", [])


def test_partly_bad_list_keeps_the_good_values_and_names_the_bad():
    view, notices = parse_query({"niveau": "formeel,bestaatniet,informeel"}, ALLOWED)
    assert view.niveaus == ("formeel", "informeel")
    assert notices == [t("share.notice.invalid", "nl", param="niveau", value="bestaatniet")]


def test_notices_follow_the_links_language():
    _, notices = parse_query({"taal": "en", "foo": "1"}, ALLOWED)
    assert notices == [t("share.notice.unknown", "en", param="foo")]


def test_upload_link_says_it_shows_server_data():
    view, notices = parse_query({"bron": "upload", "jaar": "2020"}, ALLOWED)
    assert view.upload and view.jaar == 2020
    assert notices == ["Deze link is gemaakt met een eigen bestand; u ziet nu de gegevens van de server."]


INJECTIONS = (
    "<script>alert(1)</script>",
    "__import__('os').system('id')",
    "gASVCAAAAAAAAACMBHRlc3SULg==",  # a base64 pickle
    "'; DROP TABLE x; --",
    "javascript:alert(1)",
    "{{7*7}}",
    "../../etc/passwd",
    "2020\n2019",
    "\x00\u202e",
    "9" * 5000,
    "-1",
    "1e3",
    "٣",  # a non-ASCII digit
)


def test_injection_and_wrong_type_values_are_ignored_with_notices():
    for param in sorted(urlstate.KNOWN_PARAMS):
        for bad in INJECTIONS:
            view, notices = parse_query({param: bad}, ALLOWED)
            assert view == ViewState(), (param, bad)
            assert notices, (param, bad)
    for wrong in (7, None, b"bytes", ["a", 3], {"x": 1}, 2.5):
        view, notices = parse_query({"jaar": wrong, "niveau": wrong}, ALLOWED)  # type: ignore[dict-item]
        assert view == ViewState()
        assert len(notices) == 2


def test_huge_query_is_capped():
    view, notices = parse_query({"niveau": ",".join(["formeel"] * 5000)}, ALLOWED)
    assert view == ViewState()
    assert notices == [t("share.notice.too_long", "nl")]
    many = {f"p{i}": "x" for i in range(500)}
    _, notices = parse_query(many, ALLOWED)
    assert len(notices) == urlstate.MAX_PARAMS + 1


def test_notice_values_are_shortened_and_printable():
    _, notices = parse_query({"gemeente": "x" * 300 + "\x07"}, ALLOWED)
    (notice,) = notices
    assert "…" in notice and "\x07" not in notice and len(notice) < 200


def test_streamlit_own_params_pass_silently():
    assert parse_query({"embed": "true", "embed_options": "dark_theme"}, ALLOWED) == (ViewState(), [])


class _Unlistable(dict):
    def items(self):
        raise RuntimeError("boom")


def test_unlistable_mapping_is_an_empty_link():
    assert parse_query(_Unlistable(), ALLOWED) == (ViewState(), [])


@settings(deadline=None, max_examples=400)
@given(
    st.dictionaries(
        st.one_of(st.text(max_size=20), st.sampled_from(sorted(urlstate.KNOWN_PARAMS))),
        st.one_of(
            st.text(max_size=60),
            st.lists(st.text(max_size=20), max_size=4),
            st.integers(),
            st.none(),
            st.binary(max_size=10),
            st.text(alphabet=",%ZKGMPV0123456789", max_size=40),
        ),
        max_size=12,
    ),
    st.sampled_from(("nl", "en", None, "xx")),
)
def test_fuzzed_queries_never_raise_and_only_allowed_values_get_through(params, lang):
    view, notices = parse_query(params, ALLOWED, lang)
    assert all(isinstance(n, str) and n for n in notices)
    for name, values in ALLOWED.options.items():
        if name in urlstate.LIST_PARAMS:
            assert set(getattr(view, name)) <= set(values)
    assert view.jaar in (None, 2019, 2020)
    assert view.gemeente in (None, *ALLOWED.gemeenten)
    assert view.maat in ALLOWED.measures
    assert set(view.lagen) <= set(urlstate.MAP_LAYERS)
    assert 1 <= view.dia <= ALLOWED.slides
    # Anything not in the allow-list produced a notice (parsing never silently drops a value).
    if not notices:
        assert all(key in urlstate.KNOWN_PARAMS or key in urlstate.IGNORED_PARAMS for key in params)


def test_keep_page_widgets_only_keeps_present_keys():
    session = {"maat": "gli"}
    urlstate.keep_page_widgets(session)
    assert session == {"maat": "gli"}


def test_apply_pops_defaults_so_widgets_use_their_own():
    session = {FILTER_KEYS["jaar"]: 2019, "maat": "gli", "selected_gm": "GM0363", "lagen": []}
    urlstate.apply_to_session(ViewState(taal="en"), session)
    assert FILTER_KEYS["jaar"] not in session and "maat" not in session and "lagen" not in session
    assert "selected_gm" not in session
    assert session[LANG_KEY] == "en" and session[FILTER_KEYS["niveaus"]] == []


def test_session_keys_match_the_widgets_they_mirror():
    from dashboard.analysis.measures import MEASURES
    from dashboard.ui import components, share_components

    assert urlstate.SELECTED_KEY == components.SELECTED_KEY
    # The measure allow-list is read from the measures module at call time, so measures added there count.
    assert set(MEASURES) <= set(share_components.measure_options())


def test_every_filter_is_carried_by_the_link():
    """ViewState is the sidebar's Filters plus the view: a filter added there must get a place in the link too."""
    from dataclasses import fields

    from dashboard.core.filters import Filters
    from dashboard.ui.urlstate import LIST_PARAMS, ViewState

    filter_fields = {f.name for f in fields(Filters)}
    assert issubclass(ViewState, Filters)
    assert filter_fields == set(FILTER_KEYS)
    assert filter_fields - {"jaar", "preventiecoalitie", "alleen_bevestigd"} == set(LIST_PARAMS)


def test_a_views_active_filters_leave_out_the_rest_of_the_view():
    view = ViewState(niveaus=("geen",), preventiecoalitie=False, maat="gli", taal="en", dia=2)
    assert view.active() == {"niveaus": ("geen",), "preventiecoalitie": False}


def test_coalition_travels_as_its_widget_choice():
    assert to_query(ViewState(preventiecoalitie=True)) == {"coalitie": "ja"}
    assert parse_query({"coalitie": "NEE"}, ALLOWED) == (ViewState(preventiecoalitie=False), [])
    assert parse_query({"coalitie": "alle"}, ALLOWED) == (ViewState(), [])
    session: dict = {}
    urlstate.apply_to_session(ViewState(preventiecoalitie=False), session)
    assert session[FILTER_KEYS["preventiecoalitie"]] == "nee"
