import json
import re

import pandas as pd
import pytest

from dashboard.analysis.need import NeedSpec, need_counts, need_table
from dashboard.core.filters import Filters, apply_filters
from dashboard.ingest.context import load_context
from dashboard.ingest.validation import data_path, load_path
from geo.regions import load_indeling, load_region_table

PAGE = "app_pages/nood.py"
SLIDER = "nood_drempel_ouderen_valpreventie_pct_65plus_ge"


@pytest.fixture(scope="module")
def shipped():
    """Records of the default year (the sidebar's default) and the context, for expected figures."""
    records = load_path(data_path()).records
    records = records[records["jaar"] == records["jaar"].max()]
    return records, load_context(load_indeling()["gm_code"])


def _missing(shipped, spec: NeedSpec, gm_codes=None) -> int:
    records, context = shipped
    if gm_codes is not None:
        context = context[context["gm_code"].isin(gm_codes)]
    return need_counts(need_table(spec, records, context)).missing


def _sentence(at) -> str:
    texts = [re.sub(r"\\(.)", r"\1", m.value) for m in at.markdown]
    return next(t.strip("*") for t in texts if " zonder " in t or " without " in t)


def _legend(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def _chart(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_default_question_then_threshold_slider(app, shipped):
    at = app(PAGE)
    assert at.title[0].value == "Nood en aanbod"
    assert any("Voorbeelddata" in w.value for w in at.warning)
    n25 = _missing(shipped, NeedSpec("pct_65plus", 25, "ge", ("valpreventie",)))
    assert _sentence(at).startswith(f"{n25} gemeenten met ≥ 25% 65-plussers zonder valpreventie, samen ")
    table = at.dataframe[0].value
    assert len(table) == n25 and table["Rang"].tolist() == list(range(1, n25 + 1))
    values = table["% 65-plussers (van alle inwoners), 2024"]
    assert (values >= 25).all() and values.is_monotonic_decreasing
    assert "65-plussers (schatting)" in table.columns
    legend = _legend(at)
    assert (
        "≥ 25% 65-plussers zonder valpreventie" in legend
        and f'hoge nood, geen aanbod <span class="pk-count">({n25})' in legend
    )
    assert at.get("download_button")[0].proto.label == "Lijst downloaden (CSV)"

    at.slider(key=SLIDER).set_value(30.0).run()
    n30 = _missing(shipped, NeedSpec("pct_65plus", 30, "ge", ("valpreventie",)))
    assert 0 < n30 < n25
    assert _sentence(at).startswith(f"{n30} gemeenten met ≥ 30% 65-plussers zonder valpreventie")
    assert len(at.dataframe[0].value) == n30


def test_region_filter_limits_the_list_to_that_region(app, shipped):
    regions = load_region_table()
    twente = regions.loc[regions["regio_naam"] == "Twente"]
    code = twente["regio_code"].iloc[0]
    at = app(PAGE)
    at.sidebar.multiselect(key="f_regios").set_value([code]).run()
    records, context = shipped
    gemeenten = regions.merge(load_indeling()[["gm_code", "pv_code"]], on="gm_code")
    filtered = apply_filters(records, Filters(regios=(code,)), gemeenten)
    spec = NeedSpec("pct_65plus", 25, "ge", ("valpreventie",))
    expected = need_counts(need_table(spec, filtered, context[context["gm_code"].isin(twente["gm_code"])]))
    assert _sentence(at).startswith(
        f"VNG–ZN-regio Twente: {expected.missing} gemeenten met ≥ 25% 65-plussers"
    )
    if expected.missing:
        assert set(at.dataframe[0].value["VNG–ZN-regio"]) == {"Twente"}
    assert "buiten het gekozen gebied" in _legend(at)
    # Per capita within the area: one bar, no national line.
    chart = _chart(at)
    assert chart["data"][0]["y"] == ["Twente"] and not chart["layout"].get("shapes")


def test_afstemming_question_ranks_by_inwoners_with_number_input(app, shipped):
    at = app(PAGE)
    at.radio(key="nood_vraag").set_value("afstemming").run()
    n_all = _missing(shipped, NeedSpec("inwoners", 0, "ge", (), "informeel"))
    assert _sentence(at).startswith(f"{n_all} gemeenten zonder afstemming tussen gemeente en zorgverzekeraar")
    at.number_input(key="nood_drempel_afstemming_inwoners_ge").set_value(100_000).run()
    n_big = _missing(shipped, NeedSpec("inwoners", 100_000, "ge", (), "informeel"))
    assert _sentence(at).startswith(f"{n_big} gemeenten met ≥ 100.000 inwoners zonder afstemming")
    table = at.dataframe[0].value
    # The value column is the population itself (no second "Inwoners" column).
    assert "Inwoners" not in table.columns
    assert len(table) == n_big and (table["Inwoners, 2024"] >= 100_000).all()
    assert table["Inwoners, 2024"].is_monotonic_decreasing
    at.radio(key="nood_vraag").set_value("eigen").run()
    assert "eenzame jongvolwassenen (16–25 jaar) zonder Welzijn op Recept" in _sentence(at)


def test_per_capita_chart_and_english(app):
    at = app(PAGE)
    chart = _chart(at)
    assert len(chart["data"][0]["y"]) == 31  # VNG–ZN regions
    assert chart["layout"]["shapes"][0]["line"]["dash"] == "dash"  # national value
    assert "Initiatieven per 100.000 inwoners" in chart["layout"]["title"]["text"]
    at.radio(key="nood_per").set_value("provincie").run()
    at.radio(key="nood_percap_waarde").set_value("pct_gedekt").run()
    chart = _chart(at)
    assert len(chart["data"][0]["y"]) == 12
    assert (
        chart["layout"]["title"]["text"]
        == "% inwoners in gemeente met initiatief (informele afspraken of hoger)"
    )
    percap = at.dataframe[-1].value
    assert percap["Provincie"].iloc[-1] == "Nederland" and isinstance(percap, pd.DataFrame)
    at.sidebar.radio(key="taal").set_value("en").run()
    assert at.title[0].value == "Need and offer"
    assert " municipalities with ≥ 25% aged 65+ without fall prevention, together " in _sentence(at)
