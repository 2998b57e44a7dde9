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
    at.segmented_control(key="maat").set_value("aantal").run()
    legend = " ".join(h.proto.body for h in at.get("html"))
    assert "Aantal initiatieven" in legend and "5 of meer" in legend


def test_selected_gemeente_shows_panel_with_region_and_initiatives(app):
    records = load_path(data_path()).records
    year = int(records["jaar"].max())
    at = app()
    # The type-ahead search box selects exactly like a map click does.
    at.selectbox(key="selected_gm").set_value("GM0363").run()
    headings = [h.value for h in at.subheader]
    assert "Amsterdam" in headings
    where = " ".join(m.value for m in at.markdown)
    assert "Zilveren Kruis" in where and "GGD Amsterdam" in where
    n = int(records[(records["jaar"] == year) & records["gemeenten"].map(lambda g: "GM0363" in g)].shape[0])
    captions = " ".join(c.value for c in at.caption)
    assert f"{n} initiatieven in deze selectie" in captions
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
