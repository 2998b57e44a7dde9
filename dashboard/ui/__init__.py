"""The only modules besides app.py and app_pages/ that import Streamlit: data loading and caching, sidebar, components, URL sync."""
