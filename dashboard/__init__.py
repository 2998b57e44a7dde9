"""Preventiekaart: pure, typed logic behind the Streamlit pages."""
