import re

import pandas as pd

from dashboard.ingest.validation import data_path, load_path


def _table(at, caption_index=-1) -> pd.DataFrame:
    if not at.dataframe:  # the table is drawn once its expander is opened
        at.session_state["kaart_tabel_open"] = True
        at.run()
    return at.dataframe[caption_index].value


def test_map_page_is_the_start_page_with_example_notice_and_legend(app):
    at = app()
    assert at.title[0].value == "Samenwerking in preventie op de kaart"
    assert any("Voorbeelddata" in w.value for w in at.warning)
    legend = " ".join(h.proto.body for h in at.get("html"))
    assert "geen van beide betrokken" in legend and "geen initiatief" in legend
    # The accessible table has one row per gemeente; it is drawn only once its expander is opened.
    assert not at.dataframe
    assert len(_table(at)) == 342


def test_table_follows_the_level_filter(app):
    at = app()
    all_rows = _table(at)
    covered_before = int((all_rows["Initiatieven"] > 0).sum())
    at.sidebar.multiselect(key="f_niveaus").set_value(["formeel"]).run()
    rows = _table(at)
    covered = int((rows["Initiatieven"] > 0).sum())
    assert 0 < covered < covered_before
    # Only "formele afspraken" remains as a level (plus gemeenten without any filtered initiative).
    levels = set(rows.loc[rows["Initiatieven"] > 0, "Hoogste niveau"])
    assert levels <= {"formele afspraken"} | {lvl for lvl in levels if lvl.startswith("alleen in een wijk")}


def test_measure_switch_changes_the_legend(app):
    at = app()
    at.selectbox(key="maat").set_value("aantal").run()
    legend = " ".join(h.proto.body for h in at.get("html"))
    assert "Aantal initiatieven" in legend and "5 of meer" in legend


def test_selected_gemeente_shows_panel_with_region_and_initiatives(app):
    records = load_path(data_path()).records
    year = int(records["jaar"].max())
    at = app()
    # The type-ahead search box selects exactly like a map click does.
    at.selectbox(key="kaart_zoek").set_value("GM0363").run()
    assert at.session_state["selected_gm"] == "GM0363"
    headings = [h.value for h in at.subheader]
    assert "Amsterdam" in headings
    # Beside the map, in short: where it sits and how many initiatives cover it (issue 21.12).
    where = " ".join(c.value for c in at.caption)
    assert "Zilveren Kruis" in where and "GGD Amsterdam" in where
    n = int(records[(records["jaar"] == year) & records["gemeenten"].map(lambda g: "GM0363" in g)].shape[0])
    assert f"**{n} initiatieven in deze selectie**" in [m.value for m in at.markdown]
    # Under the map, the initiatives themselves.
    assert f"Initiatieven in Amsterdam ({n})" in headings
    clear = next(b for b in at.button if b.label == "Selectie wissen")
    clear.click().run()
    assert "Amsterdam" not in [h.value for h in at.subheader]


def test_english_switch_translates_the_page(app):
    at = app()
    at.sidebar.radio(key="taal").set_value("en").run()
    assert at.title[0].value == "Collaboration in prevention on the map"
    assert any("Example data" in w.value for w in at.warning)


def test_regions_page_lists_31_regions_with_zorgkantoor(app):
    at = app("app_pages/regios.py")
    table = at.dataframe[0].value
    assert len(table) == 31
    row = table[table["code"] == "ZK33"].iloc[0]
    assert row["Zorgkantoor (aanwijzing 2015)"] == "DSW"
    assert (table["Geverifieerd"] == "nee").sum() == 3


def test_about_page_names_sources_and_licence(app):
    at = app("app_pages/over.py")
    text = " ".join(m.value for m in at.markdown)
    assert "Bron: CBS, Kadaster/PDOK" in text and "CC BY 4.0" in text


def _legend(at) -> str:
    return " ".join(h.proto.body for h in at.get("html"))


def test_map_colours_by_a_context_measure_with_age_group_year_and_unpublished_class(app):
    at = app()
    at.selectbox(key="maat_context").set_value("pct_overgewicht").run()
    legend = _legend(at)
    assert "% overgewicht (incl. obesitas), 16–25 jaar, 2024" in legend
    # Suppressed figures and the four Wadden gemeenten are their own class, never imputed.
    assert "niet gepubliceerd" in legend
    counts = [int(n) for n in re.findall(r'pk-count">\((\d+)\)', legend)]
    assert sum(counts) == 342


def test_map_colours_by_need_versus_offer(app):
    at = app()
    at.selectbox(key="maat_context").set_value("nood_ouderen_valpreventie").run()
    legend = _legend(at)
    assert "hoge nood, geen aanbod" in legend
    # Clearing the context measure brings back the collaboration levels.
    at.selectbox(key="maat_context").set_value(None).run()
    assert "Hoogste samenwerkingsniveau gemeente–zorgverzekeraar" in _legend(at)


def _counts(legend: str) -> list[int]:
    return [int(n) for n in re.findall(r'pk-count">\((\d+)\)', legend)]


def test_region_filter_colours_and_counts_only_the_region(app):
    at = app()
    assert sum(_counts(_legend(at))) == 342
    at.sidebar.multiselect(key="f_regios").set_value(["ZK02"]).run()  # Amsterdam: 2 gemeenten
    legend = _legend(at)
    assert sum(_counts(legend)) == 2
    assert "buiten de selectie" in legend
    assert len(_table(at)) == 2  # the table: the same selection as the legend
    # Provincie and region both set: their intersection.
    at.sidebar.multiselect(key="f_regios").set_value([]).run()
    at.sidebar.multiselect(key="f_provincies").set_value(["PV26"]).run()  # Utrecht: 26 gemeenten
    assert sum(_counts(_legend(at))) == len(_table(at)) == 26


def test_search_by_alias_selects_the_gemeente_and_old_names_say_where_they_went(app):
    at = app()
    at.selectbox(key="kaart_zoek").set_value("GM0796|Den Bosch").run()
    assert at.session_state["selected_gm"] == "GM0796"
    # The box then shows the gemeente itself, not the alias.
    assert at.selectbox(key="kaart_zoek").value == "GM0796"
    assert any("Hertogenbosch" in h.value for h in at.subheader)  # (markdown-escaped by the guard)
    weesp = next(o for o in at.selectbox(key="kaart_zoek").options if o.startswith("Weesp"))
    assert "Amsterdam" in weesp
    at.selectbox(key="kaart_zoek").set_value("GM0363|GM0457").run()
    assert at.session_state["selected_gm"] == "GM0363"
    assert any("Weesp" in i.value and "Amsterdam" in i.value for i in at.info)


def test_choosing_a_region_in_the_search_scopes_the_map(app):
    at = app()
    at.selectbox(key="kaart_zoek").set_value("ZK02").run()
    assert at.session_state["f_regios"] == ["ZK02"]
    assert sum(_counts(_legend(at))) == 2


def test_choosing_a_provincie_in_the_search_scopes_the_map_and_a_gemeente_outside_it_lifts_that(app):
    at = app()
    box = at.selectbox(key="kaart_zoek")
    assert "Limburg (provincie)" in box.options
    assert "provincie" in box.label  # the box says it finds them (its label is the accessible name)
    box.set_value("PV31").run()  # Limburg: 31 gemeenten
    assert not at.exception
    assert at.session_state["f_provincies"] == ["PV31"]
    assert at.query_params["provincie"] == "PV31"
    assert sum(_counts(_legend(at))) == 31
    assert at.selectbox(key="kaart_zoek").value == "PV31"  # the box says what the map shows
    # Friesland: the everyday name chooses the provincie Fryslân.
    at.selectbox(key="kaart_zoek").set_value("PV21|Friesland").run()
    assert at.session_state["f_provincies"] == ["PV21"]
    assert at.selectbox(key="kaart_zoek").value == "PV21"
    # A gemeente outside the provincie filter would be hidden by it: the filter goes, the gemeente is shown.
    at.selectbox(key="kaart_zoek").set_value("GM0363").run()
    assert at.session_state["selected_gm"] == "GM0363"
    assert at.session_state["f_provincies"] == []
    assert sum(_counts(_legend(at))) == 342
    # A region inside the provincie filter keeps it.
    at.selectbox(key="kaart_zoek").set_value("PV31").run()
    at.selectbox(key="kaart_zoek").set_value("ZK31").run()
    assert at.session_state["f_provincies"] == ["PV31"] and at.session_state["f_regios"] == ["ZK31"]
    assert at.selectbox(key="kaart_zoek").value == "ZK31"
    # Cleared while it showed the provincie: the provincie filter goes too.
    at.selectbox(key="kaart_zoek").set_value("PV31").run()
    at.selectbox(key="kaart_zoek").set_value(None).run()
    assert at.session_state["f_provincies"] == [] and sum(_counts(_legend(at))) == 342


def test_no_widget_default_warning_and_context_chooser_keeps_its_text(app):
    at = app()
    box = at.selectbox(key="maat_context")
    assert box.value is None and box.placeholder.startswith("— geen")
    at.selectbox(key="maat").set_value("gli").run()
    at.sidebar.selectbox(key="f_coalitie").set_value("ja").run()
    assert at.selectbox(key="maat").value == "gli"
    assert not at.exception
