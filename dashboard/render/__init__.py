"""Builders of figures, tables, map layers and the PDF report; they never read files."""
