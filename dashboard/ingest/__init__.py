"""Bytes to validated records: reading files, vocabularies and cell parsing, row validation, context tables."""
