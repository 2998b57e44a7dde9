"""The naive map page the browser benchmark measures us against (never served by the app).

What a tutorial does: ``GeoDataFrame.explore()`` on the raw CBS file joined to the filtered data, handed to
``st_folium`` with its defaults (folium's CDN assets, OpenStreetMap tiles, every map event returned). Reading the
files is cached, as tutorials do; the map is rebuilt on every rerun. Run by ``tools/bench_browser.py`` from this
folder, so Streamlit's defaults apply (not the app's ``.streamlit/config.toml``).
"""

import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard.analysis.areas import gemeente_summary
from dashboard.core.filters import Filters, apply_filters, years
from dashboard.ingest.validation import data_path, load_path
from geo.boundaries import load_layers
from geo.paths import SOURCE_GEMEENTEN


@st.cache_resource
def load() -> tuple[pd.DataFrame, pd.DataFrame, gpd.GeoDataFrame]:
    gemeenten = pd.DataFrame(load_layers().gemeenten.drop(columns="geometry"))
    return load_path(data_path()).records, gemeenten, gpd.read_file(SOURCE_GEMEENTEN)


st.set_page_config(page_title="Naive kaart", layout="wide")
records, gemeenten, source = load()
st.title("Kaart")
jaar = st.sidebar.selectbox("Peiljaar", years(records), index=len(years(records)) - 1)
summary = gemeente_summary(apply_filters(records, Filters(jaar=jaar), gemeenten), gemeenten["gm_code"])
joined = source.merge(summary, left_on="statcode", right_on="gm_code", how="left").merge(
    gemeenten[["gm_code", "regio_naam"]], on="gm_code", how="left"
)
m = joined.explore(
    column="hoogste_niveau",
    categorical=True,
    tooltip=["statnaam", "regio_naam", "hoogste_niveau"],  # type: ignore[arg-type]  # stubs: bool only
)
st_folium(m, use_container_width=True, height=640)
