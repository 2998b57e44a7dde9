"""Where the geo package finds its files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
# Source files used only by `python -m geo build`, never by the running app.
# Next to the checkout; a git worktree one level deeper (e.g. /work/wt/NAME) finds it one level up.
SHARED_DATA = next(
    (d for d in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data") if d.is_dir()),
    ROOT.parent / "shared" / "data",
)

GEMEENTEN_FILE = DATA_DIR / "gemeenten_2025.geojson"
INDELING_FILE = DATA_DIR / "gemeente_regio_indeling_2025.csv"
CROSSWALK_FILE = DATA_DIR / "gemeente_code_crosswalk_2019_2025.csv"
REGION_TABLE_FILE = DATA_DIR / "vngzn_regios.csv"
# The same gemeenten, polyline-encoded for the browser; served by Streamlit at /app/static/geo/.
STATIC_GEO_DIR = ROOT / "static" / "geo"
BROWSER_GEMEENTEN_FILE = STATIC_GEO_DIR / "gemeenten.json"

SOURCE_GEMEENTEN = SHARED_DATA / "gemeente_2024_wgs84.geojson"
SOURCE_INDELING = SHARED_DATA / "gemeente_regio_indeling_2025.csv"
SOURCE_CROSSWALK = SHARED_DATA / "gemeente_code_crosswalk_2019_2025.csv"
SOURCE_UITVOERDER = SHARED_DATA / "zorgkantoorregio_uitvoerder_2014_2015.csv"
